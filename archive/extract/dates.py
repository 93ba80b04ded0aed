"""Publication dates written in any common form, parsed to ISO ``YYYY-MM-DD``.

Numeric dates (``03/04/2020``) are read in the order given: ``dmy``, ``mdy`` or ``ymd``, decided
for a whole column or folder (:mod:`archive.extract.date_orders`, archive.extract.profile) or by
``--date-order``; without one, day-first unless the numbers only make sense month-first. Month
and weekday names are those of archive/data/date_words.txt (:mod:`archive.extract.date_names`), digits
ASCII or Arabic-Indic. Dates far in the future are refused: they are misreadings, not publication dates.

:func:`read_date` says more than the date: the other reading of a day-month value that fits both
ways, and why a value shaped like a date is not one (``2020-13-45``, ``31/02/2020``).
:func:`archive.extract.publication_dates.publication_date` decides an article's date from its
metadata, the group's order and the dates its text states, with the notes the import reports.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Optional

from archive.extract import solar_dates
from archive.extract.hijri_dates import FIRST_GREGORIAN, hijri_days

# The words of dates (archive.extract.date_names), read here where callers have always found them.
from archive.extract.date_names import (  # noqa: F401
    _alternation, _weekday_word, _words, bare, fold, joined_months, named_weekdays, undotted_months, weekday,
    weekday_numbers, year_words)

ORDERS = ("dmy", "mdy", "ymd")
ORDER_NAMES = {"dmy": "day-first", "mdy": "month-first", "ymd": "year-first"}


def by_weekday(reading: "DateReading", text: str) -> "DateReading":
    """An ambiguous numeric reading settled by the weekday its own line names ("Monday 02/03/2025"
    is 3 February): the one reading that falls on that day; otherwise the reading as it was."""
    if reading.other is None or reading.date is None:
        return reading
    named = named_weekdays(text)
    if not named:
        return reading
    fits = [value for value in (reading.date, reading.other) if value.weekday() in named]
    return DateReading(fits[0]) if len(fits) == 1 else reading


@functools.lru_cache(maxsize=None)
def patterns() -> tuple:
    months, weekdays, hijri = _words()
    month_name = r"(?:" + _alternation(months) + r")\.?"
    # "نيسان (أبريل)", "نيسان/أبريل", "شباط فبراير": a month given under two names
    # Kurdish: the izafe after a month or day ("٢٠ی کانوونی دووەمی ٢٠٢٣"), Kurmanji's "15ê"
    month = r"(?P<month>" + month_name + r")\u06cc?(?:(?:\s*[/(]\s*|\s+)" + month_name + r"\s*\)?)?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.(?=\s)|ê|\u06cc)?"  # "3rd", and "02. Jun 2022" (an ordinal's stop)
    year = r"(?P<year>\d{4})(?:\s*م\b|ê(?!\w))?"  # "2021ê": Kurmanji's izafe
    weekday = r"(?:(?:" + _alternation(weekdays) + r")\.?\s*,?\s+)?"
    prefix = (
        r"^\s*(?:(?:published|posted|updated|date|dated|first published|last updated|"
        r"نشر|تاريخ النشر|التاريخ|بتاريخ|اخر تحديث|تحديث)(?:\s+(?:on|في))?\s*:?\s*)?" + weekday
    )
    # Between a month and its year, a space or punctuation ("21 يناير ,2022", "March 3, 2019").
    # Spanish, Portuguese and Catalan join them with "de"/"del" ("23 de marzo de 2021", "5 de março de 2020").
    month_year = r"(?:\s*,\s*|\s+(?:(?:de|del)\s+)?)"
    of = r"\s+(?:(?:of|de|del)\s+|d['’])?"  # "the 3rd of May", "23 de marzo", "3 d'abril"
    # A time of day, a timezone or " - 14:35 GMT" may follow a date, after any punctuation
    # ("2022: 10:15 ص GST"); they are ignored, as are stray stops at the end.
    time = (r"(?:[\s,|\-–@T:;]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?|ص|م|uhr)?\s*"
            r"(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?(?:\s*\(?[A-Z]{2,5}\)?)?)?")
    end = time + r"[\s.,:;]*$"
    joined_name = r"(?P<month>(?:" + _alternation(set(months) | set(joined_months())) + r"))"
    # "10set2021": a magazine's stamp writes them with nothing between (its time after "_": "10set2021_08h00")
    joined = (r"(?P<day>\d{1,2})(?P<sep>\.\s?|-|)" + joined_name + r"(?P=sep)(?P<year>\d{4})(?!\d)"
              + r"(?:\s+(?:[aà]s?|um|at)\s+\d{1,2}h\d{2})?")  # "às 19h30": a Portuguese time
    undotted = (r"(?P<day>\d{1,2})\s+(?P<month>" + _alternation(undotted_months()) + r")\s+(?P<year>\d{4})(?!\d)"
                if undotted_months() else r"(?!)")  # "5 listopada 2019": no stop after the day
    yw, dw = (_alternation(words) or r"(?!)" for words in year_words())
    year_mark = r"(?P<year>\d{4})(?:\.?\s*-?\s*(?:" + yw + r")(?!\w)\.?|\.)"  # "2021 йил", "2021-yil", "2021 m.", "2021. gada", "2021."
    year_word_mark = r"(?P<year>\d{4})\.?\s*-?\s*(?:" + yw + r")(?!\w)\.?"  # in a text: the year's word written
    day_mark = r"(?:\s*(?:" + dw + r")\.)?"  # "9 d."
    year_day_month = year_mark + r"[\s,]+(?P<day>\d{1,2})(?:\.|-)?\s*" + month + day_mark
    year_month_day = year_mark + r"\s+" + month + r"\s+(?P<day>\d{1,2})\.?" + day_mark
    units = r"(?P<year>\d{4})\s*[年년]\s*(?P<b>\d{1,2})\s*[月월]\s*(?P<a>\d{1,2})\s*[日일]?"
    whole = [
        ("ymd", re.compile(prefix + r"(?P<year>\d{4})[-/.](?P<b>\d{1,2})[-/.](?P<a>\d{1,2})" + end, re.I)),
        ("numeric", re.compile(prefix + r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})" + end, re.I)),
        # "17. 5. 2022", "14.9. 2023" (a Finnish or Czech stamp: a space after either stop)
        ("numeric", re.compile(prefix + r"(?P<a>\d{1,2})\.(?:\s(?P<b>\d{1,2})\.\s?|(?P<b2>\d{1,2})\.\s)(?P<y>\d{4})" + end, re.I)),
        ("named", re.compile(prefix + month + r",?\s+" + day + month_year + year + end, re.I)),  # "February, 12, 2024"
        ("named", re.compile(prefix + day + of + month + month_year + year + end, re.I)),
        # spreadsheets: 05-Apr-2017, 5-Apr-17, 05/Apr/2017; "21 - يناير - 2022"; the Turkic and
        # Central Asian press's day joined to its month, a comma before the year ("5-noyabr, 2022")
        ("named", re.compile(prefix + r"(?P<day>\d{1,2})(?:\s*[-/–]\s*|\s)" + month + r"(?:\s*[-/–]\s*|\s)(?P<year>\d{4}|\d{2})"
                             + end, re.I)),
        ("named", re.compile(prefix + r"(?P<day>\d{1,2})-" + month + r"\s*,\s*(?P<year>\d{4})" + end, re.I)),
        # "5.fev.2024", "12.out.2023", "05.Dez.2023": day, month and year joined by dots (a Brazilian
        # paper's style), or by dashes; a joined-only abbreviation (joined_months) read here alone
        ("named", re.compile(prefix + joined + end, re.I)),
        ("named", re.compile(prefix + undotted + end, re.I)),
        # year first, with the year's word or stop ("2021 йил 9 июнь", "2021. június 9.", "2021 m.
        # birželio 9 d.", "2021. gada 9. jūnijs"); Chinese, Japanese and Korean figures ("2021年6月9日")
        ("named", re.compile(prefix + year_day_month + end, re.I)),
        ("named", re.compile(prefix + year_month_day + end, re.I)),
        ("ymd", re.compile(prefix + units + end, re.I)),
        # a compact stamp of date and time, as news databases and scrapers write them in a column
        # ("20230406180000": GDELT's DATE, a Wayback capture's stamp): the time must be one
        ("ymd", re.compile(r"^\s*(?P<year>(?:19|20)\d{2})(?P<b>0[1-9]|1[0-2])(?P<a>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\s*$")),
        # seconds (or milliseconds) since 1970, as JSON exports write them
        ("epoch", re.compile(r"^\s*(?P<seconds>\d{10}|\d{13})(?:\.\d+)?\s*$")),
    ]
    # The same written dates found inside a text (with or without a weekday before them).
    lead = r"(?<![\w/.-])(?P<weekday>" + weekday.replace(r")\.?\s*,?\s+)?", r")\.?\s*,?\s+)") + r")?"
    inside = [
        re.compile(lead + r"\b" + day + of + month + month_year + year + r"(?!\d)", re.I),
        # a month name may follow digits glued to it ("03/12/2021March 12, 2021")
        re.compile(lead.replace(r"(?<![\w/.-])", r"(?<![^\W\d_]|[/.-])") + month + r",?\s+" + day + month_year + year
                   + r"(?!\d)", re.I),
        re.compile(r"(?<![\d/.-])(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})(?![\d-])"),
        re.compile(r"(?<![\w/.-])" + joined, re.I),  # "São Paulo, 5.fev.2024 às 19h30"
        re.compile(r"(?<![\w/.-])" + undotted, re.I),  # "5 listopada 2019 | 06:00"
        # year first with the year's word ("2021 йил 9 июнь, №118"), or its stop and the day's ("2021. június 9.")
        re.compile(r"(?<![\w/.-])" + year_word_mark + r"[\s,]+(?P<day>\d{1,2})(?:\.|-)?\s*" + month + day_mark
                   + r"(?!\w)", re.I),
        re.compile(r"(?<![\w/.-])" + year_word_mark + r"\s+" + month + r"\s+(?P<day>\d{1,2})\.?" + day_mark + r"(?!\w)", re.I),
        re.compile(r"(?<![\w/.-])(?P<year>\d{4})\.\s+" + month + r"\s+(?P<day>\d{1,2})\.(?!\w)", re.I),
        re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),
    ]
    # What else a date line may hold: a Hijri date, weekday names, numbers, era marks.
    extra = re.compile(
        r"\d{1,2}\s+(?:" + _alternation(hijri) + r")\s+\d{3,4}|\b(?:" + _alternation(weekdays)
        + r")\b|\d+|\bهـ?\b|\bمـ?\b|[^\w\s]+", re.I)
    return {**joined_months(), **undotted_months(), **months}, whole, inside, extra


@dataclass(frozen=True)
class DateReading:
    date: Optional[dt.date] = None
    other: Optional[dt.date] = None  # the other valid reading of a day-month value (03/04/2020)
    problem: Optional[str] = None  # why a value shaped like a date is not one


def _build(year: int, month: int, day: int, today: Optional[dt.date]) -> tuple:
    """``(date, None)`` or ``(None, why not)``."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None, "not a valid date"
    today = today or dt.date.today()
    if value.year < 1800:
        return None, "before 1800"
    if value > today + dt.timedelta(days=2):
        return None, "in the future"
    return value, None


