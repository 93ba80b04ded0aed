"""Analysis: how text becomes terms (Whoosh's ``analysis``).

The tokenizer and filters of the archive's analyzers (marks, stop words and Arabic articles,
stemming, transliteration variants; Arabic script: ``arabic_terms.py``'s :class:`ArabicFilter`) and
:class:`ArchiveAnalyzer`'s cached fast path for indexing (the positions format that uses it is
``positions_encoded.py``'s).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from whoosh.analysis import (
    STOP_WORDS, CharsetFilter, CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter,
)
from whoosh.support.charset import accent_map

# The rules for writing names (words, marks, Arabic articles, transliteration variants) are indexer/names.py's.
from indexer.names import ARABIC_ARTICLES, TOKEN_PATTERN, normalise_name  # noqa: F401 (ARABIC_ARTICLES: re-exported)
from indexer.names import MARKS as _MARKS
from indexer.names import TOKEN_RE as _TOKEN_RE
from indexer.names import fold as _fold
from indexer.names import PERSIAN_KURDISH_LETTERS, undotted

# The analysis the index was built with, kept in its schema (``ArchiveAnalyzer.analysis_version``):
# an index built by an older one is reported by ``archive check`` until ``archive reindex``; its number
# and history are analysis_version.py's.
from indexer.fulltext.analysis_version import ANALYSIS_VERSION  # noqa: E402,F401 (callers import it here)
from indexer.fulltext.site_nouns import site_stem  # noqa: E402 (Porter's; a site noun apart from its verbs)
# Indexes built before the positions format moved out pickled it as this module's: keep the names here.
from indexer.fulltext.positions_encoded import Analysed, Encoded, FastPositions, encode_positions  # noqa: E402,F401


class MarksFilter(Filter):
    """Drops apostrophes and ʿ ʾ marks inside words: Sina'a = Sinaa, Raʿqa = Raqa."""

    def __call__(self, tokens):
        for token in tokens:
            if _MARKS.search(token.text):
                token.text = _MARKS.sub("", token.text)
                if not token.text:
                    continue
            yield token


_ELISION = re.compile(r"^[lLdD]['’ʼ](?=[^\W\d_]{2})")
# Turkish sets a case, possessive or plural suffix off a proper name with an apostrophe (TDK: Suriye'de,
# Yönetim'den, Kobani'nin, Rakka'ya, SİHA'ları): the name is the part before it. Of two letters or more
# (Sina'a keeps its a); in/ın/un/ün only after a consonant (Mu'in, an Arabic name, keeps its letters);
# the name of three letters or more, capitalised (Sa'da, an Arabic name, keeps its letters).
_TURKISH_SUFFIX = re.compile(
    r"^([A-ZÇĞİÖŞÜÂÎÛ][^\W\d_]{2,})['’ʼ](?:d[ea]|t[ea]|d[ea]n|t[ea]n|d[ea]ki|t[ea]ki|n[iıuü]n|y[eaiıuü]|l[ea]|yl[ea]"
    r"|l[ea]r|l[ea]ri|lar[iı]|l[ea]rin|lar[iı]n|l[ea]rd[ea]|l[ea]rd[ea]n|l[iıuü]|n[ea]|nd[ea]|nd[ea]n)$"
    r"|^([A-ZÇĞİÖŞÜÂÎÛ][^\W\d_]*[^\W\d_aeıioöuüâîûAEIİOÖUÜ])['’ʼ][iıuü]n$")


# an acronym in capitals (two or more, Turkish and Kurmanji capitals too) with Kurmanji's oblique ending
_KURMANJI_ACRONYM = re.compile(r"^([A-ZÇŞÊÎÛİ]{2,})y?ê$")


