"""What follows a byline's label, cut to the writers' names (:func:`split_byline`): the outlet after
a separator or a comma, a place after "in", a role, the credit in brackets and each writer's
honorific cut off, names in capitals written as names; more writers after a comma kept. Moved as
they were from :mod:`archive.extract.bylines` (round 32), which reads them and still offers
:func:`split_byline` to its callers.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.byline_desks import not_a_person
from archive.extract.byline_parts import opens_with_stop_word, without_credit, without_honorific
from archive.extract.header_dates import date_in
from archive.extract.outlets import known_outlet
from archive.extract.person_names import IN_PLACE, JOINED, NAME_WORD, name_joiners, one_bare_name, role_line, without_role
from archive.model import collapse_whitespace

MAX_NAME_WORDS = 8
_OF_OUTLET = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,5}$")


def split_byline(value: str) -> Optional[tuple]:
    """(name, outlet or None) from what follows "By": the outlet, place or role cut off."""
    value = _strip_name(collapse_whitespace(value.split(";")[0]))  # "By — Jane Doe"; "Jane Doe; Editor: ..."
    outlet = None
    parts = re.split(r"\s+[|/–—-]\s+|\s*[|•·]\s*", value, maxsplit=1)
    if len(parts) == 2:
        value, rest = parts[0], parts[1].strip()
        outlet = known_outlet(rest) or (rest if _looks_like_name(rest) and not date_in(rest) and not role_line(rest) else None)
        # "By Jane Doe · Senior News Writer": a role after the separator is the reporter's, no outlet
    value = without_honorific(without_credit(value))  # "Jane Doe (AFP)", "Jane Doe HS", "Dr Jane Doe"
    value, outlet = _outlet_after_capitals(value, outlet)  # "JANE DOE Associated Press"
    if "," in value:
        value, rest = value.split(",", 1)
        rest = rest.strip()
        if known_outlet(rest):
            outlet = outlet or known_outlet(rest)
        elif rest and (_names_joined(rest) or _second_writer(value, rest)):
            value = value + ", " + rest  # "Jane Doe, Jenny Roe and Sam Poe"; "Jane Doe, Omar Roe"
    value = IN_PLACE.sub("", value)
    value = _OF_OUTLET.sub("", value)  # "Jane Doe and John Roe of Iraq Oil Report": the outlet after "of"
    value = without_role(value)
    value = _strip_name(value)
    value = _joined_without_honorifics(value)  # "Dr Jane Doe and Dr John Roe": each writer's title
    if len(value.split()) == 1 and value.isupper():
        return _initials_alone(value, outlet)  # "by RIC": an organisation; "Par C.R.": a writer's initials
    if opens_with_stop_word(value):
        return None  # "The New Arab Staff": an outlet's staff, not cut to its first words
    names = [w for w in value.split() if not _joiner(w)]
    if names and all(w.isupper() for w in names):  # "By JANE DOE and JOHN ROE"
        value = " ".join(w.lower() if _joiner(w) or _capital_joiner(w) else "-".join(p.capitalize() for p in w.split("-"))
                         for w in value.split())  # "NOAH ROE-DIAZ AND AMARA OKAFOR": "Noah Roe-Diaz and Amara Okafor"
    words = value.split()
    if not words or len(words) > MAX_NAME_WORDS or any(c.isdigit() for c in value):
        return None
    if not all(NAME_WORD.match(w.rstrip(",")) or _joiner(w) for w in words):
        return None
    return value, outlet


_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.-?){1,3}[A-Z]\.?")


def _initials_alone(value: str, outlet: Optional[str]) -> Optional[tuple]:
    """(initials, outlet) where what follows a byline's label is only a writer's initials, each
    letter with its stop ("Par C.R.", "Di A.B.", "J.-M.D."), as the regional and European press
    signs a short piece; None for letters without stops ("by RIC": an organisation's) or initials
    that spell an outlet or a place ("A.F.P.", "U.S.")."""
    if not _JOINED_INITIALS.fullmatch(value):
        return None
    letters = value.replace(".", "").replace("-", "")
    if known_outlet(letters) or known_outlet(value) or {value.casefold(), letters.casefold()} & _entity_names():
        return None
    return (value if value.endswith(".") else value + "."), outlet


@functools.lru_cache(maxsize=1)
def _entity_names() -> frozenset:
    """The gazetteer's places' and organisations' spellings, folded ("u.s.", "un", "nato")."""
    from archive.extract.gazetteer import entities

    return frozenset(spelling.casefold() for entity in entities() for spelling in (entity.name,) + entity.aliases)


def _joined_without_honorifics(value: str) -> str:
    """Writers joined ("Jane Doe and Dr John Roe", "Dr Jane Doe, Prof. John Roe"), each name without
    the title before it (:func:`without_honorific`: a name of two words or more after it)."""
    words = value.split()
    if not any(_joiner(w) or w.endswith(",") for w in words[:-1]):
        return value
    parts, current = [], []
    for word in words:
        if _joiner(word):
            parts += [current, [word]]
            current = []
        elif word.endswith(","):
            parts += [current + [word[:-1]], [","]]
            current = []
        else:
            current.append(word)
    parts.append(current)
    out = []
    for part in parts:
        text = " ".join(part)
        out.append(text if part in ([","],) or (len(part) == 1 and _joiner(part[0])) else without_honorific(text))
    return " ".join(out).replace(" ,", ",")


def _capital_joiner(word: str) -> bool:
    """A joiner of two letters or more written in capitals in a byline in capitals ("ET", "UND",
    "AND"): read as the joiner, written in small letters (a capital "Y" or "E" stays an initial)."""
    return len(word) > 1 and word.isupper() and word.lower() in name_joiners()


def _joiner(word: str) -> bool:
    """A word joining two writers' names: "and" in any case, or a joiner of the data as written
    ("y", "et", "und", "و": ``name_joiners.txt``; "Y" in capitals is an initial)."""
    return word.lower() == "and" or word in name_joiners()


def _outlet_after_capitals(value: str, outlet: Optional[str]) -> tuple:
    """("JANE DOE", "Associated Press") from "JANE DOE Associated Press": a name in capitals, then
    an outlet the data knows; else the value as it is."""
    words = value.split()
    for size in range(min(4, len(words) - 2), 0, -1):
        head, tail = words[:-size], " ".join(words[-size:])
        if all(w.isupper() for w in head) and not tail.isupper() and known_outlet(tail):
            return " ".join(head), outlet or known_outlet(tail)
    return value, outlet


def _names_joined(rest: str) -> bool:
    """Whether what follows the first name's comma is more names joined by "and" or another
    language's joiner ("Jenny Roe and Sam Poe", "Jenny Roe y Sam Poe"), each a bare name."""
    parts = JOINED.split(rest.strip())
    return len(parts) >= 2 and any(_joiner(w) for w in rest.split()) and all(one_bare_name(p) == p for p in parts)


def _second_writer(first: str, rest: str) -> bool:
    """Whether what follows the first name's comma is a second writer with no joiner ("By: Jane
    Doe, Omar Roe"): a bare name of two to four words opening with a given name of the data
    (``given_names.txt``), after a first name of two words or more; not a place, role or outlet
    ("Jane Doe, New York", "Jane Doe, Staff Writer", "Jane Doe, Associated Press")."""
    from archive.extract.author_lines import given_names

    words = rest.split()
    if not 2 <= len(words) <= 4 or len(first.split()) < 2 or one_bare_name(rest) != rest:
        return False
    if words[0].strip(".").casefold() not in given_names() or role_line(rest) or known_outlet(rest):
        return False
    return not not_a_person(rest, None)


def _strip_name(value: str) -> str:
    """A name without the marks around it, its last initial's full stop kept ("Rami K.")."""
    stripped = value.strip(" .,-–—|:")
    if re.search(r"\s[A-Z]\.$", value.rstrip(" ,-–—|:")) and len(stripped.split()) > 1:
        return stripped + "."
    return stripped


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)