def _reading(year: int, month: int, day: int, today: Optional[dt.date], text: str) -> DateReading:
    """The date of ``year``, ``month``, ``day``, or why it is none (``text`` named in the problem)."""
    value, why = _build(year, month, day, today)
    return DateReading(value, problem=why and f"{why}: {text}")


def _two_digit_year(year: int, today: Optional[dt.date]) -> int:
    return year + (2000 if year <= (today or dt.date.today()).year % 100 else 1900)


_MIDDLE_DOT = re.compile(r"(?<=\d)[\u00b7\u2027\u2219](?=\d)")


def joined_by_dots(text: str) -> str:
    """"12·01·23" -> "12.01.23": a date whose figures a middle dot joins (a Basque and Navarrese
    press group's stamp, "Agencias | Madrid | 12·01·23 | 13:50"), read as a dotted one; a middle dot
    between words or with spaces around it stays a separator of the line's parts."""
    return _MIDDLE_DOT.sub(".", text) if "\u00b7" in text or "\u2027" in text or "\u2219" in text else text


def read_date(text: Optional[str], today: Optional[dt.date] = None, order: Optional[str] = None) -> DateReading:
    """What a string states as a date. The whole string must be a date (plus prefix and time).
    A month name is read with its accents as written or without any ("23 Çirîya Paşîn 2022",
    where the data writes "Çiriya Paşîn")."""
    if not text:
        return DateReading()
    text = joined_by_dots(fold(text)).strip()
    if len(text) > 80:
        return DateReading()
    reading = _read_folded(text, today, order)
    if reading.date is None and reading.problem is None and not text.isascii():
        plain = bare(text)
        if plain != text:
            return _read_folded(plain, today, order)
    return reading


