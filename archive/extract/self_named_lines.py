"""Lines where a page names its own outlet once, at its foot or top (round 28), read where nothing
else on the page named one:

- a site's footer of segments, one of them a bare copyright notice ("Copyright 2023", "© 2021",
  "All rights reserved") and one a name, the others its links ("Name | Copyright 2023 | Terms of
  use"): the notice, holding no holder of its own, is the name's; the links' words are data
  (``archive/data/footer_links.txt``);
- a "Source: Name" line (and its labels in other languages) closing a text copied from a chat or
  a feed, after the story's last sentence: the outlet it was copied from, where the name has a
  name's shape (a few capitalised words, no digit, no list of sources, no person, no agencies);
- a name on the page's first lines whose tagline after a dash says, as a phrase, what kind of
  publication it is ("Name - a podcast about ...", "Name | A weekly newsletter on ..."): a
  podcast's, a newsletter's or a blog's page names itself so, a headline never does.

The footer's name is read with the page's other footers (a © line naming an unknown holder is
stored as written already); the "Source:" line only where the page's other signs named nothing (the
text reader's last fallback), as such a line credits a wire or a ministry as often as the page's own
outlet: a list ("Yle / STT", "X + وكالات"), agencies, data or reports are refused.

Tried and dropped: a company's name alone on the page's last lines ("Name Co., Ltd."): on the
halves it is as often the publishing group ("Newsquest Media Group Ltd" under The Herald) as the
paper, so the legal form says publisher, not outlet.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, small_words
from archive.model import collapse_whitespace

_SEGMENTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
_NOTICE = re.compile(r"^(?:©|\(c\)|copyright|all rights reserved|tüm hakları saklıdır|alle rechte vorbehalten|"
                     r"todos los derechos reservados|tous droits réservés|جميع الحقوق محفوظة|\s|[\d–-]|©|\.)+$", re.I)
_HAS_NOTICE = re.compile(r"©|\(c\)|copyright|all rights reserved", re.I)
NAME_WORDS = (2, 6)
FOOT_LINES = 4  # a footer stands among the page's last lines


@functools.lru_cache(maxsize=None)
def _link_words() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("footer_links.txt"))


def _link(segment: str) -> bool:
    words = re.findall(r"[^\W\d_]+", segment.casefold())
    return bool(words) and all(w in _link_words() or w in small_words() or w in ("&", "and", "of", "de") for w in words)


def _name_shaped(name: str) -> bool:
    """A name's shape: two to six words, the first capitalised, each other long one too, no digit or
    sentence punctuation, no person's name, no bar's words."""
    from archive.extract.outlet_names import has_arabic, plausible_name
    from archive.extract.outlet_refusals import a_persons_name, furniture_name

    words = name.split()
    if not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or re.search(r"[\d.!?؟:;,،\"“”«»()\[\]@/+|#*=_~]", name):
        return False
    if not plausible_name(name) or a_persons_name(name) or furniture_name(name) or _link(name):
        return False
    if has_arabic(name):
        return True
    small = small_words()
    return words[0][:1].isupper() and all(w[:1].isupper() or w.casefold() in small or w == "&" for w in words)


def segment_holder(line: str) -> Optional[str]:
    """The name a footer of segments sets beside its bare copyright notice (module doc), else None."""
    line = collapse_whitespace(line or "")
    if len(line) > 200 or not _HAS_NOTICE.search(line):
        return None
    parts = [p.strip() for p in _SEGMENTS.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    notices = [p for p in parts if _NOTICE.match(p) and _HAS_NOTICE.search(p)]
    names = [p for p in parts if p not in notices and not _link(p)]
    if len(notices) != 1 or len(names) != 1 or not _name_shaped(names[0]):
        return None
    return names[0]


_SOURCE = re.compile(r"^(?:source|quelle|fuente|fonte|fonti|kaynak|źródło|zdroj|πηγή|المصدر|منبع|سەرچاوە|çavkanî)"
                     r"\s*[:：]\s*(?P<name>.{2,80}?)\s*\.?$", re.I)
_AGENCIES = re.compile(r"\b(?:agencies|wires|news agencies|data|reports?|interviews?|statements?|press releases?|"
                       r"staff|correspondents?|reporters?|websites?|sites?|social media|وكالات|مواقع|متابعات)\b", re.I)


def source_line(content: list, body_end: int) -> Optional[str]:
    """The name a "Source: Name" line gives after the story's last line (``body_end``), among the
    page's last lines, else None (module doc)."""
    for line in content[max(body_end, len(content) - FOOT_LINES - 1):]:
        match = _SOURCE.match(collapse_whitespace(line))
        if not match:
            continue
        name = match.group("name").strip()
        if _AGENCIES.search(name) or not _name_shaped(name):
            return None
        return name
    return None


_SIDE = re.compile(r"\s+[|–—-]\s+")
_KIND_TAGLINE = re.compile(r"^(?:a|an|the|your)\s+(?:[\w'’-]+\s+){0,3}(?:podcast|newsletter|blog|magazine|show|"
                           r"radio show|digest|briefing|journal|review|series|programme|program)\b", re.I)
TAGLINE_LINES = 2


def tagline_masthead(content: list) -> Optional[str]:
    """The name on one of the page's first lines whose tagline after a dash says what kind of
    publication it is, as a sentence's phrase ("Name - a podcast about ...", "Name | A weekly
    newsletter on ..."): the publication names itself, else None."""
    for line in content[:TAGLINE_LINES]:
        sides = _SIDE.split(collapse_whitespace(line), maxsplit=1)
        if len(sides) == 2 and _KIND_TAGLINE.match(sides[1]) and _name_shaped(sides[0]):
            return sides[0]
    return None


@functools.lru_cache(maxsize=None)
def _account_links() -> frozenset:
    return frozenset(collapse_whitespace(line).casefold() for line in data_lines("outlet_account_links.txt"))


def account_bar_masthead(content: list, title_at: int) -> Optional[str]:
    """The name over a site's account links at a saved page's top (round 30): the page's first line
    a name, every other line over the headline one of its account links ("Lakeside Notes" /
    "Subscribe" / "Sign in", a newsletter platform's header; ``archive/data/outlet_account_links.txt``),
    one at least. Else None."""
    from archive.extract.masthead_lines import masthead_name
    from archive.extract.outlet_refusals import refused

    over = [collapse_whitespace(line) for line in content[:max(title_at, 0)] if collapse_whitespace(line)]
    if len(over) < 2 or not all(line.casefold().strip(" .") in _account_links() for line in over[1:]):
        return None
    name = masthead_name(over[0])
    return name if name and not refused(name) and over[0].casefold() not in _account_links() else None
