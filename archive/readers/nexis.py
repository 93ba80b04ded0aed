"""Nexis Uni and LexisNexis exports: one file (DOCX, RTF, HTML, TXT, or a PDF's text) holding many
documents, split into one article each, with the header each document carries.

Works on plain text paragraphs, whatever the file format; the format's reader turns its file into
lines (one paragraph a line) and calls:

    looks_like_nexis(text: str) -> bool
        Whether the start of a file's text (a few KB are enough) is a Nexis/LexisNexis export.

    split_nexis(lines: Iterable[str | tuple[int, str]], source: str, fmt: str = "nexis")
            -> Iterator[RawRecord | BadRecord]
        One RawRecord per document, numbered 1, 2, ... in ``source_record`` (provenance
        ``source#n``), or a BadRecord naming the document and the line it starts on. ``lines``
        are the file's paragraphs in order, as strings (numbered 1, 2, ... as given, blank ones
        included, so that numbers are the file's lines) or as ``(line number, text)`` pairs (a
        PDF's reader may number them as it likes). Read lazily: one document is held at a time.

Layouts read (see bench/documents_gen.py for one of each):

- LexisNexis Academic ("classic"): "1 of 10 DOCUMENTS", the outlet, the date (and an edition),
  the title, upper-case labelled lines (BYLINE:, SECTION:, LENGTH:, DATELINE:), the text, then
  LOAD-DATE:, LANGUAGE:, PUBLICATION-TYPE: and the copyright lines.
- Nexis Uni: the title, the outlet, the date, the copyright line, labelled lines (Section:,
  Length:, Byline:, Highlight:), "Body", the text, "Classification", Language:, Load-Date:, and
  "End of Document"; with or without the cover page (Documents (N), Search Terms: ...) and its
  list of titles, which are left out.

The labels are data: ``archive/data/nexis_labels.txt``; language names:
``archive/data/language_names.txt``. Search terms the export highlighted (bold, underlined) are
plain text by the time they reach here: the readers keep no formatting.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Optional

from archive.extract.body_heads import without_update_note
from archive.extract.closing_runs import without_closing_run
from archive.extract.data import data_sections
from archive.model import BadRecord, RawRecord
from archive.readers.database_sources import publication_name
from archive.readers.export_dates import date_and_edition, date_line, partial_date
from archive.readers.exports import (
    COPYRIGHT_LINE,
    iso_or_none,
    language_code,
    numbered_lines,
    word_count,
    author_from,
)

_ENDS = "|".join(re.escape(entry).replace(r"\ ", r"\s+")
                 for entry in sorted(data_sections("nexis_labels.txt")["end_marker"], key=len, reverse=True))
# "End of Document", "Fin du document", "Ende des Dokuments" ([end_marker] in the data)
END_MARKER = re.compile(rf"^\s*(?:{_ENDS})\s*$", re.I)
GLUED_END = re.compile(rf"^(.*\S)\s+(?:{_ENDS})\s*$", re.I)  # the marker at the end of the text's last line
_LABELLED = re.compile(r"^\s*([^\W\d_][^\W\d_ /-]*(?:[ /-][^\W\d_]+){0,3})\s*:\s*(.*)$")
_EDITION = re.compile(r"\b(edition|ed\.|édition|ausgabe)\b|^(final|late|early|home|city|metro|national|international)\b", re.I)
# LexisNexis Academic's header is a block of short lines (publication, date, edition, copyright and
# its "All Rights Reserved") over a blank line, then the headline: a line right under the copyright
# line (no blank between) is the copyright's; a number alone under the date is the edition's page.
HEADER_LINE_WORDS = 6
_PAGE = re.compile(r"^\d{1,4}$")
_COVER = re.compile(r"^\s*(documents\s*\(\d+\)|\d+\.\s+\S)", re.I)
MAX_DOCUMENT_LINES = 20_000  # a "document" longer than this is a file that is no export
HEADER_SPAN = 14  # lines of a document in which its date line is looked for


@functools.lru_cache(maxsize=1)
def docs_marker() -> re.Pattern:
    """"1 of 10 DOCUMENTS", "FOCUS - 1 of 10 DOCUMENTS", "Dokument 1 von 10", "Document 1 de 10":
    the words from the data's [document_number] section."""
    forms = []
    for entry in data_sections("nexis_labels.txt")["document_number"]:
        between, _, after = (part.strip() for part in entry.partition("|"))
        if after:
            forms.append(rf"(?:FOCUS\s*-\s*)?\d+\s+{re.escape(between)}\s+\d+\s+{re.escape(after)}")
        else:
            forms.append(rf"(?:Dokument|Document|Documento)\s+\d+\s+{re.escape(between)}\s+\d+")
    return re.compile(r"^\s*(?:" + "|".join(forms) + r")\s*$", re.I)


