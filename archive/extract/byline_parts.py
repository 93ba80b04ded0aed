"""What a byline line prints around the reporter's name, and how a name is told from furniture.

- the outlet's acronym after the name ("Jane Doe HS", "Jane Doe AP", "Jane Doe/TT"), the signature
  perhaps in brackets ("(Jane Doe/TT)"); a name before a slash and an outlet's whole name ("Jane
  Doe/Reuters") is a picture's credit;
- the outlet or place in parentheses after it ("Jane Doe (The Daily Post)");
- the place and outlet after bars ("Jane Doe | Pristina | BIRN");
- the outlet glued before a dash ("Agency24- Jane Doe"): a part holding a digit names no person;
- a credit of a photographer, editor or translator ("Photo: Jane Doe") names no writer;
- a line opening with a function word ("For Immediate Release") is no name; the words are data
  (``[name_stop_words]`` of ``archive/data/header_labels.txt``);
- the interface's buttons beside the byline ("Jane Doe | 2023-07-19 | Download PDF", "تحميل الملف"
  under the name, "هەواڵی زیاتر" heading a list of links): their words are data
  (``archive/data/byline_buttons.txt``, many languages); a part holding only such words names no writer.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, data_sections
from archive.extract.paragraphs import plain

_PARENTHESIS = re.compile(r"\s*\([^()]{1,60}\)$")
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
_NOT_ACRONYM = frozenset({"II", "III", "IV", "VI", "VII", "JR", "SR"})  # "John Doe III", "JR": part of the name
_BARS = re.compile(r"\s*[|·•]\s*")
_SLASHED_TAG = re.compile(r"(?<=[^\W\d_])\s*/\s*[A-Z]{2,6}$")
_PARTS_GLUED = re.compile(r"(?<=\S)\s*[-–—]\s+")
MAX_BESIDE_WORDS = 3  # a place or outlet after a bar: "Pristina", "BIRN", "Middle East Eye"


@functools.lru_cache(maxsize=1)
def name_stop_words() -> frozenset:
    """Words no person's name opens with (``[name_stop_words]``), lower case."""
    return frozenset(w.lower() for w in data_sections("header_labels.txt").get("name_stop_words", ()))


@functools.lru_cache(maxsize=1)
def credit_labels() -> frozenset:
    """The labels of a credit of someone other than the writer or of a source, in their plain form:
    ``[credit_labels]`` of header_labels.txt (English, Arabic) and of byline_roles.txt (the other
    languages, round 29), and the source labels of outlet_source_labels.txt (round 29)."""
    from archive.extract.source_credits import source_labels

    labels = list(data_sections("header_labels.txt").get("credit_labels", ())) \
        + list(data_sections("byline_roles.txt").get("credit_labels", ())) + list(source_labels())
    return frozenset(" ".join(plain(label).split()) for label in labels)


def credit_label(text: str) -> bool:
    """Whether the words before a colon or dash credit someone other than the writer or name a source
    ("Photo", "Editing", "ترجمة", "Edição", "المصدر": :func:`credit_labels`)."""
    return " ".join(plain(text).strip(" :：-–—").split()) in credit_labels()


@functools.lru_cache(maxsize=1)
def _honorifics() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("honorifics", ()))


def without_honorific(value: str) -> str:
    """A name without the title before it ("Dr Jane Doe", "Prof. John Roe", "الدكتور أحمد": ``[honorifics]``),
    where a name of two words or more follows."""
    words = value.split()
    if len(words) >= 3 and plain(words[0]) in _honorifics():
        return " ".join(words[1:])
    return value


def opens_with_stop_word(value: str) -> bool:
    """Whether a would-be name opens with a function word ("For Immediate Release")."""
    words = value.split()
    return bool(words) and words[0].lower() in name_stop_words()


def without_credit(value: str) -> str:
    """A name without the outlet's credit after it: a parenthesis ("Jane Doe (The Daily Post)",
    "Jane Doe (AFP)") or an acronym in capitals ("Jane Doe HS") after two or more name words."""
    value = _PARENTHESIS.sub("", value).strip()
    value = _SLASHED_TAG.sub("", value)  # "Jane Doe/TT": a wire's signature, its tag glued after a slash
    words = value.split()
    if len(words) >= 3 and _ACRONYM.match(words[-1]) and words[-1] not in _NOT_ACRONYM \
            and not any(w.isupper() for w in words[:-1]):
        value = " ".join(words[:-1]).rstrip(" /|-–—·•")  # "Jane Doe / TNN": the separator goes with it
    return value