class AcronymFilter(Filter):
    """First after the tokenizer: an acronym written with dots is the acronym (S.D.F. = SDF, Y.P.G. = YPG:
    :func:`indexer.names.undotted`), in the index and in queries; Turkish capital İ is I (IŞİD, DAİŞ,
    İşçi: lower-cased, İ would be i and a combining dot, which no other spelling has); French l' and d'
    are no part of the word they are elided into (L'OIM = OIM, d'Alep = Alep, l'EI = EI); a Turkish
    suffix set off a name by an apostrophe is no part of it (Suriye'de = Suriye: _TURKISH_SUFFIX); nor is
    Kurmanji's oblique ending -ê/-yê joined to an acronym in capitals (DAIŞê = DAIŞ, YPGê = YPG, PKKê = PKK:
    _KURMANJI_ACRONYM)."""

    def __call__(self, tokens):
        for token in tokens:
            if token.text[1:2] in ("'", "’", "ʼ") and _ELISION.match(token.text):
                token.text = token.text[2:]
                if getattr(token, "startchar", None) is not None:
                    token.startchar += 2
            if token.text[:1].isupper() and ("'" in token.text or "’" in token.text or "ʼ" in token.text):
                suffixed = _TURKISH_SUFFIX.match(token.text)
                if suffixed and len(suffixed.group(1) or suffixed.group(2)) >= 3:
                    token.text = suffixed.group(1) or suffixed.group(2)
            if token.text[-1:] == "ê" and _KURMANJI_ACRONYM.match(token.text):
                token.text = _KURMANJI_ACRONYM.match(token.text).group(1)
            if "." in token.text:
                token.text = undotted(token.text)
            if "İ" in token.text:
                token.text = token.text.replace("İ", "I")
            yield token


class NameFilter(Filter):
    """After stemming: Hassakeh, Hasakeh and Hasakah index as one term (see normalise_name)."""

    is_morph = True

    def __call__(self, tokens):
        for token in tokens:
            token.text = normalise_name(token.text)
            yield token


def name_form(word: str):
    """The name a word is (``indexer/cased_names.py``), as the index keeps it ("Hims", "WHO"), or None.
    An acronym of at most four capitals that the stemmer shortens in lower case ("ans": "an") is the name only
    in capitals: ANS, the Syrian National Army, is never the French "ans" (years); ICC is so in any case.
    A name that is not an English word is that name in any case ("hims", "HIMS": never stemmed to
    "him"); one that is a word counts only with the name's case: a capitalised name capitalised or
    in capitals ("Hit", "HIT"; not "hit"), one in capitals in capitals only ("WHO"; not "Who")."""
    from indexer.cased_names import CASED, WORDS

    folded = word.lower() if word.isascii() else _fold(word)
    form = CASED.get(folded)
    if form is None:
        folded = normalise_name(folded)  # "Sarrin", normalised onto a word kept as a name (sarin): that name
        form = CASED.get(folded) if folded in WORDS else None
        if form is None:
            return None
    if form.isupper() and len(form) <= 4 and not word.isupper() and site_stem(folded) != folded:
        return None  # kept cased as the stemmer shortens it: in lower case a word ("ans", French years: no ANS)
    if folded not in WORDS or word.isupper():
        return form
    return form if word[:1].isupper() and not form.isupper() and word[1:].islower() else None


class NameCaseFilter(Filter):
    """First after the tokenizer: notes on each token the name it is (:func:`name_form`) for
    NameStopFilter and NameFormFilter, which keep it; the other filters see the word as ever."""

    def __call__(self, tokens):
        for token in tokens:
            token.name_form = name_form(token.text)
            yield token


class NameStopFilter(StopFilter):
    """Whoosh's StopFilter (and its renumbering), keeping a word that is a name: "US", "IS"."""

    def __call__(self, tokens):
        stoplist, minsize, maxsize, renumber = self.stops, self.min, self.max, self.renumber
        pos = None
        for t in tokens:
            text = t.text
            word = len(text) >= minsize and (maxsize is None or len(text) <= maxsize) and text not in stoplist
            t.name_stop = not word
            if word or getattr(t, "name_form", None):
                if renumber and t.positions:
                    if pos is None:
                        pos = t.pos
                    else:
                        pos += 1
                        t.pos = pos
                t.stopped = False
                yield t
            elif not t.removestops:
                t.stopped = True
                yield t


class NameFormFilter(Filter):
    """Last: a word that is a name is indexed as the name, unstemmed ("Hims", "Hit", "WHO"). A name
    that is also an English word, written as the name, is indexed at the same position as that word
    too ("hit", "who"; nothing for "US", a stop word), so a search for the word finds it as before;
    a query (any mode but "index") asks for the name alone: "Hit" never finds "hit", "Homs" (Hims)
    never finds "him"."""

    def __call__(self, tokens):
        from indexer.cased_names import WORDS

        for token in tokens:
            form = getattr(token, "name_form", None)
            if not form:
                yield token
                continue
            word = token.text
            token.text = form
            yield token
            if token.mode == "index" and not token.name_stop and word != form and form.lower() in WORDS:
                token.text = word
                yield token


