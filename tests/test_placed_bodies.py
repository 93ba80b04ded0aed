"""One rule for the search and the import's entity tagger: a name its report means as something else.

- an organisation of one country made another country's by a possessive or demonym before it ("Japan's
  SDF", "the Swiss agency SDC": ``body`` lines of archive/data/place_countries.txt);
- a place followed by another country's name as an address ("Hol, Norway, ...");
- the entity tagger (archive/extract/mentions.entities_of) drops the mentions the search marks
  (places put in another country, acronyms a report defines otherwise: ``place_contexts.report_marks``).
Reports written for these tests (no bench set's sentences); a real Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of
from archive.extract.mentions import entities_of
from indexer.fulltext.placed_elsewhere import placed_elsewhere


@pytest.mark.parametrize("text, marked", [
    ("Norway's SDF held a drill in the fjords.", {"SDF"}),
    ("The Finnish agency SDC opened an office in Oulu.", {"SDC"}),
    ("A Somali SNA convoy was ambushed on the coast road.", {"SNA"}),
    ("Tourists filled Hol, Norway, for the winter fair.", {"Hol"}),
    ("Turkish drones struck SDF positions east of Kobani.", set()),  # a demonym of the actor, not the body
    ("The Turkish army shelled SDF posts overnight.", set()),
    ("Turkey's SNA factions moved towards Manbij.", set()),  # SNA: Syria and Turkey
    ("SNA fighters in Libya were paid by a contractor.", set()),  # what follows never places a body
    ("Shelling near Afrin, Turkey said, went on all night.", set()),  # a clause, not an address
    ("Aid reached Qamishli, Syria, on Monday.", set()),  # its own country
    ("The Lebanese National Defence Forces held a parade.", set()),  # a longer name's words are common words
])
def test_what_places_a_body_or_an_address(text, marked):
    assert placed_elsewhere(("", text)) == marked


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "sdf-syria": ("Talks", "The SDF said talks with Damascus would resume in Raqqa."),
        "sdf-norway": ("Drill", "Norway's SDF held a winter drill near the border."),
        "hol-address": ("Fair", "Tourists filled Hol, Norway, for the winter fair."),
        "hol-syria": ("Camp", "Aid reached al-Hol camp on Sunday, the camp's administration said."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_the_search_leaves_out_a_body_or_place_of_another_country(index):
    assert set(index.matching_ids("SDF")) == {"sdf-syria"}
    assert set(index.matching_ids("Syrian Democratic Forces")) == {"sdf-syria"}
    assert set(index.matching_ids("al-Hol")) == {"hol-syria"}
    assert "sdf-norway" in index.matching_ids("Norway")


@pytest.mark.parametrize("title, body, absent, present", [
    ("Harvest", "Farmers near Derik, a small town of Mardin province in Turkey, began the harvest.",
     "place:derik", "place:mardin"),
    ("Fair", "Tourists filled Hol, Norway, for the winter fair.", "place:al-hol-camp", "place:norway"),
    ("Drill", "Norway's SDF held a winter drill near the border.",
     "organisation:syrian-democratic-forces", "place:norway"),
    ("Attack", "The SNA, the Somali National Army, attacked a base near Kismayo.",
     "organisation:syrian-national-army", None),
])
def test_the_tagger_follows_the_search(title, body, absent, present):
    found = entities_of(title, body)
    assert absent not in found
    if present:
        assert present in found


def test_the_tagger_keeps_the_entity_where_the_report_also_means_it():
    found = entities_of("Talks", "The SDF met officials in Raqqa. Japan's SDF was not there.")
    assert "organisation:syrian-democratic-forces" in found  # an unplaced SDF keeps the word
    assert "place:derik" in entities_of("Market", "Traders in Derik reopened the covered market.")
