"""What a web page states, as values: :class:`PageMetadata` and the cleaning of each stated value
(text, a day, a person, keywords, a language code, a URL), shared by the JSON-LD reader
(:mod:`archive.extract.json_ld`) and :mod:`archive.extract.html_metadata`."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional
from urllib.parse import urljoin, urlsplit

from archive.extract.byline_parts import after_numbered_outlet
from archive.extract.dates import iso_date
from archive.model import collapse_whitespace

# schema.org types that are an article, best first (rank = position of the set).
ARTICLE_TYPE_RANKS = (
    {
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting",
    },
    {"Article", "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle"},
    {"BlogPosting", "SocialMediaPosting", "DiscussionForumPosting", "Posting"},
)
ARTICLE_TYPES = set().union(*ARTICLE_TYPE_RANKS)

MAX_TAGS = 30
MAX_TAG_CHARS = 80
BY_PREFIX = re.compile(r"^(?:by|par|por|von|di|door|av|af)\s*:?\s+", re.I)
URL_START = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_COMPACT_DAY = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_CTIME = re.compile(
    r"^(?:[a-z]{3},?\s+)?([a-z]{3})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?\s+(\d{4})$", re.I
)
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$", re.I)
TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")


@dataclass
class PageMetadata:
    """Fields as the page states them; ``None`` or empty where it states nothing."""

    title: Optional[str] = None
    description: Optional[str] = None
    site_name: Optional[str] = None
    published: Optional[str] = None  # ISO YYYY-MM-DD
    authors: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    sections: list = field(default_factory=list)  # the site's section ("Politics"): a tag only where none is stated
    keywords: list = field(default_factory=list)  # <meta name="keywords">: tags only where no others are stated
    url: Optional[str] = None
    language: Optional[str] = None
    article_type: Optional[str] = None  # the JSON-LD @type used, if any
    article_body: Optional[str] = None  # JSON-LD articleBody, when the page carries one
    sources: dict = field(default_factory=dict)  # field -> where it came from ("json-ld", "og", ...)

    @property
    def author(self) -> Optional[str]:
        return ", ".join(self.authors) if self.authors else None


# -- small helpers -----------------------------------------------------------------------------


def clean_text(value) -> Optional[str]:
    """A stated value as one line of text: entities decoded, whitespace collapsed; else None."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = collapse_whitespace(html.unescape(value))
    return text or None


def as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def node_types(node: dict) -> set:
    """A node's @type values, without any schema.org prefix."""
    result = set()
    for value in as_list(node.get("@type")):
        if isinstance(value, str) and value:
            result.add(value.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1])
    return result


def iso_day(value) -> Optional[str]:
    """``2021-11-01T10:52:50+0100``, ``2017-11-03 03:01:00``, ``March 3, 2019``... -> ISO day."""
    text = clean_text(value)
    if not text:
        return None
    match = _ISO_DAY.match(text) or _COMPACT_DAY.match(text)
    if match:
        return iso_date("{}-{}-{}".format(*match.groups()))
    found = iso_date(text)
    if found:
        return found
    from email.utils import parsedate_tz

    parsed = parsedate_tz(text)  # "Wed, 18 Mar 2015 10:00:00 GMT"
    if parsed:
        return iso_date(f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}")
    match = _CTIME.match(text)  # "Fri Mar 13 21:30:09 EST 2015", as some CMSs print it
    if match:
        return iso_date("{} {}, {}".format(*match.groups()))
    return None


def clean_person(value) -> Optional[str]:
    """A stated author name, or None for a URL, an empty or an implausible value."""
    text = clean_text(value)
    if not text or URL_START.match(text) or ("@" in text.split(" ")[0] and "." in text):
        return None
    text = BY_PREFIX.sub("", text).strip(" ,;|")
    text = after_numbered_outlet(text) or text  # "Agency24- Jane Doe": the site's name before the dash
    if not text or len(text) > 100 or not re.search(r"[^\W\d_]", text):
        return None
    return text


def add_unique(target: list, values: Iterable, limit: int = 1000) -> None:
    seen = {v.casefold() for v in target}
    for value in values:
        if value and value.casefold() not in seen and len(target) < limit:
            seen.add(value.casefold())
            target.append(value)


def split_keywords(value) -> list:
    """JSON-LD ``keywords`` / meta keywords: a list, or one string split on commas or semicolons."""
    result = []
    for item in as_list(value):
        if isinstance(item, dict):
            item = item.get("name")
        text = clean_text(item)
        if not text:
            continue
        parts = re.split(r"\s*[,;]\s*", text) if re.search(r"[,;]", text) else [text]
        for part in parts:
            part = part.strip(" #|")
            if part and len(part) <= MAX_TAG_CHARS and not URL_START.match(part):
                result.append(part)
    return result


def language_code(value) -> Optional[str]:
    """``en-US`` / ``pt_BR`` / ``fr`` -> the primary language subtag, lower case; else None."""
    text = clean_text(value)
    if not text:
        return None
    match = _LANG.match(text.split(",")[0].strip())
    if not match or match.group(1).lower() in {"und", "mul", "zxx", "xx"}:
        return None
    return match.group(1).lower()


def absolute_url(value, base: Optional[str] = None) -> Optional[str]:
    """An http(s) URL from a stated value (made absolute against ``base``), or None."""
    text = clean_text(value)
    if not text or " " in text:
        return None
    if text.startswith("//"):
        text = "https:" + text
    elif base and not re.match(r"^[a-z][a-z0-9+.-]*:", text, re.I):
        text = urljoin(base, text)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return text


def is_home_page(url: str) -> bool:
    """A site's front page (``https://example.com/``, ``/en/``): never one article's URL."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return not path or (bool(re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2})?", path, re.I)) and not parts.query)


def filled_fields(meta: PageMetadata) -> list:
    """The fields a statement fills, for its ``sources``."""
    names = ["title", "description", "site_name", "published", "authors", "tags", "url", "language"]
    return [name for name in names if getattr(meta, name)]
