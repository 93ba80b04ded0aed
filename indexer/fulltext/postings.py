"""A term's Whoosh (W3) postings in one segment as numpy arrays, decoded once and kept.

What the W3 codec writes for a term with postings of its own (``whoosh/codec/whoosh3.py``,
``W3PostingsWriter``): the magic ``W3Bl``, then blocks of at most 128 postings, each a big-endian
int (the block's byte length, negative on the last block), a pickled header ``(count, last id,
max weight, compression, min length byte, max length byte)`` and the zlib'd pickle of ``(delta
ids, weights, values)``, where weights are ``None`` when all 1.0 and one float when all equal.
A term in a few documents is inlined in the term table instead (Whoosh gives it a ListMatcher).

:func:`decode_extent` reads the whole extent in one read and decodes every block; the doc ids
come out as one ``cumsum``. Values (the encoded positions of text fields) are kept only when asked:
only phrases need them, and :func:`positions` turns them into flat arrays (posting index, position)
that phrase matching compares with ``np.isin``.

:class:`PostingsCache` keeps decoded terms by (segment, field, term) under a byte budget, least
recently used first out; a segment never changes once written, so what is kept stays true for as
long as the segment exists.
"""

from __future__ import annotations

import io
import pickle
import struct
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from itertools import chain
from typing import Optional

import numpy as np

MAGIC = b"W3Bl"
_INT = struct.Struct("!i")
CACHE_BYTES = 96 * 1024 * 1024  # decoded postings kept per index (the common words of the query mix fit)


@dataclass
class Postings:
    """One term's postings in one segment: ``ids`` (segment docnums, ascending, int32),
    ``weights`` (float64: the term's frequency times the field's index-time boost) and, when
    decoded with values, ``values`` (a list of the encoded positions, one bytes per posting)."""

    ids: np.ndarray
    weights: np.ndarray
    values: Optional[list] = None
    _positions: Optional[tuple] = None

    @property
    def nbytes(self) -> int:
        size = self.ids.nbytes + self.weights.nbytes
        if self.values is not None:
            size += sum(len(v) for v in self.values) + 40 * len(self.values)
        if self._positions is not None:
            size += sum(a.nbytes for a in self._positions)
        return size


EMPTY = Postings(np.zeros(0, np.int32), np.zeros(0, np.float64), [])


def decode_extent(data: bytes, want_values: bool) -> Postings:
    """The postings of one term from its extent in the postings file (magic, then the blocks)."""
    if data[:4] != MAGIC:
        raise ValueError(f"not W3 postings (magic {data[:4]!r})")
    deltas: list = []
    weights: list = []
    values: Optional[list] = [] if want_values else None
    stream = io.BytesIO(data)
    position, end = 4, len(data)
    last_id = 0
    loads = pickle.loads
    while position < end:
        (length,) = _INT.unpack_from(data, position)
        last = length < 0
        length = -length if last else length
        stream.seek(position + 4)
        count, block_last, _maxweight, compression, _minlen, _maxlen = pickle.load(stream)
        start = stream.tell()
        block = data[start:position + 4 + length]
        if compression:
            block = zlib.decompress(block)
        ids, block_weights, block_values = loads(block)
        first = len(deltas)
        deltas.extend(ids)
        deltas[first] -= last_id  # each block's first id is absolute: make it a delta on the block before
        last_id = block_last
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights)
        if values is not None:
            if block_values is None:
                values.extend([b""] * count)
            elif isinstance(block_values, bytes):  # fixed-size values joined: not for text fields
                size = len(block_values) // count
                values.extend(block_values[i:i + size] for i in range(0, len(block_values), size))
            else:
                values.extend(block_values)
        position += 4 + length
        if last:
            break
    ids_array = np.cumsum(np.asarray(deltas, dtype=np.int64)).astype(np.int32)
    return Postings(ids_array, np.asarray(weights, dtype=np.float64), values)


def from_lists(ids, weights, values, want_values: bool) -> Postings:
    """Inlined postings (a ListMatcher's ids, weights and values) as arrays."""
    ids_array = np.asarray(list(ids), dtype=np.int32)
    if weights is None:
        weights_array = np.ones(len(ids_array), dtype=np.float64)
    else:
        weights_array = np.asarray(list(weights), dtype=np.float64)
    return Postings(ids_array, weights_array, list(values) if want_values and values is not None else None)


def _one_by_one(values: list) -> list:
    loads = pickle.loads
    lists = []
    for value in values:
        body = value[4:]
        if not body:
            lists.append([])
            continue
        if not body.endswith(b"."):
            body += b"."
        lists.append(loads(body))
    return lists


def decode_positions(values: list) -> tuple:
    """``(counts, positions)`` of W3 ``Positions`` values (a 4-byte count, then the pickled list
    of position deltas): each value's number of positions and all the positions, absolute, in
    one int64 array. (One ``pickle.loads`` a value: joining them into one pickle was tried and
    cost the same, the lists' objects being most of it.)"""
    lists = _one_by_one(values)
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    if len(flat):
        # Each value's deltas restart from 0: a cumulative sum with the previous values' totals taken off.
        total = np.cumsum(flat)
        ends = np.cumsum(counts)
        previous = ends[:-1]
        before = np.concatenate(([0], np.where(previous > 0, total[np.maximum(previous - 1, 0)], 0)))
        flat = total - np.repeat(before, counts)
    return counts, flat


def positions(postings: Postings) -> tuple:
    """``(posting index, position)`` of every position of every posting, as two flat int32 arrays."""
    if postings._positions is not None:
        return postings._positions
    if postings.values is None:
        raise ValueError("postings decoded without values")
    counts, flat = decode_positions(postings.values)
    owner = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
    # Kept as two int32 arrays (8 bytes a position); the encoded values are no longer needed.
    postings._positions = (owner, flat.astype(np.int32))
    postings.values = None
    return postings._positions


class PostingsCache:
    """Decoded postings by ``(segment id, field, term bytes)``, at most ``budget`` bytes, LRU."""

    def __init__(self, budget: int = CACHE_BYTES):
        self.budget = budget
        self._items: OrderedDict = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key, want_values: bool) -> Optional[Postings]:
        with self._lock:
            found = self._items.get(key)
            if found is None or (want_values and found.values is None and found._positions is None):
                return None
            self._items.move_to_end(key)
            return found

    def put(self, key, postings: Postings) -> None:
        size = postings.nbytes
        if size > self.budget // 4:  # one huge term would push everything else out: not kept
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= old.nbytes
            self._items[key] = postings
            self._size += size
            while self._size > self.budget and self._items:
                _, dropped = self._items.popitem(last=False)
                self._size -= dropped.nbytes

    def grew(self, key, before: int, postings: Postings) -> None:
        """Account for positions decoded into a kept entry after it was put."""
        with self._lock:
            if self._items.get(key) is postings:
                self._size += postings.nbytes - before
                while self._size > self.budget and self._items:
                    _, dropped = self._items.popitem(last=False)
                    self._size -= dropped.nbytes

    def keep_only(self, segment_ids: set) -> None:
        with self._lock:
            for key in [key for key in self._items if key[0] not in segment_ids]:
                self._size -= self._items.pop(key).nbytes

    @property
    def size(self) -> int:
        return self._size

    def __len__(self) -> int:
        return len(self._items)
