"""A field's positions as Whoosh's Positions format encodes them, made fast: through
:meth:`analysis.ArchiveAnalyzer.term_positions` when the analyzer has it, or given analysed
(:class:`Analysed`) or analysed and encoded in an import's worker process (:class:`Encoded`,
:func:`encode_positions`: byte for byte ``Positions.encode``'s values) so the writing process only
files them (issue #16).
"""

from __future__ import annotations

from pickle import dumps as _dumps
from typing import NamedTuple

from whoosh import formats
from whoosh.system import pack_uint as _pack_uint


class FastPositions(formats.Positions):
    """Positions, indexed through :meth:`analysis.ArchiveAnalyzer.term_positions` when the analyzer has it,
    or given analysed (:class:`Analysed`) or analysed and encoded (:class:`Encoded`)."""

    def word_values(self, value, analyzer, **kwargs):
        if isinstance(value, Encoded):
            boost = self.field_boost
            for tbytes, freq, vbytes in zip(value.terms, value.freqs, value.values):
                yield tbytes.decode("utf-8"), freq, freq * boost, vbytes
            return
        if isinstance(value, Analysed):
            boost, encode = self.field_boost, self.encode
            for term, poslist in value:
                yield term, len(poslist), len(poslist) * boost, encode(poslist)
            return
        if not isinstance(value, str) or not hasattr(analyzer, "term_positions"):  # not an ArchiveAnalyzer
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        encode = self.encode
        positions = analyzer.term_positions(value)
        marks = getattr(value, "marks", None)  # acronym_meanings.MarkedText: its article's marked terms
        if marks:
            from indexer.fulltext.acronym_meanings import marked

            positions = marked(positions, marks)
        for term, poslist in positions.items():
            yield term, len(poslist), len(poslist) * boost, encode(poslist)


class Analysed(list):
    """A field's ``(term, positions)`` pairs, analysed already."""


class Encoded(NamedTuple):
    """A field's terms as UTF-8, their frequencies and their positions encoded as Whoosh's Positions
    format encodes them (as columns, in the same order), and the field's length (its positions):
    made in an import's worker process (:func:`encode_positions`) so the writing process only
    files them."""

    terms: tuple
    freqs: tuple
    values: tuple
    length: int


_SINGLE_POSITION: dict = {}  # position -> the encoding of a term found there alone (issue #16)
_SINGLE_POSITIONS_KEPT = 8192


def encode_positions(term_positions: dict) -> Encoded:
    """``{term: [position, ...]}`` as :class:`Encoded` (byte for byte Positions.encode's values)."""
    freqs = [len(poslist) for poslist in term_positions.values()]
    values = []
    append = values.append
    single = _SINGLE_POSITION
    for poslist in term_positions.values():
        if len(poslist) == 1:  # four terms in five: their encoding is looked up, not pickled
            value = single.get(poslist[0])
            if value is None:
                value = _pack_uint(1) + _dumps(poslist, 2)
                if poslist[0] < _SINGLE_POSITIONS_KEPT:
                    single[poslist[0]] = value
            append(value)
            continue
        deltas = [poslist[0]]
        deltas += [b - a for a, b in zip(poslist, poslist[1:])]
        append(_pack_uint(len(poslist)) + _dumps(deltas, 2))
    return Encoded(tuple(term.encode("utf-8") for term in term_positions), tuple(freqs), tuple(values), sum(freqs))
