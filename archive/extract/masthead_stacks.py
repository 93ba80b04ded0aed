"""A logo block of single words is no masthead (issue #13, round 26).

A government's or a party's page often opens with its emblem's words stacked one a line (a
state motto: three single words, each capitalised, the page's first lines) and its name under
them. Each word alone may be the name of some outlet the data knows (a newspaper called
"Freedom"), so the reader takes the first for the masthead. A reader sees a block: lines of one
word each, three or more in a row, no line of the block a name of two words or more. The name
under the block ("Ministry of Water of Lakeland") is the page's.

:func:`unstacked` gives, for an outlet a text page's reader chose whose line is a word of such a
block, the first line after the block (among the page's first lines, over the headline) that is
a name: one the data knows, or one holding a noun of a kind of outlet or public body
(``archive/data/masthead_kinds.txt``: "Ministry", "Ministère", "Radio", ...). Else the outlet
stands.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import collapse_whitespace

STACK_LINES = 3  # a block has this many one-word lines in a row at least
HEAD_LINES = 12  # the block and the name under it stand among the page's first lines
NAME_WORDS = 12


def _one_word(line: str) -> bool:
    words = line.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].strip(".,;:!?").isalpha()


def stack_at(lines: list, line: str) -> Optional[tuple]:
    """``(start, end)`` of the block of one-word lines ``line`` stands in among ``lines``, else None."""
    target = collapse_whitespace(line or "")
    for i, text in enumerate(lines[:HEAD_LINES]):
        if collapse_whitespace(text) != target:
            continue
        if not _one_word(target):
            return None
        start = i
        while start > 0 and _one_word(collapse_whitespace(lines[start - 1])):
            start -= 1
        end = i + 1
        while end < len(lines) and _one_word(collapse_whitespace(lines[end])):
            end += 1
        return (start, end) if end - start >= STACK_LINES else None
    return None


def unstacked(outlet: Optional[str], written, lines: list, known) -> Optional[str]:
    """The name under the logo block the outlet's line stands in (module doc), else ``outlet``.
    ``written`` is the outlet as the page wrote it; ``lines`` the page's own lines; ``known`` the
    data's lookup (a canonical name or None)."""
    if not outlet or not lines:
        return outlet
    lines = [line for line in lines if collapse_whitespace(line)]
    block = stack_at(lines, str(written or outlet))
    if block is None:
        return outlet
    from archive.extract.first_line_mastheads import _kind_named

    for line in lines[block[1]:HEAD_LINES]:
        line = collapse_whitespace(line)
        words = line.split()
        if len(words) < 2 or len(words) > NAME_WORDS or line[-1:] in ".!?:":
            continue
        found = known(line)
        if found:
            return found
        if _kind_named(line):
            return line
    return outlet


CONTINUED_WORDS = 8  # the rest of a name its logo breaks over a second line is short


def continued(outlet: Optional[str], written, lines: list, known) -> Optional[str]:
    """The name a logo breaks over two lines, where the reader took its first line alone ("United
    Nations" over "Office on Drugs and Crime", "Institute for" over "Lakeside Studies"): the outlet's
    line and the next line of the page's head, joined, make a name the data knows, or one the page
    writes whole on another line (its copyright line: "© Name in full"). That name, else ``outlet``.
    A second line that closes a sentence, holds a separator of a menu or a tagline, or starts with
    a small letter is no part of the name. ``known`` is the data's lookup (a canonical name or None)."""
    if not outlet or not lines:
        return outlet
    target = collapse_whitespace(str(written or outlet))
    head = [collapse_whitespace(line) for line in lines[:HEAD_LINES]]
    if target not in head:
        return outlet
    at = head.index(target)
    rest = head[at + 1] if at + 1 < len(head) else ""
    words = rest.split()
    if not words or len(words) > CONTINUED_WORDS or not words[0][:1].isupper() \
            or rest[-1:] in ".!?:;," or any(mark in rest for mark in ("|", " > ", " / ", " · ", "•")):
        return outlet
    joined = f"{target} {rest}"
    found = known(joined)
    if found and found != outlet:
        return found
    whole = re.compile(r"(?<![\w'’-])" + re.escape(joined.casefold()) + r"(?![\w'’-])")  # whole words:
    # "Name News" is not written by "Name newsletter"
    if found is None and any(whole.search(collapse_whitespace(line).casefold())
                             for i, line in enumerate(lines) if i > at + 1):
        return joined
    return outlet
