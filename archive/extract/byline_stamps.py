"""A byline sharing its line with the date: "Jane Doe | 23.10.2023", "15 September 2022 | Jane Doe",
"November 2, 2017   Jane Doe", and the outlet between them ("Jane Doe · Lakeside Gazette · Posted:
Apr 6, 2023"). The header's labelled bylines are :mod:`archive.extract.bylines`.
"""

from __future__ import annotations

from typing import Optional

from archive.extract.byline_desks import not_a_person
from archive.extract.bylines import byline
from archive.extract.data import english_words
from archive.extract.header_dates import LINE_PARTS, date_in, states_date
from archive.extract.header_labels import labelled
from archive.extract.outlet_names import plausible_name
from archive.extract.outlets import known_outlet
from archive.extract.person_names import bare_name, person_name

def name_before_date(line: str) -> Optional[str]:
    """The name in "Jane Doe | 23.10.2023" or "15 September 2022 | Jane Doe", a byline sharing
    its line with the date."""
    parts = LINE_PARTS.split(line, maxsplit=1)
    name = None
    if len(parts) == 2 and date_in(parts[1]):
        head = parts[0].strip()
        labelled_name = byline(head) if labelled(head, "author") is not None else ()
        name = labelled_name[0] if labelled_name else (None if labelled_name is None else bare_name(head))
        if name and labelled_name == ():
            name = _after_opener(head) or name  # "Oleh Jane Doe - 3 Oktober 2019": another language's "By"
    elif len(parts) == 2 and date_in(parts[0]) and not date_in(parts[1]):
        name = bare_name(parts[1].strip())
    elif len(parts) == 1:
        name = _name_after_date(line)  # "November 2, 2017   Jane Doe": the spaces between taken out
    if name and all(w.lower() in english_words() for w in name.split()):
        return None  # "Monthly Reports | May 2, 2024": the section, in common words
    if name and states_date(name):
        return None  # "3 October 2021 | منذ سنة", "... | 5 min read": a stamp, not a name
    return name


def _after_opener(head: str) -> Optional[str]:
    """The name after a byline word of the data ("Oleh", "Par", "Door": :mod:`archive.extract.byline_openers`)
    opening the part before the date: a whole name of two words or more as written, the opener's
    language's "By" (its line beside the date says it is the byline); else None."""
    from archive.extract.byline_openers import joined_only, opened

    found = opened(head)
    if not found or found[0].casefold() in joined_only():
        return None
    rest = found[1].strip(" .,;")
    name = bare_name(rest)
    return name if name == rest and len(name.split()) >= 2 and name[:1].isupper() else None


def _name_after_date(line: str) -> Optional[str]:
    """The name in "November 2, 2017 Jane Doe": a date ending on a number, then a person's name of
    two to four words and nothing else, with no separator between (the page set them apart by
    space alone); or None."""
    words = line.split()
    for k in range(max(1, len(words) - 4), len(words) - 1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if not words[k - 1].rstrip(",.")[-1:].isdigit() or any(c.isdigit() for c in tail):
            continue
        if date_in(head) and bare_name(tail) == tail and person_name(tail) and not states_date(tail):
            return tail
    return None


def person_before_date(line: str, outlet: Optional[str] = None) -> Optional[str]:
    """:func:`name_before_date` where it names a person ("Jane Doe | 23.10.2023"), not the outlet,
    its press office or a desk ("January 22, 2022 - ISW Press")."""
    name = name_before_date(line)
    return name if name and not not_a_person(name, outlet) else None


def outlet_between_name_and_date(line: str) -> Optional[str]:
    """The outlet in "Jane Doe · Lakeside Gazette · Posted: Apr 6, 2023": a byline line whose parts
    are the name, the outlet and the date (an outlet the data knows, or a short name in capitals
    like a masthead's), or None. For the text reader's header, beside :func:`name_before_date`."""
    parts = [p.strip() for p in LINE_PARTS.split(line) if p.strip()]
    if len(parts) < 3 or not bare_name(parts[0]) or not date_in(" ".join(parts[2:])):
        return None
    middle = parts[1]
    if date_in(middle) or labelled(middle, "date") is not None:
        return None
    known = known_outlet(middle)
    if known:
        return known
    words = middle.split()
    if not 1 <= len(words) <= 4 or bare_name(middle) == middle and not any(w.isupper() for w in words):
        return None  # a second reporter's name, not an outlet
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in words):
        return None
    return middle if plausible_name(middle) else None
