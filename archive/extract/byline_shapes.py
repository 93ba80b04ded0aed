"""A byline read by its shape where no label names it: a short line of parts apart by spaced dashes
or bars, one part a person's name and every other part a sign of a byline of its own: a date, a
place the gazetteer knows, an outlet (the data's, or quoted: "“Outlet”"), a byline verb or label
before the name ("كتبت دانيا المرعبي" where a name follows alone), a role after a comma ("Jane Doe,
Senior Policy Fellow, ..."). Examples: "بيروت ـ “Outlet” ـ Jane Doe:", "Hasakah - Jane Doe | 23 May
2024 | Updated: 24 May 2024". A blog's meta line is one too (round 31): parts apart by a middle dot,
a count beside them left aside ("7 May 2022 · by Jane Doe · 2 Comments", "date - di Jane Doe"), the
name opened by a byline word of any language (``byline_words.txt``).

A name alone is too weak a sign (a heading, a caption's credit, a quoted speaker): one other part,
a label or a role must agree, and exactly one part may be a name. Read on the few short elements
under an HTML page's headline (:mod:`archive.readers.html`) and in a meta line's byline part
(:func:`archive.extract.byline_blocks.meta_line`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.byline_desks import not_a_person
from archive.extract.data import data_sections
from archive.extract.header_dates import date_in
from archive.extract.outlets import known_outlet
from archive.extract.page_layout import places_only
from archive.extract.paragraphs import plain
from archive.extract.person_names import role_line

MAX_CHARS = 120  # a byline line, its place, outlet and dates included
_PARTS = re.compile(r"\s+[-–—ـ|·•]\s+|\s*\|\s*")
_COUNTER = re.compile(r"^(?:[^\W\d]+\.?\s*[:：]?\s*)?\d[\d.,/\s]*[kKmM]?(?:\s*[^\W\d]+\.?){0,2}$")
_QUOTED = re.compile(r"^[\"“”«»'‘’](?P<inner>[^\"“”«»]{2,40})[\"“”«»'‘’]$")


@functools.lru_cache(maxsize=1)
def _labels() -> tuple:
    """The author labels, written without their colon ("كتبت", "written by"), longest first."""
    found = {plain(label).rstrip(":： ").strip() for label in data_sections("header_labels.txt").get("author", ())}
    return tuple(sorted((label for label in found if label), key=len, reverse=True))


def _signed(part: str) -> bool:
    """Whether a part is a byline's sign besides the name: a date, a place, an outlet."""
    if date_in(part) or places_only(part) or known_outlet(part) or _exclusive_mark(part):
        return True  # "خاص - Jane Doe": the outlet's mark of its own story beside the reporter
    quoted = _QUOTED.match(part)
    return bool(quoted)  # "“رأي اليوم”": a quoted outlet's name in a dateline


@functools.lru_cache(maxsize=1)
def _marks() -> frozenset:
    return frozenset(plain(w).strip() for w in data_sections("header_labels.txt").get("exclusive_marks", ()))


def _exclusive_mark(part: str) -> bool:
    """A part that is only a mark of the outlet's own story ("خاص", "Exclusive": ``[exclusive_marks]``)."""
    return plain(part).strip(" ()") in _marks()


_ARABIC = re.compile(r"^[\u0600-\u06ff]+$")


def _arabic_name_shape(name: str) -> bool:
    """Whether an Arabic name after a verb without its colon ("كتبت دانيا المرعبي") has a name's
    shape: no given name opens with the article ("كتبت الصحيفة أن ..."), and no word of a name is
    shorter than three letters but a patronymic's ("بن"): short words are particles ("أن", "في")."""
    words = name.split()
    if not all(_ARABIC.match(word) for word in words):
        return True  # Latin names: name_line's capitals are the sign
    return not words[0].startswith("ال") and all(len(word) >= 3 or word in ("بن", "بنت") for word in words)


def _name(part: str) -> tuple:
    """(name, sign) from a byline's name part: a label or verb before a name alone, or a role after
    its comma, is a sign; a bare name is none."""
    from archive.extract.byline_blocks import name_line

    key = plain(part)
    for label in _labels():
        if key.startswith(label + " "):
            rest = part.split(None, len(label.split()))[-1]
            colon = rest.lstrip()[:1] in ":："
            name = name_line(rest.strip(" :："))
            if name and (colon or _arabic_name_shape(name)):
                return name, True
            break  # "by Jane van den Doe": a particle in small letters, read as the byline words read it
    else:
        label = None
    if "," in part and not label:
        head, role = part.split(",")[:2]
        name = name_line(head.strip())
        return (name, True) if name and role_line(role.strip()) else (None, False)
    from archive.extract.byline_openers import name_after_opener

    opened = name_after_opener(part)  # "di Jane Doe", "av Jane Doe", "Müəllif: Jane Doe": any language's byline word
    if opened:
        return opened, True
    if label:
        return None, False
    return name_line(part), False


def _counter(part: str) -> bool:
    """A meta line's count beside the byline ("2 Comments", "Baxış: 4312", "5 min read", "1.2K
    views") or a magazine's issue ("Ausgabe 12/2022", "Issue 42", "Nº 7/2023"): one number and at
    most two words, in any language; neither a sign nor a name."""
    return bool(_COUNTER.match(part)) and not date_in(part)


def byline_by_shape(line: str) -> Optional[str]:
    """The reporter's name a byline line holds by its shape (see the module), or None."""
    line = line.strip().rstrip(":：").strip()
    if not line or len(line) > MAX_CHARS:
        return None
    parts = [part.strip() for part in _PARTS.split(line) if part.strip()]
    signs = [part for part in parts if _signed(part)]
    rest = [part for part in parts if part not in signs and not _counter(part)]
    if len(rest) > 1 and signs:  # "date - Jane Doe - Jeddah": a one-word part beside the name is a
        rest = [part for part in rest if len(part.split()) > 1]  # place or the outlet's short name, no one's name
    if len(parts) == 1 and not signs:
        found = _name_outlet_date(line)
        if found:
            return found
    if len(rest) != 1:
        return None
    name, labelled = _name(rest[0])
    if not name or not (signs or labelled) or not_a_person(name, None):
        return None
    return name


NAME_OUTLET_WORDS = 7  # "Jane Doe BIRN BiH Sarajevo": the name, the outlet and its bureau's place


def _name_outlet_date(line: str) -> Optional[str]:
    """The name of a meta line printing, with no separator, the reporter's name, the outlet (one the
    data knows, its unit or place perhaps after it) and the date ("Jane Doe BIRN BiH Sarajevo
    11. August 2020."): the name's two or three words, a person's, right before the outlet's; None
    where no known outlet follows a name so or no date closes the line."""
    from archive.extract.byline_blocks import name_line
    from archive.extract.person_names import person_name

    words = line.split()
    head = next((words[:k] for k in range(3, len(words)) if date_in(" ".join(words[k:]))), None)
    if not head or len(head) > NAME_OUTLET_WORDS or any(c.isdigit() for c in " ".join(head)):
        return None
    for size in (2, 3):
        name, after = " ".join(head[:size]), head[size:]
        if not after or name_line(name) != name or not person_name(name) or known_outlet(name):
            continue
        for length in range(1, min(3, len(after)) + 1):
            left = after[length:]
            if known_outlet(" ".join(after[:length])) and len(left) <= 2 and all(w[:1].isupper() for w in left):
                return None if not_a_person(name, None) else name
    return None
