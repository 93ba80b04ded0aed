"""From a reader's raw record to a stored article: normalise every field, keep provenance."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from archive.extract.boilerplate import clean_record_paragraphs
from archive.extract.bylines import stored_author
from archive.extract.collection_outlets import collection_outlet
from archive.extract.dates import ORDERS
from archive.extract.language import guess_language
from archive.extract.mentions import add_mentions
from archive.extract.outlet_guards import page_lines
from archive.extract.outlet_lines import Guessed
from archive.extract.outlet_refusals import refused
from archive.extract.outlets import OUTLET_NAMES, article_outlet, article_outlet_name, canonical_outlet
from archive.extract.profile import STATED
from archive.extract.publication_dates import publication_date
from archive.extract.reject_notices import notice_only
from archive.extract.tags import clean_tags
from archive.model import (
    FROM_COMMAND_LINE,
    FROM_TEXT,
    UNKNOWN,
    Article,
    absolute_source,
    RawRecord,
    article_id,
    collapse_whitespace,
    normalise_for_hash,
    short_hash,
)
from archive.extract.mojibake import ARABIC_MOJIBAKE_MIN, REPAIRED, arabic_mojibake, repair

MAX_TITLE = 500
RECORD_FORMATS = ("jsonl", "csv", "xlsx", "rss", "atom", "email")  # bodies whose edges are cleaned here (text files: by their reader)
LEDE_CHARS = 400


class ArticleError(ValueError):
    """The record cannot become an article; the message says why."""


@dataclass
class BatchDefaults:
    """Metadata given on the command line for a whole batch (``--outlet --date --tag``)."""

    outlet: Optional[str] = None
    published: Optional[str] = None  # ISO date
    tags: list = field(default_factory=list)
    override: bool = False
    date_order: Optional[str] = None  # --date-order: "dmy", "mdy" or "ymd" for every numeric date
    outlet_names: str = "own"  # --outlet-names: one name an outlet (own), the article's script, or "latin"

    def __post_init__(self):
        if self.date_order is not None and self.date_order not in ORDERS:
            raise ValueError(f"date order {self.date_order!r} is not one of {', '.join(ORDERS)}")
        if self.outlet_names not in OUTLET_NAMES:
            raise ValueError(f"outlet names {self.outlet_names!r} is not one of {', '.join(OUTLET_NAMES)}")


def _paragraphs(body: str) -> list:
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", body)
    if len(blocks) == 1:  # one paragraph a line
        blocks = body.split("\n")
    return [p for p in (collapse_whitespace(b) for b in blocks) if p]


def _first_sentence(text: str, limit: int = 200) -> str:
    match = re.match(r"(.{20,}?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rsplit(" ", 1)[0] + "…"


def identity(raw: RawRecord) -> Optional[str]:
    """What makes an article the same article on re-import, when the record says: its own id or
    its URL. Otherwise (None) the article is known by its content: see :func:`content_identity`."""
    if raw.id and raw.id.strip():
        own = raw.id.strip()
        if SMALL_NUMBER.fullmatch(own):  # a row number of one export, not an id the world shares
            return f"id:{own}{SCOPE}{_file_name(raw.source_path)}"
        return f"id:{own}"
    if raw.url and raw.url.strip():
        return f"url:{raw.url.strip()}"
    return None


SMALL_NUMBER = re.compile(r"\d{1,9}")
SCOPE = "\x1f"  # between a small numeric id and the name of the file it numbers


def _file_name(source_path: str) -> str:
    """The file's name without its folders (a member's name inside its container)."""
    return re.split(r"[/\\]", source_path.rsplit("!/", 1)[-1])[-1]


def shown_identity(known_as: str) -> str:
    """The record's own id or URL as the user wrote it (for messages)."""
    return known_as.split(":", 1)[-1].split(SCOPE, 1)[0]