@functools.lru_cache(maxsize=None)
def labels() -> dict:
    """``{section: frozenset(labels)}`` from the data file, lower-cased."""
    return {name: frozenset(entry.lower() for entry in entries)
            for name, entries in data_sections("nexis_labels.txt").items()}


FIELDS = ("author", "section", "length", "dateline", "lede", "edition", "language", "load_date", "url")


def _label(line: str) -> Optional[tuple]:
    """``(field or "skip", value)`` for a labelled line the data knows, else None."""
    match = _LABELLED.match(line)
    if not match:
        return None
    label, value = match.group(1).strip().lower(), match.group(2).strip()
    table = labels()
    for field in FIELDS:
        if label in table.get(field, ()):
            return field, value
    if label in table["skip"] or label in table["trailer"]:
        return "skip", value
    return None


def _marker(line: str) -> Optional[str]:
    """The part of a document a line standing alone marks ("body" for every word of [body])."""
    text = " ".join(line.lower().split()).rstrip(": ")
    if text in labels()["body"]:
        return "body"
    return text if text in labels()["markers"] else None


def _is_trailer(line: str, after_body_marker: bool = False) -> bool:
    """A trailer's labelled line; after a "Body" line only one that ends the text (Load-Date:)."""
    match = _LABELLED.match(line)
    return bool(match) and match.group(1).strip().lower() in labels()["ends_text" if after_body_marker else "trailer"]


def looks_like_nexis(text: str) -> bool:
    """A Nexis/LexisNexis export: a "1 of 10 DOCUMENTS" line, or "End of Document" lines, or the
    labelled header lines (Length:, Load-Date:) of one."""
    head = text[:200_000]
    lines = [line.strip() for line in head.splitlines()[:4000]]
    if any(docs_marker().match(line) for line in lines[:400]):
        return True
    ends = sum(1 for line in lines if END_MARKER.match(line))
    found = {found[0] for found in (_label(line) for line in lines) if found}
    if ends and ({"length", "load_date"} & found or any(_marker(line) == "body" for line in lines)):
        return True
    return {"length", "load_date"} <= found and bool({"section", "author", "language"} & found)


def split_nexis(lines: Iterable, source: str, fmt: str = "nexis") -> Iterator:
    """One RawRecord (or BadRecord) per document of the export: see the module's docstring."""
    document: list = []
    number = 0
    classic = False
    found = False
    for line_number, line in numbered_lines(lines):
        if docs_marker().match(line):
            classic = True
            if document and (found or _has_date(document)):
                number += 1
                yield _document(document, source, fmt, number, classic)
            found = True
            document = [(line_number, line)]
            continue
        glued = GLUED_END.match(line)
        if glued and not END_MARKER.match(line) and document:
            document.append((line_number, glued.group(1)))  # "...the last sentence. End of Document"
            line = "End of Document"
        if END_MARKER.match(line):
            if document:
                number += 1
                found = True
                yield _document(document, source, fmt, number, classic)
            document = []
            continue
        document.append((line_number, line))
        if len(document) > MAX_DOCUMENT_LINES:
            number += 1
            yield BadRecord(source, f"Nexis document {number} from line {document[0][0]} runs past "
                                    f"{MAX_DOCUMENT_LINES:,} paragraphs without an end; the rest of the file is not read",
                            number)
            return
    if document and (classic or _has_date(document)):
        number += 1
        record = _document(document, source, fmt, number, classic)
        if isinstance(record, RawRecord) and not classic:
            record.notes.append("the last Nexis document has no 'End of Document' line: the file may be cut short")
        yield record
    elif not number:
        yield BadRecord(source, "no Nexis documents found (no 'N of M DOCUMENTS' or 'End of Document' lines)")


def _error_document(document: list) -> Optional[str]:
    """The error message Nexis Uni exports in place of a document it could not give, if it is one."""
    phrases = labels()["error_documents"]
    for _, line in document[:HEADER_SPAN]:
        low = line.lower()
        for phrase in phrases:
            if phrase in low:
                return line if len(line) <= 120 else line[:119] + "…"
    return None


def _has_date(document: list) -> bool:
    return _find_date(document) is not None


def _find_date(document: list) -> Optional[tuple]:
    """``(index, partial)``: the document's date line, or else a line giving only its month or year
    ("March 2019", "Spring 2019": ``partial``); None when it has neither."""
    at = _date_index(document, date_line)
    if at is not None:
        return at, False
    at = _date_index(document, partial_date)
    return (at, True) if at is not None else None


HEADER_FIELDS = ("author", "section", "length", "dateline", "lede")


