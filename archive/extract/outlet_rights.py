"""The holder a footer's "all rights reserved" names, in the languages of the press (issue #13, round 37).

The copyright readers of :mod:`archive.extract.outlet_footers` know the English and Arabic notices
("© 2024 Name. All rights reserved.", "جميع الحقوق محفوظة لـ Name"). A page in another language
writes its own phrase, and its name beside it or inside it:

- beside it, as one segment of a footer line: "هەموو مافەکان پارێزراون - Name", "© Hemû maf parastî ne
  - Name", "Name - Kaikki oikeudet pidätetään.", "© 2023 Name | Все права защищены": the line's one
  segment that is not the phrase (a sign ©, a year stripped) is the holder;
- inside it, by the language's formula: "کلیه حقوق مادی و معنوی برای Name محفوظ است", "کلیه حقوق
  این سایت متعلق به Name است".

The phrases and formulas are data (``archive/data/outlet_rights_phrases.txt``). The holder is a
name by its shape (a few words, no digits but a name's, no company's form unless the data knows the
outlet): a company's notice names its company, not its title.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections

NAME_WORDS = 6  # a holder's name is a few words
_SEGMENTS = re.compile(r"\s+[-–—|·•]\s+|\s*\|\s*|(?<=[^\W\d_]{2})\.\s+")
_SIGNS = re.compile(r"^(?:©|\(c\)|copyright\b|\s|[,.:;])+|(?:\s|©|[,.:;])+$", re.I)
_YEARS = re.compile(r"(?:^|\s)(?:19|20|١٩|٢٠|۱۹|۲۰)[\d٠-٩۰-۹]{2}(?:\s*[-–]\s*(?:19|20|١٩|٢٠|۱۹|۲۰)?[\d٠-٩۰-۹]{2})?(?=\s|$)")


@functools.lru_cache(maxsize=1)
def _phrases() -> frozenset:
    return frozenset(" ".join(p.casefold().split()) for p in data_sections("outlet_rights_phrases.txt")["phrases"])


@functools.lru_cache(maxsize=1)
def _formulas() -> tuple:
    found = []
    for formula in data_sections("outlet_rights_phrases.txt")["formulas"]:
        parts = []
        for token in formula.split():
            if token == "…":
                parts.append(r"(?:\S+\s+){0,4}?")
            elif token == "{name}":
                parts.append(r"(?P<name>\S.{0,50}?)\s+")
            else:
                parts.append(re.escape(token) + r"\s+")
        pattern = "".join(parts)
        pattern = pattern[:-len(r"\s+")] if pattern.endswith(r"\s+") else pattern
        found.append(re.compile(r"^\W{0,3}" + pattern + r"\s*[.!]?$", re.I))
    return tuple(found)


def _bare(segment: str) -> str:
    """A segment without the sign ©, a year and the punctuation round it."""
    segment = _YEARS.sub(" ", segment)
    return " ".join(_SIGNS.sub("", segment).split())


def _is_phrase(segment: str) -> bool:
    return _bare(segment).casefold().rstrip(".") in _phrases()


def rights_holder(line: str) -> Optional[str]:
    """The holder a footer line's "all rights reserved" in any of the data's languages names
    (module doc), as a name; else None."""
    line = " ".join((line or "").split())
    if not line or len(line) > 200:
        return None
    for formula in _formulas():
        match = formula.match(line)
        if match:
            return _holder(match.group("name"))
    segments = [s for s in _SEGMENTS.split(line) if _bare(s)]
    if len(segments) != 2:
        return None
    rights = [s for s in segments if _is_phrase(s)]
    if len(rights) != 1:
        return None
    return _holder(next(s for s in segments if s is not rights[0]))


def _holder(name: str) -> Optional[str]:
    """The name, where it is one by its shape; a known outlet by its canonical name."""
    from archive.extract.outlet_forms import company_suffix
    from archive.extract.outlet_names import COMPANY, canonical_outlet, is_known, plausible_name, tidy_outlet

    name = tidy_outlet(_bare(name))
    if not name:
        return None
    found = canonical_outlet(name)
    if found and is_known(found):
        return found
    words = name.split()
    if len(words) > NAME_WORDS or re.search(r"\d", name) or not re.match(r"[^\W\d_]", name) \
            or company_suffix(name) or COMPANY.search(name) or not plausible_name(name) \
            or (re.match(r"[A-Za-z]", name) and not name[:1].isupper()):
        return None
    return name


FOOT_LINES = 10  # the notice stands among the page's last lines
HEAD_LINES = 12  # the name it holds is written again among the page's first lines


def rights_outlet(page) -> Optional[str]:
    """The holder a rights notice among the page's last lines names (:func:`rights_holder`), where
    the page's head writes that name again (its masthead, its title's parts): two signs agreeing,
    for a page no other sign named an outlet of. Else None."""
    foot = list(page.foot) or list(page.lines[-FOOT_LINES:])
    head = [str(line) for line in (list(page.head) + list(page.lines[:HEAD_LINES]))]
    for line in reversed([str(line) for line in foot[-FOOT_LINES:]]):
        name = rights_holder(line)
        if not name:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)")
        if any(other != line and pattern.search(other.casefold()) for other in head):
            return name
        return None
    return None
