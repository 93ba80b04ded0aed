"""The array matcher's set operations by a mask over the segment's documents (issue #16): where
the arrays are not much smaller than the segment, membership, union, intersection and a phrase's
positions go in one pass each instead of a binary search per element. Both ways give the same
documents and the same scores to the last bit (the sums are made in the same order)."""

from __future__ import annotations

import numpy as np
import pytest

from indexer.fulltext import matching


def _node(rng, size, share, term):
    docs = np.flatnonzero(rng.random(size) < share).astype(np.int64)
    scores = rng.random(len(docs)) * 7.3
    return docs, scores, [(term, docs)]


def _same(a, b):
    assert np.array_equal(a[0], b[0]) and a[0].dtype == b[0].dtype
    assert np.array_equal(a[1], b[1])  # exactly: the same additions in the same order
    assert [t for t, _ in a[2]] == [t for t, _ in b[2]]
    assert all(np.array_equal(x, y) for (_, x), (_, y) in zip(a[2], b[2]))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("shares", [(0.5, 0.3), (0.01, 0.6), (0.2, 0.002), (0.0, 0.4)])
def test_dense_and_sparse_agree(seed, shares):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(50, 5000))
    a, b = _node(rng, size, shares[0], ("body", "a")), _node(rng, size, shares[1], ("title", "b"))
    assert matching._dense(size, a[0], b[0]) or shares[0] < 0.1  # the dense way is taken where it should be
    for dense, sparse in [
        (matching._union(a, b, size), matching._union(a, b)),
        (matching._intersection(a, b, size), matching._intersection(a, b)),
        (matching._only_in(a, b[0], size), matching._only_in(a, b[0])),
        (matching._not_in(a, b[0], size), matching._not_in(a, b[0])),
    ]:
        _same(dense, sparse)
    assert np.array_equal(matching.member(a[0], b[0], size), matching.member(a[0], b[0]))
    assert np.array_equal(matching._merged([a[0], b[0]], size), matching._merged([a[0], b[0]]))
    assert np.array_equal(matching._positions_in(a[0], a[0][::3], size), np.arange(len(a[0]))[::3])


def test_common_values_of_two_sorted_arrays():
    rng = np.random.default_rng(7)
    for _ in range(20):
        a = np.unique(rng.integers(0, 1 << 40, int(rng.integers(0, 3000))))
        b = np.unique(np.concatenate([rng.choice(a, min(len(a), 50)) if len(a) else a,
                                      rng.integers(0, 1 << 40, int(rng.integers(0, 3000)))]))
        assert np.array_equal(matching._common(a, b), a[matching.member(a, b)])
