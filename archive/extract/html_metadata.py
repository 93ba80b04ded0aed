"""What a web page states about itself: JSON-LD, ``og:``/``article:`` meta tags, microdata.

Pure functions over a parsed lxml tree (``lxml.html``); nothing here fetches or changes the
tree. :func:`page_metadata` gathers what the page states into a :class:`PageMetadata`, each
field taken from the most explicit statement the page makes:

1. a JSON-LD article object (``NewsArticle``, ``Article``, ``ReportageNewsArticle``, ...; also
   inside ``@graph`` or a page's ``mainEntity``), with ``@id`` references resolved;
2. ``og:`` and ``article:`` meta tags, ``itemprop`` microdata, other common meta names
   (``author``, ``date``, ``DC.*``, ``parsely-*``, ``sailthru.*``);
3. ``<link rel=canonical>``, ``<html lang>``, ``Content-Language``, ``og:locale``.

Dates come out as ISO ``YYYY-MM-DD``: the calendar day as the page writes it (its own time zone),
so ``2019-01-03T01:00:00+05:00`` is the 3rd, not converted to UTC.

:func:`markup_authors` is apart, a guess for pages that state no author: ``rel=author`` links,
then the first byline-like element (a class or id naming a byline or author) outside navigation,
sidebars, lists of other stories and comments, cleaned of "By" and trailing dates.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional
from urllib.parse import urljoin, urlsplit

from archive.extract.dates import iso_date

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
_WS = re.compile(r"\s+")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_JSON_START = re.compile(r"[\[{]")
_BY = re.compile(r"^(?:by|par|por|von|di|door|av|af)\s*:?\s+", re.I)
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)
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
    text = _WS.sub(" ", html.unescape(value).replace("\u00a0", " ")).strip()
    return text or None


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _types(node: dict) -> set:
    """A node's @type values, without any schema.org prefix."""
    result = set()
    for value in _as_list(node.get("@type")):
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
    if not text or _URL.match(text) or ("@" in text.split(" ")[0] and "." in text):
        return None
    text = _BY.sub("", text).strip(" ,;|")
    if not text or len(text) > 100 or not re.search(r"[^\W\d_]", text):
        return None
    return text


def _add_unique(target: list, values: Iterable, limit: int = 1000) -> None:
    seen = {v.casefold() for v in target}
    for value in values:
        if value and value.casefold() not in seen and len(target) < limit:
            seen.add(value.casefold())
            target.append(value)


def split_keywords(value) -> list:
    """JSON-LD ``keywords`` / meta keywords: a list, or one string split on commas or semicolons."""
    result = []
    for item in _as_list(value):
        if isinstance(item, dict):
            item = item.get("name")
        text = clean_text(item)
        if not text:
            continue
        parts = re.split(r"\s*[,;]\s*", text) if re.search(r"[,;]", text) else [text]
        for part in parts:
            part = part.strip(" #|")
            if part and len(part) <= MAX_TAG_CHARS and not _URL.match(part):
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


# -- JSON-LD -----------------------------------------------------------------------------------


def _load_json(text: str):
    text = _CDATA.sub("", text.strip())
    text = _COMMENT.sub("", text).strip().rstrip(";").strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except json.JSONDecodeError:
        pass
    # Several objects one after another, or junk after the first: take what parses.
    decoder = json.JSONDecoder(strict=False)
    found, position = [], 0
    while True:
        match = _JSON_START.search(text, position)
        if not match:
            break
        try:
            value, end = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            break
        found.append(value)
        position = end
    return found or None


def json_ld_nodes(tree) -> list:
    """Every JSON-LD node on the page (lists and ``@graph`` flattened; nested main entities too)."""
    nodes: list = []
    for script in tree.iterfind(".//script"):
        kind = (script.get("type") or "").strip().lower()
        if kind != "application/ld+json" or not script.text:
            continue
        data = _load_json(script.text)
        if data is not None:
            nodes.extend(_flatten(data, depth=0))
    return nodes


