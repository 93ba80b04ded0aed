"""A site's name after a headline copied from a browser's title ("Ferry runs again | Lakeland
Courier", "Ferry runs again — Reuters"), issue #13, eighth round: the name is the outlet and no
part of the title, where it is a known outlet or where the page names itself so elsewhere too (its
masthead, copyright line, "Subscribe to ..."); a headline's own dash ("Syria — the long war") is
kept. A wire's status mark before a headline ("(LEAD) Ferry runs again", "(2nd LD) ...", "(URGENT)
...") is no part of it either."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import has_arabic, known_outlet, name_key, outlet_table, plausible_name
from archive.model import collapse_whitespace

SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+(?P<sep>[|–—-])\s+(?P<name>[^|–—]{2,50})$")
_STATUS = re.compile(r"^\((?=[^()]*\b[A-Z]{2,}\b)[A-Z0-9][A-Za-z0-9]*(?:\s[A-Za-z0-9]+){0,2}\)\s+(?=\S)")
NAME_WORDS = 5
TITLE_WORDS = 3


def title_suffix(title: str, others: list) -> Optional[tuple]:
    """``(headline, outlet)`` where ``title`` ends on a site's name (module doc), else None.
    ``others`` are the page's other lines. A title that only loses a wire's status mark gives
    ``(headline, None)``."""
    title = collapse_whitespace(title or "")
    marked = _STATUS.match(title)
    if marked and len(title[marked.end():].split()) >= TITLE_WORDS:
        title = title[marked.end():]
        return _suffix(title, others) or (title, None)
    return _suffix(title, others)


def _suffix(title: str, others: list) -> Optional[tuple]:
    match = SUFFIX.match(title)
    if not match:
        return None
    headline, name = match.group("title").strip(), match.group("name").strip()
    if len(headline.split()) < TITLE_WORDS or not 0 < len(name.split()) <= NAME_WORDS:
        return None
    known = known_outlet(name)
    if known:
        return headline, known
    if not plausible_name(name) or name_key(name) in outlet_table().never or re.search(r"[.!?:]$", name) \
            or not all(w[:1].isupper() or not w[:1].isalpha() or w in ("and", "of", "the", "for", "de")
                       for w in name.split() if not has_arabic(w)):
        return None
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", re.I)
    if any(pattern.search(line) for line in others if len(line) <= 300):
        return headline, name
    return None