# Arabic-script terms (moved to arabic_terms.py; re-exported: analysis.arabic_term, ArabicFilter, ...).
from indexer.fulltext.arabic_terms import (  # noqa: E402,F401
    _STEMMERS, ARTICLED_MARK, ArabicFilter, _arabic_stemmer, _bare_articled_name, _whole_arabic_name, arabic_term,
    in_persian_text,
)


class ArchiveAnalyzer(CompositeAnalyzer):
    """The analyzer chain, plus a fast path for indexing: :meth:`term_positions`.

    Every filter after the tokenizer works on one token at a time, so a word always becomes the
    same term (or none): indexing looks each distinct word up once in a cache instead of passing
    every token through the chain of generators (about 3x faster; the terms and positions are
    the same, which ``tests/test_fulltext_fast_path.py`` checks). Queries and highlights still
    go through the chain.
    """

    def term_positions(self, text: str, words: Optional[list] = None, tokens: Optional[list] = None) -> dict:
        """``{term: [position, ...]}`` for ``text``, as the chain would index it; the text's
        words (tokens before any filter) are added to ``words`` when it is given. ``tokens``:
        the text's tokens (``TOKEN_RE.findall(text)``), when the caller has them already."""
        cache = self._cache()
        positions: dict = {}
        position = None
        if tokens is None:
            tokens = _TOKEN_RE.findall(text)
        if words is not None:
            words.extend(tokens)
        persian = False  # a text in Persian or Kurdish from its first word in their letters (ArabicFilter)
        for index, word in enumerate(tokens):
            if word[:1] >= "\u0600":  # Arabic script (its letters come after every Latin one in use)
                persian = persian or PERSIAN_KURDISH_LETTERS.search(word) is not None
                if persian:
                    word = in_persian_text(word)
            term = cache.get(word, _MISSING)
            if term is _MISSING:
                term = cache[word] = self._term(word)
            if term is not None:
                # StopFilter renumbers: the first term keeps its place, the others follow it
                position = index if position is None else position + 1
                if type(term) is tuple:  # a name and its word (NameFormFilter): one position
                    for one in term:
                        positions.setdefault(one, []).append(position)
                    continue
                found = positions.get(term)
                if found is None:
                    positions[term] = [position]
                else:
                    found.append(position)
        return positions

    def terms(self, words) -> set:
        """The distinct terms ``words`` (tokens) index as."""
        cache = self._cache()
        found = set()
        for word in set(words):
            term = cache.get(word, _MISSING)
            if term is _MISSING:
                term = cache[word] = self._term(word)
            if type(term) is tuple:
                found.update(term)
            elif term is not None:
                found.add(term)
        return found

    def vocabulary(self, words) -> set:
        """``_words_only(self.terms(words))``, the terms with a letter: each distinct word's are looked
        up once in a cache of their own (issue #16: the set of a report's words less those known, then
        one map over the words instead of a loop over them and another over their terms)."""
        cache = self.__dict__.get("_vocabulary")
        if cache is None or len(cache) > TERM_CACHE_SIZE:
            cache = self.__dict__["_vocabulary"] = {}
        distinct = set(words)
        new = distinct.difference(cache)
        if new:
            terms = self._cache()
            search = _LETTER.search
            for word in new:
                term = terms.get(word, _MISSING)
                if term is _MISSING:
                    term = terms[word] = self._term(word)
                if term is None:
                    cache[word] = None
                elif type(term) is tuple:
                    kept = tuple(one for one in term if search(one))
                    cache[word] = kept[0] if len(kept) == 1 else kept or None
                else:
                    cache[word] = term if search(term) else None
        found = set(map(cache.__getitem__, distinct))
        found.discard(None)
        tuples = [one for one in found if type(one) is tuple]
        for one in tuples:
            found.discard(one)
            found.update(one)
        return found

    def _cache(self) -> dict:
        """``{word: term or None}``, this analyzer's own, emptied when it grows past TERM_CACHE_SIZE."""
        cache = self.__dict__.get("_terms")
        if cache is None or len(cache) > TERM_CACHE_SIZE:
            cache = self.__dict__["_terms"] = {}
        return cache

    def _term(self, word: str):
        """The term a word indexes as, None for none, or a tuple of terms at one position (a name
        and its word: NameFormFilter)."""
        plain = self.__dict__.get("_plain", _MISSING)
        if plain is _MISSING:  # a plain word's term without the chain (plain_terms.py), where the chain allows
            from indexer.fulltext.plain_terms import plain_term_function

            plain = self.__dict__["_plain"] = plain_term_function(self)
        if plain is not None and word.isascii() and word.isalnum():
            return plain(word)
        tokens = [token.text for token in self(word, mode="index")]
        return tokens[0] if len(tokens) == 1 else tuple(tokens) if tokens else None

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_terms", None)  # the caches are not part of the schema
        state.pop("_vocabulary", None)
        state.pop("_plain", None)
        return state