def _flatten(data, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "@graph" in data:
        yield from _flatten(data["@graph"], depth + 1)
    if "@type" in data:
        yield data
    for key in ("mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"):
        child = data.get(key)
        if isinstance(child, (dict, list)):
            for node in _flatten(child, depth + 1):
                if _types(node) & ARTICLE_TYPES:
                    yield node
    if isinstance(data.get("item"), dict):  # a ListItem's article
        node = data["item"]
        if _types(node) & ARTICLE_TYPES:
            yield node


def _index(nodes: list) -> dict:
    return {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}


def _resolve(value, index: dict):
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in index:
        return index[value["@id"]]
    return value


def _names(value, index: dict) -> list:
    """Names from a string, a Person/Organization node, an ``@id`` reference or a list of them."""
    names = []
    for item in _as_list(value):
        item = _resolve(item, index)
        if isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                names.extend(clean_text(n) for n in name)
            elif name is None and (item.get("givenName") or item.get("familyName")):
                names.append(clean_text(f"{item.get('givenName') or ''} {item.get('familyName') or ''}"))
            else:
                names.append(clean_text(name))
        else:
            names.append(clean_text(item))
    return [n for n in names if n]


def article_node(nodes: list, url: Optional[str] = None) -> Optional[dict]:
    """The page's article among its JSON-LD nodes: best type first, then the one for ``url``."""
    candidates = []
    for position, node in enumerate(nodes):
        types = _types(node)
        for rank, group in enumerate(ARTICLE_TYPE_RANKS):
            if types & group:
                own_url = node.get("url") or node.get("@id")
                matches = bool(url and isinstance(own_url, str) and own_url.rstrip("/") == url.rstrip("/"))
                has_headline = bool(node.get("headline") or node.get("name"))
                candidates.append((rank, not matches, not has_headline, position, node))
                break
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[:4])
    return candidates[0][4]


def _site_name_from_nodes(nodes: list) -> Optional[str]:
    """The one name of the site's WebSite or Organization node, when the page has no article node."""
    for wanted in ("WebSite", "NewsMediaOrganization", "Organization"):
        names = {clean_text(n.get("name")) for n in nodes if wanted in _types(n) and clean_text(n.get("name"))}
        if len(names) == 1:
            return names.pop()
    return None


def json_ld_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """What the page's JSON-LD article object states (empty when there is none)."""
    meta = PageMetadata()
    nodes = json_ld_nodes(tree)
    if not nodes:
        return meta
    index = _index(nodes)
    node = article_node(nodes, url)
    if node is not None:
        meta.article_type = sorted(_types(node) & ARTICLE_TYPES)[0]
        meta.title = clean_text(node.get("headline")) or clean_text(node.get("name"))
        meta.description = clean_text(node.get("description"))
        for key in ("datePublished", "dateCreated", "uploadDate"):
            day = iso_day(node.get(key))
            if day:
                meta.published = day
                break
        authors = [clean_person(n) for n in _names(node.get("author") or node.get("creator"), index)]
        _add_unique(meta.authors, [a for a in authors if a])
        publisher = _names(node.get("publisher") or node.get("sourceOrganization"), index)
        meta.site_name = publisher[0] if publisher else None
        _add_unique(meta.tags, split_keywords(node.get("keywords")), MAX_TAGS)
        _add_unique(meta.tags, split_keywords(node.get("articleSection")), MAX_TAGS)
        language = node.get("inLanguage")
        if isinstance(language, dict):
            language = language.get("alternateName") or language.get("name")
        meta.language = language_code(language)
        for key in ("url", "mainEntityOfPage", "@id"):
            value = _resolve(node.get(key), index)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            found = absolute_url(value, url)
            if found and "#" not in found:
                meta.url = found
                break
        body = node.get("articleBody")
        meta.article_body = body.strip() if isinstance(body, str) and body.strip() else None
        meta.sources = {k: "json-ld" for k in _filled(meta)}
    if not meta.site_name:
        meta.site_name = _site_name_from_nodes(nodes)
        if meta.site_name:
            meta.sources["site_name"] = "json-ld"
    return meta


# -- meta tags, microdata, links ---------------------------------------------------------------

# (meta attribute value, lower case) -> field; earlier names in each list win.
META_FIELDS = {
    "title": ["og:title", "twitter:title", "headline", "dc.title", "parsely-title", "sailthru.title"],
    "description": ["og:description", "description", "twitter:description", "dc.description"],
    "site_name": ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:app:name:iphone"],
    "published": [
        "article:published_time", "og:article:published_time", "article:published", "datepublished",
        "article:publicationdate", "published_time", "publication_date", "publish-date", "publishdate",
        "pubdate", "date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "sailthru.date",
        "parsely-pub-date", "article.published", "published_at", "datecreated",
    ],
    "author": [
        "article:author", "og:article:author", "author", "parsely-author", "sailthru.author", "dc.creator",
        "byl", "byline",
    ],
    "tags": ["article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags"],
    "section": ["article:section", "og:article:section"],
    "url": ["og:url", "twitter:url"],
    "language": ["og:locale", "content-language", "dc.language", "language"],
}
_META_LOOKUP = {name: (fld, rank) for fld, names in META_FIELDS.items() for rank, name in enumerate(names)}


