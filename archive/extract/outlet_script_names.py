"""Which of an outlet's names to store: its canonical name or its name in Arabic script
(``archive import --outlet-names``), and the way back from either to the other (moved out of
:mod:`archive.extract.outlet_names`, round 33)."""

from __future__ import annotations

import functools
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

