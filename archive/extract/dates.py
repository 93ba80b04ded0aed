"""Publication dates written in any common form, parsed to ISO ``YYYY-MM-DD``.

Numeric dates are read day-first (19-12-2018), as the region's outlets write them, unless the
numbers only make sense month-first (12/19/2018). Dates far in the future are refused: they are
misreadings, not publication dates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_PREFIX = (
    r"^\s*(?:(?:published|posted|updated|date|dated|first published|last updated)"
    r"(?:\s+on)?\s*:?\s*)?" + _WEEKDAY
)
# A time of day, a timezone or " - 14:35 GMT" may follow a date; they are ignored.
_TIME = r"(?:[\s,|\-–@T]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?(?:\s*\(?[A-Z]{2,5}\)?)?)?"

_PATTERNS = [
    # 2018-12-19, 2018/12/19, 2018.12.19
    re.compile(_PREFIX + r"(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<day>\d{1,2})" + _TIME + r"\s*$", re.I),
    # 19-12-2018, 19/12/2018, 19.12.2018, 19/12/18
    re.compile(_PREFIX + r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + r"\s*$", re.I),
    # December 19, 2018 / Dec. 19 2018
    re.compile(_PREFIX + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME + r"\s*$", re.I),
    # 19 December 2018 / 19th of Dec. 2018 / 19 December, 2018
    re.compile(_PREFIX + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _TIME + r"\s*$", re.I),
]


def _build(year: int, month: int, day: int, today: Optional[dt.date]) -> Optional[dt.date]:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    today = today or dt.date.today()
    if value.year < 1800 or value > today + dt.timedelta(days=2):
        return None
    return value


def parse_date(text: Optional[str], today: Optional[dt.date] = None) -> Optional[dt.date]:
    """The date a string states, or None. The whole string must be a date (plus prefix/time)."""
    if not text:
        return None
    text = text.replace("\u00a0", " ").strip()
    if len(text) > 80:
        return None
    for number, pattern in enumerate(_PATTERNS):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        if number == 0:
            return _build(int(groups["year"]), int(groups["m"]), int(groups["day"]), today)
        if number == 1:
            a, b = int(groups["a"]), int(groups["b"])
            year = int(groups["y"])
            if year < 100:
                year += 2000 if year <= (today or dt.date.today()).year % 100 else 1900
            day, month = (b, a) if (b > 12 and a <= 12) else (a, b)
            return _build(year, month, day, today)
        month = MONTHS[groups["month"].lower().rstrip(".")]
        return _build(int(groups["year"]), month, int(groups["day"]), today)
    return None


def iso_date(text: Optional[str], today: Optional[dt.date] = None) -> Optional[str]:
    value = parse_date(text, today)
    return value.isoformat() if value else None


# -- the order of numeric dates, decided for a whole group of records -------------------------------
ORDERS = ("dmy", "mdy", "ymd")
_NUMERIC = re.compile(_PREFIX + r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + _TIME + r"\s*$", re.I)


def readings(text: Optional[str]) -> set:
    """The orders under which a numeric date (03/04/2020) is a valid date: {"dmy"}, {"mdy"},
    both (ambiguous), or none (not a numeric day-month date)."""
    if not text:
        return set()
    match = _NUMERIC.match(text.replace("\u00a0", " ").strip())
    if not match:
        return set()
    a, b = int(match.group("a")), int(match.group("b"))
    found = set()
    if 1 <= a <= 31 and 1 <= b <= 12:
        found.add("dmy")
    if 1 <= a <= 12 and 1 <= b <= 31:
        found.add("mdy")
    return found


class DateOrderVotes:
    """Numeric dates of one group counted by the orders they allow; ``order()`` decides."""

    def __init__(self):
        self.only = {"dmy": 0, "mdy": 0}  # values readable one way only
        self.ambiguous = 0

    def add(self, text: Optional[str]) -> None:
        found = readings(text)
        if len(found) == 2:
            self.ambiguous += 1
        elif len(found) == 1:
            self.only[found.pop()] += 1

    def order(self) -> Optional[str]:
        """The order the group's unambiguous values agree on, or None when they are absent or mixed."""
        dmy, mdy = self.only["dmy"], self.only["mdy"]
        if dmy and not mdy:
            return "dmy"
        if mdy and not dmy:
            return "mdy"
        return None
