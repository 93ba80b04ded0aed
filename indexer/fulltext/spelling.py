"""Spelling: "did you mean", the index word that best explains a word it hardly knows."""

from __future__ import annotations

import math
import re
from typing import Optional

from indexer.fulltext.analysis import _text, query_stop_words
from indexer.fulltext.query import MAX_QUERY_CHARS
from indexer.fulltext.variants import _OPERATORS, alias_table, edit_distance, name_key


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
        for match in re.finditer(r"(?<![\w:*?])[^\W\d_]{3,}(?![\w:*?'’-])", text):
            word = match.group(0)
            lower = word.lower()
            if word in _OPERATORS or lower in stop or name_key(word) in alias_table():
                continue  # a known name is searched in all its spellings already
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
