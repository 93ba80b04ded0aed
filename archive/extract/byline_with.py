"""A byline joining a writer to a second credit by "with" in the page's language ("Jane Doe with AFP",
"J.D. avec Belga", "Jane Doe avec John Roe (JRI)", "Jane Doe mit dpa"): the writer, and the second
credit by what it is.

The words are the byline openers ``archive/data/byline_words.txt`` reads only before names joined
(its third field ``joined``: "with", "avec", "mit", "con", "med", "met", ...). Between two credits:

- a news agency or outlet the outlet data knows after the word ("with AFP", "avec Belga"): the
  writer alone; the agency is a source of the text, no writer. The agency vouches for the line as a
  byline, so the writer may be signed by initials ("M.B. avec Belga"), as papers sign agency-based
  stories;
- a person's name (a role's letters in brackets after it left out: "(JRI)", "(photos)"): two
  writers, stored as "A and B" as the truths and the names' joiners write two writers.

Anything else ("Advertise with us", "La rédaction avec AFP": no person before the word, "Was
passiert mit den Kindern?") is no such byline.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

MAX_WORDS = 9  # a byline line this long at most
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]{1,2}\.\s?-?){1,3}$")  # "M.B.", "J.-P. D.", "A. B."
_BRACKETED = re.compile(r"\s*\([^()]{1,20}\)\s*$")  # "(JRI)", "(photos)"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from archive.extract.byline_openers import joined_only

    words = sorted(joined_only(), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"^(?P<first>\S.*?)\s+(?:" + "|".join(map(re.escape, words)) + r")\s+(?P<second>\S.*)$")


def _writer(name: str, signed_by_agency: bool) -> Optional[str]:
    from archive.extract.person_names import one_bare_name

    name = name.strip(" ,")
    if one_bare_name(name) == name:
        return name
    if signed_by_agency and _INITIALS.match(name):
        return name
    return None


def with_byline(line: str) -> Optional[tuple]:
    """(author, None) from "A <with> B" (module note), or None."""
    from archive.extract.outlets import known_outlet
    from archive.extract.person_names import one_bare_name

    line = " ".join(line.split())
    if not line or len(line.split()) > MAX_WORDS or line[-1:] in ".!?:;,":
        return None
    match = _pattern().match(line)
    if not match:
        return None
    first, second = match.group("first"), match.group("second").strip()
    if known_outlet(second):
        writer = _writer(first, signed_by_agency=True)
        return (writer, None) if writer else None
    other = _BRACKETED.sub("", second).strip()
    writer = _writer(first, signed_by_agency=False)
    if writer and other and one_bare_name(other) == other:
        return f"{writer} and {other}", None
    return None
