"""The lines a sender writes over or under an article pasted into a message or a file (issue #13,
round 36): "Source: Outlet, 12 May 2021", "Link: https://...", in the interface's or the sender's
language ("Source :", "Fuente:", "Quelle:", "المصدر:", "Lien :", "Enlace:", "الرابط:"). The labels
are data: the source labels of ``archive/data/outlet_source_labels.txt`` and the url names of
``archive/data/record_fields.txt``. Used by :mod:`archive.readers.sent_documents`.

    labelled(line) -> ("source" | "link", value) | None
    source_block(lines) -> bool: a short run of labelled lines, one of them the source's
    with_source_blocks(paragraphs, starts) -> starts moved up over each article's source block
    sourced(record, part) -> the part without its labelled lines, their values in ``record``
    source_parts(value) -> (outlet, date, writer) of a source line's value
    take_sourced(record, found): the labelled outlet, date and link over what the text reader found
    outlet_and_date(line) -> (outlet, date) of an "Outlet, 2 November 2022" line
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.model import RawRecord


@functools.lru_cache(maxsize=None)
def _labels() -> dict:
    """The labels of the lines a sender writes over or under a pasted article: its source
    ("Source:", "المصدر:": archive/data/outlet_source_labels.txt) and its address ("Link:", "Lien :",
    "الرابط:": the url names of archive/data/record_fields.txt)."""
    from archive.extract.data import data_lines
    from archive.readers.columns import name_key

    labels = {line.strip().casefold(): "source" for line in data_lines("outlet_source_labels.txt")}
    for line in data_lines("record_fields.txt"):
        ours, _, theirs = line.partition("|")
        if ours.strip() == "url":
            labels.update({name.strip().casefold(): "link" for name in theirs.split("|") if name.strip()})
    labels.update({name_key(label): kind for label, kind in list(labels.items())})
    return labels


def labelled(line: str) -> Optional[tuple]:
    """``("source", "Outlet, 12 May 2021")`` or ``("link", "https://...")`` for a labelled line
    over or under a pasted article, else None."""
    from archive.readers.columns import name_key

    match = re.match(r"^\s*([^:：]{1,30}?)\s*[:：]\s*(\S.*)$", line or "")
    if not match:
        return None
    label = match.group(1).strip().casefold()
    kind = _labels().get(label) or _labels().get(name_key(label))
    if kind == "link" and not re.match(r"(?:https?://|www\.)\S+$", match.group(2).strip()):
        return None
    return (kind, match.group(2).strip()) if kind else None


def source_block(paragraph) -> bool:
    """A short paragraph of labelled lines (its source, its link), at least one the source's."""
    if not paragraph or len(paragraph) > 4:
        return False
    found = [labelled(line) for line in paragraph]
    return all(found) and any(kind == "source" for kind, _ in found)


def with_source_blocks(paragraphs: list, starts: list) -> list:
    """The articles' starts moved up over the source block each has over its headline (a sender's
    "Source: Outlet, date" and "Link: ..." lines, a rule perhaps over them)."""
    moved = []
    for start in starts:
        above, top, lines = start - 1, start, []
        while above >= 0 and (not moved or above > moved[-1]) and len(lines) <= 4:
            if paragraphs[above] is not None:
                if not all(labelled(line) for line in paragraphs[above]):
                    break
                lines = paragraphs[above] + lines
                top = above
            above -= 1
        moved.append(top if source_block(lines) else start)
    return moved


def sourced(record: RawRecord, part: list) -> list:
    """The part without its sender's labelled lines, their values read into ``record``: those over
    the text (over its headline or among the lines under it: "Source: Outlet, 12 May 2021 – Name" its
    outlet, date and writer, "Link: ..." its address), and a closing run under it that opens with a
    paragraph of labelled lines ("Lien : ...", then a rule, the next item's number, a press review's
    footer: nothing of the text; kept where two paragraphs of prose follow)."""
    from archive.readers.sent_documents import MIN_PROSE, _prose

    kept, head = [], True
    for index, paragraph in enumerate(part):
        if head and _prose(paragraph):
            head = False  # the labelled lines are those over the text; a run of them may close it
        if not head and all(labelled(line) for line in paragraph) \
                and sum(1 for later in part[index + 1:] if _prose(later)) < MIN_PROSE:
            _read(record, paragraph)
            break
        taken = [line for line in paragraph if labelled(line)] if head else []
        _read(record, taken)
        rest = [line for line in paragraph if line not in taken]
        if rest:
            kept.append(rest)
    return kept


