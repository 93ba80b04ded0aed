"""A story signed at its end: a closing line holding only the writers' names after a dash ("— Jane
Doe", "– Jane Doe and John Roe", "-- سلمى الحسن"), perhaps with the desk's initials in brackets after
them ("— Jane Doe (jd/kr)"), where it was filed or the writer's role ("— Jane Doe in Erbil"), standing alone under the last paragraph or a few lines below it, past
the tags, a share bar or a note (:func:`signed_under_text`).

The sign is the shape, in any language: a dash opening a short line, then one to three person
names joined by a comma or a joining word of the data (``name_joiners.txt``, read by
:func:`archive.extract.person_names.bare_name`), nothing else. A run of such lines is a list (a
team's page, a list of contributors), never a signature; a line of more words is a sentence or a
quotation's attribution ("— said Jane Doe").
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.person_names import IN_PLACE, JOINED, bare_name, person_name, role_line
from archive.model import collapse_whitespace

_DASH_LED = re.compile(r"^\s*(?P<dash>[—–―]|-{1,2})\s*(?P<names>[^\W\d_].*?)\s*$")
_INITIALS = re.compile(r"\s*\((?:[^\W\d_]{1,4}(?:\s*[/,]\s*[^\W\d_]{1,4}){0,3})\)$")  # "(jd)", "(jd/kr)"
SIGNATURE_WORDS = 12  # three names of up to four words, their joiners
SIGNATURE_REACH = 4  # lines under the text's last one where its signature may stand (past tags, a share bar)


def signature_names(line: str) -> Optional[str]:
    """The names of a closing signature ("— Jane Doe", "– Jane Doe and John Roe", "— Jane Doe
    (jd/kr)"), as written; None for any other line."""
    match = _DASH_LED.match(line)
    if not match:
        return None
    names = _INITIALS.sub("", collapse_whitespace(match.group("names"))).strip(" .")
    if not names or len(names.split()) > SIGNATURE_WORDS or any(c.isdigit() for c in names):
        return None
    names = _without_outlet_after(names)  # "— Jane Doe and John Roe, XYZ": the names, not their outlet
    found = bare_name(names)
    if found and found != names and (match.group("dash") == "-" or not _credit_after(names, found)):
        return None  # "— Jane Doe in Erbil", "— Jane Doe, Staff Writer": the name (a hyphen may be a list's bullet)
    if not found or not all(_person(part) for part in JOINED.split(found) if part and part.strip()):
        return None
    return found


def _credit_after(names: str, found: str) -> bool:
    """Whether a signature is the name, then where it was filed or the writer's role ("Jane Doe in
    Erbil", "Jane Doe, Staff Writer")."""
    if not names.startswith(found):
        return False
    rest = names[len(found):].strip(" ,")
    return bool(IN_PLACE.match(" " + rest)) or role_line(rest)


def _person(part: str) -> bool:
    """A person's name, its particles in small letters aside ("Layla bin Salem", "Lotte van Dijk")."""
    capitalised = [w for w in part.split() if not w[:1].islower()]
    return len(capitalised) >= 1 and person_name(" ".join(capitalised))


def signed_under_text(content: list, body_at: list, dropped: set) -> Optional[str]:
    """The writers a signature under the text names (:func:`signature_names`): the text's last line,
    or a line at most :data:`SIGNATURE_REACH` lines under it; the line is added to ``dropped``.
    None where no such line stands there, or where its neighbours are signatures too (a list)."""
    if not body_at:
        return None
    last = body_at[-1]
    for at in range(last, min(len(content), last + 1 + SIGNATURE_REACH)):
        names = signature_names(content[at]) or bracketed_signature(content[at]) or quoted_credit_signature(content[at])
        credit_under = names is None and at + 1 < len(content) and content[at].rstrip().endswith(",")
        if credit_under:
            names = quoted_credit_signature(content[at] + " " + content[at + 1])  # "Jane DOE," over "«Daily Courier»"
        if names is None:
            continue
        if (at > 0 and signature_names(content[at - 1])) or (at + 1 < len(content) and signature_names(content[at + 1])):
            return None  # a list of names, each after a dash: a team's, not the story's signature
        if at == last and (len(body_at) < 2 or at == body_at[0]):
            return None  # the text's only line
        dropped.update((at, at + 1) if credit_under else (at,))
        return names
    return None


def bracketed_signature(line: str) -> Optional[str]:
    """The writer of a wire's signature in brackets closing the text ("(Jane Doe/XYZ)", "(Jane Doe,
    XYZ)": a name, then the agency's letters after a slash or a comma); None for any other line (a
    name alone in brackets is a caption's credit as often)."""
    from archive.extract.byline_parts import signed_in_brackets

    line = collapse_whitespace(line)
    if not signed_in_brackets(line):
        return None
    found = bare_name(line)
    return found if found and all(_person(part) for part in JOINED.split(found) if part and part.strip()) else None


_QUOTED_CREDIT = re.compile(r"^(?P<name>[^\W\d_][^,«»„“”\"]{2,60}?),\s*[«„“\"]\s*[^«»„“”\"]{1,50}?\s*[»“”\"]"
                            r"(?:\s+[^\W\d_]+){0,2}\.?$")


def quoted_credit_signature(line: str) -> Optional[str]:
    """The writer of a closing line naming them, then a comma and their newspaper's name in quotation
    marks, perhaps with their role after it ("Иван ПЕТРОВ, «Вечерние вести» мухбири", "Jane DOE,
    «Daily Courier»"), as the press of the former Soviet states signs a story: a person's name of two
    to four words; None for any other line."""
    match = _QUOTED_CREDIT.match(collapse_whitespace(line))
    if not match:
        return None
    name = match.group("name").strip()
    if not 2 <= len(name.split()) <= 4 or bare_name(name) != name \
            or not _person(" ".join(w.title() if w.isupper() else w for w in name.split())):  # "Jane DOE"
        return None
    return name


_LETTERS = re.compile(r"[A-Z][A-Z&]{1,7}")
OUTLET_WORDS = 5


def _without_outlet_after(names: str) -> str:
    """The names of a signature without the outlet or desk after their last comma ("Jane Doe and
    John Roe, XYZ", "Jane Doe, Lakeside Monitor"): letters in capitals, an outlet the data knows, or
    a few capitalised words that are no person's name; else as written (two names apart by a
    comma stay two writers)."""
    head, comma, tail = names.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not head or not tail or bare_name(head) != head:
        return names
    from archive.extract.outlets import known_outlet

    words = tail.split()
    if _LETTERS.fullmatch(tail) or known_outlet(tail) or (
            len(words) <= OUTLET_WORDS and all(w[:1].isupper() for w in words) and not person_name(tail)):
        return head
    return names

