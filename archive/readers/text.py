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

from archive.extract import boilerplate, paragraphs, templates
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
FURNITURE_ONLY = "only page furniture, no article text"
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
    order of its numeric dates and its outlet's page template (lines repeated across its files,
    dropped before anything is read, unless they carry metadata)."""
    content = [line for line in _lines(text) if line]
    if not content:
        raise ValueError("empty file" if not text.strip() else "no text")
    record = RawRecord(source_path=source_path, source_format="text", profile=profile)
    template = profile.template if profile is not None else frozenset()
    if template:
        content = templates.strip_template(content, template, keep=_metadata_line)
        if not content:
            raise ValueError(FURNITURE_ONLY)

    lines = paragraphs.classify(content)
    start, end = paragraphs.main_block(lines)
    if start == end:  # no prose by the page's standard: a short text, judged by its sentences
        paragraphs.accept_sentences(lines)
        start, end = paragraphs.main_block(lines)
    if start == end and len(content) > 1 and not any(line.furniture is None for line in lines[1:]):
        raise ValueError(FURNITURE_ONLY)
    title_at = _title_index(content, lines, start, end)
    for line in content[:title_at]:  # above the title: an outlet's name, tags
        tags = parse_tag_line(line)
        if tags is not None:
            record.tags.extend(tags)
        elif record.outlet is None and known_outlet(line):
            record.outlet = line
    record.title = content[title_at]
    position = title_at + 1

    # The header: metadata lines right under the title.
    lede_candidate = None
    previous_was_date = False
    while position < len(content) and position < title_at + MAX_HEADER_LINES:
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
        elif lede_candidate is None and record.lede is None and _followed_by_header(content, position, title_at):
            lede_candidate = line  # a standfirst, if header lines follow it
        else:
            break
        previous_was_date = is_date
        position += 1
    if lede_candidate:
        position -= 1  # it was not a standfirst after all

    if position < start:  # furniture between the header and the text, unless it reads as text
        begin = start
        while begin > position and lines[begin - 1].cls == paragraphs.GOOD:
            begin -= 1
        position = begin
    end = max(end, position)
    for i in range(position + 1, end):
        if boilerplate.is_trailer_marker(content[i]):
            end = i  # comments, related stories: the text is over
            break
    kept = [content[i] for i in range(position, end) if paragraphs.is_text(lines[i])]
    body = boilerplate.clean_paragraphs(kept, title=record.title)
    # After the text: a footer naming the outlet ("© 2024 North Press Agency"), tags, sign-offs.
    for line in body[-1:] + content[end:]:
        tags = parse_tag_line(line)
        if tags is not None and line not in body[:-1]:
            record.tags.extend(tags)
            if body and line == body[-1]:
                body.pop()
            continue
        outlet = footer_outlet(line)
        if outlet:
            if body and line == body[-1]:
                body.pop()
            record.outlet = record.outlet or outlet
    if not body:
        if start == end and len(content) > 2:
            raise ValueError(FURNITURE_ONLY)
        raise ValueError("no article body found (only a title and header lines)")
    record.body = "\n\n".join(body)
    return record


def _metadata_line(line: str) -> bool:
    """Lines a page template may repeat that still say something about the article."""
    return bool(
        known_outlet(line) or parse_tag_line(line) is not None or _byline(line)
        or footer_outlet(line) or (len(line) <= 80 and parse_date(line))
    )


TITLE_WINDOW = 40  # the title is looked for among this many lines above the text


def _title_index(content: list, lines: list, start: int, end: int) -> int:
    """Where the title is: the most headline-like line above the text, near it, best followed
    by a byline or date; the first line when none looks like one."""
    best, best_score = None, None
    last = start if start + 1 < end else start - 1
    for i in range(max(0, start - TITLE_WINDOW), last + 1):
        line = content[i]
        if not _headline_like(line, lines[i]):
            continue
        score = -0.05 * (start - i)
        following = content[i + 1 : i + 5]
        if any(_byline(f) or (len(f) <= 80 and parse_date(f)) for f in following):
            score += 3
        if sum(1 for other in content[max(0, i - TITLE_WINDOW) : start] if other == line) > 1:
            score += 1
        if best_score is None or score > best_score:
            best, best_score = i, score
    if best is None:
        best = 0
        if known_outlet(content[0]) and len(content) > 2:
            best = 1
    return best


def _headline_like(line: str, judged) -> bool:
    words = judged.words
    return (
        2 <= words <= 30
        and judged.furniture is None
        and not line.endswith((".", ",", ";", ":", "…"))
        and not known_outlet(line)
        and parse_tag_line(line) is None
        and not _byline(line)
        and not (len(line) <= 80 and parse_date(line))
        and not paragraphs.is_bullet(line)
        and not boilerplate.is_junk_line(line)
    )


def _followed_by_header(content: list, position: int, title_at: int = 0) -> bool:
    """Whether a byline, junk or the repeated title comes within the next few lines."""
    title = content[title_at].casefold()
    for line in content[position + 1 : position + 4]:
        if _byline(line) or boilerplate.is_junk_line(line) or line.casefold() == title:
            return True
    return False
