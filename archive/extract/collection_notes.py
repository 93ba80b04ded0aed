"""A file about the collection, not an article (issue #13, round 27): a team's README or notes kept
among the pages it describes ("Folders: one per month ...", "File names: YYYYMMDD_outlet_slug.txt",
"Newsletters: drag the e-mail into the folder (.eml)").

Known by what it talks about, never by its words: the files themselves. A line names a file when it
holds a file's name or a pattern of names ("slug.txt", "(.eml)", "*.html": an extension of the data's
``[file_kinds]``) or a name pattern's date placeholder ("YYYYMMDD", "DD-MM-YYYY": ``[placeholders]``).
A short text (``MAX_WORDS``) of which ``MIN_FILE_LINES`` lines or more name files, and at least
``FILE_LINE_SHARE`` of its lines, is such a note; so is one of the data's ``[note_names]`` ("README",
"LISEZMOI", "about") naming one file or more. An article may name a file ("the leaked
passwords.txt"), rarely on three lines of a short text, and never under a notes file's name.
Data: ``archive/data/collection_notes.txt``.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath

from archive.extract.data import data_sections

NOTES = "a note about the collection (its folders and file names), not an article"
MAX_WORDS = 600  # a team's note is short; an article longer than this is read as one
MAX_CHARS = MAX_WORDS * 20  # ... nor a file of more characters than such words could fill
MIN_FILE_LINES = 3
FILE_LINE_SHARE = 0.2
NAMED_FILE_LINES = 1  # under a notes file's name, this many lines naming files suffice


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return {name: frozenset(e.casefold() for e in entries)
            for name, entries in data_sections("collection_notes.txt").items()}


@functools.lru_cache(maxsize=1)
def _file_name() -> re.Pattern:
    kinds = "|".join(sorted(map(re.escape, _data()["file_kinds"]), key=len, reverse=True))
    places = "|".join(sorted(map(re.escape, _data()["placeholders"]), key=len, reverse=True))
    # "slug.txt", "*.eml", "(.html)", "YYYYMMDD_..."; not "U.S." nor "3.5"
    return re.compile(r"(?:[\w*-]\.|(?<![\w.])\.)(?:%s)\b|(?<![^\W_])(?:%s)(?![^\W_])" % (kinds, places), re.I)


_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def names_file(line: str) -> bool:
    """Whether a line names a file or a file-name pattern (module doc); a web address's file is a
    link's, not the collection's."""
    return bool(_file_name().search(_URL.sub(" ", line)))


def collection_note(text: str, path: str = "") -> bool:
    """Whether a text file is a note about its collection rather than an article (module doc)."""
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return False  # a long file is no team's note: not split whole
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    naming = sum(1 for line in lines if names_file(line))
    if naming >= MIN_FILE_LINES and naming >= FILE_LINE_SHARE * len(lines):
        return True
    stem = " ".join(re.split(r"[\s_.-]+", PurePath(path).stem.casefold())).strip() if path else ""
    return naming >= NAMED_FILE_LINES and bool(stem) and (stem in _data()["note_names"]
                                                        or stem.replace(" ", "") in _data()["note_names"])
