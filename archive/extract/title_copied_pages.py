"""A web page copied into an e-mail under the sender's own note (issue #13, round 32): "copied this
from a page I had open, for the water chapter." / "Rami", then the page as the browser gave it: its
masthead and menu perhaps, the headline, a standfirst or the byline, the date line, the text.

Such a message is no newsletter and forwards nothing (no "Forwarded message" block, or a reply's
"Original Message" line only), so the mail reader titled it by its subject ("alouk notes", "RE:
daybook - ...", "TdG – article copié") and dated it by its Date header, a day or more after the
page's own date. :func:`copied_page` finds the page by its shape, in any language: a headline-shaped
line (a few words, no sentence's end, no label, no date) among the message's first lines, a date line
within the next few header lines (the byline, a name, a standfirst, a stamp between them), then the
text's first paragraph. The page's lines from the headline on are what the text reader reads; the
note above them (the sender's words, the separator, the masthead) is no part of the article.
"""

from __future__ import annotations

import re
from typing import Optional

HEAD_LINES = 16  # the headline stands among the message's first lines (a note, a masthead, a menu over it)
HEADER_REACH = 4  # lines between the headline and its date line: standfirst, byline, kicker, stamp
HEADLINE_WORDS = (3, 30)
TEXT_WORDS = 15  # the text's first paragraph under the header: this many words at least
_LABEL = re.compile(r"^[^\s:]{1,25}(?:\s[^\s:]{1,25}){0,2}\s?:\s")  # "From: ...", "Subject: ...", "Sent: ..."
_END = re.compile(r"[.!?؟。:;]['\"”’»)]*$")
NOTE_WORDS = 10  # a line this long over the page is its sender's note, whatever its end
_END_OF_NOTE = re.compile(r"[.!?…؟]['\"”’»)]*$")
_SEPARATOR = re.compile(r"^\W{3,}|\bmessage\b\W*$", re.I)


def _lines(paragraphs: list) -> list:
    """The message's lines, a blank one between its paragraphs."""
    lines: list = []
    for paragraph in paragraphs:
        lines.extend(line.strip() for line in paragraph.splitlines() if line.strip())
        lines.append("")
    return lines


def _headline_shaped(line: str) -> bool:
    from archive.extract import bylines

    words = line.split()
    return HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] and not _END.search(line) \
        and not _LABEL.match(line) and not _SEPARATOR.search(line) and not line.isupper() \
        and not re.search(r"https?://|www\.|@", line) and not bylines.date_in(line) \
        and not bylines.header_byline(line)


def _header_then_text(lines: list, at: int) -> bool:
    """Whether a date line stands within :data:`HEADER_REACH` header lines under ``lines[at]``, and
    the text's first paragraph under the header."""
    from archive.extract import bylines

    dated, seen = False, 0
    for line in lines[at + 1:]:
        if not line:
            continue
        if dated and len(line.split()) >= TEXT_WORDS:
            return True
        seen += 1
        if seen > HEADER_REACH + 2:
            return False
        if bylines.date_in(line):
            dated = True
        elif not dated and seen > HEADER_REACH:
            return False
    return False


def _note_line(line: str) -> bool:
    """A line of the sender's note: prose (a sentence's end, or :data:`NOTE_WORDS` words at least),
    not a masthead's or a label's capitals."""
    return bool(line) and not line.isupper() and bool(_END_OF_NOTE.search(line) or len(line.split()) >= NOTE_WORDS)


def copied_page(paragraphs: list) -> Optional[str]:
    """The text of a page copied into a message under its sender's note, from its headline on (see
    the module), or None where the message's first lines hold no headline over a date line."""
    lines = _lines(paragraphs)
    head = [k for k, line in enumerate(lines) if line][:HEAD_LINES]
    for at in head:
        if _headline_shaped(lines[at]) and _header_then_text(lines, at):
            if not any(_note_line(line) for line in lines[:at]):
                return None  # no sender's note over it: the message opens with its own page (a press
                # release's masthead, "PRESS RELEASE", its dateline), and the reader's own reading stands
            text = "\n".join(lines[at:])
            return re.sub(r"\n{2,}", "\n\n", text).strip() + "\n"
    return None
