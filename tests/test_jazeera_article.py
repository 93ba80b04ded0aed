"""The article decides (names15, the lead's call): "Al Jazeera" / "Aljazeera" typed is the channel; a bare
"Jazeera" is a spelling of the Jazira region, whose searches do not find reports that name only the
channel (alias_keys._split_by_article, aliases._bare_place)."""

from pathlib import Path

from archive import search_data
from indexer.fulltext import FullTextIndex
from indexer.fulltext.alias_keys import articled
from names_index import index_bodies


def _index(tmp_path: Path) -> FullTextIndex:
    index = index_bodies(tmp_path, {
        "region": "The SDF launched a security sweep across the Jazira region.",
        "canton": "Officials of the Cizîrê canton discussed fuel prices.",
        "channel": "The Qatari network Al Jazeera opened a bureau in Nairobi.",
        "hyphen": "Al-Jazeera aired a documentary on desert farming.",
    })
    return index


def test_bare_jazeera_is_the_region(tmp_path: Path):
    index = _index(tmp_path)
    assert set(index.matching_ids("Jazeera")) == {"region", "canton"}
    assert set(index.matching_ids("Jazira")) == {"region", "canton"}


def test_articled_jazeera_is_the_channel(tmp_path: Path):
    index = _index(tmp_path)
    assert set(index.matching_ids("Al Jazeera")) == {"channel", "hyphen"}
    assert set(index.matching_ids("Aljazeera")) == {"channel", "hyphen"}


def test_articled():
    assert articled("Al Jazeera") and articled("al-Hol") and articled("El Jazeera")
    assert not articled("Algeria") and not articled("Jazeera")


def test_channel_placed_abroad_is_still_the_channel(tmp_path: Path):
    """The region's bare spelling is no place key of the placing rules (archive/extract/place_countries.py):
    "Al Jazeera's bureau in Doha" is not the region put in Qatar, and the channel's search finds it."""
    search_data.provide()
    index = FullTextIndex(tmp_path / "index")
    index.create()
    with index.writer() as writer:
        writer.upsert({"id": "doha", "title": "", "body": "Al Jazeera opened a studio in Doha, Qatar.",
                       "published": "2023-03-01"})
    assert set(index.matching_ids("Al Jazeera")) == {"doha"}
    assert set(index.matching_ids("Jazira")) == set()


def test_quoted_bare_jazeera_is_the_region(tmp_path: Path):
    index = _index(tmp_path)
    assert set(index.matching_ids('"Jazeera"')) == {"region", "canton"}
    assert set(index.matching_ids('"Jazeera region"')) == {"region"}
    assert set(index.matching_ids('"Al Jazeera"')) == {"channel", "hyphen"}


def test_articled_with_the_regions_word_is_the_region(tmp_path: Path):
    """"al-Jazeera region": the article with a generic word of the region's spellings ("Jazira region")."""
    index = _index(tmp_path)
    assert set(index.matching_ids("al-Jazeera region")) == {"region"}
    assert set(index.matching_ids("Al Jazeera region")) == {"region"}
    assert set(index.matching_ids("Al Jazeera")) == {"channel", "hyphen"}
