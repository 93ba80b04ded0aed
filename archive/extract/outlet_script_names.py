"""Which of an outlet's names to store: its canonical name or its name in Arabic script
(``archive import --outlet-names``), and the way back from either to the other (moved out of
:mod:`archive.extract.outlet_names`, round 33)."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_data import outlet_table
from archive.extract.outlet_languages import publishes_only_in_arabic_script

# archive import --outlet-names: how a known outlet is named. "own" (the default): one name per outlet,
# its Arabic-script name (the data's ``arabic:``) when it publishes only in Arabic script
# (archive/data/outlet_languages.txt), else its canonical name, whatever the article's script;
# "article-script": the Arabic-script name for an article in that script; "latin": the canonical name.
OUTLET_NAMES = ("own", "article-script", "latin")


def outlet_in_script(name: Optional[str], arabic_script: bool) -> Optional[str]:
    """The name to store for the outlet ``name`` (a canonical name) of an article in Arabic script
    or not: the outlet's name in Arabic script (the data's ``arabic:``) when the article is in
    that script and the data gives one; else the canonical name."""
    if not name:
        return name
    canonical = latin_name(name)
    if arabic_script:
        return outlet_table().arabic.get(canonical, canonical)
    return canonical


def own_name(name: Optional[str]) -> Optional[str]:
    """The outlet's one name (``--outlet-names own``): its name in Arabic script when it publishes
    only in Arabic script and the data gives that name, else its canonical name; a name the data
    does not know as it is."""
    if not name:
        return name
    canonical = latin_name(name)
    if publishes_only_in_arabic_script(canonical):
        return outlet_table().arabic.get(canonical, canonical)
    return canonical


def field_script_form(outlet: str, page) -> Optional[str]:
    """The name a record's outlet field gives the known outlet ``outlet`` in Latin letters ("Elaph",
    "Al-Ittihad" in a monitoring export's source column, a database's source line), where the name to
    store would be the outlet's in Arabic script (round 36): the field's name as written (an address:
    the canonical name, where that is in Latin letters). The record names it so; the read truths keep
    it so. Only a record's own field (no page's lines, no text page's); else None."""
    from archive.extract.outlet_names import canonical_outlet, in_arabic_script, tidy_outlet

    if page.page or page.whole or not page.head:
        return None
    written = tidy_outlet(str(page.head[0] or ""))
    if not written or in_arabic_script(written) or not re.search(r"[A-Za-z]", written):
        return None
    canonical = latin_name(outlet)
    if canonical_outlet(written) != canonical:
        return None
    if re.search(r"\.[a-z]{2,6}(?:/|$)", written, re.I):  # an address: the name, not the address
        return None if in_arabic_script(canonical) else canonical
    return written


def latin_name(name: str) -> str:
    """The canonical name of an outlet stored under its name in Arabic script (``arabic:``);
    any other name as it is."""
    return _canonical_of_arabic().get(name, name)


def other_script_name(name: Optional[str]) -> Optional[str]:
    """The outlet's name in the other script: the canonical name for its ``arabic:`` name, the
    ``arabic:`` name for its canonical name, else None (a page shows it beside the stored one)."""
    if not name:
        return None
    canonical = latin_name(name)
    if canonical != name:
        return canonical
    return outlet_table().arabic.get(name)


@functools.lru_cache(maxsize=None)
def _canonical_of_arabic() -> dict:
    return {arabic: canonical for canonical, arabic in outlet_table().arabic.items()}

