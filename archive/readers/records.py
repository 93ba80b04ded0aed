"""JSON Lines and CSV files of articles: one article a line or a row.

Fields are ours (``title``, ``body``, ``outlet``, ``published``, ``tags``, ``author``,
``language``, ``url``, ``lede``, ``id``), mapped onto ours with ``--map theirs=ours``, known by
other common names (archive/data/record_fields.txt), or read from what the values are
(:mod:`archive.readers.columns`). Each file is a group (archive.extract.profile): the order of
its numeric dates is decided from all its values before any record is built, so the reader sees
the whole file first (a CSV is in memory; a JSON Lines file is read twice).

HTML in a field is read as HTML (:mod:`archive.readers.fragments`); tags may be a list, a JSON
array written in a cell, or ``a; b`` text. The page's lines a scraper kept over and under a body's
text are left out as a text file's are (:mod:`archive.extract.record_tails`: they name the record's
own outlet or a channel of its news, or close two of its outlet's records in the file), and a source
written as a site's address takes the name those lines spell. Rows with the wrong number of fields, records
without a body and files without a body column are reported, with path and line.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Iterator, Optional

from archive.extract.record_edges import record_body
from archive.extract.date_orders import header_order
from archive.extract.paragraphs import furniture_reason
from archive.extract.record_tails import own_names, written_name
from archive.extract.source_edges import SourceEdges
from archive.extract.writer_notes import body_without_byline_head, body_without_closing_notes
from archive.model import BadRecord, RawRecord
from archive.readers.recycled_ids import RecycledIds
from archive.readers.record_titles import domain as title_domain, suffixed
from archive.readers.unfinished import Unfinished
from archive.readers.record_values import record_author, record_fields, record_tags, unwrapped
from archive.readers.columns import FIELDS, SAMPLE, Columns, resolve
from archive.readers.decode import DecodeError, decode_bytes, decode_text
from archive.readers.fragments import field_text, inline_text, looks_like_html, marked_paragraphs
from archive.readers.source import read_all

__all__ = ["FIELDS", "ReaderOptions", "read_csv", "read_jsonl"]
MAX_LINE_BYTES = 20 * 1024 * 1024
DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class ReaderOptions:
    """Per-batch reader settings: the column mapping from ``--map``, the order of numeric dates
    from ``--date-order`` (None: inferred per group), and the profiles of folders of text files."""

    def __init__(self, mapping: Optional[dict] = None, date_order: Optional[str] = None):
        from archive.readers.folder_profiles import FolderProfiles

        self.mapping = {k.casefold(): v for k, v in (mapping or {}).items()}
        self.date_order = date_order
        self.folders = FolderProfiles(date_order)
        # records' text left for a worker to finish (archive/readers/unfinished.py): set by the
        # pipeline for the big files it reads while workers extract
        self.finish_later = False


def _to_record(data, path: str, number: int, fmt: str, columns: Columns, profile=None,
               edges=None, ids=None, later: bool = False, named: Optional[tuple] = None):
    """The record of ``data`` (a RawRecord or a BadRecord), or with ``later`` an
    :class:`~archive.readers.unfinished.Unfinished` one: what depends on the file's order and
    survey done here (fields, id noted, the outlet's closing lines), the text left to
    :func:`finished_record`."""
    if not isinstance(data, dict):
        return BadRecord(path, f"expected an object, found {type(data).__name__}", number)
    fields = record_fields(data, columns)
    if named:  # "Headline | De Tijd": the headline, and the outlet its record confirms (record_titles)
        fields["title"] = named[0]
        if named[2] and (not str(fields.get("outlet") or "").strip() or title_domain(fields.get("outlet"))):
            fields["outlet"] = named[1]
    recycled = ids.note(number, fields) if ids is not None else None
    tags = record_tags(fields.pop("tags", []))
    author = fields.get("author")
    if isinstance(author, list):
        fields["author"] = ", ".join(str(a) for a in author)
    for key, value in list(fields.items()):
        if isinstance(value, (dict, list)):
            return BadRecord(path, f"field {key!r} should be text, found {type(value).__name__}", number)
        fields[key] = str(value)
    repeated = (edges.repeated(fields.get("outlet"), fields.get("url"))
                if edges is not None and fields.get("body") else frozenset())
    args = (fields, path, number, fmt, tags, profile, repeated, recycled)
    return Unfinished(finished_record, args) if later else finished_record(*args)


def finished_record(fields: dict, path: str, number: int, fmt: str, tags: list, profile, repeated: frozenset,
                    recycled) -> RawRecord | BadRecord:
    """A record's text finished (pure: run by a worker for an Unfinished record)."""
    html_export = looks_like_html(fields.get("body") or "")
    for key in ("body", "lede"):
        if key in fields:
            fields[key] = field_text(fields[key])  # unchanged unless it holds HTML
    if fields.get("body"):
        names = own_names(fields.get("outlet"), fields.get("url"))  # the page's lines under the text name it
        # its edges' short lines parted, the page's closing notes out, the page's lines under the text
        cut: list = []
        fields["body"] = record_body(fields["body"], names, repeated, cut)
        # the notes on its writer (the author field's name) and on its outlet closing the text
        author = _text_or_none(fields.get("author"))
        fields["body"] = body_without_closing_notes(fields["body"], record_author(author) if author else None,
                                                    _text_or_none(fields.get("outlet")), names)
        fields["body"] = body_without_byline_head(fields["body"], author)  # "Jane Doe, Studio X" over the text
        notices = [line for line in cut if furniture_reason(line) == "copyright"]
        if notices:  # "© 2024 Outlet" stays under the text for the outlet's footer sign, cut when the article is built
            fields["body"] = "\n\n".join([fields["body"].rstrip()] + notices)
        spelled = written_name(cut, _text_or_none(fields.get("outlet")))
        if spelled:  # "lavoixdunord.fr": the name as its page's line left out writes it ("La Voix du Nord")
            fields["outlet"] = spelled
    if html_export:  # an export of HTML: its one-line fields may carry inline markup too
        for key in ("title", "author", "outlet"):
            if key in fields:
                fields[key] = inline_text(fields[key])
    if fields.get("author"):
        fields["author"] = record_author(fields["author"])
    if len((fields.get("language") or "").strip()) > 3:  # "English", "Français": the language's code
        from archive.readers.exports import language_code

        fields["language"] = language_code(fields["language"]) or fields["language"]
    if not (fields.get("body") or "").strip():
        return BadRecord(path, "no article body (the body field is empty)", number)
    record = RawRecord(source_path=path, source_format=fmt, source_record=number, tags=tags, profile=profile,
                       **fields)
    if recycled:
        record.notes.append(recycled)
    return record


def _profiler(options):
    from archive.extract.profile import ProfileBuilder

    builder = ProfileBuilder(options.date_order if options else None)
    builder.sources = SourceEdges()  # each outlet's lines closing its records (source_edges)
    builder.ids = RecycledIds()
    return builder


def _add_to_profile(builder, data, columns: Columns, number: Optional[int] = None) -> None:
    """A record's body lines (for its group's template) and date (for the order of dates); its
    outlet's last lines (:class:`SourceEdges`) and its id (:class:`RecycledIds`)."""
    from archive.extract.profile import text_lines

    fields = record_fields(data, columns) if isinstance(data, dict) else {}
    if number is not None:
        builder.ids.add(number, fields)
    body, date = fields.get("body"), fields.get("published")
    if isinstance(body, str) and body.strip():
        # its last lines only, as the reader will read them: HTML as text, an export's written paragraph
        # marks ("\\n\\n" in a one-line field) as breaks, else its records' closing lines never compare
        tail = field_text(body[-EDGE_HTML_CHARS:]) if looks_like_html(body) else marked_paragraphs(body)
        builder.sources.add(_text_or_none(fields.get("outlet")), _text_or_none(fields.get("url")), tail)
    body = marked_paragraphs(body) if isinstance(body, str) else None  # a pilcrow's paragraphs are lines too
    builder.add(text_lines(body) if body else [], dates=[date] if isinstance(date, str) else [])


EDGE_HTML_CHARS = 4000  # of an HTML body, the end read for its last lines (a second parse of the whole is costly)


def _text_or_none(value) -> Optional[str]:
    return str(value) if isinstance(value, (str, int, float)) else None


def _mapping(options) -> dict:
    return options.mapping if options else {}


# -- JSON Lines ---------------------------------------------------------------------------------------
def _json_lines(source, name: str) -> Iterator:
    """``(line number, object or BadRecord)`` for each non-blank line."""
    with source.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield number, BadRecord(name, f"line too long ({len(raw):,} bytes)", number)
                continue
            try:
                yield number, json.loads(decode_bytes(raw))
            except (DecodeError, UnicodeDecodeError) as error:
                yield number, BadRecord(name, str(error), number)
            except json.JSONDecodeError as error:
                yield number, BadRecord(name, f"invalid JSON: {error.msg} at column {error.colno}", number)


def read_jsonl(path: Path, options=None) -> Iterator:
    name = str(path)
    untracked = getattr(path, "path", path)  # the first reading is not counted as progress
    try:
        columns, profile, seen_any, builder = _survey_jsonl(untracked, name, options)
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror}")
        return
    if not seen_any:
        yield BadRecord(name, "empty file")
        return
    if columns.problem:
        yield BadRecord(name, columns.problem)
        return
    note = columns.note
    try:
        for number, data in _json_lines(path, name):
            if isinstance(data, BadRecord):
                yield data
                continue
            later = bool(getattr(options, "finish_later", False)) and not note  # the note goes to the first RawRecord
            record = _to_record(data, name, number, "jsonl", columns, profile, builder.sources, builder.ids, later)
            if note and isinstance(record, RawRecord):
                record.notes.append(note)
                note = None
            yield record
    except OSError as error:
        yield BadRecord(name, f"cannot read: {error.strerror}")


