"""An unquoted name and generic word that is an entity of its own, named after a place ("Yarubiyah
crossing", "Ain Issa camp"), asks for the place's name AND the word anywhere in a report, as a name
with no qualified entity does ("Semalka crossing"): "the crossing at al-Yarubiyah" (issue #17;
generic_words.named_after). Quoted, it stays the phrase. Reports written for these tests; a real
Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of


REPORTS = {
    "phrase": ("Trade", "Lorries queued at the Yarubiyah crossing on Monday."),
    "apart": ("Border", "The crossing near al-Yarubiyah stayed shut for a week."),
    "town": ("Market", "Prices rose in al-Yarubiyah after the harvest."),
    "camp": ("Tents", "The camp at Ayn Issa received new tents."),
    "town2": ("Roads", "Roads around Ain Issa were repaired."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in REPORTS.items()],
                    "2024-01-01")


@pytest.mark.parametrize("query, found", [
    ("Yarubiyah crossing", {"phrase", "apart"}),  # not "town": no crossing there
    ('"Yarubiyah crossing"', {"phrase"}),
    ("Ain Issa camp", {"camp"}),
    ("Yarubiyah", {"phrase", "apart", "town"}),
])
def test_a_qualified_entity_typed_unquoted_asks_for_its_place_and_the_word(index, query, found):
    assert set(index.matching_ids(query)) == found
