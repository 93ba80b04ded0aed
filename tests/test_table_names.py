"""The walk down the tables' tree of names (indexer/fulltext/table_names.py) finds what the lengths'
loop finds (placed_elsewhere._mentions_by_lengths): on texts made of the tables' own names, parts of
them, sentence ends and dotted tokens between their words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.fulltext import placed_elsewhere as pe
from indexer.names import folded_words


def _keys() -> list:
    places, countries, _, elsewhere, names = pe._tables()
    return sorted({key for table in (places, countries, elsewhere, names, pe._bodies()) for key in table})


_KEYS = _keys()
_WORDS = sorted({word for key in _KEYS for word in key})


def _written(words, capital: bool) -> str:
    return " ".join(word[:1].upper() + word[1:] if capital else word for word in words)


_PIECE = st.one_of(
    st.tuples(st.sampled_from(_KEYS), st.booleans()).map(lambda pair: _written(*pair)),  # a whole name
    st.tuples(st.sampled_from(_KEYS), st.integers(1, 5), st.booleans()).map(
        lambda args: _written(args[0][:args[1]], args[2])),  # its first words
    st.sampled_from(_WORDS).map(lambda word: word[:1].upper() + word[1:]),
    st.sampled_from(["in", "the", "of", "and", "near", "al-", "U.S.", "St.", "Dr.", "said"]),
)
_BETWEEN = st.sampled_from([" ", " ", " ", ", ", ". ", "; ", "\n", "! ", "? ", " - ", " (", ") "])


def _mentions_both(text: str):
    places, countries, _, elsewhere, names = pe._tables()
    spans, folded = folded_words(text, 0, len(text))
    return (pe._mentions(text, spans, folded, places, countries, elsewhere, names),
            pe._mentions_by_lengths(text, spans, folded, places, countries, elsewhere, names))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(_PIECE, _BETWEEN), min_size=1, max_size=12))
def test_the_walk_finds_what_the_lengths_find(pieces):
    text = "".join(piece + between for piece, between in pieces)
    walked, by_lengths = _mentions_both(text)
    assert walked == by_lengths, text


def test_every_name_of_the_tables_alone_and_in_a_sentence():
    for key in _KEYS:
        for text in (_written(key, True), f"Fighting in {_written(key, True)}. {_written(key, True)} and Syria",
                     f"{_written(key, True)}.{_written(key, True)}"):
            walked, by_lengths = _mentions_both(text)
            assert walked == by_lengths, text


def test_other_tables_keep_the_loop():
    text = "Border officials in Derik, a district of Mardin province in Turkey"
    spans, folded = folded_words(text, 0, len(text))
    assert pe._mentions(text, spans, folded, {("derik",): ("sy",)}, {}, {}, {}) == [(3, 4, "place", ("sy",))]