def _survey_jsonl(source, name: str, options) -> tuple:
    """The file read once: its keys (our fields for them, decided on the first SAMPLE objects)
    and its group profile, and the builder (its outlets' last lines, its recycled ids)."""
    keys: dict = {}
    samples: list = []
    numbers: list = []  # the line of each sample
    columns: Optional[Columns] = None
    builder = _profiler(options)
    seen_any = False
    for number, data in _json_lines(source, name):
        seen_any = True
        if not isinstance(data, dict):
            continue
        if columns is not None:
            _add_to_profile(builder, data, columns, number)
            continue
        keys.update(dict.fromkeys(data))
        samples.append(_sample(data))
        numbers.append(number)
        if len(samples) >= SAMPLE:
            columns = resolve(list(keys), samples, _mapping(options))
            for line, sample in zip(numbers, samples):
                _add_to_profile(builder, sample, columns, line)
    if columns is None:
        columns = resolve(list(keys), samples, _mapping(options))
        for line, sample in zip(numbers, samples):
            _add_to_profile(builder, sample, columns, line)
    builder.stated_order = header_order(columns.fields)  # "date (MM/DD/YYYY)": the export says how it writes them
    return columns, builder.build(), seen_any, builder


def _sample(data: dict) -> dict:
    """A JSON record's values as a CSV row would hold them, for reading its keys by their values: its
    texts, and its numbers written out (an API's "first_published": 1655798400, seconds since 1970,
    is a column of dates as a CSV's "1655798400" is); true and false are no value."""
    found = {}
    for key, value in data.items():
        value = unwrapped(value)
        if isinstance(value, str):
            found[key] = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found[key] = str(value)
    return found


