"""A domain's label spelled as words: the name a page writes whose words, run together, are the
label ("Times Colonist" for "timescolonist"), and a file name's first words that are
(:func:`file_spelled`); moved out of :mod:`archive.extract.furniture_outlets`, round 33."""

from __future__ import annotations

import re
from typing import Optional

LABEL_WORD_CHARS = 3
SPELLED_WORDS = 5
_CAPITALISED = re.compile(r"[^\W\d_][\w'’&-]*")


def page_spelled(label: str, content: list) -> Optional[str]:
    """The name the page writes for a domain's label as words, each capitalised, that run together
    are the label ("Times Colonist" for "timescolonist", "The Lake Star" for "thelakestar"), as the
    page writes it where it writes one such name; else None. The page's own writing of its site's
    name outranks the file name's capitalised word (round 29: "Timescolonist" was stored)."""
    found = {}
    for line in content:
        words = _CAPITALISED.findall(str(line or ""))
        for i, first in enumerate(words):
            if not first[:1].isupper():
                continue
            joined = ""
            for j in range(i, min(i + SPELLED_WORDS, len(words))):
                if not words[j][:1].isupper() and words[j].casefold() != "the":
                    break
                joined += re.sub(r"[^a-z0-9]", "", words[j].casefold())
                if j > i and joined == label:
                    name = " ".join(words[i:j + 1])
                    found.setdefault(name.casefold(), name)
                if len(joined) >= len(label):
                    break
    return next(iter(found.values())) if len(found) == 1 else None


def file_spelled(label: str, tokens: list) -> Optional[str]:
    """The file name's first words, capitalised, where together they are ``label`` ("the" before them
    or not); a single word of a few letters is left out (an acronym's case is unknown)."""
    for k in range(1, min(len(tokens), 4) + 1):
        words = tokens[:k]
        if not all(w.isalpha() and w.isascii() for w in words):
            return None
        joined = "".join(words)
        if joined not in (label, label[3:] if label.startswith("the") else None):
            continue
        if k == 1 and len(joined) <= 4 or any(len(w) < LABEL_WORD_CHARS for w in words):
            return None
        name = " ".join(w.capitalize() for w in words)
        return ("The " + name) if joined != label else name
    return None
