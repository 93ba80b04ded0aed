"""An outlet's name in its page's script (issue #13, round 24): a page in Arabic script whose outlet
was found under a name in Latin letters (a footer's "© Sawt al-Nahr", a web page's ``og:site_name``)
is named as it writes itself in its own script, where it does: a name in Arabic script among the
page's own lines (its masthead, its footer) or in the name its file was saved under, whose
consonants the Latin name spells ("صوت النهر" for "Sawt al-Nahr"; the consonant skeletons of
:mod:`archive.extract.collection_outlets`: weak letters and vowels aside, four consonants at least).

Only a name the data does not know is changed (a known outlet is named by the data: its ``arabic:``
line), only on a plain-text page (a web page's stated name in Latin letters may be its site's in
several languages: the page's language links are not among the lines read), and only to a run of
the page's own lines: a part between separators ("صوت النهر - جميع الحقوق محفوظة"), a few words
long. A line writing the two names together ("Lake Press | ليك برس") is a brand in two scripts,
named by its Latin form, as :func:`archive.extract.outlet_names.canonical_outlet` names it.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Optional

from archive.extract.outlet_languages import has_arabic, in_arabic_script

RUN_WORDS = 5  # a name in a masthead or a footer is a few words
_PARTS = re.compile(r"\s+[-–—|·•:/»«]\s+|\s*[|·•»«]\s*|[()\[\]©]")
_LATIN_LETTERS = re.compile(r"[A-Za-z]")
_YEAR = re.compile(r"[\d\u0660-\u0669]+")


def page_script_name(outlet: Optional[str], lines: list, body: list, names: tuple = ()) -> Optional[str]:
    """The name in Arabic script ``lines`` (the page's own head and foot lines) or ``names`` (its file's
    names) write of ``outlet``, a name in Latin letters, where the page's ``body`` is in Arabic script;
    else None (module doc)."""
    from archive.extract.collection_outlets import SKELETON_LETTERS, arabic_skeleton, latin_skeleton

    if not outlet or has_arabic(outlet) or not _LATIN_LETTERS.search(outlet):
        return None
    if not in_arabic_script(" ".join(map(str, body))):
        return None
    wanted = latin_skeleton(re.sub(r"[^A-Za-z]", "", outlet))
    if len(wanted) < SKELETON_LETTERS:
        return None
    found = None
    for line in list(lines) + list(names):
        line = " ".join(str(line).split())
        if not has_arabic(line):
            continue
        for part in _PARTS.split(line):
            part = _YEAR.sub(" ", part or "").strip(" .,-–—")
            part = " ".join(part.split())
            if part and len(part.split()) <= RUN_WORDS and has_arabic(part) and arabic_skeleton(part) == wanted:
                if outlet.casefold() in line.casefold():
                    return None  # "Lake Press | ليك برس": a brand in two scripts, named by its Latin form
                found = found or part
    return found


def file_names(source_path: Optional[str]) -> tuple:
    """The names a file was saved under: its name without its extension, and its folder's."""
    if not source_path:
        return ()
    path = PurePath(str(source_path).split("#", 1)[0])
    return tuple(name for name in (path.stem, path.parent.name) if name)
