"""'archive serve' metadata: facets that read every row are left out for a large archive."""

import archive.cli as cli_module
from archive.cli import find_metadata, metadata_for


def facets(metadata, db):
    return metadata["databases"][db.stem]["tables"]["articles"]["facets"]


def test_small_archive_keeps_every_facet(sample_db):
    assert {"array": "places"} in facets(metadata_for(sample_db, find_metadata()), sample_db)


def test_large_archive_leaves_row_reading_facets_a_click_away(sample_db, monkeypatch):
    monkeypatch.setattr(cli_module, "LARGE_ARCHIVE", 10)
    metadata = metadata_for(sample_db, find_metadata())
    kept = facets(metadata, sample_db)
    assert kept == ["outlet", "year", "month", "language"]
    description = metadata["databases"][sample_db.stem]["tables"]["articles"]["description_html"]
    assert '?_facet_array=places' in description and "/-/entities" in description
