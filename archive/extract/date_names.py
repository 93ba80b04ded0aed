"""The words a date is written with: month names (with and without their accents), weekday names,
the words a year-first date writes after its year and day, the month abbreviations read only when
joined to their day and year, and the months two languages give two numbers
(``archive/data/date_words.txt``); the folding of digits and Arabic letters the date patterns read.
Moved as they were from :mod:`archive.extract.dates` (round 32), which reads them and still offers
them to its callers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterable

from archive.extract import solar_dates
from archive.extract.data import data_lines

# Arabic-Indic and Persian digits as ASCII; Arabic comma; alef forms, final ya, tatweel, vowels.
_FOLD = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
     "\u060c": ",", "\u066b": ".", "\u00a0": " ", "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
     "\u0671": "\u0627", "\u0649": "\u064a", "\u0640": None,
     **{chr(c): None for c in range(0x064B, 0x0653)}}
)


def fold(text: str) -> str:
    """Text as the date patterns read it: ASCII digits, one form of each Arabic letter."""
    return text.translate(_FOLD)


_MARKS = re.compile("[\u0300-\u036f]")


def bare(text: str) -> str:
    """Text without the accents of its letters ("Çirîya Paşîn" -> "Ciriya Pasin", "février" ->
    "fevrier"): month names are also read so, since writers and keyboards drop the hats of some
    letters and not others (Kurmanji's "Çiriya Paşîn" and "Çirîya Paşîn", Turkish "Şubat" and
    "Subat", French "aout")."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


@functools.lru_cache(maxsize=None)
def _words() -> tuple:
    months: dict = {}
    weekdays: list = []
    hijri: list = []
    for line in data_lines("date_words.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] == "month":
            for name in parts[2:]:
                months[fold(name).casefold()] = int(parts[1])
                months.setdefault(fold(name).lower(), int(parts[1]))  # "μαΐου": casefold() decomposes its ΐ
        elif parts[0] == "weekday":
            weekdays.extend(fold(name).casefold() for name in parts[1:])
        elif parts[0] == "hijri":
            hijri.extend(fold(name).casefold() for name in parts[1:])
    # each name without its accents too, where that names no other month ("ciriya pasin")
    unaccented: dict = {}
    for name, number in months.items():
        unaccented.setdefault(bare(name), set()).add(number)
    for name, numbers in unaccented.items():
        if name not in months and len(numbers) == 1:
            months[name] = numbers.pop()
    hijri.extend(solar_dates.month_names())  # a Solar Hijri date beside the Gregorian one: the line's too
    return months, tuple(weekdays), tuple(hijri)


@functools.lru_cache(maxsize=1)
def year_words() -> tuple:
    """``(year words, day words)``: the words a year-first date writes after its year ("2021 йил 9
    июнь", "2021 m. birželio 9 d.": ``date_words.txt``'s ``year_word`` and ``day_word`` lines)."""
    found = {"year_word": [], "day_word": []}
    for line in data_lines("date_words.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] in found:
            found[parts[0]].extend(fold(name).casefold() for name in parts[1:] if name)
    return tuple(found["year_word"]), tuple(found["day_word"])


@functools.lru_cache(maxsize=1)
def joined_months() -> dict:
    """The month abbreviations that are also common words of another language (Portuguese "set",
    "out": English words), read as a month only where dots or dashes join it to its day and year
    ("12.out.2023", "3-set-2023"): ``date_words.txt``'s ``month_joined`` lines."""
    found: dict = {}
    for line in data_lines("date_words.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] == "month_joined":
            for name in parts[2:]:
                found[fold(name).casefold()] = int(parts[1])
    return found


@functools.lru_cache(maxsize=1)
def undotted_months() -> dict:
    """Month names two languages give two months, told apart by the day before them: Polish writes
    "5 listopada 2019" (November), Croatian "5. listopada 2019." (October), its day an ordinal with
    its stop. Read as ``date_words.txt``'s ``month_undotted`` lines say only after a day without a
    stop; with the stop, no month is read."""
    found: dict = {}
    for line in data_lines("date_words.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] == "month_undotted":
            for name in parts[2:]:
                found[fold(name).casefold()] = int(parts[1])
    return found


def weekday(word: str) -> bool:
    """Whether a word names a day of the week ("Monday,", "Mon", "الاثنين"; ``date_words.txt``)."""
    return fold(word.strip(" ,.،")).casefold() in _words()[1]


@functools.lru_cache(maxsize=1)
def weekday_numbers() -> dict:
    """Each weekday name's day (``date.weekday()``: Monday 0 ... Sunday 6): the ``weekday`` lines of
    ``date_words.txt`` run from Monday to Sunday."""
    numbers: dict = {}
    rows = [line for line in data_lines("date_words.txt") if line.split("|")[0].strip() == "weekday"]
    for number, line in enumerate(rows):
        for name in line.split("|")[1:]:
            numbers.setdefault(fold(name.strip()).casefold(), number)
    return numbers


@functools.lru_cache(maxsize=1)
def _weekday_word() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + _alternation(weekday_numbers()) + r")(?!\w)", re.I)


def named_weekdays(text: str) -> set:
    """The days of the week a short text names ("Mon 03/02/2025", "الاثنين 03-02-2025"), as numbers."""
    numbers = weekday_numbers()
    return {numbers[m.group(0).casefold()] for m in _weekday_word().finditer(fold(text))}


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(names), key=len, reverse=True))
