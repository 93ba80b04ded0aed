"""Arabic-script terms: how an Arabic-script token becomes its indexed term (normalised, without
article or attached prefixes, stemmed by Snowball), the place names kept whole, the bare form of a
name the gazetteer writes only with its article (:data:`ARTICLED_MARK`), and :class:`ArabicFilter`.
Moved out of ``analysis.py`` (which re-exports these names)."""

from __future__ import annotations

import functools
import threading

from whoosh.analysis import Filter

from indexer.names import ARABIC_PREFIXES, PERSIAN_KURDISH_LETTERS, fold_arabic, is_arabic, normalise_arabic


_STEMMERS = threading.local()  # a PyStemmer Stemmer is not safe to share between threads


def _arabic_stemmer():
    stemmer = getattr(_STEMMERS, "arabic", None)
    if stemmer is None:
        import Stemmer  # PyStemmer: Snowball's stemmers in C

        stemmer = _STEMMERS.arabic = Stemmer.Stemmer("arabic")
    return stemmer


@functools.lru_cache(maxsize=200_000)
def arabic_term(word: str, stem: bool = True) -> str:
    """An Arabic-script token as indexed: normalised and without article or attached prefixes
    (``indexer.names.fold_arabic``), then Snowball's Arabic stemmer; digits as ASCII digits.
    A place name the stemmer would cut onto another name's or word's stem is kept whole, also after
    a bare ب, ك or ف (حماة, بحماة: حماه; not حما, the stem of حماية): see :func:`_whole_arabic_name`."""
    folded = fold_arabic(word)
    if not stem or not is_arabic(folded):
        return folded
    if _bare_articled_name(word, folded):  # the word's term, marked: هول -> هولـ
        return arabic_term("ال" + folded, stem) + ARTICLED_MARK
    whole = _whole_arabic_name(folded)
    if whole:
        return whole
    if folded[:1] == "ك":  # كداعش, كقسد ("as", "like"): a name written without its article (Snowball takes
        from indexer.arabic_whole_names import BARE  # ب and ف off itself: بحلب, فروج; never ك)

        if folded[1:] in BARE and folded not in BARE:
            folded = folded[1:]
    return _arabic_stemmer().stemWord(folded) or folded


# A place name the gazetteer writes only with its article, written bare in a text (عن هول ما عاشته,
# "the horror of"; فرات, a given name), is another word: indexed as the word and this mark (tatweel,
# which the normalisation drops from every text), never as the name's term.
ARTICLED_MARK = "\u0640"


def _bare_articled_name(word: str, folded: str) -> bool:
    """Whether ``word`` is one of indexer/arabic_whole_names.py's ARTICLED names written without its
    article (هول, وهول, لهول; not الهول, والهول, للهول)."""
    from indexer.arabic_whole_names import ARTICLED

    if folded not in ARTICLED or PERSIAN_KURDISH_LETTERS.search(word):
        return False
    normalised = normalise_arabic(word)
    return not any(normalised.startswith(prefix) and normalised[len(prefix):].endswith(folded)
                   for prefix in ARABIC_PREFIXES)


def in_persian_text(word: str) -> str:
    """``word`` as a text in Persian or Kurdish means it: those languages have no Arabic article, so a
    name the gazetteer writes only with it (الرقة, الفرات), written bare (به رقه, رود فرات), is the
    name, read as written with its article; any other word as it is. A text is in Persian or Kurdish
    from its first word with a letter of theirs (ی ک گ پ چ ژ ە ...: indexer/names.py). A Sorani plural
    ending, or the plural -یان of a word of belonging, is no part of the word (داعشیان: داعش)."""
    word = _without_kurdish_ending(word)
    if _bare_articled_name(word, fold_arabic(word)):
        return "ال" + word
    return word


# Sorani's plural ending (ەکان "the ...s", with -ی of the construct after it) and the plural of a word of
# belonging (-ی + -ان: داعشیان, "Daeshis"; Persian writes it so too), joined to the word they end: a name
# written with one is the name (داعشیان, هێزەکانی). Not the definite -ەکە: names end so (حەسەکە, Hasakah).
# Longest first; the word left keeps three letters at least (جریان, پایان: two, kept whole).
_KURDISH_ENDINGS = ("یەکانی", "یەکان", "ەکانی", "ەکاندا", "ەکان", "یان")


def _without_kurdish_ending(word: str) -> str:
    for ending in _KURDISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def bare_articled_name(word: str) -> bool:
    """Whether an Arabic-script token is a place name the gazetteer writes only with its article,
    written bare (هول "horror", the given name فرات): the search's rule, which the import's entity
    tagger follows too (``archive/extract/entities.py``)."""
    return _bare_articled_name(word, fold_arabic(word))


def _whole_arabic_name(folded: str) -> str:
    """The name ``folded`` is (``indexer/arabic_whole_names.py``, from the gazetteer), or ``""``."""
    from indexer.arabic_whole_names import WHOLE

    if folded in WHOLE:
        return folded
    if folded[:1] in ("ب", "ك", "ف") and folded[1:] in WHOLE:
        return folded[1:]
    return ""


class ArabicFilter(Filter):
    """Arabic-script tokens only (Latin text passes untouched): alef and hamza forms, ta marbuta,
    alef maqsura, tatweel and harakat normalised, Arabic-Indic digits as ASCII, the article and
    attached prefixes dropped (والهول = الهول = هول), then stemmed by Snowball when ``stem``."""

    def __init__(self, stem: bool = True):
        self.stem = stem

    def __call__(self, tokens):
        stem = self.stem
        persian = False  # see in_persian_text
        for token in tokens:
            if is_arabic(token.text):
                persian = persian or PERSIAN_KURDISH_LETTERS.search(token.text) is not None
                token.text = arabic_term(in_persian_text(token.text) if persian else token.text, stem)
                if not token.text:
                    continue
            yield token
