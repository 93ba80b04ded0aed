"""The byline as the page writes it: a page's markup may list its writers apart by commas
(``<meta name="author" content="A، B">``, "A, B") while the byline it prints joins them with the
language's word ("إعداد: A وB", "Por A y B"). The truth stores names as written: where a byline the
page prints names the same people, its form is kept (:func:`as_written`).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from archive.extract.paragraphs import plain
from archive.extract.person_names import JOINED, bare_name
from archive.model import collapse_whitespace

WRITTEN_CHARS = 160  # a byline the page prints is a short element


def _names(value: str) -> frozenset:
    """The names of a list of writers, whatever joins them (a comma, "،", a joining word, Arabic's
    glued "و"), in their plain form."""
    parts = (collapse_whitespace(plain(p)).strip(" .:") for p in JOINED.split(value.replace("،", ",")) if p and p.strip())
    return frozenset(p for p in parts if p)


def _printed_names(text: str) -> Optional[str]:
    """The names a printed byline element holds: labelled ("By A and B", "إعداد: A وB") or bare."""
    from archive.extract.bylines import byline

    found = byline(text)
    if found:
        return found[0]
    return bare_name(text)


def as_written(author: Optional[str], printed: Iterable[str]) -> Optional[str]:
    """``author`` (from the markup) as a byline the page prints writes it (``printed``: the texts of
    the short elements near the headline), where that byline names the same two or more people in
    another form; else ``author`` as it is."""
    if not author:
        return author
    wanted = _names(author)
    if len(wanted) < 2:
        return author
    for text in printed:
        if not text or len(text) > WRITTEN_CHARS:
            continue
        found = _printed_names(collapse_whitespace(text))
        if found and found != author and _names(found) == wanted:
            return found
    return author
