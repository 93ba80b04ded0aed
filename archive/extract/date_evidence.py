"""The order of ONE ambiguous numeric date (``02/03/25 11:42pm``: 3 February or 2 March) weighed from
what its page shows, as a careful reader does when no column or folder of other values settles it
(issue #13, round 24): :func:`order_evidence`.

Each sign is a likelihood ratio (``archive/data/date_order_signs.txt``): how much likelier it is
beside a date of one order than beside a date of the other. The signs are

- the value's own clock: am/pm (month-first habit), a 24-hour clock, "Uhr" or "18h22", ص/م;
  a North American time zone; dots or dashes between the numbers; a two-digit year;
- the text's language (every language but English and Filipino writes numeric dates day-first),
  the page's locale ("en-US") and its URL's domain (``.edu``, ``.uk``);
- the page's other numeric dates that read one way only, a day its URL's path or its file's name
  states year-first that is one reading's ("/2022/07/05/", "20221004_story.txt"), or that one reading
  falls after (a page is saved, sent or filed on or after its day), and an update stamp's distance
  (``Updated 02/05/25``: two days after under one reading, two months under the other);
- the weekdays the text names ("on Monday"): in news mostly the story's own day or the day before;
- a postal address the page prints ("Minneapolis, MN 55414": an American outlet's; a British or an
  Australian postcode: a day-first country's; round 30);
- the page's other date lines written in words ("November 3, 2023" or "3 November 2023") and an
  am/pm clock among them, where the language is one whose writers differ (round 31).

Their product decides when it reaches :data:`DECIDE` for one order and the signs for the other
multiply to less than :data:`OPPOSED`; otherwise nothing is decided (the caller keeps its default
and its warning). The weekday named on the date's own line is no weighing: it settles the value
(:func:`archive.extract.dates.by_weekday`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from archive.extract.data import data_lines
from archive.extract.date_names import fold, weekday_numbers
from archive.extract.dates import read_date

DECIDE = 10.0  # the product of the signs for one order that decides it
OPPOSED = 2.0  # ... when the signs for the other order multiply to less than this
STAMP_CLOSE = 14  # days: an update within two weeks of publication ...
STAMP_FAR = 30  # ... against one more than a month after under the other reading
LATER = dt.timedelta(days=1)  # a reading this long after the day its URL or file name states is none (time zones aside)
TEXT_WEEKDAY_CHARS = 5  # a weekday named in running text in full ("Monday", "الاثنين"), never "Sun", "Sat"

_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[-/.])\s?(?P<b>\d{1,2})(?P=sep)\s?(?P<y>\d{4}|\d{2})(?![\d])")
_CLOCK = re.compile(
    r"(?<![\d/])(?P<h>\d{1,2})(?:(?:[:.](?P<m>\d{2})(?::\d{2})?)|h(?P<m2>\d{2})|(?=\s*[ap]\.?\s?m\b))"
    r"(?!\d)\s*(?P<mark>[ap]\.?\s?m\b\.?|ص|م(?!\w)|uhr\b|h\b)?", re.I)
_US_ZONE = re.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b")


@dataclass(frozen=True)
class Evidence:
    order: Optional[str]  # "dmy", "mdy", or None (not decided)
    reasons: tuple  # what spoke for the decided order, as the note names it


@functools.lru_cache(maxsize=1)
def _signs() -> tuple:
    signs, offsets, lists = {}, {}, {}
    for line in data_lines("date_order_signs.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] == "offset":
            offsets[int(parts[1])] = float(parts[2])
        elif len(parts) == 4 and parts[1] in ("dmy", "mdy", "both"):
            signs[parts[0]] = (parts[1], float(parts[2]), parts[3])
        else:
            lists.setdefault(parts[0], set()).update(p.casefold() for p in parts[1:])
    return signs, offsets, {name: frozenset(values) for name, values in lists.items()}


_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?(?![a-z])", re.I)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?([^/?#:\s]+)", re.I)


def _place_signs(locale: Optional[str], url: Optional[str]) -> list:
    """The country signs of a page's locale ("en-US") and its URL's domain."""
    _, _, lists = _signs()
    found = []
    match = _LOCALE.match(locale or "")
    region = (match.group(2) or "").casefold() if match else ""
    if region and region not in lists["mixed_regions"]:
        found.append("locale_mdy" if region in lists["mdy_regions"] else "locale_dmy")
    host = _HOST.match(url or "")
    suffix = host.group(1).casefold().rstrip(".").rsplit(".", 1)[-1] if host and "." in host.group(1) else ""
    if suffix in lists["mdy_domains"]:
        found.append("domain_mdy")
    elif len(suffix) == 2 and suffix.isalpha() and suffix not in lists["open_domains"] \
            and suffix not in lists["mixed_regions"] and suffix not in lists["mdy_regions"]:
        found.append("domain_dmy")
    return found


@functools.lru_cache(maxsize=1)
def _us_dateline() -> re.Pattern:
    """A dateline naming a US state after its city, at a line's start, then a credit or a dash."""
    with_case = [line for line in data_lines("date_order_signs.txt") if line.split("|")[0].strip() == "us_states"]
    states = [part.strip() for line in with_case for part in line.split("|")[1:] if part.strip()]
    return re.compile(r"^[^\W\d][\w.'’-]*(?: [\w.'’-]+){0,2}, (?:" + "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
                      + r")(?!\w)\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]", re.M)


