"""A plain word's term without the analyzer chain (indexer/fulltext/plain_terms.py) is the chain's."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.analysis import STOP_WORDS

from indexer.cased_names import CASED, WORDS
from indexer.fulltext.analysis import _analyzer, _words_analyzer
from indexer.fulltext.plain_terms import is_plain, plain_term_function
from indexer.place_countries import WORDS as PLACE_WORDS


def _chain(analyzer, word):
    tokens = [token.text for token in analyzer(word, mode="index")]
    return tokens[0] if len(tokens) == 1 else tuple(tokens) if tokens else None


def _forms(word: str) -> list:
    return [word, word.lower(), word.upper(), word.title(), word[:1].upper() + word[1:].lower()]


_KNOWN = sorted({*CASED, *CASED.values(), *WORDS, *STOP_WORDS, *PLACE_WORDS.get("sites", ()),
                 "crossings", "camped", "centres", "us", "US", "who", "WHO", "hit", "Hit", "ans", "ANS", "ICC",
                 "governments", "running", "2019", "4000", "k24", "M4", "a", "I", "x"})
_PLAIN_KNOWN = sorted({form for word in _KNOWN for form in _forms(word) if is_plain(form)})


def test_plain_words_of_the_tables_as_the_chain_makes_them():
    for make in (_analyzer, _words_analyzer):
        analyzer = make()
        plain = plain_term_function(analyzer)
        assert plain is not None
        for word in _PLAIN_KNOWN:
            assert plain(word) == _chain(analyzer, word), (make.__name__, word)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=14),
                 st.sampled_from(_PLAIN_KNOWN).map(lambda w: w + "s"),
                 st.sampled_from(_PLAIN_KNOWN).map(lambda w: w + "ing"),
                 st.sampled_from(_PLAIN_KNOWN).map(lambda w: w[:1].upper() + w[1:])))
def test_any_plain_word_as_the_chain_makes_it(word):
    for make in (_analyzer, _words_analyzer):
        analyzer = make()
        assert plain_term_function(analyzer)(word) == _chain(analyzer, word), (make.__name__, word)


def test_the_cached_term_goes_the_plain_way_only_for_plain_words():
    analyzer = _analyzer()
    for word in ("Hims", "hit", "Hit", "WHO", "Sina'a", "Suriye'de", "S.D.F", "Alep", "İdlib", "naïve", "دمشق", "x_y"):
        assert analyzer._term(word) == _chain(analyzer, word), word
    assert "_plain" in analyzer.__dict__ and "_plain" not in analyzer.__getstate__()


def test_other_chains():
    plain = _analyzer(stem=False)  # the outlet's and author's: the vocabulary's chain with its own stop sizes
    for word in _PLAIN_KNOWN:
        assert plain_term_function(plain)(word) == _chain(plain, word), word
    assert plain_term_function(_analyzer(names=False)) is None  # a chain this module does not know
