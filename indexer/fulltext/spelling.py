"""Spelling: "did you mean", the index word that best explains a word it hardly knows."""

from __future__ import annotations

import math
import re
from typing import Optional

from indexer.fulltext.analysis import _DIGIT, _text, _words_analyzer_cached, query_stop_words
from indexer.fulltext.query import MAX_QUERY_CHARS
from indexer.fulltext.aliases import _OPERATORS, alias_table, name_key
from indexer.fulltext.sound_alikes import edit_distance

# A word of a query: letters, with the Arabic short vowels, shadda and tatweel inside it (not \w:
# "الهَوْل" is one word, not "اله" and "ل"); not a field name, wildcard or part of a longer token.
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
_QUERY_WORD = re.compile(rf"(?<![\w:*?{_ARABIC_MARKS}])(?:[^\W\d_]|[{_ARABIC_MARKS}]){{3,}}(?![\w:*?'’\-{_ARABIC_MARKS}])")


def best_correction(reader, word: str, fieldname: str = "words", count=None) -> Optional[str]:
    """The index word within 2 edits of ``word`` that best explains it: fewer edits first, then the
    more documents (each edit costs a factor of ~20 in document frequency). ``count(word)`` is the
    number of articles holding a word (default: the reader's document frequency)."""
    count = count or (lambda w: reader.doc_frequency(fieldname, w))
    own = count(word)
    best, best_score = None, None
    for candidate in reader.terms_within(fieldname, word, 2, prefix=1):
        candidate = _text(candidate)
        if candidate == word:
            continue
        df = count(candidate)
        if df <= own * 10:  # only words far more common than what was typed
            continue
        score = math.log(df + 1) - 3.0 * edit_distance(word, candidate)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best


class Spelling:
    """:class:`~indexer.fulltext.index.FullTextIndex`'s "did you mean" (mixed into it)."""

    def suggest(self, text: str) -> Optional[str]:
        """A "did you mean" query: each word the index hardly knows replaced by the best index word
        within two edits (see best_correction), or None when nothing would change."""
        text = (text or "").strip()
        if not text or len(text) > MAX_QUERY_CHARS:
            return None
        reader, count = self._words()
        if reader is None or reader.doc_count_all() == 0:
            return None
        stop = query_stop_words()
        changed, out, last = False, [], 0
        from indexer.fulltext.name_phrases import joined_key

        for match in _QUERY_WORD.finditer(text):
            word = match.group(0)
            forms = [token.text for token in _words_analyzer_cached()(word)]  # as the vocabulary keeps it
            if len(forms) != 1 or _DIGIT.search(forms[0]):
                continue
            lower = forms[0]  # lower case, accents off; Arabic normalised, without article or prefixes
            if word in _OPERATORS or lower in stop or name_key(word) in alias_table() or joined_key(word):
                continue  # a known name (alhol too) is searched in all its spellings already
            if count(lower) >= 3:
                continue
            better = best_correction(reader, lower, count=count)
            if better:
                changed = True
                cased = better.upper() if word.isupper() else better.capitalize() if word[:1].isupper() else better
                out.append(text[last:match.start()] + cased)
                last = match.end()
        out.append(text[last:])
        return "".join(out) if changed else None
