"""A reporter's name with no label: "Jane Doe", "Jane Doe in Ankara", "Jane Doe and John Roe",
"سلمى الحسن", the role, place or outlet printed beside it left out (:func:`bare_name`); whether such
a name is a person's (:func:`person_name`); a reporter's role alone on a line (:func:`role_line`).
The bylines of :mod:`archive.extract.bylines` read their names with these.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.byline_desks import names_nobody
from archive.extract.byline_parts import (after_numbered_outlet, before_bars, credit_label, opens_with_stop_word,
                                          signed_in_brackets, without_credit, without_honorific)
from archive.extract.data import english_words
from archive.extract.header_labels import CACHE, labels
from archive.extract.outlets import known_outlet
from archive.extract.paragraphs import plain

MAX_BARE_WORDS = 6
_UPPER = "A-Z" + "".join(c for c in map(chr, list(range(0xC0, 0x250)) + list(range(0x370, 0x530)))
                         if c.isupper() and c.isalpha())  # "Élodie", "Şêx", "Øystein"; Greek, Cyrillic: "Олена"


def _particles() -> str:
    """The particles of ``archive/data/name_particles.txt`` ("van", "dos", "ter", "bin"), as a
    regular expression's alternatives, longest first."""
    from archive.extract.data import data_lines
    words = {line.split("|")[0].strip() for line in data_lines("name_particles.txt")} - {""}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NAME_WORD = re.compile(r"^(?:[" + _UPPER + r"][\w'’.\-]*|(?:" + _particles() + r")(?:-\w+)?|[\u0600-\u06ff]+)$")
_PLACE_NAME = re.compile(r"\s*:\s*|\s+[-–—ـ/]\s+|(?<=\S)[-–—ـ/]\s+|\s+[ـ/]\s*")  # "Raqqa - X", "أربيل- X", "دمشق ـ X"
IN_PLACE = re.compile(r"\s+(?:in|from|reporting from|في|من)\s+\S.*$")


def without_role(value: str) -> str:
    """A name without the role after it ("Jane Doe Middle East Correspondent") or before it
    ("Middle East correspondent Jane Doe")."""
    words = value.split()
    roles = labels()["roles"]
    for k in range(len(words) - 3, -1, -1):  # "Middle East correspondent Hamish Leyland"
        after = words[k + 1:]
        if plain(words[k]) in roles and 2 <= len(after) <= 4 and all(w[:1].isupper() for w in after) \
                and not any(plain(w) in roles for w in after):
            return " ".join(after)
    if len(words) >= 3 and plain(words[-1]) in roles:
        words.pop()
        while words and words[-1][:1].islower():
            words.pop()
        if len(words) > 2:
            words = words[:2]
    return " ".join(words)



@functools.lru_cache(maxsize=1)
def name_joiners() -> frozenset:
    """The words joining two writers' names, in many languages ("and", "y", "et", "und", "ve":
    ``archive/data/name_joiners.txt``), as written (lower case)."""
    from archive.extract.data import data_lines
    return frozenset(data_lines("name_joiners.txt"))


@functools.lru_cache(maxsize=1)
def _joined_pattern() -> re.Pattern:
    words = "|".join(map(re.escape, sorted(name_joiners(), key=len, reverse=True)))
    return re.compile(r"\s*,\s*(?:(?:" + words + r")\s+)?|\s+(?:" + words + r")\s+|\s+و(?=\S)")


class _Joined:
    """The names' joiners of the data, compiled when first used: a comma, a joining word ("and",
    "y", "et", "und"), Arabic's "و" glued to the second name."""

    def split(self, line: str) -> list:
        return _joined_pattern().split(line)

    def search(self, line: str):
        return _joined_pattern().search(line)


JOINED = _JOINED = _Joined()  # (bylines splits a list of writers with it too)