def _read(record: RawRecord, lines: list) -> None:
    for kind, value in (labelled(line) for line in lines):
        if kind == "link" and not record.url:
            record.url = value if "://" in value else "https://" + value
        elif kind == "source" and not record.outlet:
            outlet, published, writer = source_parts(value)
            record.outlet = outlet or record.outlet
            record.published = published or record.published
            record.author = writer or record.author


def source_parts(value: str) -> tuple:
    """``(outlet, date, writer)`` of a source line's value: "Outlet, 22 janvier 2022 – par X" or
    "Outlet, date – X" (the name after the date the writer's: two to four capitalised words, or a
    byline word before them), "Outlet" alone."""
    from archive.readers.exports import author_from, byline_prefix

    pieces = _pieces(value)
    dated = [k for k, piece in enumerate(pieces) if _date(piece)]
    writer = None
    if len(dated) == 1 and dated[0] == len(pieces) - 2:
        last = pieces[-1]
        if byline_prefix().match(last) or (2 <= len(last.split()) <= 4 and all(
                word[:1].isalpha() and not word[:1].islower() for word in last.split())):
            writer = author_from(last)
            pieces = pieces[:-1]
    outlet, published = outlet_and_date(", ".join(pieces))
    return outlet, published, writer


def _pieces(line: str) -> list:
    """A cited line's pieces between commas and dashes; a piece that reads as a date only with the
    next one joined to it ("Dienstag, 8. Februar 2022", "Monday, March 7, 2022") is one piece."""
    pieces = [piece.strip() for piece in re.split(r"\s*[,،|·•–—]\s+|\s+-\s+", line) if piece.strip()]
    from archive.readers.export_dates import _words

    weekdays = _words()[1]

    def weekday(piece: str) -> bool:
        return piece.casefold().rstrip(".") in weekdays

    joined = []
    for piece in pieces:
        if joined and not _date(joined[-1]) and (weekday(joined[-1]) or re.fullmatch(r"\d{4}", piece)) \
                and _date(f"{joined[-1]}, {piece}"):
            joined[-1] = f"{joined[-1]}, {piece}"  # a weekday over its date, "March 7" over its year
            if len(joined) >= 2 and weekday(joined[-2]) and _date(f"{joined[-2]}, {joined[-1]}"):
                joined[-2:] = [f"{joined[-2]}, {joined[-1]}"]  # "Monday, March 7, 2022"
        else:
            joined.append(piece)
    return joined


def _date(piece: str):
    from archive.extract.dates import iso_date
    from archive.readers.export_dates import export_date

    return iso_date(export_date(piece))


def outlet_and_date(line: str, alone: bool = True) -> tuple:
    """``(outlet, date)`` of an "Outlet, 2 November 2022" line (either may be None); with ``alone``
    a name without a date is the outlet ("Source: Charente libre")."""
    pieces = _pieces(line)
    dated = [piece for piece in pieces if _date(piece)]
    named = [piece for piece in pieces if piece not in dated]
    name = named[0] if len(named) == 1 and len(named[0].split()) <= 6 and not named[0][:1].islower() \
        and named[0][:1].isalpha() else None
    date = _date(dated[0]) if len(dated) == 1 else None
    if not alone and not (name and date and len(pieces) >= 2):
        return None, None
    return name, date


def take_sourced(record: RawRecord, found: RawRecord) -> None:
    """The source lines' outlet, date, writer and link: what the sender labelled outranks the text's guess."""
    record.outlet = found.outlet or record.outlet
    record.published = found.published or record.published
    record.author = found.author or record.author
    record.url = found.url or record.url
