"""Plain-text articles, as saved from news sites or copied from them.

The layouts met so far (``../shared/seeds/``, ``sample/text/``):

- title, date line, outlet line, ``Tags:`` line, widget junk, body, comment-policy trailer;
- title, then body only;
- title, standfirst, byline, "Updated On / New Update" junk, the title twice more, body;
- outlet name, title, body with paragraphs on single lines;
- title, body with a caption printed twice with its credit, "Leave a Comment" and spam.

The header is read line by line while lines look like metadata; the rest is body, cleaned of
furniture by :mod:`archive.extract.boilerplate`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

from archive.extract import boilerplate
from archive.extract.dates import parse_date
from archive.extract.outlets import footer_outlet, known_outlet
from archive.extract.tags import parse_tag_line
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.decode import DecodeError, decode_bytes
from archive.readers.source import read_all

BYLINE = re.compile(
    r"^(?:by\s+(?P<name>[^\d,.:;!?]{2,80})|"
    r"(?P<desk>[^\d,.:;!?]{0,60}\b(?:correspondents?|reporters?|staff|desk|newsroom|editors?)))$",
    re.I,
)
MAX_HEADER_LINES = 12
MAX_FILE_BYTES = 20 * 1024 * 1024


def read_text_file(path: Path, options=None) -> Iterator:
    data, problem = read_all(path)
    if problem:
        yield BadRecord(str(path), problem)
        return
    if len(data) > MAX_FILE_BYTES:
        yield BadRecord(str(path), f"file too large for an article ({len(data):,} bytes)")
        return
    try:
        text = decode_bytes(data)
    except (DecodeError, UnicodeDecodeError) as error:
        yield BadRecord(str(path), str(error))
        return
    profile = options.folders.for_file(path) if options is not None else None
    try:
        record = parse_text_article(text, str(path), profile=profile)
    except ValueError as error:
        yield BadRecord(str(path), str(error))
        return
    yield record


def _lines(text: str) -> list:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return [collapse_whitespace(line) for line in text.split("\n")]


def _byline(line: str) -> Optional[str]:
    if len(line.split()) > 8:
        return None
    match = BYLINE.match(line)
    if not match:
        return None
    return (match.group("name") or match.group("desk")).strip()


def _short_name(line: str) -> bool:
    """A line that could be an outlet's name: a few capitalised words, no sentence."""
    words = line.split()
    return (
        0 < len(words) <= 4
        and not re.search(r"[.!?:;,\d]$", line)
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def parse_text_article(text: str, source_path: str = "<text>", profile=None) -> RawRecord:
    """One article from plain text; raises ValueError when there is none.

    ``profile`` (archive.extract.profile.GroupProfile) is what the file's folder says: the
    order of its numeric dates and its outlet's page template."""
    lines = [line for line in _lines(text)]
    content = [line for line in lines if line]
    if not content:
        raise ValueError("empty file" if not text.strip() else "no text")
    record = RawRecord(source_path=source_path, source_format="text", profile=profile)

    position = 0
    first = content[0]
    if known_outlet(first) and len(content) > 2:
        record.outlet, position = first, 1
    record.title = content[position]
    position += 1

    # The header: metadata lines right under the title.
    lede_candidate = None
    previous_was_date = False
    while position < len(content) and position < MAX_HEADER_LINES:
        line = content[position]
        is_date = False
        tags = parse_tag_line(line)
        if tags is not None:
            record.tags.extend(tags)
        elif record.published is None and parse_date(line):
            record.published, is_date = line, True
        elif record.outlet is None and known_outlet(line):
            record.outlet = line
        elif record.author is None and _byline(line):
            record.author = _byline(line)
            if lede_candidate:
                record.lede, lede_candidate = lede_candidate, None
        elif record.outlet is None and previous_was_date and _short_name(line):
            record.outlet = line
        elif boilerplate.is_junk_line(line) or collapse_whitespace(line).casefold() == record.title.casefold():
            if lede_candidate:
                record.lede, lede_candidate = lede_candidate, None
        elif lede_candidate is None and record.lede is None and _followed_by_header(content, position):
            lede_candidate = line  # a standfirst, if header lines follow it
        else:
            break
        previous_was_date = is_date
        position += 1
    if lede_candidate:
        position -= 1  # it was not a standfirst after all

    body = boilerplate.clean_paragraphs(content[position:], title=record.title)
    # An outlet named in a footer line ("© 2024 North Press Agency").
    if body:
        outlet = footer_outlet(body[-1])
        if outlet:
            body.pop()
            record.outlet = record.outlet or outlet
    if body and parse_tag_line(body[-1]) is not None:
        record.tags.extend(parse_tag_line(body.pop()))
    if not body:
        raise ValueError("no article body found (only a title and header lines)")
    record.body = "\n\n".join(body)
    return record


def _followed_by_header(content: list, position: int) -> bool:
    """Whether a byline, junk or the repeated title comes within the next few lines."""
    title = content[0].casefold()
    for line in content[position + 1 : position + 4]:
        if _byline(line) or boilerplate.is_junk_line(line) or line.casefold() == title:
            return True
    return False
