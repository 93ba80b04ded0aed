"""Stamps that are no publication date: a print's, an access's or a generator's ("Printed on 12
June 2023", "Accessed 3 March 2024", "تاريخ الطباعة: ..."), and a revision's ("Updated: 6 May 2021",
"Hyderabad | Updated: August 30, 2023 07:41 IST", "آخر تحديث: ...", "Mis à jour le 5 mai 2021"),
and an event's ("Date of incident: 2 July 2024", "تاريخ الحادثة: ...": a report's subject, read as a
print's stamp is). The labels are data (``archive/data/stamp_labels.txt``, ``[stamp]``, ``[event]``
and ``[revision]``); a line
that also names a publication date ("Published 5 May 2021 | Printed 6 May 2021": any ``[date]``
label of ``header_labels.txt`` or first-publication label that is no stamp's) is no stamp alone.
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines, data_sections
from archive.extract.header_labels import CACHE
from archive.extract.paragraphs import plain

BEFORE_WORDS = 4  # a place or an outlet before the stamp ("New Delhi, India  Updated: ...")
_SEPARATED = re.compile(r"(?:[|·•/–—-]|\s{2,})\s*$")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=2)
def _patterns(revision: bool) -> tuple:
    kinds = data_sections("stamp_labels.txt")
    every = {plain(line).rstrip(":") for kind in ("stamp", "event", "revision") for line in kinds.get(kind, ())}
    stamps = {plain(line).rstrip(":") for kind in ("stamp", "event", "revision")[: 2 + revision] for line in kinds.get(kind, ())}
    sections = data_sections("header_labels.txt")
    dated = {plain(label).rstrip(":") for label in sections.get("date", ())}
    dated |= {plain(line).rstrip(":") for line in data_lines("first_published_labels.txt")}
    dated -= every
    dated -= {plain(label).rstrip(":") for label in sections.get("updated", ())}
    stamp = re.compile(r"(?<!\w)(?:" + _alternation(stamps) + r")(?!\w)\s*[:：]?\s*")
    other = re.compile(r"(?<!\w)(?:" + _alternation(dated) + r")(?!\w)")
    return stamp, other


@functools.lru_cache(maxsize=CACHE)
def stamp_only(line: str, revision: bool = False) -> bool:
    """Whether a header line's only date is a stamp's (with ``revision``, a revision's too): the
    stamp's label at the line's start, or after a few words and a separator, the date right after
    it, and no publication label in the line."""
    from archive.extract.header_dates import date_in

    folded = plain(line)
    if len(folded) != len(line) or len(line) > 120 or not any(c.isdigit() for c in line):
        folded = line.casefold()  # plain() dropped marks: match on the line as written, folded
    stamp, other = _patterns(revision)
    match = stamp.search(folded)
    if match is None or other.search(stamp.sub(" ", folded)):
        return False
    before = line[:match.start()]
    if before.strip() and (len(before.split()) > BEFORE_WORDS or any(c.isdigit() for c in before)
                           or not _SEPARATED.search(before)):
        return False
    rest = line[match.end():].strip(" :：-–—")
    date = date_in(rest) if rest else None
    return bool(date) and rest.startswith(date.split()[0])
