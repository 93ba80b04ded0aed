"""The import's pass for the full names it writes of acronyms (:mod:`archive.extract.import_outlets`).

Each file of the import that can hold an article in text (text, HTML, e-mail, CSV, JSON Lines) is
read once, before the first article, and what it writes of an acronym's name is pooled: an acronym
defined beside its name anywhere in its text, a name standing where an outlet's name stands (an
outlet cell, a text file's edge lines, an e-mail's sender). Files over ``MAX_PROFILED_BYTES`` and
imports of over ``IMPORT_TOP_FILES`` files are not read twice over (nothing is learned).
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr
from pathlib import Path

from archive.extract.import_outlets import EDGE_LINES, FOOT_LINES, ImportNames
from archive.extract.profile import IMPORT_TOP_FILES, MAX_PROFILED_BYTES

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAIL_SUFFIXES = (".eml",)
TABLE_SUFFIXES = (".csv", ".tsv")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
_ALL = TEXT_SUFFIXES + HTML_SUFFIXES + MAIL_SUFFIXES + TABLE_SUFFIXES + JSON_SUFFIXES + (".zip",)
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.S | re.I)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h\d|tr|td|header|footer|section|article|title)\b[^>]*>", re.I)


def import_names(paths, walked=None) -> ImportNames:
    """What the import of ``paths`` writes of its acronyms' names (module doc). ``walked``: the files
    under ``paths``, when the caller has walked them (``folder_profiles.walked_files``)."""
    from archive.readers import walk

    files = []
    for path in walk(paths) if walked is None else walked:
        if path.name.lower().endswith(_ALL):
            files.append(path)
            if len(files) > IMPORT_TOP_FILES:
                return ImportNames()
    found = ImportNames(paths)
    for path in files:
        try:
            if path.stat().st_size > MAX_PROFILED_BYTES:
                continue
            data = path.read_bytes()
            path = Path(os.path.abspath(path))
        except OSError:
            continue
        try:
            _read(found, path, data)
        except (ValueError, LookupError, csv.Error, UnicodeError):
            continue
    return found


def _text(data: bytes) -> str:
    from archive.readers.decode import decode_bytes

    return decode_bytes(data)


def html_text(markup: str) -> str:
    """A page's text, a line a block."""
    return html.unescape(_TAG.sub(" ", _BLOCK.sub("\n", markup)))


def _edges(found: ImportNames, text: str) -> list:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
        found.add_name(line)
    return lines


def _ends(lines: list) -> list:
    """The non-blank ``lines``' first ``EDGE_LINES`` and last ``FOOT_LINES``, all that
    :meth:`ImportNames.add_edges` keeps of them: a page's other lines are not tidied for nothing (issue
    #16: the tidying of every line of every file was a third of this pass)."""
    if len(lines) <= EDGE_LINES + FOOT_LINES:
        return lines
    return lines[:EDGE_LINES] + lines[-FOOT_LINES:]


_SITE_NAME = re.compile(r"<meta\b[^>]*(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'][^>]*>", re.I)
_OWN_URL = re.compile(r"<meta\b[^>]*property\s*=\s*[\"']og:url[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"\bcontent\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)


def _read(found: ImportNames, path: Path, data: bytes, where: str = "") -> None:
    name = path.name.lower()
    where = where or str(path)
    if name.endswith(".zip"):
        if ".zip/" not in where:  # a zip in a zip is not opened
            _read_zip(found, path, data)
    elif name.endswith(TEXT_SUFFIXES):
        text = _text(data)
        found.add_defined(text)
        lines = _edges(found, text)
        if where == str(path):
            found.add_edges(where, _ends(lines))
    elif name.endswith(HTML_SUFFIXES):
        markup = _text(data)
        address = next((html.unescape(m.group(1) or m.group(2) or "") for m in map(_CONTENT.search, _OWN_URL.findall(markup))
                        if m), None)
        for meta in _SITE_NAME.findall(markup):
            content = _CONTENT.search(meta)
            if content:
                site = html.unescape(content.group(1) or content.group(2) or "")
                found.add_site(site, where)
                if address:
                    found.add_host(address, site)
        text = html_text(markup)
        found.add_defined(text)
        if where == str(path):
            body = re.split(r"<body\b[^>]*>", markup, maxsplit=1, flags=re.I)
            found.add_edges(where, _ends([line for line in html_text(body[-1]).splitlines() if line.strip()]))
    elif name.endswith(MAIL_SUFFIXES):
        message = BytesParser(policy=policy.default).parsebytes(data)
        sender = parseaddr(str(message.get("From", "")))[0]
        if sender:
            found.add_name(sender)
            found.add_site(sender, where)
        for part in message.walk():
            kind = part.get_content_type()
            if kind in ("text/plain", "text/html") and not part.is_attachment():
                try:
                    body = part.get_content()
                except (LookupError, ValueError, AssertionError):
                    continue
                found.add_defined(html_text(body) if kind == "text/html" else body)
    elif name.endswith(TABLE_SUFFIXES):
        text = _text(data)
        reader = csv.DictReader(io.StringIO(text), delimiter="\t" if name.endswith(".tsv") else ",")
        _rows(found, reader, where)
    else:
        text = _text(data)
        rows = []
        if name.endswith(".json"):
            loaded = json.loads(text)
            rows = loaded if isinstance(loaded, list) else [loaded]
        else:
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("{"):
                    try:
                        rows.append(json.loads(line))
                    except ValueError:
                        continue
        _rows(found, (row for row in rows if isinstance(row, dict)), where)


def _read_zip(found: ImportNames, path: Path, data: bytes) -> None:
    """The members of a zip the import reads, each as a file of the import."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        for info in archive.infolist()[:IMPORT_TOP_FILES]:
            member = info.filename
            if info.is_dir() or not member.lower().endswith(_ALL) or info.file_size > MAX_PROFILED_BYTES:
                continue
            try:
                _read(found, Path(member), archive.read(info), f"{path}/{member}")
            except (ValueError, LookupError, csv.Error, UnicodeError, OSError, zipfile.BadZipFile):
                continue


def _rows(found: ImportNames, rows, where: str) -> None:
    from archive.extract.source_columns import tool_source
    from archive.readers.columns import field_of

    fields: dict = {}
    for number, row in enumerate(rows, 1):
        named = {}
        text = None
        for key, value in row.items():
            if not isinstance(value, str) or key is None:
                continue
            if key not in fields:
                fields[key] = field_of(key)
            if fields[key] == "outlet":  # as the outlet writes itself where a monitoring tool wrote it its way
                if text is None:
                    text = "\n".join(v for v in row.values() if isinstance(v, str))
                cleaned = tool_source(value, text)
                value = value if cleaned is None else cleaned
                if not value:
                    continue  # a medium alone ("Web"): no name
                found.add_name(value)
                found.add_site(value, f"{where}:{number}")
            if fields[key] in ("outlet", "url"):
                named.setdefault(fields[key], value)
            found.add_defined(value)
        if len(named) == 2:
            found.add_host(named["url"], named["outlet"])
