"""Djézireh, the Jazira region's French name, is a spelling of the region (names14, gazetteer data): it
finds the region's reports in every spelling, not the Doha channel its sound-alikes reached."""

from pathlib import Path

from archive import search_data
from indexer.fulltext import FullTextIndex


def test_djezireh_is_the_region(tmp_path: Path):
    search_data.provide()
    index = FullTextIndex(tmp_path / "index")
    index.create()
    with index.writer() as writer:
        for key, body in {
            "region": "The harvest in the Jazira region was the worst in decades.",
            "french": "Dans la Djézireh, la sécheresse frappe les agriculteurs.",
            "channel": "Al Jazeera broadcast a documentary about gardens in Qatar.",
        }.items():
            writer.upsert({"id": key, "title": "", "body": body, "published": "2023-03-01"})
    assert set(index.matching_ids("Djézireh")) == {"region", "french"}
    assert set(index.matching_ids("Jazira")) == {"region", "french"}
