"""The per-segment facet arrays joined along the searcher's docnums, so a search's facet counts are
one ``np.bincount`` per facet over its hits instead of one per segment and facet, each turned
into a dict and merged (14 segments at 100,000 articles: most of the counting's time went on
the segments' small arrays and dicts, not on counting).

:class:`JoinedFacets` holds, for one set of segments (the searcher's, in docnum order): outlet,
year and month by docnum, the (docnum, tag) pairs, whether a document has a tag, and its story
as a dense code. :class:`JoinedEntities` the same for places, organisations and event months,
at one version of the store's entities. Both are built from the per-segment arrays
(``segment_arrays``, ``entity_arrays``: read from SQLite once per segment) by concatenation,
again whenever the searcher's segments or the entities' version change; a new segment costs its
own rows only. They hold ~4 bytes a document and single facet value, 12 a pair of a
multi-valued one and 4 a document for each of those (:class:`Pairs`), and ~8 for the id (~90
MB at a million articles with 2.2 tags, 3 entity links and 1.3 event dates each, estimated)
beside the per-segment ones.

Values a document may have several of (tags, entities, event months) are held as
:class:`Pairs` and counted in time that grows with the hits, not with the index: a search with
few hits gathers its documents' runs of values (the pairs sorted by document); one with many
sums, value by value, whether each of its documents is a hit (the pairs sorted by value), with
no compress of a mask over every pair (at 1,000,000 articles, three million entity links: the
mask and its compress were ~12 ms a search whatever the hits).

The counts are the per-segment ones exactly (``tests/test_search_arrays.py``,
``tests/test_entity_arrays.py`` compare them with SQL over the hit ids); only the order of a
count dict's keys may differ (ascending here), which no caller reads.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional

import numpy as np

from indexer.fulltext.segment_arrays import count_values, month_text


def segments_key(segments: list) -> Optional[tuple]:
    """The segments' identity, or None when their docnums are not one run from 0 (then the
    caller counts segment by segment)."""
    key, expected = [], 0
    if not segments:
        return None
    for reader, offset, count in segments:
        if offset != expected:
            return None
        key.append((reader.segment().segment_id(), offset, count))
        expected = offset + count
    return tuple(key)


def _hit_mask(size: int, docnums: np.ndarray) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[docnums] = True
    return mask


class Pairs:
    """(document, value) pairs of a set of segments (int32 values, -1 for none), counted over a
    search's hits: ``{value or None: hits' pairs with it}``, as ``count_values`` over the pairs
    of hit documents gives it."""

    GATHER_SHARE = 0.1  # gather the hits' runs while they hold less than this share of the pairs (the crossover measured)

    def __init__(self, size: int, doc: np.ndarray, value: np.ndarray):
        # Built again at the first search after every change of the segments (a commit), so by
        # counting where it can: the pairs come by document already (segment by segment), and
        # the values (codes, tag ids, months) span a small range.
        if len(doc) > 1 and not (doc[1:] >= doc[:-1]).all():
            order = np.argsort(doc, kind="stable")
            doc, value = doc[order], value[order]
        self.size = size
        self.count_pairs = len(doc)
        self.value_by_doc = value.astype(np.int32)
        starts = np.zeros(size + 1, dtype=np.int64)  # a document's run: its pairs counted, summed
        np.cumsum(np.bincount(doc, minlength=size), out=starts[1:])
        self.doc_start = starts.astype(np.int32)
        low = int(value.min()) if len(value) else 0
        shifted = (value.astype(np.int64) - low) if len(value) else value.astype(np.int64)
        span = int(shifted.max()) + 1 if len(value) else 0
        # A stable sort of 16-bit keys is numpy's radix sort (one pass a byte), else timsort.
        by_value = np.argsort(shifted.astype(np.uint16) if span <= 1 << 16 else shifted, kind="stable")
        # As np.intp: a gather by int32 indexes converts them first (4.0 against 2.9 ms for 3M pairs).
        self.doc_by_value = doc[by_value].astype(np.intp)
        counts = np.bincount(shifted, minlength=span) if len(value) else np.zeros(0, dtype=np.int64)
        present = np.flatnonzero(counts)
        self.keys = (present + low).astype(np.int64)  # the distinct values, ascending
        self.value_start = (np.cumsum(counts) - counts)[present].astype(np.int64)  # each value's run in doc_by_value

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.value_by_doc, self.doc_start, self.doc_by_value, self.keys, self.value_start))

    def count(self, docnums: np.ndarray, hit: Optional[Callable] = None) -> dict:
        """Counts over the pairs of ``docnums`` (ascending, distinct); ``hit()``: their mask over
        every document (made once by the caller when several counts need it)."""
        if not len(docnums) or not self.count_pairs:
            return {}
        first = self.doc_start[docnums].astype(np.int64)
        lengths = self.doc_start[docnums + 1] - first
        total = int(lengths.sum())
        if not total:
            return {}
        if total < self.GATHER_SHARE * self.count_pairs:
            # Each hit's run of pairs, by index: run start + place within the run.
            ends = np.cumsum(lengths)
            where = np.arange(total, dtype=np.int64) + np.repeat(first - (ends - lengths), lengths)
            return count_values(self.value_by_doc[where])
        mask = hit() if hit is not None else _hit_mask(self.size, docnums)
        # Summed as bytes into int32 (a value's pairs are fewer than 2**31): 0.5 against 1.3 ms for 3M.
        counts = np.add.reduceat(mask.take(self.doc_by_value).view(np.uint8), self.value_start, dtype=np.int32)
        found = np.flatnonzero(counts)
        return {(None if k == -1 else int(k)): int(n)
                for k, n in zip(self.keys[found].tolist(), counts[found].tolist())}


class _Mask:
    """A search's hit mask over every document, made at most once."""

    def __init__(self, size: int, docnums: np.ndarray):
        self.size, self.docnums, self.mask = size, docnums, None

    def __call__(self) -> np.ndarray:
        if self.mask is None:
            self.mask = _hit_mask(self.size, self.docnums)
        return self.mask


