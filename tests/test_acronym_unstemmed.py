"""An acronym the stemmed index would shorten is kept whole (names15): "DAANES" is stemmed to "dan", as
the French "dans" is, so a search for DAANES found every French report. Found by method: the gazetteer's
words in capitals of five letters or more that the stemmer changes (gazetteer_tables.cased_names)."""

from pathlib import Path

from archive.extract.gazetteer_tables import cased_names
from names_index import index_bodies


def test_stemmed_acronyms_are_names():
    names = cased_names()
    assert names["daanes"] == "DAANES" and names["uossm"] == "UOSSM"
    assert "unicef" not in names  # the stemmer leaves it whole


def test_daanes_is_not_dans(tmp_path: Path):
    index = index_bodies(tmp_path, {
        "daanes": "The DAANES raised the price of diesel in Raqqa.",
        "french": "Les agriculteurs dans la région attendent la pluie.",
        "acled": "Data from Acled show a rise in attacks.",
    })
    assert "french" not in set(index.matching_ids("DAANES"))
    assert "daanes" in set(index.matching_ids("DAANES"))
    assert set(index.matching_ids("ACLED")) == {"acled"}
