"""Solar Hijri dates (the civil calendar of Iran and Afghanistan), as Persian and Dari pages print them
beside or instead of the Gregorian date: "چهارشنبه ۲۵ فروردین ۱۴۰۰ - 14 آوریل 2021", "۱۰ خرداد ۱۴۰۱",
"10 Hamal 1400", "1403/03/11" (issue #13, round 27).

- :func:`solar_to_gregorian` converts exactly, by the arithmetic of the Persian calendar's 2820-year
  cycle breaks (Borkowski's algorithm, as the ``jalaali`` libraries compute it), which agrees with the
  astronomical calendar (Nowruz at the equinox) over 1178-1633 AP.
- :func:`solar_days` finds the Solar Hijri dates a line states: a day, a month's name
  (``archive/data/solar_hijri_months.txt``) and a year, or figures year-first whose year is one of the
  Solar Hijri calendar's in news (from ``FIRST_SOLAR_YEAR`` to this year's): a Lunar Hijri year
  for so recent a day is higher still (1445 is 2023), so such a year is read as a Solar one.
- :func:`solar_line` reads a line whose only date is a Solar Hijri one (a weekday, a label beside).

:mod:`archive.extract.dates` reads a date line holding a Solar Hijri date beside a Gregorian one by
its Gregorian date, checked against the Solar one (an ambiguous value settled by it, a contradiction
no date), and a line holding only a Solar Hijri date by its conversion.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from archive.extract.data import data_lines

_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456,
           3178)
FIRST_SOLAR_YEAR = 1300  # 1921: no news archive holds older Solar Hijri dates
LINE_WORDS = 3  # words a Solar date line may hold besides its date, weekday and figures ("تاریخ انتشار")


def _div(a: int, b: int) -> int:
    return int(a / b)  # truncation toward zero, as the algorithm is written


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _nowruz(year: int) -> Optional[dt.date]:
    """The Gregorian day of 1 Farvardin of the Solar Hijri ``year``; None outside the breaks' span."""
    if not _BREAKS[0] <= year < _BREAKS[-1]:
        return None
    leap_j, previous, jump = -14, _BREAKS[0], 0
    for brk in _BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        previous = brk
    n = year - previous
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    gregorian = year + 621
    leap_g = _div(gregorian, 4) - _div((_div(gregorian, 100) + 1) * 3, 4) - 150
    return dt.date(gregorian, 3, 1) + dt.timedelta(days=19 + leap_j - leap_g)


def solar_to_gregorian(year: int, month: int, day: int) -> Optional[dt.date]:
    """The Gregorian day of a Solar Hijri date; None for numbers that are no such date (the 31st
    of Mehr, the 30th of Esfand of a common year)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    start = _nowruz(year)
    if start is None:
        return None
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    value = start + dt.timedelta(days=offset + day - 1)
    if month == 12 and day == 30 and _nowruz(year + 1) != value + dt.timedelta(days=1):
        return None  # Esfand has 30 days in a leap year only
    return value


def solar_year(today: Optional[dt.date] = None) -> int:
    """The Solar Hijri year of ``today`` (of the day the program runs)."""
    today = today or dt.date.today()
    start = _nowruz(today.year - 621)
    return today.year - 621 if start is not None and today >= start else today.year - 622


@functools.lru_cache(maxsize=1)
def _months() -> dict:
    from archive.extract.date_names import fold

    months = {}
    for line in data_lines("solar_hijri_months.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] == "month":
            for name in parts[2:]:
                months[fold(name).casefold()] = int(parts[1])
    return months


def month_names() -> tuple:
    """The Solar Hijri month names, folded (for a date line's words beside its date)."""
    return tuple(_months())


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple:
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_months(), key=len, reverse=True))
    # "۲۵ فروردین ۱۴۰۰", "25th Farvardin 1400", the izafe after the day or month ("۲۵ی فروردینی")
    written = re.compile(r"(?<![\w/.-])(?P<day>\d{1,2})(?:st|nd|rd|th|\u06cc|\u0645)?\s+(?:of\s+)?(?P<month>" + names
                         + r")(?:\u06cc|\u0645(?=\s))?\s*,?\s+(?P<year>1[34]\d\d)(?!\d)", re.I)
    numeric = re.compile(r"(?<![\d/.-])(?P<year>1[34]\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/-]|\.\d)")
    return written, numeric


def solar_days(text: str, today: Optional[dt.date] = None) -> list:
    """``[(Gregorian date, start, end)]``: the Solar Hijri dates ``text`` states (folded: ASCII
    digits, :func:`archive.extract.dates.fold`), in order; a year past this one, or before
    ``FIRST_SOLAR_YEAR``, is no Solar year (figures year-first of a later year are a Lunar Hijri date)."""
    if not text or not any(c.isdigit() for c in text):
        return []
    latest = solar_year(today)
    written, numeric = _patterns()
    found = []
    for match in written.finditer(text):
        year = int(match.group("year"))
        month = _months().get(re.sub(r"\s+", " ", match.group("month")).casefold())
        value = solar_to_gregorian(year, month, int(match.group("day"))) if month and year <= latest else None
        if value is not None and year >= FIRST_SOLAR_YEAR:
            found.append((value, match.start(), match.end()))
    for match in numeric.finditer(text):
        year = int(match.group("year"))
        if FIRST_SOLAR_YEAR <= year <= latest:
            value = solar_to_gregorian(year, int(match.group("month")), int(match.group("day")))
            if value is not None and not any(s <= match.start() < e for _, s, e in found):
                found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def solar_line(text: str, today: Optional[dt.date] = None, words=None) -> Optional[dt.date]:
    """The day of a short line whose date is a Solar Hijri one ("چهارشنبه ۲۵ فروردین ۱۴۰۰",
    "تاریخ انتشار: ۱۴۰۳/۰۳/۱۱ - ۱۲:۳۰"): its first Solar date's Gregorian day, where the rest holds
    at most ``LINE_WORDS`` words (``words``: a pattern of what else a date line may hold, removed
    first: weekdays, figures, marks); else None. ``text`` is folded."""
    found = solar_days(text, today)
    if not found or len(text) > 120:
        return None
    rest = text
    for _, start, end in reversed(found):
        rest = rest[:start] + " " + rest[end:]
    if words is not None:
        rest = words.sub(" ", rest)
    if len(rest.split()) > LINE_WORDS:
        return None
    value = found[0][0]
    return value if value <= (today or dt.date.today()) + dt.timedelta(days=2) else None
