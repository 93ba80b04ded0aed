"""A JSON Lines or CSV record's values read as our fields (issue #13; moved out of
:mod:`archive.readers.records` in round 33): its keys mapped onto ours (:func:`record_fields`, the
body looked for under its other names and under a column of long prose), a value some exports wrap
(``{"rendered": ...}``, ``[{"name": ...}]``: :func:`unwrapped`), tags written as a list, a JSON array
or ``a; b`` text (:func:`record_tags`), and a byline field's names (:func:`record_author`).
"""

from __future__ import annotations

import json
import re

from archive.extract.person_names import role_line
from archive.extract.stored_authors import without_label
from archive.readers.columns import FIELDS, Columns, known_names, name_key


def record_tags(value) -> list:
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("[") and text.endswith("]"):
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError:
                parsed = None
            if isinstance(parsed, list):
                return [str(t) for t in parsed if t not in (None, "")]
        from archive.extract.tags import split_tags

        return split_tags(text)
    if isinstance(value, list):
        return [str(t) for t in value if t not in (None, "")]
    return [value]


def record_author(value: str) -> str:
    """A byline field's names: "By" dropped (another language's label too: "Por", "كتب:"), and a
    role after a name's comma ("Jane Doe, EWA correspondent"), while a list of names apart by
    commas stays whole ("Jane Doe, John Roe")."""
    value = without_label(re.sub(r"(?i)^\s*by\s+", "", value).strip())  # "Por Jane Doe", "كتب: ..."
    parts = [part.strip() for part in value.split(",")]
    names = [part for part in parts if part and not role_line(part)]
    return ", ".join(names) if names and len(names) < len(parts) else value


def record_fields(data: dict, columns: Columns) -> dict:
    fields: dict = {}
    for key, value in data.items():
        ours = columns.ours(key)
        value = unwrapped(value)
        if ours in FIELDS and value not in (None, "", []) and ours not in fields:
            fields[ours] = value
    if "body" not in fields:  # a record holding its text under another of the body's names
        for key, value in data.items():  # ("content_html" where the file's other records have "text")
            if columns.ours(key) is None and known_names().get(name_key(key)) == "body" \
                    and isinstance(value, str) and value.strip():
                fields["body"] = value
                break
    if "body" not in fields:  # or under a column of long prose no name maps ("content_text")
        for key in columns.body_alternates:
            value = unwrapped(data.get(key))
            if isinstance(value, str) and value.strip():
                fields["body"] = value
                break
    return fields


WRAPPER_KEYS = ("rendered", "value", "text", "#text", "$t", "html", "content", "name", "href", "url")


def unwrapped(value):
    """A value some exports wrap: ``{"rendered": "<p>..."}`` (WordPress), ``{"value": ...}``,
    ``[{"name": "Jane Doe"}, ...]`` (authors, tags): the text inside."""
    if isinstance(value, dict):
        for key in WRAPPER_KEYS:
            if isinstance(value.get(key), (str, int, float)):
                return value[key]
        return value
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        inner = [unwrapped(item) for item in value]
        if all(isinstance(item, (str, int, float)) for item in inner):
            return [str(item) for item in inner]
    return value