def _read_folded(text: str, today: Optional[dt.date], order: Optional[str]) -> DateReading:
    months, whole, _, _ = patterns()
    for kind, pattern in whole:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        if kind == "ymd" and solar_dates.FIRST_SOLAR_YEAR <= int(groups["year"]) <= solar_dates.solar_year(today):
            break  # "1403/03/11": a Solar Hijri date (read as a date line below)
        if kind == "ymd":
            return _reading(int(groups["year"]), int(groups["b"]), int(groups["a"]), today, text)
        if kind == "named":
            month = months[_month_key(groups["month"])]
            year = int(groups["year"]) if len(groups["year"]) == 4 else _two_digit_year(int(groups["year"]), today)
            return _reading(year, month, int(groups["day"]), today, text)
        if kind == "epoch":
            seconds = int(groups["seconds"]) / (1000 if len(groups["seconds"]) == 13 else 1)
            moment = dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
            if moment.year < 1990:
                return DateReading()
            return _reading(moment.year, moment.month, moment.day, today, text)
        b = groups["b"] or groups.get("b2")
        return by_weekday(_numeric(int(groups["a"]), int(b), groups["y"], text, today, order), text)
    return _date_line(text, today, order)


CONTRADICTED = "the line states another day in words"
DATE_LINE_WORDS = 3  # words a date line may hold besides its dates ("Published", "Updated", "رقم العدد")


