"""The shapes of header lines that are never an article's title, for the title's search and the header
reading (:mod:`archive.extract.page_layout`, :mod:`archive.readers.text`): a report page's run of
"Label: value" lines, a summary box of the data's headings, a date stamp the reader cannot read after a
place, a month and year alone beside a name."""

from __future__ import annotations

import functools
import re

from archive.extract import boilerplate, header_dates


@functools.lru_cache(maxsize=1)
def _month_year_pattern() -> re.Pattern:
    from archive.extract.date_names import _words

    names = "|".join(re.escape(m) for m in sorted(_words()[0], key=len, reverse=True) if " " not in m)
    return re.compile(r"^(?:%s)\.?,?\s+(?:19|20)\d\d$" % names, re.I)


def month_year(line: str) -> bool:
    """A month and year alone ("February 2023": a periodical's issue, an undated report's month):
    beside a name, the name is a byline."""
    return len(line) <= 20 and bool(_month_year_pattern().match(line.strip()))


def labelled_stamp(line: str, placed: bool = False) -> bool:
    """A short line holding a date's label and a number after it ("New Delhi, India  Updated: Aug 27,
    2022, 04:55 PM(IST)", the date unread): a header's stamp, never the title nor the line a
    headline moves up to. ``placed``: only where a place or other words stand before the label (a
    line opening with the label is left to the other rules)."""
    from archive.extract.paragraphs import plain

    folded = plain(line)
    if len(folded.split()) > 14:
        return False
    from archive.extract.date_names import _words

    months = {m.casefold() for m in _words()[0]}
    for mark in header_dates._date_marks().finditer(folded):
        if placed and (not folded[:mark.start()].strip(" |·,-") or re.search(r"\d", folded[:mark.start()])):
            continue  # the label opens the line, or a date stands before it ("Updated ...; Posted ...")
        after = re.match(r"\s*:?\s*(?:(?P<month>[^\W\d_]{3,9})\.?\s+)?\d", folded[mark.end():])
        if after and (after.group("month") is None or after.group("month").casefold() in months):
            return True
    return False


SUMMARY_REACH = 3  # a summary box's items stand this close under its heading


def in_summary_box(content: list, i: int) -> bool:
    """Whether line ``i`` is a summary box's heading or item ("Story highlights" over its points: a
    heading of the data, :func:`archive.extract.boilerplate.is_summary_heading`): never the title. A
    short line over bullets of any words may be the headline over its date and byline ("About bugs"
    over "* August 13, 2018", "* Posted by ...")."""
    def heading(j: int) -> bool:  # a heading of the data ("Key points"), not any short line over bullets
        return boilerplate.is_summary_heading(content[j])

    return (heading(i) and boilerplate.summary_box_at(content, i) > i + 1) \
        or any(heading(j) and boilerplate.summary_box_at(content, j) > i for j in range(max(0, i - SUMMARY_REACH), i))


_LABELLED = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+\S")
LABEL_BLOCK = 3  # "Format: ...", "Source: ...", "Posted: ...": a document's labelled metadata, not a headline


def in_label_block(content: list, i: int, first: bool = False) -> bool:
    """Whether line ``i`` is one of a run of at least three short "Label: value" lines (a report
    page's "Format: Situation Report" / "Source: Blumont" / "Posted: 2 Mar 2021"), not its first:
    metadata, never the title, though one such line alone, or over the labelled lines, may be a
    headline ("Syria: Humanitarian Update" over "Published: ..." and "Tags: ..."). ``first``: its
    first line counts too (a header line under the title, read as metadata)."""
    def labelled(j: int) -> bool:
        return 0 <= j < len(content) and len(content[j].split()) <= 12 and bool(_LABELLED.match(content[j]))

    if not labelled(i) or not (first or labelled(i - 1)):
        return False
    first, last = i, i
    while labelled(first - 1):
        first -= 1
    while labelled(last + 1):
        last += 1
    return last - first + 1 >= LABEL_BLOCK
