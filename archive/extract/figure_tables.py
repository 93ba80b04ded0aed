"""A table turned into text, for the figure extractor (``archive.extract.figures``): a row's label
before its number ("Iraqis - 27,400; Syrians - 18,600; total - 54,100", "fighters killed: 30;"),
the kind its heading gives ("Population of al-Hol camp by group: ..."), and the source the heading
names in brackets ("Monthly toll, Deir Ezzor, March 2023 (SOHR): ...", "(camp administration
figures, as reported to the researchers): ...").
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from archive.extract.figure_attribution import clean_source
from archive.extract.figure_kinds import kind_words, label_kind, noun_kind, verb_kind
from archive.extract.figure_numbers import sentence_around
from archive.extract.figure_phrases import plural

# a row: its label after the heading's colon or the row before's semicolon, a dash or a colon, the number
_ROW = re.compile(r"(?:^|[;:]\s+)(?P<label>[A-Za-z][\w'’-]*(?:\s+(?:\([\w' -]{1,30}\)|[\w'’-]+)){0,4}?)"
                  r"\s*(?:\s[-–—]|:)\s+$")
_ROW_END = re.compile(r"\s*(?:[;.]|$)")
# a heading that says what its rows count: "Population of al-Hol camp by group, September 2022:"
# (its first word a kind's label, noun or verb: archive/data/figure_kinds.txt)
_HEADING_LABEL = re.compile(r"\W*(?P<label>[A-Za-z]+)\b[^:]{0,120}:")


def _heading_kind(word: str) -> bool:
    word = word.lower()
    return bool(label_kind(word) or noun_kind([word])[0] or verb_kind(word) not in (None, "other", "held"))


class Row(NamedTuple):
    counts: str  # the row's label as written: "third-country nationals (annex)"
    noun: list  # its words without a bracket, and without its verb
    verb: Optional[str]  # a kind's verb ending the label: "fighters killed"
    label: Optional[str]  # the heading's word for rows whose label has no verb: "population"


def table_row(text: str, end: int, before: str) -> Optional[Row]:
    """The row whose number ends at ``end`` (``before``: its sentence's text up to the number), with
    a semicolon, a full stop or the end after the number; its label a plural noun, "total" or a
    kind's verb. None when the number is no row's."""
    row = _ROW.search(before)
    if row is None or not _ROW_END.match(text, end):
        return None
    words = re.sub(r"\s*\([^)]*\)", "", row.group("label")).split()
    if not words or not (plural(words[-1]) or words[-1].lower() == "total" or verb_kind(words[-1])):
        return None
    verb = words[-1].lower() if verb_kind(words[-1]) else None
    heading = _HEADING_LABEL.match(text, sentence_around(text, end - 1)[0], end)
    label = heading.group("label").lower() if heading and not verb and _heading_kind(heading.group("label")) else None
    return Row(row.group("label"), words[:-1] if verb else words, verb, label)


# a heading naming its source in brackets before its colon
_HEADING_SOURCE = re.compile(r"[^\S\n]*[A-Z][^.:;()\n]{2,120}\((?P<np>[^()\n]{2,80})\)\s*:\s")
_WHOSE_FIGURES = re.compile(r"^(?P<x>[^,]{2,60}?)\s+(?:figures|data|statistics|estimates|count|tally)\b")


def heading_source(text: str, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """The source a sentence's heading names in brackets before a colon, for every figure of the
    sentence (its clauses after a semicolon too): an organisation the gazetteer knows ("(SOHR):"),
    or whose figures they are ("(camp administration figures, ...):", an organisation or a noun
    that names one: administration, ministry); else none."""
    m = _HEADING_SOURCE.match(text, start, end)
    if m is None:
        return None, None
    np = m.group("np").strip()
    whose = _WHOSE_FIGURES.match(np)
    found = clean_source(whose.group("x") if whose else np)
    if found is not None and found[1] is not None and found[1].startswith("organisation:"):
        return found
    if whose and whose.group("x").split()[-1].lower() in kind_words().refers:
        return whose.group("x"), None
    return None, None
