"""Hijri dates in figures, as Arabic date lines print them beside the Gregorian date
("21/04/1445 هـ - 05/11/2023 م", "1445/04/21هـ الموافق 2023/11/05م"): their Gregorian days by the
tabular (arithmetical) Islamic calendar (:func:`hijri_days`), which
:mod:`archive.extract.dates` uses to settle an ambiguous Gregorian value on the same line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (the civil epoch), proleptic Gregorian
FIRST_GREGORIAN = 1800  # a four-digit year before this is a Hijri year (no publication date is so old)
_NUMERIC = re.compile(r"(?<![\d/.-])(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
                      r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}))(?![\d/-]|\.\d)")


def hijri_to_gregorian(year: int, month: int, day: int) -> Optional[dt.date]:
    """The Gregorian day of a Hijri date by the tabular Islamic calendar, within a day or two of the
    sighted months; None for numbers that are no Hijri date."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 1600):
        return None
    days = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30 + HIJRI_EPOCH - 1
    return dt.date.fromordinal(days)


def hijri_days(text: str) -> list:
    """The Gregorian days of the Hijri dates in figures (a year before 1800) a line holds (digits ASCII)."""
    found = []
    for match in _NUMERIC.finditer(text):
        year, month, day = (match.group("y1"), match.group("m1"), match.group("d1")) if match.group("y1") else \
            (match.group("y2"), match.group("m2"), match.group("d2"))
        if int(year) < FIRST_GREGORIAN:
            value = hijri_to_gregorian(int(year), int(month), int(day))
            if value is not None:
                found.append(value)
    return found
