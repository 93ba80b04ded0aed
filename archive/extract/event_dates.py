"""Dates of the events an article reports, resolved against its publication date.

``find_event_dates(text, published)`` finds
- absolute dates: "on January 20, 2022", "20 January 2022", "Jan. 20, 2022", "2022-01-20",
  "20/01/2022" (in the order the text's numeric dates that read one way only agree on, else day
  first unless impossible), and months: "in March 2019", "mid-March 2019";
- relative ones, resolved against ``published`` (ISO "YYYY-MM-DD"): a day without a year ("on
  January 20" -> the latest January 20 on or before publication), a weekday ("on Thursday",
  "Thursday's attack" -> the latest Thursday on or before publication; "last Friday" -> strictly
  before), "yesterday", "last night", "today", "this morning", "two days ago", a month without a
  year ("in March", "earlier this month", "last month" -> the month).
Relative phrases are dropped when there is no publication date; "next Friday", "last week",
"last year" and bare years ("in 2019") are not kept: they name no day or month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from archive.extract.figures import sentence_around

MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTH_NUMBERS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "a": 1}

_MONTH = (r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)(?!\d)"


def _p(template: str, group: str) -> str:
    return template.format(g=group)


_PATTERNS = [
    # Wednesday, January 19, 2022 / January 20 / Jan. 20th, 2022
    ("mdy", rf"\b(?:(?:(?i:on)\s+)?{_WEEKDAY},?\s+)?(?:(?i:on)\s+)?{_p(_MONTH, 'm1')}\s+{_p(_DAY, 'd1')}\b"
            rf"(?:,?\s+{_p(_YEAR, 'y1')})?"),
    # 20 January 2022 / the 20th of January / Saturday, 23 March 2019
    ("dmy", rf"\b(?:(?:(?i:on)\s+)?{_WEEKDAY},?\s+)?(?:(?i:on)\s+)?(?:the\s+)?{_p(_DAY, 'd2')}\s+(?:of\s+)?"
            rf"{_p(_MONTH, 'm2')}(?:,?\s+{_p(_YEAR, 'y2')})?"),
    # 2022-01-20
    ("iso", r"\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"),
    # 20/01/2022, 20.01.2022, 20-01-2022
    ("numeric", r"\b(?P<a4>[0-3]?\d)[/.\-](?P<b4>[0-3]?\d)[/.\-](?P<y4>(?:19|20)\d\d)(?!\d)"),
    # (in, since, early, mid-) March 2019
    ("month_year", rf"\b(?:(?i:in|since|during|by|until|from|early|late|mid|end of|beginning of|start of)"
                   rf"[\s-]+)?(?:(?i:early|late)\s+|(?i:mid)-?)?{_p(_MONTH, 'm5')},?\s+{_p(_YEAR, 'y5')}"),
    # in March (no year)
    ("month", rf"\b(?i:in|during|since|early|late|mid|end of|beginning of|start of|until|by)[\s-]+"
              rf"(?:early\s+|late\s+|mid-?)?{_p(_MONTH, 'm6')}(?![\w-])(?!,?\s+\d)"),
    ("days_ago", r"\b(?P<n7>\d|(?i:one|two|three|four|five|six|seven|a))\s+(?i:days?\s+ago)\b"),
    ("yesterday", r"\b(?i:(?:the\s+day\s+before\s+)?yesterday|last\s+night)\b"),
    ("today", r"\b(?i:(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|tonight)\b"),
    ("this_month", r"\b(?i:(?:(?:earlier|later|late|early)\s+)?this\s+month)\b"),
    ("last_month", r"\b(?i:last\s+month)\b"),
    ("weekday", rf"(?:\b(?P<q8>(?i:last|on|this|next|past|every|coming))\s+)?(?<![Gg]ood\s)(?<![Bb]lack\s)"
                rf"\b(?P<w8>{_WEEKDAY})(?P<s8>s\b|'s|’s)?(?![\w-])"),
]
_DATES = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS))


@dataclass
class EventDate:
    """A date an article's text mentions."""

    date: str  # ISO day "2019-03-23" or month "2019-03"
    phrase: str  # as written: "on January 20", "last Friday"
    relative: bool  # resolved against the publication date
    sentence: str
    position: int  # character offset of the phrase in the text


def _parse_published(published: Optional[str]) -> Optional[dt.date]:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(text: str) -> int:
    return MONTH_NUMBERS[text.lower().rstrip(".")]


def _latest_day(month: int, day: int, published: dt.date) -> Optional[dt.date]:
    """The latest ``month``/``day`` on or before ``published``."""
    for year in range(published.year, published.year - 8, -1):
        candidate = _day(year, month, day)
        if candidate and candidate <= published:
            return candidate
    return None


