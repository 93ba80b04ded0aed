"""Sets of sorted segment docnums, and a matcher node's value built from them (union, intersection,
difference, membership): by a mask over the segment's documents where the arrays are dense, else by
binary search. Moved out of ``matching.py`` (which re-exports these names)."""

from __future__ import annotations

from typing import Optional

import numpy as np


# A node's value: (segment docnums ascending, scores, [(term, docnums where the term matched)]).
# Every docnum array here is sorted and below the segment's size, so membership and merging go by
# a mask over the segment's documents where the arrays are not much smaller than it (one pass
# each), else by binary search (``np.searchsorted``), never by np.isin / np.intersect1d /
# np.union1d, which sort (or hash) again.

DENSE = 8  # a mask over the segment's documents where the arrays hold at least 1/DENSE of its size


def _dense(size: Optional[int], *arrays) -> bool:
    return size is not None and DENSE * sum(len(a) for a in arrays) >= size


def _mask(size: int, docs: np.ndarray) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[docs] = True
    return mask


def member(values: np.ndarray, sorted_set: np.ndarray, size: Optional[int] = None) -> np.ndarray:
    """Whether each of ``values`` is in ``sorted_set`` (ascending; duplicates allowed); ``size``:
    a bound on both's values (a segment's documents), for a mask instead of a binary search."""
    if not len(sorted_set) or not len(values):
        return np.zeros(len(values), dtype=bool)
    if _dense(size, values, sorted_set):
        return _mask(size, sorted_set)[values]
    where = np.searchsorted(sorted_set, values)
    where[where == len(sorted_set)] = len(sorted_set) - 1
    return sorted_set[where] == values


def _restrict(terms: list, docs, size: Optional[int] = None) -> list:
    """The terms' documents kept to ``docs`` (what Whoosh's matcher reports as matched there)."""
    if not terms:
        return terms
    if _dense(size, docs, *(found for _, found in terms)):
        mask = _mask(size, docs)
        return [(term, found[mask[found]]) for term, found in terms]
    return [(term, found[member(found, docs)]) for term, found in terms]


def _common(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The values in both of two ascending arrays of distinct values: merged (a stable sort of two
    sorted runs is one merge pass) and the equal neighbours kept."""
    if not len(a) or not len(b):
        return a[:0]
    merged = np.concatenate((a, b))
    merged.sort(kind="stable")
    return merged[1:][merged[1:] == merged[:-1]]


def _merged(arrays: list, size: Optional[int] = None) -> np.ndarray:
    """The distinct values of sorted arrays, ascending."""
    if _dense(size, *arrays):
        mask = np.zeros(size, dtype=bool)
        for array in arrays:
            mask[array] = True
        return np.flatnonzero(mask)
    merged = np.concatenate(arrays)
    merged.sort(kind="stable")  # sorted runs: a merge
    if len(merged) < 2:
        return merged
    return merged[np.concatenate(([True], merged[1:] != merged[:-1]))]


def _union(a: tuple, b: tuple, size: Optional[int] = None) -> tuple:
    docs = _merged([a[0], b[0]], size)
    if _dense(size, docs):
        # By docnum over the segment: the same sums (a's score, then b's added) as by position.
        spread = np.zeros(size, dtype=np.float64)
        spread[a[0]] = a[1]
        spread[b[0]] += b[1]
        return docs, spread[docs], a[2] + b[2]
    scores = np.zeros(len(docs), dtype=np.float64)
    scores[np.searchsorted(docs, a[0])] = a[1]
    scores[np.searchsorted(docs, b[0])] += b[1]
    return docs, scores, a[2] + b[2]


def _positions_in(b_docs: np.ndarray, docs: np.ndarray, size: Optional[int]) -> np.ndarray:
    """Where each of ``docs`` (all in ``b_docs``, both ascending) stands in ``b_docs``."""
    if _dense(size, b_docs, docs):
        where = np.zeros(size, dtype=np.int64)
        where[b_docs] = np.arange(len(b_docs))
        return where[docs]
    return np.searchsorted(b_docs, docs)


def _intersection(a: tuple, b: tuple, size: Optional[int] = None) -> tuple:
    ia = np.flatnonzero(member(a[0], b[0], size))
    docs = a[0][ia]
    ib = _positions_in(b[0], docs, size)
    return docs, a[1][ia] + b[1][ib], _restrict(a[2] + b[2], docs, size)


def _only_in(a: tuple, docs, size: Optional[int] = None) -> tuple:
    keep = member(a[0], docs, size)
    kept = a[0][keep]
    return kept, a[1][keep], _restrict(a[2], kept, size)


def _not_in(a: tuple, docs, size: Optional[int] = None) -> tuple:
    keep = ~member(a[0], docs, size)
    kept = a[0][keep]
    return kept, a[1][keep], _restrict(a[2], kept, size)
