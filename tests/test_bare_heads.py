"""A word a report writes alone for an organisation: "the coalition" in a report set in Syria or Iraq is
the US-led coalition, found by its names (indexer/fulltext/bare_heads.py; the ``head`` lines of
archive/data/place_countries.txt). Reports written for these tests; a real Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.bare_heads import bare_heads


REPORTS = {
    "raid": ("Night operation", "Coalition aircraft struck a hideout outside Hajin before dawn."),
    "base": ("Supplies", "Trucks brought fuel to the coalition base near Rmelan."),
    "iraq": ("Advisers", "The coalition said its advisers would stay in Erbil."),
    "named": ("Statement", "CJTF-OIR said the operation ended."),
    "cabinet": ("Vote lost", "The Belgian coalition government lost a confidence vote on Tuesday."),
    "opposition": ("Talks", "The Syrian National Coalition met in Azaz; the coalition asked for aid."),
    "abroad": ("Protest", "A coalition of farmers marched through Lyon."),
    "ruling": ("Budget", "Iraq's ruling coalition met in Baghdad and failed to pass the budget."),
    "country": ("Envoy", "The coalition envoy spoke about Syria."),
    "firms": ("Contract", "A coalition of firms left a project in Mosul."),
    "party": ("Rally", "The Respect Coalition held a rally about Raqqa."),
    "headline": ("Rockets Hit Coalition Base", "Rockets fell near the base at Rmelan, the coalition said."),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in REPORTS.items()],
                    "2024-01-01")


@pytest.mark.parametrize("query", ["OIR", "CJTF-OIR", "Operation Inherent Resolve", "US-led coalition"])
def test_the_coalition_in_a_report_of_syria_or_iraq_is_found_by_its_names(index, query):
    assert set(index.matching_ids(query)) == {"raid", "base", "iraq", "named", "headline"}


def test_the_word_itself_still_finds_every_coalition(index):
    assert set(index.matching_ids("coalition")) == {"raid", "base", "iraq", "cabinet", "opposition", "abroad", "ruling", "country", "firms", "party", "headline"}


@pytest.mark.parametrize("key, found", [
    ("raid", {("coalition", "OIR")}),
    ("cabinet", set()),  # no place of Syria or Iraq
    ("opposition", set()),  # another entity's name holds the word
    ("abroad", set()),
    ("ruling", set()),  # a country's own coalition
    ("country", set()),  # a country named, no place
    ("firms", set()),  # "a coalition of ...": another
    ("party", set()),  # a name of its own
    ("headline", {("coalition", "OIR")}),  # a headline in title case names nothing else
])
def test_which_reports_read_the_word_as_the_organisation(key, found):
    assert bare_heads(REPORTS[key]) == found


def test_the_analysis_of_a_worker_adds_the_term_too():
    from indexer.fulltext.fields import analyse

    search_data.provide()
    title, body = REPORTS["base"]
    assert b"oir" in analyse(title, body, None)["body"].terms
    title, body = REPORTS["cabinet"]
    assert b"oir" not in analyse(title, body, None)["body"].terms
