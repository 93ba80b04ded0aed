"""A name a page writes only as a source it quotes or credits ("By Jane Doe for X", "told X",
"according to X", "X reported"; the words are data: ``archive/data/outlet_credits.txt``) is no sign
of the page's own outlet (:func:`credited_only`, which ``outlet_agreement`` applies; moved out of
:mod:`archive.extract.outlet_guards`, round 33).

A wire credited inside a line under a known masthead is not the page's outlet (round 34,
:func:`masthead_over_credit`): a text page saved from a site opens with its masthead and credits a
news agency inside a line with other words (a picture's credit "Foto: Jane Doe/AGENCY", a byline shared
with the wire "Door Lakeside.nl/AGENCY"). The agency is the outlet only where nothing names the
publishing site: a known outlet's masthead on the first line, no wire and no aggregator, is the
publisher. A credit on a line of its own is :func:`archive.extract.wire_credits.masthead_over_wire`'s."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.outlet_names import is_known
from archive.extract.outlet_spellings import arabic_spellings, first_word, latin_spellings, on_page, written
from archive.model import collapse_whitespace


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



CREDIT_LINE_CHARS = 120  # a credit or byline line is short


def masthead_over_credit(outlet: Optional[str], written, lines: list) -> Optional[str]:
    """The known outlet the page's first line is the masthead of, where ``outlet`` is a wire that
    ``written`` (the wire as the reader read it) names inside a short line under it with other words
    (module doc); else None."""
    from archive.extract.outlet_names import canonical_outlet, outlet_table
    from archive.extract.wire_credits import is_wire, masthead_known

    if not outlet or not is_wire(outlet) or not written or not lines:
        return None
    written = collapse_whitespace(str(written))
    first = collapse_whitespace(str(lines[0]))
    own = masthead_known(first)
    if not own or is_wire(own) or own == canonical_outlet(outlet) or own in outlet_table().aggregators:
        return None
    credit = re.compile(r"(?<![\w-])" + re.escape(written) + r"(?![\w-])")
    for line in lines[1:]:
        line = collapse_whitespace(str(line))
        if line != written and len(line) <= CREDIT_LINE_CHARS and credit.search(line):
            return own
    return None