def meta_values(tree) -> dict:
    """Every recognised meta statement: field -> list of (rank, value), document order within a rank."""
    found: dict = {}
    for element in tree.iter("meta"):
        name = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        if not name:
            continue
        entry = _META_LOOKUP.get(name.strip().lower())
        if entry is None:
            continue
        value = element.get("content")
        if value is None or not value.strip():
            continue
        fld, rank = entry
        found.setdefault(fld, []).append((rank, value))
    # microdata outside <meta>: <time itemprop="datePublished" datetime>, <span itemprop="author">...
    for element in tree.xpath(
        "//*[@itemprop='datePublished' or @itemprop='headline' or @itemprop='author'][not(self::meta)]"
    ):
        prop = element.get("itemprop")
        if prop == "datePublished":
            value = element.get("datetime") or element.get("content") or element.text_content()
            found.setdefault("published", []).append((3.5, value))
        elif prop == "headline":
            found.setdefault("title", []).append((2.5, element.text_content()))
        else:
            names = element.xpath(".//*[@itemprop='name']")
            value = (names[0].get("content") or names[0].text_content()) if names else element.text_content()
            found.setdefault("author", []).append((2.5, value))
    for values in found.values():
        values.sort(key=lambda item: item[0])  # stable: document order kept within a rank
    return found


def _first(values: list, convert=clean_text):
    for _, value in values:
        converted = convert(value)
        if converted:
            return converted
    return None


def meta_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """What the page's meta tags, microdata, canonical link and ``lang`` attribute state."""
    meta = PageMetadata()
    values = meta_values(tree)
    meta.title = _first(values.get("title", []))
    meta.description = _first(values.get("description", []))
    site = _first(values.get("site_name", []))
    if site and _URL.match(site):
        host = urlsplit(site if "//" in site else "//" + site).netloc
        site = host[4:] if host.startswith("www.") else host or None
    meta.site_name = site
    meta.published = _first(values.get("published", []), iso_day)

    best_rank = None
    for rank, value in values.get("author", []):
        if best_rank is not None and rank != best_rank:
            break
        for part in re.split(r"\s*;\s*|\s*\|\s*", value) if value else []:
            person = clean_person(part)
            if person:
                _add_unique(meta.authors, [person])
                best_rank = rank

    tag_values = values.get("tags", [])
    if tag_values:
        top = tag_values[0][0]
        for rank, value in tag_values:  # all article:tag lines, or the first other source
            if rank == top:
                _add_unique(meta.tags, split_keywords(value), MAX_TAGS)
    section = _first(values.get("section", []))
    if section:
        _add_unique(meta.tags, [section], MAX_TAGS)

    meta.url = canonical_url(tree, url) or _first(values.get("url", []), lambda v: absolute_url(v, url))
    if meta.url and is_home_page(meta.url):
        meta.url = None
    meta.language = (
        language_code(tree.get("lang"))
        or language_code(tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
        or _first(values.get("language", []), language_code)
    )
    meta.sources = {k: "meta" for k in _filled(meta)}
    return meta


def canonical_url(tree, base: Optional[str] = None) -> Optional[str]:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "canonical" in rel:
            found = absolute_url(link.get("href"), base)
            if found:
                return found
    return None


def _filled(meta: PageMetadata) -> list:
    names = ["title", "description", "site_name", "published", "authors", "tags", "url", "language"]
    return [name for name in names if getattr(meta, name)]


# -- bylines in the markup ---------------------------------------------------------------------

_PROFILE_HREF = re.compile(
    r"/(?:authors?|people|person|writers?|by|profiles?|staff|journalists?|contributors?|reporters?|columnists?|"
    r"auteurs?|autor(?:en)?|redakteur)(?:/|$|[-_?])",
    re.I,
)
_BYLINE_CLASS = re.compile(r"byline|by-line|author|writer|contributor|reporter", re.I)
_NOT_BYLINE = re.compile(
    r"comment|related|sidebar|aside|widget|recommend|popular|most-?read|promo|teaser|share|social|newsletter|"
    r"avatar|follow",
    re.I,
)
_MONTH_WORDS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    "oct|october|nov|november|dec|december"
)
_WEEKDAY_WORDS = "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
_TRAILING_DATE = re.compile(
    r"(?:\s+|,\s*)(?:(?:updated|published|posted|on)\b.*|(?:" + _MONTH_WORDS + "|" + _WEEKDAY_WORDS + r")\b.*|\d.*)$",
    re.I,
)
_JUNK_NAMES = {
    "username", "user", "admin", "administrator", "author", "authors", "login", "log in", "sign in", "editor",
    "anonymous", "guest", "unknown", "none", "null", "by",
}


def clean_byline(text) -> Optional[str]:
    """A byline found in the markup as a name: "By", a trailing date or time, and junk removed."""
    text = clean_text(text)
    if not text:
        return None
    text = _BY.sub("", text)
    text = _TRAILING_DATE.sub("", text).strip(" ,;|·•-–—:")
    person = clean_person(text)
    if not person or person.casefold() in _JUNK_NAMES or len(person.split()) > 6 or re.search(r"[:?!\"“”]", person):
        return None
    return person


