"""One source's pages found by the name the import writes in full for their sign, for the order of
numeric dates (issue #13, round 28): :func:`named_sources`.

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

from archive.extract.import_outlets import ACRONYM, ImportNames, _host, acronym_part, site_of_domain

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
        host = _host(sign.lower())
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
