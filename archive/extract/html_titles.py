"""A saved page's headline where its metadata gives a part of it (issue #13, round 23), by shape:

- **a headline cut short for sharing**: the ``og:title`` (or ``<title>``) is the opening of the
  page's ``<h1>``, which goes on after a comma, a colon, a semicolon or a dash ("Man gets 15 years"
  under ``<h1>`` "Man gets 15 years, judge cites cruelty"): the ``<h1>`` is the headline;
- **a reference code for a title**: the part of ``<title>`` taken is a publication's number
  ("CO20117 | Headline", "Report 12/2020 - Headline": one token holding digits, or a label and
  such a token), the other part is the headline.

For :mod:`archive.readers.html` (:func:`page_headline`).
"""

from __future__ import annotations

import re
from typing import Optional

_GOES_ON = re.compile(r"^\s*[,;:–—-]\s*\S")
_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_CODE = re.compile(r"^(?:[^\W\d_]{1,12}\.?\s+)?(?=[\w./-]*\d)[\w./-]{3,20}$")
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40


def _clean(text: Optional[str]) -> str:
    return " ".join((text or "").split())


def fuller_heading(title: str, heading: Optional[str]) -> Optional[str]:
    """The page's ``heading`` where ``title`` is its opening and the heading goes on past a comma,
    colon, semicolon or dash (the title cut for sharing); else None."""
    title, heading = _clean(title), _clean(heading)
    if not title or not heading or len(heading.split()) > MAX_HEADLINE_WORDS:
        return None
    if not heading.casefold().startswith(title.casefold()) or len(heading) <= len(title):
        return None
    return heading if _GOES_ON.match(heading[len(title):]) else None


def reference_code(text: str) -> bool:
    """A publication's number rather than a headline ("CO20117", "No. 4/2021", "Brief 12-2020"):
    one token holding a digit, perhaps after a one-word label."""
    text = _clean(text)
    return bool(_CODE.match(text)) and not text.isdigit()  # "1917": a number alone may be a headline


def headline_beside_code(title: str, page_title: Optional[str]) -> Optional[str]:
    """Where ``title`` is a reference code and ``page_title`` (the ``<title>`` text) parts it from
    another part of a headline's length ("CO20117 | Headline"): that part; else None."""
    if not reference_code(title or ""):
        return None
    parts = [p.strip() for p in _PARTS.split(_clean(page_title)) if p.strip()]
    others = [p for p in parts if _clean(p) != _clean(title) and not reference_code(p)
              and MIN_HEADLINE_WORDS <= len(p.split()) <= MAX_HEADLINE_WORDS]
    return max(others, key=len) if len(parts) >= 2 and others else None


def page_headline(title: Optional[str], tree) -> Optional[str]:
    """The headline the page's markup gives in full where ``title`` (read from its metadata) is a
    part of it (module doc); else ``title``."""
    if not title or tree is None:
        return title
    page_title = _clean(tree.findtext(".//title"))
    beside = headline_beside_code(title, page_title)
    if beside:
        return beside
    headings = tree.xpath("//h1")
    heading = _clean(" ".join(headings[0].itertext())) if len(headings) == 1 else None
    return fuller_heading(title, heading) or title
