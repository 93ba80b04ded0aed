"""The date lines of news-database exports (Nexis, Factiva), in the languages the databases write
them: what the splitters take for a document's date line, the date in it, an edition after it, and
dates the export gives without a day ("March 2019", "Spring 2019", "2019").

    date_line(line) -> bool
        A line that is a whole date and nothing else, with an optional weekday, time and edition:
        "March 5, 2019 Tuesday", "Tuesday, March 5, 2019", "5 March 2019", "mardi 5 mars 2019",
        "10 décembre 2019 mardi 3:00 AM GMT", "March 5, 2019 Tuesday Final Edition".
    date_and_edition(line) -> (ISO date, edition or None)
        The line's date, and the edition after it.
    partial_date(line) -> "2019-03" | "2019" | None
        A line that is a month and year, a season and year, or a year, and nothing else. The archive
        stores whole dates only: the splitters store no date for it and report what it said.

Month and weekday names come from ``archive/data/date_words.txt`` (the dates the archive reads:
English, French, Arabic, Kurdish) and ``archive/data/nexis_labels.txt``'s [date_words] (German and
Dutch, the other languages of the databases' interfaces); edition words and seasons from the same.
A date line is read here (an invalid day is no date line), and handed on as an ISO date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional

from archive.extract.data import data_lines, data_sections


@functools.lru_cache(maxsize=1)
def _words() -> tuple:
    months: dict = {}
    weekdays: set = set()
    sections = data_sections("nexis_labels.txt")
    # the archive's date words, and those of the exports' other interface languages (German, Dutch)
    for line in list(data_lines("date_words.txt")) + sections.get("date_words", []):
        parts = [part.strip().casefold() for part in line.split("|")]
        if parts[0] == "month":
            for name in parts[2:]:
                months[name] = int(parts[1])
        elif parts[0] == "weekday":
            weekdays.update(parts[1:])
    editions = frozenset(word.casefold() for word in sections.get("edition_words", ()))
    seasons = frozenset(word.casefold() for word in sections.get("seasons", ()))
    return months, frozenset(weekdays), editions, seasons


def _alternation(names) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple:
    months, weekdays, editions, seasons = _words()
    joiners = data_sections("nexis_labels.txt").get("date_joiners", ())
    month = rf"(?:{_alternation(months)})\.?"
    weekday = rf"(?:{_alternation(weekdays)})\.?"
    ordinal = r"(?:st|nd|rd|th|er)?"
    # "12 de abril de 2021": the words a Spanish or Portuguese interface writes between a date's parts
    joiner = rf"(?:(?:{_alternation(joiners)})\s+)?" if joiners else ""
    date = (rf"(?:(?P<m1>{month})\s+(?P<d1>\d{{1,2}}){ordinal},?\s+(?P<y1>\d{{4}})"
            rf"|(?P<d2>\d{{1,2}}){ordinal}(?:\.\s*|\s+){joiner}(?P<m2>{month}),?\s+{joiner}(?P<y2>\d{{4}})"
            r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))")
    time = r"(?:\s*,?\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)"
    whole = re.compile(rf"^(?P<date>(?:{weekday},?\s+)?{date}(?:,?\s+{weekday})?{time}?)\s*[,;:-]?\s*(?P<rest>.*)$", re.I)
    partial = re.compile(rf"^(?:(?P<month>{month})(?:\s*[/-]\s*(?P<month2>{month}))?,?\s+|"
                         rf"(?P<season>{_alternation(seasons)})(?:\s*[/-]\s*(?:{_alternation(seasons)}))?,?\s+)?"
                         r"(?P<year>(?:1[89]|2\d)\d\d)\s*$", re.I)
    return whole, partial, editions


def date_and_edition(line: str) -> Optional[tuple]:
    """``(ISO date, edition or None)`` when ``line`` is a date line (see the module), else None."""
    line = " ".join(line.split())
    if len(line) > 80:
        return None
    whole, _, editions = _patterns()
    match = whole.match(line)
    if not match:
        return None
    iso = _iso(match)
    if iso is None:
        return None
    rest = match.group("rest").strip()
    if rest and not _is_edition(rest, editions):
        return None
    return iso, rest or None


def _iso(match) -> Optional[str]:
    months = _words()[0]
    for d, m, y in (("d1", "m1", "y1"), ("d2", "m2", "y2"), ("d3", "m3", "y3")):
        if match.group(y):
            month = match.group(m)
            number = int(month) if month.isdigit() else months.get(month.casefold().rstrip("."))
            try:
                return dt.date(int(match.group(y)), number or 0, int(match.group(d))).isoformat()
            except ValueError:
                return None
    return None


def export_date(text: Optional[str]) -> Optional[str]:
    """The ISO date of a date line ("5. März 2019" -> "2019-03-05"), else the text as it is (the
    import's date reader has its say on it)."""
    found = date_and_edition(text) if text else None
    return found[0] if found else text


def _is_edition(text: str, editions: frozenset) -> bool:
    """"Final Edition", "Late Edition - Final", "Édition Principale", "1st Edition": short, and
    every word an edition word, a number or an ordinal."""
    words = re.findall(r"[^\W_]+\.?", text)
    return 0 < len(words) <= 6 and any(w.casefold().rstrip(".") in editions for w in words) and all(
        w.casefold().rstrip(".") in editions or re.fullmatch(r"\d+(?:st|nd|rd|th|e|er|re)?", w, re.I) for w in words)


def date_line(line: str) -> bool:
    """A line that is a date and nothing else (an edition may follow it)."""
    return date_and_edition(line) is not None


def partial_date(line: str) -> Optional[str]:
    """"2019-03" for "March 2019" or "mars 2019", "2019" for "2019", "Spring 2019" or
    "March/April 2019"; None for anything else (a whole date included)."""
    line = " ".join(line.split())
    if len(line) > 40:
        return None
    match = _patterns()[1].match(line)
    if not match:
        return None
    year = match.group("year")
    if match.group("month") and not match.group("month2"):
        number = _words()[0].get(match.group("month").casefold().rstrip("."))
        if number:
            return f"{year}-{number:02d}"
    return year
