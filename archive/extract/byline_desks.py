"""Bylines naming no reporter: a desk ("NEWS DESK"), the outlet itself or its staff ("Airwars
Staff"), outlets and agencies joined ("Rudaw and agencies"), a button ("Add a comment")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections, english_words
from archive.extract.header_labels import call_words, desks
from archive.extract.outlet_names import has_arabic, name_key, outlet_table
from archive.extract.outlets import known_outlet, the_less_outlet
from archive.extract.paragraphs import plain
from archive.model import collapse_whitespace


def not_a_person(author: str, outlet: Optional[str]) -> bool:
    """A byline naming a desk ("NEWS DESK"), the outlet itself, or the outlet's staff ("Airwars
    Staff"), or a button ("Add a comment"): no reporter."""
    key = plain(author).strip()
    if key in desks()[0] or (key.split() or [""])[0] in call_words():
        return True
    if known_outlet(author) or the_less_outlet(author):
        return True
    if bool(outlet) and len(key) > 3 and (key in plain(outlet) or _ends_an_outlet_form(key, outlet)):
        return True  # "المملكة" under "Al-Mamlaka", whose form "قناة المملكة" ends on it
    if exclusive_credit(author) or outlet_form(author, outlet):
        return True
    if len(key.split()) >= 2 and key.split()[-1].strip(".,;:") in _desk_ends() | _outlet_ends():
        return True  # "Star Online Report", "Metro Desk", "Lakeside News": an edition's, a desk's or an outlet's credit
    if has_arabic(key) and any(w in _never_in_names() for w in key.split()):
        return True  # "أخبار قد تهمك": a heading's or the interface's words, no one's name
    if own_outlet_short(author, outlet) or _acronym_and_word(author):
        return True
    if _body_of_people(author):
        return True
    if len(key.split()) >= 2 and has_arabic(key) and key.split()[0] in _roles():
        return True  # "مراسل البيان": a role in construct with the outlet or a desk, no name
    if _unit_name(key) or desk_credit(key):
        return True
    if has_arabic(key) and key in _arabic_places() and (len(key.split()) > 1 or key.startswith("ال")):
        return True  # "دير الزور", "الحسكة": where the story was filed, read for a byline ("روج", "ربيعه" are given names too)
    if _with_the_wires(key):
        return True  # "The Lakeside Courier Staff & Agencies": a desk sharing the credit with the wires
    if _opened_credit(author, outlet):
        return True  # "Door RTL Nieuws", "By Lakeside Courier Staff": a byline word before a credit naming no one
    if _glued_credit(author):
        return True  # "siteNEWS", "lakesideDesk": the site's name glued to a desk's word, as its CMS credits the desk
    return names_nobody(author) or outlet_staff(author, outlet) or outlets_joined(author, outlet)


_GLUED = re.compile(r"^(?P<head>[a-z][a-z0-9]*[a-z0-9])(?P<tail>[A-Z][A-Za-z]+)$")


def _glued_credit(author: str) -> bool:
    """Whether ``author`` is one word, a name in small letters glued to a desk's or an outlet's word
    in capitals ("siteNEWS", "portalDesk", "radioNews"): a site's desk as its system credits it; a
    person's name never opens in a small letter to go on in capitals."""
    match = _GLUED.match(author.strip())
    return bool(match) and match.group("tail").casefold() in _desk_ends() | _outlet_ends()


def _opened_credit(author: str, outlet: Optional[str]) -> bool:
    """Whether ``author`` is a byline word of any language ("By", "Door", "Von", "Par":
    :mod:`archive.extract.byline_openers`) before what names no reporter (the outlet, a desk)."""
    from archive.extract.byline_openers import opened

    found = opened(author)
    return bool(found) and bool(found[1]) and found[1] != author and not_a_person(found[1], outlet)


_WIRES = re.compile(r"\s+(?P<desk>\S+)\s+(?:&|and)\s+(?:agencies|agency|wires)$")


def _with_the_wires(key: str) -> bool:
    """Whether a byline (its plain form) ends in a desk word of ``[desk_words]`` joined to the wires
    ("... staff and agencies", "... team & wires"): whatever names the desk, no reporter."""
    match = _WIRES.search(key)
    return bool(match) and match.group("desk") in desks()[1]


_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,12}){1,2}/?$", re.I)
_THE = re.compile(r"^(?:the|al|el|la|le|il|de|der|die|das)\s+", re.I)
OUTLET_KEY_CHARS = 4


