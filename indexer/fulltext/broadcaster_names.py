"""A place's name written as a broadcaster writes its own is the broadcaster (names15): "Al Mayadeen aired
an interview", "the Beirut channel Al Mayadeen", "Al Mayadeen broadcast a speech" are the Beirut channel,
not the town of al-Mayadin.

A town gives its name to a channel ("Al Mayadeen TV"), and the channel's bare name is the town's spelling.
The article apart and capitalised ("Al Mayadeen", as a channel styles its name; the town is written
"al-Mayadin" or "Mayadin") with a verb of broadcasting right after it, or a broadcaster's noun right
before it (``archive/data/place_words.txt`` [broadcast verbs], [broadcaster nouns]), makes the mention
the broadcaster's. Read as ``placed_elsewhere`` reads a place put in another country: the mention's words
are indexed with the mark of another meaning, unless the report names the place otherwise too.
"""

from __future__ import annotations

import re

from indexer.names import fold_word
from indexer.place_countries import WORDS as _WORDS

_VERBS = frozenset(fold_word(word) for word in _WORDS["broadcast verbs"])
_NOUNS = frozenset(fold_word(word) for word in _WORDS["broadcaster nouns"])
_ARTICLE_APART = re.compile(r"(?:^|[^\w-])Al $")


def names_a_broadcaster(text: str, spans: list, folded: list, start: int, end: int) -> bool:
    """Whether the place mention ``spans[start:end]`` of ``text`` (its article dropped from the words) is
    written "Al <Name>" with a verb of broadcasting right after it or a broadcaster's noun before it."""
    if not _ARTICLE_APART.search(text[max(0, spans[start][0] - 4):spans[start][0]]):
        return False
    if end < len(spans) and folded[end] in _VERBS and text[spans[end - 1][1]:spans[end][0]] == " ":
        return True
    before = text[:spans[start][0] - 3].rstrip()
    return start > 0 and folded[start - 1] in _NOUNS and before.endswith(text[spans[start - 1][0]:spans[start - 1][1]])
