"""Djézireh, the Jazira region's French name, is a spelling of the region (names14, gazetteer data): it
finds the region's reports in every spelling, not the Doha channel its sound-alikes reached."""

from pathlib import Path
from names_index import index_bodies



def test_djezireh_is_the_region(tmp_path: Path):
    index = index_bodies(tmp_path, {
        "region": "The harvest in the Jazira region was the worst in decades.",
        "french": "Dans la Djézireh, la sécheresse frappe les agriculteurs.",
        "channel": "Al Jazeera broadcast a documentary about gardens in Qatar.",
    })
    assert set(index.matching_ids("Djézireh")) == {"region", "french"}
    assert set(index.matching_ids("Jazira")) == {"region", "french"}
