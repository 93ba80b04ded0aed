"""A publication's own lines about who publishes it: the line under its masthead naming its
publisher ("Published daily by the Lakeside Institute": the publication is the outlet, not its
publisher; :func:`published_by`), and a line under the headline naming the publication the text
appeared in ("First published in Name": :func:`credited_in`). Moved out of
:mod:`archive.extract.masthead_outlets`, round 33."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.masthead_lines import OTHER_LINE_CHARS
from archive.extract.outlet_footers import footer_outlet
from archive.extract.outlet_names import name_key


# The line under a publication's name that says who publishes it: "Published daily by the Lowy
# Institute", "A publication of the Lakeside Trust", "A project of X".
PUBLISHER_LINE = re.compile(
    r"^(?:(?:published|produced|edited|brought to you)\b[\w\s]{0,20}?\bby|(?:a|an)\s+(?:publication|project|journal|"
    r"blog|magazine|newsletter|podcast|service)\s+(?:of|from|by))\s+(?P<name>[^.!?]{2,60}?)\.?$", re.I)


def published_by(content: list, at: int, current: Optional[str]) -> bool:
    """Whether the line under the masthead at ``at`` says who publishes it, naming the outlet read
    so far or none ("The Interpreter" over "Published daily by the Lowy Institute"): the
    publication is the outlet, its publisher's name on the page is not."""
    match = PUBLISHER_LINE.match(content[at + 1]) if at + 1 < len(content) else None
    if not match:
        return False
    if not current:
        return True
    publisher = re.sub(r"^the\s+", "", match.group("name").strip(), flags=re.I)
    return name_key(publisher) in (name_key(current), name_key(re.sub(r"^the\s+", "", current, flags=re.I)))


# "Published in Name, April 2nd, 2021", "This article first appeared in Name": the publication,
# not a company holding its rights.
_PUBLISHED_IN = re.compile(r"^(?:this (?:article|story|report|piece) )?(?:was |is )?(?:originally |first )?"
                           r"(?:published|appeared|ran) (?:in|on)\s+", re.I)


def credited_in(current: str, lines: list) -> bool:
    """Whether a line under the headline credits ``current`` as the publication the text appeared
    in: then it is the paper's name, and the masthead an edition's or a site's."""
    key = name_key(current)
    return any(len(line) <= OTHER_LINE_CHARS and _PUBLISHED_IN.match(line)
               and name_key(footer_outlet(line) or "") == key for line in lines)
