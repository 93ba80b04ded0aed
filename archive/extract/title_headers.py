"""The header's date and byline read around the title where the page's header reading stopped
(:func:`archive.extract.page_layout.header_above` and the lines under the title): a date over the
title past short labels, a date under it past a relative stamp or a byline of another language, and
the byline and date under a standfirst of one or two lines. Moved as they were from
:mod:`archive.extract.title_guards` (round 32), which still offers :func:`header_above` to its callers.
"""

from __future__ import annotations

import re

from archive.extract.title_layouts import labelled_name
from archive.extract.title_stamps import STAMP_WORDS, stamp_or_byline


LABEL_WORDS = 5  # a label between the header's date and the headline ("Statement to the public")


def header_above(record, content: list, lines: list, title_at: int) -> None:
    """:func:`archive.extract.page_layout.header_above`, and where it found no date, a date line over
    the title past short labels (a post's date / "بيان إلى الرأي العام" / the headline)."""
    from archive.extract import bylines, paragraphs
    from archive.extract.page_layout import ABOVE_TITLE
    from archive.extract.page_layout import header_above as above

    header_under_standfirst(record, content, lines, title_at)
    if record.published is None:
        date_past_stamps(record, content, title_at)
    if record.published is not None and record.author is not None:
        return
    above(record, content, lines, title_at)
    for at in range(title_at - 1, max(-1, title_at - 1 - ABOVE_TITLE), -1):
        if record.published is not None:
            return
        date = bylines.date_in(content[at])
        if date:
            record.published = date
        elif lines[at].words > LABEL_WORDS or paragraphs.ends_sentence(content[at]):
            return


PAST_STAMP_LINES = 6  # the header's lines under the title read for a date past a stamp


def date_past_stamps(record, content: list, title_at: int) -> None:
    """The date under the title where the header reading stopped at a line it did not know: a
    relative stamp or a byline of another language (:func:`stamp_or_byline`: "Publié il y a 3
    heures" over "Publié le 14 janvier 2022"), a name, the outlet. Only header lines are passed by;
    the first line of another kind ends the header."""
    from archive.extract import bylines
    from archive.extract.date_stamps import stamp_only
    from archive.extract.outlets import known_outlet

    passed, standfirst = False, 0
    for at, line in enumerate(content[title_at + 1:title_at + 1 + PAST_STAMP_LINES]):
        if at == standfirst and standfirst < STANDFIRST_LINES and not re.search(r"[.!?]$", line) \
                and len(line.split()) > STAMP_WORDS:
            standfirst += 1  # a standfirst without a final stop under the headline, over the header
            continue
        date = bylines.date_in(line)
        if date and not stamp_only(line):
            if passed:
                record.published = date
            return
        if stamp_or_byline(line):
            passed = True
        elif not (bylines.states_date(line) or bylines.header_byline(line) or known_outlet(line)
                  or bylines.bare_name(line)):
            return


STANDFIRST_LINES = 2  # lines of a standfirst without a final stop under the headline, over the byline
UNDER_STANDFIRST = 4  # header lines read under them


def header_under_standfirst(record, content: list, lines: list, title_at: int) -> None:
    """The byline and date under a standfirst of one or two lines without a final stop, where the
    header reading stopped short of them (it takes one such line only, and no labelled name):
    "Headline" / "Standfirst" / "Standfirst" / "By Jane Doe" / date. Read where the lines under the
    title gave none. A byline may be a labelled name ("Author of
    the article: Jane Doe", :func:`archive.extract.title_layouts.labelled_name`)."""
    from archive.extract import bylines, paragraphs
    from archive.extract.byline_desks import not_a_person
    from archive.extract.page_layout import headline_like

    at, skipped = title_at + 1, 0
    while at < len(content) and skipped < STANDFIRST_LINES and headline_like(content[at], lines[at]) \
            and not paragraphs.ends_sentence(content[at]) and not labelled_name(content[at]):
        at, skipped = at + 1, skipped + 1
    if not skipped:
        return  # no standfirst: the header reading read the lines under the title
    for line in content[at:at + UNDER_STANDFIRST]:
        date = bylines.date_in(line)
        byline = None if date else (bylines.header_byline(line) or (
            (line.partition(":")[2].strip(), None) if labelled_name(line) else None))
        if date:
            record.published = record.published or date
        elif byline:
            if record.author is None and not not_a_person(byline[0], record.outlet):
                record.author = byline[0]
        elif not (bylines.states_date(line) or bylines.is_label(line)):
            return  # the header is over
