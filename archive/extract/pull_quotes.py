"""Pull quotes: a sentence of the text printed again, large, between its paragraphs. On a page
copied to text it is a paragraph of its own, a quotation and nothing else (no "she said" outside
the quotation marks), whose words stand, most of them in the same order (pairs of words), in the
paragraph right over or under it: the page's furniture, printed twice. A quotation the text holds once is never one."""

from __future__ import annotations

import re

MAX_WORDS = 40
MIN_WORDS = 5
SHARE = 0.6  # of its pairs of words found in the paragraph it repeats, in their order
NEAR = 1  # the paragraph it repeats stands right over or under it
_OPEN = "\"“«‘'„"
_CLOSE = "\"”»’'“"
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> list:
    return _WORD.findall(text.casefold())


def pull_quote(paragraphs: list, at: int) -> bool:
    """Whether paragraph ``at`` is a pull quote (see the module)."""
    text = paragraphs[at].strip()
    if len(text) < 2 or text[0] not in _OPEN or text[-1] not in _CLOSE:
        return False
    if any(c in _CLOSE for c in text[1:-1].replace("'", "").replace("’", "")):
        return False  # two quotations with words between them: a paragraph of the text
    words = _words(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    pairs = list(zip(words, words[1:]))
    for other in range(max(0, at - NEAR), min(len(paragraphs), at + NEAR + 1)):
        if other == at:
            continue
        theirs = _words(paragraphs[other])
        if len(theirs) > len(words) and sum(1 for p in pairs if p in set(zip(theirs, theirs[1:]))) >= SHARE * len(pairs):
            return True
    return False


def without_pull_quotes(paragraphs: list) -> list:
    """The text without its pull quotes."""
    if len(paragraphs) < 3:
        return paragraphs
    return [p for at, p in enumerate(paragraphs) if not pull_quote(paragraphs, at)]