TERM_CACHE_SIZE = 500_000
_MISSING = object()


def _stamped(analyzer: ArchiveAnalyzer) -> ArchiveAnalyzer:
    analyzer.analysis_version = ANALYSIS_VERSION
    return analyzer


def analysis_version(analyzer) -> int:
    """The analysis an index's (pickled) analyzer does: 1 for one made before the stamp."""
    return getattr(analyzer, "analysis_version", 1)


def _analyzer(stem: bool = True, names: bool = True):
    """Title and body (``stem``): words stemmed, the names of indexer/cased_names.py kept as names
    (NameCaseFilter; not with ``names=False``, the plain analysis the list is found with); outlet and
    author (not ``stem``): words as they are."""
    stops = STOP_WORDS | ARABIC_ARTICLES
    if not stem:
        return _stamped(ArchiveAnalyzer(RegexTokenizer(TOKEN_PATTERN), AcronymFilter(), LowercaseFilter(), CharsetFilter(accent_map),
                                        MarksFilter(), ArabicFilter(stem=False), StopFilter(stoplist=stops)))
    if not names:
        return _stamped(ArchiveAnalyzer(RegexTokenizer(TOKEN_PATTERN), AcronymFilter(), LowercaseFilter(), CharsetFilter(accent_map),
                                        MarksFilter(), ArabicFilter(stem=True), StopFilter(stoplist=stops),
                                        StemFilter(stemfn=site_stem), NameFilter()))
    return _stamped(ArchiveAnalyzer(RegexTokenizer(TOKEN_PATTERN), AcronymFilter(), NameCaseFilter(), LowercaseFilter(),
                                    CharsetFilter(accent_map), MarksFilter(), ArabicFilter(stem=True),
                                    NameStopFilter(stoplist=stops), StemFilter(stemfn=site_stem), NameFilter(), NameFormFilter()))


def _words_analyzer():
    """The unstemmed words of titles and bodies, for spelling suggestions."""
    return _stamped(ArchiveAnalyzer(RegexTokenizer(TOKEN_PATTERN), AcronymFilter(), LowercaseFilter(), CharsetFilter(accent_map),
                                    MarksFilter(), ArabicFilter(stem=False),
                                    StopFilter(stoplist=STOP_WORDS | ARABIC_ARTICLES, minsize=3)))


@functools.lru_cache(maxsize=None)
def _words_analyzer_cached():
    return _words_analyzer()


@functools.lru_cache(maxsize=None)
def _stemming_analyzer():
    return _analyzer()


@functools.lru_cache(maxsize=None)
def _key_analyzer():
    return _analyzer()


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _words_only(terms) -> set:
    """Terms with a letter: numbers (a report's 4,000, 2019, 332) are most of the archive's
    distinct terms, and neither "did you mean" nor prefix expansion needs them (K24, M4 stay)."""
    return {term for term in terms if _LETTER.search(term)}


@functools.lru_cache(maxsize=None)
def query_stop_words() -> frozenset:
    """The words a question drops (natural_query), as the caller gave them (see :mod:`.language`)."""
    from indexer.fulltext import language

    return frozenset(language.stop_words())


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value
