"""Agreement of independent signs on the title (issue #13, round 21): the file's name and the text's
first paragraph. Where the line the title's search took shares no word with the file's name, and
another headline-shaped line above the text shares words with both the file's name and the first
paragraph (more of the paragraph's than the line taken), that line is the title: a person who named
the file named it for the story, and the story's first sentence tells its subject again.

Only where the file's name has words (a number or an id names nothing); words compared by their
first letters (English "declared"/"declare", Arabic without its article).
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath
from typing import Optional

STEM = 5  # words compared by this many first letters
MIN_NAME_WORDS = 2  # a file's name of fewer words says nothing
MIN_PARAGRAPH_SHARED = 2  # words the line must share with the first paragraph
REACH = 6  # lines from the line taken to the one that replaces it
_WORD = re.compile(r"[^\W\d_]{3,}")
_ARTICLE = re.compile(r"^(?:وال|بال|فال|كال|لل|ال)(?=\w{3,})")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from archive.extract.data import data_lines

    return frozenset(w.casefold() for w in data_lines("stopwords.txt"))


def words(text: str) -> set:
    found = set()
    for word in _WORD.findall(text or ""):
        word = word.casefold()
        if word in _stopwords():
            continue
        found.add(_ARTICLE.sub("", word)[:STEM])
    return found


def name_words(source_path: str) -> set:
    return words(re.sub(r"[-_.+]", " ", PurePath(source_path or "").stem))


def agreeing(content: list, lines: list, found: Optional[int], start: int, passed: set, source_path: str) -> Optional[int]:
    """The line the signs agree on (module doc) instead of ``found``, else ``found``. ``passed``:
    lines that are never the title."""
    from archive.extract.page_layout import headline_like
    from archive.extract.title_guards import labelled_headline

    named = name_words(source_path)
    if found is None or len(named) < MIN_NAME_WORDS or start >= len(content) or words(content[found]) & named:
        return found
    paragraph = words(content[start]) if found < start else words(content[found + 1] if found + 1 < len(content) else "")
    taken = len(words(content[found]) & paragraph)
    best, best_score = found, None
    for j in range(max(0, found - REACH), min(start, found + REACH + 1)):
        if j == found or j in passed or lines[j].furniture is not None \
                or not (headline_like(content[j], lines[j]) or labelled_headline(content[j])):
            continue
        own = words(content[j])
        shared_name, shared_text = len(own & named), len(own & paragraph)
        if shared_name and shared_text >= MIN_PARAGRAPH_SHARED and shared_text > taken \
                and (best_score is None or shared_name + shared_text > best_score):
            best, best_score = j, shared_name + shared_text
    return best
