"""An outlet's lines closing two or more of its records in one export (issue #13, round 30; moved out
of :mod:`archive.extract.record_tails` in round 33): an export of many outlets (a monitoring tool's,
a scraper's) repeats each one's page furniture under its own rows, too few of them for the file's
template (:mod:`archive.extract.templates`). :class:`SourceEdges` counts, per outlet, each record's
last lines, their shapes (:func:`shape_keys`: a closing line its pages fill with a headline or a
date) and a lead-in's label (:func:`label_key`); :func:`archive.extract.record_tails.judged_tail`
reads what repeats.
"""

from __future__ import annotations

import collections
import re
from typing import Optional

from archive.extract.record_tails import compact, pieces
from archive.extract.templates import line_key, masked_key

EDGE_UNITS = 3  # a record's last lines counted for its outlet's repeated edges
MAX_SOURCES = 10_000  # outlets of one export whose edges are kept (a bounded memory for big exports)


SHAPE_WORDS = 4  # a closing line's opening or closing words compared across an outlet's records
SHAPE_LINE_WORDS = 40  # a line this long at most (a headline in its slot, not a paragraph)
_SHAPE_WORD = re.compile(r"\w+")


def shape_keys(text: str) -> frozenset:
    """The shapes of a closing line that its outlet's pages fill with a headline or a date: its
    first and its last ``SHAPE_WORDS`` words (case folded, each number one mark) and all of them
    ("Diese Nachricht wurde am 21.01.2022 im Programm ... gesendet" and "... am 03.09.2023 ..." are
    one shape; "The post <headline> appeared first on Outlet." ends as every such line ends). None
    for a line of fewer than ``SHAPE_WORDS`` + 1 words: its words are all the shape there is."""
    words = ["#" if w.isdigit() else w for w in _SHAPE_WORD.findall(text.casefold())]
    if len(words) <= SHAPE_WORDS:
        return frozenset()
    return frozenset({("opens",) + tuple(words[:SHAPE_WORDS]), ("closes",) + tuple(words[-SHAPE_WORDS:]),
                      masked_key(text)})  # the whole line, its numbers masked (templates')


LABEL_WORDS = 3  # a lead-in's label: this many words at most ("See also", "شاهدوا أيضاً")
LABELLED_WORDS = 12  # what the label leads to: a headline's length at most
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][^:\d]{0,40}?)\s*:\s+(?P<rest>\S.*)$")


def label_key(text: str) -> Optional[tuple]:
    """``("label", words)`` for a lead-in with a slot: a label of a few words, a colon and a
    headline after it ("See also: <headline>", "شاهدوا أيضاً: <headline>", "Lesen Sie auch: <headline>"),
    the headline no sentence (no closing full stop: a note that says something, "Correction: An earlier
    version ... .", "Editor's note: ... .", is written as one). None for any other line. An outlet's
    pages fill the slot with another headline each time: the label alone repeats under its records."""
    match = _LABELLED.match(text.strip())
    if not match:
        return None
    label, rest = match.group("label").split(), match.group("rest").split()
    if not 1 <= len(label) <= LABEL_WORDS or not 1 <= len(rest) <= LABELLED_WORDS \
            or rest[-1].endswith((".", "。", "۔")) or rest[-1].endswith(("...", "…")):
        return None
    return ("label",) + tuple(w.casefold() for w in _SHAPE_WORD.findall(" ".join(label)))


def source_key(outlet: Optional[str], url: Optional[str]) -> Optional[str]:
    """Which outlet a record of an export is: its source field, else its URL's host."""
    if outlet and str(outlet).strip():
        return compact(str(outlet))
    if url and str(url).strip():
        return re.sub(r"^[a-z]+://", "", str(url).strip().casefold()).split("/")[0].removeprefix("www.")
    return None


def edge_units(body: str) -> list:
    """A body's last lines as :func:`archive.extract.record_tails.without_tail_furniture` judges
    them (paragraphs, or the last paragraph's pieces where it is one block)."""
    blocks = [b for b in _BLOCKS.split(body.replace("\r", "")) if b.strip()]
    if len(blocks) == 1 and "\n" in body.strip():
        blocks = [line for line in body.splitlines() if line.strip()]
    if not blocks:
        return []
    blocks = [" ".join(b.split()) for b in blocks[-EDGE_UNITS:]]  # the last ones only: no more are returned
    return (blocks[:-1] + pieces(blocks[-1]))[-EDGE_UNITS:]


_BLOCKS = re.compile(r"\n\s*\n")


class SourceEdges:
    """For each outlet of an export (rows from many outlets: a monitoring tool's, a scraper's), the
    lines closing two or more of its records' bodies: its pages' furniture, which one outlet's
    records share while the export as a whole does not (too few of its rows for the export's
    template, :mod:`archive.extract.templates`), and the shapes of those lines (:func:`shape_keys`)."""

    def __init__(self):
        self.counts: dict = {}
        self._repeated: dict = {}  # source -> its repeated keys, taken once after its last add (not per record)

    def add(self, outlet: Optional[str], url: Optional[str], body) -> None:
        source = source_key(outlet, url)
        if source is None or not isinstance(body, str) or not body.strip():
            return
        if source not in self.counts and len(self.counts) >= MAX_SOURCES:
            return
        units = edge_units(body)
        keys = {line_key(u) for u in units}
        for unit in units:
            keys |= shape_keys(unit)
            label = label_key(unit)
            if label is not None:
                keys.add(label)
        self.counts.setdefault(source, collections.Counter()).update(keys)
        self._repeated.pop(source, None)

    def repeated(self, outlet: Optional[str], url: Optional[str]) -> frozenset:
        source = source_key(outlet, url)
        counts = self.counts.get(source)
        if not counts:
            return frozenset()
        keys = self._repeated.get(source)
        if keys is None:  # (each of an outlet's records asks: its keys walked once, not once a record)
            keys = self._repeated[source] = frozenset(key for key, count in counts.items() if count >= 2)
        return keys