@functools.lru_cache(maxsize=CACHE)
def bare_name(line: str) -> Optional[str]:
    """A byline without a label ("Jane Doe", "Jane Doe in Ankara", "سلمى الحسن"): 2-4 name words;
    or two or three such names joined ("Jane Doe and John Roe", "Jane Doe, John Roe and Sam Poe");
    the outlet or place printed beside it left out ("Jane Doe | Pristina | BIRN", "Agency24- Jane
    Doe", "Jane Doe (The Daily Post)", "Jane Doe HS": :mod:`archive.extract.byline_parts`)."""
    if line[-1:] == ":" and len(DASHED.split(line.strip())) == 2 \
            and len(DASHED.split(line.strip())[0].split()) <= PLACE_WORDS:
        line = line.rstrip(": ")  # "الحسكة - سامر العلي:": where from, who, and the story after the colon
    if line[-1:] in ",.:;!?":
        return None
    inner = before_bars(line) or after_numbered_outlet(line) or signed_in_brackets(line)  # "(Jane Doe/TT)"
    if inner:
        found = bare_name(inner)
        return found if found and not all(w.lower() in english_words() for w in found.split()) else None
    after = after_place_and_outlet(line)
    if after:
        return bare_name(after)
    signed = _NAME_PLACE_UNIT.match(line)
    if signed and len(signed.group("place").split()) <= PLACE_WORDS and one_bare_name(signed.group("name")) == signed.group("name") \
            and all(w[:1].isupper() for w in signed.group("place").split()):
        return signed.group("name")  # "Jane Doe, London - Lakeside Research Centre"
    if len(line.split()) > MAX_BARE_WORDS:
        parts = _JOINED.split(line)
        if not 2 <= len(parts) <= 3 or len(line.split()) > MAX_BARE_WORDS * len(parts):
            return None
        names = [one_bare_name(part) for part in parts]
        return line if all(names) and all(name == part for name, part in zip(names, parts)) else None
    if "," in line and _comma_joined_names(line):
        return line  # "Jane Doe, John Roe": two writers, not a name and its role or place
    found = one_bare_name(line)
    if found or not _JOINED.search(line):
        return found
    parts = _JOINED.split(line)
    if len(parts) in (2, 3) and all(one_bare_name(part) == part for part in parts):
        return line
    return None


def _comma_joined_names(line: str) -> bool:
    """"Jane Doe, John Roe", "Pieter van Dalen-Hoekstra, Sara Mansour": two or three whole names
    between commas, none of them nor any of their words a place of the gazetteer ("Jane Doe, New
    York", "Jane Doe, Northern Syria") nor words naming nobody ("Jane Doe, Staff Writer")."""
    parts = _JOINED.split(line)
    return 2 <= len(parts) <= 3 and all(
        one_bare_name(part) == part and part.casefold() not in _place_spellings()
        and not any(w.casefold() in _place_spellings() for w in part.split())  # "Northern Syria"
        and person_name(" ".join(w for w in part.split() if not w[:1].islower())) for part in parts)  # "van", "al-"



@functools.lru_cache(maxsize=1)
def _place_spellings() -> frozenset:
    from archive.extract.gazetteer import entities
    return frozenset(spelling.casefold() for entity in entities() if entity.kind == "place"
                     for spelling in (entity.name,) + entity.aliases)


def _name_then_one_word(parts: list) -> bool:
    """"Jane Doe - Dêrik", "Jane Doe / TNN", "Jane Doe - DEIR EZ-ZOR": two to four name words, then
    one word (a place or a desk's letters) or a place (the gazetteer's, or in capitals), never the
    other way round ("Raqqa - Jane Doe" has two words after). In Arabic script the part after the
    name must be a place of the gazetteer ("رامي الخطيب - أربيل"): one word there is as often a
    desk's ("نداء بوست - متابعات")."""
    first, rest = parts[0].strip(), parts[1].strip()
    words = first.split()
    if _ARABIC_WORD.fullmatch(words[0] if words else ""):  # "رامي الخطيب - أربيل"; not "نداء بوست - متابعات"
        return _dateline_place(rest) and 2 <= len(words) <= 4 and first.casefold() not in _place_spellings() \
            and all(_ARABIC_WORD.fullmatch(w) for w in words) and person_name(first)
    return (len(rest.split()) == 1 or _dateline_place(rest)) and ":" not in first and 2 <= len(words) <= 4 \
        and all(NAME_WORD.match(w) for w in words) and words[0][:1].isupper() \
        and not first.isupper() and person_name(" ".join(w for w in words if not w[:1].islower()))


