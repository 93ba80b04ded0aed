"""The first search's facet and entity arrays read by whole-table scans (issue #16,
``segment_arrays.facets_of_all``, ``entity_arrays.entities_of_all``) equal those read by one
lookup an id (``Store.facet_rows``, ``Store.entity_rows``), on a real archive.

The sample is imported into the test's folder; its segment's ids are given as three "segments":
the segment as it is, a shuffled half of it with ids repeated (an article deleted in one segment
and written again in another stands in both) and ids the database lacks, and an empty one.
Every array is compared as the set of its (docnum, value) pairs: the scans read rows in another
order, which no count depends on."""

from __future__ import annotations

import random

import numpy as np
import pytest


@pytest.fixture(scope="module")
def archive(sample_db):
    return sample_db  # conftest's sample, imported once a session; only read here


@pytest.fixture(scope="module")
def id_lists(archive):
    from datasette_plugins.archive_db import index_for_path

    index = index_for_path(archive)
    searcher = index._searcher()
    ids = [one for reader, _ in searcher.reader().leaf_readers() for one in index._columns.values(reader, "id")]
    assert len(ids) > 20
    rng = random.Random(16)
    second = rng.sample(ids, len(ids) // 2) + ids[:5] + ["no-such-article", "zzzz"]
    rng.shuffle(second)
    return [ids, second, []]


def _pairs(doc, *values):
    return sorted(zip(doc.tolist(), *(v.tolist() for v in values)))


def test_facets_read_whole_equal_facets_read_by_id(archive, id_lists):
    from indexer.fulltext.segment_arrays import ColumnArrays, facets_of_all
    from indexer.store import read_only

    store = read_only(archive)()
    whole = facets_of_all(id_lists, store)
    assert len(whole) == len(id_lists)
    tagged = 0
    for ids, got in zip(id_lists, whole):
        class Reader:  # the per-id path keys its arrays by segment: a fresh one a list
            def segment(self):
                return self

            def segment_id(self):
                return id(ids)

        expected = ColumnArrays().facets(Reader(), ids, store.facet_rows)
        for name in ("outlet", "year", "month"):
            assert np.array_equal(getattr(got, name), getattr(expected, name)), name
        assert _pairs(got.tag_doc, got.tag_id) == _pairs(expected.tag_doc, expected.tag_id)
        tagged += len(got.tag_doc)
        assert got.tag_doc.dtype == expected.tag_doc.dtype and got.outlet.dtype == expected.outlet.dtype
    assert tagged and (whole[0].year >= 0).any() and (whole[1].outlet == -1).any()  # the absent ids


def test_entities_read_whole_equal_entities_read_by_id(archive, id_lists):
    from indexer.fulltext.entity_arrays import EntityCodes, _from_rows, entities_of_all
    from indexer.store import read_only

    store = read_only(archive)()
    codes = EntityCodes()
    whole = entities_of_all(id_lists, store, codes, version=7)
    linked = 0
    for ids, got in zip(id_lists, whole):
        expected = _from_rows(7, codes, *store.entity_rows(ids))
        assert got.version == 7
        assert _pairs(got.link_doc, got.link_entity, got.link_kind) == \
            _pairs(expected.link_doc, expected.link_entity, expected.link_kind)
        assert _pairs(got.event_doc, got.event_month) == _pairs(expected.event_doc, expected.event_month)
        linked += len(got.link_doc)
    assert linked and set(whole[0].link_kind.tolist()) >= {0, 1}
