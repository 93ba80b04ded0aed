"""A newsletter's closing under its last item: a short paragraph in which the writer thanks the
reader for reading ("Thanks for reading. Next week: a conversation with ...", "Thanks for
reading. Reply to this email if you have ..."). It is the sign-off, not the issue's text, whatever
follows the thanks in it. The formulas are data (``archive/data/newsletter_closings.txt``,
several languages), matched where the paragraph opens; the paragraph is short (a sign-off, not a
last item that happens to open so) and holds no quoted speech (a person thanking someone is text).

Only a text's end is cut (:func:`archive.extract.calls_to_action.without_calls` asks
:func:`closing` beside its calls to action), never its only paragraph.
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines
from archive.extract.line_furniture import plain

MAX_WORDS = 40  # a sign-off is a line or two; a longer paragraph opening with thanks is text
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_QUOTES = "\"“”«»"
_OPENING = re.compile(r"^[\W_]*")


@functools.lru_cache(maxsize=1)
def _formulas() -> tuple:
    return tuple(sorted({_normal(line) for line in data_lines("newsletter_closings.txt")}, key=len, reverse=True))


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(plain(text.replace("’", "'"))))


def closing(paragraph: str) -> bool:
    """Whether ``paragraph`` is a newsletter's closing: it opens with a thanks for reading of the
    data, in at most :data:`MAX_WORDS` words, with no quotation marks."""
    text = _OPENING.sub("", paragraph.strip())
    if not text or any(q in text for q in _QUOTES) or len(_WORD.findall(text)) > MAX_WORDS:
        return False
    opening = _normal(text[:80])
    return any(opening == f or opening.startswith(f + " ") for f in _formulas())
