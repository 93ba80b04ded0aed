"""A known outlet's name inside a longer name the page prints (issue #13, round 27, family 5).

A copyright line's holder may begin with a name the data knows and go on with more words: "©
Lakeside Courier Weekend" holds "Lakeside Courier". Where the words it goes on with are the page's
own masthead (its first lines write "Weekend" alone, over the menu), the longer name is the page's
title and the known name is another outlet's (or the same group's other title): the masthead and
the copyright line agree on the longer name (:func:`masthead_holder`). Data-free.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.model import collapse_whitespace

HEAD_LINES = 3  # the masthead stands among the page's first lines
FOOT_LINES = 8
_HOLDER = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*)?"
                     r"(?P<name>[^\W\d_][^|·•,.;]{1,60}?)(?:\s+(?:19|20)\d\d)?\s*(?:[|·•,.;].*)?$", re.I)


def masthead_holder(outlet: Optional[str], lines: list, known) -> Optional[str]:
    """The copyright holder "KNOWN MASTHEAD" (or "MASTHEAD KNOWN") where ``outlet`` is the known
    name and the page's masthead, a name the data does not know, the rest (module doc); else None."""
    from archive.extract.masthead_lines import unknown_masthead
    from archive.extract.outlet_names import known_outlet, name_key

    if not outlet or not known(outlet) or len(lines) < 2:
        return None
    heads = {name_key(name) for name in (unknown_masthead(collapse_whitespace(str(line or "")))
                                         for line in lines[:HEAD_LINES]) if name}
    heads.discard("")
    if not heads:
        return None
    own = name_key(outlet)
    for line in lines[-FOOT_LINES:]:
        match = _HOLDER.match(collapse_whitespace(str(line or "")))
        if not match:
            continue
        holder = match.group("name").strip()
        key = name_key(holder)
        if known(holder) or known_outlet(holder) or key == own:  # a spelling the data gives a known outlet
            continue
        if any(key in (own + head, head + own) for head in heads):
            return holder
    return None
