"""Two classes of false hits that recur across the unseen variants sets (names10, issue #17).
Reports written for these tests (no bench set's sentences); a real Whoosh index.

- A gazetteer place the report gives another country's place as its other name is that place's
  homonym: "Sour (Tyre)", "Sour, the Lebanese port also called Tyre", "as Tyre is known"
  (indexer/fulltext/placed_elsewhere.py, ``_other_name``).
- A quoted name with a run of generic words ("Tanak oil field") asks for the whole run after the
  entity's bare spellings ("al-Tanak oil field"), not its last word alone ("al-Tanak field")
  (indexer/fulltext/name_phrases.py, ``_literal_generic``).
- A name typed alone that the gazetteer writes only with a site's generic word ("Newroz": Newroz
  camp, Nawruz camp, Nowruz camp) is searched as that site in all its spellings, not as the bare word
  of a festival (indexer/fulltext/generic_words.py, ``named_with_generic``).
- A place's name typed alone also finds the camp named after it, where the gazetteer writes the camp
  otherwise ("Arisha": the Areesha camp; ``camp_named_after``)."""

import pytest

from archive import search_data
from conftest import index_of
from indexer.fulltext.placed_elsewhere import placed_elsewhere


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "sour-syria": ("Checkpoint", "Asayish fighters set up a checkpoint at the entrance of al-Sour on Monday."),
        "sour-lebanon": ("Harbour", "Boats left the harbour of Sour, the Lebanese coastal city also known as Tyre, at dawn."),
        "sour-brackets": ("Souk", "Tourists crowded the old souk of Sour (Tyre) in Lebanon over the holiday."),
        "tanak-oil": ("Guards", "Two guards were wounded at the al-Tanak oil field overnight."),
        "tanak-field": ("Pipes", "Workers replaced pipes at the Tanak field after a leak."),
        "omar-oil": ("Base", "Supplies reached the base at Omar oil field by road."),
        "newroz-camp": ("Tents", "Storms tore tents at the Nawruz camp near Derik on Tuesday."),
        "areesha": ("Heat", "Families in the Areesha camp asked for fans during the heatwave."),
        "roj-tv": ("Channel", "Roj TV broadcast a concert from Brussels."),
        "newroz-festival": ("Spring", "Crowds in Erbil celebrated Newroz with fires on the hills."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


@pytest.mark.parametrize("text, marked", [
    ("Boats left the harbour of Sour, the Lebanese coastal city also known as Tyre, at dawn.", {"Sour"}),
    ("Tourists crowded the old souk of Sour (Tyre) in Lebanon over the holiday.", {"Sour"}),
    ("The Sour waterfront, as Tyre is called locally, was crowded.", {"Sour"}),
    ("The springs of Ras el-Ain south of Sour (Tyre) feed the orchards.", {"Ras", "Ain", "Sour"}),
    # another name of the same country's place, or of no place, places nothing
    ("Shops in Raqqa, also called Rakka, reopened.", set()),
    ("Ras al-Ain (Serekaniye) was shelled again.", set()),
    ("Traders in al-Sour said the market, known as the Hal, reopened.", set()),
])
def test_another_countrys_place_given_as_its_other_name(text, marked):
    assert placed_elsewhere(["", text]) == marked


def test_a_place_named_as_another_countrys_place_is_not_found(index):
    found = set(index.matching_ids("al-Sour"))
    assert "sour-syria" in found
    assert not found & {"sour-lebanon", "sour-brackets"}


def test_a_quoted_run_of_generic_words_is_asked_for_whole(index):
    found = set(index.matching_ids('"Tanak oil field"'))
    assert "tanak-oil" in found
    assert "tanak-field" not in found  # "oil field" typed: not the bare name with "field" alone
    assert "tanak-field" in index.matching_ids('"Tanak field"')
    assert "omar-oil" in index.matching_ids('"al-Omar oil field"')


def test_a_name_the_gazetteer_writes_only_with_its_site_is_the_site(index):
    for typed in ("Newroz", "Nowruz", "nowruz"):
        found = set(index.matching_ids(typed))
        assert "newroz-camp" in found, typed
        assert "newroz-festival" not in found, typed
    assert "newroz-festival" in index.matching_ids("celebrated")


def test_a_place_finds_the_camp_named_after_it(index):
    for typed in ("Arisha", "al-Arisha"):
        assert "areesha" in index.matching_ids(typed), typed
    assert "roj-tv" not in index.matching_ids("Rodj")  # a name's other entities stay apart
