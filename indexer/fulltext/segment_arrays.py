"""Per-segment columns as numpy arrays: field lengths, numeric columns, story codes, and the
search page's facet values (outlet, year, month, tags) looked up once per segment.

A Whoosh segment never changes once written (deletions are kept beside it), so anything derived
from its documents stays true for as long as the segment exists: read whole once, kept, and
dropped when a merge retires the segment (:meth:`ColumnArrays.keep_only`).

The facet values live in SQLite, not in the index: :meth:`ColumnArrays.facets` asks a loader
(given by the caller, who owns the database connection) for the rows of the segment's article
ids once, and keeps them as arrays aligned with the segment's docnums. What they hold changes
only with a new Whoosh document (an article re-imported with other metadata is deleted from its
old segment and written to a new one), so they are kept as long as the segment. Counting the
facets of a search is then ``np.bincount`` over the hits' rows.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from whoosh.util.numeric import byte_to_length

# Whoosh's length byte decoded (0: an empty field; Whoosh's scorer never sees it for a match).
_LENGTHS = np.array([1.0] + [float(byte_to_length(b)) for b in range(1, 256)], dtype=np.float64)


def _fixed_column(column, count: int, dtype: str) -> np.ndarray:
    """A Whoosh fixed-width column (big-endian) as a native array, padded with its default."""
    raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
    values = np.frombuffer(raw, dtype=dtype).astype(np.dtype(dtype).newbyteorder("="))
    if len(values) < count:
        values = np.concatenate([values, np.full(count - len(values), column._default, dtype=values.dtype)])
    return values


@dataclass
class SegmentFacets:
    """A segment's facet values by segment docnum: ``outlet``, ``year``, ``month`` (YYYYMM) as
    int32 with -1 for none; ``tag_doc``/``tag_id`` one pair per (article, tag)."""

    outlet: np.ndarray
    year: np.ndarray
    month: np.ndarray
    tag_doc: np.ndarray
    tag_id: np.ndarray

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.outlet, self.year, self.month, self.tag_doc, self.tag_id))


class ColumnArrays:
    """Whole columns of an index's segments as arrays, read once per segment and kept."""

    def __init__(self):
        self._kept: dict = {}  # (segment id, what) -> array
        self._lock = threading.Lock()

    def kept(self, segment_id: str, what: str):
        """The arrays held for ``(segment_id, what)``, or None."""
        return self._kept.get((segment_id, what))

    def keep(self, segment_id: str, what: str, arrays) -> None:
        """Hold ``arrays`` for ``(segment_id, what)`` (read elsewhere: a file or a whole-table scan)."""
        with self._lock:
            self._kept[(segment_id, what)] = arrays

    def _get(self, key, make):
        found = self._kept.get(key)
        if found is None:
            found = make()
            with self._lock:
                self._kept[key] = found
        return found

    def lengths(self, reader, fieldname: str) -> np.ndarray:
        """The field's length in each document of the segment (float64, Whoosh's decoded byte)."""
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        def make():
            count = reader.doc_count_all()
            column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                return np.ones(count, dtype=np.float64)
            return _LENGTHS[_fixed_column(column, count, "u1")]

        return self._get((reader.segment().segment_id(), "length:" + fieldname), make)

    def numeric(self, reader, fieldname: str) -> np.ndarray:
        """A sortable numeric field's column (``newest``, ``oldest``) as an int64 array of its
        values (Whoosh stores them shifted to unsigned: decoded once per distinct value)."""
        from whoosh.columns import NumericColumn

        def make():
            column = reader.column_reader(fieldname, translate=False)
            if not isinstance(column, NumericColumn.Reader):
                raise TypeError(f"{fieldname} is not a numeric column")
            stored = _fixed_column(column, reader.doc_count_all(), ">" + column._typecode)
            distinct, where = np.unique(stored, return_inverse=True)
            decode = reader.schema[fieldname].from_column_value
            return np.asarray([decode(int(v)) for v in distinct], dtype=np.int64)[where]

        return self._get((reader.segment().segment_id(), "numeric:" + fieldname), make)

    def story_codes(self, reader, stories: list, ids: list) -> np.ndarray:
        """Each document's story (the first copy's id, else its own) as a 64-bit hash of its
        text: the same in every segment, 8 bytes a document instead of a table of every story's
        text (~100 MB at 1M articles). Two stories sharing a hash would count as one: at a
        million stories, about one chance in 30 million."""

        def make():
            return np.fromiter((hash(story or own) for story, own in zip(stories, ids)), dtype=np.int64,
                               count=len(ids))

        return self._get((reader.segment().segment_id(), "story"), make)

    def facets(self, reader, ids: list, loader: Callable[[list], tuple]) -> SegmentFacets:
        """The segment's facet values; ``loader(ids)`` returns ``(rows, tag_rows)``: ``rows`` of
        ``(position, outlet, year, month text)`` and ``tag_rows`` of ``(position, tag id)``, where
        position indexes ``ids`` (the segment's article ids by docnum)."""

        def make():
            count = len(ids)
            outlet = np.full(count, -1, dtype=np.int32)
            year = np.full(count, -1, dtype=np.int32)
            month = np.full(count, -1, dtype=np.int32)
            found = loader(ids)
            if isinstance(found, SegmentFacets):  # read whole by facets_of_all
                return found
            rows, tag_rows = found
            if rows:
                where = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
                outlet[where] = [-1 if r[1] is None else r[1] for r in rows]
                year[where] = [-1 if r[2] is None else r[2] for r in rows]
                month[where] = [_month_code(r[3]) for r in rows]
            tag_doc = np.fromiter((r[0] for r in tag_rows), dtype=np.int32, count=len(tag_rows))
            tag_id = np.fromiter((r[1] for r in tag_rows), dtype=np.int32, count=len(tag_rows))
            return SegmentFacets(outlet, year, month, tag_doc, tag_id)

        return self._get((reader.segment().segment_id(), "facets"), make)

    def keep_only(self, segment_ids: set) -> None:
        """Forget the arrays of segments no longer in the index (merged away)."""
        with self._lock:
            for key in [key for key in self._kept if key[0] not in segment_ids]:
                del self._kept[key]

    @property
    def nbytes(self) -> int:
        return sum(getattr(v, "nbytes", 0) for v in self._kept.values())