def _date_line(text: str, today: Optional[dt.date], order: Optional[str] = None) -> DateReading:
    """A short line made of a date and little else ("Published 5 April 2017 | Updated 6 April
    2017", "الأحد - 21 ربيع الآخر 1445 هـ - 5 نوفمبر 2023 م", "Date: 06/10/2022 | 10:22"): its first
    Gregorian date (a written one before a numeric one)."""
    if len(text) > 120:
        return DateReading()
    months, _, inside, extra = patterns()
    found = []
    rest = text
    for pattern in inside[:2] + inside[3:]:  # the ISO form in a line is a numeric date (below)
        for match in pattern.finditer(text):
            found.append((match.start(), match))
            rest = rest.replace(match.group(0), " ")
    if found:
        if len(extra.sub(" ", _SEPARATED_TIME.sub(" ", rest)).split()) > DATE_LINE_WORDS:  # "Outlet / 05:10 AM November 02, 2020"
            return DateReading()
        groups = min(found, key=lambda item: item[0])[1].groupdict()
        month = int(groups["m"]) if groups.get("m") else months[_month_key(groups["month"])]
        reading = _reading(int(groups["year"]), month, int(groups["day"]), today, text)
        return _by_solar(reading, text, today)
    numeric = numeric_in_line(text)
    if numeric is None:
        solar = solar_dates.solar_line(text, today, extra)  # "چهارشنبه ۲۵ فروردین ۱۴۰۰", "1403/03/11"
        return DateReading(solar) if solar is not None else DateReading()
    if numeric.group("a4"):
        reading = _reading(int(numeric.group("a4")), int(numeric.group("b")), int(numeric.group("c")), today, text)
    else:
        reading = by_weekday(_numeric(int(numeric.group("a")), int(numeric.group("b")), numeric.group("c"), text, today,
                                      order), text)
        reading = _by_solar(_by_hijri(reading, text), text, today)
    return _checked_by_words(reading, text[: numeric.start()] + " " + text[numeric.end():], text)


