"""Tags from a ``Tags:`` line, including multi-word tags on a space-separated line.

``Tags: Syria ISIS Hajin Syrian Democratic Forces (SDF) Deir ez-Zor`` gives five tags:
known names (``archive/data/known_tags.txt``) are matched longest first, a parenthesised
acronym stays with the name before it, and a word starting lower-case (``ez-Zor``, ``al-Hol``,
``of``) joins its neighbours. Lines with commas, semicolons or pipes are split on those.
A value of two items apart by " / " is one tag ("Terrorism / Counterterrorism") unless its sides are
written in two ways, a name in capitals and a word in small letters ("al-Hol / security"): two tags.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, Optional

from archive.extract.data import data_lines
from archive.model import collapse_whitespace

TAG_LINE = re.compile(r"^\s*(?:tags?|topics?|keywords?|filed under)\s*:\s*(?P<tags>.*)$", re.I)
_JOINERS = {"of", "for", "and", "the", "in", "on", "de", "du", "al", "el", "ad", "ez", "bin", "ibn"}


@functools.lru_cache(maxsize=None)
def _known_phrases() -> tuple:
    phrases = [tuple(line.casefold().split()) for line in data_lines("known_tags.txt")]
    return tuple(sorted({p for p in phrases if len(p) > 1}, key=len, reverse=True))


def parse_tag_line(line: str) -> Optional[list]:
    """The tags on a ``Tags:`` line, or None when the line is not one."""
    match = TAG_LINE.match(line)
    if not match:
        return None
    return split_tags(match.group("tags"))


def split_tags(text: str) -> list:
    text = collapse_whitespace(text)
    if not text:
        return []
    if ";" in text or "؛" in text:  # the stronger separator: a comma is inside a tag ("Returnees; Housing, land and property")
        return clean_tags(re.split(r"\s*[;؛|]\s*", text))
    if re.search(r"[,،;|]", text):  # the Arabic comma too ("مخيم الهول، حريق")
        return clean_tags(re.split(r"\s*[,،;|]\s*", text))
    slashes = len(re.findall(r"\s/\s", text))
    if slashes >= SLASHED_ITEMS - 1:
        return clean_tags(re.split(r"\s+/\s+", text))  # "Ferries / Lakeview / Storms"
    if slashes == 1 and len(text.split()) <= SLASHED_TAG_WORDS:
        sides = re.split(r"\s+/\s+", text)
        if _case_styles_differ(sides):
            return clean_tags(sides)  # "al-Hol / security": a name and a word of the language, two tags
        return clean_tags([text])  # "Terrorism / Counterterrorism": one tag
    if re.fullmatch(r"(?:\[[^\[\]]+\]\s*){2,}", text):
        return clean_tags(re.findall(r"\[([^\[\]]+)\]", text))  # "[Ferries] [Lakeview]"
    return clean_tags(_split_spaced(text.split(" ")))


SLASHED_ITEMS = 3  # "Terrorism / Counterterrorism" is one tag; three items or more split at the slashes
SLASHED_TAG_WORDS = 5


def _starts_lower(side: str) -> Optional[bool]:
    """Whether a tag begins with a small letter ("security"), a capital ("Roj", "al-Hol": a name's
    article before a hyphen is no small word), or None for a script without case."""
    word = side.split(" ", 1)[0]
    if _NAME_ARTICLE.match(word):
        word = word.split("-", 1)[1]
    first = word[:1]
    if first.islower():
        return True
    return False if first.isupper() or first.isdigit() else None


_NAME_ARTICLE = re.compile(r"[a-z]{1,3}-[^\W\d_]")  # "al-Hol", "ez-Zor"


def _case_styles_differ(sides: list) -> bool:
    """Whether the two sides of "a / b" are written in two ways, one a name in capitals, the other
    in small letters ("water / Alouk", "Roj / security"): two tags one after the other. One tag
    with a slash names two related things alike ("Terrorism / Counterterrorism", "arts / culture")."""
    styles = {_starts_lower(side) for side in sides}
    return len(sides) == 2 and styles == {True, False}


def _split_spaced(words: list) -> list:
    phrases = _known_phrases()
    folded = [w.casefold() for w in words]
    tags: list = []
    i = 0
    while i < len(words):
        for phrase in phrases:
            if tuple(folded[i : i + len(phrase)]) == phrase:
                tags.append(" ".join(words[i : i + len(phrase)]))
                i += len(phrase)
                break
        else:
            word = words[i]
            joins_previous = tags and (
                (word[:1].islower() and not tags[-1].endswith(")"))
                or tags[-1].split(" ")[-1].casefold() in _JOINERS
                or (word.startswith("(") and not tags[-1].endswith(")"))
            )
            if joins_previous:
                tags[-1] = tags[-1] + " " + word
            else:
                tags.append(word)
            i += 1
    return tags


_CLOSING_STOP = re.compile(r"(?<![.\s])[^\W\d_]{3}\.$")  # a stop after a word of three letters or more, no other stop in it


def clean_tags(tags: Iterable) -> list:
    """Strip, drop empties and case-insensitive repeats, keep order."""
    seen = set()
    result = []
    for tag in tags:
        tag = collapse_whitespace(str(tag)).strip(" ,;|#")
        if _CLOSING_STOP.search(tag):
            tag = tag[:-1]  # "Juveniles.": the list's closing stop, not an abbreviation's ("U.S.", "Inc.")
        if tag and len(tag) <= 100 and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result
