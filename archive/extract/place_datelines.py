"""Datelines whose shape alone does not tell them, told by their place: a place of the gazetteer
(``archive/data/gazetteer.txt``, its spellings as :mod:`archive.extract.page_layout` keeps them) opening
a paragraph before a colon ("Beirut: US-backed fighters on Friday ..."), or standing alone on the
line over the first paragraph with a name beside it after a dash ("نينوى - العراقية نيوز": the
place and the outlet or reporter filing from it). A word before a colon is a label as often as a
place ("Update: ...", "Note: ..."); the gazetteer tells them apart in any language it spells.
"""

from __future__ import annotations

import functools
import re

COLON_PLACE_WORDS = 3  # "Beirut:", "Deir ez-Zor:", "Ras al-Ain:"
COLON_TEXT_WORDS = 8  # a sentence after it, not a label's value
_COLON_LEAD = re.compile(r"^(?P<place>[^\W\d_][^\W\d_ '’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,2})\s*[:：]\s+(?P<rest>\S.*)$")
ALONE_NAME_WORDS = 3  # beside the place, after the dash: an outlet's or a reporter's name
_DASH = re.compile(r"\s+[-–—ـ]\s+|\s*[–—]\s*")


@functools.lru_cache(maxsize=1)
def place_names() -> frozenset:
    """Every spelling of the gazetteer's places, case folded."""
    from archive.extract.gazetteer import entities

    return frozenset(spelling.casefold() for entity in entities() if entity.kind == "place"
                     for spelling in (entity.name,) + tuple(entity.aliases))


def _place(text: str) -> bool:
    return text.strip().casefold() in place_names()


def colon_dateline(text: str) -> bool:
    """Whether a paragraph opens with a place of the gazetteer and a colon, a sentence after it
    ("Beirut: US-backed fighters ...", "Erbil: The Kurdistan Region's ..."): a dateline."""
    match = _COLON_LEAD.match(text.strip())
    if not match or len(match.group("rest").split()) < COLON_TEXT_WORDS:
        return False
    place = match.group("place")
    return len(place.split()) <= COLON_PLACE_WORDS and not place[:1].islower() and _place(place)  # Arabic has no case


def place_dash_line(line: str, author: str = None) -> bool:
    """Whether a short line is a dateline alone: a place of the gazetteer, a dash, a name of a
    few words ("نينوى - العراقية نيوز", "Hasakah – Lakeside Radio"); no digits, no sentence's
    marks, the name no place itself ("Hasakah - Syria" is a place line) nor the byline's ``author``
    (a reporter's credit over the text, as some papers set it: not the text's)."""
    if any(c.isdigit() or c in ".:!?؟,،()" for c in line):
        return False
    parts = [part.strip() for part in _DASH.split(line.strip())]
    if len(parts) != 2 or not all(parts):
        return False
    place, name = parts
    return len(name.split()) <= ALONE_NAME_WORDS and len(place.split()) <= COLON_PLACE_WORDS \
        and _place(place) and not _place(name) and name != (author or "").strip()
