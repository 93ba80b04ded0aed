"""The interface's words beside a byline: a button to download the study, print, share or read
more ("Jane Doe | 2023-07-19 | Download PDF", "أحمد العلي" over "تحميل الملف", "More news" heading
a list of links under the text). Their words are data (``archive/data/byline_buttons.txt``, many
languages); a part of a byline holding only such words names no writer."""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines
from archive.extract.paragraphs import plain

BUTTON_WORDS = 4  # a button's label is this short
_JOINED = re.compile(r"\s+(?:and|&|و)\s+")


@functools.lru_cache(maxsize=1)
def _entries() -> tuple:
    """(single words, whole phrases) of the data, in their plain form."""
    words, phrases = set(), set()
    for line in data_lines("byline_buttons.txt"):
        key = " ".join(plain(line).split())
        (phrases if " " in key else words).add(key)
    return frozenset(words), frozenset(phrases)


def button(part: str) -> bool:
    """Whether a line or a part of a byline's line is an interface button's label ("Download PDF",
    "تحميل الملف", "هەواڵی زیاتر"): a phrase of the data, or a label of a few words opening with one
    of its words."""
    key = " ".join(plain(part or "").strip(" |·•-–—:()[]<>»«").split())
    if not key or len(key.split()) > BUTTON_WORDS:
        return False
    words, phrases = _entries()
    return key in phrases or key.split()[0] in words


def without_buttons(author: str) -> str:
    """A byline without the parts joined to it that are buttons ("أحمد العلي and تحميل الملف": the
    name over the button the header reading took for a second writer); '' where every part is one."""
    parts = _JOINED.split(author)
    kept = [part for part in parts if not button(part)]
    if len(kept) == len(parts):
        return author
    return " and ".join(kept)
