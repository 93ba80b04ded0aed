"""Multi-valued facets (tags, entities, event months) counted over a search's hits by
``joined_arrays.Pairs`` in time that grows with the hits (issue #16): both ways (the hits' runs
gathered, or each value's documents summed) give exactly what a mask over every pair gave."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.fulltext.joined_arrays import Pairs
from indexer.fulltext.segment_arrays import count_values


def _by_mask(size, doc, value, docnums) -> dict:
    hit = np.zeros(size, dtype=bool)
    hit[docnums] = True
    return count_values(value[hit[doc]])


@pytest.mark.parametrize("seed", range(6))
def test_counts_as_a_mask_over_every_pair(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(1, 3000))
    pairs = int(rng.integers(0, 4 * size))
    doc = rng.integers(0, size, pairs).astype(np.int32)  # unsorted, repeated pairs, documents without any
    value = rng.integers(-1, int(rng.integers(1, 400)), pairs).astype(np.int32)  # -1: no value
    counted = Pairs(size, doc, value)
    for share in (0.0005, 0.01, 0.1, 0.5, 1.0):
        docnums = np.flatnonzero(rng.random(size) < share).astype(np.int64)
        expected = _by_mask(size, doc, value, docnums)
        assert counted.count(docnums) == expected
        for gather in (0.0, 2.0):  # each way forced
            counted.GATHER_SHARE = gather
            assert counted.count(docnums) == expected
        del counted.GATHER_SHARE


def test_a_few_hits_read_only_their_own_pairs():
    size = 1_000
    doc = np.repeat(np.arange(size, dtype=np.int32), 3)
    value = (np.arange(3 * size) % 7).astype(np.int32)
    counted = Pairs(size, doc, value)
    counted.doc_by_value = None  # the by-value way would fail: a few hits never take it
    assert counted.count(np.array([5, 6], dtype=np.int64)) == count_values(value[15:21])
    assert counted.count(np.zeros(0, dtype=np.int64)) == {}


def test_values_over_a_wide_range_and_pairs_by_document():
    """Codes beyond 16 bits (no radix sort) and pairs already by document (no sort at all)."""
    rng = np.random.default_rng(11)
    size = 2_000
    doc = np.sort(rng.integers(0, size, 6_000)).astype(np.int32)
    value = rng.integers(-1, 300_000, 6_000).astype(np.int32)
    counted = Pairs(size, doc, value)
    for share in (0.01, 0.3, 0.9):
        docnums = np.flatnonzero(rng.random(size) < share).astype(np.int64)
        assert counted.count(docnums) == _by_mask(size, doc, value, docnums)