@functools.lru_cache(maxsize=1)
def _addresses() -> tuple:
    """A US postal address (a state's code, then a ZIP code, after a comma: "Minneapolis, MN 55414")
    and a day-first country's (a British postcode; an Australian state's code, then a postcode)."""
    with_case = {}
    for line in data_lines("date_order_signs.txt"):
        parts = [part.strip() for part in line.split("|")]
        if parts[0] in ("us_postal", "au_postal"):
            with_case.setdefault(parts[0], []).extend(p for p in parts[1:] if p)
    us = re.compile(r"[^\W\d_][\w.'’ -]{1,30}, (?:" + "|".join(with_case.get("us_postal", ["(?!)"])) + r") \d{5}(?:-\d{4})?(?!\d)")
    au = r"(?<![\w-])(?:" + "|".join(with_case.get("au_postal", ["(?!)"])) + r") \d{4}(?!\d)"
    uk = r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}(?![\w-])"
    return us, re.compile(au + "|" + uk)


def _address_signs(texts: Iterable[str]) -> list:
    """The signs of the postal addresses the page's lines print (module doc)."""
    us, day_first = _addresses()
    joined = "\n".join(text for text in texts if text)
    found = []
    if us.search(joined):
        found.append("us_address")
    if day_first.search(joined):
        found.append("dmy_address")
    return found if len(found) == 1 else []  # both: an agency's two offices, no sign


@functools.lru_cache(maxsize=1)
def _worded() -> tuple:
    """(month first, day first) patterns of a date in words: "November 3, 2023", "Nov. 3, 2023";
    "3 November 2023", "3rd Nov 2023" (``worded_months`` of the data)."""
    _, _, lists = _signs()
    months = "|".join(sorted(lists.get("worded_months", ()), key=len, reverse=True)) or "(?!)"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return (re.compile(r"(?<!\w)(?:" + months + r")\.?\s+" + day + r",?\s+(?:19|20)\d\d(?!\d)", re.I),
            re.compile(r"(?<![\w,])" + day + r"\s+(?:" + months + r")\.?,?\s+(?:19|20)\d\d(?!\d)", re.I))


def _page_habit_signs(others: Iterable[str]) -> list:
    """The signs of the page's other date lines written in words or with an am/pm clock (module doc
    of ``date_order_signs.txt``): one order's worded form only; a 12-hour clock."""
    month_first, day_first = _worded()
    joined = "\n".join(text for text in others if text)
    found = []
    worded = (bool(month_first.search(joined)), bool(day_first.search(joined)))
    if worded == (True, False):
        found.append("worded_mdy")
    elif worded == (False, True):
        found.append("worded_dmy")
    if any((m.group("mark") or "").casefold().replace(".", "").replace(" ", "") in ("am", "pm")
           for m in _CLOCK.finditer(joined)):
        found.append("page_ampm")
    return found


def _value_signs(value: str) -> list:
    """The signs the date value itself shows, as sign names."""
    text = fold(value)
    match = _NUMERIC.search(text)
    if not match:
        return []
    found = []
    if match.group("sep") == ".":
        found.append("dots")
    elif match.group("sep") == "-":
        found.append("dashes")
    if len(match.group("y")) == 2:
        found.append("two_digit_year")
    rest = text[: match.start()] + " " + text[match.end():]
    clock = _CLOCK.search(rest)
    if clock:
        hour, mark = int(clock.group("h")), (clock.group("mark") or "").casefold().replace(".", "").replace(" ", "")
        if mark in ("am", "pm"):
            found.append("ampm")
        elif mark in ("ص", "م"):
            found.append("arabic_clock")
        elif mark in ("uhr", "h") or clock.group("m2"):
            found.append("european_clock")
        elif hour > 23:
            pass
        elif hour >= 13 or hour == 0:
            found.append("hour_24")
        elif clock.group("m"):
            found.append("hour_12_plain")
        if _US_ZONE.search(rest[clock.end():]):
            found.append("us_zone")
    return found


@functools.lru_cache(maxsize=1)
def _text_weekday() -> re.Pattern:
    names = [name for name in weekday_numbers() if len(name) >= TEXT_WEEKDAY_CHARS
             and (name.isascii() or name.startswith("ال") or not "\u0600" <= name[0] <= "\u06ff")]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)",
                      re.I)


def _weekday_ratio(first: dt.date, second: dt.date, text: str) -> float:
    """How much likelier the weekdays the text names are if the story is of ``first`` than of
    ``second`` (above 1: ``first``)."""
    _, offsets, _ = _signs()
    numbers = weekday_numbers()
    named = {numbers[m.group(0).casefold()] for m in _text_weekday().finditer(fold(text))}
    ratio = 1.0
    for day in named:
        ratio *= offsets[(first.weekday() - day) % 7] / offsets[(second.weekday() - day) % 7]
    return ratio


