"""Plain text hard-wrapped at a column, its paragraphs joined again (issue #13, round 38).

A word processor's "Save as text" with line breaks, a mail client's 72 columns, a terminal's 80, a
"print" view copied out: each paragraph is broken into lines of nearly the same width, a blank
line (or nothing) between paragraphs. Read a line at a time, such a paragraph is a run of short
lines that end no sentence: the classifier judges each alone (too short, no stop), the text's
first lines are taken for its header's and its last for a footer's, and the body stored is
broken at every line.

Decided by shape alone, in any language and script:

- **the column**: the file is wrapped where most of its lines of several words are no longer than
  a terminal's width (:data:`WRAP_MAX`) and the longest of them that two others nearly reach, the
  column, is a line's width (:data:`WRAP_MIN` at least); a text whose paragraphs stand on one
  line each has lines longer than that and is left as it is;
- **a line broken there**: a line is continued by the next where no blank line parts them and the
  next line's first word would not have fitted on it (its length, a space and that word pass the
  column: the wrapping tool broke the line because of that word). A paragraph's last line is short:
  the next paragraph's first word would have fitted, so it stands alone, as do the header's lines
  (a name, a date, a headline shorter than the column);
- only where the file has :data:`MIN_JOINS` such breaks at least (a list of headlines and dates,
  each line under the column, has next to none).

A line opening with a list's mark is never joined to the line over it, and the lines joined must
end a sentence: a paragraph does, a list's headline over its date or time ("... in NE Syria" /
"2 hours ago") does not; nor do a listing's headline and its teaser's one sentence with the item's
date or "Read more" right under them (teaser_pages.item_end).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

WRAP_MIN = 50  # the narrowest column a text is wrapped at (characters)
WRAP_MAX = 100  # the widest: a line longer than this is a paragraph on one line
MIN_WORDS = 4  # the lines the column is read from: of this many words at least
MIN_LINES = 6  # such lines in the file at least
WRAPPED_SHARE = 0.8  # of those lines, at least this share within WRAP_MAX
MIN_JOINS = 3  # lines broken at the column in the file at least
NEAR_LINES, NEAR_CHARS = 3, 4  # the column: the widest line with two others at most this much narrower
_LIST_MARK = re.compile(r"^(?:[-*•·–—>]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")


def wrap_column(content: Sequence[str]) -> Optional[int]:
    """The column ``content`` (a file's non-blank lines) is hard-wrapped at, or None where it is not
    (see the module)."""
    widths = [len(line) for line in content if len(line.split()) >= MIN_WORDS]
    if len(widths) < MIN_LINES:
        return None
    within = [width for width in widths if width <= WRAP_MAX]
    if len(within) < WRAPPED_SHARE * len(widths):
        return None
    within.sort()
    # the widest line with others nearly as wide: a line a little over the column (an address, a
    # signature typed on one line) is no wrapped line
    column = next((width for at, width in reversed(list(enumerate(within)))
                   if at + 1 >= NEAR_LINES and within[at + 1 - NEAR_LINES] >= width - NEAR_CHARS), None)
    return column if column is not None and column >= WRAP_MIN else None


def continued(line: str, after: str, column: int) -> bool:
    """Whether ``line`` was broken at ``column`` before ``after``'s first word (see the module)."""
    words = after.split()
    if not words or len(line.split()) < 2 or _LIST_MARK.match(after):
        return False
    return len(line) + 1 + len(words[0]) > column


def joins(content: Sequence[str], gap_before: Sequence[bool]) -> list:
    """The indexes of the lines that go on with the line over them (none where the file is not
    hard-wrapped)."""
    column = wrap_column(content)
    if column is None:
        return []
    from archive.extract.paragraphs import ends_sentence

    found = [i for i in range(1, len(content))
             if not gap_before[i] and continued(content[i - 1], content[i], column)]
    from archive.extract.teaser_pages import item_end

    def listed(last: int) -> bool:  # a listing's item: its date or "Read more" right under it, no blank line between
        return last + 1 < len(content) and not gap_before[last + 1] and item_end(content[last + 1])

    kept, run = [], []
    for i in found + [None]:
        if run and (i is None or i != run[-1] + 1):
            # a paragraph ends a sentence; a headline over its date does not, nor a headline and its teaser's
            # sentence over the item's date
            if ends_sentence(content[run[-1]]) and not listed(run[-1]):
                kept.extend(run)
            run = []
        if i is not None:
            run.append(i)
    return kept if len(kept) >= MIN_JOINS else []


def unwrapped(content: list, raw: list, gap_before: list, numbers: list) -> tuple:
    """The text reader's lines (:func:`archive.readers.text_lines.split_lines`: the lines, as written,
    whether a blank line stands before each, their line numbers) with each hard-wrapped paragraph
    on one line, its first line's number and gap kept; unchanged where the file is not wrapped. A
    PDF viewer's page breaks inside the text are taken out first (:mod:`archive.extract.page_heads`),
    and a word hyphenated at a joined line's end is joined as a PDF's is (:mod:`archive.extract.hyphens`)."""
    from archive.extract.page_heads import without_page_breaks

    content, raw, gap_before, numbers = without_page_breaks(content, raw, gap_before, numbers)
    joined_at = set(joins(content, gap_before))
    if not joined_at:
        return content, raw, gap_before, numbers
    from archive.extract.hyphens import dehyphenate, joined

    lines, written, gaps, places = [], [], [], []
    for i, line in enumerate(content):
        if i in joined_at:
            lines[-1] = joined(lines[-1], line)
            written[-1] = f"{written[-1]} {raw[i]}"
            continue
        lines.append(line)
        written.append(raw[i])
        gaps.append(gap_before[i])
        places.append(numbers[i])
    return dehyphenate(lines), written, gaps, places