def content_identity(outlet: Optional[str], title: str, published: Optional[str], body: str) -> str:
    """An article without an id or URL is known by its outlet, title, date and text, never by where
    its file lies: the same files imported from another folder or machine get the same ids. (An
    edited file keeps its article's id: the pipeline finds the article by its source.)"""
    return "content:" + "|".join(
        (outlet or "", normalise_for_hash(title), published or "", short_hash(normalise_for_hash(body)))
    )


def _repaired(raw: RawRecord) -> list:
    """Mojibake undone in the record's text fields; the note to report when there was any. Where the
    body is UTF-8 Arabic read as windows-1256, its short fields (too short to judge alone) are
    judged as written in the same encoding."""
    found = False
    least = 1 if arabic_mojibake(raw.body or "") else ARABIC_MOJIBAKE_MIN
    for name in ("title", "body", "author", "lede", "outlet"):
        value = getattr(raw, name)
        if value:
            value, changed = repair(value, least)
            if changed:
                setattr(raw, name, value)
                found = True
    tags = []
    for tag in raw.tags or []:
        tag, changed = repair(str(tag), least)
        found = found or changed
        tags.append(tag)
    raw.tags = tags
    return [REPAIRED] if found else []


def _date(raw: RawRecord, defaults: BatchDefaults, paragraphs: list) -> tuple:
    """``(ISO date or None, where it came from, notes)``: the record's date read in its group's
    order of numeric dates (or --date-order's), checked against the date its text states."""
    profile = raw.profile
    given = defaults.date_order
    order = given or getattr(profile, "date_order", None)
    from_command_line = bool(given) or getattr(profile, "date_order_from", None) in ("command-line", STATED)
    text = "\n".join(([raw.lede] if raw.lede else []) + paragraphs[:1])[:800]
    published, notes = publication_date(raw.published, order, decided=order is not None, text=text,
                                        firm=from_command_line, language=raw.language, url=raw.url,
                                        others=tuple(raw.page_dates) + (_file_name(raw.source_path),) + _foot(raw),
                                        stamps=tuple(raw.page_dates))
    date_source = FROM_TEXT
    if defaults.published and (defaults.override or not published):
        published, date_source = defaults.published, FROM_COMMAND_LINE
    if not published:
        date_source = UNKNOWN
    return published, date_source, notes


def _foot(raw: RawRecord) -> tuple:
    """The page's foot lines its reader kept (:func:`archive.extract.outlet_guards.with_page_lines`:
    a web page's footer; a text page's last lines): where the page is published (a postal address)
    is a sign of the order of its numeric dates (:mod:`archive.extract.date_evidence`)."""
    from archive.extract.outlet_guards import FOOT_LINES, PAGE_LINES

    given = getattr(raw, PAGE_LINES, None)
    if not given:
        return ()
    head, foot, whole = given
    return tuple(head[-FOOT_LINES:]) if whole else tuple(foot)


# A web archive's copy names the moment it was captured in its address: the Wayback Machine's
# /web/20220620101500/ (its "id_", "if_"... flags after the digits), archive.today's /2022.06.20-101500/.
_ARCHIVED_AT = re.compile(r"^https?://(?:web\.)?archive\.org/web/(\d{4})(\d\d)(\d\d)(\d\d)?(\d\d)?(\d\d)?[a-z_]*/|"
                          r"^https?://archive\.(?:ph|today|is|li|vn|fo|md)/(\d{4})\.(\d\d)\.(\d\d)(?:-(\d\d)(\d\d)(\d\d))?/", re.I)


def archived_at(url: Optional[str]) -> Optional[str]:
    """When a web archive captured the copy at ``url`` (ISO), from the address itself, else None:
    kept as the capture date, never taken for the article's."""
    match = _ARCHIVED_AT.match((url or "").strip())
    if not match:
        return None
    parts = [p for p in match.groups() if p is not None]
    day = "-".join(parts[:3])
    if not (1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31):
        return None
    return f"{day}T{parts[3]}:{parts[4]}:{parts[5]}" if len(parts) == 6 else day


