"""One outlet, one name where a page writes an acronym and its expansion (issue #13, round 26).

A broadcaster's masthead writes "QBC", its site name "QBC - Qamishlo Broadcasting Corporation",
its footer "© 2024 Qamishlo Broadcasting Corporation"; a state broadcaster known by its letters
writes its full name in a footer line ("Follow us · Radio and Television of Lakeland"). A reader
takes one outlet and names it in full: the fullest form on the page whose capitalised words'
initials are the acronym's letters (words in lower case, "e", "de", "of", "y", are left out,
whatever the language). :func:`expanded` is called on the outlet chosen, for every format:

- an outlet the data does not know that is an acronym, or an acronym beside a name ("QBC -
  Qamishlo Broadcasting", "Qamishlo Broadcasting (QBC)"): the expansion the record's own outlet
  field or the page's head and foot lines write (the body's text is not read: a source it quotes
  may share the letters);
- a known outlet whose canonical name is an acronym: the alias of the data's that the page writes
  in a line that is no copyright line ("Follow us · Radio and Television of Lakeland"); a copyright
  line's holder is the company, whose legal name the outlet does not go by ("© 2024 Cable News
  Network": CNN; tried with copyright lines: CNN and RNZ pages' truths keep the acronym).

Data-free; the lines are the page's (:func:`archive.extract.outlet_guards.page_lines`).
"""

from __future__ import annotations

import re
from typing import Optional

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
# an acronym beside its name: "QBC - Name", "QBC: Name", "Name (QBC)", "Name - QBC"
_PAIRED = (re.compile(r"^(?P<acronym>[A-Z][A-Z&]{1,5})\s*[-–—|:·]\s*(?P<name>.+)$"),
           re.compile(r"^(?P<name>.+?)\s*(?:\(|[-–—|:·]\s*)(?P<acronym>[A-Z][A-Z&]{1,5})\)?$"))
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&|\S+")
_PARTS = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•©()\[\]«»\"“”]\s*|(?<!\b[A-Z])[.;,!?](?:\s|$)|:\s")
_COPYRIGHT = re.compile(r"©|\(c\)|&#169;|\bcopyright\b", re.I)
_INITIAL = re.compile(r"[A-Z]\.")  # a person's initial opening a name ("S. Lakeman School of ...")
SMALL_CHARS = 3  # a word in lower case this short inside a name is a joining word ("e", "de", "of")
HEAD_LINES, FOOT_LINES = 10, 10


def acronym_of(outlet: Optional[str]) -> Optional[str]:
    """The acronym an outlet's name is, or stands beside ("QBC", "QBC - Qamishlo Broadcasting"), else None."""
    name = (outlet or "").strip()
    if ACRONYM.fullmatch(name):
        return name
    for pattern in _PAIRED:
        match = pattern.match(name)
        if match:
            return match.group("acronym")
    return None


def _runs(part: str):
    """Runs of words in ``part`` that begin and end with a capitalised word, short words in lower
    case between them: the shapes a name has."""
    words = part.split()
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for j in range(len(words), i, -1):
            last = words[j - 1]
            if not last[:1].isupper():
                continue
            run = words[i:j]
            if all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= SMALL_CHARS) or w == "&"
                   for w in run):
                yield run
                break


def _letters(run: list) -> str:
    return "".join(w[0] for w in run if w[:1].isupper() or w == "&")


def expansions(acronym: str, lines) -> list:
    """The names ``lines`` write whose capitalised words' initials are ``acronym`` (case folded),
    as written, longest first; a name written in capitals alone is no expansion."""
    key = acronym.casefold()
    found = []
    for line in lines:
        for part in _PARTS.split(str(line or "")):
            if len(part) < len(acronym) + 4:
                continue
            for run in _runs(part):
                capitals = [w for w in run if w[:1].isupper()]
                for start in range(len(capitals)):  # a name may follow a verb or a label on the line
                    at = run.index(capitals[start]) if start else 0
                    tail = run[at:]
                    if _letters(tail).casefold() == key and len(tail) >= 2 and not all(w.isupper() for w in tail):
                        while at and _INITIAL.fullmatch(run[at - 1]):
                            at -= 1  # the initials before the name are its own, outside the acronym
                        found.append(" ".join(run[at:]).strip(" ,;:"))
                        break
    return sorted(dict.fromkeys(found), key=lambda n: (-len(n.split()), -len(n)))


def expanded(outlet: Optional[str], given, page, known, canonical) -> Optional[str]:
    """``outlet`` named in full where it is an acronym and the page writes its expansion (module
    doc); else ``outlet``. ``given`` is the record's own outlet as written, ``page`` its
    :class:`~archive.extract.outlet_guards.PageLines`; ``known``/``canonical`` the data's. Where no
    outlet was found, an acronym alone on one of the page's first lines (its logo) and its
    expansion at the page's head or foot are two signs that agree: the expansion."""
    if not outlet:
        return _masthead_acronym(page, known)
    if known(outlet):
        if not ACRONYM.fullmatch(outlet):
            return outlet
        lines = [line for line in list(page.head) + list(page.foot) + (list(page.lines) if page.whole else [])
                 if not _COPYRIGHT.search(str(line or ""))]
        return next((name for name in expansions(outlet, lines) if canonical(name) == outlet), outlet)
    acronym = acronym_of(outlet) or acronym_of(str(given or ""))
    if not acronym:
        return outlet
    lines = [str(given or "")] + list(page.head[:HEAD_LINES]) + list(page.foot[-FOOT_LINES:])
    if page.whole:
        lines += list(page.lines[:HEAD_LINES]) + list(page.lines[-FOOT_LINES:])
    names = [name for name in expansions(acronym, lines) if not known(name)]
    if not names:
        return outlet
    if acronym_of(outlet) is None and not names[0].casefold().startswith(outlet.casefold()):
        return outlet  # another name than the acronym's: kept
    return names[0]


LOGO_LINES = 3  # a logo's acronym stands among the page's first lines


def _masthead_acronym(page, known) -> Optional[str]:
    head = list(page.lines[:LOGO_LINES]) if page.whole else list(page.head[:LOGO_LINES])
    for line in head:
        line = str(line or "").strip()
        if ACRONYM.fullmatch(line) and not known(line):
            lines = list(page.lines[:HEAD_LINES]) + list(page.lines[-FOOT_LINES:]) if page.whole \
                else list(page.head) + list(page.foot)
            names = [name for name in expansions(line, lines) if not known(name)]
            return names[0] if names else None
    return None
