"""What a text file is before it is read as a page (issue #13, round 27): a note about the
collection (its folders and file names: no article, :mod:`archive.extract.collection_notes`), or an
e-mail forwarding an article saved as text (the forwarded article is the one read).

A forward saved as text ("---------- Forwarded message ---------", the forwarded header's "From:",
"Date:", "Subject:" lines, a colleague's short note above or under it) is read as the text under
the header (:func:`archive.readers.mail_forwards.forwarded`, a separator line over the header
required: a mail saved as text with its own header is a page like any other). The note and the
header are no part of the text; the title is the forwarded article's headline, else the subject
without its "Fwd:"; the header's date stands where the article states none. A note under the
header, over the article, is a short paragraph of one line ending no headline's shape that the
page reader would take for its first line: it is left out where the text under it opens with a
headline over header lines.
"""

from __future__ import annotations

import re
from typing import Callable

from archive.extract.collection_notes import NOTES, collection_note
from archive.readers import mail_forwards

NOTE_WORDS = 20  # a colleague's note under the forwarded header: one line of this many words at most
_BLOCKS = re.compile(r"\n\s*\n")


def read_document(text: str, path: str, profile, parse: Callable):
    """The record of a text file, read with ``parse`` (``parse_text_article``); raises ValueError
    for a note about the collection (module doc)."""
    if collection_note(text, path):
        raise ValueError(NOTES)
    forward = _forward(text)
    if forward is None:
        return parse(text, path, profile=profile)
    paragraphs = list(forward.paragraphs)
    if len(paragraphs) > 2 and _note(paragraphs[0]) and len(paragraphs[1].strip().split("\n")) >= 2:
        paragraphs = paragraphs[1:]  # the colleague's note under the header, over the article
    record = parse("\n\n".join(paragraphs), path, profile=profile)
    if not record.title and forward.subject:
        record.title = mail_forwards.without_prefixes(forward.subject)
    if record.published is None and forward.date:
        from archive.extract.bylines import date_in

        record.published = date_in(forward.date) or date_in(f"Date: {forward.date}")
    return record


def _forward(text: str):
    if "\n" not in text[:4000]:
        return None
    blocks = [b for b in _BLOCKS.split(text.replace("\r\n", "\n")) if b.strip()]
    found = mail_forwards.forwarded(blocks)
    return found if found is not None and found.separated and found.paragraphs else None


def _note(paragraph: str) -> bool:
    """A colleague's note: one line of a few words (module doc)."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    return len(lines) == 1 and len(lines[0].split()) <= NOTE_WORDS and not lines[0].rstrip().endswith(":")
