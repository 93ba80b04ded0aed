"""An acronym of a body of one country (the SNA, the SDC) in a report that only says it is elsewhere is
another body's (indexer/fulltext/bodies_abroad.py; the places: archive/data/place_countries.txt).
Reports written for these tests (no bench set's sentences); a real Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.bodies_abroad import bodies_abroad


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "sna-abroad": ("Port upgrade", "Cargo handled by Australia's SNA at the port rose by a tenth."),
        "sna-syria": ("Shelling", "The SNA shelled villages near Manbij on Tuesday."),
        "sdf-source": ("Arrests", "German media said the SDF detained six men overnight."),
        "sdf-alone": ("Statement", "The SDF denied the claim in a statement."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_a_bodys_acronym_written_only_abroad_is_another(index):
    assert set(index.matching_ids("Syrian National Army")) == {"sna-syria"}
    assert "sna-abroad" in index.matching_ids("cargo")  # its other words are still found


def test_a_source_named_or_no_place_keeps_the_body(index):
    assert {"sdf-source", "sdf-alone"} <= set(index.matching_ids("Syrian Democratic Forces"))


@pytest.mark.parametrize("text, marked", [
    ("The SNA of Somalia retook two villages.", {"SNA"}),
    ("The SDC, Switzerland's aid agency, paid for wells.", {"SDC"}),
    ("A DMC motor show opened in Toronto.", set()),  # where it acts says not whose it is
    ("SNA fighters were flown to Libya and paid there.", set()),  # Syria's bodies act abroad
    ("An SDF delegation met officials in Paris.", set()),
    ("The SDF met officials in Syria and France.", set()),  # the gazetteer's own country
    ("The SNA took Afrin, officials in Paris said.", set()),  # a gazetteer place
    ("Paris-based reporters said the SDF advanced.", set()),  # a name's part, not where
    ("French media said the SDF advanced.", set()),  # a source's adjective
])
def test_which_acronyms_are_another_bodys(text, marked):
    assert bodies_abroad(("", text)) == marked
