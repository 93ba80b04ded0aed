"""A body of one country whose name another country's body also bears, named by that country's
demonym in the gazetteer ("Iraqi Kurdish Asayish" beside the Asayish of north-east Syria), is that
namesake where its report places it in that country after it ("the Asayish in Erbil"), as a place is
(issue #17, names13: held11, held12, held16, held18). A body with no namesake so named may act abroad
("Peshmerga in Kobani"). The reports here are written for these tests."""

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.placed_elsewhere import _namesakes, placed_elsewhere


@pytest.fixture(autouse=True, scope="module")
def _names():
    search_data.provide()


REPORTS = [
    ("erbil", "Checkpoint arrests", "The Asayish in Erbil stopped a lorry carrying cigarettes at a city checkpoint."),
    ("suli", "Reporter held", "Officers of the Asayish in Sulaymaniyah, Iraq, held a reporter overnight."),
    ("qamishli", "Arrests", "The Asayish in Qamishli detained two men suspected of planting a bomb."),
    ("kobani", "Reinforcements", "Peshmerga forces arrived in Kobani with heavy weapons."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("namesakes"), REPORTS)


def test_namesakes_from_the_gazetteer():
    assert _namesakes().get(("asayish",)) == frozenset({"Iraq"})
    assert ("peshmerga",) not in _namesakes()  # "Roj Peshmerga" names a place, no country


def test_placed_in_the_namesakes_country():
    assert placed_elsewhere(["", "The Asayish in Erbil stopped a lorry."]) == {"Asayish"}
    assert placed_elsewhere(["", "The Asayish in Hasakah stopped a lorry."]) == set()
    assert placed_elsewhere(["", "The Asayish handed a man over to officials from Erbil."]) == set()
    assert placed_elsewhere(["", "Residents in Erbil complained about the Asayish"]) == set()  # the text's end


def test_searches_leave_the_namesake_out(index):
    found = set(index.matching_ids("Asayish"))
    assert "qamishli" in found and "erbil" not in found and "suli" not in found
    assert "kobani" in set(index.matching_ids("Peshmerga"))
