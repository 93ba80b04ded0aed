"""Header lines no title is, by their shape in any language (issue #13, round 26, titles26; split from
:mod:`archive.extract.title_guards`, which applies them): a relative time stamp, a date of any calendar
and digits, a byline after a word for "by" or before a trailing separator, a credit line, and a site's
system or portal named over the page. Their words: ``archive/data/title_guards.txt`` ``[time_units]``,
``[ago_words]``, ``[by_words]``, ``[credit_verbs]``, ``[system_words]``.
"""

from __future__ import annotations

import re

from archive.extract.data import folded_sections

CONNECTORS = frozenset(  # small words inside a name (title_guards reads them too)
    "of the and for de du des la le el al und für van von y e di del & -".split())


def _data() -> dict:
    return folded_sections("title_guards.txt")  # {section: its case-folded words}


STAMP_WORDS = 8
DATE_NAME_WORDS = 2
_NUMBER = re.compile(r"^\d+$")
_YEAR = re.compile(r"^(?:1[34]\d\d|19\d\d|20\d\d)$")  # a year of the Gregorian or the solar Hijri calendar
_NAME_END = re.compile(r"\s*[|·•/–—-]\s*$")


def _digits(word: str) -> str:
    """A word's digits in ASCII, whatever their script ("۱۴۰۲", "١٤٤٣"), else ''."""
    word = word.strip(".,،")
    return "".join(str(int(c)) for c in word) if word and all(c.isdigit() for c in word) else ""


def _says_ago(line: str) -> bool:
    folded = " " + " ".join(line.casefold().split()) + " "
    return any(" " + word + " " in folded for word in _data()["ago_words"])


def stamp_or_byline(line: str) -> bool:
    """A header line no title is, by its shape in any language: a relative time stamp (a number and
    a word of time and a word for "ago", ``title_guards.txt [time_units]``, ``[ago_words]``: "Publié il y a 3 heures", "منذ 3 ساعات"); a
    date of any calendar and digits (a day's number and a year's, a few words: "سه‌شنبه ۱۸ مهر
    ۱۴۰۲"); a byline, a name of two to four capitalised words after a word for "by" ("di Giulia
    Rossi", ``[by_words]``) or before a trailing separator ("Anna Weber |"), or a credit's verb
    before it ("Hosted by Anna Weber and Li Wei", ``[credit_verbs]``)."""
    words = line.split()
    if not words or len(words) > STAMP_WORDS:
        return False
    numbers = [d for d in map(_digits, words) if d]
    if len(numbers) == 1 and any(w.casefold().strip(".,") in _data()["time_units"] for w in words) and _says_ago(line):
        return True
    if len(numbers) >= 2 and len(words) - len(numbers) <= DATE_NAME_WORDS and any(_YEAR.match(n) for n in numbers) \
            and any(1 <= int(n) <= 31 for n in numbers) and not re.search(r"[!?:;]", line):
        return True  # a weekday and a month's name at most beside the numbers
    name = words[1:] if words[0].casefold() in _data()["by_words"] and words[0][:1].islower() else None
    if name is None and _NAME_END.search(line):
        name = _NAME_END.sub("", line).split()
    if name is None and len(words) > 3 and words[0].casefold() in _data()["credit_verbs"] \
            and words[1].casefold() in _data()["by_words"]:
        names = [w for w in words[2:] if w.casefold() not in _NAME_JOINERS]  # "Hosted by A B and C D"
        return 2 <= len(names) <= 2 * 4 and all(_name_word(w) for w in names)
    return bool(name) and 2 <= len(name) <= 4 and all(_name_word(w) for w in name)


_NAME_JOINERS = frozenset("and und et y e i ve va و &".split())


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


SYSTEM_NAME_WORDS = 10


def system_name(line: str) -> bool:
    """A site's system or portal named over the page ("Documentation and Information System for
    Parliamentary Papers", "Dokumentations- und Informationssystem für Parlamentsmaterialien"): a
    line of names whose head noun, the last word or the word before a small connecting word, is a
    system's kind (``title_guards.txt [system_words]``) or a compound ending in one."""
    words = line.split()
    if not 2 <= len(words) <= SYSTEM_NAME_WORDS or re.search(r"[.!?:;,\d]", line) or not words[0][:1].isupper() \
            or not all(w[:1].isupper() or w.casefold() in CONNECTORS for w in words):
        return False
    kinds = _data()["system_words"]
    for at, word in enumerate(words):
        folded = word.casefold().strip("-")
        head = at == len(words) - 1 or words[at + 1].casefold() in CONNECTORS
        if head and word[:1].isupper() and any(folded == kind or (len(kind) >= 5 and folded.endswith(kind)) for kind in kinds):
            return True
    return False
