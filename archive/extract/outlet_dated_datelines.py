"""A dateline that is the outlet's name and the story's date in brackets (issue #13, round 30).

Some publishers open every story with their own name, then the date and time in brackets, then a
dash: "Lakeside360 (March 3, 2023, 4:10 PM EDT) --", "Courtwire, London (3 March 2023) –". The name
stands where an agency's place stands in "BEIRUT (Reuters) -", so the dateline readers, which read
the bracket as the agency, find nothing. :func:`dated_dateline_outlet` reads the name before a
bracketed date (a year in it), a place after a comma allowed, when the page's own web host agrees:
an e-mail address or a link of the page whose host's main label is the name's letters
("reprints@lakeside360.com"). A place in that position ("LONDON (3 March 2023) -") is no name of
the page's host, so it is never taken.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.web_hosts import HOST

_DATED = re.compile(
    r"^(?P<name>[^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,3})"  # the name: one to four words
    r"(?:,\s*[^\W\d_][\w .'’-]{1,30})?"  # a place after a comma: "Name, New York"
    r"\s*\((?P<date>[^()]{0,40}\b(?:19|20)\d\d\b[^()]{0,30})\)"  # the date in brackets, a year in it
    r"\s*(?:-{1,3}|–|—)\s")
_LETTERS = re.compile(r"[^a-z0-9]")


def _key(text: str) -> str:
    return _LETTERS.sub("", text.casefold())


def dated_dateline_outlet(first_paragraph: Optional[str], lines: list) -> Optional[str]:
    """The name a "Name (date) --" dateline opens the story with, where a host the page's ``lines``
    write (an e-mail's, a link's) has the name's letters as its main label; else None."""
    match = _DATED.match((first_paragraph or "").strip())
    if not match:
        return None
    name = match.group("name").strip(" .")
    key = _key(name)
    if len(key) < 3:
        return None
    for line in lines:
        for host in HOST.findall(str(line)):
            labels = host.lower().split(".")
            labels = labels[1:] if labels[0] == "www" and len(labels) > 2 else labels
            if len(labels) >= 2 and _key(labels[0]) == key:
                return name
    return None
