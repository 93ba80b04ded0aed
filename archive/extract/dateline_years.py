"""A story's date where its header gave none, from what stands around the text (the plain-text
reader, :mod:`archive.readers.text`, asks this last):

- a note closing the text, or standing within a few lines under it ("Read Next" over it), stating
  when the report was first published ("This report ... was first published March 8, 2023.", "This
  story was originally published September 18, 2022 5:00 AM.");
- a dateline stating the full date before the text's first words, one place or a few apart by
  commas, each perhaps naming its country in brackets ("Vienna (Austria), 8 May 2024 –"), then the
  date, then a dash, a stop or a colon ("Tashkent, 30 April 2021 – The ...", "Paris, The Hague, 24
  January 2022. While ..."), the date in words in any language the date words know or year-first in
  figures;
- a wire's dateline giving the day and month without the year ("DAMASCUS, January 24. /AGENCY/.",
  "Tunis, March 3 (AGENCY) -", "(AGENCY) - Rome, June 5 -"): the year from a date line under the
  text that states the same day and month (a wire's stamp under its desk codes), else from the
  page's copyright line when it names one year or a range ending in one ("© 2021 Agency",
  "© 1999-2022 Agency"); never a day and month the page writes twice differently; a day and month
  opening the text ("As of 31 October, partners ...") takes its year from a short line over the text
  dating the page by that month and a year alone, a periodical's issue ("Monthly bulletin - October
  2023"; round 28);
- the story's date line standing alone right over the text, under the header's pictures and
  captions ("29.07.2022" under "Caption: ..."), a full date or a day and month whose year the page
  states as a wire's dateline's is found ("Mar 3" over a newsletter's text, "© 2024 ..." under it);
  a wire's year is also read from the page's own URL when its path states the same day and month
  (".../2021/06/12/slug" over "New Delhi, Jun 12 (AGENCY)");
- the story's stamp standing alone under the text, a date and at most a time or a weekday
  ("2023-05-30 16:21", "الأربعاء 15 شباط 2023", "Fri 10 Nov 2023" under the comment rules): the
  first such line within a few lines of the text's end, where no line of the page's tail states
  another date and no stamp alone stands over it near the text's end (a list of related stories
  with their own dates, comments under their stamps give none).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Optional, Sequence

from archive.extract import boilerplate, bylines
from archive.extract import header_labels
from archive.extract.date_names import fold, weekday
from archive.extract.dates import iso_date, patterns, stated_dates, words_day_month
from archive.extract.date_stamps import stamp_only
from archive.extract.footer_metadata import date_stamp
from archive.extract.header_dates import month_day, url_date

DATELINE_CHARS = 60  # the opening where a dateline stands: "(AGENCY) - Rome, June 5 -"
STAMP_LINES = 6  # the lines under the text where its stamp alone stands ("Fri 10 Nov 2023" under the comment rules)
TAIL_LINES = 40  # the lines under the text where a wire's stamp or the page's copyright line stands
HEAD_LINES = 3  # the lines right over the text where its date line alone stands (under captions, a credit)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})(?!\d)", re.I)


def date_around_text(record, content: list, body_at: list) -> None:
    """Set ``record.published`` from a publication note under the text or a dated wire's
    dateline where the header gave no date."""
    if record.published is not None or not body_at:
        return
    tail = content[body_at[-1] + 1:body_at[-1] + 1 + TAIL_LINES]
    for line in [content[body_at[-1]]] + tail[:STAMP_LINES]:  # the text's last line, or under it past "Read Next"
        if boilerplate.publication_note(line):
            stated = stated_dates(line)
            if len({value for value, _ in stated}) == 1:
                record.published = stated[0][0].isoformat()  # "This report ... was first published March 8, 2023."
                return
    head = content[:body_at[0]]
    record.published = full_dateline(content[body_at[0]]) or dateline_date(content[body_at[0]], tail, head) or \
        stamp_over_text(head, tail) or stamp_under_text(tail, content[max(0, body_at[-1] - TAIL_LINES):body_at[-1]]) \
        or (untitled_head_date(head) or untitled_opening_date(content[body_at[0]:]) if record.title is None else None)


UNTITLED_HEAD_LINES = 12  # the lines over the text of a page whose headline was not found, read for its date line


def untitled_head_date(head: Sequence) -> Optional[str]:
    """The date of a page whose headline was not found (so its header under it was never read): the
    one line among the last ``UNTITLED_HEAD_LINES`` over the text that states a date (a labelled
    date, a date alone; a stamp's, a revision's or an event's left out), as written; None where
    none or two lines state one (a site's date bar over a story's own stamp)."""
    from archive.extract.header_dates import update_stamp

    found = []
    for line in head[-UNTITLED_HEAD_LINES:]:
        if len(line) > DATELINE_CHARS or not any(c.isdigit() for c in line):
            continue
        date = bylines.date_in(line)
        if date and not stamp_only(line, revision=True) and not update_stamp(line):
            found.append(date)
    return found[0] if len(found) == 1 else None


OPENING_LINES = 12  # the lines opening the text of a page whose headline was not found, read for its date line
PROSE_WORDS = 25  # a paragraph this long is the story's own text: its header lines stand over it


def untitled_opening_date(opening: Sequence) -> Optional[str]:
    """The date of a page whose headline was not found and whose header lines were therefore left
    at its text's start (a headline of two sentences, a dek, "For Immediate Release: June 2, 2022",
    "PUBLISHED: 4/17/2024 9:00 a.m."): the one line among the first ``OPENING_LINES`` over the first
    paragraph of prose that states a date as :func:`untitled_head_date` reads one; None where none
    or two do."""
    lines = []
    for line in opening[:OPENING_LINES]:
        if len(line.split()) >= PROSE_WORDS:
            break
        lines.append(line)
    else:
        return None  # no paragraph of prose under them: not a header's lines
    return untitled_head_date(lines) if lines else None


def stamp_over_text(head: Sequence, tail: Sequence = ()) -> Optional[str]:
    """The date of the one line among the few right over the text that is a date alone, as written
    ("29.07.2022" under a picture's caption), or of the one that is a day and month alone ("Mar 3")
    with its year from the page (:func:`_page_year`); None where two such lines stand there."""
    near = [line for line in head[-HEAD_LINES:] if not stamp_only(line)]  # "Printed on ...": the day it was saved
    stamps = [line for line in near if date_stamp(line)]
    days = [line for line in near if month_day(line)]
    if len(stamps) + len(days) != 1:
        return None
    if stamps:
        return bylines.date_in(stamps[0])
    found = words_day_month(days[0])
    if len(found) != 1:
        return None
    month, day = next(iter(found))
    return _page_year(month, day, tail, head)


def stamp_under_text(tail: list, above: Sequence = ()) -> Optional[str]:
    """The date of the first line within a few lines under the text that is a date alone
    ("2024-01-11  |  13:40"), as written, or None when a line of the page's tail states another
    date (a related story's), or a stamp alone stands in the lines ``above`` it (comments, each
    under its own stamp, the text's end among them)."""
    stamp = next((line for line in tail[:STAMP_LINES] if date_stamp(line)), None)
    if stamp is None or any(date_stamp(line) for line in above):
        return None
    stated = {iso_date(written) or written for written in map(bylines.date_in, tail) if written}
    if len(stated) != 1:
        return None  # two stamps, or a related story's date under it
    return bylines.date_in(stamp)  # as written: the folder's order of numeric dates reads it


# a place, and the country or region in brackets after it ("Vienna (Austria)", "Almaty (Kazakhstan)")
_WORDS = r"[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3}"
_PLACE = _WORDS + r"(?:\s*\(" + _WORDS + r"\))?"
_PLACES = re.compile(r"(?P<places>" + _PLACE + r"(?:\s*,\s*" + _PLACE + r"){0,2})\s*,\s*")
# after the date: perhaps its time ("Бишкек, 19 марта 2021, 16:05 — ИА ..."), then a dash, colon or stop
_AFTER_DATE = re.compile(r"(?:,?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d)?(?:\s*[—–:]|\s+-{1,2}|\.)\s+\S|\s+\(")


# a place's or an outlet's name, then the full date in brackets, then a dash: "Law360 (September 22,
# 2022, 8:57 PM EDT) --", "WASHINGTON (March 3, 2023) —", "BERLIN (3. März 2023) –"
_BRACKETED = re.compile(r"(?P<name>[^\W_][\w.&'’\-]*(?:\s+[^\W_][\w.&'’\-]*){0,3})\s*\((?P<date>[^()]{6,60})\)\s*(?:-{1,3}|[—–])\s+\S")


def bracketed_dateline(opening: str) -> Optional[str]:
    """The ISO date of a dateline whose full date stands in brackets after a place or the outlet's
    name, then a dash ("Law360 (September 22, 2022, 8:57 PM EDT) -- A jury ..."): the name's words
    capitalised, the bracket's text a date alone (a time and its zone may follow it); else None."""
    match = _BRACKETED.match(fold(opening or "")[:DATELINE_CHARS + 40])
    if not match or any(word[0].islower() or weekday(word) for word in match.group("name").split()):
        return None
    return iso_date(match.group("date").strip())


def full_dateline(opening: str) -> Optional[str]:
    """The ISO date of a dateline with its full date opening the text ("Tashkent, 30 April 2021 –
    The ..."): each place's words capitalised (or of a script without capitals), none a weekday or
    a date label ("Monday, 30 April 2021 -", "Updated, ..."), the date one in words (any language
    the date words know) or year-first in figures, then a dash, a colon, a stop or a credit ("(Agency) -");
    or the date in brackets after the place or outlet (:func:`bracketed_dateline`); else None."""
    text = fold(opening or "")[:DATELINE_CHARS + 40]
    places = _PLACES.match(text)
    if not places:
        return bracketed_dateline(opening)
    words = [word for word in re.split(r"[\s,()]+", places.group("places")) if word]
    if any(word[0].islower() or weekday(word) for word in words):
        return None
    if header_labels.labels()["date"].match(places.group("places").split(",")[0].casefold() + ":"):
        return None
    for pattern in patterns()[2]:
        match = pattern.match(text, places.end())
        if match and _AFTER_DATE.match(text, match.end()):
            found = stated_dates(match.group(0))
            return found[0][0].isoformat() if len(found) == 1 else None
    return None


def dateline_date(opening: str, tail: list, head: Sequence = ()) -> Optional[str]:
    """The ISO date of a dateline with a day and month and no year, its year from the page
    (:func:`_page_year`), or None."""
    start = re.sub(r"(?<=\d)\.", " ", opening[:DATELINE_CHARS])  # "January 24." : the wire's full stop
    found = words_day_month(start)
    if len(found) != 1 or _YEAR.search(start):
        return None
    month, day = next(iter(found))
    return _page_year(month, day, tail, head)


def _page_year(month: int, day: int, tail: Sequence, head: Sequence = ()) -> Optional[str]:
    """The ISO date of a day and month whose year the page states: a line of the page that is its
    URL, its path stating the same day and month; else a date line under the text stating them;
    else the page's copyright line naming one year. None where the page states two."""
    urls = {url_date(line) for line in list(head) + list(tail) if line.lstrip().startswith(("http", "www."))}
    urls = {value for value in urls if value and value[5:] == f"{month:02d}-{day:02d}"}
    if len(urls) == 1:
        return urls.pop()
    stamped = {value for line in tail for value in _line_dates(line) if (value.month, value.day) == (month, day)}
    if len(stamped) == 1:
        return stamped.pop().isoformat()  # "05 June 2023 16:20" under "(AGENCY) - Rome, June 5 -"
    if stamped:
        return None
    issued = issue_years(month, head)
    if len(issued) == 1:
        return _day(issued.pop(), month, day)  # "Monthly bulletin - October 2023" over "As of 31 October, ..."
    if issued:
        return None
    years = {int(m.group("year")) for line in tail for m in _COPYRIGHT.finditer(line)}
    if len(years) != 1:
        return None
    try:
        return dt.date(years.pop(), month, day).isoformat()
    except ValueError:
        return None


def _day(year: int, month: int, day: int) -> Optional[str]:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


ISSUE_CHARS = 60  # a periodical's issue line over its text is short ("Monthly bulletin - October 2023")


@functools.lru_cache(maxsize=1)
def _month_year() -> re.Pattern:
    from archive.extract.date_names import _alternation, _words

    return re.compile(r"(?<![\w/.-])(?P<month>" + _alternation(_words()[0]) + r")\.?,?\s+(?P<year>(?:19|20)\d{2})(?![\w/.-])",
                      re.I)


def issue_years(month: int, head: Sequence) -> set:
    """The years of the short lines over the text that date the page by a month and year alone, a
    periodical's issue ("Monthly bulletin - October 2023", "Situation report | March 2021"), that
    month being ``month``: the year of a day and month the text's opening states without one ("As
    of 31 October, ..."), the issue's month. A line stating a day is a date line, read elsewhere."""
    from archive.extract.date_names import _words
    from archive.extract.dates import _month_key

    months = _words()[0]
    years = set()
    for line in head:
        if len(line) > ISSUE_CHARS:
            continue
        folded = fold(line)
        found = list(_month_year().finditer(folded))
        if len(found) != 1 or words_day_month(folded) or stated_dates(folded):
            continue
        if months.get(_month_key(found[0].group("month"))) == month:
            years.add(int(found[0].group("year")))
    return years


def _line_dates(line: str) -> list:
    """The dates a short line under the text states, in words or in figures ("19/10/2023")."""
    if len(line) > 80:
        return []
    values = [value for value, _ in stated_dates(line)]
    if not values:
        for token in re.findall(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", line):
            iso = iso_date(token)
            if iso:
                values.append(dt.date.fromisoformat(iso))
    return values
