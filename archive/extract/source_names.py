"""One source's pages found by the name the import writes in full for their sign, for the order of
numeric dates (issue #13, round 28): :func:`named_sources`; and, for the outlet, a note that names
none but is signed so (round 29): :func:`signed_site`.

The source groups of :mod:`archive.extract.date_groups` join an outlet's pages by the template they
share, or by the name they store. A collection also holds an outlet's pages that share neither: a
saved web page whose title ends "— XYZ" and whose footer is "© 2023 xyzreview.org", a short note
copied out as text signed "— XYZ" over its web address, and the outlet's newsletters sent by "The
Xavier Yellow Review". A reader of the collection knows they are one source's: the letters and the
address are the newsletter's name, which the import writes in full elsewhere
(:mod:`archive.extract.import_outlets`: an acronym's one full name over the import, a site's name
stated beside its address). Such pages write their numeric dates one way too (``6/16/2023`` on one
settles ``3/4/2023`` on the other), so they are one group: each page whose sign (a name it states,
a short edge line) is an acronym or an address the import names in full takes that name, and each
page stating that full name itself takes it too. Names are compared without case or a leading "The".
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.acronym_shapes import ACRONYM
from archive.extract.import_outlets import ImportNames, acronym_part, site_of_domain
from archive.extract.web_hosts import site_host

SIGN_CHARS = 60  # a short line at a text's edge read as a sign: a signature's letters, an address
_LEAD = re.compile(r"^[\s—–\-|·•©]+")


def name_key(name: Optional[str]) -> Optional[str]:
    """A name compared without case, spacing or a leading article ("The Xavier Yellow Review" and
    "Xavier Yellow Review" are one)."""
    folded = " ".join(str(name or "").casefold().split())
    folded = folded[4:] if folded.startswith("the ") else folded
    return folded or None


def full_name_of(sign: str, names: ImportNames) -> Optional[str]:
    """The name the import writes in full for ``sign``: an acronym ("XYZ", "— XYZ", "XYZ WIRE") its one
    full name, an address ("xyzreview.org/notes") the site name the import states for its host."""
    sign = _LEAD.sub("", str(sign or "")).strip()
    if not sign or len(sign) > SIGN_CHARS:
        return None
    acronym = sign if ACRONYM.fullmatch(sign) else acronym_part(sign)
    if acronym:
        return names.full_name(acronym)
    if " " not in sign:
        host = site_host(sign.lower())
        if host:
            return site_of_domain(host, names)
    return None


def named_sources(stated: dict, names: ImportNames) -> dict:
    """``{page number: name key}`` from ``stated`` (``{page number: the signs it states}``): a page whose
    sign the import names in full takes that name's key; a page stating such a name itself takes it too
    (module doc). Pages neither does are left out."""
    found: dict = {}
    for n, signs in stated.items():
        for sign in signs:
            full = full_name_of(sign, names)
            if full:
                found[n] = name_key(full)
                break
    wanted = set(found.values())
    for n, signs in stated.items():
        if n not in found:
            for sign in signs:
                key = name_key(sign)
                if key in wanted:
                    found[n] = key
                    break
    return found


SIGN_LINES = 3  # a note's signature and address close it: its last lines


def signed_site(names: ImportNames, path) -> Optional[str]:
    """The full name the import writes for the sign closing a text file that names no outlet: a
    signature of letters after a dash ("— XYZ") or the site's own address ("xyzreview.org/notes")
    among its last ``SIGN_LINES`` lines, where the import names it in full (:func:`full_name_of`:
    the one full name of those letters; the one site name stated for that host or spelled by its
    letters), as the import writes it; else None. Two signs naming two names give none."""
    import os

    edges = names.edges.get(os.path.abspath(path)) if path else None
    if not edges:
        return None
    found = {}
    for line in edges[1][-SIGN_LINES:]:
        line = " ".join(str(line or "").split())
        signature = _LEAD.match(line) and ACRONYM.fullmatch(_LEAD.sub("", line))
        if signature or (" " not in line and site_host(line)):
            full = full_name_of(line, names)
            if full:
                found.setdefault(name_key(full), full)
    return next(iter(found.values())) if len(found) == 1 else None