BULK_SHARE = 0.125  # read whole tables when the segments lacking arrays hold at least this share of documents
SCAN_CHUNK = 100_000  # rows fetched from a table scan at a time (the Python rows of one chunk live at once)


class IdAligner:
    """Article ids of several segments (``id_lists``, each by docnum) sorted once, so the rows of a
    whole-table scan find their segment and docnum by ``np.searchsorted`` instead of one indexed
    lookup an id. An id may stand in several segments (deleted in one, written again in another):
    a row then goes to each of them, as the per-segment lookups gave it."""

    def __init__(self, id_lists: list):
        self.sizes = [len(ids) for ids in id_lists]
        self.starts = np.concatenate([[0], np.cumsum(self.sizes)]).astype(np.int64)
        every = np.array([one for ids in id_lists for one in ids], dtype=str)
        self.order = np.argsort(every, kind="stable")
        self.sorted = every[self.order]

    def match(self, keys: list) -> tuple:
        """``(rows, positions)``: for every id of ``keys`` (a scan's chunk) found, its index in
        ``keys`` and its position among every segment's documents (one pair per segment holding it)."""
        if not len(keys) or not len(self.sorted):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        keys = np.array(keys, dtype=str)
        left = np.searchsorted(self.sorted, keys, side="left")
        right = np.searchsorted(self.sorted, keys, side="right")
        many = right - left
        rows = np.repeat(np.arange(len(keys)), many)
        first = np.repeat(left, many)
        within = np.arange(len(rows)) - np.repeat(np.cumsum(many) - many, many)
        return rows, self.order[first + within]

    def split(self, positions: np.ndarray, *values: np.ndarray) -> list:
        """Per segment, ``(docnums, *values)`` of the pairs whose position falls in it."""
        by = np.argsort(positions, kind="stable")
        positions = positions[by]
        values = [v[by] for v in values]
        bounds = np.searchsorted(positions, self.starts)
        return [(positions[lo:hi] - start, *(v[lo:hi] for v in values))
                for start, lo, hi in zip(self.starts[:-1], bounds[:-1], bounds[1:])]


def _coded(values, code: Callable, cache: dict) -> np.ndarray:
    """``code(value)`` of every value as int32, each distinct value coded once."""
    for value in set(values).difference(cache):
        cache[value] = code(value)
    return np.fromiter(map(cache.__getitem__, values), dtype=np.int32, count=len(values))


def facets_of_all(id_lists: list, store) -> list:
    """The :class:`SegmentFacets` of several segments (``id_lists``: each one's article ids by
    docnum) from one scan of the store's facet columns and tags (``Store.scan_facet_rows``,
    ``scan_tag_rows``): the same arrays as ``facets`` with ``Store.facet_rows``, but SQLite reads
    each table once in its own order instead of one lookup an id (the first search after start)."""
    aligner = IdAligner(id_lists)
    total = int(aligner.starts[-1])
    outlet = np.full(total, -1, dtype=np.int32)
    year = np.full(total, -1, dtype=np.int32)
    month = np.full(total, -1, dtype=np.int32)
    months: dict = {}
    for rows in store.scan_facet_rows(SCAN_CHUNK):
        ids, outlets, years, month_texts = zip(*rows)
        at, where = aligner.match(ids)
        outlet[where] = np.fromiter(outlets, dtype=np.int32, count=len(rows))[at]
        year[where] = np.fromiter(years, dtype=np.int32, count=len(rows))[at]
        month[where] = _coded(month_texts, _month_code, months)[at]
    tag_at, tag_ids = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int32)]
    for rows in store.scan_tag_rows(SCAN_CHUNK):
        ids, tags = zip(*rows)
        at, where = aligner.match(ids)
        tag_at.append(where)
        tag_ids.append(np.fromiter(tags, dtype=np.int32, count=len(rows))[at])
    tags = aligner.split(np.concatenate(tag_at), np.concatenate(tag_ids))
    made = []
    for (start, end), (tag_doc, tag_id) in zip(zip(aligner.starts[:-1], aligner.starts[1:]), tags):
        made.append(SegmentFacets(outlet[start:end].copy(), year[start:end].copy(), month[start:end].copy(),
                                  tag_doc.astype(np.int32), tag_id.astype(np.int32)))
    return made


def _month_code(month) -> int:
    if not month:
        return -1
    try:
        return int(str(month)[:4]) * 100 + int(str(month)[5:7])
    except ValueError:
        return -1


def month_text(code: int) -> str:
    return f"{code // 100:04d}-{code % 100:02d}"


def count_values(values: np.ndarray) -> dict:
    """``{value: count}`` of an int array, -1 (no value) included as ``None``: ``np.bincount``
    over the values' range (small for outlets, years, months and tags), else ``np.unique``."""
    if not len(values):
        return {}
    low, high = int(values.min()), int(values.max())
    if high - low <= 4 * len(values) + 4096:
        counts = np.bincount((values - low).astype(np.int64))
        found = np.flatnonzero(counts)
        keys, numbers = found + low, counts[found]
    else:
        keys, numbers = np.unique(values, return_counts=True)
    return {(None if k == -1 else int(k)): int(n) for k, n in zip(keys.tolist(), numbers.tolist())}
