"""Lines over a page's headline that are no headline, by their shape (issue #13).

- A site's menu copied without its separators ("News Analysis Culture Opinion Perspective
  Creative Puzzles"): three words or more, each a section's name (``archive/data/section_words.txt``).
- A browser's print header: the date and time the page was printed, then the page's title,
  which the page writes again below ("03/12/2021, 14:22   Headline ..."): the title is the line
  below, not the header.
"""

from __future__ import annotations

import functools
import re

from archive.extract.data import data_lines

MENU_MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STAMP = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+(?P<rest>\S.*)$", re.I)


@functools.lru_cache(maxsize=None)
def _section_words() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("section_words.txt"))


def section_menu(line: str) -> bool:
    """Whether ``line`` is a menu of section names written as one line of words."""
    if re.search(r"[.!?:;,\"“”«»]", line or ""):
        return False
    words = (line or "").split()
    if len(words) < MENU_MIN_WORDS or any(not _WORD.fullmatch(w.strip("&")) for w in words if w != "&"):
        return False
    names = [w.casefold() for w in words if w != "&"]
    return all(w in _section_words() for w in names)


def print_header(line: str, content: list) -> bool:
    """Whether ``line`` is a browser's print header: a date and time, then a title the page
    writes again as a line of its own."""
    match = _STAMP.match(" ".join((line or "").split()))
    if not match:
        return False
    rest = match.group("rest").strip()
    return any(" ".join(other.split()) == rest for other in content if other is not line)
