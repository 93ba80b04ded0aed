"""A group's or network's brand taken for the outlet, where the page names its own title (issue #13,
round 27, family 1).

A regional network's portal writes its brand over the title's masthead ("Lakeside" over "The
Lakeside Courier", "Lakeside Network" at the foot); a group's web brand stands where the printed
title's name closes the page ("Lakecity Courier, part of Harbour plc"). The title wins over its owner:

- **"Title, part of Group"** (:func:`part_of_title`): a foot line naming a title and the group it
  belongs to ("..., part of ...", "... is part of ...", "... is a member of ...") names the title;
  it replaces an outlet the data does not know that is no title it names.
- **the outlet is a group's word** (:func:`network_title`): the page writes the outlet found with
  a group's word after it ("Lakeside Network", ``archive/data/outlet_group_words.txt`` and the
  company forms): the outlet is the network. Another name-like line of the page's head that the
  page confirms (the file's own name spells it, or the page writes it again on another line) is
  the title.

Data-free but for the group words; the lines are the page's.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_lines
from archive.model import collapse_whitespace

_PART_OF = re.compile(r"^(?P<title>[^\W\d_][^,|·•]{1,60}?)(?:,\s*|\s+[-–—]\s+|\s+is\s+)(?:a\s+)?(?:part|member) of\s+"
                      r"(?P<group>[^\W\d_].{1,60}?)\.?$", re.I)
FOOT_LINES = 8  # the foot's lines read
HEAD_LINES = 6  # the head's lines where a title's masthead stands


@functools.lru_cache(maxsize=None)
def _group_after() -> re.Pattern:
    words = sorted(data_lines("outlet_group_words.txt"), key=len, reverse=True)
    return re.compile(r"\s+(?:%s)\.?$" % "|".join(re.escape(w) for w in words), re.I)


def part_of_title(outlet: Optional[str], foot: list, known) -> Optional[str]:
    """The title a foot line names beside its group ("Lakecity Courier, part of Harbour plc"), where
    ``outlet`` is no name the data knows and not that title; else None."""
    from archive.extract.outlet_names import name_key, plausible_name

    if outlet and known(outlet):
        return None
    for line in list(foot)[-FOOT_LINES:]:
        match = _PART_OF.match(collapse_whitespace(str(line or "")))
        if not match:
            continue
        title = match.group("title").strip()
        words = title.split()
        if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words) \
                or not words[0][:1].isupper() or not plausible_name(title):
            continue
        if outlet and name_key(title) == name_key(outlet):
            return None
        return title
    return None


def network_title(outlet: Optional[str], lines: list, source_path: Optional[str], known) -> Optional[str]:
    """The title the page's head names where ``outlet`` (no name the data knows) is a network's
    brand the page writes with a group's word after it (module doc); else None."""
    from archive.extract.folder_outlets import file_spells
    from archive.extract.masthead_lines import holds_in_a_row, name_words, unknown_masthead
    from archive.extract.outlet_names import name_key

    if not outlet or known(outlet):
        return None
    key = name_key(outlet)
    grouped = False
    for line in lines:
        line = collapse_whitespace(str(line or ""))
        match = _group_after().search(line) if len(line) <= 80 else None
        if match and name_key(line[:match.start()]) == key:
            grouped = True
            break
    if not grouped:
        return None
    for at, line in enumerate(lines[:HEAD_LINES]):
        name = unknown_masthead(collapse_whitespace(str(line or "")))
        if not name or name_key(name) == key or _group_after().search(name):
            continue
        sequence = name_words(name)
        again = any(i != at and holds_in_a_row(str(other or ""), sequence) for i, other in enumerate(lines)
                    if len(str(other or "")) <= 120)
        if file_spells(source_path, name) or again:
            return name
    return None
