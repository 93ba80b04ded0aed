"""A record's body (JSON Lines, CSV) cleaned at its edges as a text page's is (issue #13, round 27).

A clipping tool or an export keeps a page's furniture under the story in the body field, often as
one block of short lines ("Comments" / "More from the Site" / "Follow us on ..."), which the record
cleaning (:func:`archive.extract.boilerplate.clean_record_paragraphs`) takes for one paragraph and
keeps. Here the first and the last blocks are parted into their lines where every line of them is
short (``LINE_WORDS``: a page's links and buttons, never a paragraph of prose wrapped), so each
line is judged as the text reader judges a line; and the notes closing the text that are the
page's (a licence notice, a note on how the text was made, a publisher's disclaimer:
:func:`archive.extract.closing_notes.without_disclaimers`) are left out as for text pages.

Round 39: a publishing system's credit line closing a feed's post ("The post <headline> appeared
first on <site>.", in its languages: ``archive/data/cms_credit_lines.txt``) is left out where the
record is the only one of its outlet in the file (the outlet's other records' repeated lines find
it otherwise: :class:`archive.extract.source_edges.SourceEdges`).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.closing_notes import without_disclaimers
from archive.extract.data import data_lines
from archive.extract.record_tails import without_tail_furniture

LINE_WORDS = 15  # a line of a block of furniture: this many words at most
_BLOCKS = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=1)
def _credit_templates() -> tuple:
    """``(opening words, words after the headline)`` of each line of cms_credit_lines.txt, folded."""
    return tuple(tuple(_folded(part) for part in line.split("|", 1))
                 for line in data_lines("cms_credit_lines.txt") if "|" in line)


def _folded(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split())


CREDIT_WORDS = 40  # a publishing system's credit line: this many words at most


def cms_credit(paragraph: str) -> bool:
    """A feed's credit line under a post: "The post <headline> appeared first on <site>." (its
    templates in their languages: ``archive/data/cms_credit_lines.txt``)."""
    if len(paragraph.split()) > CREDIT_WORDS:
        return False
    folded = _folded(paragraph)
    return any(folded.startswith(opening + " ") and after in folded[len(opening):]
               for opening, after in _credit_templates())


def _lines(block: str) -> list:
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return lines if len(lines) >= 2 and all(len(line.split()) <= LINE_WORDS for line in lines) else [block.strip()]


def record_body(body: str, names: tuple = (), repeated: frozenset = frozenset(), cut: Optional[list] = None) -> str:
    """The body with its edge blocks of short lines parted into lines, the page's closing notes
    left out (module doc) and the page's lines under the text judged as a text file's last lines
    (:mod:`archive.extract.record_tails`; ``names``: the record's own outlet's forms,
    :func:`archive.extract.record_tails.own_names`; ``repeated``: the lines closing its outlet's other
    records, :class:`archive.extract.source_edges.SourceEdges`; ``cut``, if given, receives the page's
    lines judged so); unchanged where nothing applies, never emptied."""
    if not body or not body.strip():
        return body
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b.strip() for b in _BLOCKS.split(text) if b.strip()]
    joiner = "\n\n"
    if len(blocks) == 1 and "\n" in blocks[0]:  # one paragraph a line
        blocks, joiner = [line.strip() for line in blocks[0].split("\n") if line.strip()], "\n"
        parts = blocks
    elif len(blocks) < 2:
        parts = blocks
    else:
        parts = _lines(blocks[0]) + blocks[1:-1] + _lines(blocks[-1])
    kept = without_disclaimers(parts) if len(blocks) >= 2 and joiner == "\n\n" else parts
    while len(kept) > 1 and cms_credit(kept[-1]):
        kept = kept[:-1]  # the feed's "The post <headline> appeared first on <site>."
    kept = without_tail_furniture(kept, names, repeated, cut) if kept else kept
    if kept == blocks:
        return body
    return joiner.join(kept) if kept else body