def _outside_content(element) -> bool:
    """In navigation, a sidebar, a list of other stories, comments or a share widget."""
    for depth, node in enumerate([element, *element.iterancestors()]):
        if depth and node.tag in ("nav", "aside", "footer", "li", "form"):
            return True
        if _NOT_BYLINE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _spaced_text(element) -> str:
    """An element's text with a space between the pieces ("Jeff Foust" + "Monday", not "FoustMonday")."""
    return " ".join(element.itertext())


def markup_authors(tree) -> list:
    """Names the markup marks as the article's authors: ``rel=author`` links, then byline elements."""
    names: list = []
    for link in tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        if not _outside_content(link):
            _add_unique(names, [clean_byline(_spaced_text(link))])
    names = [n for n in names if n]
    if names:
        return names
    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _BYLINE_CLASS.search(marks) or element.tag in ("script", "style", "img", "meta", "link"):
            continue
        if _outside_content(element):
            continue
        links = [a for a in element.iter("a") if _PROFILE_HREF.search(a.get("href") or "")]
        if links:
            found = [clean_byline(_spaced_text(a)) for a in links]
        else:
            text = clean_text(_spaced_text(element))
            found = [clean_byline(text)] if text and len(text.split()) <= 12 else []
        found = [n for n in found if n]
        if found:
            _add_unique(names, found)
            return names
    return names


# -- everything together -----------------------------------------------------------------------


def strip_site_suffix(title: Optional[str], site_names: Iterable) -> Optional[str]:
    """``Camp fire kills two | Rudaw`` -> ``Camp fire kills two`` when the suffix names the site."""
    if not title:
        return title
    names = {n.casefold() for n in site_names if n}
    for separator in TITLE_SEPARATORS:
        if separator in title:
            head, _, tail = title.rpartition(separator)
            if tail.strip().casefold() in names and len(head.split()) >= 2:
                return head.strip()
    return title


def page_metadata(tree, url: Optional[str] = None) -> PageMetadata:
    """JSON-LD first, then meta tags and links: each field from the most explicit statement."""
    meta_tags = meta_metadata(tree, url)
    ld = json_ld_metadata(tree, meta_tags.url or url)
    merged = PageMetadata(article_type=ld.article_type, article_body=ld.article_body)
    for name in ("title", "description", "site_name", "published", "language"):
        for source in (ld, meta_tags):
            value = getattr(source, name)
            if value:
                setattr(merged, name, value)
                merged.sources[name] = source.sources.get(name, "meta")
                break
    # The canonical link names the page itself; JSON-LD urls are sometimes a section or app link.
    for source in (meta_tags, ld):
        if source.url and not is_home_page(source.url):
            merged.url, merged.sources["url"] = source.url, source.sources.get("url", "meta")
            break
    for name in ("authors", "tags"):
        for source in (ld, meta_tags):
            if getattr(source, name):
                setattr(merged, name, list(getattr(source, name)))
                merged.sources[name] = source.sources.get(name, "meta")
                break
    # A headline cut short for search engines ("... for head…") loses to the full og:title.
    if merged.title and meta_tags.title and merged.sources.get("title") == "json-ld":
        stem = merged.title.rstrip(".…").rstrip()
        if len(stem) < len(merged.title) and meta_tags.title.startswith(stem) and len(meta_tags.title) > len(stem):
            merged.title = meta_tags.title
    if not merged.site_name:
        merged.site_name = footer_site_name(tree)
        if merged.site_name:
            merged.sources["site_name"] = "footer"
    if merged.sources.get("title") == "meta":
        merged.title = strip_site_suffix(merged.title, [merged.site_name, ld.site_name, meta_tags.site_name])
    return merged


_FOOTER_XPATH = (
    "//footer | //*[contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@class, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'footer')"
    " or contains(translate(@id, 'FOOTERCPYIGH', 'footercpyigh'), 'copyright')]"
)


def footer_site_name(tree) -> Optional[str]:
    """A known outlet named by the copyright line of the page's footer ("© 2024 Rudaw Media
    Network"), for pages that state no site name; None when the footer names no known outlet."""
    from archive.extract.outlets import COPYRIGHT_LINE, footer_outlet, is_known

    try:
        footers = tree.xpath(_FOOTER_XPATH)
    except Exception:  # a tree lxml cannot search
        return None
    for element in reversed(footers[-20:]):
        text = element.text_content() if hasattr(element, "text_content") else ""
        for line in reversed([clean_text(part) for part in re.split(r"[\n\r]+", text or "")]):
            if line and len(line) <= 300 and COPYRIGHT_LINE.search(line):
                found = footer_outlet(line)
                if is_known(found):
                    return found
    return None
