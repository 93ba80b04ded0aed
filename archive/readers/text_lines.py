"""The plain-text reader's lines (:mod:`archive.readers.text`): a file's text split into its
non-blank lines, and the summary box between a title and its text."""

from __future__ import annotations

import re

from archive.extract import boilerplate
from archive.model import collapse_whitespace

_HAS_WORD = re.compile(r"\w")


def split_lines(text: str) -> tuple:
    """The non-blank lines, whitespace collapsed; the same lines as written (tag lists separate
    their items by runs of spaces); whether a blank line stood before each; and each one's line
    number in the file."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    content, raw, gap_before, numbers = [], [], [], []
    blank = True
    for number, line in enumerate(text.split("\n"), 1):
        collapsed = collapse_whitespace(line)
        if not _HAS_WORD.search(collapsed) and not boilerplate.is_trailer_marker(collapsed):
            blank = blank or not collapsed  # a line of symbols or zero-width spaces is no line
            continue
        content.append(collapsed)
        raw.append(line.strip())
        gap_before.append(blank)
        numbers.append(number)
        blank = False
    return content, raw, gap_before, numbers


def summary_box_above(content: list, title_at: int, first: int) -> set:
    """The lines of a summary box between the title and the text's first line ("Key Takeaways" or
    "Key points:" over its items, a short heading over bulleted points), items running into the
    text included (:func:`archive.extract.boilerplate.summary_box_at`)."""
    for heading in range(title_at + 1, min(first + 1, len(content))):
        after = boilerplate.summary_box_at(content, heading)
        if after > heading + 1:
            return set(range(heading, after))
    return set()