def _without_marker(title: str) -> str:
    """The title without the symbols a channel's post puts before it ("🔴 Fire in ...", "⚡️ ..."):
    pictographs and marks (Unicode symbols, their variation selectors) then a space, before a
    title that has letters."""
    head = 0
    while head < len(title) and (unicodedata.category(title[head]) == "So" or title[head] in "\ufe0f\u200d"):
        head += 1
    if 0 < head < len(title) and title[head] == " " and any(c.isalpha() for c in title[head:]):
        return title[head + 1:]
    return title


def build_article(raw: RawRecord, defaults: Optional[BatchDefaults] = None, details: bool = True) -> Article:
    """The article a raw record holds. ``details=False`` leaves out what is found in its text alone
    (the language when the record states none, and the mentions): an import's worker finds those
    for a whole batch, one stage at a time (``archive.workers.build_all``)."""
    defaults = defaults or BatchDefaults()
    notes = _repaired(raw) + list(raw.notes)
    paragraphs = _paragraphs(raw.body or "")
    # The outlet before the edges are cleaned: a copyright or standards line there may name it.
    guessed = raw.outlet if isinstance(raw.outlet, Guessed) else None
    outlet, outlet_source, paragraphs = article_outlet(raw, paragraphs, defaults.outlet, defaults.override)
    if not outlet or (guessed and outlet in (str(guessed), canonical_outlet(str(guessed)))):
        # no sign on the page but the model's guess: the masthead its folder's pages repeat (collection_outlets)
        learned = collection_outlet(raw)
        if learned and refused(str(learned), getattr(raw, "author", None)):
            learned = None  # "© 2024 Jane Doe" a one-writer newsletter's pages repeat: its writer, no outlet
        if learned:
            outlet, outlet_source = learned, FROM_TEXT
    if raw.source_format in RECORD_FORMATS:  # text files are cleaned by their reader
        paragraphs = clean_record_paragraphs(paragraphs, getattr(raw.profile, "template", None) or frozenset())
    if not paragraphs:
        raise ArticleError("no article body")
    notice = notice_only(paragraphs)  # a database's "full text not available", an empty list of results
    if notice:
        raise ArticleError(notice)
    title = _without_marker(collapse_whitespace(raw.title or ""))
    if not title:
        title = _first_sentence(paragraphs[0])
    if len(title) > MAX_TITLE:
        raise ArticleError(f"title is {len(title):,} characters long; is the file an article?")

    published, date_source, date_notes = _date(raw, defaults, paragraphs)
    notes.extend(date_notes)

    tags = clean_tags(list(raw.tags or []) + list(defaults.tags))
    body = "\n\n".join(paragraphs)
    lede = collapse_whitespace(raw.lede) if raw.lede else paragraphs[0]
    if len(lede) > LEDE_CHARS:
        lede = lede[: LEDE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    language = (raw.language or "").strip().lower() or (guess_language(body) if details else None)
    known_as = identity(raw)
    # The id is the canonical name's: the same article has one id whichever name it stores.
    article = Article(
        id=article_id(known_as or content_identity(outlet, title, published, body)),
        known_as=known_as or "content",
        title=title,
        body=body,
        source_path=absolute_source(raw.source_path),
        source_format=raw.source_format,
        source_record=raw.source_record,
        outlet=article_outlet_name(outlet, body, defaults.outlet_names, page_lines(raw, paragraphs)),
        outlet_source=outlet_source,
        published=published,
        date_source=date_source,
        tags=tags,
        author=stored_author(raw.author, outlet),
        language=language or None,
        url=raw.url.strip() if raw.url else None,
        lede=lede,
        captured_at=raw.captured_at or archived_at(raw.url),
        body_kind="summary" if raw.is_summary else "full",
        section=collapse_whitespace(raw.section) if raw.section else None,
        length=raw.length,
        load_date=raw.load_date,
        copyright=collapse_whitespace(raw.copyright) if raw.copyright else None,
        ocr_pages=raw.ocr_pages,
        ocr_confidence=raw.ocr_confidence,
        notes=notes,
    )
    if details:
        add_mentions(article)
    return article