def _compact(name: str) -> str:
    """A name's letters and digits alone, in lower case, without a leading article ("The Valley
    Courier", "valleycourier"); a web domain's name part ("valleycourier.com")."""
    name = collapse_whitespace(name or "").strip(" .,;:|")
    domain = _DOMAIN.match(name)
    if domain and " " not in name:
        name = domain.group("name")
    return "".join(c for c in _THE.sub("", name).casefold() if c.isalnum())


def outlet_form(author: str, outlet: Optional[str]) -> bool:
    """Whether a byline is the outlet's name in another form: its article, its spaces, its case or
    its web domain aside ("The Valley Courier", "VALLEY COURIER", "valleycourier.com" for Valley
    Courier): the outlet taken for the writer."""
    if not outlet or not author:
        return False
    key = _compact(author)
    return len(key) >= OUTLET_KEY_CHARS and key == _compact(outlet)


_CREDIT_PARTS = re.compile(r"\s*[-–—ـ]\s+|\s+[-–—ـ]\s*|\s*[()]\s*")
CREDIT_PART_WORDS = 3
CREDIT_WORDS = 8


def exclusive_credit(line: str) -> bool:
    """Whether a line is a credit marking the story the outlet's own: short parts, one of them a
    mark of ``[exclusive_marks]`` ("بلدي نيوز - الحسكة (خاص)", "خاص - ستيب الإخبارية")."""
    if len(line.split()) > CREDIT_WORDS or any(c.isdigit() for c in line):
        return False
    parts = [p for p in _CREDIT_PARTS.split(line.strip()) if p and p.strip()]
    marks = frozenset(plain(w) for w in data_sections("header_labels.txt").get("exclusive_marks", ()))
    if len(parts) == 1 and has_arabic(line):
        words = plain(line).split()  # "خاص <outlet>": the mark in construct with the outlet's name
        return 2 <= len(words) <= CREDIT_PART_WORDS + 1 and words[0] in marks
    if len(parts) < 2 or any(len(p.split()) > CREDIT_PART_WORDS for p in parts):
        return False
    return any(plain(p).strip() in marks for p in parts)


def _body_of_people(author: str) -> bool:
    """"Research team", "ISW Press", "Central Criminal Court": a last word of ``[body_ends]``,
    written in lower case or after a common English word or an acronym."""
    words = [w.strip(".,;:()") for w in author.split()]
    words = [w for w in words if w]
    if len(words) < 2 or plain(words[-1]) not in _body_ends():
        return False
    return words[-1][:1].islower() or any(
        w.lower() in english_words() or (len(w) >= 2 and w.isupper() and w.isalpha()) for w in words[:-1])


@functools.lru_cache(maxsize=1)
def _body_ends() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("body_ends", ()))




def _unit_name(key: str) -> bool:
    """A body's unit by its head word (``[body_heads]``): "وحدة التحليل الأمني" (a construct in
    Arabic script), "Office of the Spokesperson" (the head, then "of")."""
    words = [w.strip(".,;:()") for w in key.split()]
    if len(words) < 2 or words[0] not in _body_heads():
        return False
    return has_arabic(words[0]) or words[1] == "of"


DESK_CREDIT_WORDS = 5  # a desk's credit with its place or section ("Redacción Internacional", "Deska Hesekê")


def desk_credit(key: str) -> bool:
    """Whether a byline (its plain form) credits a desk, a newsroom or agencies in any language
    the data lists (``desk_words.txt``: "Deska Hesekê", "Redacción Internacional", "Haber Merkezi",
    "Agencias"): a short byline holding one of its words, or one of its phrases, whole."""
    words = [w.strip(".,;:()") for w in key.split()]
    if not 1 <= len(words) <= DESK_CREDIT_WORDS:
        return False
    single, phrases = _desk_words()
    pieces = words + [piece for w in words if "-" in w for piece in w.split("-") if piece]  # "ARD-Studio Kairo"
    if any(w in single or _compound_desk(w, single) for w in pieces):
        return True
    return any(f" {p} " in f" {' '.join(words)} " for p in phrases)


COMPOUND_HEAD = 7  # a desk's word this long at least closes a compound word ("Nachrichtenredaktion")


