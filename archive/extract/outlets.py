"""Outlet names: recognise a line that names an outlet, and give each outlet one spelling."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.data import alias_table
from archive.model import collapse_whitespace

# "© 2024 North Press Agency", "Source: Enab Baladi", "Originally published by Syria Direct."
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?|source\s*:\s*|"
    r"(?:this (?:article|story|report) (?:was )?)?(?:originally |first )?published (?:by|in|on)\s+)"
    r"(?P<name>[^.|]{2,60}?)\.?(?:\s+all rights reserved\.?)?$",
    re.I,
)


def known_outlet(text: str) -> Optional[str]:
    """The canonical name when ``text`` is exactly a known outlet's name (any listed spelling)."""
    return alias_table("outlets.txt").get(collapse_whitespace(text).casefold())


def canonical_outlet(name: Optional[str]) -> Optional[str]:
    """One spelling per outlet: a known alias becomes its canonical name; others are tidied."""
    if name is None:
        return None
    name = collapse_whitespace(name)
    if not name:
        return None
    return known_outlet(name) or name


def footer_outlet(line: str) -> Optional[str]:
    """The outlet a footer line names ("© 2024 Rudaw", "Source: Syria Direct")."""
    match = FOOTER.match(collapse_whitespace(line))
    if not match:
        return None
    name = match.group("name").strip()
    return known_outlet(name) or (name if len(name.split()) <= 5 and name[:1].isupper() else None)
