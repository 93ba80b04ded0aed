"""A quoted whole name finds what the same name unquoted finds (issue #17, names13): its acronyms and
other languages' names too, for quoting a name of several words is how a user keeps its words together,
not a way to drop its spellings. A quoted name with a generic word of its own ("Omar field") is still
taken literally, and an acronym that a report defines or places as another body is still not found.
The reports here are written for these tests."""

import pytest

from archive import search_data
from indexer.fulltext.aliases import expand_aliases
from indexer.fulltext.generic_words import described_acronym, literal_generic
from conftest import index_of


@pytest.fixture(autouse=True, scope="module")
def _names():
    search_data.provide()


REPORTS = [
    ("full", "Talks resume", "The Syrian Democratic Forces said talks with Damascus would resume next week."),
    ("acronym", "Checkpoint opened", "SDF fighters opened a checkpoint east of Raqqa on Tuesday."),
    ("french", "Pourparlers", "Les Forces démocratiques syriennes ont annoncé la reprise des pourparlers."),
    ("kurdish", "Hevdîtin", "QSD announced the reopening of the road near Tabqa."),
    ("other", "Defence review", "The SDF, the Self-Defense Forces of Japan, held drills near Okinawa this week."),
    ("council", "Council statement", "The Deir ez-Zor Military Council denied the claims on Monday."),
    ("dmc", "Clashes", "DMC fighters clashed with tribal gunmen near Deir ez-Zor."),
    ("unhcr", "Camp aid", "UNHCR delivered tents to families displaced from Ras al-Ain."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return index_of(tmp_path_factory.mktemp("quoted"), REPORTS)


def _found(index, query):
    return set(index.matching_ids(query))


def test_quoted_full_name_finds_its_acronyms_and_other_languages(index):
    found = _found(index, '"Syrian Democratic Forces"')
    assert {"full", "acronym", "french", "kurdish"} <= found
    assert found == _found(index, "Syrian Democratic Forces")  # as unquoted


def test_acronym_defined_as_another_body_stays_out_when_quoted(index):
    assert "other" not in _found(index, '"Syrian Democratic Forces"')
    assert "other" not in _found(index, "SDF")


def test_quoted_council_finds_its_acronym(index):
    assert {"council", "dmc"} <= _found(index, '"Deir ez-Zor Military Council"')


def test_quoted_acronym_and_description_finds_the_body(index):
    assert described_acronym("UN refugee agency") and not described_acronym("al-Hol camp")
    assert "unhcr" in _found(index, '"UN refugee agency"')


def test_quoted_generic_word_still_literal():
    names = ["Omar field", "al-Omar oil field", "al-Umar field", "حقل العمر"]
    _, added = literal_generic("Omar field", names, quoted=True)
    assert "al-Omar oil field" not in added and "al-Umar field" in added
    # a whole name quoted: every spelling, the acronym too
    assert literal_generic("Deir ez-Zor Military Council", ["Deir ez-Zor Military Council", "DMC"], quoted=True) is None
    text, _ = expand_aliases('"Syrian Democratic Forces"')
    assert '"SDF"' in text and '"FDS"' in text
