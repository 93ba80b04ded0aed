"""JSON files of articles (``.json``): a news API's answer, a scraper's or a platform's export.

A JSON file holds its articles as a list, at the top (``[{...}, {...}]``) or under a key of an
object: NewsAPI's ``{"status": ..., "articles": [...]}``, a search engine's
``{"response": {"docs": [...]}}``, Elasticsearch's ``{"hits": {"hits": [{"_source": {...}}]}}``.
The list is the longest list of objects within three levels of the top; each object is a record
read exactly as a line of a JSON Lines file is (:func:`archive.readers.records.read_jsonl`: fields
by name or by what the values are, the file's date order, HTML in fields), its number its place in
the list (1-based). Nested values such as NewsAPI's ``"source": {"name": "..."}`` are unwrapped by
the record reader. A file that is one article, an object whose own keys name a body (a scraper's
file per article: newspaper3k's ``text``, news-please's ``maintext``, trafilatura's JSON), is read as
that one record, with no record number.

Met in a folder, a JSON file whose objects hold no article text (settings, a manifest, a file of
expected values) is left alone like any file of another kind; named on the command line, it is
reported.
"""

from __future__ import annotations

import json
from typing import Iterator, Optional

from archive.model import BadRecord
from archive.readers.source import MemberSource, read_within

MAX_JSON_BYTES = 64 * 1024 * 1024  # parsed whole (~10x its size in memory): a bigger export is read as JSON Lines
MAX_DEPTH = 3
WRAPPERS = ("_source", "fields", "node", "data", "attributes")  # a search engine's or an API's record inside its hit
NO_RECORDS = "no list of records in this JSON file (an object or list of objects holding articles)"


def read_json(path, options=None) -> Iterator:
    """The articles of a JSON file, as records; one BadRecord where it holds none or cannot be read."""
    from archive.readers.records import read_jsonl

    name = str(path)
    data, bad = read_within(path, MAX_JSON_BYTES, "file too large to read whole ({size:,} bytes); write it as JSON Lines")
    if bad is not None:
        yield bad
        return
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, ValueError) as error:
        yield BadRecord(name, f"invalid JSON: {_one_line(error)}")
        return
    items = article_list(document)
    if not items:
        yield BadRecord(name, NO_RECORDS)
        return
    lines = "\n".join(json.dumps(_unwrapped(item), ensure_ascii=False) for item in items).encode("utf-8")
    records = read_jsonl(MemberSource(name, lines + b"\n", label=name), options)
    if len(items) == 1 and items[0] is document:  # one article, the file itself: no record number (as a page has none)
        for record in records:
            if getattr(record, "source_record", None) == 1:
                record.source_record = None
            yield record
        return
    yield from records


def article_list(document) -> Optional[list]:
    """The articles of a JSON document: the longest list of objects near its top (:func:`record_list`)
    where its records hold a body; else the document itself where it is one article (a scraper's file
    per article: newspaper3k's or news-please's keys, trafilatura's JSON); else that list (its
    records are then reported one by one), or None."""
    items = record_list(document)
    if items and _hold_bodies(items):
        return items
    if isinstance(document, dict) and _hold_bodies([document]):
        return [document]
    return items


def record_list(document) -> Optional[list]:
    """The longest list of objects within MAX_DEPTH levels of the document's top, or None."""
    best: Optional[list] = None
    level = [document]
    for _ in range(MAX_DEPTH + 1):
        following = []
        for value in level:
            if isinstance(value, list):
                objects = [item for item in value if isinstance(item, dict)]
                if objects and len(objects) * 2 >= len(value) and (best is None or len(objects) > len(best)):
                    best = objects
            elif isinstance(value, dict):
                following.extend(v for v in value.values() if isinstance(v, (dict, list)))
        level = following
    return best


def holds_articles(source) -> bool:
    """Whether a JSON file met in a folder holds records with a body (read whole; see the module doc)."""
    try:
        data = source.read_bytes()
        if len(data) > MAX_JSON_BYTES:
            return True  # let the reader say what is wrong
        document = json.loads(data)
    except (OSError, UnicodeDecodeError, ValueError):
        return True  # a damaged export is reported, not passed over in silence
    items = article_list(document)
    return bool(items) and _hold_bodies(items)


def _hold_bodies(items: list) -> bool:
    """Whether the records' fields, read as the record reader reads them, name a body."""
    from archive.readers.columns import resolve

    sample = [_unwrapped(item) for item in items[:20]]
    keys = list(dict.fromkeys(key for item in sample for key in item))
    texts = [{k: v for k, v in item.items() if isinstance(v, str)} for item in sample]
    columns = resolve(keys, texts, {})
    return "body" in columns.fields.values() and not columns.problem


def _unwrapped(item: dict) -> dict:
    for key in WRAPPERS:
        inner = item.get(key)
        if isinstance(inner, dict) and len(item) <= 6:
            merged = {k: v for k, v in item.items() if k != key and not k.startswith("_")}
            merged.update(inner)
            return merged
    return item


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:200] or type(error).__name__
