"""An article's text split once into its words and the gaps between them, for the stages that
read words: the entities (title and body), the figures' sources (the body) and the index
analysis (title and body) each took their own pass over the text before (issue #16).

``split(text)`` is ``[gap, word, gap, word, ..., gap]`` (one ``re.split``, in C): the words are
the search index's tokens (``indexer.names.TOKEN_RE``, the same list ``TOKEN_RE.findall``
gives), each gap the text before its word, the last the text after the last word, so the parts
joined are the text again and a word's offset is the length of the parts before it.
"""

from __future__ import annotations

import re

from indexer.names import TOKEN_PATTERN

_SPLIT = re.compile("(" + TOKEN_PATTERN + ")")


def split(text: str) -> list:
    """``[gap, word, gap, ..., word, gap]``: ``text``'s tokens at the odd places."""
    return _SPLIT.split(text)


def words(parts: list) -> list:
    """The tokens of a split text."""
    return parts[1::2]


def joined(first: list, between: str, second: list) -> list:
    """``split(a + between + b)`` from ``split(a)`` and ``split(b)``, for a ``between`` without a
    word character (a token ends before it and the next one starts after it): the title and body
    as the entities read them, ``f"{title}\\n\\n{body}"``."""
    if not between or _SPLIT.search(between) or between[0] in ".'’ʼ`":
        raise ValueError(f"not a separator between words: {between!r}")
    return first[:-1] + [first[-1] + between + second[0]] + second[1:]
