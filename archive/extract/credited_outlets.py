"""A name a page writes only as a source it quotes or credits ("By Jane Doe for X", "told X",
"according to X", "X reported"; the words are data: ``archive/data/outlet_credits.txt``) is no sign
of the page's own outlet (:func:`credited_only`, which ``outlet_agreement`` applies; moved out of
:mod:`archive.extract.outlet_guards`, round 33)."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.outlet_names import is_known
from archive.extract.outlet_spellings import arabic_spellings, first_word, latin_spellings, on_page, written


@functools.lru_cache(maxsize=None)
def _credit_words() -> tuple:
    sections = data_sections("outlet_credits.txt")

    def words(section):
        return "|".join(re.escape(w) for w in sorted(sections.get(section, []), key=len, reverse=True))

    lead = re.compile(r"(?:^|[\s(\"“‘'])(?:" + words("before") + r")\s+(?:the\s+)?$", re.I)
    byline = re.compile(r"^(?:by\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,?\s+(?:" + words("byline")
                        + r")\s+(?:the\s+)?$", re.I)
    trail = re.compile(r"^(?:['’]s)?\s+(?:" + words("after") + r")\b", re.I)
    return lead, byline, trail


def credited_only(outlet: Optional[str], lines: list) -> bool:
    """Whether the page writes ``outlet``'s name (any spelling the data gives it, Latin or Arabic)
    only as a source it quotes or credits (module doc), at least once."""
    if not outlet:
        return False
    spellings = (latin_spellings().get(outlet) or []) + (arabic_spellings().get(outlet) or [])
    if not spellings and not is_known(outlet):
        spellings = [re.sub(r"^the\s+", "", str(outlet), flags=re.I)]
    spellings = on_page(spellings, lines)
    if not spellings:
        return False
    lead, byline, trail = _credit_words()
    credits = own = 0
    for line in lines:
        line = " ".join(str(line).split())
        folded = line.casefold()
        for spelling in sorted(spellings, key=len, reverse=True):
            if first_word(spelling) not in folded:
                continue
            matches = list(written(spelling, r"(?<![\w'’-])", r"(?![\w-])", re.I).finditer(line))
            for match in matches:
                before = line[:match.start()]
                if lead.search(before) or byline.match(before) or trail.match(line[match.end():]):
                    credits += 1
                else:
                    own += 1
            if matches:
                break
    return credits > 0 and own == 0
