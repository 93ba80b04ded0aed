"""An article's bylines in its header: labelled, beside a role, a desk.

The labels are data (``archive/data/header_labels.txt``, English and Arabic, read by
:mod:`archive.extract.header_labels`); the rules here are about shape:

- ``By Jane Doe``, ``Reporter: Jane Doe``, ``كتب: أحمد العلي``: the author;
- ``By Jane Doe | North Press``, ``By JANE DOE, Associated Press``: the author, and the outlet
  after the separator (kept when it is a known outlet or, after ``|``, looks like a name);
- ``Jane Doe in Ankara``, ``Jane Doe, Northern Syria``, ``Jane Doe Middle East correspondent``:
  the name without the place or role;
- ``Reporting by Jane Doe in Qamishli; Editing by John Roe`` under the text:
  :mod:`archive.extract.byline_footers`, with the other bylines under the text.

Bylines sharing the date's line are :mod:`archive.extract.byline_stamps`, names with no label
:mod:`archive.extract.person_names`, the author a record stores
:mod:`archive.extract.stored_authors`, header dates :mod:`archive.extract.header_dates`, tag lists
:mod:`archive.extract.tag_headings`, bylines naming no reporter :mod:`archive.extract.byline_desks`, the
names cut from what follows a byline's label :mod:`archive.extract.byline_splits`;
their functions are also found here.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.byline_dates import unglued_date
from archive.extract.byline_parts import without_honorific
from archive.extract.byline_with import with_byline
from archive.extract.byline_splits import MAX_NAME_WORDS, split_byline  # noqa: F401
from archive.extract.data import data_sections, english_words
from archive.extract.date_names import weekday
from archive.extract.header_labels import CACHE, labelled
from archive.extract.outlets import known_outlet
from archive.extract.paragraphs import plain
from archive.extract.person_names import (bare_name, name_joiners, one_bare_name, person_name, role_line,  # noqa: F401
                                          without_role)
from archive.model import collapse_whitespace

# What the header's other lines are, read where callers have always found them.
from archive.extract.byline_desks import (  # noqa: F401
    exclusive_credit, names_nobody, not_a_person, outlet_staff, outlets_joined)
from archive.extract.header_dates import (  # noqa: F401
    LINE_PARTS, date_in, first_date_line, footer_date, invalid_date_in, states_date, update_stamp)
from archive.extract.header_labels import call_words, is_label, opens_with_author_label  # noqa: F401
from archive.extract.stored_authors import stored_author  # noqa: F401
from archive.extract.tag_headings import (  # noqa: F401
    loose_tag_heading, other_list_heading, tag_heading, tags_value)


MAX_BYLINE_WORDS = 12

_PLAIN_BYLINE = re.compile(
    r"^(?:by\s+(?P<name>[^\d,.:;!?]{2,80})|"
    r"(?P<desk>[^\d,.:;!?]{0,60}\b(?:correspondents?|reporters?|staff|desk|newsroom|editors?)"
    r"(?:\s*(?:&|and)\s+(?:agencies|agency|wires))?))$",  # "Guardian staff and agencies"
    re.I,
)


_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_LEADING_DASH = re.compile(r"^\s*[—–-]{1,2}\s+(?=\S)")


@functools.lru_cache(maxsize=CACHE)
def byline(line: str) -> Optional[tuple]:
    """(author, outlet or None) from a labelled byline, or None when the line is not one."""
    line = _GLUED_BY.sub("By ", line)  # "ByJane Doe": the page's spans copied without a space
    line = _LEADING_DASH.sub("", line)  # "— Reported by Jane Doe": a sign-off's dash
    words = line.split()
    if not words or len(words) > MAX_BYLINE_WORDS + 2:
        return None
    value = labelled(line, "author")
    if value is None:
        posted = labelled(line, "date")  # "Posted on 2 May 2022 by Jane Doe", "Posted by Jane Doe at 8:05 AM"
        if posted and re.search(r"(?:^|\s)by\s", posted, re.I):
            value = re.split(r"(?:^|\s)by\s", posted, maxsplit=1, flags=re.I)[1]
            if _handle(value.strip()):
                return value.strip(), None  # "Posted on 12 July 2019 by hm": a blog's writer by its handle
        else:
            return None
    value = _before_other_label(value)  # "Jane Doe Fotos: John Roe": another credit's label ends the writer's
    value = _without_affiliations(value)  # "Jane Doe (Chatham House) and John Roe (RUSI)"
    value = _TIME_AFTER.sub("", value)  # "Jane Doe at 8:05 AM"
    value = _before_relative_time(value)  # "رهف العلي منذ ٣ ساعات | ...", "Jane Doe 3 hours ago"
    value = unglued_date(value)  # "Jane DoeWednesday 5 April 2023": the page's line break lost
    listed = _names_with_roles(value)
    if listed:
        return listed, None  # "Authors: Dr. Jane Doe, Senior Fellow; John Roe, Research Associate"
    if _author_list_label(line):
        parts = [part for part in re.split(r"\s*,\s*", value.strip(" .")) if part]
        if len(parts) > 1 and all(bare_name(part) == part and _listed_name(part) for part in parts):
            return ", ".join(parts), None  # "Authors: Jane Doe, John Roe"
    words = value.split()
    first_number = next((k for k, w in enumerate(words) if any(c.isdigit() for c in w)), None)
    if first_number and first_number > 1 and not date_in(" ".join(words[first_number:])) \
            and date_in(" ".join(words[first_number - 1:])):
        first_number -= 1  # "Posted by Jane Doe on February 18, 2020": the month's name before the day
    if first_number and date_in(" ".join(words[first_number:])):  # "By Jane Doe on 11/13/19 at 4:00 PM"
        while first_number > 1 and weekday(words[first_number - 1]):
            first_number -= 1  # "By Jane Doe on Monday, 2 May 2022"
        value = _BEFORE_DATE.sub("", " ".join(_before_date_word(words[:first_number])))
    found = split_byline(value)
    if found and labelled(line, "author_if_name") is not None and found[0] != collapse_whitespace(value).strip(" .:"):
        return None  # "تقرير: عشرات النساء المصريات ... في مخيم الهول": a report's headline, no byline
    return found


_OTHER_LABELS = tuple(re.compile(r"\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){%d}\s*[:：]\s" % k) for k in range(3))
_JOINING_WORDS = frozenset({"and", "&", "und", "et", "y", "e", "en", "och", "og", "i", "ve", "és", "a", "ja", "و"})
_AFFILIATION = re.compile(r"\s*\([^()]{1,60}\)")


def _before_other_label(value: str) -> str:
    """A byline's value up to another label with its colon after the name ("Jane Doe Fotos: John
    Roe", "Jane Doe Photos and video: John Roe"): a name holds no colon, so what follows one is
    another credit; the value as it is where fewer than two words come before it."""
    for pattern in _OTHER_LABELS:  # a label of one word first ("... Date:", "... Fotos:"), then of two or three
        match = pattern.search(value)
        head = value[:match.start()].split() if match else []
        if len(head) >= 2 and head[-1].casefold() not in _JOINING_WORDS and not _credit_word(head[-1]):
            return value[:match.start()]
    return value


def _credit_word(word: str) -> bool:
    """A word of another contributor's credit ("Photos" of "Photos and video:"), no name's."""
    from archive.extract.byline_parts import credit_labels

    return plain(word) in credit_labels()


def _without_affiliations(value: str) -> str:
    """Writers each with an affiliation in brackets ("Jane Doe (Chatham House) and John Roe (RUSI)",
    a think tank's author box): the names joined as the byline joins them. One bracket closing the
    value is left to :func:`split_byline` (an agency's credit, "Jane Doe (AFP)")."""
    from archive.extract.byline_parts import writers_by_craft

    if len(_AFFILIATION.findall(value)) < 2 or writers_by_craft(value) != value:
        return value  # "Jane Doe (Text) und John Roe (Bilder)": crafts in brackets, read by stored_author
    return collapse_whitespace(_AFFILIATION.sub("", value))


@functools.lru_cache(maxsize=1)
def _date_words() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(line.strip() for line in data_lines("byline_date_words.txt") if line.strip())


def _before_date_word(words: list) -> list:
    """A byline's words before the date without the small word that leads to it ("Von Jane Doe am",
    "Par Jeanne Dupont le": ``byline_date_words.txt``, as written, in small letters), where a name
    of two words or more is left; the words as they are otherwise."""
    if len(words) > 2 and words[-1] in _date_words():
        return words[:-1]
    return words


def _before_relative_time(value: str) -> str:
    """The byline's value before a relative time that shares its line ("Jane Doe 3 hours ago",
    "رهف العلي منذ ٣ ساعات", "Juan Pérez hace 2 horas": the words of ``date_words.txt``'s ``ago``
    and ``unit`` lines, read by :func:`archive.extract.header_times.relative_time`); the value as it
    is where none follows a name's first word."""
    from archive.extract.header_times import relative_time

    words = value.split()
    if not any(any(c.isdigit() for c in w) for w in words) and len(words) < 3:
        return value
    for start in range(1, len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            if relative_time(" ".join(words[start:end]).strip(" |·•-–—")):
                return " ".join(words[:start])
    return value


def _names_with_roles(value: str) -> Optional[str]:
    """"Jane Doe and John Roe" from "Dr. Jane Doe, Senior Fellow; John Roe, Research Associate":
    writers apart by semicolons, each a person's name with perhaps a title before it and a role
    after its comma; or None."""
    parts = [part.strip() for part in value.strip(" .").split(";") if part.strip()]
    joined = len(parts) == 1  # "Jane Doe, Senior Fellow, and John Roe, Research Associate": "and" between them
    if joined:
        parts = [part.strip() for part in _joined_with_roles().split(value.strip(" .")) if part.strip()]
    if not 2 <= len(parts) <= 4:
        return None
    names, roles = [], 0
    for part in parts:
        head, comma, role = part.partition(",")
        if comma and not role_line(role.strip()):
            return None
        roles += bool(comma)
        name = without_honorific(head.strip())
        if bare_name(name) != name or not person_name(" ".join(w for w in name.split() if not w[:1].islower())):
            return None
        names.append(name)
    if joined and not roles:
        return None  # "Jane Doe and John Roe": the plain list, read as it is
    return " and ".join(names)


@functools.lru_cache(maxsize=1)
def _joined_with_roles() -> re.Pattern:
    """A joining word between two writers each given a role after a comma ("..., Senior Fellow, and
    John Roe, ..."): "and" or a joiner of the data (``name_joiners.txt``), a comma before it or not."""
    words = "|".join(map(re.escape, sorted(name_joiners() | {"and", "&"}, key=len, reverse=True)))
    return re.compile(r",?\s+(?:" + words + r")\s+")


_HANDLE = re.compile(r"^[a-z][a-z0-9_]{1,19}$")


def _handle(value: str) -> bool:
    """Whether what follows "Posted ... by" is a writer's handle in small letters ("nour", "hm"): one
    token, no common English word ("admin" is a desk's: ``names_nobody``)."""
    return bool(_HANDLE.match(value)) and value not in english_words() and not names_nobody(value)


def _author_list_label(line: str) -> bool:
    """Whether a byline opens with a label of several writers ("Authors:", ``[author_list_labels]``)."""
    folded = plain(line).lstrip()
    return any(folded.startswith(label) for label in _list_labels())


def _listed_name(part: str) -> bool:
    """A person's name in a list of writers: no outlet, no capitalised common word ("Lakeside
    News"); a particle in small letters may be one ("Lotte van Dijk")."""
    return not known_outlet(part) and person_name(" ".join(w for w in part.split() if not w[:1].islower()))


@functools.lru_cache(maxsize=1)
def _list_labels() -> tuple:
    return tuple(plain(w) for w in data_sections("header_labels.txt").get("author_list_labels", ()))


_TIME_AFTER = re.compile(r"(?:\s+(?:at|on|,))?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_BEFORE_DATE = re.compile(r"(?:\s+(?:on|at|في))?[\s,|·•-]*$", re.I)


@functools.lru_cache(maxsize=CACHE)
def header_byline(line: str) -> Optional[tuple]:
    """(author, outlet or None) from a byline: labelled ("By X | Outlet", "Reporter: X", "كتب: X")
    or a desk ("Trim Correspondents")."""
    found = byline(line) or _barred_byline(line) or _writes_byline(line) or _roles_listed(line) or _name_and_role(line) \
        or _opened_byline(line) or _section_byline(line) or with_byline(line)  # "Jane Doe avec AFP"
    if found:
        return found
    if len(line.split()) > 8:
        return None
    match = _PLAIN_BYLINE.match(line)
    if not match:
        return None
    if not match.group("name") and re.search(r"\s[|/–—-]\s", match.group("desk")):
        return None  # "Istanbul - Agency News Desk": a place and a desk, no reporter
    return split_byline(match.group("name") or match.group("desk")) or ((match.group("name") or match.group("desk")).strip(), None)


@functools.lru_cache(maxsize=1)
def _category_leads() -> frozenset:
    """The words before a blog's category in its meta line ("In", "Posted in", "Dans": header_labels.txt's
    ``[category_leads]``)."""
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("category_leads", ()))


SECTION_WORDS_MAX = 4  # the category's name: this many words at most


def _section_byline(line: str) -> Optional[tuple]:
    """(name, outlet or None) from a blog's meta line naming the category, then the labelled byline
    ("In Opinion by Jane Doe"): the category's words capitalised, the rest a byline; or None."""
    words = line.split()
    if len(words) < 4 or len(line) > 120:
        return None
    for lead in (2, 1):
        if plain(" ".join(words[:lead])) not in _category_leads():
            continue
        for size in range(1, SECTION_WORDS_MAX + 1):
            section = words[lead:lead + size]
            if len(section) < size or not all(w[:1].isupper() or w in ("&", "and") for w in section):
                break
            found = byline(" ".join(words[lead + size:]))
            if found and labelled(" ".join(words[lead + size:]), "author") is not None:
                return found
    return None


def _opened_byline(line: str) -> Optional[tuple]:
    """(name, outlet or None) from a byline opened by a byline word of any language the data lists
    ("Door Jane de Vries", "Oleh Jane Doe", "Автор: Jane Doe", "Researchers: Jane Doe and John
    Roe": :mod:`archive.extract.byline_openers`), the rest a name; or None."""
    from archive.extract.byline_openers import name_after_opener, opened

    if len(line) > 120:
        return None
    name = name_after_opener(line)
    if not name:
        return None
    found = split_byline(opened(line)[1])
    return name, (found[1] if found and found[0] == name else None)


def _roles_listed(line: str) -> Optional[tuple]:
    """("Jane Doe and John Roe", None) from an unlabelled line of writers each given a role ("Jane
    Doe, Senior Fellow, and John Roe, Research Associate"; :func:`_names_with_roles`); or None."""
    if len(line) > 160:
        return None
    listed = _names_with_roles(line)
    return (listed, None) if listed else None


def _name_and_role(line: str) -> Optional[tuple]:
    """(name, None) from "Jane Doe | Transport Reporter", "Jane Doe - Staff Writer": a person's
    name, then a separator and the reporter's role; or None."""
    parts = [p.strip() for p in re.split(r"\s+[|·•–—-]\s+|(?<=[a-z]),\s+(?=[A-Z])", line.strip(), maxsplit=1)]
    if len(parts) != 2 or len(line) > 80 or not role_line(parts[1]):
        return None
    name = one_bare_name(parts[0])
    return (name, None) if name == parts[0] and person_name(name) else None


def _writes_byline(line: str) -> Optional[tuple]:
    """(name, None) from a standfirst signed at its end: "Leaving them there is no policy, writes
    Dr Jane Doe" (``[byline_verbs]``); or None."""
    match = _WRITES.search(line)
    if not match or len(line) > 300:
        return None
    name = bare_name(without_honorific(match.group("name").strip()))
    return (name, None) if name and person_name(name) else None


@functools.lru_cache(maxsize=1)
def _writes_pattern() -> re.Pattern:
    verbs = sorted(data_sections("header_labels.txt").get("byline_verbs", ()), key=len, reverse=True)
    return re.compile(r"[,;:–—-]\s+(?:" + "|".join(map(re.escape, verbs)) + r")\s+(?P<name>[^,;:.!?]{3,60}?)\.?$")


class _Writes:
    def search(self, line: str):
        return _writes_pattern().search(line)


_WRITES = _Writes()


def _barred_byline(line: str) -> Optional[tuple]:
    """(name, outlet or None) from "Jane Doe | Pristina | BIRN": a person's name, then a place, then
    the outlet, known or written as an acronym in capitals; or None."""
    parts = [p.strip() for p in LINE_PARTS.split(line)]
    if len(parts) != 3 or len(line) > 80 or not (known_outlet(parts[2]) or re.fullmatch(r"[A-Z]{2,6}", parts[2])):
        return None
    name = bare_name(line)
    if not name or name != parts[0] or not person_name(name):
        return None
    return name, known_outlet(parts[2])


def desk_line(line: str) -> bool:
    """A line crediting a desk, a place before it or not ("Istanbul - Agency News Desk")."""
    match = len(line.split()) <= 8 and _PLAIN_BYLINE.match(line)
    return bool(match) and not match.group("name")


# Moved by concern (round 24), read here where callers have always found them: the bylines under the
# text (:mod:`archive.extract.byline_footers`) and those sharing the date's line
# (:mod:`archive.extract.byline_stamps`). Imported when first asked for: those modules import this one.
_MOVED = {
    "signoff_author": "archive.extract.byline_footers", "footer_byline": "archive.extract.byline_footers",
    "bio_author": "archive.extract.byline_footers", "BIO_AUTHOR_WORDS": "archive.extract.byline_footers",
    "name_before_date": "archive.extract.byline_stamps", "person_before_date": "archive.extract.byline_stamps",
    "outlet_between_name_and_date": "archive.extract.byline_stamps",
}


def __getattr__(name: str):
    if name not in _MOVED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_MOVED[name]), name)
    globals()[name] = value  # found once: the next call reads it directly
    return value