def _dateline_place(part: str) -> bool:
    """"DEIR EZ-ZOR", "Deir ez-Zor": a place of the gazetteer, or a short part in capitals (a
    dateline's place as wires print it), after a reporter's name ("Jane Doe - DEIR EZ-ZOR")."""
    words = part.split()
    return 1 <= len(words) <= PLACE_WORDS + 1 and (part.casefold() in _place_spellings() or (
        part.isupper() and all(w.strip("-'’").isalpha() for w in words)))


def one_bare_name(line: str) -> Optional[str]:
    line = without_credit(line)
    if opens_with_stop_word(line):
        return None  # "For Immediate Release"
    parts = _PLACE_NAME.split(line, maxsplit=1)
    if len(parts) == 2 and credit_label(parts[0]):
        return None  # "Photo: Jane Doe": a photographer's credit
    colon = len(parts) == 2 and ":" in line and line.split(":", 1)[0].strip() == parts[0].strip()
    if len(parts) == 2 and not colon and not any(c.isdigit() for c in parts[1]) and _name_then_one_word(parts):
        line = parts[0]  # "Jane Doe - Dêrik", "Jane Doe / TNN": the name, then where from or the desk
    elif len(parts) == 2 and len(parts[0].split()) <= 2 and parts[1].strip() and not role_line(parts[1].strip()) \
            and not names_nobody(parts[1].strip()):
        line = parts[1]  # "Qamishli: Jane Doe", "Raqqa - Jane Doe": a correspondent and where from
    elif len(parts) == 2 and parts[1].strip():
        line = parts[0]  # "Jane Doe - Staff Writer": the name, then the role
    line = without_honorific(line)
    value = IN_PLACE.sub("", line).strip()
    if "," in value:
        value = value.split(",", 1)[0]
    value = without_role(value)
    words = value.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in value) or known_outlet(value):
        return None
    arabic = all(re.fullmatch(r"[\u0600-\u06ff]+", w) for w in words)
    if arabic and len(words) >= 3 and words[0] in place_words():
        words = words[1:]  # "القامشلي آزاد ملا": the place the reporter files from, then the name
        value = " ".join(words)
    if arabic:  # four words with a patronymic's or a compound's ("عبدالله بن فهد المطيري", "محمد عبد الحميد ...")
        return value if len(words) <= 3 or (len(words) == 4 and arabic_name_shape(words)) else None
    if all(NAME_WORD.match(w) for w in words) and words[0][:1].isupper() and _capitalised(words[-1]):
        return value
    return None


_NAME_PLACE_UNIT = re.compile(r"^(?P<name>[^,\d]{3,40}),\s+(?P<place>[^,\d\-–—]{2,30}?)\s+[-–—]\s+\S.{1,60}$")
DASHED = re.compile(r"\s+[-–—ـ]\s+")
PLACE_WORDS = 2
OUTLET_WORDS = 3


def after_place_and_outlet(line: str) -> Optional[str]:
    """The last part of "بغداد - العين الإخبارية - سلام الجاف", "Erbil - Agency24 - Jane Doe": a
    place, the outlet, the reporter (as Arabic newsrooms sign), or None. The place and the outlet
    are short; the outlet is no person's name."""
    parts = [p.strip() for p in DASHED.split(line.strip())]
    if len(parts) != 3 or not all(parts) or len(parts[0].split()) > PLACE_WORDS \
            or len(parts[1].split()) > OUTLET_WORDS or any(c.isdigit() for c in parts[0] + parts[2]):
        return None
    if not 2 <= len(parts[2].split()) <= 4 or known_outlet(parts[2]) or credit_label(parts[1]) \
            or not person_name(parts[2]):
        return None
    if not _ARABIC_WORD.match(parts[0]) and len(parts[0].split()) == 2 and one_bare_name(parts[0]) == parts[0]:
        return None  # "Jane Doe - Ankara - Rudaw News": the name comes first
    return parts[2]


