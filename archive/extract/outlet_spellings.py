"""Where a page writes a known outlet's name: the data's spellings of each outlet (Latin and
Arabic script) and their patterns, compiled once (the outlet guards run for every article, over
every spelling of its outlet). A hyphen and a space are taken for each other ("Al Majalla" is
"Al-Majalla"); a page is searched only for the spellings whose first word it writes at all.
"""

from __future__ import annotations

import functools
import re

from archive.extract.outlet_names import has_arabic, outlet_table


@functools.lru_cache(maxsize=None)
def latin_spellings() -> dict:
    """canonical -> its Latin-script spellings (name and aliases), without a leading "The"."""
    found: dict = {}
    for outlet in outlet_table().outlets:
        for name in [outlet.name] + list(outlet.aliases):
            bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
            if bare and bare.isascii() and len(bare) >= 3:
                found.setdefault(outlet.name, set()).add(bare)
    return {k: sorted(v, key=len, reverse=True) for k, v in found.items()}


def spelled(spelling: str) -> str:
    """A pattern of ``spelling`` that takes a hyphen and a space for each other, as the data's
    names do ("Al Majalla" is "Al-Majalla")."""
    return r"[\s-]".join(re.escape(part) for part in re.split(r"[\s-]+", spelling))


@functools.lru_cache(maxsize=8192)  # bounded: an unknown outlet's own name is searched for too
def written(spelling: str, before: str, after: str, flags: int = 0) -> re.Pattern:
    """``spelling`` as a page writes it (``spelled``) between ``before`` and ``after``, compiled
    once: the guards run for every article, over every spelling of its outlet."""
    return re.compile(before + spelled(spelling) + after, flags)


def on_page(spellings: list, lines: list) -> list:
    """Those of ``spellings`` whose first word the page writes somewhere (in any case): the others
    cannot match any of its lines, and most pages write none of them."""
    page = "\n".join(map(str, lines)).casefold()
    return [spelling for spelling in spellings if first_word(spelling) in page]


@functools.lru_cache(maxsize=None)
def written_alone(spelling: str) -> re.Pattern:
    """``spelling`` exactly, not inside a longer word, compiled once."""
    return re.compile(r"(?<!\w)" + re.escape(spelling) + r"(?!\w)")


@functools.lru_cache(maxsize=8192)
def first_word(spelling: str) -> str:
    """The folded first word of ``spelling``: a line without it cannot write the name."""
    return re.split(r"[\s-]+", spelling.strip())[0].casefold()


@functools.lru_cache(maxsize=None)
def arabic_spellings() -> dict:
    """canonical -> its Arabic-script spellings (name and aliases), longest first."""
    found: dict = {}
    for outlet in outlet_table().outlets:
        for name in [outlet.name] + list(outlet.aliases):
            name = " ".join(name.split())
            if has_arabic(name) and len(name) >= 3:
                found.setdefault(outlet.name, set()).add(name)
    return {k: sorted(v, key=len, reverse=True) for k, v in found.items()}