def _date_index(document: list, is_date) -> Optional[int]:
    """Where the document's date line is: the last one above its first header label (Section:,
    Length:, Byline:), so a cover page's lines above it do not count; else the first one near
    its top."""
    first_label = None
    for index, (_, line) in enumerate(document):
        found = _label(line)
        if found and found[0] in HEADER_FIELDS:
            first_label = index
            break
        if _marker(line) == "body":
            first_label = index
            break
    if first_label is not None:
        for index in range(first_label - 1, -1, -1):
            line = document[index][1]
            if not _label(line) and is_date(line):
                return index
    for index, (_, line) in enumerate(document[:HEADER_SPAN]):
        if not _label(line) and is_date(line):
            return index
    return None


def _document(document: list, source: str, fmt: str, number: int, classic: bool):
    first_line = document[0][0]
    if classic and docs_marker().match(document[0][1]):
        document = document[1:]
    where = f"Nexis document {number} (line {first_line})"
    error = _error_document(document)
    if error:
        return BadRecord(source, f"{where}: the database put an error message in its place ('{error}'); "
                                 "export it again", number)
    found = _find_date(document)
    if found is None:
        return BadRecord(source, f"{where}: no date line in its header; not a Nexis document", number)
    at, partial = found
    values: dict = {"copyright": []}
    if classic:
        outlet_lines = [line for _, line in document[:at] if not _COVER.match(line) and not _label(line)]
        outlet = publication_name(outlet_lines[-1]) if outlet_lines else None
        rest = document[at + 1:]
        last, copyright_block = document[at][0], False  # the last header line read, and whose it is
        while rest:
            number_at, line = rest[0]
            under = number_at == last + 1 and len(line.split()) <= HEADER_LINE_WORDS and not _label(line)
            if COPYRIGHT_LINE.match(line):
                copyright_block = True
                values["copyright"].append(line)
            elif under and copyright_block:  # "All Rights Reserved" right under it
                values["copyright"].append(line)
            elif _EDITION.search(line) and len(line.split()) <= 6 or under and _PAGE.match(line):
                copyright_block = False
                values.setdefault("edition", line)  # "Edition 1; Ireland", "Final", a page's "1"
            else:
                break
            last = number_at
            rest = rest[1:]
        if not rest or _label(rest[0][1]):
            return BadRecord(source, f"{where}: no title after its date line", number)
        title = rest[0][1]
        rest = rest[1:]
    else:
        if at < 1:
            return BadRecord(source, f"{where}: no title above its date line", number)
        # The title opens the document, the outlet stands over the date. Only the first document
        # may have lines above its title (the cover page): there the title is two lines up.
        outlet = publication_name(document[at - 1][1]) if at >= 2 else None
        title = document[at - 2][1] if at >= 2 and number == 1 else document[0][1]
        rest = document[at + 1:]
    notes = []
    if partial:  # the archive keeps whole dates: no day is made up
        published = None
        notes.append(f"the export dates this document '{document[at][1]}' (no day): stored without a date")
    else:
        published, edition = date_and_edition(document[at][1])
        if edition:
            values.setdefault("edition", edition)
    body = _read_fields(rest, values)
    if not body:
        return BadRecord(source, f"{where}: no text under its header", number)
    copyright_text = " ".join(values.pop("copyright")) or None
    return RawRecord(
        source_path=source,
        source_format=fmt,
        source_record=number,
        title=title,
        body="\n\n".join(without_closing_run(without_update_note(body))),  # a wire's "(Updates with ...)" is no text
        outlet=outlet,
        published=published,
        author=author_from(values.get("author")),
        language=language_code(values.get("language")),
        url=values.get("url") or None,
        lede=values.get("lede") or None,
        section=values.get("section") or None,
        length=word_count(values.get("length")),
        load_date=iso_or_none(values.get("load_date")),
        copyright=copyright_text,
        notes=notes,
    )


def _read_fields(rest: list, values: dict) -> list:
    """The text's paragraphs; the labelled lines around them read into ``values``."""
    has_body_marker = any(_marker(line) == "body" for _, line in rest)
    state = "header"
    body: list = []
    for _, line in rest:
        marker = _marker(line)
        if marker == "body" and state == "header":
            state = "body"
            continue
        if COPYRIGHT_LINE.match(line) and (state != "body" or not has_body_marker):
            values["copyright"].append(line)
            if state == "body":
                state = "trailer"
            continue
        if state != "body" and values["copyright"] and re.fullmatch(r"all rights reserved\.?", line.strip(), re.I):
            values["copyright"].append(line)
            continue
        labelled = _label(line)
        if state == "body":
            if marker in labels()["trailer_markers"] or (labelled and _is_trailer(line, has_body_marker)):
                state = "trailer"
            else:
                body.append(line)
                continue
        if labelled:
            field, value = labelled
            if field != "skip" and value:
                values.setdefault(field, value)
            continue
        if marker:
            continue
        if state == "header" and not has_body_marker:
            state = "body"
            body.append(line)
    return body