@functools.lru_cache(maxsize=1)
def place_words() -> frozenset:
    """Places of the gazetteer written in one word ("القامشلي", "Erbil"): before a name, where
    the reporter files from."""
    from archive.extract.gazetteer import entities
    return frozenset(spelling for entity in entities() if entity.kind == "place"
                     for spelling in (entity.name,) + entity.aliases if " " not in spelling.strip())




def person_name(name: str) -> bool:
    """Whether a bare name found with no label and no date beside it (a name alone under the
    text) is a person's: Arabic-script words, or capitalised words none of which is a common
    English word ("Find Tickets", "Report Error", "Our Latest Stories" are page furniture) nor
    written in capitals or as a domain ("AUSTRALIA AHEAD", "SyndiGate.info")."""
    words = name.split()
    if all(_ARABIC_WORD.fullmatch(w) for w in words):
        return arabic_name_shape(words)
    if words and _opens_with_call(words[0]):
        return False  # "Watch Lakeside TV": a button's imperative, no name (round 34)
    english = english_words()
    inner = _particle_words() if len(words) > 2 else frozenset()  # "Laura Van den Eynde": a particle, capitalised, inside the name
    return all(_initial(w, k, words) or (
        not (len(w) > 1 and w.isupper()) and "." not in w.rstrip(".")
        and (w.lower() not in english or w.lower() in ("and", "&") or (0 < k < len(words) - 1 and w.lower() in inner)))
        for k, w in enumerate(words))


def _opens_with_call(word: str) -> bool:
    """Whether a name's first word is an imperative of a button (``header_labels.txt``
    ``[list_heading_starts]``: "Watch", "Follow", "Shikoni"): a line opening so is the page's button."""
    from archive.extract.header_labels import call_words

    return plain(word).strip() in call_words()


def _initial(word: str, k: int, words: list) -> bool:
    """An initial with its stop ("B." of "Thomas B. Carrigan", "J. Doe"), before the name's last
    word and beside a word that is no initial: a name's, no capitals of a heading."""
    return k < len(words) - 1 and len(word) == 2 and word[1] == "." and word[0].isupper() \
        and any(len(w) > 2 for w in words)


@functools.lru_cache(maxsize=1)
def _particle_words() -> frozenset:
    """The particles of ``name_particles.txt`` in lower case ("van", "de", "von"): inside a name of
    three words or more, written with a capital ("Van den", "De la"), they are the name's, no common word."""
    from archive.extract.data import data_lines

    return frozenset(line.split("|")[0].strip().casefold() for line in data_lines("name_particles.txt")) - {""}


SHORT_NAME_WORDS = frozenset({"بن", "آل", "ال", "أم", "ام", "أب", "اب"})  # "عبدالله بن فهد", "أم عمر", "آل سعود"


def arabic_name_shape(words: list) -> bool:
    """Whether Arabic-script words have a person's name's shape: no word of two letters but a
    patronymic's or kinship's ("بن", "أم", "آل"): short words are particles ("قد", "في", "أن"); no
    word of a page's interface or news words (``[never_in_names]``: "أخبار قد تهمك", "شارك
    الخبر", "العراقية نيوز"); no call to action first."""
    from archive.extract.header_labels import call_words

    folded = [plain(w).strip() for w in words]
    if not folded or folded[0] in call_words():
        return False
    return all((len(w) >= 3 or w in SHORT_NAME_WORDS) and w not in _never_in_names() for w in folded)


@functools.lru_cache(maxsize=1)
def _never_in_names() -> frozenset:
    from archive.extract.data import data_sections
    return frozenset(plain(w).strip() for w in data_sections("header_labels.txt").get("never_in_names", ()))


