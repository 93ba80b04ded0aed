"""The postings file of a segment written in bulk, from the arrays it was written from.

A commit used to write its new segment's postings file (:mod:`.postings_format`) by opening the
segment it had just written and decoding it back: every term's entry in the terms table read and
parsed, the common terms' blocks decompressed and unpickled, and each posting's positions unpickled
(``pickle.loads`` ~150 times an article): about a third of the import's main-process CPU for the
index (#16). :class:`CommonTerms` gathers the same arrays while :class:`~.bulk_postings.FieldPostings`
writes the blocks (the terms it writes as blocks in at least ``MIN_DOCS`` documents, their extents
in the postings file, their docnums, weights and positions), so :func:`postings_format.write` writes
the file without reading the segment: the same bytes as
:func:`~.postings_writer.write_segment_file` (``tests/test_bulk_postings_file.py``).

Positions are decoded once per distinct encoded value of the batch (a word's single position is
most postings, and repeats), then gathered back per posting with numpy.
"""

from __future__ import annotations

import operator
from typing import Optional

import numpy as np

from indexer.fulltext.postings import decode_positions
from indexer.fulltext.postings_format import MIN_DOCS, arrays_of


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The indexes ``starts[0]:ends[0]``, then ``starts[1]:ends[1]``, ... as one array."""
    lengths = ends - starts
    total = int(lengths.sum())
    return np.arange(total, dtype=np.int64) + np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)


def positions_of(values) -> tuple:
    """``(counts, positions)`` of encoded Positions values, as ``postings.decode_positions`` gives
    them: read with numpy where every value has the shape ``encode_positions`` gives it, else
    decoding each distinct value once."""
    found = _read_pickled(values)
    if found is not None:
        return found
    index_of: dict = {}
    index = np.fromiter(map(index_of.setdefault, values, range(len(values))), np.int64, len(values))
    distinct = list(index_of)
    if len(distinct) == len(values):
        return decode_positions(list(values))
    rank = np.empty(len(values), np.int64)  # a value's first index -> its place among the distinct
    rank[np.fromiter(index_of.values(), np.int64, len(distinct))] = np.arange(len(distinct))
    which = rank[index]
    counts_d, flat_d = decode_positions(distinct)
    counts = counts_d[which]
    begins = np.cumsum(counts_d) - counts_d
    return counts, flat_d[_ranges(begins[which], begins[which] + counts)]


# A Positions value: the number of positions (4 bytes, big-endian), then pickle protocol 2 of the
# list of their deltas: PROTO 2, EMPTY_LIST, BINPUT 0, then one APPEND of an int or a MARK, the
# ints and APPENDS (up to 1,000 items: more are batched), and STOP. An int is BININT1 (K, one
# byte), BININT2 (M, two bytes little-endian) or BININT (J, four bytes signed little-endian).
_HEAD = np.frombuffer(b"\x80\x02]q\x00", np.uint8)
_WIDTH = np.zeros(256, np.int64)
_WIDTH[ord("K")], _WIDTH[ord("M")], _WIDTH[ord("J")] = 2, 3, 5
_MOST = 1000  # items pickled in one batch


def _read_pickled(values) -> Optional[tuple]:
    """``(counts, absolute positions)`` read from the values' bytes with numpy, one step for the
    k-th delta of every value at once; None where any value is not of the shape above (the caller
    unpickles them then)."""
    n = len(values)
    if n == 0:
        return None
    lengths = np.fromiter(map(len, values), np.int64, n)
    if int(lengths.min()) < 13:  # 4 + header 5 + "K" x + "a."
        return None
    buf = np.frombuffer(b"".join(values) + bytes(8), np.uint8)
    ends = np.cumsum(lengths)
    begins = ends - lengths
    counts = ((buf[begins].astype(np.int64) << 24) | (buf[begins + 1].astype(np.int64) << 16)
              | (buf[begins + 2].astype(np.int64) << 8) | buf[begins + 3])
    if int(counts.min()) < 1 or int(counts.max()) > _MOST:
        return None
    for j, byte in enumerate(_HEAD):
        if not (buf[begins + 4 + j] == byte).all():
            return None
    many = counts > 1
    if not (buf[begins[many] + 9] == ord("(")).all():
        return None
    at = begins + 9 + many  # the first int's opcode
    deltas = np.empty(int(counts.sum()), np.int64)
    slot = np.cumsum(counts) - counts
    active = np.arange(n)
    for k in range(int(counts.max())):
        if k:
            active = active[counts[active] > k]
        p = at[active]
        width = _WIDTH[buf[p]]
        if not width.all():
            return None
        low = buf[p + 1].astype(np.int64)
        two = low | (buf[p + 2].astype(np.int64) << 8)
        four = (two | (buf[p + 3].astype(np.int64) << 16) | (buf[p + 4].astype(np.int64) << 24)).astype(np.uint32).view(np.int32)
        deltas[slot[active] + k] = np.where(width == 2, low, np.where(width == 3, two, four))
        at[active] = p + width
    closing = np.where(many, ord("e"), ord("a"))
    if not ((buf[at] == closing).all() and (buf[at + 1] == ord(".")).all() and (at + 2 == ends).all()):
        return None
    # Absolute positions: each value's deltas summed from 0 (as decode_positions does).
    total = np.cumsum(deltas)
    before = total[slot] - deltas[slot]
    return counts, total - np.repeat(before, counts)


class CommonTerms:
    """The postings file's arrays of a segment being written in bulk, a field at a time in the
    order the fields are written; ``arrays()`` None where they could differ from the segment's
    decoded blocks (a positioned field where some postings have no value)."""

    def __init__(self, min_docs: int = MIN_DOCS):
        self.min_docs = min_docs
        self.usable = True
        self._extents: list = []
        self._dfs: list = []
        self._ids: list = []
        self._weights: list = []
        self._counts: list = []
        self._positions: list = []
        self._term_positions: list = []

    def add_field(self, picked: list, docs, weights, values, positioned: bool, every_value: bool) -> None:
        """``picked``: ``(offset, length, start, end)`` of each term of the field written as blocks in
        at least ``min_docs`` documents, in the order written; its postings ``docs[start:end]`` etc."""
        if not picked:
            return
        if positioned and not every_value:
            self.usable = False
        if not self.usable:
            return
        starts = np.fromiter((p[2] for p in picked), np.int64, len(picked))
        ends = np.fromiter((p[3] for p in picked), np.int64, len(picked))
        at = _ranges(starts, ends)
        self._extents.extend((p[0], p[1]) for p in picked)
        self._dfs.append(ends - starts)
        self._ids.append(np.asarray(docs)[at].astype(np.int32))
        self._weights.append(np.asarray(weights)[at].astype(np.float64))
        if positioned:
            taken = operator.itemgetter(*at.tolist())(values) if len(at) > 1 else tuple(values[i] for i in at)
            counts, flat = positions_of(taken)
            within = np.cumsum(ends - starts) - (ends - starts)  # each term's first posting in ``at``
            self._term_positions.append(np.add.reduceat(counts, within))
        else:
            counts, flat = np.zeros(len(at), np.int64), np.zeros(0, np.int64)
            self._term_positions.append(np.zeros(len(picked), np.int64))
        self._counts.append(counts)
        self._positions.append(flat)

    def arrays(self) -> Optional[dict]:
        if not self.usable:
            return None
        dfs = np.concatenate(self._dfs) if self._dfs else np.zeros(0, np.int64)
        per_term = np.concatenate(self._term_positions) if self._term_positions else np.zeros(0, np.int64)
        starts = np.concatenate(([0], np.cumsum(dfs))).tolist()
        term_pos = np.concatenate(([0], np.cumsum(per_term))).tolist()
        # One part a field (build()'s are one a term: joined, the same arrays).
        return arrays_of(self._extents, starts, self._ids, self._weights, self._counts, self._positions, term_pos)
