"""An outlet named by the page's note about its publisher, under the text (issue #13, eighth
round): a heading "About Name" ("À propos de Name", "Über Name", "Acerca de Name", "عن Name",
"Notes to editors" is none) over a paragraph that opens with the same name ("Name is a charity
..."), as press releases and statements end. Only where nothing else named the outlet."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_names import known_outlet, name_key, outlet_table, plausible_name
from archive.model import collapse_whitespace

_ABOUT = re.compile(r"^(?:about|à propos d[e']|a propos d[e']|über|acerca de|sobre|over|om|عن|حول)\s*(?P<name>.+?)\s*:?$", re.I)
NAME_WORDS = 6
REACH = 2  # the note opens within this many lines under the heading


def about_outlet(lines: list) -> Optional[str]:
    """The publisher the page's "About Name" note names (module doc), else None."""
    for i, line in enumerate(lines):
        line = collapse_whitespace(line)
        match = _ABOUT.match(line) if len(line) <= 80 else None
        if not match:
            continue
        name = match.group("name").strip(" :")
        words = name.split()
        if not 0 < len(words) <= NAME_WORDS or re.search(r"[.!?]$", name) or not plausible_name(name) \
                or name_key(name) in outlet_table().never or name.casefold() in ("us", "the author", "the authors"):
            continue
        if not (name[0].isupper() or not name[0].isascii()):
            continue
        for below in lines[i + 1:i + 1 + REACH]:
            below = collapse_whitespace(below)
            if len(below.split()) > len(words) + 3 and below.casefold().startswith(name.casefold()) \
                    and not below[len(name):len(name) + 1].isalnum():
                return known_outlet(name) or name
    return None
