"""The other name a report gives a place's mention, of another country's place ("Sour (Tyre)", "Sour,
the Lebanese port also called Tyre", "as Tyre is known"): read by ``placed_elsewhere`` (moved out of it
unchanged, names33)."""

from __future__ import annotations

import re

from indexer.names import fold_word
from indexer.place_countries import WORDS as _WORDS
from indexer.fulltext.placing_words import _LEAVING

_SENTENCE_END = re.compile(r"[.!?;\n]")
_REACH = 10  # words after a mention its other name is looked for in (placed_elsewhere's reach)


def _gap(text, spans, j) -> str:
    return text[spans[j - 1][1]:spans[j][0]] if j > 0 else ""


# "also called Tyre"; "known as Tyre" below (folded as the text's words are: "called" is "caled")
_NAMING = frozenset(fold_word(word) for word in _WORDS["naming"])  # archive/data/place_words.txt
_KNOWN = fold_word("known")


def other_name(text, spans, folded, end, at):
    """The countries of another country's place (or a country) that the text gives as another name
    of the mention ending at word ``end``: in brackets right after it ("Sour (Tyre)"), after "called",
    "named" or "known as" ("Sour, the Lebanese port also called Tyre"), or "as Tyre is known"; within
    its sentence, before any word that leaves it. None when no such name is given."""
    for q in range(end, min(end + _REACH, len(folded))):
        gap = _gap(text, spans, q)
        if _SENTENCE_END.search(gap):
            return None
        item = at.get(q)
        if item is None or item[2] not in ("elsewhere", "country", "place"):
            if folded[q] in _LEAVING and folded[q] not in ("is", "was"):
                return None
            continue
        before = folded[q - 1] if q > end else ""
        after = folded[item[1]:item[1] + 2]
        if ((q == end and "(" in gap) or before in _NAMING
                or (before == "as" and q - 2 >= end and folded[q - 2] == _KNOWN)
                or (before == "as" and len(after) == 2 and after[0] in ("is", "was") and after[1] in _NAMING | {_KNOWN})):
            return item[3]
        return None
    return None
