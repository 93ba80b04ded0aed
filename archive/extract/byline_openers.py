"""The words that open a byline in the languages a collection may hold ("By", "av", "di", "door",
"Oleh", "Автор:", "نویسنده", "Researchers:", "Hosted by"), kept as data with their language
(``archive/data/byline_words.txt``, ``opener | language`` a line), and the name a line opened by one
of them gives.

A line is a byline by that sign where the rest is name-shaped
(:func:`archive.extract.person_names.bare_name`, in Latin, Cyrillic or Greek capitals, or a
caseless script's words): "Di Federica Rossi" gives "Federica Rossi". Without a colon after the
word, the rest must be a whole name of two words or more, the word being perhaps a name's own
("Von Miller", "Di Maria", "Door" as a surname): a line that is a name as written stays one.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines

NAME_WORDS = 6  # a rest this long at most (two or three names joined)
_CASELESS = re.compile(r"^[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff"
                       r"\u0530-\u058f\u10a0-\u10ff]+$")  # Hebrew, Arabic, Devanagari, Thai, CJK, Armenian, Georgian


@functools.lru_cache(maxsize=1)
def opener_table() -> tuple:
    """``(opener, language)`` pairs of the data, the openers in lower case."""
    pairs = []
    for line in data_lines("byline_words.txt"):
        word, _, language = line.partition("|")
        if word.strip():
            pairs.append((word.strip().casefold(), language.partition("|")[0].strip() or None))
    return tuple(pairs)


@functools.lru_cache(maxsize=1)
def joined_only() -> frozenset:
    """The openers read only before two names or more joined ("With Jane Doe and John Roe"): the
    data's third field ``joined``."""
    return frozenset(line.split("|")[0].strip().casefold() for line in data_lines("byline_words.txt")
                     if line.count("|") >= 2 and line.split("|")[2].strip() == "joined")


def opener_words() -> tuple:
    """The openers alone, each once, longest first."""
    return tuple(sorted({word for word, _ in opener_table()}, key=len, reverse=True))


def languages(word: str) -> tuple:
    """The languages the data gives an opener ("av": Norwegian and Swedish)."""
    folded = word.casefold().strip(" :：")
    return tuple(language for opener, language in opener_table() if opener == folded and language)


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in opener_words())
    return re.compile(r"^\s*(?P<word>" + alternatives + r")(?P<sep>\s*[:：]\s*|\s+)(?=\S)", re.I)


def opened(line: str) -> Optional[tuple]:
    """``(opener as written, rest, colon)`` where a byline word of the data opens ``line``; else None."""
    match = _pattern().match(line or "")
    if not match:
        return None
    return match.group("word"), line[match.end():].strip(), ":" in match.group("sep") or "：" in match.group("sep")


@functools.lru_cache(maxsize=4096)
def name_after_opener(line: str) -> Optional[str]:
    """The name a byline opened by a word of the data gives ("Door Jane de Vries" → "Jane de
    Vries", "Автор: Олена Коваль", "Researchers: Jane Doe and John Roe"), the outlet, role or place
    after it cut off; None where no opener opens it or the rest is no name (a sentence, a place
    and a date). Without a colon, the rest must be a whole name of two words or more."""
    found = opened(line)
    if not found:
        return None
    word, rest, colon = found
    rest = _before_stamp(rest.strip(" .,;|-–—"))  # "di Jane Doe | 7 aprile 2024": the date beside it
    if not rest or len(rest.split()) > NAME_WORDS + 2 or any(c.isdigit() for c in rest):
        return None
    name = _name(rest)
    if not name:
        return None
    if not colon and (len(name.split()) < 2 or not _opens_name(name)):
        return None  # "Von Miller", "Di Maria": a name as written
    if word.casefold() in joined_only():
        from archive.extract.person_names import JOINED

        if len([p for p in JOINED.split(name) if p and p.strip()]) < 2:
            return None  # "With Jane Doe": a guest as often as a host
    return name


_STAMP_BAR = re.compile(r"\s+[|·•]\s+")


def _before_stamp(rest: str) -> str:
    """What stands before a bar or a dot where every part after it is a date or a relative time
    ("Jane Doe | 7 aprile 2024", "Jane Doe · 3 ore fa"); the rest as it is otherwise."""
    parts = _STAMP_BAR.split(rest)
    if len(parts) < 2:
        return rest
    from archive.extract.header_dates import date_in, states_date

    return parts[0] if all(date_in(p) or states_date(p) for p in parts[1:]) else rest


def _opens_name(name: str) -> bool:
    first = name.split()[0]
    return first[:1].isupper() or bool(_CASELESS.match(first))


def _name(rest: str) -> Optional[str]:
    """The name ``rest`` is, as the rules read a byline's value: a bare name (Latin, Cyrillic,
    Greek capitals; Arabic), names joined, an outlet after a separator cut; or words of one
    caseless script (Hebrew, Devanagari, CJK) of a name's length."""
    from archive.extract.person_names import bare_name, person_name

    words = rest.split()
    if all(_CASELESS.match(w) for w in words):
        return rest if 2 <= len(words) <= 4 and (person_name(rest) or not _ARABIC.match(words[0])) else None
    name = bare_name(rest)
    if name and person_name(" ".join(w for w in name.split() if not w[:1].islower())):
        return name
    from archive.extract.byline_splits import split_byline

    found = split_byline(rest)
    if found and bare_name(found[0]) == found[0] and person_name(" ".join(w for w in found[0].split() if not w[:1].islower())):
        return found[0]
    return None


_ARABIC = re.compile(r"^[\u0600-\u06ff\u0750-\u077f]+$")
