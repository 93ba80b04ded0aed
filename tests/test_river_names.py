"""A river's name that starts another name is not the river (names14, #17): "Euphrates Shield",
"Fırat University", "Dicle Elektrik", "the University of the Euphrates" (indexer/fulltext/river_names.py)."""

from pathlib import Path

import pytest

from archive import search_data
from indexer.fulltext import FullTextIndex
from indexer.fulltext.placed_elsewhere import placed_elsewhere


@pytest.mark.parametrize("text, marked", [
    ("Turkey's Euphrates Shield operation in 2016 took al-Bab and Jarablus.", {"Euphrates"}),
    ("Students at Fırat University in Elazığ planted trees.", {"Fırat"}),
    ("Firat News Agency published an interview with a musician.", {"Firat"}),
    ("Dicle Elektrik raised power tariffs in Diyarbakir.", {"Dicle"}),
    ("The University of the Euphrates reopened after the holiday.", {"Euphrates"}),
    # the river itself
    ("Engineers said the Euphrates River was lower than in any year.", set()),
    ("Farmers in the Khabur Valley lost their wheat.", set()),
    ("East of the Euphrates, the SDF holds the oil fields.", set()),
    ("The Banks of the Euphrates flooded.", set()),
    ("Engineers said turbines at the Euphrates Dam need urgent maintenance.", set()),  # the dam's own name
    # the report names the river too: kept
    ("Fighters crossed the Euphrates at night. Euphrates Shield towns were quiet.", set()),
])
def test_marked_words(text, marked):
    assert placed_elsewhere(("", text)) & {"Euphrates", "Fırat", "Firat", "Dicle", "Khabur"} == marked


def test_title_case_headline_is_not_read():
    assert not placed_elsewhere(("Drought Hits Euphrates Farmers Hard Again", "Water is short."))


def test_search_leaves_out_the_other_names(tmp_path: Path):
    search_data.provide()
    index = FullTextIndex(tmp_path / "index")
    index.create()
    articles = {
        "shield": "Turkey's Euphrates Shield operation took al-Bab from militants in 2016.",
        "university": "Students at Fırat University in Elazığ planted trees on the campus.",
        "river": "Farmers say the Firat has fallen so low that pumps no longer work.",
        "both": "Boats crossed the Euphrates near Jarablus, once held by Euphrates Shield factions.",
    }
    with index.writer() as writer:
        for key, body in articles.items():
            writer.upsert({"id": key, "title": "", "body": body, "published": "2023-03-01"})
    for query in ("Euphrates", "Firat", "al-Furat", "الفرات"):
        assert set(index.matching_ids(query)) == {"river", "both"}, query
    assert set(index.matching_ids("Euphrates", expand=False)) == {"both"}
