"""A gazetteer place that its report places in another country is a homonym there, not the place
(indexer/fulltext/placed_elsewhere.py, with the country of each place: archive/data/place_countries.txt).
Reports written for these tests (no bench set's sentences); a real Whoosh index."""

from pathlib import Path

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.placed_elsewhere import placed_elsewhere


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "derik-syria": ("Market reopens", "Traders in Derik reopened the covered market after the rains."),
        "derik-turkey": ("Harvest", "Farmers near Derik, a small town of Mardin province in Turkey, began the harvest."),
        "derik-both": ("Two towns", "Derik in Hasakah province and Qamishli saw protests on Friday."),
        "hol-norway": ("Skiing", "Hol, a mountain municipality in Norway, opened its slopes early."),
        "hol-syria": ("Camp", "Aid reached al-Hol camp on Sunday, the camp's administration said."),
        "baggara-sudan": ("Herders", "Sudan's Baggara herders moved their cattle towards the river."),
        "afrin-refugees": ("Return", "Refugees from Afrin in Turkey asked to go home."),
        "khabur-iraq": ("Floods", "A river called Khabur, a stream at Dohuk in Iraq, rose after storms."),
        "euphrates-iraq": ("Drought", "The Euphrates in Iraq fell to its lowest level in decades."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_a_place_put_in_another_country_is_not_the_place(index):
    assert set(index.matching_ids("Derik")) == {"derik-syria", "derik-both"}
    assert set(index.matching_ids("al-Malikiyah")) == {"derik-syria", "derik-both"}
    assert set(index.matching_ids("al-Hol")) == {"hol-syria"}
    assert "baggara-sudan" not in index.matching_ids("Baggara")
    assert "khabur-iraq" not in index.matching_ids("Khabur")


def test_a_place_of_several_countries_or_left_for_another_is_kept(index):
    assert "euphrates-iraq" in index.matching_ids("Euphrates")  # the river runs through Iraq too
    assert "afrin-refugees" in index.matching_ids("Afrin")  # people from a place live elsewhere


def test_the_report_is_still_found_by_its_other_words(index):
    assert "derik-turkey" in index.matching_ids("Mardin")
    assert "hol-norway" in index.matching_ids("Norway")


@pytest.mark.parametrize("text, marked", [
    ("Pilgrims visited Dhiban in Jordan last spring.", {"Dhiban"}),
    ("Ras el-Ain, a spring near Sidon in southern Lebanon, feeds the orchards.", {"Ras", "Ain"}),
    ("The Sudanese Baggara crossed into Chad.", {"Baggara"}),
    ("Abu Kamal, near al-Qaim in Iraq, was shelled.", set()),  # a gazetteer place "near": across a border
    ("Two hundred families left Roj in March through Rabia.", set()),  # a place left
    ("Fighters reached Raqqa through Turkey.", set()),  # a way taken
    ("Turkish-backed factions seized Ras al-Ain in 2019.", set()),
    ("Ras al-Ain, on the border with Turkey, was quiet.", set()),
    ("Tal Abyad, opposite Akcakale in Turkey, reopened.", set()),
    ("A London-based designer born in Cyprus spoke.", set()),  # a compound, not a mention
    ("Shares in London rose, the mayor of Frankfurt said.", set()),
    ("The office would be run out of London, the mayor of Frankfurt warned.", set()),
    ("Washington has voiced concern about conditions in China.", set()),  # a clause of its own
    ("The Autonomous Administration of North and East Syria denied clashes in Mosul.", set()),
])
def test_what_places_a_mention(text, marked):
    assert placed_elsewhere(("", text)) == marked


def test_a_title_cut_short_keeps_nothing():
    title = "Farmers near Derik, a small town of"
    body = "Farmers near Derik, a small town of Mardin province in Turkey, began the harvest."
    assert placed_elsewhere((title, body)) == {"Derik"}


def test_every_place_has_a_country_and_the_module_matches():
    from archive.extract.place_countries import place_countries, place_countries_module

    assert place_countries()  # raises on a place of the gazetteer with no country
    written = (Path(__file__).resolve().parents[1] / "indexer" / "place_countries.py").read_text(encoding="utf-8")
    assert written == place_countries_module(), \
        "run archive.extract.place_countries.write_place_countries() and raise ANALYSIS_VERSION"
