"""An article's publication date decided from its record's value, the order of numeric dates of its
group and the dates its text states, with the notes the import reports (:func:`publication_date`).
The dates themselves are read by :mod:`archive.extract.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from archive.extract.date_evidence import order_evidence
from archive.extract.dates import ORDER_NAMES, read_date, stated_dates

# A time of day in a North American time zone after a numeric date: "03/06/25 4:12 PM ET".
US_TIME_ZONE = re.compile(r"\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+\(?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\)?\s*$")

AMBIGUOUS = "day and month could be read either way; read as day-first (choose with --date-order)"


_SERIAL = re.compile(r"^\s*(?P<days>[3-9]\d{4})(?:\.\d+)?\s*$")
SERIAL_FIRST = 32874  # 1990-01-01 as Excel counts days (from 1899-12-30)


def spreadsheet_day(value, today: Optional[dt.date] = None) -> Optional[str]:
    """The ISO date of a record's date field that holds a spreadsheet's serial day, as a sheet saved
    as CSV or read without its styles writes a date cell ("44958", "44958.5625": days since
    1899-12-30, the fraction the time of day), or None. A field named as the date holds no other
    number of five figures; a day before 1990 or after today is none."""
    match = _SERIAL.match(str(value))
    if not match or int(match.group("days")) < SERIAL_FIRST:
        return None
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(match.group("days")))
    return day.isoformat() if day <= (today or dt.date.today()) + dt.timedelta(days=2) else None


def publication_date(value: Optional[str], order: Optional[str] = None, decided: bool = False,
                     text: str = "", today: Optional[dt.date] = None, firm: bool = False,
                     language: Optional[str] = None, others: tuple = (), stamps: tuple = (),
                     url: Optional[str] = None) -> tuple:
    """``(ISO date or None, notes)`` for a record's date ``value``.

    ``order`` is the order of numeric dates of the record's group; ``decided`` says there was one
    (inferred from the group's values, or ``firm``: given on the command line). ``text`` is the
    start of the article: the dates it states check the value. An ambiguous value whose other
    reading is a date the text states takes that reading (unless the order is firm); a date the
    text states plainly (with its weekday, or opening a line) that differs is reported. An
    ambiguous value of no group is weighed by its page's signs (:mod:`archive.extract.date_evidence`:
    its clock, separators and year, the text's language and weekdays, ``others``, the page's other
    date lines, ``stamps``, its update stamps; ``language``, the record's language or locale where it
    states one, and ``url``, its address):
    read as they settle it, else day-first with a warning.
    """
    if not value or not str(value).strip():
        return None, []
    serial = spreadsheet_day(value, today)
    if serial is not None:
        return serial, []
    reading = read_date(value, today, order if decided else None)
    if reading.date is None:
        shown = collapse(str(value))
        if reading.problem:
            why = reading.problem.split(":")[0]
            return None, [f"{'invalid date' if why == 'not a valid date' else 'date ' + why} ({shown}); "
                          "stored without a date"]
        return None, [f"date not understood ({shown}); stored without a date"]
    stated = stated_dates(text, today)
    said = {date for date, _ in stated}
    strong = {date for date, is_strong in stated if is_strong}
    date, other = reading.date, reading.other
    if other is not None and not decided and US_TIME_ZONE.search(str(value)) and date not in said:
        # "03/06/25 4:12 PM ET": a North American time zone, a month-first date
        return other.isoformat(), ["day and month could be read either way; read month-first, as its "
                                   "North American time zone says"]
    if other is not None and not decided:
        if other in said and date not in said:
            return other.isoformat(), ["day and month could be read either way; read as the text states the date"]
        if date in said and other not in said:
            return date.isoformat(), []  # the text confirms the day-first reading
        evidence = order_evidence(str(value), date, other, text, language, others, stamps, today, url)
        if evidence.order == "mdy":
            return other.isoformat(), [f"day and month could be read either way; read {ORDER_NAMES['mdy']} by its "
                                       f"page's signs ({', '.join(evidence.reasons[:3])})"]
        if evidence.order == "dmy":
            return date.isoformat(), []  # the page's signs confirm the day-first reading
        return date.isoformat(), [AMBIGUOUS]
    if other is not None and not firm and other in strong and date not in said:
        return other.isoformat(), ["day and month read the other way round from the rest of the group, "
                                   "as the text states the date"]
    if strong and not any(abs((d - date).days) <= 1 for d in strong):
        return date.isoformat(), ["the text states another date than the record's; kept the record's"]
    return date.isoformat(), []


def collapse(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
