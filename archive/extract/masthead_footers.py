"""A masthead the page names again at its foot (issue #13, round 18): an outlet the data does not
know, whose name stands on the page's first line and again among its last lines, in full or by its
initials ("Humanitarian Practice Network" over the text, "HPN is managed by ..." under it; "JUSTICE
FOR LIFE (JFL)" and "Justice for Life calls on ..."; "Support the GDP" under "Global Detention
Project"). A section's label or a kicker stands at a page's top too, but its foot names the site
that published it, so the two ends agreeing is the sign a careful reader uses.
"""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.outlet_forms import word_initials
from archive.extract.data import small_words
from archive.extract.masthead_lines import as_written, masthead_name
from archive.extract.outlet_names import has_arabic, is_known
from archive.model import collapse_whitespace

FOOT_LINES = 6  # the page's foot: its last lines
NAME_WORDS = 2  # a name repeated in full has this many words at least besides the small ones
INITIALS = 3  # initials repeated stand for a name of this many words at least
_SIDE = re.compile(r"\s+[|–—]\s+")
_ACRONYM = re.compile(r"\s*\((?P<short>[A-Z][A-Za-z]{1,9})\)$")


def _words(name: str) -> list:
    return [w for w in re.findall(r"\w+", name) if w.casefold() not in small_words()]


def named_at_foot(name: str, content: list, at: int = 0) -> bool:
    """Whether one of the page's last ``FOOT_LINES`` lines (under line ``at``) writes ``name`` again:
    opening a sentence ("Justice for Life calls on ..."; not "Tags: Name", "More from Name", a list's
    item), where it has two words at least besides the small ones, or its initials as a word in
    capitals, not a hashtag's, where it has three ("HPN" for "Humanitarian Practice Network")."""
    name = _ACRONYM.sub("", name)
    words = _words(name)
    if not words or has_arabic(name):
        return False
    opening = re.compile(r"^(?:©\s*)?(?:the\s+)?" + r"\W+".join(re.escape(w) for w in re.findall(r"\w+", name))
                         + r"\s+[^\W\d_]", re.I)
    initials = word_initials(words).upper() if len(words) >= INITIALS else None
    foot = content[max(at + 1, len(content) - FOOT_LINES):]
    for line in foot:
        line = collapse_whitespace(line)
        if len(words) >= NAME_WORDS and opening.match(line):
            return True  # a sentence it opens, "Name calls on ...", not a list's item or a label's "Tags: Name"
        if initials and re.search(r"(?<![\w#@])" + initials + r"(?!\w)", line):
            return True
    return False


def foot_masthead(content: list, lines: list, title_at: int) -> Optional[str]:
    """The name on the page's first line that is no notice or link (a notice may stand over it),
    the outlet data not knowing it, that the page's foot names again (:func:`named_at_foot`), the
    name as the page writes it in mixed case, else None. A tagline beside it ("Name | Policy
    papers") is left out unless the foot writes it too; so is its acronym in brackets ("JUSTICE FOR
    LIFE (JFL)")."""
    i = next((j for j in range(title_at) if j >= len(lines) or lines[j].furniture is None), None)
    if i is None or i > 1 or i >= title_at:
        return None
    line = collapse_whitespace(content[i])
    parts = _SIDE.split(line)
    if len(parts) == 2 and all(masthead_name(part) == part for part in parts) and not is_known(parts[0]) \
            and named_at_foot(line, content, title_at):
        return line  # a name of two parts, the foot writing both: "Hevdesti – Synergy Association for Victims"
    name = masthead_name(line) if len(parts) == 1 else masthead_name(parts[0]) if len(parts) == 2 else None
    if not name:
        return None
    name = _ACRONYM.sub("", name)
    if is_known(name) or not named_at_foot(name, content, title_at):
        return None
    return as_written(name, content[title_at + 1:]) if name.isupper() else name


def foot_form(name: Optional[str], content: list, at: Optional[int]) -> Optional[str]:
    """A masthead the page's foot confirms, the data not knowing it, as the foot writes it: its
    acronym in brackets left out, in mixed case where the foot writes it so ("JUSTICE FOR LIFE (JFL)"
    over "Justice for Life calls on ..."); any other name as it is."""
    if not name or at is None or is_known(name) or not named_at_foot(name, content, at):
        return name
    short = _ACRONYM.sub("", name)
    return as_written(short, content[at + 1:]) if short.isupper() else short
