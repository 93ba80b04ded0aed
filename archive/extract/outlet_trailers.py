"""A known outlet's name opening a short line at the page's top or foot, with a label after it
that makes no other name (issue #13, round 19): its newsroom's or wire's label ("Lakeside Times
Newsroom", "Lakeside Press wire copy"), a link to its channel ("THE LAKESIDE TIMES ON YOUTUBE"),
an edition's region ("Lakeside Post Middle East"). The labels are data
(``[name_trailers]`` in ``archive/data/outlet_kind_words.txt``); the line must be the name and the
label only, so a headline or a credit opening with an outlet's name ("Lakeside Times reveals
...", "Lakeside Press photo") names nothing. Latin script only: an Arabic masthead with its kind
word ("وكالة ... الإخبارية") is the masthead rules' (:mod:`archive.extract.masthead_outlets`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.outlet_names import has_arabic, known_outlet
from archive.model import collapse_whitespace

TOP_LINES = 2  # the masthead's line opens the page
FOOT_LINES = 6  # or stands among its last lines
LINE_WORDS = 7


@functools.lru_cache(maxsize=None)
def _trailer() -> re.Pattern:
    words = sorted(data_sections("outlet_kind_words.txt")["name_trailers"], key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")$", re.I)


def trailed_outlet(line: str) -> Optional[str]:
    """The known outlet ``line`` names before a label (module doc), else None."""
    line = collapse_whitespace(line).strip(" |·-–—")
    if not line or len(line.split()) > LINE_WORDS or has_arabic(line) or known_outlet(line):
        return None
    match = _trailer().search(line)
    name = line[:match.start()].strip(" |·-–—,") if match else ""
    return known_outlet(name) if name else None


def trailed_name_outlet(lines: list) -> Optional[str]:
    """The known outlet a line at the page's top or foot names before a label, else None."""
    for line in lines[:TOP_LINES] + lines[-FOOT_LINES:][::-1]:
        found = trailed_outlet(line)
        if found:
            return found
    return None
