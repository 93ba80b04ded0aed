"""An Arabic masthead the file's own name writes (issue #13, round 18): people save an Arabic site's
page under its name, in Arabic ("البوابة-مصريات.txt" under "البوابة نيوز") or in Latin letters
("sadaalsham-deir.txt" under "صدى الشام", "sawt-asima.txt" under "صوت العاصمة"). The Latin form
is matched by its consonants, as the search compares names across scripts
(:mod:`indexer.fulltext.skeletons`), the article's ل with or without.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Optional

from archive.extract.outlet_names import has_arabic
from indexer.fulltext.skeletons import word_skeleton

SKELETON_CHARS = 4  # a shorter consonant skeleton matches too many slugs ("lbn": albania, لبنان)
_TOKENS = re.compile(r"[-_\s.]+")
_DOUBLED = re.compile(r"(.)\1+")


def _skeleton(words: list, article: str = "") -> str:
    """The words' consonants as one run, the search's cross-script skeleton of each
    (:func:`indexer.fulltext.skeletons.word_skeleton`, which leaves an Arabic article out; with
    ``article``, an ال word's article written as that letter first), doubled letters made one."""
    return _DOUBLED.sub(r"\1", "".join(
        (article if w.startswith("ال") and len(w) > 3 else "") + word_skeleton(w) for w in words))


def _arabic_skeletons(name: str) -> set:
    """The name's consonant skeletons, the article's ل written ("nabadalwadi") and left out
    ("sawt-furat"), each of ``SKELETON_CHARS`` letters at least."""
    words = name.split()
    return {k for k in (_skeleton(words, "l"), _skeleton(words)) if len(k) >= SKELETON_CHARS}


def file_writes_arabic_name(source_path: Optional[str], name: str, title: Optional[str] = None) -> bool:
    """Whether the file's name opens with the Arabic ``name``: its first word in Arabic where the
    headline does not open so, or its Latin letters by their consonants (``SKELETON_CHARS`` at
    letters at least) over one, two or three of the file name's leading tokens."""
    if not source_path or source_path.startswith("<") or not name or not has_arabic(name):
        return False
    tokens = [t for t in _TOKENS.split(PurePath(source_path).stem) if t]
    first_word = name.split()[0]
    if tokens and has_arabic(tokens[0]):  # a slug goes on after the name's first word
        return len(tokens) > 1 and tokens[0] == first_word and len(first_word) > 3 \
            and not (title or "").startswith(first_word)
    skeletons = _arabic_skeletons(name)
    for n in (1, 2, 3):
        if n <= len(tokens) and all(t.isascii() and t.isalpha() for t in tokens[:n]) \
                and _skeleton(["".join(tokens[:n])]) in skeletons:
            return True
    return False


def file_named_masthead(content: list, lines: list, title_at: int, source_path: Optional[str]) -> Optional[str]:
    """The Arabic name on the page's first line that is no notice or link (a notice may stand over
    it), the outlet data not knowing it, that the file's name writes (:func:`file_writes_arabic_name`);
    a Latin one that the file's words before a number agree with in part ("lakeside-notes-19.txt"
    under "Lakeside Field Notes": :func:`archive.extract.outlet_domains.file_agrees`); else None."""
    from archive.extract.masthead_lines import masthead_name
    from archive.extract.outlet_names import is_known

    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1 or i >= title_at:
        return None
    name = masthead_name(content[i])
    if not name or is_known(name):
        return None
    if not has_arabic(name):  # a Latin name the file's words before a number agree with (round 20)
        from archive.extract.outlet_domains import file_agrees
        return name if file_agrees(source_path, name) else None
    return name if file_writes_arabic_name(source_path, name, content[title_at]) else None
