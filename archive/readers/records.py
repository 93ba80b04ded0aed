"""JSON Lines and CSV files of articles: one article a line or a row.

Fields are ours (``title``, ``body``, ``outlet``, ``published``, ``tags``, ``author``,
``language``, ``url``, ``lede``, ``id``) or mapped onto ours with ``--map theirs=ours``.
Common other names (``headline``, ``text``, ``date``, ...) are understood without a mapping.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Iterator, Optional

from archive.model import BadRecord, RawRecord
from archive.readers.decode import DecodeError, decode_bytes
from archive.readers.source import read_all

FIELDS = ("id", "title", "body", "outlet", "published", "tags", "author", "language", "url", "lede")
SYNONYMS = {
    "headline": "title", "heading": "title",
    "text": "body", "content": "body", "article": "body", "article_body": "body", "articlebody": "body",
    "source": "outlet", "publisher": "outlet", "site_name": "outlet", "sitename": "outlet", "site": "outlet",
    "date": "published", "pub_date": "published", "published_at": "published", "publication_date": "published",
    "date_published": "published", "datepublished": "published",
    "keywords": "tags", "tag": "tags", "categories": "tags",
    "byline": "author", "authors": "author",
    "lang": "language",
    "link": "url", "canonical_url": "url",
    "summary": "lede", "description": "lede", "standfirst": "lede",
}
MAX_LINE_BYTES = 20 * 1024 * 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class ReaderOptions:
    """Per-batch reader settings: the column mapping from ``--map``, the order of numeric dates
    from ``--date-order`` (None: inferred per group), and the profiles of folders of text files."""

    def __init__(self, mapping: Optional[dict] = None, date_order: Optional[str] = None):
        from archive.extract.profile import FolderProfiles

        self.mapping = {k.casefold(): v for k, v in (mapping or {}).items()}
        self.date_order = date_order
        self.folders = FolderProfiles(date_order)


def _to_record(data: dict, path: str, number: int, fmt: str, options) -> RawRecord | BadRecord:
    if not isinstance(data, dict):
        return BadRecord(path, f"expected an object, found {type(data).__name__}", number)
    mapping = options.mapping if options else {}
    fields: dict = {}
    for key, value in data.items():
        folded = str(key).strip().casefold()
        ours = mapping.get(folded) or (folded if folded in FIELDS else SYNONYMS.get(folded))
        if ours in FIELDS and value not in (None, "") and ours not in fields:
            fields[ours] = value
    tags = fields.pop("tags", [])
    if isinstance(tags, str):
        from archive.extract.tags import split_tags

        tags = split_tags(tags)
    elif not isinstance(tags, list):
        tags = [tags]
    author = fields.get("author")
    if isinstance(author, list):
        fields["author"] = ", ".join(str(a) for a in author)
    for key, value in list(fields.items()):
        if isinstance(value, (dict, list)):
            return BadRecord(path, f"field {key!r} should be text, found {type(value).__name__}", number)
        fields[key] = str(value)
    if not (fields.get("body") or "").strip():
        return BadRecord(path, "no article body (no 'body' or 'text' field; try --map)", number)
    return RawRecord(source_path=path, source_format=fmt, source_record=number, tags=tags, **fields)


def read_jsonl(path: Path, options=None) -> Iterator:
    name = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror}")
        return
    seen_any = False
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            seen_any = True
            if len(raw) > MAX_LINE_BYTES:
                yield BadRecord(name, f"line too long ({len(raw):,} bytes)", number)
                continue
            try:
                data = json.loads(decode_bytes(raw))
            except (DecodeError, UnicodeDecodeError) as error:
                yield BadRecord(name, str(error), number)
                continue
            except json.JSONDecodeError as error:
                yield BadRecord(name, f"invalid JSON: {error.msg} at column {error.colno}", number)
                continue
            yield _to_record(data, name, number, "jsonl", options)
    if not seen_any:
        yield BadRecord(name, "empty file")


def read_csv(path: Path, options=None) -> Iterator:
    name = str(path)
    data, problem = read_all(path)
    if problem:
        yield BadRecord(name, problem)
        return
    try:
        text = decode_bytes(data)
    except (DecodeError, UnicodeDecodeError) as error:
        yield BadRecord(name, str(error))
        return
    if not text.strip():
        yield BadRecord(name, "empty file")
        return
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as error:
        yield BadRecord(name, f"invalid CSV header: {error}")
        return
    header = [h.strip() for h in header]
    row_number = 1
    seen_row = False  # a header and nothing under it is reported, not silently skipped
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            yield BadRecord(name, f"invalid CSV: {error}", reader.line_num)
            seen_row = True
            break
        row_number += 1
        if not any(cell.strip() for cell in row):
            continue
        seen_row = True
        if len(row) != len(header):
            yield BadRecord(
                name, f"row has {len(row)} fields, the header has {len(header)}", row_number
            )
            continue
        yield _to_record(dict(zip(header, row)), name, row_number, "csv", options)
    if not seen_row:
        yield BadRecord(name, "no rows under the header")
