"""The order of numeric dates (03/04/2020: day-first or month-first), decided for a whole group of
records (a column, a folder) from the values that read one way only (:class:`DateOrderVotes`, kept
by :mod:`archive.extract.profile`).
"""

from __future__ import annotations

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