class JoinedFacets:
    """Outlet, year, month, tags and stories of every document of a set of segments."""

    def __init__(self, key: tuple, size: int, parts: list):
        """``parts``: ``[(offset, SegmentFacets, story hash codes)]`` in docnum order."""
        self.key = key
        self.size = size
        self.outlet = np.concatenate([p[1].outlet for p in parts])
        self.year = np.concatenate([p[1].year for p in parts])
        self.month = np.concatenate([p[1].month for p in parts])
        tag_doc = np.concatenate([p[1].tag_doc.astype(np.int32) + np.int32(p[0]) for p in parts])
        self.tags = Pairs(size, tag_doc, np.concatenate([p[1].tag_id for p in parts]))
        self.has_tag = _hit_mask(size, tag_doc)
        # The story hashes as dense codes: distinct stories counted by a mask, not a sort.
        _, story = np.unique(np.concatenate([p[2] for p in parts]), return_inverse=True)
        self.story = story.astype(np.int32)
        self.stories = int(self.story.max()) + 1 if size else 0

    def count(self, docnums: np.ndarray) -> dict:
        """What ``ArraySearch.facet_counts`` answers, for global ``docnums`` (ascending)."""
        seen = np.zeros(self.stories, dtype=bool)
        seen[self.story[docnums]] = True
        months = count_values(self.month[docnums])
        return {"outlet": count_values(self.outlet[docnums]), "year": count_values(self.year[docnums]),
                "month": {(None if m is None else month_text(m)): n for m, n in months.items()},
                "tag": self.tags.count(docnums),
                "no_tags": int(len(docnums) - np.count_nonzero(self.has_tag[docnums])),
                "stories": int(np.count_nonzero(seen))}


class JoinedEntities:
    """Entity links and event months of every document of a set of segments, at one version."""

    def __init__(self, key: tuple, version: int, size: int, parts: list):
        """``parts``: ``[(offset, SegmentEntities)]`` in docnum order."""
        from indexer.fulltext.entity_arrays import KINDS

        self.key, self.version, self.size = key, version, size
        link_doc = np.concatenate([p[1].link_doc.astype(np.int32) + np.int32(p[0]) for p in parts])
        link_kind = np.concatenate([p[1].link_kind for p in parts])
        self.links = Pairs(size, link_doc, np.concatenate([p[1].link_entity for p in parts]))
        self.has_place = _hit_mask(size, link_doc[link_kind == KINDS["place"]])
        self.has_organisation = _hit_mask(size, link_doc[link_kind == KINDS["organisation"]])
        self.events = Pairs(size, np.concatenate([p[1].event_doc.astype(np.int32) + np.int32(p[0]) for p in parts]),
                            np.concatenate([p[1].event_month for p in parts]))

    def count(self, docnums: np.ndarray, entity_ids: list) -> dict:
        """What ``entity_arrays.count_entities`` answers; ``entity_ids``: the codes' ids."""
        hit = _Mask(self.size, docnums)
        entities = self.links.count(docnums, hit)
        months = self.events.count(docnums, hit)
        return {"entity": {entity_ids[code]: n for code, n in entities.items()},
                "no_place": int(len(docnums) - np.count_nonzero(self.has_place[docnums])),
                "no_organisation": int(len(docnums) - np.count_nonzero(self.has_organisation[docnums])),
                "event_month": {month_text(m): n for m, n in months.items() if m is not None}}


class Joined:
    """The joined arrays an index keeps: those of the last ``KEEP`` sets of segments searched
    (threads' searchers may differ for a moment after a commit; older sets are dropped)."""

    KEEP = 2

    def __init__(self):
        self._kept: dict = {}  # (what, segments key[, version]) -> arrays, oldest first
        self._lock = threading.Lock()

    def _get(self, key: tuple, make: Callable):
        found = self._kept.get(key)
        if found is None:
            found = make()
            with self._lock:
                self._kept[key] = found
                for old in [k for k in self._kept if k[0] == key[0]][:-self.KEEP]:
                    del self._kept[old]
        return found

    def ids(self, segments: list, key: tuple, column_values: Callable) -> np.ndarray:
        """Every document's article id by docnum (an object array: a page's ids by one take)."""
        def make():
            made = np.empty(key[-1][1] + key[-1][2], dtype=object)
            made[:] = [one for reader, _, _ in segments for one in column_values(reader, "id")]
            return made

        return self._get(("ids", key), make)

    def facets(self, segments: list, key: tuple, columns, column_values: Callable, loader: Callable) -> JoinedFacets:
        def make():
            parts = []
            for reader, offset, count in segments:
                ids = column_values(reader, "id")
                parts.append((offset, columns.facets(reader, ids, loader),
                              columns.story_codes(reader, column_values(reader, "story"), ids)))
            return JoinedFacets(key, key[-1][1] + key[-1][2], parts)

        return self._get(("facets", key), make)

    def entities(self, segments: list, key: tuple, version: int, segment_entities: Callable) -> JoinedEntities:
        """``segment_entities(reader)``: a segment's ``SegmentEntities`` at ``version``."""
        def make():
            parts = [(offset, segment_entities(reader)) for reader, offset, _ in segments]
            return JoinedEntities(key, version, key[-1][1] + key[-1][2], parts)

        return self._get(("entities", key, version), make)