def _compound_desk(word: str, single: frozenset) -> bool:
    """A word closed by a desk's word of the data, as languages that compound write it (German,
    Dutch, the Nordic languages, Finnish: "Nachrichtenredaktion", "Onlineredaktion", "nieuwsredactie",
    "nyhetsredaksjonen", "uutistoimitus"): the desk's word of 7 letters or more, after 3 or more."""
    return any(len(head) >= COMPOUND_HEAD and len(word) >= len(head) + 3 and word.endswith(head) for head in single)


@functools.lru_cache(maxsize=1)
def _desk_words() -> tuple:
    from archive.extract.data import data_lines

    found = [plain(w).strip() for w in data_lines("desk_words.txt")]
    return frozenset(w for w in found if " " not in w), tuple(w for w in found if " " in w)


@functools.lru_cache(maxsize=1)
def _arabic_places() -> frozenset:
    """The gazetteer's places written in Arabic script, as :func:`plain` writes them: a byline that
    is one of these names where the story comes from, not who wrote it. (A Latin-script place may be
    a given name: "Jordan", "Derik".)"""
    from archive.extract.gazetteer import entities

    return frozenset(plain(spelling).strip() for entity in entities() if entity.kind == "place"
                     for spelling in (entity.name,) + tuple(entity.aliases) if has_arabic(spelling))


@functools.lru_cache(maxsize=1)
def _body_heads() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("body_heads", ()))


@functools.lru_cache(maxsize=1)
def _roles() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("roles", ()))


def _ends_an_outlet_form(key: str, outlet: str) -> bool:
    """Whether a byline (its plain form) is the last words of one of the record's outlet's forms the
    data writes ("قناة المملكة", "The Lakeside Star"): the outlet's name without its kind word."""
    forms = _outlet_forms().get(plain(outlet).strip(), ())
    return any(form == key or form.endswith(" " + key) for form in forms)


@functools.lru_cache(maxsize=1)
def _outlet_forms() -> dict:
    found: dict = {}
    for entry in outlet_table().outlets:
        forms = tuple(plain(f).strip() for f in [entry.name] + list(entry.aliases) + list(entry.arabic))
        found[plain(entry.name).strip()] = forms
    return found


def own_outlet_short(author: str, outlet: Optional[str]) -> bool:
    """Whether the byline is the record's outlet under another form of its name: its initials
    ("APS" of "Algeria Press Service"), or its words cut and joined ("IndyStar" stored, "Indianapolis
    Star" the byline), either way round: each word of the longer form gives the shorter one a
    prefix, in order (the name's small words may give none)."""
    if not outlet:
        return False
    a, b = _letters_words(author), _letters_words(outlet)
    return _prefixes_of(a, b) or _prefixes_of(b, a)


def _letters_words(text: str) -> list:
    return [w for w in (re.sub(r"[^\w]|_", "", w).casefold() for w in text.split()) if w]


def _prefixes_of(short: list, long: list) -> bool:
    """Whether ``short`` (one word of three letters or more) is made of prefixes of ``long``'s
    words (two or more), one each, in order, a prefix of three letters or more perhaps with the
    "y" of a short form ("Indy"); a small word may give none."""
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 3:
        return False
    from archive.extract.data import small_words

    small = small_words()
    target = short[0]

    @functools.lru_cache(maxsize=None)
    def fits(at: int, word: int) -> bool:
        if word == len(long):
            return at == len(target)
        options = range(0 if long[word] in small else 1, len(long[word]) + 1)
        return any(target.startswith(long[word][:k], at) and (fits(at + k, word + 1) or (
            k >= 3 and target.startswith("y", at + k) and fits(at + k + 1, word + 1))) for k in options)  # "Indy"

    return fits(0, 0)


_ACRONYM_WORD = re.compile(r"^[A-Z]{2,5}$")


def _acronym_and_word(author: str) -> bool:
    """"FP Explainers", "BBC Monitoring": an outlet's letters in capitals and a common English word
    (no given name, no surname: a person's initials are written "J.D." or "JD Vance")."""
    words = author.split()
    return len(words) == 2 and bool(_ACRONYM_WORD.match(words[0])) and words[1][:1].isupper() \
        and words[1].casefold() in english_words() and words[1].casefold().rstrip("s") in english_words()


@functools.lru_cache(maxsize=1)
def _outlet_ends() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("outlet_ends", ()))