def _page_orders(texts: Iterable[str], today: Optional[dt.date]) -> set:
    """The orders the page's other numeric dates read in where they read one way only."""
    found = set()
    for text in texts:
        for match in _NUMERIC.finditer(fold(text or "")):
            reading = read_date(match.group(0), today)
            if reading.date is not None and reading.other is None and int(match.group("a")) != int(match.group("b")):
                found.add("dmy" if reading.date.day == int(match.group("a")) else "mdy")
    return found


_YEAR_FIRST = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_./]?)([01]\d)\2([0-3]\d)(?!\d)")


def _page_days(texts: Iterable[str]) -> set:
    """The days the page's other values state year-first: a URL's path ("/2022/07/05/"), a file's
    name ("2022-07-05_story.txt", "20221004_story.txt")."""
    found = set()
    for text in texts:
        for match in _YEAR_FIRST.finditer(text or ""):
            try:
                found.add(dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4))))
            except ValueError:
                continue
    return found


def _stamp_ratio(day_first: dt.date, month_first: dt.date, stamps: Iterable[str], today) -> float:
    """An update stamp's distance after the date under each reading (both read in the same order):
    above 1 when it is close after the day-first reading and far (or before) under the other."""
    ratio = 1.0
    for stamp in stamps:
        reading = read_date(stamp, today, order="dmy")
        if reading.date is None or reading.other is None:
            continue
        gaps = ((reading.date - day_first).days, (reading.other - month_first).days)
        close = [0 <= gap <= STAMP_CLOSE for gap in gaps]
        far = [gap < 0 or gap > STAMP_FAR for gap in gaps]
        weight = _signs()[0]["stamp_gap"][1]
        if close[0] and far[1]:
            ratio *= weight
        elif close[1] and far[0]:
            ratio /= weight
    return ratio


def order_evidence(value: str, day_first: dt.date, month_first: dt.date, text: str = "",
                   language: Optional[str] = None, others: Iterable[str] = (), stamps: Iterable[str] = (),
                   today: Optional[dt.date] = None, url: Optional[str] = None) -> Evidence:
    """The order the page's signs settle for the ambiguous ``value`` (read ``day_first`` or
    ``month_first``), or ``Evidence(None, ())``.

    ``text`` is the start of the article; ``language`` its language or locale where known ("en-US";
    else the language is guessed from ``text``); ``others`` the page's other date lines (and its file's name); ``stamps``
    its update stamps; ``url`` its address (a national domain, ``.edu``)."""
    signs, _, lists = _signs()
    weights = {"dmy": [], "mdy": []}  # (log ratio, note) for each order

    def add(order: str, ratio: float, name: str) -> None:
        if ratio > 1:
            weights[order].append((math.log10(ratio), name))

    dateline = ["us_dateline"] if text and _us_dateline().search(text) else []
    mixed = language is None or not _LOCALE.match(language) or _LOCALE.match(language).group(1).casefold() in lists["mixed_language"]
    own = _NUMERIC.search(fold(value))
    elsewhere = [o for o in others if o and not (own and own.group(0) in fold(o))]  # the value's own line is no other
    habits = _page_habit_signs(elsewhere) if mixed else []  # "November 3, 2023 at 9:14 am" elsewhere on an English page
    for name in _value_signs(value) + _place_signs(language, url) + dateline + _address_signs([text, *others]) + habits:
        order, ratio, note = signs[name]
        add(order, ratio, note)
    if language is None and len(text) >= 80:
        from archive.extract.language import guess_language
        language = guess_language(text)
    if language and _LOCALE.match(language) and _LOCALE.match(language).group(1).casefold() not in lists["mixed_language"]:
        add("dmy", signs["language"][1], signs["language"][2])
    for order in _page_orders(list(others) + [text], today):
        add(order, signs["page_order"][1], signs["page_order"][2])
    days = _page_days(list(others) + [url or ""])
    if (day_first in days) != (month_first in days):
        add("dmy" if day_first in days else "mdy", signs["page_day"][1], signs["page_day"][2])
    elif days and (day_first > max(days) + LATER) != (month_first > max(days) + LATER):
        # saved, sent or published on that day: a reading after it is no day the page can have
        add("mdy" if day_first > max(days) + LATER else "dmy", signs["page_later"][1], signs["page_later"][2])
    cap = signs["weekday"][1]
    weekdays = _weekday_ratio(day_first, month_first, text) if text else 1.0
    add("dmy", min(weekdays, cap), signs["weekday"][2])
    add("mdy", min(1 / weekdays, cap), signs["weekday"][2])
    stamp = _stamp_ratio(day_first, month_first, stamps, today)
    add("dmy", stamp, signs["stamp_gap"][2])
    add("mdy", 1 / stamp, signs["stamp_gap"][2])
    total = {order: sum(w for w, _ in found) for order, found in weights.items()}
    for order, against in (("dmy", "mdy"), ("mdy", "dmy")):
        if total[order] >= math.log10(DECIDE) and total[against] < math.log10(OPPOSED):
            return Evidence(order, tuple(note for _, note in sorted(weights[order], reverse=True)))
    return Evidence(None, ())
