"""The headline where the line found over the text is a show's or a ticker's, not the story's (issue
#13, round 28), by the page's shape:

- **a podcast's or a series' episode**: the line found is the show's name (and its tagline: "Show
  Name - a podcast about ..."), and right under it stands the episode's own line, an episode word
  of the data (``archive/data/episode_words.txt``: "Episode", "Ep.", "Folge", "Épisode", "الحلقة")
  and its number before the episode's name ("Episode 41: A doctor in the camp"): the episode is
  the page's story, its line the headline. A show's name never carries a number so; an episode's
  line always does.
- **a live page's latest entry stamped with its day**: the ticker title ("LIVE: ...", the live
  words of :mod:`archive.extract.title_live`) over the first entry, whose stamp opens with its time
  and may name the day on the same line ("14:52 GMT, 26 Jan 2022"), a byline perhaps under it
  ("Posted by ..."), then the entry's heading over its text; the page lists other entries, each a
  stamp over a heading or a stamp and a heading on one line ("13:10 GMT - Curfew extended"): the
  story stored is the first entry, its heading the title. (:mod:`archive.extract.title_live` reads
  entries whose stamps are a time alone.) Where the entries under the stamps are sentences (a
  diary of timed paragraphs), no entry has a heading and the ticker title stays.

For :func:`archive.extract.title_guards.title_at` (a hook the lead places, /tmp/text28/hooks.md).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines

EPISODE_REACH = 2  # the episode's line within this many lines under the show's
HEADING_WORDS = 20  # a headline's length at most
ENTRY_REACH = 8  # the first entry's stamp within this many lines under the ticker title
MIN_ENTRIES = 2
STAMP_CHARS = 40  # a stamp line: a time and a day, short

_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:gmt|utc|cet|cest|bst|et|est|edt|pt|mez|mesz|ast|eet|eest|msk|trt|uhr|h))?"
_STAMP = re.compile(r"^\s*" + _TIME + r"(?P<rest>.*)$", re.I)
_STAMPED_HEADING = re.compile(r"^\s*" + _TIME + r"\s*[-–—|:•·]\s*(?P<heading>\S.*)$", re.I)


@functools.lru_cache(maxsize=1)
def _episode() -> re.Pattern:
    words = sorted({w.casefold() for w in data_lines("episode_words.txt")}, key=len, reverse=True)
    return re.compile(r"^\s*(?:%s)\.?\s*(?:#|no\.?|nr\.?|n°|№)?\s*\d{1,4}\s*[:|–—.-]\s*(?P<name>\S.*)$"
                      % "|".join(re.escape(w) for w in words), re.I)


def _headline_shaped(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= HEADING_WORDS and line.rstrip()[-1:] not in ".:;,"


def episode_line(line: str) -> bool:
    """A series' episode named by its word and number ("Episode 41: A doctor in the camp",
    "Folge 12 - Name", "الحلقة 5: ..."), a headline's shape."""
    match = _episode().match(line)
    return bool(match) and _headline_shaped(line) and any(c.isalpha() for c in match.group("name"))


def episode_title(content: list, title_at: Optional[int]) -> Optional[int]:
    """The episode's line right under the line found (a show's name over it), else None."""
    if title_at is None or title_at < 0 or episode_line(content[title_at]):
        return None
    for at in range(title_at + 1, min(len(content), title_at + 1 + EPISODE_REACH)):
        if episode_line(content[at]):
            return at
    return None


def _stamp(line: str) -> bool:
    """A line opening with a time and holding nothing else but the day ("14:52 GMT, 26 Jan 2022",
    "9.05pm", "10:41 Uhr | 3 March")."""
    match = _STAMP.match(line)
    if not match or len(line) > STAMP_CHARS:
        return False
    rest = match.group("rest").strip(" ,|-–—·•")
    if not rest:
        return True
    from archive.extract import bylines

    return bylines.states_date(rest)


def _stamped_heading(line: str) -> bool:
    """A stamp and an entry's heading on one line ("13:10 GMT - Curfew extended in the city")."""
    match = _STAMPED_HEADING.match(line)
    return bool(match) and _headline_shaped(match.group("heading")) and not _stamp(line)


def _prose(line: str) -> bool:
    from archive.extract.paragraphs import ends_sentence

    return len(line.split()) > HEADING_WORDS // 2 and ends_sentence(line)


def _heading_under(content: list, stamp_at: int) -> Optional[int]:
    """The entry's heading under its stamp: the next line, or the one under a byline ("Posted by
    ..."), of a headline's shape, over the entry's prose."""
    from archive.extract import bylines

    at = stamp_at + 1
    if at < len(content) and bylines.header_byline(content[at]) and not _headline_shaped_heading(content, at):
        at += 1
    if at + 1 < len(content) and _headline_shaped(content[at]) and not _stamp(content[at]) \
            and not _stamped_heading(content[at]) and _prose(content[at + 1]):
        return at
    return None


def _headline_shaped_heading(content: list, at: int) -> bool:
    """Whether the line at ``at`` is the heading itself (prose right under it), not a byline."""
    return at + 1 < len(content) and _prose(content[at + 1]) and _headline_shaped(content[at])


def entry_heading(content: list, title_at: Optional[int]) -> Optional[int]:
    """The first entry's heading under a live page's ticker title (module doc), else None."""
    from archive.extract.title_live import ticker_title

    if title_at is None or title_at < 0 or not ticker_title(content[title_at]):
        return None
    first = next((i for i in range(title_at + 1, min(len(content), title_at + 1 + ENTRY_REACH)) if _stamp(content[i])), None)
    if first is None:
        return None
    heading = _heading_under(content, first)
    if heading is None:
        return None
    others = sum(1 for i in range(heading + 1, len(content))
                 if _stamped_heading(content[i]) or (_stamp(content[i]) and _heading_under(content, i) is not None))
    return heading if 1 + others >= MIN_ENTRIES else None


def story_title(content: list, title_at: Optional[int]) -> Optional[int]:
    """The line that is the story's headline where the line found is a show's or a ticker's
    (module doc), else None."""
    found = entry_heading(content, title_at)
    return found if found is not None else episode_title(content, title_at)
