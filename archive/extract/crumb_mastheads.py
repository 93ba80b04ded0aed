"""A site's name over its breadcrumb trail (issue #13, round 33).

A page saved from an institution's site (a ministry, a court, a parliament, an ombudsman, an agency)
often keeps, at its top, the site's name and under it the trail from the site's home page to the
page's section: "Bundesanwaltschaft" / "Startseite > Medien > Medienmitteilungen", "De
Kinderombudsman" / "Home › Nieuws", "Politiets Efterretningstjeneste" / "PET" / "Forside › Nyheder".
The trail's first entry is the site's link to its own home page (``archive/data/outlet_home_words.txt``,
in some 40 languages): the name right over it is the site's, as a logo over a menu is. A name
written over it by its initials only ("PET") is written out where the line above writes the name
those initials abbreviate. A state's or portal's banner above the name ("Schweizerische
Eidgenossenschaft") is not the site's own: only the line next to the trail counts.

Only the page's first lines over the headline are read; the name must have a name's shape (a few
capitalised words, no sentence, no digits), not a section's name nor the trail's own words.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines
from archive.model import collapse_whitespace

HEAD_LINES = 5  # the trail stands among the page's first lines
NAME_WORDS = 8
_CRUMB_SEPARATOR = re.compile(r"\s+(?:>|›|»|→|/|\\|&gt;)\s+")


@functools.lru_cache(maxsize=1)
def _home_words() -> frozenset:
    return frozenset(line.casefold() for line in data_lines("outlet_home_words.txt"))


def home_trail(line: str) -> bool:
    """Whether a line is a breadcrumb trail opened by the site's home link ("Startseite > Medien",
    "Home › Nieuws"): two entries at least, each a few words, the first a home word."""
    entries = [entry.strip() for entry in _CRUMB_SEPARATOR.split(collapse_whitespace(line or ""))]
    return len(entries) >= 2 and entries[0].casefold() in _home_words() \
        and all(entry and len(entry.split()) <= 6 for entry in entries)


def _name(line: str) -> Optional[str]:
    """The line as a body's name: a few words, each capitalised or a small joining word ("Office of
    the Water Ombudsman", "Tužilaštvo Bosne i Hercegovine"), no digits, no sentence's stop, no menu,
    not a section's name; else None."""
    from archive.extract.data import small_words
    from archive.extract.masthead_lines import menu_line
    from archive.extract.menu_mastheads import section_entry
    from archive.extract.outlet_names import outlet_table, plausible_name, name_key

    line = collapse_whitespace(line or "")
    words = line.split()
    if not words or len(words) > NAME_WORDS or re.search(r"\d|[,;]|[.!?:|>»›]$", line) or menu_line(line) or home_trail(line):
        return None
    if not words[0][:1].isupper() and words[0][:1].isalpha() and words[0].isascii():
        return None
    if not all(w[:1].isupper() or not w[:1].isalpha() or w.casefold() in small_words() or not w.isascii() and not w.islower()
               for w in words):
        return None
    if not plausible_name(line) or name_key(line) in outlet_table().never or section_entry(line):
        return None
    if _NEWS_KIND.match(line):
        return None  # a news site's masthead with its kind ("پایگاه خبری ...", "موقع ..."): the masthead rules' (its name is in question)
    return line


# A news site's kind word opening its masthead in Arabic script: such a site is read by the masthead
# rules, which know how its name is stored; this rule is for the institutions' sites.
_NEWS_KIND = re.compile(r"^(?:پایگاه|خبرگزاری|موقع|صحيفة|جريدة|وكالة|شبكة|قناة|مجلة|سایت|روزنامه)\s")


def crumb_masthead(lines: list, title_at: Optional[int] = None) -> Optional[str]:
    """The site's name right over its home trail among the page's first lines (module doc), the
    known outlet's canonical name where the data knows it; else None."""
    from archive.extract.outlet_full_names import abbreviates, is_acronym
    from archive.extract.outlet_names import canonical_outlet

    top = min(len(lines), HEAD_LINES if title_at is None or title_at < 0 else min(title_at, HEAD_LINES))
    for i in range(1, top):
        if not home_trail(str(lines[i])):
            continue
        name = _name(str(lines[i - 1]))
        if not name:
            return None
        if is_acronym(name) and i >= 2:
            longer = _name(str(lines[i - 2]))
            if longer and abbreviates(name, longer):
                name = longer  # "Politiets Efterretningstjeneste" over "PET" over the trail
        return canonical_outlet(name) or name
    return None


HEADER_ITEMS = 30


def header_crumb_name(tree) -> Optional[str]:
    """The site's name over its home trail in a web page's header or navigation (its items in the
    order written: "Oberlandesgericht München" / "Startseite > Presse > Pressemitteilungen"), for a
    page that states no site name; else None."""
    try:
        leaves = tree.xpath("//header//*[not(*)] | //nav//*[not(*)]")[:HEADER_ITEMS]
    except Exception:  # a tree lxml cannot search
        return None
    items = [collapse_whitespace(leaf.text_content()) for leaf in leaves]
    return crumb_masthead([item for item in items if item])
