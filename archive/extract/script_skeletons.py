"""A site's name across scripts: a name in Arabic script and a site's Latin label spell one name
where their consonants agree (:func:`arabic_skeleton`, :func:`latin_skeleton`), and a collection's
reader-view site line lent the Arabic masthead the group's other files hold (:func:`script_forms`;
moved out of :mod:`archive.extract.collection_outlets`, round 33)."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.collection_outlets import MASTHEAD_WORDS, MIN_RECORDS, SITE_LABEL_CHARS, _HOST_LINE, _runs
from archive.extract.outlet_languages import has_arabic
from archive.model import collapse_whitespace

# A name in Arabic script and a site's Latin label spell one name where their consonants agree, the
# vowels, the weak letters (alif, waw, ya, ta marbuta, hamza, ain, ha) and doubled letters aside:
# "بادية بوست" and "badiyapost", "عنب بلدي" and "enabbaladi", "الجزيرة" and "aljazeera".
_ARABIC_CONSONANTS = {
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "چ": "j", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "ژ": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "j", "گ": "j", "ف": "f", "ڤ": "f",
    "ق": "k", "ك": "k", "ک": "k", "ل": "l", "م": "m", "ن": "n",
}
_ARABIC_WEAK = frozenset("اأإآءؤئعحهةوىيیەۆێ")
_LATIN_CONSONANTS = str.maketrans({"p": "b", "v": "f", "c": "k", "q": "k", "g": "j"})
_LATIN_WEAK = re.compile(r"[aeiouywh]")
SKELETON_LETTERS = 4  # a name and a label agree on this many consonants at least (fewer agree by chance)


def _collapsed(letters: str) -> str:
    return "".join(c for i, c in enumerate(letters) if not i or c != letters[i - 1])


def latin_skeleton(label: str) -> str:
    """A site label's consonants as :func:`arabic_skeleton` writes an Arabic name's."""
    return _collapsed(_LATIN_WEAK.sub("", label.casefold().replace("x", "ks").translate(_LATIN_CONSONANTS)))


def arabic_skeleton(name: str) -> Optional[str]:
    """An Arabic-script name's consonants in Latin letters (module comment above), or None where
    it holds another letter."""
    letters = []
    for char in name:
        if char in _ARABIC_CONSONANTS:
            letters.append(_ARABIC_CONSONANTS[char])
        elif char not in _ARABIC_WEAK and not char.isspace() and char not in "ـًٌٍَُِّْ":
            return None
    return _collapsed("".join(letters))


def script_forms(edges: dict, texts: dict) -> dict:
    """``{line key: name}`` for a reader view's site line ("ar.lakeherald.com") where a name in
    Arabic script whose consonants its label spells stands at the edges of other files of the
    group ("ليك هيرالد" as the masthead of the site's Arabic pages): the two at the edges of
    ``MIN_RECORDS`` files at least. The Arabic edition's pages take it (a Latin name is lent to
    pages in Latin script only: :func:`site_lines`)."""
    hosts = {}
    for key, text in texts.items():
        text = collapse_whitespace(text or "")
        if _HOST_LINE.match(text):
            labels = {latin_skeleton(part.replace("-", "")) for part in text.rstrip("/").split(".")[:-1]
                      if len(part) >= SITE_LABEL_CHARS}
            labels = {label for label in labels if len(label) >= SKELETON_LETTERS}
            if labels:
                hosts[key] = labels
    if not hosts:
        return {}
    wanted = set().union(*hosts.values())
    spelled = []  # (line key, the line's first run whose consonants spell a label, that label)
    for other, text in texts.items():
        text = collapse_whitespace(text or "")
        if other in hosts or not has_arabic(text):
            continue
        runs = list(_runs(text)) + ([text] if len(text.split()) <= MASTHEAD_WORDS else [])
        for run in runs:
            skeleton = arabic_skeleton(run)
            if skeleton in wanted:
                spelled.append((other, run, skeleton))
                break
    found = {}
    for key, labels in hosts.items():
        best, most = None, 0
        for other, run, skeleton in spelled:
            if skeleton in labels and edges.get(other, 0) > most:
                best, most = run, edges.get(other, 0)
        if best and edges.get(key, 0) + most >= MIN_RECORDS:
            found[key] = best
    return found
