"""From a reader's raw record to a stored article: normalise every field, keep provenance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from archive.extract.dates import iso_date
from archive.extract.language import guess_language
from archive.extract.mentions import add_mentions
from archive.extract.outlets import article_outlet
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
)

MAX_TITLE = 500
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


def identity(raw: RawRecord) -> str:
    """What makes an article the same article on re-import: its id, URL, or file and record."""
    if raw.id:
        return f"id:{raw.id.strip()}"
    if raw.url:
        return f"url:{raw.url.strip()}"
    return f"file:{absolute_source(raw.source_path)}#{raw.source_record or 0}"


def build_article(raw: RawRecord, defaults: Optional[BatchDefaults] = None) -> Article:
    defaults = defaults or BatchDefaults()
    paragraphs = _paragraphs(raw.body or "")
    if not paragraphs:
        raise ArticleError("no article body")
    title = collapse_whitespace(raw.title or "")
    if not title:
        title = _first_sentence(paragraphs[0])
    if len(title) > MAX_TITLE:
        raise ArticleError(f"title is {len(title):,} characters long; is the file an article?")

    outlet, outlet_source, paragraphs = article_outlet(raw, paragraphs, defaults.outlet, defaults.override)

    published, date_source = iso_date(raw.published), FROM_TEXT
    if defaults.published and (defaults.override or not published):
        published, date_source = defaults.published, FROM_COMMAND_LINE
    if not published:
        date_source = UNKNOWN

    tags = clean_tags(list(raw.tags or []) + list(defaults.tags))
    body = "\n\n".join(paragraphs)
    lede = collapse_whitespace(raw.lede) if raw.lede else paragraphs[0]
    if len(lede) > LEDE_CHARS:
        lede = lede[: LEDE_CHARS - 1].rsplit(" ", 1)[0] + "…"
    language = (raw.language or "").strip().lower() or guess_language(body)
    article = Article(
        id=article_id(identity(raw)),
        title=title,
        body=body,
        source_path=absolute_source(raw.source_path),
        source_format=raw.source_format,
        source_record=raw.source_record,
        outlet=outlet,
        outlet_source=outlet_source,
        published=published,
        date_source=date_source,
        tags=tags,
        author=collapse_whitespace(raw.author) if raw.author else None,
        language=language or None,
        url=raw.url.strip() if raw.url else None,
        lede=lede,
        captured_at=raw.captured_at,
        body_kind="summary" if raw.is_summary else "full",
        notes=list(raw.notes),
    )
    add_mentions(article)
    return article
