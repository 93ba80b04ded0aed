"""An outlet named by the site name the import's other files state, where a page names it only in an
opening dateline or by a short form (issue #13, round 28, read from coll8 after its blind scores).

An Arabic site's pages open their text "الحسكة – Site Name: ..." (the place, a dash, the site, a
colon), as many regional sites do in every language ("QAMISHLI – Site Name:"); a saved copy of the
same site's page may state only the first word of its name ("Site", its logo's word). A page alone
cannot tell a site's name in its dateline from a reporter's or a desk's ("– خاص:", exclusive); the
import can: the name is the one its other files state as their site's (``og:site_name``, an outlet
cell, a masthead line: :class:`archive.extract.import_outlets.ImportNames`). So:

- a record with no outlet whose text opens with "Place – Name:" takes Name where
  ``MIN_SITE_FILES`` other files of the import state Name as their site's (:func:`dateline_site`);
- a record with no outlet whose byline or note about its writer names Name by the writer's role ("Jane
  Doe is a correspondent for Name.") takes Name where ``MIN_SITE_FILES`` other files state it as their
  site's: the page lost its masthead, the import's other pages of the outlet kept it (:func:`role_site`,
  round 32);
- an unknown outlet that is the first word or words of exactly one site name the import's other
  files state ``MIN_SITE_FILES`` times or more (a name of up to ``MORE_WORDS`` more words, not a
  masthead with its tagline) is that name (:func:`fuller_site`).
"""

from __future__ import annotations

import re
from typing import Optional

MIN_SITE_FILES = 2
MORE_WORDS = 2  # the words a fuller site name adds to the short form
_SEPARATED = re.compile(r"[|·•:/–—]|\s-\s")  # a masthead with its tagline ("Site | News of the region") is no name
DATELINE_CHARS = 80  # where an opening dateline stands: the text's first characters
_DATELINE = re.compile(r"^[^\n:–—-]{2,40}?\s+[–—-]{1,2}\s+(?P<name>[^\n:–—-]{2,50}?)\s*[:：]")


def dateline_site(names, text: Optional[str], path) -> Optional[str]:
    """The site named by an opening dateline "Place – Name:" that the import's other files state as
    their site's, as they write it; else None."""
    match = _DATELINE.match((text or "").lstrip()[:DATELINE_CHARS])
    if not match:
        return None
    name = " ".join(match.group("name").split())
    if names.stated_elsewhere(name, path) >= MIN_SITE_FILES:
        return names.forms.get(name.casefold(), name)
    return None


def fuller_site(names, outlet: str, path) -> Optional[str]:
    """The one site name the import's other files state ``MIN_SITE_FILES`` times or more that
    ``outlet`` opens ("Site" of "Site Name"); else None."""
    short = " ".join(outlet.casefold().split())
    if not short:
        return None
    longer = [key for key in _by_opening(names).get(short, ()) if names.stated_elsewhere(key, path) >= MIN_SITE_FILES]
    return names.forms.get(longer[0], longer[0]) if len(longer) == 1 else None


def _by_opening(names) -> dict:
    """``{opening words: site names they open}`` over the import's stated site names (those of up to
    ``MORE_WORDS`` more words, no tagline), built once an import: asked for every article without a
    known outlet, a scan of every name each time would grow with the import squared."""
    index = getattr(names, "_by_opening", None)
    if index is None or index[0] != len(names.sites):
        found: dict = {}
        for key in names.sites:
            words = key.split()
            if _SEPARATED.search(key):
                continue
            for cut in range(max(1, len(words) - MORE_WORDS), len(words)):
                found.setdefault(" ".join(words[:cut]), []).append(key)
        index = (len(names.sites), found)
        names._by_opening = index
    return index[1]


_ABOUT = re.compile(r"^(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|for|of|and|on|the|de|du|des|la|el|al)){0,6})"
                    r"\s+(?:is|are)\s+(?:an?|the)\s")


def role_site(names, text: Optional[str], path, raw=None) -> Optional[str]:
    """The site a writer's role names in the record's byline or closing note ("Name, Site Name
    correspondent", "Jane Doe is a reporter for Site Name."), or a note about the publisher under the
    text opens with ("Site Name is an independent organisation ..."), that the import's other files
    state ``MIN_SITE_FILES`` times or more as their site's, as the note writes it; else None."""
    import os

    from archive.extract.outlet_roles import role_names

    lines = [line for line in (text or "").split("\n") if line.strip()]
    head, foot = names.edges.get(os.path.abspath(path), ((), ())) if path else ((), ())
    if raw is not None and not foot:  # a web page's own lines under its text
        from archive.extract.outlet_guards import page_lines

        foot = tuple(page_lines(raw, lines).foot)
    lines = list(head) + lines + list(foot)  # a text file's own edges: the reader may have cut its closing note
    if not lines:
        return None
    about = [m.group("name").strip(" .") for m in (_ABOUT.match(" ".join(str(line).split())) for line in lines[-8:]) if m]
    for name in role_names(lines, -1) + about:
        if names.stated_elsewhere(name, path) >= MIN_SITE_FILES:
            return name  # as the note writes it in running text, not a masthead's capitals
    return None
