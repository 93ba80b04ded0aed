"""A page that lists other pages instead of holding an article: a tag, section or search page's
teasers (a headline, a date, the opening of each story cut short with "…"), by its shape alone.

A text is such a list when what is left of it holds three teasers or more (short paragraphs cut
short) and not one paragraph of prose (whole sentences of some length): an article is written in
them, a listing never is. The readers refuse it with a reason (:data:`TEASER_LIST`).
"""

from __future__ import annotations

import re
from typing import Sequence

from archive.extract.line_furniture import ends_sentence

TEASER_LIST = "a list of teasers (a tag, section or search page), no article text"
MIN_TEASERS = 3
TEASER_WORDS = 40  # a story's opening cut short: at most this many words
PROSE_WORDS = 8  # a paragraph of prose: a sentence or more of at least this many words
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*(?:\[…\]|\[\.\.\.\]|»|→)?\s*$")


def teaser(paragraph: str) -> bool:
    """A story's opening cut short: a few words ending in an ellipsis."""
    return len(paragraph.split()) <= TEASER_WORDS and bool(_CUT_SHORT.search(paragraph))


def prose(paragraph: str) -> bool:
    """A paragraph of the article's prose: whole sentences, not a few words."""
    return len(paragraph.split()) >= PROSE_WORDS and ends_sentence(paragraph)


def teaser_list(paragraphs: Sequence[str]) -> bool:
    """Whether the paragraphs are a list of teasers rather than an article (see the module)."""
    return sum(1 for p in paragraphs if teaser(p)) >= MIN_TEASERS and not any(prose(p) for p in paragraphs)
