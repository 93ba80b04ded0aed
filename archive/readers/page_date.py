"""The date line of a web page whose headline elements hold none (issue #13, round 17; made linear in
round 19): :func:`page_date_line`, used by :mod:`archive.readers.html` through
:mod:`archive.readers.html_edges`.

The page's short elements are found in one pass: each element's count of characters that are not
white space is summed from its children's (an element's collapsed text is never shorter than that
count), so only the elements short enough to be a date line have their text built. Reading every
element's ``text_content()`` cost time in the page's size times its depth (37 ms CPU on a 400 kB
page). Each distinct short text is read once.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import collapse_whitespace

DATE_ELEMENT_CHARS = 80  # a date line's element: short
DATE_LINE_WORDS = 4  # the words a date line's part holds besides its date (a weekday, "Published", a time)
_LINE_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")


def _solid(text: Optional[str]) -> int:
    """The characters of ``text`` that are not white space (as ``str.split``, which
    :func:`collapse_whitespace` uses, counts it)."""
    return sum(map(len, text.split())) if text else 0


def short_elements(tree, limit: int = DATE_ELEMENT_CHARS) -> list:
    """The elements under ``<body>`` (not script or style), in document order, whose text
    (``text_content()``, white space collapsed) is at most ``limit`` characters and not empty,
    as ``(element, text)``: those whose text holds more than ``limit`` characters other than white
    space are passed over without building their text."""
    solid = {}
    for element in reversed(list(tree.iter())):  # children before their parents
        count = _solid(element.text) if isinstance(element.tag, str) else 0
        for child in element:
            count += solid.get(child, 0) + _solid(child.tail)
        solid[element] = count
    found = []
    for element in tree.xpath("//body//*[not(self::script or self::style)]"):
        if solid.get(element, limit + 1) > limit:
            continue
        text = collapse_whitespace(element.text_content() or "")
        if text and len(text) <= limit:
            found.append((element, text))
    return found


def _read(text: str) -> tuple:
    """``(days, seen, either)`` of one short element's text: the days its date-line parts state,
    every day any part states, and the values in figures of its date-line parts that read either
    way ("09/01/2021"), as written."""
    from archive.extract import bylines
    from archive.extract.dates import iso_date, read_date, stated_dates
    from archive.extract.date_stamps import stamp_only
    from archive.extract.header_dates import field_date, update_stamp

    days, seen, either = set(), set(), set()
    for part in _LINE_PARTS.split(text):
        written = bylines.date_in(part) if not update_stamp(part) and not stamp_only(part) else None  # "Printed on", "Date of incident"
        if not written:
            continue
        # a part of few words besides its date, or a line of labelled fields, the date one's value
        # ("News ID: 1524013  Published: 07 May 2023": header_dates.field_date)
        line_part = (len(part.replace(written, " ").split()) <= DATE_LINE_WORDS or field_date(part) == written
                     or _dated_byline(part, written)) and not part.rstrip().endswith(".")
        stated = {value.isoformat() for value, _ in stated_dates(part)}
        if not stated:  # in figures: a value that reads one way only ("09.21.23"), never an ambiguous one
            reading = read_date(written)
            stated = {reading.date.isoformat()} if reading.date is not None and reading.other is None else set()
            if reading.other is not None and line_part:
                either.add(written.strip())
                continue  # its day is counted where the value is read (page_date_line)
        seen.update(stated | ({iso_date(written)} - {None}))
        if line_part:
            days.update(stated)
    return days, seen, either


def _dated_byline(part: str, written: str) -> bool:
    """Whether a part is a blog's date line with its byline after the date ("Posted on 11/02/2023 by
    Jane Doe", "Publié le 03/04/2022 par Jeanne Dupont"): a few words before the date, a labelled
    byline after it (its name's words are no date line's words)."""
    from archive.extract import bylines

    at = part.find(written)
    if at < 0 or len(part[:at].split()) > DATE_LINE_WORDS:
        return False
    tail = part[at + len(written):].strip()
    return bool(tail) and bylines.byline(tail) is not None


_COMMENT_MARKS = frozenset({"comment", "comments", "commentlist", "respond", "replies", "reply", "discussion"})
_MARK_WORDS = re.compile(r"[^a-z]+")


def in_comments(element) -> bool:
    """Whether an element stands in the readers' comments under the text (an element of its own or
    an ancestor marked ``id="comments"``, ``class="comment"``, ``"comment-list"``, ``"comments-area"``):
    a reader's date there is no date of the page's own."""
    while element is not None and isinstance(element.tag, str):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}".casefold()
        if _COMMENT_MARKS.intersection(_MARK_WORDS.split(marks)):
            return True
        element = element.getparent()
    return False


def _stamped_values(texts) -> set:
    """The dates, as written, that a short element gives after a stamp's, a revision's or an event's
    label ("Printed on 3 May 2023", "Spørgsmål stillet: 03-02-2023" in a table's row): the element
    holding that value alone (the row's value cell) states no date of the page's own (round 30)."""
    from archive.extract import bylines
    from archive.extract.date_stamps import stamp_only

    found = set()
    for text in texts:
        if len(_LINE_PARTS.split(text)) == 1 and len(_NUMERIC.findall(text)) <= 1 and stamp_only(text, revision=True):
            value = bylines.date_in(text) or ""
            words = value.split()
            after = [value.rsplit(":", 1)[-1].strip()] if ":" in value else []  # "stillet:03-02-2023": cells glued
            for tail in after + [" ".join(words[-size:]) for size in range(1, len(words) + 1)]:  # the date alone
                if tail and bylines.date_in(tail) and not stamp_only(tail, revision=True):
                    found.add(tail)
                    break
    return found


_FIGURES = re.compile(r"\d+")
_NUMERIC = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")  # a date in figures: a row's two cells glued hold two


def _one_per_value(written: set) -> set:
    """The values in figures as written, one for each value (its numbers): the shortest writing."""
    found: dict = {}
    for text in sorted(written, key=len):
        found.setdefault(tuple(_FIGURES.findall(text)), text)
    return set(found.values())


def page_date_line(tree) -> Optional[str]:
    """The ISO day of the page's date line where no element under its headline holds one (a page
    whose headline is no heading, a date bar over the headline): the one day that the page's short
    elements state in a part of their own ("Place - Outlet | 05 October 2020", "Monday 9 March
    2020", "By Jane Doe · 09.21.23": in figures, a value that reads one way only; an update's stamp
    beside it left out), or None where they state two days in any form
    (a site's date bar over a story stamped "11/13/19") or none.

    Where the page's only date line is in figures that read either way ("Aired 09/01/2021"), that
    value as written ("09/01/2021"): the import reads it in the order of the page's source group, or
    as its signs settle, and reports it where nothing does (a library's silent day-first guess
    would not)."""
    days, seen, either = set(), set(), set()  # the date lines' days; every day a short element states ("On 11/13/19 at 4 PM")
    read: dict = {}
    elements = short_elements(tree)
    if tree.xpath("//*[contains(@class, 'comment') or contains(@id, 'comment') or contains(@id, 'respond') "
                  "or contains(@class, 'repl') or contains(@class, 'discussion')]"):  # else no walk up for each
        elements = [(element, text) for element, text in elements if not in_comments(element)]
    stamped = _stamped_values(text for _, text in elements)
    for _, text in elements:
        if text in stamped:
            continue  # the value cell of a stamp's or an event's row ("Spørgsmål stillet:" | "03-02-2023")
        if text not in read:
            read[text] = _read(text)
            days |= read[text][0]
            seen |= read[text][1]
            either |= read[text][2]
    either = _one_per_value(either)  # "Besvaret:01-03-2023" (the row) and "01-03-2023" (its cell): one value
    if not days and not seen and len(either) == 1:
        return either.pop()
    if either:  # a value in figures read either way is a day too: with another, no day is the page's own
        from archive.extract.dates import iso_date

        seen |= {iso_date(value) for value in either} - {None}
    return days.pop() if len(days) == 1 and seen <= days else None  # a site's "today" over a story's own day: none


PAGE_DATE_LINES = 20  # the page's other date lines handed on: this many at most


def other_date_lines(tree, published: Optional[str]) -> list:
    """The page's short date lines, as written, where its date ``published`` is a value in figures
    that reads either way ("11/02/2023", as :func:`page_date_line` hands it on): the import weighs
    their habits for its order (:mod:`archive.extract.date_evidence`: other dates in words, an am/pm
    clock, a value that reads one way only), a reader's comment's included (the site prints it in its
    own format). [] for any other date: nothing is read then."""
    from archive.extract import bylines
    from archive.extract.dates import read_date

    if not published or read_date(published).other is None:
        return []
    found = []
    for _, text in short_elements(tree):
        if text != published and text not in found and bylines.date_in(text):
            found.append(text)
            if len(found) >= PAGE_DATE_LINES:
                break
    return found


COMMENT_HEADING_WORDS = 5  # the heading over the comments: this many words at most, a count aside


def _comment_heading(line: str) -> bool:
    """A heading over the readers' comments ("Comments (2)", "3 Comments", "التعليقات"):
    ``header_labels.txt [comment_headings]``, a count and marks aside."""
    from archive.extract.data import data_sections

    words = re.sub(r"[\d()\[\]:|•·-]+", " ", line).split()
    if not words or len(words) > COMMENT_HEADING_WORDS:
        return False
    return " ".join(words).casefold() in {e.casefold() for e in data_sections("header_labels.txt").get("comment_headings", ())}


def comment_only_date(tree, iso: str) -> bool:
    """Whether the page states the day ``iso`` only in its readers' comments: under a heading of
    comments (:func:`_comment_heading`) or in an element marked as comments (:func:`in_comments`),
    never above them. A date a page search (htmldate) finds there is a reader's, never the story's."""
    from archive.extract.dates import stated_dates

    def states(texts) -> bool:
        return any(value.isoformat() == iso for text in texts for value, _ in stated_dates(text))

    lines, marked = [], []  # the page's text pieces in order ("Jane Roe" / "12 April 2023"); the marked comments'
    for text in tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]"):
        line = " ".join(text.split())
        if line:
            (marked if in_comments(text.getparent()) else lines).append(line)
    at = next((k for k, line in enumerate(lines) if _comment_heading(line)), None)
    own, readers = (lines, []) if at is None else (lines[:at], lines[at + 1:])
    return states(readers + marked) and not states(own)
