"""The order of numeric dates (03/04/2020: day-first or month-first), decided for a whole group of
records (a column, a folder) from the values that read one way only (:class:`DateOrderVotes`, kept
by :mod:`archive.extract.profile`).
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.date_names import fold, named_weekdays
from archive.extract.dates import numeric_dates_in_line, numeric_in_line, patterns, read_date


def readings(text: Optional[str]) -> set:
    """The orders under which a numeric date (03/04/2020) is a valid date: {"dmy"}, {"mdy"},
    both (ambiguous), or none (not a numeric day-month date, or one that reads the same both ways).
    A weekday the value names settles it ("Mon 02/03/2025": month-first only)."""
    if not text:
        return set()
    text = fold(text).strip()
    if len(text) > 80:
        return set()
    match = patterns()[1][1][1].match(text) or numeric_in_line(text)
    if not match or not match.groupdict().get("a"):
        return set()
    a, b = int(match.group("a")), int(match.group("b"))
    if a == b:
        return set()
    found = set()
    if 1 <= a <= 31 and 1 <= b <= 12:
        found.add("dmy")
    if 1 <= a <= 12 and 1 <= b <= 31:
        found.add("mdy")
    if len(found) == 2 and named_weekdays(text):
        value = read_date(text, order="dmy").date
        if value is not None and value.weekday() in named_weekdays(text):
            return {"dmy"} if (value.day, value.month) == (a, b) else {"mdy"}
    return found


def line_readings(text: Optional[str]) -> list:
    """The orders each numeric date of a date line allows (:func:`readings` for the first, which
    its weekday may settle; the plain orders for each further one): "Published 11/12/2020 |
    Updated 11/13/2020" gives [both, {"mdy"}], as a reader sees the stamp beside the date settle
    its order."""
    first = readings(text)
    if not text or len(text) > 80:
        return [first]
    found = [first]
    for a, b in numeric_dates_in_line(fold(text).strip())[1:]:
        if a != b:
            found.append({order for order, fits in (("dmy", 1 <= a <= 31 and 1 <= b <= 12),
                                                    ("mdy", 1 <= a <= 12 and 1 <= b <= 31)) if fits})
    return found


class DateOrderVotes:
    """Numeric dates of one group counted by the orders they allow; ``order()`` decides."""

    DOMINANT = 4  # the majority order wins when it has this many times the other's values

    def __init__(self):
        self.only = {"dmy": 0, "mdy": 0}  # values readable one way only
        self.ambiguous = 0

    def add(self, text: Optional[str]) -> None:
        for found in line_readings(text):
            if len(found) == 2:
                self.ambiguous += 1
            elif len(found) == 1:
                self.only[found.pop()] += 1

    def order(self) -> Optional[str]:
        """The order the group's unambiguous values agree on (a few strays aside), or None when
        they are absent or mixed."""
        dmy, mdy = self.only["dmy"], self.only["mdy"]
        if dmy > mdy * self.DOMINANT:
            return "dmy"
        if mdy > dmy * self.DOMINANT:
            return "mdy"
        return None

    @property
    def mixed(self) -> bool:
        return bool(self.only["dmy"] and self.only["mdy"])


# A column's header that states its values' format ("date (MM/DD/YYYY)", "Datum (TT.MM.JJJJ)", "fecha
# dd/mm/aaaa", "Tarih (GG.AA.YYYY)"): the letters of each part in the languages' own abbreviations.
_MONTH_PART = {"m", "mm", "м", "мм", "aa", "kk"}  # month; "aa": Turkish ay (in the first two parts only), "kk": kuukausi
_DAY_PART = {"d", "dd", "t", "tt", "j", "jj", "g", "gg", "д", "дд", "p", "pp"}  # day: Tag, jour, giorno, gün, день, päivä
_YEAR_PART = re.compile(r"^(?:(\w)\1{3}|yy|jj|aa|åå|гг|vv)$")  # YYYY, JJJJ, AAAA, ÅÅÅÅ, ГГГГ, VVVV; a two-letter year
_FORMAT = re.compile(r"(?<!\w)([^\W\d_]{1,4})([./-])([^\W\d_]{1,4})\2([^\W\d_]{1,4})(?!\w)")


def stated_order(name: Optional[str]) -> Optional[str]:
    """The order of numeric dates a column's header states ("date (MM/DD/YYYY)": "mdy"), or None."""
    for match in _FORMAT.finditer(fold(name or "").casefold()):
        first, second, third = match.group(1), match.group(3), match.group(4)
        if _YEAR_PART.match(first) and len(first) == 4 and second in _MONTH_PART:
            return "ymd"
        if not _YEAR_PART.match(third):
            continue
        if first in _MONTH_PART and second in _DAY_PART:
            return "mdy"
        if first in _DAY_PART and second in _MONTH_PART:
            return "dmy"
    return None


def header_order(fields: dict) -> Optional[str]:
    """The order the header of the column read as our date states (``fields``: their column -> ours)."""
    return next((order for column, ours in fields.items()
                 if ours == "published" and (order := stated_order(str(column)))), None)