@functools.lru_cache(maxsize=1)
def _day_month_pattern() -> re.Pattern:
    months = _alternation(_words()[0])
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    return re.compile(r"(?<![\w/.-])(?:" + day + r"\s+(?:of\s+)?(?P<month>" + months + r")\.?|(?P<month2>" + months
                      + r")\.?\s+" + day.replace("day", "day2") + r")(?![\w/.-])", re.I)


def words_day_month(text: str) -> set:
    """The (month, day) pairs a text states in words, a year or not ("11 April", "April 11th")."""
    months = _words()[0]
    found = set()
    for match in _day_month_pattern().finditer(fold(text)):
        name = match.group("month") or match.group("month2")
        day = int(match.group("day") or match.group("day2"))
        if 1 <= day <= 31:
            found.add((months[_month_key(name)], day))
    return found


def _checked_by_words(reading: DateReading, rest: str, text: str) -> DateReading:
    """A numeric date checked against the day and month its own line states in words
    ("4.11.2024 (11 April)"): the reading the words name, whatever the order; when the words
    name neither reading, no date (the line contradicts itself)."""
    said = words_day_month(rest)
    if not said or reading.date is None:
        return reading
    for value in (reading.date, reading.other):
        if value is not None and (value.month, value.day) in said:
            return DateReading(value)
    return DateReading(problem=f"{CONTRADICTED}: {text}")


_NUMERIC_INSIDE = re.compile(
    r"(?<![\d/.-])(?:(?P<a4>\d{4})|(?P<a>\d{1,2}))[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{4}|\d{1,2})(?![\d/-]|\.\d)")
