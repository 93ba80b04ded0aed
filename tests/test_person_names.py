"""A gazetteer place's name written as part of a person's name is a homonym there, not the place
(indexer/fulltext/person_names.py; the roles that say so: archive/data/person_roles.txt). Reports written
for these tests (no bench set's sentences); a real Whoosh index."""

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.person_names import person_words


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "firat-keeper": ("Cup final", "The goalkeeper Firat Kaya saved two penalties in Ankara."),
        "firat-river": ("Pumps idle", "Farmers said the Firat was too low for their pumps this summer."),
        "omar-baker": ("New shop", "Omar Khalil, a baker from Aleppo, opened a shop in Hamburg."),
        "omar-both": ("Field visit", "The engineer Omar Khalil inspected the al-Omar field on Monday."),
        "amuda-title": ("Karim Amuda wins", "The poet Karim Amuda won a prize in Paris."),
        "amuda-town": ("Power cut", "Amuda had no power for two days."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_a_place_inside_a_persons_name_is_not_the_place(index):
    assert set(index.matching_ids("Euphrates")) == {"firat-river"}
    assert set(index.matching_ids("Firat")) == {"firat-river"}
    assert "omar-baker" not in index.matching_ids("al-Omar")
    # the same name written again without its role (a title over the body) is the person too
    assert set(index.matching_ids("Amuda")) == {"amuda-town"}


def test_a_report_naming_the_place_too_keeps_it(index):
    assert "omar-both" in index.matching_ids("al-Omar")


def test_the_persons_other_words_are_still_found(index):
    assert {"firat-keeper"} <= set(index.matching_ids("Kaya"))
    assert {"omar-baker", "omar-both"} <= set(index.matching_ids("Khalil"))


@pytest.mark.parametrize("text, marked", [
    ("Dr Firat Kaya treated the wounded.", {"Firat"}),
    ("A farmer named Omar Saleh sold his land.", {"Omar"}),
    ("Hajin Ozturk, a Berlin architect, drew the plans.", {"Hajin"}),
    ("The engineer Tal Hamis said nothing.", set()),  # a place's two words: no person
    ("The director Hol Camp office was shut.", set()),  # a place's noun
    ("A doctor at Omar Hospital was hurt.", set()),  # no role right before the name
    ("The owner Al Hol was away.", set()),  # an article
    ("The singer Nadia Murad sang.", set()),  # a word of a longer name (Nadia's Initiative) is no place
    ("Farmers in Deir Hafer, a farmer said, lost crops.", set()),
    ("A temple of the goddess Isis was found near Aswan.", {"Isis"}),  # an acronym written as a name
    ("ISIS claimed the raid; a statue of the goddess Isis was hit.", set()),  # the group named too
    ("Nurse Lina Ward said the ward was full.", {"Ward"}),  # the word in lower case is a word of its own
])
def test_which_words_are_a_persons(text, marked):
    assert person_words(("", text)) == marked
