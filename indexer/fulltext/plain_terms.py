"""A plain word's term without the analyzer chain (issue #16, round 37).

A word new to an import's analyzer cache went through Whoosh's chain of generators, token objects
and a dozen filters (``ArchiveAnalyzer._term``): ~18 µs a word for the title and body analyzer, ~5 µs
for the vocabulary's, and a worker meets ~12 new words an article in its first thousands. Most of
them are plain: ASCII letters and digits, which the tokenizer keeps whole and the accent, mark,
acronym and Arabic filters leave as they are once in lower case. For those, the filters that can act
(the name a word is, read from the word as written; lower case; the stop list and its lengths; the
stemmer; the transliteration rule; the name and its word at one position) are applied here in the
chain's order, with the chain's own settings read from its filters: the same term, as
``tests/test_plain_terms.py`` checks against the chain.

:func:`plain_term_function` gives the function for the index's two chains (the stemming one with
names, ``analysis._analyzer()``; the vocabulary's, ``analysis._words_analyzer()``) and None for any
other, which keeps the chain for every word.
"""

from __future__ import annotations

import string
from typing import Callable, Optional

PLAIN = string.ascii_lowercase + string.digits


def is_plain(word: str) -> bool:
    """Whether ``word`` is ASCII letters and digits only (a token, so not empty)."""
    return word.isascii() and word.isalnum()


def plain_term_function(analyzer) -> Optional[Callable]:
    """``f(word)`` equal to ``analyzer._term(word)`` for a plain word (:func:`is_plain`), or None
    where the analyzer's chain is not one this module knows, or its settings touch plain letters in
    lower case."""
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter

    from indexer.fulltext.analysis import (
        AcronymFilter, ArabicFilter, MarksFilter, NameCaseFilter, NameFilter, NameFormFilter, NameStopFilter,
    )
    from indexer.names import MARKS, TOKEN_PATTERN, is_arabic

    items = list(getattr(analyzer, "items", ()))
    kinds = [type(item) for item in items]
    stemming = [RegexTokenizer, AcronymFilter, NameCaseFilter, LowercaseFilter, CharsetFilter, MarksFilter,
                ArabicFilter, NameStopFilter, StemFilter, NameFilter, NameFormFilter]
    words = [RegexTokenizer, AcronymFilter, LowercaseFilter, CharsetFilter, MarksFilter, ArabicFilter, StopFilter]
    if kinds not in (stemming, words):
        return None
    tokenizer = items[0]
    if tokenizer.gaps or tokenizer.expression.pattern != TOKEN_PATTERN:
        return None
    charset = items[kinds.index(CharsetFilter)]
    if any(c.translate(charset.charmap) != c or MARKS.search(c) or is_arabic(c) for c in PLAIN):
        return None
    stop = items[kinds.index(NameStopFilter if kinds == stemming else StopFilter)]
    stops, smallest, largest = stop.stops, stop.min, stop.max

    def kept(word: str) -> bool:
        return len(word) >= smallest and (largest is None or len(word) <= largest) and word not in stops

    if kinds == words:
        def word_term(word: str):
            word = word.lower()  # LowercaseFilter; the acronym filter before it leaves a plain word
            return word if kept(word) else None

        return word_term

    stemmer = items[8]
    if stemmer.lang:
        return None
    stem, ignore = stemmer.stemfn, stemmer.ignore  # the chain's cache of stems holds this function's values

    from indexer.cased_names import WORDS
    from indexer.fulltext.analysis import name_form
    from indexer.names import normalise_name

    def term(word: str):
        form = name_form(word)  # NameCaseFilter, on the word as written
        word = word.lower()  # LowercaseFilter
        is_kept = kept(word)  # NameStopFilter: a stop word that is a name stays
        if not is_kept and not form:
            return None
        text = normalise_name(word if word in ignore else stem(word))  # StemFilter, NameFilter
        if not form:
            return text
        if is_kept and text != form and form.lower() in WORDS:  # NameFormFilter: the name and its word
            return (form, text)
        return form

    return term