def role_line(line: str) -> bool:
    """A reporter's role alone on the line under (or over) the name ("Home Affairs Correspondent",
    "Middle East Editor", "مراسلة", "Freelance journalist based in Erbil", "Senior Analyst,
    Syria", "Enviada especial", "Baghuz (Siria). Enviada especial"): a few words, the first
    capitalised, ending in a role word of any language the data lists (a word the language writes
    after it perhaps: "especial"), then perhaps a place; where the reporter files from perhaps
    before it, closed by a full stop."""
    words = line.split()
    if not 1 <= len(words) <= MAX_BARE_WORDS + 2 or line[-1:] in ".:;!?":
        return False
    core = _role_place().sub("", _without_place_head(line)).split(",")[0].split()
    while len(core) > 1 and plain(core[-1]) in _world_roles()[1]:
        core.pop()  # "Enviada especial": the role's word, then its adjective
    if not 1 <= len(core) <= 5:
        return False
    roles = _world_roles()[0]
    first = core[0]
    last = plain(core[-1])
    return (last in roles or (last.endswith("s") and last[:-1] in roles)) and (first[:1].isupper() or bool(_ARABIC_WORD.fullmatch(first)) or len(core) == 1) \
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in ("and", "&", "of") or _ARABIC_WORD.fullmatch(w)
                or (len(core) <= LOWER_ROLE_WORDS and w.islower() and w in _credit_words())
                for w in core[:-1])  # "Chief political correspondent": a role's words in small letters


PLACE_HEAD_WORDS = 4  # "Baghuz (Siria)", "Deir ez-Zor (Syria)": where the reporter files from, before the role


def _without_place_head(line: str) -> str:
    """The role after where the reporter files from and a full stop ("Baghuz (Siria). Enviada
    especial" → "Enviada especial"): a head of a few capitalised words or a parenthesis, no digit;
    else the line as it is."""
    head, stop, tail = line.rpartition(". ")
    if not stop or not tail:
        return line
    words = head.split()
    if not 1 <= len(words) <= PLACE_HEAD_WORDS or any(c.isdigit() for c in head):
        return line
    return tail if all(_capitalised(w) or w[:1] == "(" or w.islower() and len(w) <= 3 for w in words) \
        and words[0][:1].isupper() else line


@functools.lru_cache(maxsize=1)
def _world_roles() -> tuple:
    """(role words, words after a role): header_labels.txt's [roles] with ``byline_roles.txt``'s."""
    from archive.extract.data import data_sections
    sections = data_sections("byline_roles.txt")
    roles = labels()["roles"] | frozenset(plain(w).strip() for w in sections.get("roles", ()))
    return roles, frozenset(plain(w).strip() for w in sections.get("after_role", ()))


@functools.lru_cache(maxsize=1)
def _role_place() -> re.Pattern:
    """"based in Erbil", "covering Syria", "en Beirut", "à Beyrouth": where a role's holder files from."""
    from archive.extract.data import data_sections
    words = ["in", "at", "for", "covering"] + list(data_sections("byline_roles.txt").get("role_places", ()))
    alternatives = "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))
    return re.compile(r"\s+(?:based\s+)?(?:" + alternatives + r")\s+\S.*$")


LOWER_ROLE_WORDS = 4  # a role written in small letters after its first word is this short


@functools.lru_cache(maxsize=1)
def _credit_words() -> frozenset:
    """The words of a credit naming nobody ("political", "senior", "foreign": ``[no_name_words]``,
    ``[roles]``): in small letters before a role word they are the role's ("Chief political
    correspondent"); another word there is a headline's ("Iraq arrests journalist")."""
    from archive.extract.data import data_sections
    sections = data_sections("header_labels.txt")
    return frozenset(w.casefold() for name in ("no_name_words", "roles") for w in sections.get(name, ()))


_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def _capitalised(word: str) -> bool:
    """"Doe", "al-Aswad": a name's last word."""
    return word[:1].isupper() or bool(re.match(r"^[a-z]{1,3}-[A-Z]", word))
