"""The author a record stores from the byline any reader found: the reporter's name, or None
where the byline names nobody (a desk, the outlet, "place - agencies")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.byline_parts import without_buttons, writers_by_craft
from archive.extract.byline_desks import not_a_person
from archive.extract.person_names import (DASHED, PLACE_WORDS, after_place_and_outlet, bare_name, one_bare_name,
                                          place_words)
from archive.model import collapse_whitespace


def stored_author(author: Optional[str], outlet: Optional[str]) -> Optional[str]:
    """The author to store from a byline any reader found (a text's header, an HTML page's
    ``<meta name="author">`` or JSON-LD, a CSV or JSONL byline field): the reporter of "place -
    outlet - reporter" ("عمان - الغد - رانيا الخطيب"); None for a credit naming nobody (a desk,
    the outlet, "نيويورك - وكالات", "Star Online Report")."""
    author = collapse_whitespace(without_buttons(collapse_whitespace(author or "")))
    if not author:
        return None  # "هەواڵی زیاتر", "Download PDF": a button's label, no writer (byline_buttons.txt)
    author = writers_by_craft(author)  # "Jane Doe (Text) und John Roe (Bilder)": the writer, not the photographer
    author = _without_date_label(author)
    if not author:
        return None
    after = after_place_and_outlet(author)
    if after and bare_name(after):
        author = bare_name(after)
    words = author.split()
    if len(words) >= 3 and words[0] in place_words() and _ARABIC.fullmatch(words[0]) and one_bare_name(" ".join(words[1:])):
        author = " ".join(words[1:])  # "القامشلي آزاد ملا"; a Latin first word is a given name ("Soran", "Derik")
    author = _without_credit_after(_without_name_label(author), outlet)
    author = given_name_first(author)  # "Doe, Jane": a record's author column or a citation's way
    if not_a_person(author, outlet) or _place_and_credit(author, outlet) or _company(author) or _label(author) \
            or _fragment(author) or _place(author):
        return None
    return author


_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # short vowels, shadda, sukun, tatweel


def _place(author: str) -> bool:
    """A place of the gazetteer, whole ("Syrian Arab Republic", "عمّان" as its "Amman" spelling is
    written): the country line of an aggregator's header or a dateline's place left in a byline
    field, never a writer. Arabic short vowels and shadda are dropped before the comparison; a
    place that is a given name of the data too is left to the other checks."""
    from archive.extract.place_datelines import place_names

    folded = _ARABIC_MARKS.sub("", author).strip(" .,").casefold()
    if folded in _given_names():
        return False  # "Jordan", "Victoria": a given name alone as often as the place
    return folded in place_names() or folded in _bare_places()


@functools.lru_cache(maxsize=1)
def _bare_places() -> frozenset:
    from archive.extract.place_datelines import place_names

    return frozenset(_ARABIC_MARKS.sub("", name) for name in place_names())


def _without_date_label(author: str) -> Optional[str]:
    """A byline without a date's label closing it, where the element held the date line too and
    the date alone was cut off ("Jane Doe and John Roe Date" of "Authors: … Date: 12.12.2023"):
    the names before it; None where no name of two words or more is left ("Tiedote Julkaistu" of
    "Tiedote | Julkaistu 6.9.2023", the page's kind and the label; "Letzte Änderung" alone). The
    labels are the data's, of every language it knows (:func:`header_labels.date_label_phrases`)."""
    from archive.extract.header_labels import trailing_date_label

    before = trailing_date_label(author)
    if before is None:
        return author
    return before if len(before.split()) >= 2 else None


def _fragment(author: str) -> bool:
    """A weekday's name or abbreviation alone ("za" of "za 17 juli 2021 om 08:52", a byline element
    holding the date line, the date cut off): ``byline_weekdays.txt``, no name."""
    return len(author.split()) == 1 and author.casefold().strip(".,") in _weekday_words()


@functools.lru_cache(maxsize=1)
def _weekday_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(word.casefold() for word in data_lines("byline_weekdays.txt"))


def without_label(value: str) -> str:
    """A byline field's value without the byline's label it opens with, in any language the data
    lists ("By", "Por", "Par", "Von", "كتب:": ``[author]`` of header_labels.txt), where a name of two
    words or more follows; else the value as it is."""
    from archive.extract.header_labels import labelled

    rest = labelled(value, "author")
    return rest.strip() if rest and len(rest.split()) >= 2 else value


def _label(author: str) -> bool:
    """A header line's label alone ("Updated", "Published", "Posted on": a byline element holding
    the date stamp, its date cut off), not a reporter (``archive/data/header_labels.txt``)."""
    from archive.extract.bylines import is_label

    return len(author.split()) <= 3 and is_label(author)


def _company(author: str) -> bool:
    """A company by its legal form ("Published by Example Newspapers Ltd", "Nordbladet GmbH":
    ``archive/data/company_suffixes.txt``), not a reporter."""
    from archive.extract.outlet_forms import company_suffix

    return company_suffix(author) is not None


def _without_name_label(author: str) -> str:
    """"بقلم فهد العتيبي", "Por Juana Pérez": a byline's label of the data (``[author]``) before a
    name, as a markup byline keeps it (its colon perhaps dropped): the name. A label in capitals that
    is a given name too stays (``given_names.txt``)."""
    rest = without_label(author)
    if rest == author or bare_name(rest) != rest:
        from archive.extract.byline_openers import name_after_opener

        return name_after_opener(author) or author  # "Oleh Jane Doe", "نویسنده ...": another language's word
    label = author[: len(author) - len(rest)].strip(" :")
    from archive.extract.author_lines import given_names

    return author if label.casefold() in given_names() else rest


_ARABIC = re.compile(r"[\u0600-\u06ff]+")
_SLASHED = re.compile(r"\s*/\s*")
_BARRED = re.compile(r"\s*[|·•]\s*")
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$", re.I)
_FOR_OUTLET = re.compile(r"^(?P<name>.+?)\s+(?:for|For|FOR)\s+(?:the\s+)?(?P<rest>(?:[A-Z][\w'’.&-]*\s*){1,4})$")


def _without_credit_after(author: str, outlet: Optional[str]) -> str:
    """A name without what follows it naming nobody: "Jane Doe/Staff Reporter", "Jane Doe |
    Example.de" (a credit after a slash or a bar), "Jane Doe, Hasakah Bureau" (a desk or role after a comma), "Jane Doe for Radio Example"
    (the outlet the name wrote for)."""
    for separator in (_SLASHED, _BARRED):  # "Jane Doe/Staff Reporter", "Jane Doe | Example.org"
        parts = [p.strip() for p in separator.split(author)]
        if len(parts) == 2 and bare_name(parts[0]) and _credit(parts[1], outlet):
            return bare_name(parts[0])
    parts = [p.strip() for p in DASHED.split(author)]
    if len(parts) == 2 and bare_name(parts[0]) and _outlet_named(parts[1], outlet):
        return bare_name(parts[0])  # "Jane Doe - Example Türkçe": the record's outlet after a dash, not a desk
    head, comma, rest = author.partition(",")
    if comma and one_bare_name(head.strip()) == head.strip() and _credit_after_comma(rest.strip(), outlet):
        return head.strip()  # "Jane Doe, Hasakah Bureau", "Jane Doe , EWA correspondent": a markup byline's credit
    match = _FOR_OUTLET.match(author)
    if match and bare_name(match.group("name")) == match.group("name").strip():
        return match.group("name").strip()
    return author


def _outlet_named(part: str, outlet: Optional[str]) -> bool:
    """Whether a byline's part after a dash is the outlet: the record's, one the data knows, a web
    domain. A desk's word there ("نبض المدينة - رصد") leaves the whole credit naming nobody."""
    from archive.extract.outlets import known_outlet

    return bool(part) and ((outlet is not None and part.casefold() == outlet.casefold())
                           or bool(known_outlet(part)) or bool(_DOMAIN.match(part)))


def _credit_after_comma(rest: str, outlet: Optional[str]) -> bool:
    """Whether what follows a name's comma names nobody: a desk or bureau ("Hasakah Bureau"), a role
    ("Senior Correspondent", "EWA correspondent"), the outlet; not a second writer ("John Roe")."""
    from archive.extract.person_names import role_line

    return bool(rest) and (not_a_person(rest, outlet) or role_line(rest) or bool(_DOMAIN.match(rest))
                           or bool(_QUOTED.match(rest)))


# A publication's name in quotation marks, a role's word or two perhaps after it: "Ержан Байтілес,
# «Egemen Qazaqstan»", "Jane Doe, „Tageblatt“", "Бахтиёр УСМОНОВ, «Халқ сўзи» мухбири" (the
# newspaper's correspondent): a person's name is never quoted so.
_QUOTED = re.compile(r"^[«„“\"‹]\s*[^«»„“”\"‹›]{1,50}?\s*[»“”\"›]\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?)?\.?$")


def _credit(part: str, outlet: Optional[str]) -> bool:
    """Whether what follows a name's slash or bar names nobody: the outlet (the record's, one the
    data knows, or a web domain: "Example.de"), a desk, a role ("Example Shimbun Staff Writer")."""
    from archive.extract.person_names import role_line

    return bool(part) and (not_a_person(part, outlet) or role_line(part) or bool(_DOMAIN.match(part)))


def _place_and_credit(author: str, outlet: Optional[str] = None) -> bool:
    """"نيويورك - وكالات", "Istanbul - News Desk", "عمّان - الدستور" (the record's outlet): a place
    and a credit naming nobody."""
    parts = [p.strip() for p in DASHED.split(author)]
    return len(parts) == 2 and len(parts[0].split()) <= PLACE_WORDS and not_a_person(parts[1], outlet)


_SURNAME_FIRST = re.compile(r"^(?P<surname>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?),\s*(?P<given>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?)$")


def given_name_first(author: str) -> str:
    """A name written surname first, as a record's author column or a citation writes it ("Doe,
    Jane", "van Dijk, Lotte", "Doe, Jane M."): the name as a byline prints it ("Jane Doe"), where the
    part after the one comma opens with a given name of the data (``given_names.txt``, ``given_names_europe.txt``) and the part
    before does not end with one (two writers, "Jane Doe, Omar Roe", keep their comma); the value
    as it is otherwise."""
    match = _SURNAME_FIRST.match(author.strip())
    if not match:
        return author
    surname, given = match.group("surname"), match.group("given")
    names = _given_names()
    if given.split()[0].casefold().strip(".") not in names or surname.split()[-1].casefold() in names:
        return author
    if not all(w[:1].isupper() for w in given.split()) or not surname.split()[-1][:1].isupper():
        return author
    if any(w[:1].isupper() for w in surname.split()[:-1]):
        return author  # "Jane Doe, Omar Roe": a name of two capitalised words is a writer's, not a surname
    return f"{given} {surname}"


@functools.lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """The given names of given_names.txt (and its scripts' file) and of given_names_europe.txt, case-folded."""
    from archive.extract.author_lines import given_names
    from archive.extract.data import data_lines

    return given_names() | frozenset(line.strip().casefold() for line in data_lines("given_names_europe.txt"))
