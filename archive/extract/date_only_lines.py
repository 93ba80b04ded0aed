"""Lines that are a date and nothing else, whatever the calendar or the script, though no Gregorian day
can be read from them (issue #13, round 27): "الخميس 12 رمضان 1445 هـ" (a Lunar Hijri date alone),
"30ی تەممووزی 2024" in a language whose month names ``date_words.txt`` lacks. Such a line is a
header's date line, never a title (:func:`archive.extract.header_dates.states_date` says so).

Two shapes, by method rather than by list:

- a day, a Hijri month's name (``date_words.txt``'s ``hijri`` line, the Solar Hijri months of
  ``solar_hijri_months.txt``) and a year of three or four figures, with at most a weekday, an era's
  mark and figures beside it;
- a day (one or two figures, a suffix of up to three letters glued to it), ONE word that is no
  common English word (``english_words.txt``; "Top 10 Moments 2023" is a headline), and a year
  (1300-2099, the years of the Gregorian, Lunar and Solar Hijri calendars in news) that ends the line
  or comes before a time; optionally one word before the day (a weekday in any language) and
  punctuation between. A headline holding a day, a word and a year alone is not written.
"""

from __future__ import annotations

import functools
import re

from archive.extract.date_names import fold
from archive.extract.dates import patterns

MAX_CHARS = 60
_SHAPE = re.compile(
    r"^(?:(?P<lead>[^\W\d_]{2,})[,،.]?\s+(?:[-–—|]\s+)?)?\d{1,2}[^\W\d_]{0,3}\.?\s+(?P<word>[^\W\d_]{3,})[,.]?\s+"
    r"(?:1[3-9]|20)\d\d(?:\s*(?:[^\W\d_]{1,3}\.?))?(?:\s*[-–—|,]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$", re.I)


@functools.lru_cache(maxsize=1)
def _calendar_line() -> re.Pattern:
    _, _, _, extra = patterns()
    return extra


@functools.lru_cache(maxsize=4096)
def only_a_date(line: str) -> bool:
    """Whether ``line`` is a date alone in a calendar or a language the date reader does not
    convert (module doc)."""
    line = line.strip()
    if not line or len(line) > MAX_CHARS or not any(c.isdigit() for c in line):
        return False
    folded = fold(line)
    shape = _SHAPE.match(folded)
    if shape and not any(_english(word) for word in (shape.group("lead"), shape.group("word")) if word):
        return True
    extra = _calendar_line()
    if not extra.search(folded):
        return False
    return bool(_hijri_date().search(folded)) and not extra.sub(" ", folded).split()


def _english(word: str) -> bool:
    """A common English word that no date's words are ("Top 10 Moments 2023"): a known month's or
    weekday's name is one of a date's."""
    from archive.extract.data import english_words
    from archive.extract.date_names import _words, weekday

    word = word.casefold()
    return word in english_words() and word not in _words()[0] and not weekday(word)


@functools.lru_cache(maxsize=1)
def _hijri_date() -> re.Pattern:
    from archive.extract.date_names import _alternation, _words

    return re.compile(r"\d{1,2}\s+(?:" + _alternation(_words()[2]) + r")\s+\d{3,4}", re.I)
