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
    from archive.extract.script_skeletons import SKELETON_LETTERS, arabic_skeleton, latin_skeleton

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


# --- A known outlet's own name in its page's script, neither Latin nor Arabic (round 26) --------

_SCRIPT_LETTERS = {"greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "cyrillic": re.compile(r"[\u0400-\u04ff]"),
                   "hebrew": re.compile(r"[\u0590-\u05ff]"), "armenian": re.compile(r"[\u0530-\u058f]"),
                   "georgian": re.compile(r"[\u10a0-\u10ff]")}
_ANY_LETTER = re.compile(r"[^\W\d_]")
SCRIPT_SHARE = 0.5  # the page's text is in a script when half its letters are


def text_script(text: str) -> Optional[str]:
    """The script (one of ``_SCRIPT_LETTERS``) half the letters of ``text`` at least are in, else None."""
    letters = len(_ANY_LETTER.findall(text))
    if not letters:
        return None
    for script, pattern in _SCRIPT_LETTERS.items():
        if len(pattern.findall(text)) >= SCRIPT_SHARE * letters:
            return script
    return None


def own_script_form(outlet: Optional[str], written, lines: list, body: str, aliases) -> Optional[str]:
    """The spelling the outlet data gives a known ``outlet`` in the script of its page's ``body``
    (Greek, Cyrillic, Hebrew, ...: not Latin, not Arabic, whose name the data's ``arabic:`` line
    gives): the one the page writes (``written``, the record's outlet as written, or one of its
    ``lines``, case and accents aside), else the data's first in that script; ``outlet`` where the
    data gives none. ``aliases(outlet)`` gives the data's
    spellings. A newspaper in Greek letters names itself in Greek letters: the data's Latin
    canonical name is a transliteration."""
    if not outlet or _ANY_LETTER.search(outlet) is None or text_script(outlet):
        return outlet
    script = text_script(body[:3000])
    if script is None:
        return outlet
    from archive.extract.outlet_names import name_key

    pattern = _SCRIPT_LETTERS[script]
    forms = [alias for alias in aliases(outlet) if pattern.search(alias) and text_script(alias) == script]
    if not forms:
        return outlet
    keys = {name_key(str(written or ""))} | {name_key(" ".join(str(line).split())) for line in lines}
    for form in forms:
        if name_key(form) in keys:
            return form  # the spelling the page writes
    return forms[0]  # the data's first spelling in the script
