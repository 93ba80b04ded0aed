"""Times a page's header prints beside or instead of the date: relative ones ("3 hours ago",
"منذ ساعتين", "Updated 6 years ago") and reading times ("8 minutes", "5 min read"). Their words
are data (``archive/data/date_words.txt``, the ``ago``, ``unit``, ``reading`` and
``reading_word`` lines), English and Arabic.

A line that is only such a time is a header line, never a title; a short line that ends in a
reading time ("Commentary / Middle East 14 February 2023 8 minutes") is a date line, its date the
one written before the reading time.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines
from archive.extract.date_names import fold

MAX_WORDS = 6  # a relative time with its label ("Last updated 3 hours ago")
_LABEL = r"(?:(?:published|posted|updated|last updated|edited|نشر|آخر تحديث|اخر تحديث|تحديث)\s*:?\s*)?"


def _alternation(names) -> str:
    return "|".join(re.escape(fold(n).casefold()).replace(r"\ ", r"\s+") for n in sorted(set(names), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple:
    words: dict = {}
    for line in data_lines("date_words.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] in ("unit", "reading", "reading_word"):
            words.setdefault(parts[0], []).extend(parts[1:])
        elif parts[0] == "ago":
            words.setdefault("ago_" + parts[1], []).extend(parts[2:])
    unit = "(?:" + _alternation(words.get("unit", ())) + r")\.?"
    number = r"(?:\d+|an?|one|a few|few|several)"
    relative = re.compile(
        r"^" + _LABEL + r"(?:" + number + r"\s*" + unit + r"\s+(?:" + _alternation(words.get("ago_after", ())) + r")"
        + r"|(?:" + _alternation(words.get("ago_before", ())) + r")\s+(?:\d+\s+)?" + unit + r")[\s.]*$", re.I)
    # "8 min read", "Lesezeit: 4 Minuten", "6-7 minutes" (a range)
    reading = re.compile(
        r"(?:^|[\s|/·•,-])\s*(?:(?:" + _alternation(words.get("reading_word", ())) + r")\s*:?\s*)?(?:\d+\s*[-–]\s*)?\d+\s*[-–]?\s*(?:"
        + _alternation(words.get("reading", ())) + r")\.?(?:\s+(?:" + _alternation(words.get("reading_word", ())) + r"))?\s*$",
        re.I)
    return relative, reading


@functools.lru_cache(maxsize=4096)
def relative_time(line: str) -> bool:
    """Whether the line is a relative time alone ("3 hours ago", "منذ ساعتين", "Updated 2 days ago")."""
    if len(line.split()) > MAX_WORDS:
        return False
    return bool(_patterns()[0].match(fold(line).strip()))


def without_reading_time(line: str) -> Optional[str]:
    """The line without the reading time that ends it ("... 14 February 2023 8 minutes" -> "...
    14 February 2023"), or None when it ends in none."""
    folded = fold(line)
    match = _patterns()[1].search(folded)
    if not match:
        return None
    return folded[: match.start()].strip(" |/·•,-")


_ISSUE = re.compile(r"\b(?:vol(?:ume)?\.?|jg\.|cilt|المجلد)\s*:?\s*\d{1,4}\b[,;|/ ]*(?:\S+\s+){0,1}?"
                    r"(?:issue|no\.|number|nr\.|heft|sayı|العدد)\s*:?\s*\d{1,5}\b", re.I)
ISSUE_LINE_WORDS = 10


def issue_stamp(line: str) -> bool:
    """Whether a short header line states a periodical's volume and issue ("Terrorism Monitor
    Volume: 19 Issue: 14", "Publication: Vol. 3, No. 7"): like a date, a header line, never a title."""
    return len(line.split()) <= ISSUE_LINE_WORDS and not line.rstrip().endswith((".", "!", "?")) \
        and (_ISSUE.search(line) is not None or _ISSUE_ALONE.match(line.strip()) is not None)


_ISSUE_ALONE = re.compile(r"^(?:issue|no\.|nr\.|heft|sayı|العدد)\s*:?\s*[\d\u0660-\u0669]{1,6}$", re.I)  # "العدد 19940"