@functools.lru_cache(maxsize=1)
def _never_in_names() -> frozenset:
    return frozenset(plain(w).strip() for w in data_sections("header_labels.txt").get("never_in_names", ()))


@functools.lru_cache(maxsize=1)
def _desk_ends() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("desk_ends", ()))


@functools.lru_cache(maxsize=1)
def _credit_words() -> frozenset:
    sections = data_sections("header_labels.txt")
    return frozenset(plain(w) for name in ("no_name_words", "roles", "desk_words", "name_stop_words")
                     for w in sections.get(name, ()))


def names_nobody(author: str) -> bool:
    """A credit of words naming nobody ("Staff Writer", "Our Correspondent", "Editorial Board",
    "Agencies", "مراسلنا"): each a role, desk or function word (``[no_name_words]`` and others)."""
    words = [w.strip(".,;:()") for w in plain(author).split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in _JOINING_PARTICLES]  # "Communiqué de presse": its particle no name
    return bool(kept) and all(w in _credit_words() or w.rstrip("s") in _credit_words() for w in kept)


_JOINING_PARTICLES = frozenset({"de", "di", "del", "du", "da", "do", "des", "della"})


_JOINED_OUTLETS = re.compile(r"\s+(?:with|and|&|\+|و)\s+|\s*[,،]\s*", re.I)
_AGENCIES = {"agencies", "agency", "wires", "news agencies", "وكالات"}


def outlets_joined(author: str, outlet: Optional[str]) -> bool:
    """A byline joining outlets, agencies among them ("Daily Sabah with AA", "Rudaw and agencies";
    an agency may be its dateline tag in capitals): no reporter."""
    parts = [p for p in _JOINED_OUTLETS.split(collapse_whitespace(author)) if p]
    if len(parts) < 2:
        return False
    own = plain(outlet) if outlet else ""
    tags = outlet_table().tags  # an agency's dateline tag ("AA", "AFP")
    return all(known_outlet(p) or the_less_outlet(p) or plain(p) in _AGENCIES or (len(p) > 3 and plain(p) in own)
               or (len(p) <= 5 and name_key(p) in tags) for p in parts)


def outlet_staff(author: str, outlet: Optional[str]) -> bool:
    """A byline of the outlet's name and a desk word ("Airwars Staff", "Reuters Editors")."""
    words = plain(author).strip().split()
    rest = " ".join(w for w in words if w not in desks()[1])
    if not rest or len(rest.split()) == len(words):
        return False
    rest = re.sub(r"(?:\s+(?:&|and))+$", "", rest)  # "Outlet Staff & Agencies": the joiner of two desk words
    return bool(known_outlet(rest) or the_less_outlet(rest) or (outlet and len(rest) > 3 and rest in plain(outlet)))


MENU_PARTS = 3  # a menu written on one line: this many items at least
MENU_RUN = 4  # a menu written one item a line: this many short lines at least
MENU_ITEM_WORDS = 3
_MENU_SEPARATORS = re.compile(r"\s*[|·•»›]\s*|\s{2,}")


def menu_section(author: str, content: list, title_at: int) -> bool:
    """A "byline" that is a section of the page's own menu, set as a label over or under the headline
    (round 38: "بین الملل" under a menu "سیاسی | بین الملل | اقتصادی"): the same words are an item of
    a menu above the headline, a line of three items or more or a run of four short lines or more,
    and stand on a line of their own elsewhere too. A writer's name is no item of the site's menu."""
    key = " ".join(author.split()).casefold()
    if not key or title_at <= 0:
        return False
    head = [" ".join(line.split()) for line in content[:title_at]]
    for line in head:
        parts = [p.strip().casefold() for p in _MENU_SEPARATORS.split(line) if p.strip()]
        if len(parts) >= MENU_PARTS and key in parts and all(len(p.split()) <= MENU_ITEM_WORDS for p in parts):
            return True
    short = [bool(line) and len(line.split()) <= MENU_ITEM_WORDS and not re.search(r"[\d:.!?؟،,]", line) for line in head]
    run_start = None
    for i, flag in enumerate(short + [False]):
        if flag and run_start is None:
            run_start = i
        elif not flag and run_start is not None:
            run = range(run_start, i)
            if len(run) >= MENU_RUN and any(head[j].casefold() == key for j in run) \
                    and sum(" ".join(line.split()).casefold() == key for line in content) >= 2:
                return True  # the menu's item, and the section's label on a line of its own
            run_start = None
    return False