def _latest_month(month: int, published: dt.date) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _resolve(kind: str, m: re.Match, published: Optional[dt.date],
             month_first: bool = False) -> Optional[tuple[str, bool]]:
    """``(ISO date or month, relative)`` for one match, or None; ``month_first``: the text writes
    numeric dates month-first."""
    g = m.group
    if kind in ("mdy", "dmy"):
        n = "1" if kind == "mdy" else "2"
        month, day, year = _month_number(g("m" + n)), int(g("d" + n)), g("y" + n)
        if year:
            date = _day(int(year), month, day)
            return (date.isoformat(), False) if date else None
        if published is None or not 1 <= day <= 31:
            return None
        date = _latest_day(month, day, published)
        return (date.isoformat(), True) if date else None
    if kind == "iso":
        date = _day(int(g("y3")), int(g("m3")), int(g("d3")))
        return (date.isoformat(), False) if date else None
    if kind == "numeric":
        a, b, year = int(g("a4")), int(g("b4")), int(g("y4"))
        date = (_day(year, a, b) or _day(year, b, a)) if month_first else (_day(year, b, a) or _day(year, a, b))
        return (date.isoformat(), False) if date else None
    if kind == "month_year":
        return f"{int(g('y5')):04d}-{_month_number(g('m5')):02d}", False
    if published is None:
        return None
    if kind == "month":
        return _latest_month(_month_number(g("m6")), published), True
    if kind == "days_ago":
        word = g("n7").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if not n:
            return None
        return (published - dt.timedelta(days=n)).isoformat(), True
    if kind == "yesterday":
        days = 2 if m.group().lower().startswith("the day") else 1
        return (published - dt.timedelta(days=days)).isoformat(), True
    if kind == "today":
        return published.isoformat(), True
    if kind == "this_month":
        return f"{published.year:04d}-{published.month:02d}", True
    if kind == "last_month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}", True
    if kind == "weekday":
        qualifier = (g("q8") or "").lower()
        if qualifier in ("this", "next", "every", "coming") or g("s8") == "s":
            return None
        target = WEEKDAYS[g("w8").lower()]
        back = (published.weekday() - target) % 7
        if qualifier in ("last", "past") and back == 0:
            back = 7
        return (published - dt.timedelta(days=back)).isoformat(), True
    return None


def _phrase_start(m: re.Match) -> int:
    text = m.group()
    return m.start() + len(text) - len(text.lstrip())


# Where a date may be: a month, a weekday, a numeric date, "yesterday", "ago"... The full patterns
# are tried only at the few words before each of these, not at every character of the text. The
# lookahead names every first letter the alternatives can start with (months, weekdays, their short
# forms, y/t/a/l of the words in either case, a digit), so the scan passes most characters on one
# character class: the same anchors in ~0.7 of the time (issue #16, tests/test_reading_shortcuts.py).
_ANCHOR = re.compile(
    r"(?=[MTWFSJADNOaAyYtTlL\d])"
    r"(?<!\w)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov"
    r"|Dec)\b|(?i:yesterday|today|tonight|ago)\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|(?i:this|last)\s+(?i:month|night|morning|afternoon|evening)\b)")
_WORD_START = re.compile(r"(?<![\w'’])\w")
_LOOK_BACK = 40  # characters, and at most 4 words, before an anchor where a date may start


def _dates(text: str):
    """``(kind, match)`` for each date expression, in order, none overlapping."""
    done = 0
    for anchor in _ANCHOR.finditer(text):
        p = anchor.start()
        if p < done:
            continue
        lo = max(done, p - _LOOK_BACK)
        starts = [w.start() for w in _WORD_START.finditer(text, lo, p)][-4:] + [p]
        for start in starts:
            m = _DATES.match(text, start)
            if m is not None and m.end() > p and m.group().strip():
                yield m.lastgroup, m
                done = m.end()
                break


def _text_order(found: list) -> Optional[str]:
    """The order the text's numeric dates that read one way only agree on ("on 02/14/2022 ... on
    03/02/2022": month-first), or None where none does or they disagree."""
    orders = set()
    for kind, m in found:
        if kind == "numeric":
            a, b = int(m.group("a4")), int(m.group("b4"))
            if a > 12 >= b:
                orders.add("dmy")
            elif b > 12 >= a:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else None


def find_event_dates(text: str, published: Optional[str]) -> list[EventDate]:
    """Every event date in ``text``, in order; relative ones need ``published`` (ISO day)."""
    pub = _parse_published(published)
    out: list[EventDate] = []
    found = list(_dates(text))
    month_first = _text_order(found) == "mdy"
    for kind, m in found:
        resolved = _resolve(kind, m, pub, month_first)
        if resolved is None:
            continue
        date, relative = resolved
        start = _phrase_start(m)
        phrase = text[start:m.end()].rstrip()
        if phrase.endswith(("'s", "’s")):
            phrase = phrase[:-2]
        s_start, s_end = sentence_around(text, start)
        sentence = text[s_start:s_end]
        out.append(EventDate(date=date, phrase=phrase, relative=relative, sentence=sentence.strip(),
                             position=start))
    return out
