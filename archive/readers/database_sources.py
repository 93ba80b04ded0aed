"""A news database's source line as the publication's name (issue #13, round 33).

A database names the publication a document comes from in a line or field of its own: Nexis's
publication line over the date, Factiva's SN field, LexisNexis Academic's centred masthead. It
writes more than the paper's name there: the place of a paper whose name others share ("Cape
Times (South Africa)", "St. Louis Post-Dispatch (Missouri)", "Le Télégramme (Bretagne)", "The
Age (Melbourne, Australia)"), an edition ("The Guardian - Final Edition", "(Online)"), a desk of a
monitoring service ("BBC Monitoring Middle East - Political"), a supplier's note ("Supplied by BBC
Worldwide Monitoring"). None of it is the paper's name, which the paper's own masthead and a
researcher's citation write without it: :func:`publication_name` cuts it.

A bracket at the end is cut by its shape (a few capitalised words and commas, no digits: a place, an
edition, an acronym); a dash's part at the end only where it is an edition's, a desk's or a
language's words (``archive/data/outlet_database_qualifiers.txt``, ``language_names.txt``), as a
dash may join a name's own parts ("Pittsburgh Post-Gazette", "Sud Ouest - Bordeaux" is left whole).
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines, data_sections

BRACKET_WORDS = 5  # a qualifier in brackets is a few words
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,60})\)\s*$")
_DASH = re.compile(r"\s+(?:-{1,2}|–|—)\s+(?P<part>[^-–—]{2,40})$")
_QUALIFIER_WORD = re.compile(r"^(?:[^\W\d_][\w.'’/-]*|[a-z]{1,3})$")  # "South", "N.Y.", "f/k/a", "of"


@functools.lru_cache(maxsize=1)
def _phrases() -> tuple:
    sections = data_sections("outlet_database_qualifiers.txt")
    delivery = re.compile(r"\s+(?:" + "|".join(re.escape(p) for p in sections["delivery"]) + r")\s+\S.*$", re.I)
    words = set(sections["edition"]) | set(sections["desk"])
    for line in data_lines("language_names.txt"):  # "Agence France Presse -- English"
        words |= {name.strip() for name in line.split("|")[1:]}
    return delivery, frozenset(w.casefold() for w in words if w)


def _bracket_qualifier(inner: str) -> bool:
    """Whether a bracket's words are a qualifier's shape: a few words, each capitalised (or a small
    word between), no digits ("South Africa", "Melbourne, Australia", "Online", "WAM")."""
    if re.match(r"(?:f/k/a|formerly|vormals|anciennement)\s", inner, re.I):
        return True  # "National Post (f/k/a The Financial Post)": the paper's former name
    words = inner.replace(",", " ").split()
    return 0 < len(words) <= BRACKET_WORDS and not re.search(r"\d", inner) and words[0][:1].isupper() \
        and all(_QUALIFIER_WORD.match(word) for word in words)


def publication_name(line: Optional[str]) -> Optional[str]:
    """The publication's name a database's source line writes, its qualifiers cut (module doc);
    the line as it is where nothing is left."""
    if not line:
        return line
    delivery, words = _phrases()
    name = " ".join(line.split())
    name = delivery.sub("", name) or name
    for _ in range(3):
        bracket = _BRACKET.search(name)
        if bracket and _bracket_qualifier(bracket.group("inner")) and re.search(r"[^\W\d_]", name[:bracket.start()]):
            name = name[:bracket.start()].rstrip(" ,-–—")
            continue
        dash = _DASH.search(name)
        if dash and dash.group("part").strip(" .").casefold() in words and re.search(r"[^\W\d_]", name[:dash.start()]):
            name = name[:dash.start()].rstrip(" ,")
            continue
        break
    return name or line

