"""The article record, stable ids and the normalisation helpers they rely on."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

# Where a piece of metadata came from: the article itself, the command line, or nowhere.
FROM_TEXT = "text"
FROM_COMMAND_LINE = "command-line"
UNKNOWN = "unknown"


def collapse_whitespace(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space and strip.

    ``str.split()`` splits where ``\\s`` matches (both ask ``Py_UNICODE_ISSPACE``, which holds for
    U+00A0; checked over every code point in tests/test_model_whitespace.py): the same result as
    ``re.sub(r"\\s+", " ", text).strip()``, 2-3x faster on a paragraph (it is called ~45 times an
    article at import: the group profile's line keys, the cleaners)."""
    return " ".join(text.split())


def normalise_for_hash(text: str) -> str:
    """Text as compared for exact duplicates: NFKC, case-folded, whitespace collapsed."""
    return collapse_whitespace(unicodedata.normalize("NFKC", text).casefold())


def short_hash(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def absolute_source(path: str) -> str:
    """The absolute form of a source path; for ``container!/member`` only the container part,
    so a member named ``../../x`` stays inside its container's name."""
    import os

    container, sep, member = path.partition("!/")
    return os.path.abspath(container) + sep + member


def article_id(identity: str) -> str:
    """A stable 16-hex-digit id from what identifies an article (its id, URL or content)."""
    return short_hash("article", identity)


@dataclass
class RawRecord:
    """What a reader yields: fields as found in the input, not yet normalised."""

    source_path: str
    source_format: str
    source_record: Optional[int] = None
    title: Optional[str] = None
    body: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    tags: list = field(default_factory=list)
    author: Optional[str] = None
    language: Optional[str] = None
    url: Optional[str] = None
    lede: Optional[str] = None
    id: Optional[str] = None
    captured_at: Optional[str] = None  # when a crawler captured the page (WARC), ISO
    is_summary: bool = False  # the body is a feed's summary, not the full text
    # What a news database's export says of the article (Nexis, Factiva; None elsewhere):
    section: Optional[str] = None  # "WORLD NEWS; Pg. 24"
    length: Optional[int] = None  # its length in words, as the export states it
    load_date: Optional[str] = None  # ISO date the database loaded it (Nexis Load-Date)
    copyright: Optional[str] = None  # the copyright line
    # A PDF whose pages were read by OCR (None elsewhere): how many pages, the mean word confidence (0-1).
    ocr_pages: Optional[int] = None
    ocr_confidence: Optional[float] = None
    # Facts about the group the record came from (a folder of text files, one CSV or JSONL file):
    # the order of its numeric dates, its page template (archive.extract.profile.GroupProfile).
    profile: Optional[object] = None
    notes: list = field(default_factory=list)  # warnings for the import's report (text repaired, date doubtful)
    page_dates: list = field(default_factory=list)  # the page's other date lines (an update stamp's), as written

    where = property(lambda self: where(self.source_path, self.source_record))


def where(source_path: str, source_record: Optional[int]) -> str:
    """Path, with the record (line or row) number when the file holds several."""
    return source_path if source_record is None else f"{source_path}:{source_record}"


@dataclass
class BadRecord:
    """What a reader yields for input it cannot use; the batch goes on."""

    source_path: str
    reason: str
    source_record: Optional[int] = None

    where = property(lambda self: where(self.source_path, self.source_record))


# Fields only a news database's export fills (left out of record_hash when empty).
EXPORT_FIELDS = ("section", "length", "load_date", "copyright")
# Fields only a PDF read by OCR fills (left out of record_hash when empty too).
OCR_FIELDS = ("ocr_pages", "ocr_confidence")

# Not columns of the article's row: found in the text, or facts of this import only.
FOUND_IN_TEXT = ("entities", "figures", "events", "analysed", "notes", "known_as")


@dataclass
class Article:
    """An article ready to store: every field normalised, provenance kept."""

    id: str
    title: str
    body: str
    source_path: str
    source_format: str
    source_record: Optional[int] = None
    outlet: Optional[str] = None
    outlet_source: str = UNKNOWN
    published: Optional[str] = None  # ISO date, YYYY-MM-DD
    date_source: str = UNKNOWN
    tags: list = field(default_factory=list)
    author: Optional[str] = None
    language: Optional[str] = None
    url: Optional[str] = None
    lede: Optional[str] = None
    captured_at: Optional[str] = None
    body_kind: str = "full"  # "full" text, or a feed's "summary"
    section: Optional[str] = None  # from a news database's export (RawRecord.section, .length, ...)
    length: Optional[int] = None
    load_date: Optional[str] = None
    copyright: Optional[str] = None
    ocr_pages: Optional[int] = None  # pages of a PDF read by OCR (RawRecord.ocr_pages), None when none were
    ocr_confidence: Optional[float] = None  # their mean word confidence, 0-1
    duplicate_of: Optional[str] = None  # set by the pipeline: the first copy of the same story
    similarity: Optional[float] = None
    # Found in the text (archive.extract.mentions), stored in tables of their own, not in the row:
    entities: dict = field(default_factory=dict)  # entity id -> mentions
    figures: list = field(default_factory=list)  # archive.extract.figures.Figure
    events: list = field(default_factory=list)  # archive.extract.event_dates.EventDate
    analysed: Optional[dict] = None  # the text analysed for the full-text index ahead of writing
    notes: list = field(default_factory=list)  # warnings for the import's report, not stored in the row
    known_as: str = "content"  # what the id was made from: "id:<the record's id>", "url:<its URL>", or "content"

    @property
    def year(self) -> Optional[int]:
        return int(self.published[:4]) if self.published else None

    @property
    def month(self) -> Optional[str]:
        return self.published[:7] if self.published else None

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    @functools.cached_property
    def content_hash(self) -> str:
        """Same value for the same normalised title and text: finds exact duplicates."""
        return short_hash(normalise_for_hash(self.title), normalise_for_hash(self.body))

    @property
    def record_hash(self) -> str:
        """Changes whenever anything stored changes: tells 'updated' from 'unchanged'. Where the
        file lies is not part of it: the same files imported from another folder are unchanged."""
        data = self.as_dict(derived=False)
        for not_the_article in ("duplicate_of", "similarity", "source_path"):
            data.pop(not_the_article)
        for export_only in EXPORT_FIELDS + OCR_FIELDS:  # absent: the hash of articles stored before they existed
            if data[export_only] is None:
                data.pop(export_only)
        return short_hash(json.dumps(data, sort_keys=True))

    @property
    def paragraphs(self) -> list:
        return [p for p in self.body.split("\n\n") if p.strip()]

    def as_dict(self, derived: bool = True) -> dict:
        """The article's row (what is found in the text is not part of it: see FOUND_IN_TEXT)."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in FOUND_IN_TEXT}
        data["tags"] = list(self.tags)
        if derived:
            data.update(
                year=self.year,
                month=self.month,
                word_count=self.word_count,
                content_hash=self.content_hash,
            )
        return data
