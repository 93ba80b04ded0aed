"""The shapes an acronym and the name it abbreviates take on a line (issue #13; shared by
:mod:`archive.extract.outlet_acronyms`, which reads one page, and
:mod:`archive.extract.import_outlets` and :mod:`archive.extract.source_names`, which read an
import's files).

- :data:`ACRONYM`: letters in capitals alone ("QBC", "M&E"), two to six;
- :data:`PAIRED`: an acronym beside its name on one line ("QBC - Name", "QBC: Name", "Name (QBC)",
  "Name - QBC"), groups ``acronym`` and ``name``;
- :data:`NAME_PARTS`: where a line splits into the parts a name may stand in (a bar, a dash, a
  bracket, a sentence's end, a copyright sign);
- :func:`name_runs`: the runs of words in a part that have a name's shape (capitalised words, short
  words in lower case between them);
- :func:`expansions`: the names lines write whose capitalised words' initials are an acronym.

Data-free; no import of the project.
"""

from __future__ import annotations

import re

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
PAIRED = (re.compile(r"^(?P<acronym>[A-Z][A-Z&]{1,5})\s*[-–—|:·]\s*(?P<name>.+)$"),
          re.compile(r"^(?P<name>.+?)\s*(?:\(|[-–—|:·]\s*)(?P<acronym>[A-Z][A-Z&]{1,5})\)?$"))
NAME_PARTS = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•©()\[\]«»\"“”]\s*|(?<!\b[A-Z])[.;,!?](?:\s|$)|:\s")
_INITIAL = re.compile(r"[A-Z]\.")  # a person's initial opening a name ("S. Lakeman School of ...")
SMALL_CHARS = 3  # a word in lower case this short inside a name is a joining word ("e", "de", "of")


def name_runs(part: str):
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


def run_initials(run: list) -> str:
    """The initials of a run's capitalised words (and its "&"), as written."""
    return "".join(w[0] for w in run if w[:1].isupper() or w == "&")


def expansions(acronym: str, lines) -> list:
    """The names ``lines`` write whose capitalised words' initials are ``acronym`` (case folded),
    as written, longest first; a name written in capitals alone is no expansion."""
    key = acronym.casefold()
    found = []
    for line in lines:
        for part in NAME_PARTS.split(str(line or "")):
            if len(part) < len(acronym) + 4:
                continue
            for run in name_runs(part):
                capitals = [w for w in run if w[:1].isupper()]
                for start in range(len(capitals)):  # a name may follow a verb or a label on the line
                    at = run.index(capitals[start]) if start else 0
                    tail = run[at:]
                    if run_initials(tail).casefold() == key and len(tail) >= 2 and not all(w.isupper() for w in tail):
                        while at and _INITIAL.fullmatch(run[at - 1]):
                            at -= 1  # the initials before the name are its own, outside the acronym
                        found.append(" ".join(run[at:]).strip(" ,;:"))
                        break
        found += _sentence_cased(key, str(line or ""))
    return sorted(dict.fromkeys(found), key=lambda n: (-len(n.split()), -len(n)))


SENTENCE_NAME_WORDS = 8


def _sentence_cased(key: str, line: str) -> list:
    """A name in sentence case, as Slavic, Romance and other languages write an institution's name
    ("Centar za istraživačko novinarstvo"), paired with its acronym on a line of their own ("CIN -
    Centar za ...", "Centar za ... (CIN)"): its first word capitalised, every word longer than a
    joining word's initial in the acronym (round 31). Else []."""
    line = line.strip()
    for pattern in PAIRED:
        match = pattern.match(line)
        if not match or match.group("acronym").casefold() != key:
            continue
        words = match.group("name").split()
        if not words or len(words) > SENTENCE_NAME_WORDS or not words[0][:1].isupper() \
                or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words) or all(w[:1].isupper() for w in words):
            continue
        initials = "".join(w[0] for w in words if len(w) > SMALL_CHARS or w[:1].isupper())
        if initials.casefold() == key:
            return [" ".join(words)]
    return []
