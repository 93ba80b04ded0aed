"""A live page's story (issue #13, round 26): the ticker title over the entry stored as the article.

A live blog saved as text opens with the page's ticker title ("Liveblog: Kampf um X +++ Y +++",
"LIVE: ...", a live word of ``title_guards.txt [live_labels]`` or the ticker's "+++"), then entries,
each a time stamp alone on its line ("11:58 Uhr", "10:41", "3.05pm GMT") over the entry's own
heading. Where the ticker title stands over two or more such entries, the story stored is the first
entry, and its heading is the title. The sign is the page's shape (time stamps alone over short
headings), not a site's words.

Used by :func:`archive.extract.title_guards.title_at`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections

_TIME_ALONE = re.compile(
    r"^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.|gmt|utc|cet|cest|bst|et|mez|mesz))?\s*$",
    re.I)
ENTRY_HEADING_WORDS = 20
TICKER_MARK = "+++"
REACH = 8  # the first entry's time stamp within this many lines under the title
MIN_ENTRIES = 2


@functools.lru_cache(maxsize=1)
def _labels() -> tuple:
    return tuple(sorted({e.casefold() for e in data_sections("title_guards.txt").get("live_labels", ())},
                        key=len, reverse=True))


def ticker_title(line: str) -> bool:
    """Whether a title is a live page's ticker: it holds "+++", or opens with a live word before a
    colon, dash or bar ("Liveblog: ...", "LIVE | ...", "En direct - ...")."""
    if TICKER_MARK in line:
        return True
    folded = line.casefold().strip()
    for label in _labels():
        if folded.startswith(label):
            rest = folded[len(label):].lstrip()
            if rest[:1] in (":", "|", "-", "–", "—", "+") or rest.startswith("++"):
                return True
    return False


def time_alone(line: str) -> bool:
    """A time stamp alone on its line ("11:58 Uhr", "10:41", "9.05pm")."""
    return len(line) <= 20 and bool(_TIME_ALONE.match(line))


def _entry_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= ENTRY_HEADING_WORDS and not time_alone(line) and line.rstrip()[-1:] not in ".:"


def entry_title(content: list, title_at: int) -> Optional[int]:
    """Where the first entry's heading is, when the title at ``title_at`` is a ticker over two or
    more entries (a time stamp alone over a heading); else None."""
    if title_at is None or title_at < 0 or not ticker_title(content[title_at]):
        return None
    stamps = [i for i in range(title_at + 1, len(content) - 1)
              if time_alone(content[i]) and _entry_heading(content[i + 1])]
    if len(stamps) < MIN_ENTRIES or stamps[0] > title_at + REACH:
        return None
    return stamps[0] + 1
