"""A search across shards searches sound-alikes as one index does (indexer/fulltext/federated.py
SHARD_SEARCH_OPTIONS): each shard adds those its own vocabulary holds, in its statistics and its
search alike. Two real Whoosh shards against one index holding the same reports (written for this test)."""

import tempfile
from pathlib import Path

from archive import search_data

REPORTS = [
    ("a", "Guards at Ghuwayran prison", "Guards at Ghuwayran prison in Hasakah moved detainees."),
    ("b", "Guweiran prison visit", "Families waited outside Guweiran prison for news."),
    ("c", "Market prices", "Bread prices rose in the city market this week."),
    ("d", "Ghwayran prison", "A riot at Ghwayran prison was put down after two days."),
    ("e", "School year", "Schools reopened with new books for the pupils."),
]


def _build(path: Path, cls, reports):
    index = cls(path)
    index.create()
    with index.writer() as writer:
        for key, title, body in reports:
            writer.upsert({"id": key, "title": title, "body": body, "published": "2024-01-01"})
    return index


def test_shards_find_sound_alikes_as_one_index_does():
    from indexer.fulltext import FullTextIndex
    from indexer.fulltext.federated import ShardIndex, Statistics

    search_data.provide()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        one = _build(folder / "one", FullTextIndex, REPORTS)
        shards = [_build(folder / "s0", ShardIndex, REPORTS[:2]), _build(folder / "s1", ShardIndex, REPORTS[2:])]
        for query in ('"Ghuwayrn prison"', "Ghuwayrn"):
            expected = set(one.matching_ids(query))
            assert expected, query  # one index finds it by its sound-alikes
            statistics = Statistics()
            for shard in shards:
                statistics.add(shard.statistics(query))
            found = set()
            for shard in shards:
                page = shard.search_with(statistics, query, page=1, pagelen=10)
                found |= {hit.id for hit in page.hits}
                assert not page.missing_terms, (query, page.missing_terms)
            assert found == expected, query
