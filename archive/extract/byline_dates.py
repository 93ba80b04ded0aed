"""A byline glued to its date line (issue #13, round 23): a page whose markup set no space between
the byline and the date under it gives "Jane DoeWednesday 5 April 2023" or "سامر الحلبيالأربعاء 05
نيسان 2023" as one line; the space is put back where a day's or month's name (``date_words.txt``)
opens the date that follows."""

from __future__ import annotations

import re

from archive.extract.date_names import _words, fold, weekday
from archive.extract.header_dates import date_in

GLUED_PREFIX = 2  # the name's word left before a glued day or month has this many letters or more
GLUED_WORD = 3  # a day's or month's name glued to it has this many or more


def unglued_date(value: str) -> str:
    """A byline's value with a space put back where a day's or month's name was glued to the name's
    last word by a page whose markup had none between the byline and the date line ("Jane
    DoeWednesday 5 April 2023", "سامر الحلبيالأربعاء 05 نيسان 2023"): the glued word must open the
    date that follows (a digit within the next words), in Latin script with its capital."""
    value = _GLUED_FIGURES.sub(r"\1 \2", value)  # "Jane Doe06.05.2021, 14:22": a date in figures glued to the name
    words = value.split()
    for at, word in enumerate(words):
        if any(c.isdigit() for c in word):
            return value
        if _date_word(word):
            continue  # "الأحد": a day's whole name with its article, glued to nothing
        for k in range(GLUED_PREFIX, len(word) - GLUED_WORD + 1):
            tail = word[k:]
            if tail[:1].isalpha() and not tail[:1].isupper() and not _ARABIC_LETTER.match(tail):
                continue  # "Ramay": a Latin name's own letters, not "DoeMay"
            if _date_word(tail) and date_in(" ".join([tail] + words[at + 1:at + 6])):
                return " ".join(words[:at] + [word[:k], tail] + words[at + 1:])
    return value


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# a letter, then a date in figures with no space between (a day of one or two figures, a stop, dash
# or slash, a month, the same mark, a year)
_GLUED_FIGURES = re.compile(r"([^\W\d_])(\d{1,2}([./-])\d{1,2}\3\d{2,4})(?!\d)")


def _date_word(word: str) -> bool:
    """A day's or a month's name (``date_words.txt``)."""
    return weekday(word) or fold(word.strip(" ,.،")).casefold() in _words()[0]
