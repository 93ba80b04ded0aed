"""An Arabic masthead the file's own name writes (issue #13, round 18): people save an Arabic site's
page under its name, in Arabic ("البوابة-مصريات.txt" under "البوابة نيوز") or in Latin letters
("sadaalsham-deir.txt" under "صدى الشام", "sawt-asima.txt" under "صوت العاصمة"). The Latin form
is matched by its consonants: the Arabic name's letters mapped to the Latin letters that write them,
long vowels and the letters Latin spellings leave out (ع, ء, ة) dropped, the article's ل with
or without; the Latin slug's vowels dropped and doubled letters made one.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Optional

from archive.extract.outlet_names import has_arabic

SKELETON_CHARS = 4  # a shorter consonant skeleton (Latin letters) matches too many slugs ("lbn": albania, لبنان)
_LATIN = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z",
    "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "ي": "", "ى": "", "ا": "", "أ": "", "إ": "", "آ": "", "و": "",
    "ع": "", "ء": "", "ئ": "", "ؤ": "", "ة": "",
}
_TOKENS = re.compile(r"[-_\s.]+")


def _latin_skeleton(word: str) -> str:
    word = word.casefold().replace("q", "k").replace("ou", "").replace("c", "k")
    word = re.sub(r"[aeiouwy'’]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _arabic_skeletons(name: str) -> set:
    """The name's consonant skeletons in Latin letters, the article's ل kept and left out, each of
    ``SKELETON_CHARS`` letters at least."""
    words = name.split()
    found = set()
    for letters in ([ch for w in words for ch in w],
                    [ch for w in words for ch in (w[2:] if w.startswith("ال") and len(w) > 3 else w)]):
        skeleton = re.sub(r"(.)\1+", r"\1", "".join(_LATIN.get(ch, "") for ch in letters))
        if len(skeleton) >= SKELETON_CHARS:
            found.add(skeleton)
    return found


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
                and _latin_skeleton("".join(tokens[:n])) in skeletons:
            return True
    return False


def file_named_masthead(content: list, lines: list, title_at: int, source_path: Optional[str]) -> Optional[str]:
    """The Arabic name on the page's first line that is no notice or link (a notice may stand over
    it), the outlet data not knowing it, that the file's name writes (:func:`file_writes_arabic_name`),
    else None."""
    from archive.extract.masthead_lines import masthead_name
    from archive.extract.outlet_names import is_known

    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1 or i >= title_at:
        return None
    name = masthead_name(content[i])
    if not name or not has_arabic(name) or is_known(name):
        return None
    return name if file_writes_arabic_name(source_path, name, content[title_at]) else None