def signed_in_brackets(line: str) -> Optional[str]:
    """The signature inside "(Jane Doe/TT)": a wire's signature closing a text in brackets, its
    slash the sign (a name alone in brackets is a caption's credit as often), or a comma before
    the agency's letters in capitals ("(Jane Doe, PAN)"); or None."""
    if not (line.startswith("(") and line.endswith(")")) or "(" in line[1:-1] or ")" in line[1:-1]:
        return None
    inner = line[1:-1].strip()
    if "/" in line:
        return inner
    head, comma, tail = inner.rpartition(",")
    if comma and _AGENCY_LETTERS.fullmatch(tail.strip()) and len(head.split()) >= 2:
        return f"{head.strip()}/{tail.strip()}"  # read as "(Jane Doe/PAN)"
    return None


_AGENCY_LETTERS = re.compile(r"[A-Z]{2,6}")


def before_bars(line: str) -> Optional[str]:
    """The first part of "Jane Doe | Pristina | BIRN": the other parts short capitalised names (a
    place, the outlet), no digit among them (a date is :func:`bylines.name_before_date`'s); or
    None."""
    parts = [p for p in _BARS.split(line.strip()) if p]
    if len(parts) < 2 or not _BARS.search(line):
        return None
    for part in parts[1:]:
        words = part.split()
        if not 1 <= len(words) <= MAX_BESIDE_WORDS or any(c.isdigit() for c in part) \
                or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return None
    return parts[0]


def after_numbered_outlet(line: str) -> Optional[str]:
    """The name in "Agency24- Jane Doe": the part before the dash holds a digit (a site's name,
    no person's), or None."""
    parts = _PARTS_GLUED.split(line.strip(), maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 2 and any(c.isdigit() for c in parts[0]) \
            and not any(c.isdigit() for c in parts[1]):
        return parts[1].strip()
    return None


BUTTON_WORDS = 4  # a button's label is this short
_BUTTON_JOINED = re.compile(r"\s+(?:and|&|و)\s+")


@functools.lru_cache(maxsize=1)
def _button_entries() -> tuple:
    """(single words, whole phrases) of the data, in their plain form."""
    words, phrases = set(), set()
    for line in data_lines("byline_buttons.txt"):
        key = " ".join(plain(line).split())
        (phrases if " " in key else words).add(key)
    return frozenset(words), frozenset(phrases)


def button(part: str) -> bool:
    """Whether a line or a part of a byline's line is an interface button's label ("Download PDF",
    "تحميل الملف", "هەواڵی زیاتر"): a phrase of the data, or a label of a few words opening with one
    of its words."""
    key = " ".join(plain(part or "").strip(" |·•-–—:()[]<>»«").split())
    if not key or len(key.split()) > BUTTON_WORDS:
        return False
    words, phrases = _button_entries()
    return key in phrases or key.split()[0] in words


def without_buttons(author: str) -> str:
    """A byline without the parts joined to it that are buttons ("أحمد العلي and تحميل الملف": the
    name over the button the header reading took for a second writer); '' where every part is one."""
    parts = _BUTTON_JOINED.split(author)
    kept = [part for part in parts if not button(part)]
    if len(kept) == len(parts):
        return author
    return " and ".join(kept)


_CRAFT = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<craft>[^()]{1,30})\)$")
_WRITERS_APART = re.compile(r"\s*[,;]\s*")


def writers_by_craft(author: str) -> str:
    """The writers of a byline crediting each contributor's craft in brackets, those credited for
    pictures, video or design left out ("Jane Doe (Text) und John Roe (Bilder)" → "Jane Doe",
    "Jane Doe (texte), John Roe (photos)"): a craft of the credit labels (``credit_labels``, every
    language the data lists) names no writer; the brackets of the others dropped. The byline as it
    is where no part holds a craft in brackets or none would be left."""
    from archive.extract.person_names import JOINED

    if "(" not in author:
        return author
    parts = [p for piece in _WRITERS_APART.split(author.strip()) for p in JOINED.split(piece) if p and p.strip()]
    crafted = [_CRAFT.match(p.strip()) for p in parts]
    if not any(crafted):
        return author
    kept = [(m.group("name") if m else p.strip()) for p, m in zip(parts, crafted)
            if not (m and credit_label(m.group("craft")))]
    if not kept or len(kept) == len(parts):
        return author
    return ", ".join(k.strip() for k in kept)
