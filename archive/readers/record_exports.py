"""Labelled-record exports of news and journal databases (ProQuest, EBSCOhost): one file (TXT, HTML,
DOCX, RTF, or a PDF's text) holding documents written as "Label: value" lines, split into one
article each.

    looks_like_record_export(text: str) -> bool
        Whether the start of a file's text is such an export.

    split_record_export(lines, source: str, fmt: str = "records") -> Iterator[RawRecord | BadRecord]
        One RawRecord per document (``source#n``); ``lines`` as for
        :func:`archive.readers.nexis.split_nexis` (strings, or ``(line number, text)`` pairs).

Read by structure, not by a database's phrases: the labels are data
(``archive/data/record_export_labels.txt``, in the interfaces' languages: "Full text:", "Texte
intégral :", "Volltext:", "Texto completo:"), and

- documents are parted by rules (a line of one repeated character, "____", "====") or numbering
  lines ("Document 1 of 12", "Dokument 2 von 5", "Record: 3"); a block without a title and text
  (the report's cover, its table of contents, the database's footer) is no document;
- a document's text is the body label's value and the lines under it, up to a run of labels (a
  label line with another within the next lines: "Subject:", "Location:", "Title:" ...). A
  document with no body label (EBSCO's print form) has as text its lines that are not labels,
  after its first label;
- the title is the Title label's value, else the first line of the block (ProQuest writes the
  headline over the fields); the author "Whitcombe, Laura" is Laura Whitcombe, several joined
  with "and"; the publication is its title field, else the start of the citation line ("The Hartford
  Courant ; Hartford, Conn. [...]. 14 Feb 2022: A.6."), whose date serves where no date field is.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Iterator, Optional

from archive.extract.data import data_sections
from archive.extract.dates import iso_date
from archive.model import BadRecord, RawRecord, collapse_whitespace
from archive.readers.database_sources import publication_name
from archive.readers.exports import COPYRIGHT_LINE, author_from, language_code

RULE = re.compile(r"^\s*([_=\-*~#])\1{9,}\s*$")
_LEADING_RULE = re.compile(r"^(([_=\-*~#])\2{9,})\s+(\S.*)$")
NUMBERING = re.compile(r"^\s*(?:document|dokument|documento|record|notice|enregistrement|registro)\s*:?\s*"
                       r"\d+(?:\s+(?:of|von|de|sur|di|van)\s+\d+)?\s*$", re.I)
LABEL_RUN = 3  # a label standing alone takes the lines under it as its value up to a label this near
PROSE_VALUE_WORDS = 10  # a label's value this long, ending a sentence, is a sentence of the text
MAX_DOCUMENT_LINES = 20_000
HEAD_LINES = 400
FIELDS = ("title", "author", "outlet", "source", "published", "language", "url", "id")


@functools.lru_cache(maxsize=1)
def _labels() -> dict:
    """``{folded label: field}`` (a label under two fields keeps the first)."""
    table: dict = {}
    for field, labels in data_sections("record_export_labels.txt").items():
        for label in labels:
            table.setdefault(label.casefold(), field)
    return table


@functools.lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern:
    names = sorted(_labels(), key=len, reverse=True)
    return re.compile(r"^\s*(" + "|".join(re.escape(n) for n in names) + r")\s*:(?:\s+|$)(.*)$", re.I)


def label_of(line: str) -> Optional[tuple]:
    """``(field, label, value)`` for a "Label: value" line (or a line that is a label alone, as
    ProQuest's "ProQuest document link"), else None."""
    match = _label_pattern().match(line)
    if match:
        label = match.group(1).casefold()
        return _labels()[label], label, match.group(2).strip()
    bare = line.strip().casefold()
    if bare in _labels() and _labels()[bare] == "skip" and len(bare.split()) >= 2:
        return "skip", bare, ""
    return None


def _separator(line: str) -> bool:
    return bool(RULE.match(line) or NUMBERING.match(line))


def looks_like_record_export(text: str):
    """A body label, an id field or a "Database:" line, with three kinds of document field, among
    the first lines of the text: "body" where a body label is among them, else True; False."""
    kinds: set = set()
    strong = False
    lines = [line for line in text.splitlines()[:HEAD_LINES] if line.strip()]
    for at, line in enumerate(lines):
        found = label_of(line) or _label_over_value(lines, at)
        if not found:
            continue
        field, label, value = found
        kinds.add(field)
        strong = strong or field in ("body", "id") or label in ("database", "base de données", "datenbank", "base de datos")
    if not (strong and ("body" in kinds or "title" in kinds) and len(kinds & set(FIELDS)) >= 3):
        return False
    return "body" if "body" in kinds else True


def _label_over_value(lines: list, at: int) -> Optional[tuple]:
    """``(field, label, value)`` for a label standing alone over its value on the next line (a
    details table saved as HTML: "Publication title" / "Excélsior"), else None."""
    label = lines[at].strip().rstrip(":").casefold()
    field = _labels().get(label)
    if not field or field == "skip" or at + 1 >= len(lines) or label_of(lines[at + 1]) \
            or lines[at + 1].strip().rstrip(":").casefold() in _labels():
        return None
    return field, label, lines[at + 1].strip()


def _plain(lines: Iterable) -> Iterator:
    """``(number, text)``, blank lines as "" (in a text file they close a field's wrapped value)."""
    for position, item in enumerate(lines, 1):
        number, text = item if isinstance(item, tuple) else (position, item)
        text = collapse_whitespace((text or "").replace("\u00a0", " "))
        ruled = _LEADING_RULE.match(text)
        if ruled:  # a PDF's paragraph joins the rule to the line under it
            yield number, ruled.group(1)
            text = ruled.group(3)
        yield number, text


def split_record_export(lines: Iterable, source: str, fmt: str = "records") -> Iterator:
    block: list = []
    count = 0
    for number, line in _plain(lines):
        if not line:
            if block and block[-1][1]:
                block.append((number, ""))
            continue
        if _separator(line) or len(block) >= MAX_DOCUMENT_LINES:
            record = _document(block, source, fmt, count + 1)
            if record is not None:
                count += 1
                yield record
            block = [] if _separator(line) else [(number, line)]
            continue
        block.append((number, line))
    record = _document(block, source, fmt, count + 1)
    if record is not None:
        count += 1
        yield record
    if not count:
        yield BadRecord(source, "no documents found in the database export (no block with a title and text)")


def _values_under(block: list, index: int) -> list:
    """The lines holding the value of a label standing alone on line ``index`` (an HTML export's
    term over its definition): those up to the next label where it stands within
    :data:`LABEL_RUN` lines, else the first line under it only (the text follows the last field)."""
    following = [i for i in range(index + 1, len(block)) if block[i][1]]
    if not following or label_of(block[following[0]][1]):
        return []
    upto = next((k for k, i in enumerate(following[:LABEL_RUN + 1]) if label_of(block[i][1])), None)
    return following[:upto] if upto else following[:1]


def _ends_text(block: list, index: int) -> bool:
    """A label line in a text ends it where a label follows it at once (the run of fields after the
    text) or nothing does, and its value is no sentence of prose ("Source: officials said the
    prisons hold 10,000 men." is text); a label standing alone ends it where another follows within
    :data:`LABEL_RUN` lines (a details table: "Title:" over its value, "Author:" over its)."""
    value = label_of(block[index][1])[2]
    if len(value.split()) >= PROSE_VALUE_WORDS and re.search(r"[.!?][\"'”’)]?$", value):
        return False
    following = [line for _, line in block[index + 1:] if line]
    if not value and block[index][1].rstrip().endswith(":"):
        return not following or any(label_of(line) for line in following[:LABEL_RUN + 1])
    return not following or bool(label_of(following[0]))


DETAILS_LABELS = 3  # a block's labels standing alone without a colon, over their values: this many at least


def _details_table(block: list) -> list:
    """The block with a details table's labels written as labels ("Publication title" alone over
    "Excélsior" -> "Publication title:"): where three or more known labels stand alone, each over a
    value that is no label; a short heading line right over the table ("Details") left out."""
    lines = [i for i, (_, line) in enumerate(block) if line]
    alone = []
    for k, i in enumerate(lines[:-1]):
        label = block[i][1].strip().casefold()
        after = block[lines[k + 1]][1]
        if label in _labels() and _labels()[label] != "skip" and not label_of(after) \
                and after.strip().casefold() not in _labels():
            alone.append(i)
    if len(alone) < DETAILS_LABELS:
        return block
    block = [(n, f"{line.strip()}:" if i in alone else line) for i, (n, line) in enumerate(block)]
    first = lines.index(alone[0])
    if first and len(block[lines[first - 1]][1].split()) <= 2 and not re.search(r"[.!?:]$", block[lines[first - 1]][1]):
        block = [item for i, item in enumerate(block) if i != lines[first - 1]]  # "Details" over the table
    return block


def _document(block: list, source: str, fmt: str, number: int):
    if not block:
        return None
    block = _details_table(block)
    values: dict = {}
    body: list = []
    loose: list = []  # lines that are no labels, after the first label (EBSCO's text)
    head: Optional[str] = None  # the first line, when it is no label (ProQuest's headline)
    in_body = False
    seen_label = False
    wrapped = any(not line for _, line in block)  # a text file: a field's value runs to a blank line
    field = None
    taken: dict = {}  # line index -> field, the lines under a label standing alone ("Title:" over its value)
    for index, (_, line) in enumerate(block):
        if index in taken:
            kind = taken[index]
            if kind != "skip" and not (kind == "id" and kind in values):
                values[kind] = f"{values[kind]} {line}" if kind in values else line
            continue
        if not line:
            field = None if not in_body else field
            continue
        found = label_of(line)
        if in_body and found and found[0] != "body" and not _ends_text(block, index):
            found = None  # "Source: a senior official said" inside the text
        if found:
            field, label, value = found
            in_body = field == "body"
            field = None if in_body else field
            seen_label = True
            if not value and not in_body and line.rstrip().endswith(":"):
                for later in _values_under(block, index):
                    taken[later] = field if field not in values else "skip"
                continue
            if in_body:
                if value:
                    body.append(value)
            elif field != "skip" and value and field not in values:
                values[field] = value
                if field == "id":
                    values["id_label"] = label
            else:
                field = "skip"  # a value not kept: its wrapped lines are not kept either
            continue
        if in_body:
            body.append(line)
        elif wrapped and field is not None:
            if field not in ("id", "skip"):
                values[field] += " " + line  # a field's value wrapped onto the next line
        elif not seen_label:
            head = head or line
        else:
            loose.append(line)
    text = body or loose
    if fmt == "pdf":
        text = _rejoined(text)
    if len(text) > 1 and COPYRIGHT_LINE.match(text[-1]):  # "Copyright of X is the property of ...": the notice, no text
        values.setdefault("copyright", text[-1])
        text = text[:-1]
    title = values.get("title") or head
    if not text or not title or not (values.keys() & {"outlet", "source", "published", "id"}):
        return None  # a cover, a table of contents, a footer
    outlet, cited_date = _citation(values.get("source"))
    published = values.get("published")
    return RawRecord(
        source_path=source,
        source_format=fmt,
        source_record=number,
        title=title,
        body="\n\n".join(text),
        outlet=publication_name(_name_part(values.get("outlet")) or outlet),
        published=(iso_date(published) or published) if published else cited_date,
        author=_authors(values.get("author")),
        language=language_code(values.get("language")) or None,
        url=values.get("url"),
        id=_id(values),
        section=values.get("section") or None,
        copyright=values.get("copyright") or None,
    )


def _rejoined(paragraphs: list) -> list:
    """A PDF's paragraphs, one cut where a line ends without a sentence's end and the next starts
    in lower case (the label's line parted from the text's next line) joined again."""
    joined: list = []
    for paragraph in paragraphs:
        if joined and not re.search(r"[.!?:;\"'»”’)\]]$", joined[-1]) and re.match(r"[^\W\d_]", paragraph) \
                and paragraph[0].islower():
            joined[-1] += " " + paragraph
        else:
            joined.append(paragraph)
    return joined


def _name_part(value: Optional[str]) -> Optional[str]:
    """"The Hartford Courant; Hartford, Conn." -> "The Hartford Courant"."""
    if not value:
        return None
    return re.split(r"\s*;\s*|\s+\[", value, maxsplit=1)[0].strip(" .,") or None


_CITED_DATE = re.compile(
    r"\b(\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\b")


def _citation(value: Optional[str]) -> tuple:
    """``(publication, ISO date)`` of a citation line: "The Hartford Courant ; Hartford, Conn.
    [Hartford, Conn]. 14 Feb 2022: A.6." or "New York Times. 3/14/2019, Vol. 168 Issue 58234, pA8"."""
    if not value:
        return None, None
    date = None
    match = _CITED_DATE.search(value)
    if match:
        slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", match.group(1))
        # a citation's n/n/yyyy is the American month/day (EBSCO), unless the first cannot be a month
        date = iso_date(match.group(1), order="mdy" if slashed and int(slashed.group(1)) <= 12 else None)
    name = re.split(r"\s+;\s*|\s*\[|\.\s+(?=\d)|,\s+(?:Vol|Issue|No)\b", value, maxsplit=1)[0]
    if match and match.start() < len(name):
        name = name[:match.start()]
    return (name.strip(" .,;:") or None), date


_INVERTED = re.compile(r"^([^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}),\s+([^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})$")


def _authors(value: Optional[str]) -> Optional[str]:
    """"Okafor, Daniel; Brandt, Miriam" -> "Daniel Okafor and Miriam Brandt"; "By Jane Doe" -> "Jane Doe"."""
    if not value:
        return None
    names = []
    for part in re.split(r"\s*;\s*", value):
        part = re.sub(r"\s*\(.*?\)\s*$", "", part).strip(" .")
        if not part:
            continue
        inverted = _INVERTED.match(part)
        if inverted and ";" in value or (inverted and value.count(",") == 1):
            names.append(f"{inverted.group(2)} {inverted.group(1)}")
        elif not names:
            found = author_from(part)
            if found:
                names.append(found)
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _id(values: dict) -> Optional[str]:
    value = (values.get("id") or "").strip()
    if not value:
        return None
    database = "proquest" if "proquest" in values.get("id_label", "") else "record"
    return f"{database}:{value}"
