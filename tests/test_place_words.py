"""The name rules' word lists are data (archive/data/place_words.txt), not phrases in code: the place
nouns and body nouns of placed_elsewhere, its naming words and generic_words' site words are read
from the file, through the written table indexer/place_countries.py (WORDS)."""

from archive.extract.data import data_sections
from indexer.fulltext import generic_words, named_as, placed_elsewhere
from indexer.names import fold_word


def _section(name: str) -> frozenset:
    return frozenset(word for line in data_sections("place_words.txt")[name] for word in line.split())


def _as_compared(words: frozenset) -> frozenset:
    """The words as written and folded (placing_words: the text's words are compared folded; names23)."""
    return words | frozenset(fold_word(word) for word in words)


def test_rules_read_their_words_from_the_data_file():
    assert placed_elsewhere._PLACE_NOUNS == _as_compared(_section("place nouns"))
    assert placed_elsewhere._BODY_NOUNS == _as_compared(_section("body nouns"))
    assert named_as._NAMING == frozenset(fold_word(word) for word in _section("naming"))
    assert generic_words._SITES == _section("sites")


def test_a_site_word_is_a_place_noun_or_a_building():
    # one list each, no second copy in code: the sites are place nouns but for the buildings' words
    assert generic_words._SITES - placed_elsewhere._PLACE_NOUNS == {"base", "centre", "center"}
    assert "vilage" in placed_elsewhere._PLACE_NOUNS  # folded as the text's words are