# A time of day after a bar or slash ("Outlet / 05:10 AM November 02, 2020"): no word of the line's
# ("JANE DOE 11:02 pm, Feb 20, 2024" keeps its time's "pm": a name beside a stamp is no date line)
_SEPARATED_TIME = re.compile(r"(?:^|(?<=[/|·•–—-]))\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.I)


def numeric_in_line(text: str):
    """The one numeric date of a short line whose other words are few (a label, a time, a name); a
    Hijri date in figures beside it ("1445/04/21 هـ الموافق 2023/11/05 م", a year before 1800) is
    passed over, as its digits and marks are."""
    matches = [match for match in _NUMERIC_INSIDE.finditer(text) if not _hijri_year(match)]
    if not matches:
        return None
    match = matches[0]
    if match.group("a4") is None and len(match.group("c")) not in (2, 4):
        return None
    if match.group("a4") is not None and len(match.group("c")) > 2:
        return None
    rest = _TIME_OF_DAY.sub(" ", text[: match.start()] + " " + text[match.end():])
    rest = patterns()[3].sub(" ", rest)
    return match if len(rest.split()) <= DATE_LINE_WORDS else None


def numeric_dates_in_line(text: str) -> list:
    """``[(a, b)]``: the day-month numbers of each numeric date (day or month first, year last) of a
    date line (:func:`numeric_in_line` finds it one), in order; [] for any other text."""
    if numeric_in_line(text) is None:
        return []
    return [(int(m.group("a")), int(m.group("b"))) for m in _NUMERIC_INSIDE.finditer(text)
            if m.group("a") is not None and len(m.group("c")) in (2, 4) and not _hijri_year(m)]


HIJRI_DAYS = 3  # the tabular Islamic calendar and the sighted months differ by a day or two


def _by_hijri(reading: DateReading, text: str) -> DateReading:
    """An ambiguous numeric reading settled by the Hijri date in figures its line gives beside it
    ("21/04/1445 هـ - 05/11/2023 م": 5 November, not 11 May): the one reading within a few days
    of the Hijri date's Gregorian day (:mod:`archive.extract.hijri_dates`)."""
    if reading.other is None or reading.date is None:
        return reading
    for value in hijri_days(text):
        fits = [d for d in (reading.date, reading.other) if abs((d - value).days) <= HIJRI_DAYS]
        if len(fits) == 1:
            return DateReading(fits[0])
    return reading


def _by_solar(reading: DateReading, text: str, today) -> DateReading:
    """A Gregorian reading checked against the Solar Hijri date its line gives beside it
    (:mod:`archive.extract.solar_dates`; "۲۵ فروردین ۱۴۰۰ - 14 آوریل 2021"): an ambiguous value
    settled by it; a day a day or more off it, no date (the line contradicts itself)."""
    if reading.date is None:
        return reading
    found = [value for value, _, _ in solar_dates.solar_days(text, today)]
    if not found:
        return reading
    fits = [value for value in (reading.date, reading.other) if value is not None and value in found]
    if fits:
        return DateReading(fits[0])
    return DateReading(problem=f"{CONTRADICTED}: {text}")


def _hijri_year(match) -> bool:
    """Whether a numeric date's four-digit year is one of the Hijri calendar's (before 1800; a
    Gregorian date so old is no publication date)."""
    year = match.group("a4") or (match.group("c") if len(match.group("c")) == 4 else None)
    return year is not None and int(year) < FIRST_GREGORIAN


def _month_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.rstrip(".")).casefold()


def _numeric(a: int, b: int, y: str, text: str, today, order: Optional[str]) -> DateReading:
    if order == "ymd" and len(y) == 2:  # 17/04/05
        return _reading(_two_digit_year(a, today), b, int(y), today, text)
    year = int(y) if len(y) == 4 else _two_digit_year(int(y), today)
    day_first, _ = _build(year, b, a, today)
    month_first, _ = _build(year, a, b, today)
    first, second = (month_first, day_first) if order == "mdy" else (day_first, month_first)
    if first is None and second is None:
        _, why = _build(year, b, a, today) if order != "mdy" else _build(year, a, b, today)
        return DateReading(problem=f"{why}: {text}")
    if first is None:
        return DateReading(second)
    other = second if second is not None and second != first else None
    return DateReading(first, other=other)


def parse_date(text: Optional[str], today: Optional[dt.date] = None, order: Optional[str] = None) -> Optional[dt.date]:
    """The date a string states, or None. The whole string must be a date (plus prefix/time)."""
    return read_date(text, today, order).date


def iso_date(text: Optional[str], today: Optional[dt.date] = None, order: Optional[str] = None) -> Optional[str]:
    value = parse_date(text, today, order)
    return value.isoformat() if value else None


def stated_dates(text: str, today: Optional[dt.date] = None) -> list:
    """Dates written out in a text, as ``(date, strong)`` (:func:`archive.extract.date_statements.stated_dates`,
    their home since round 27)."""
    from archive.extract.date_statements import stated_dates as stated

    return stated(text, today)
