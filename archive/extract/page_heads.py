"""A PDF viewer's copy pasted as plain text: its page breaks read out of the text (issue #13, round 39).

Copied out of a PDF viewer (an e-paper, an NGO's report), a text keeps, where each page ended,
the page's number and its running head ("5" over "НОВОЕ ДЕЛО   № 12 (1433)   27 марта 2020 г.   6",
"4" over "A GENERATION IN LIMBO      newlinesinstitute.org"), standing between the last line of one
page and the first of the next. Read a line at a time they are short lines among the paragraphs,
kept in the body; a hard-wrapped reading (:mod:`archive.extract.hard_wraps`) would join them to the
text around them.

Decided by shape and by agreement between signs, in any language:

- **a running head**: a short line (:data:`HEAD_WORDS` words at most, ending no sentence) that the
  file writes again, word for word with its digits taken as one ("... 2020 г. 5" and "... 2020 г.
  6"), :data:`PAGE_LINES` lines or more apart, with a page number right over or under one of them at
  least, where the pages count up by one: the numbers beside the copies ("4" ... "5"), or the one
  number that changes between the copies (the page's, written in the head: "... 5", "... 6"). An
  export's date line over each of its stories ("March 10, 2019 Sunday" over "1") counts no pages;
- **a page number**: a line that is only a number ("5", "- 5 -", "Page 5 of 12":
  ``archive/data/page_numbers.txt``) right over or under a running head, or, with no head, one of
  two or more lone numbers counting up by one, each between blank lines, pages apart.

Only where they stand inside the text (:data:`NEAR_WORDS` words in the few lines over them, and under
them; a line of prose before and after them in the file) are they taken out: the
first page's head over the headline and the last page's under the text are left to the header's and
the footer's readings (a masthead's name and date are signs of the outlet and the date). Where the
line over the break ends no sentence, the paragraph goes on over the page: no blank line is left
between the two parts, so the wrapped reading joins them.
"""

from __future__ import annotations

import re
from typing import Sequence

HEAD_WORDS = 15  # a running head: at most this many words
PAGE_LINES = 4  # the copies of a running head (or the lone numbers) stand at least this many lines apart
PROSE_WORDS = 8  # a line of prose: at least this many words
NEAR_LINES, NEAR_WORDS = 3, 15  # a break stands in the text: this many words at least in the lines over it, and under
_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")
_NUMBER = re.compile(r"\d{1,4}")


def _key(line: str) -> str:
    """A line as compared with its copies: its words case-folded, each run of digits as "#"."""
    return _DIGITS.sub("#", " ".join(re.findall(r"\w+", line.casefold())))


def _page_number(line: str) -> bool:
    from archive.readers.pdf_layout import is_page_number

    return is_page_number(line)


def page_lines(content: Sequence[str], gap_before: Sequence[bool]) -> set:
    """The indexes of ``content``'s lines (a text file's non-blank lines, whitespace collapsed) that
    are a page break's running head or page number standing inside the text (see the module)."""
    from archive.extract.paragraphs import ends_sentence

    prose = [i for i, line in enumerate(content) if len(line.split()) >= PROSE_WORDS]
    if len(prose) < 2:
        return set()
    first, last = prose[0], prose[-1]
    numbers = {i for i, line in enumerate(content) if _page_number(line)}
    groups: dict = {}
    for i, line in enumerate(content):
        key = _key(line)
        if i in numbers or not re.search(r"[^\W\d_]", key) or len(line.split()) > HEAD_WORDS or ends_sentence(line):
            continue
        groups.setdefault(key, []).append(i)
    found: set = set()
    for places in groups.values():
        if len(places) < 2 or any(b - a < PAGE_LINES for a, b in zip(places, places[1:])):
            continue
        beside = {j for i in places for j in (i - 1, i + 1) if j in numbers}
        if not beside or not (_counting([_value(content[j]) for j in sorted(beside)])
                              or _counting(_changing([_DIGITS.findall(content[i]) for i in places]))):
            continue  # an export's date line over each story, a field's label over its value: no page's head
        found.update(places)
        found.update(beside)
    lone = sorted(i for i in numbers if i not in found and gap_before[i]
                  and (i + 1 >= len(content) or gap_before[i + 1]))
    counted = [i for i in lone if _NUMBER.search(content[i])]
    for a, b in zip(counted, counted[1:]):
        if b - a >= PAGE_LINES and int(_NUMBER.search(content[b]).group()) == int(_NUMBER.search(content[a]).group()) + 1:
            found.update((a, b))
    kept: set = set()
    for run in _runs(sorted(i for i in found if first < i < last)):
        over = content[max(0, run[0] - NEAR_LINES):run[0]]
        under = content[run[-1] + 1:run[-1] + 1 + NEAR_LINES]
        if all(sum(len(line.split()) for line in near) >= NEAR_WORDS for near in (over, under)):
            kept.update(run)  # text over and under the break (an export's header over its next story is none)
    return kept


def _value(line: str) -> int:
    return int(_NUMBER.search(line).group()) if _NUMBER.search(line) else -1


def _counting(values: list) -> bool:
    """Whether ``values`` count pages: two at least, each one more than the one before."""
    return len(values) >= 2 and all(b == a + 1 for a, b in zip(values, values[1:]))


def _changing(digits: list) -> list:
    """The one number that changes between a line's copies (each copy's runs of digits), or []."""
    if len({len(runs) for runs in digits}) != 1:
        return []
    changing = [at for at in range(len(digits[0])) if len({runs[at] for runs in digits}) > 1]
    return [int(runs[changing[0]]) for runs in digits] if len(changing) == 1 else []


def _runs(places: list) -> list:
    runs: list = []
    for i in places:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def without_page_breaks(content: list, raw: list, gap_before: list, numbers: list) -> tuple:
    """The text reader's lines with the page breaks inside the text taken out (see the module); a
    paragraph cut by the break (its line over it ending no sentence) goes on with no blank line."""
    dropped = page_lines(content, gap_before)
    if not dropped:
        return content, raw, gap_before, numbers
    from archive.extract.paragraphs import ends_sentence

    lines, written, gaps, places = [], [], [], []
    after_break = False
    for i, line in enumerate(content):
        if i in dropped:
            after_break = True
            continue
        gap = gap_before[i]
        if after_break:
            gap = not lines or ends_sentence(lines[-1])
            after_break = False
        lines.append(line)
        written.append(raw[i])
        gaps.append(gap)
        places.append(numbers[i])
    return lines, written, gaps, places
