"""The mark a press release or an agency's copy sets under its last paragraph (issue #13, round 33).

A release says where its text ends: "###", "-30-", "ENDS", and in each language its word for the end,
set apart with dashes or hashes ("- FUND -", "-ENDE-", "— FIN —", "*** KONIEC ***", "-انتهى-"). Under it
come the notes to editors, the press office's address and telephone, the mailing list's line: the
sender's, never the text's. The mark is known by its shape (one word between decorations, or the
word alone in capitals) and its word (``[end_marks]`` of archive/data/boilerplate.txt, many
languages): a decorated word the data does not hold ("— Advertisement —", "-- Anzeige --" set
between a story's paragraphs) is no mark, so the text above it is never cut at an advertisement's
label.
"""

from __future__ import annotations

import functools
import re

_DECOR = r"[-–—#*=~_·•]+"
_DECORATED = re.compile(rf"^{_DECOR}\s*(?P<word>[^\W\d_]{{2,10}})\s*{_DECOR}$")
_OPENING = re.compile(rf"^{_DECOR}\s*(?P<word>[^\W\d_]{{2,10}})\s*{_DECOR}\s+\S")
_WORDLESS = re.compile(r"^(?:#\s*#\s*#|[-–—]\s*30\s*[-–—])$")


@functools.lru_cache(maxsize=1)
def _words() -> frozenset:
    from archive.extract.data import data_sections

    return frozenset(line.strip().casefold() for line in data_sections("boilerplate.txt").get("end_marks", ()))


def end_mark(line: str) -> bool:
    """A line that is a release's end mark: a word of the data between decorations ("- FUND -"),
    alone in capitals ("ENDS"), or the marks without a word ("###", "-30-")."""
    text = " ".join(line.split())
    if len(text) > 30:
        return False
    if _WORDLESS.match(text):
        return True
    match = _DECORATED.match(text)
    if match:
        return match.group("word").casefold() in _words()
    word = text.strip(" .")
    return word.casefold() in _words() and (word.isupper() or word.upper() == word.lower())


def opens_with_end_mark(paragraph: str) -> bool:
    """A paragraph whose lines were run together under a decorated end mark ("- FUND - Press office
    Tel: ..."): the mark opens it."""
    match = _OPENING.match(" ".join(paragraph.split()))
    return bool(match) and match.group("word").casefold() in _words()
