"""Blocks that close a page's text and are the page's, told by their shape in any language:

- an editor's note wholly in parentheses or brackets under the last paragraph ("(This story was
  published from a syndicated feed and not edited by our staff.)", "[Names have been changed.]"):
  a note on the text, not the story; a story never ends on a whole paragraph in brackets;
- a contact block: under the last paragraph of prose, a run of short lines ending no sentence (a
  heading, a department, an address, a telephone) holding an address or a telephone number
  ("Further details:" / "Press office" / "Tel. +00 00 000 00 00"): where to ask, not the text.
"""

from __future__ import annotations

import re

from archive.extract.paragraphs import ends_sentence

NOTE_WORDS = (6, 60)  # an editor's note: a sentence at least, a short paragraph at most
_BRACKETED = re.compile(r"^\s*(?:\((?P<p>[^()]+)\)|\[(?P<b>[^\[\]]+)\])\s*$")
_SENTENCE_END = re.compile(r"[.!?؟。]")


def closing_note(paragraph: str) -> bool:
    """Whether a paragraph is wholly in parentheses or brackets and holds a sentence of a few
    words: an editor's note on the text."""
    match = _BRACKETED.match(paragraph)
    if not match:
        return False
    inner = match.group("p") or match.group("b")
    return NOTE_WORDS[0] <= len(inner.split()) <= NOTE_WORDS[1] and bool(_SENTENCE_END.search(inner))


def without_closing_note(paragraphs: list) -> list:
    """The text without editor's notes in brackets closing it (never its only paragraph, nor one
    standing under a paragraph that ends no sentence)."""
    kept = list(paragraphs)
    while len(kept) > 1 and closing_note(kept[-1]) and ends_sentence(kept[-2]):
        kept.pop()
    return kept


CONTACT_LINE_WORDS = 10  # a line of a contact block: a heading, a name, a department, an address
CONTACT_RUN = 3  # this many lines at least
CONTACT_RUN_MAX = 12
PROSE_WORDS = 15  # the paragraph over the block: prose
_CONTACT = re.compile(r"@\w|https?://|www\.|\+?\d[\d ().-]{7,}\d")


def _unsentenced(line: str) -> bool:
    """A line ending no sentence, or a heading ending in a colon ("Further details:")."""
    return not ends_sentence(line) or line.rstrip().endswith((":", "："))


def without_contact_tail(paragraphs: list) -> list:
    """The text without a contact block under its last paragraph of prose: a run of short lines
    ending no sentence (:data:`CONTACT_RUN` or more), one of them an address or a telephone
    number, under a paragraph of prose that ends a sentence. Never the text's only prose."""
    at = len(paragraphs)
    while at > 0 and len(paragraphs) - at < CONTACT_RUN_MAX and len(paragraphs[at - 1].split()) <= CONTACT_LINE_WORDS \
            and _unsentenced(paragraphs[at - 1]):
        at -= 1
    run = paragraphs[at:]
    if len(run) < CONTACT_RUN or at == 0 or not any(_CONTACT.search(line) for line in run):
        return paragraphs
    above = paragraphs[at - 1]
    if len(above.split()) < PROSE_WORDS or not ends_sentence(above) or above.rstrip().endswith((":", "：")):
        return paragraphs
    return paragraphs[:at]
