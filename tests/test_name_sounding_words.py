"""English words that sound like a one-word name of the gazetteer (names11, issue #17):
``archive/data/name_sounding_words.txt``, written by ``archive/extract/name_sounding_words.py`` from
a public word list, kept by the index as names where capitalised (``indexer/cased_names.py``).
A capitalised query ("Derrick", typed for Derik) finds the name, not the word in lower case ("an
oil derrick"); typed in lower case it finds the word as ever. Reports written for these tests (no
bench set's sentences); a real Whoosh index."""

from pathlib import Path

import pytest

from archive import search_data
from conftest import index_of


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "derik": ("Power cut", "Generators ran all night in Derik after the power station failed."),
        "derrick-word": ("Rig", "Engineers inspected a drilling derrick that leaned after the storm."),
        "sarrin": ("Strike", "A drone strike hit a car near Sarrin, south of Kobane, on Monday."),
        "sarin-word": ("Traces", "Inspectors reported traces of the nerve agent sarin in soil samples."),
        "baath-dam": ("Gates", "Workers replaced gates at the Baath Dam downstream of Tabqa."),
        "hammam": ("Mourning", "Villagers in Abu Hammam mourned tribesmen killed in 2014."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_the_list_holds_words_that_sound_like_names_and_no_words_of_the_gazetteer():
    from archive.extract.gazetteer_tables import name_sounding_words

    words = set(name_sounding_words())
    assert {"derrick", "howl", "sarin"} <= words
    # common words are the word when typed capitalised; a word of a gazetteer spelling keeps its rule
    # (Hammam of "Abu Hammam", bath of Baath, Turkey, Douma)
    assert not {"time", "team", "hole", "hammam", "bath", "turkey", "douma"} & words


def test_the_words_are_kept_as_names_where_capitalised():
    from indexer.cased_names import CASED, WORDS
    from indexer.fulltext.analysis import name_form

    assert CASED["derrick"] == "Derrick" and "derrick" in WORDS
    assert name_form("Derrick") == "Derrick" and name_form("derrick") is None
    assert name_form("Sarrin") == "Sarin"  # normalised onto a kept word: that name where capitalised
    assert name_form("sarrin") is None


def test_a_capitalised_word_that_sounds_like_a_name_finds_the_name_not_the_word(index):
    found = set(index.matching_ids("Derrick"))
    assert "derik" in found and "derrick-word" not in found
    found = set(index.matching_ids("Sarin"))
    assert "sarrin" in found and "sarin-word" not in found


def test_the_word_typed_in_lower_case_still_finds_the_word(index):
    assert "derrick-word" in index.matching_ids("derrick")
    assert "sarin-word" in index.matching_ids("sarin")


def test_the_gazetteer_names_beside_them_are_unchanged(index):
    assert "baath-dam" in index.matching_ids("Baath")
    assert "hammam" in index.matching_ids("Abu Hamam")
    assert "hammam" in index.matching_ids("Abuhamam")


def test_a_word_typed_with_the_article_joined_is_read_without_it():
    # "al-Hole" is read as Hole (hol), as "Hole" typed alone is: both find al-Hol
    from indexer.fulltext.sound_alikes import phonetic_key, sound_alikes

    vocabulary = {"hol": 8, "hawl": 3, "hole": 2}
    count = lambda word: vocabulary.get(word, 0)  # noqa: E731
    lookup = lambda key: [(word, n) for word, n in vocabulary.items() if phonetic_key(word) == key]  # noqa: E731
    for typed in ("Hole", "al-Hole", "Al-Hole"):
        assert "al-Hol camp" in sound_alikes(typed, count, lookup), typed


@pytest.mark.skipif(not all(Path(p).exists() for p in
                            ("/usr/share/dict/american-english-huge", "/usr/share/dict/british-english-huge")),
                    reason="SCOWL word lists (Debian wamerican-huge, wbritish-huge) not installed")
def test_the_data_file_is_what_the_word_lists_give():
    from archive.extract.gazetteer_tables import name_sounding_words
    from archive.extract.name_sounding_words import derive

    search_data.provide()
    assert tuple(derive()) == name_sounding_words()


def test_a_reading_that_is_a_name_is_searched_as_it():
    # "Hole" read in another orthography is hol, a name of the gazetteer (al-Hol): searched as it,
    # though the archive's one spelling under its key (hawl) is in fewer articles than "hole"
    from indexer.fulltext.sound_alikes import phonetic_key, sound_alikes

    vocabulary = {"hol": 8, "hawl": 1, "hole": 2}
    count = lambda word: vocabulary.get(word, 0)  # noqa: E731
    lookup = lambda key: [(word, n) for word, n in vocabulary.items() if phonetic_key(word) == key]  # noqa: E731
    assert "al-Hol camp" in sound_alikes("Hole", count, lookup)
    assert sound_alikes("Hole", lambda word: 3 if word == "hole" else count(word), lookup) == []  # common: never
