"""The fullest name a page writes of its own outlet (issue #13, round 24): an outlet found but named
by a short form where the page itself writes its full name.

A known outlet whose data name is an acronym ("FENA", "NRK", "UzA") is stored under the full name
its letters stand for, where the page writes that name: one of the data's spellings of the outlet
(its aliases) of two words or more that the acronym abbreviates (its letters, in order, in the
name's letters, the first its first word's initial; a syllable acronym counts: "FENA" for
"Federalna novinska agencija"), not an edition that writes the acronym itself ("NRK Nyheter").
Where the page writes none of them, the data name stands (as pages that give only the acronym
are named). Only names the data gives the outlet are read: a long name the page writes that the
data does not tie to the outlet is another body's (a ministry, a court quoted).

The same holds for a name the data does not know that a page writes in capitals as initials and in
full on the same page ("LRMN" in a byline, "Lake Region Media Network" in its foot): the full name
(:func:`spelled_initials`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_data import fold_name
from archive.extract.outlet_forms import bare_name
from archive.extract.outlet_names import has_arabic, outlet_table
from archive.extract.outlet_spellings import on_page, written

ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}|[A-Z]{2,}")  # "FENA", "UzA", "NRK", "LBCI"
ACRONYM_CHARS = 7
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_acronym(name: str) -> bool:
    """Whether ``name`` is one word of capitals, maybe with small letters between ("UzA")."""
    name = (name or "").strip()
    return len(name) <= ACRONYM_CHARS and bool(ACRONYM.fullmatch(name)) and sum(c.isupper() for c in name) >= 2


def abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is a short form of ``name`` (module doc): two words or more, none of them
    the acronym; its first letter the first word's, its letters in order in the name's."""
    words = _WORD.findall(name)
    if len(words) < 2 or any(w.casefold() == acronym.casefold() for w in words):
        return False
    letters, folded = fold_name(acronym), [fold_name(w) for w in words]
    if not letters or not folded[0] or folded[0][0] != letters[0]:
        return False
    text, at = "".join(folded), 0
    for letter in letters:
        at = text.find(letter, at) + 1
        if not at:
            return False
    return len(letters) <= len(words) + 2 or len(letters) <= 4  # a few letters per word at most


@functools.lru_cache(maxsize=4096)
def full_spellings(canonical: str) -> tuple:
    """The data's spellings of ``canonical`` (an acronym, or a short form holding one: "NZ Herald")
    that it abbreviates, longest first."""
    if is_acronym(canonical):
        test = abbreviates
    elif any(is_acronym(word) for word in canonical.split()):
        test = expands
    else:
        return ()
    return tuple(sorted({s for s in _spellings().get(canonical, ()) if test(canonical, s)}, key=len, reverse=True))


def expands(short: str, name: str) -> bool:
    """Whether ``name`` is the short form ``short`` with its one acronym written out, its other words
    the same, a leading "The" aside ("The New Zealand Herald" of "NZ Herald", "Le Journal du
    Dimanche" of "Le JDD"): a paper's short brand holding initials (round 33)."""
    words = [w for w in short.split()]
    full = name.split()
    if full[:1] and full[0].casefold() == "the" and (not words or words[0].casefold() != "the"):
        full = full[1:]
    at = [i for i, w in enumerate(words) if is_acronym(w)]
    if len(at) != 1 or len(words) < 2:
        return False
    before, after = words[:at[0]], words[at[0] + 1:]
    if len(full) < len(words) + 1:
        return False
    head, tail = full[:len(before)], full[len(full) - len(after):] if after else []
    if [fold_name(w) for w in head] != [fold_name(w) for w in before] \
            or [fold_name(w) for w in tail] != [fold_name(w) for w in after]:
        return False
    middle = full[len(before):len(full) - len(after)]
    letters = fold_name(words[at[0]])
    initials = [fold_name(w)[:1] for w in middle]
    capitals = [fold_name(w)[:1] for w in middle if w[:1].isupper()]
    return letters in ("".join(initials), "".join(capitals))  # one word a letter: "NZ", "JDD", not "UN Women"'s long name


@functools.lru_cache(maxsize=None)
def _spellings() -> dict:
    """canonical -> its spellings in Latin script (or any but Arabic: "Österreichischer Rundfunk")."""
    found: dict = {}
    for outlet in outlet_table().outlets:
        for name in [outlet.name] + list(outlet.aliases):
            name = " ".join(name.split())
            if not has_arabic(name):
                found.setdefault(outlet.name, []).append(name)
    return found


def written_full_name(outlet: Optional[str], lines: list) -> Optional[str]:
    """The full name of ``outlet``, a known outlet named by an acronym, that the page's ``lines``
    write as a name (:func:`name_line`), the longest first, as the data spells it; else None."""
    if not outlet:
        return None
    spellings = on_page(list(full_spellings(outlet)), lines)
    if not spellings:
        return None
    keys = {fold_name(spelling): spelling for spelling in spellings}
    found = [keys[key] for key in (name_line(line, outlet) for line in lines) if key in keys]
    return max(found, key=len) if found else None


NAME_LINE_WORDS = 14
_SEPARATORS = re.compile(r"[-–—|:·•/()\[\]]+")