# -- CSV ----------------------------------------------------------------------------------------------
PREAMBLE_ROWS = 20  # the rows of a report's preamble looked over for the table's header


def _delimiter(text: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    lines = text.split("\n", PREAMBLE_ROWS)
    first = lines[0]
    hint = re.match(r"sep=(.)\s*$", first)  # Excel's "sep=;" line
    if hint:
        return hint.group(1)
    if not any(d in first for d in DELIMITERS):  # a report's title over the table: the first line that parts fields
        first = next((line for line in lines[1:PREAMBLE_ROWS] if any(d in line for d in DELIMITERS)), first)
    outside = "".join(part for i, part in enumerate(first.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def read_csv(path: Path, options=None) -> Iterator:
    name = str(path)
    data, problem = read_all(path)
    if problem:
        yield BadRecord(name, problem)
        return
    try:
        decoded = decode_text(data)
    except (DecodeError, UnicodeDecodeError) as error:
        yield BadRecord(name, str(error))
        return
    text = decoded.text
    del data
    if not text.strip():
        yield BadRecord(name, "empty file")
        return
    delimiter = _delimiter(text, path.suffix.lower())
    if re.match(r"sep=.\s*(\r?\n|$)", text):  # the hint line is not the header (Excel hides it too)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for _ in range(_preamble_rows(text, delimiter)):  # a monitoring service's report lines over the table
            next(reader)
        header = [h.strip() for h in next(reader)]
    except (csv.Error, StopIteration) as error:
        yield BadRecord(name, f"invalid CSV header: {error}")
        return
    rows, bad = _rows(reader, name, header)
    del text
    yield from table_records(name, header, rows, bad, options, [decoded.note])


def table_records(name: str, header: list, rows: list, bad: list, options, notes: list, fmt: str = "csv") -> Iterator:
    """The records of a table read by its header: ``rows`` ``[(row number, cells)]``, ``bad``
    ``[(row number, BadRecord)]`` (a CSV's rows of the wrong length), ``notes`` said once with the
    first article. The CSV reader's and the spreadsheet reader's (:mod:`archive.readers.xlsx`) rows."""
    if not rows and not bad:
        yield BadRecord(name, "no rows under the header")
        return
    samples = [dict(zip(header, row)) for _, row in rows[:SAMPLE]]
    columns = resolve(header, samples, _mapping(options))
    if columns.problem:
        yield BadRecord(name, columns.problem)
        return
    builder = _profiler(options)
    builder.stated_order = header_order(columns.fields)  # "date (MM/DD/YYYY)": the export says how it writes them
    for number, row in rows:
        _add_to_profile(builder, dict(zip(header, row)), columns, number)
    profile = builder.build()
    notes = [n for n in list(notes) + [columns.note] if n]  # said once, with the file's first article
    named = suffixed([(number, *(str(fields.get(key) or "") for key in ("title", "outlet", "url")))
                      for number, row in rows for fields in [record_fields(dict(zip(header, row)), columns)]])
    bad_by_row = dict(bad)
    for number, row in _in_order(rows, bad):
        if row is None:
            yield bad_by_row[number]
            continue
        later = bool(getattr(options, "finish_later", False)) and not notes  # the notes go to the first RawRecord
        record = _to_record(dict(zip(header, row)), name, number, fmt, columns, profile, builder.sources,
                            builder.ids, later, named.get(number))
        if notes and isinstance(record, RawRecord):
            record.notes.extend(notes)
            notes = []
        yield record


def _preamble_rows(text: str, delimiter: str) -> int:
    """How many rows of a report's preamble (Brandwatch, Talkwalker: its name, query and dates) stand
    over the header: :func:`header_index` of the file's first rows."""
    try:
        head = []
        for row in csv.reader(io.StringIO(text[:1 << 16], newline=""), delimiter=delimiter):
            head.append(row)
            if len(head) >= PREAMBLE_ROWS + 6:
                break
    except csv.Error:
        return 0
    return header_index(head)


def header_index(head: list) -> int:
    """Of a table's first rows (lists of cells), the index of its header row: the first row of three
    or more filled cells (half its cells or more) that the rows under it match in length, where every
    row above fills at most two. 0 where the first row is the header, or no such row is found."""
    for index, row in enumerate(head[:PREAMBLE_ROWS]):
        filled = sum(1 for cell in row if cell.strip())
        if filled >= 3 and filled * 2 >= len(row):
            under = [r for r in head[index + 1:index + 6] if any(cell.strip() for cell in r)]
            if index and under and all(len(r) == len(row) for r in under):
                return index
            return 0
        if filled > 2:
            return 0
    return 0


def _rows(reader, name: str, header: list) -> tuple:
    """``(rows, bad)``: ``[(row number, cells)]`` of the rows with as many fields as the header,
    and ``[(row number, BadRecord)]`` of the others. The header is row 1; a row's number counts
    rows, not lines (a quoted cell may hold line breaks): the message gives the line too."""
    rows, bad = [], []
    number = 1
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            number += 1
            bad.append((number, BadRecord(name, f"invalid CSV at line {reader.line_num}: {error}", number)))
            break
        number += 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            at_line = f" (line {start})" if start != number else ""
            bad.append((number, BadRecord(
                name, f"row has {len(row)} fields, the header has {len(header)}{at_line}; not stored", number)))
            continue
        rows.append((number, row))
    return rows, bad


def _in_order(rows: list, bad: list) -> Iterator:
    """Good rows and bad ones by row number: ``(number, cells)`` or ``(number, None)``."""
    merged = [(n, r) for n, r in rows] + [(n, None) for n, _ in bad]
    merged.sort(key=lambda item: item[0])
    return iter(merged)