def name_line(line, acronym: str) -> Optional[str]:
    """The folded name a line writes as a name of its own: the line alone, or beside the acronym
    ("FENA - Federal Agency", "Federal Agency (FENA)"), a company's legal form after it left out.
    A copyright line's holder is no such line ("© 2024 Cable News Network": the company's legal
    name, where the outlet goes by its acronym)."""
    line = " ".join(str(line).split())
    if not line or len(line.split()) > NAME_LINE_WORDS or _COPYRIGHT.match(line):
        return None
    parts = [part.strip() for part in _SEPARATORS.split(line) if part.strip()]
    parts = [part for part in parts if part.casefold() != acronym.casefold()]
    if len(parts) != 1:
        return None
    return fold_name(bare_name(parts[0]))


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|all rights)", re.I)


# --- a known outlet named in English by the data, on a page in its own language -------------------

def own_language_spellings(canonical: str) -> tuple:
    """The data's spellings of ``canonical`` that name it in another language than English (module
    doc of :func:`own_language_name`), longest first."""
    return _own_language_spellings().get(canonical, ())


@functools.lru_cache(maxsize=None)
def _own_language_spellings() -> dict:
    from archive.extract.data import english_words

    words = english_words()
    found = {}
    for canonical, spellings in _spellings().items():
        own = _WORD.findall(canonical)
        english = [w for w in own[1:] if w.casefold() in words]
        if len(own) < 2 or not english:
            continue
        for spelling in spellings:
            other = _WORD.findall(spelling)
            if len(other) >= len(own) and spelling != canonical and fold_name(other[0]) == fold_name(own[0]) \
                    and not re.search(r"[.+]", spelling) and not " ".join(other[1:]).isascii() \
                    and not any(w.casefold() in words for w in other[1:]):
                found.setdefault(canonical, []).append(spelling)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def own_language_name(canonical: Optional[str], lines: list) -> Optional[str]:
    """The outlet's name in its own language where the data names it in English ("X News Agency")
    and gives a spelling in another language with the same leading name, as many words or more,
    none of them a common English word and one at least written with a letter English does not
    use ("X Haber Ajansı"), for a page in a language other than English that the outlet publishes
    in (``archive/data/outlet_languages.txt``, where it lists the outlet): the name the outlet
    gives itself on its own pages. Else None."""
    spellings = own_language_spellings(canonical) if canonical else ()
    if not spellings:
        return None
    from archive.extract.language import guess_language
    from archive.extract.outlet_languages import outlet_languages

    language = guess_language("\n".join(map(str, lines)))
    listed = outlet_languages().get(canonical)
    if not language or language == "en" or (listed and language not in listed):
        return None
    return spellings[0]


# --- a name the data does not know, written as initials and spelled out on the page -------------------

SPELLED_WORDS = 12  # a body's name before its initials in brackets: this many words at most


def spelled_initials(acronym: Optional[str], lines: list) -> Optional[str]:
    """The full name of an outlet the data does not know, stored by its initials ("CNCDH", "AIVD"),
    where the page writes the name with the initials in brackets after it ("la Commission nationale
    consultative des droits de l'homme (CNCDH) a adopté ...", "De Algemene Inlichtingen- en
    Veiligheidsdienst (AIVD) ziet ..."): the shortest run of words before the bracket, opening with
    a capital, that the initials abbreviate (:func:`abbreviates`); one such name only. Else None.
    A publisher that names itself by its initials in its masthead or title spells them out in its
    own text, as a style guide asks (round 33)."""
    if acronym and not is_acronym(acronym) and is_acronym(acronym.split()[0]) and len(acronym.split()[0]) >= 3:
        acronym = acronym.split()[0]  # "MPJD Zyra per Media": a body's initials and its office's words (a mail's sender)
        return _initials_line(acronym, lines)
    if not acronym or not is_acronym(acronym):
        return None
    bracket = re.compile(r"\(\s*" + re.escape(acronym) + r"\s*\)")
    found = {}
    for line in lines:
        line = " ".join(str(line).split())
        for match in bracket.finditer(line):
            words = line[:match.start()].split()[-SPELLED_WORDS:]
            for k in range(2, len(words) + 1):
                run = " ".join(words[-k:]).strip(" ,;:")
                if words[-k][:1].isupper() and abbreviates(acronym, run):
                    found.setdefault(fold_name(run), run)
                    break
    return next(iter(found.values())) if len(found) == 1 else None


HEAD_LINES = 6  # a body's name heads its release among its first lines


def _initials_line(acronym: str, lines: list) -> Optional[str]:
    """A run of words among the page's first lines whose capitalised words' initials are exactly
    ``acronym``, small words in lower case between them ("Ministria e Punëve të Jashtme dhe
    Diasporës" for "MPJD", "Lorvanian Ministry of Water Affairs" for "LMWA"), three capitalised words
    at least, no capitalised word right after it (the name goes on) and none in capitals (a banner's);
    one such name only. Else None."""
    found = {}
    for line in lines[:HEAD_LINES]:
        words = _WORD.findall(str(line)[:HEAD_CHARS])
        for i, first in enumerate(words):
            if first[:1] != acronym[:1] or first.isupper():
                continue
            letters, j = "", i
            while j < len(words) and len(letters) < len(acronym):
                word = words[j]
                if word[:1].isupper() and not word.isupper():
                    letters += word[0]
                elif not (word.islower() and len(word) <= SMALL_WORD_CHARS):
                    break
                j += 1
            if letters == acronym and len(acronym) >= 3 and not (j < len(words) and words[j][:1].isupper() and not words[j].isupper()):
                run = " ".join(words[i:j])
                found.setdefault(fold_name(run), run)
    return next(iter(found.values())) if len(found) == 1 else None


HEAD_CHARS = 400
SMALL_WORD_CHARS = 4  # a joining word between a name's capitalised words: "of", "e", "të", "dhe", "für"
