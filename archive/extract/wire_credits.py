"""A wire's credit on a page that is another outlet's own (issue #13, round 24).

A paper, broadcaster or portal that runs an agency's story credits the agency in a line above or
below the text ("Agenturmeldung / AGENCY", "Source: AGENCY", "AGENCY/Staff"); the page itself is
still the publisher's: its masthead over the headline and its copyright line at the foot name the
publisher. Where the credit is labelled as one (:func:`labelled_credit`), two of the page's own signs that agree (the head writes the copyright holder's name, or
its initials as a logo does: "L.H.T." for "Lakeside Herald Tribune") outrank the one credit line
naming the wire, which is a source the page credits, not the page.

A wire is an outlet the data gives dateline tags (it writes its name into the dateline of the
stories it sends out); a copyright line naming the wire itself ("© 2024 AGENCY") keeps the wire.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.data import small_words
from archive.extract.masthead_lines import COPYRIGHT_LINE_CHARS, COPYRIGHT_SIGN, holds_in_a_row, name_words
from archive.extract.outlet_footers import copyright_holder, footer_outlet
from archive.extract.outlet_forms import word_initials
from archive.extract.outlet_names import canonical_outlet, is_known, known_outlet, name_key, outlet_table
from archive.model import collapse_whitespace

HEAD_LINE_CHARS = 120  # a masthead's or menu's line is short
INITIALS = 2  # a holder's initials have this many letters at least
# A token a logo writes as a name's initials, dotted or not: "L.H.T.", "LHT".
_INITIALS_TOKEN = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,6}|[A-Z]{2,6})(?![\w])")


@functools.lru_cache(maxsize=None)
def _wires() -> frozenset:
    """The outlets the data gives dateline tags: the agencies whose stories others run."""
    return frozenset(outlet_table().tags.values())


def is_wire(outlet: Optional[str]) -> bool:
    """Whether ``outlet`` (a canonical name) is an agency the data gives dateline tags."""
    return bool(outlet) and canonical_outlet(outlet) in _wires()


def _initials(name: str) -> set:
    """The initials a logo may write for ``name``: of all its words, and of all but its small ones."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    found = {word_initials(words).upper(), word_initials(words, small_words()).upper()}
    return {f for f in found if len(f) >= INITIALS and len(words) >= INITIALS}


def head_writes(name: str, head: list) -> bool:
    """Whether a short line of the page's head writes ``name``: its words in a row, or its
    initials as one token ("L.H.T. Home | Subscribe" for "Lakeside Herald Tribune"), or it is a
    spelling the outlet data gives the same known outlet ("الأهرام" for Al-Ahram)."""
    sequence = name_words(name)
    initials = _initials(name)
    known = canonical_outlet(name) if is_known(name) else None
    for line in head:
        line = collapse_whitespace(str(line))
        if not line or len(line) > HEAD_LINE_CHARS:
            continue
        if known and known_outlet(line) == known:
            return True
        if sequence and holds_in_a_row(line, sequence):
            return True
        if initials and any(token.replace(".", "") in initials for token in _INITIALS_TOKEN.findall(line)):
            return True
    return False


LABEL_WORDS = 3  # "Agency report", "Source", "Quelle": the label before a credit is short
_CREDIT_SEPARATOR = re.compile(r"\s*[/:|]\s*")


def labelled_credit(written: Optional[str], lines: list) -> bool:
    """Whether a line of the page credits ``written`` (a wire's name as the page wrote it) after a
    short label and a separator ("Agency report / AGENCY", "Source: AGENCY"). A wire's name alone
    under the headline is left as it is: the halves' truths disagree whether it names the story's
    writer (the wire) or a credit on the page of another outlet."""
    written = collapse_whitespace(str(written or "")).casefold()
    if not written:
        return False
    for line in lines:
        parts = _CREDIT_SEPARATOR.split(collapse_whitespace(str(line)))
        if len(parts) != 2 or parts[1].casefold() != written:
            continue
        label = parts[0].split()
        if 0 < len(label) <= LABEL_WORDS and all(w.isalpha() for w in label):
            return True
    return False


def own_over_wire(outlet: Optional[str], written: Optional[str], head: list, foot: list) -> Optional[str]:
    """The page's own outlet where ``outlet`` is a wire that a labelled credit line of the page's head
    names as ``written``: the holder a copyright line of the page's foot names, another outlet than
    the wire, which the page's head writes too (module doc); else None."""
    if not outlet or not is_wire(outlet) or not labelled_credit(written, head):
        return None
    wire = name_key(canonical_outlet(outlet) or outlet)
    for line in reversed(list(foot)):
        line = str(line)
        if len(line) > COPYRIGHT_LINE_CHARS or not COPYRIGHT_SIGN.search(line):
            continue
        holder = footer_outlet(line) or copyright_holder(line)
        if not holder:
            continue
        if name_key(canonical_outlet(holder) or holder) == wire:
            return None  # "© AGENCY": the wire's own copy
        known = canonical_outlet(holder)
        if head_writes(holder, head) or known and known != holder and head_writes(known, head):
            return known or holder
    return None



MASTHEAD_EXTRA_WORDS = 2  # "Name Haber", "Name Online News": a known name and a word or two after it


def masthead_known(line: str) -> Optional[str]:
    """The known outlet a masthead line names, whole or by its leading words with a word or two
    after them ("Lakeside Herald News": the section's or edition's word), else None."""
    words = collapse_whitespace(str(line or "")).split()
    if not words or len(words) > 8:
        return None
    for n in range(len(words), max(0, len(words) - MASTHEAD_EXTRA_WORDS - 1), -1):
        found = known_outlet(" ".join(words[:n]))
        if found:
            return found
    return None


def masthead_over_wire(outlet: Optional[str], written: Optional[str], lines: list) -> Optional[str]:
    """The page's own outlet where ``outlet`` is a wire the page credits on a line of its own under
    its first line (as ``written``, the line alone: "AGENCY" under the date) and the page's first line
    is the masthead of a known outlet that is no wire and no aggregator ("Lakeside Herald News" over
    the headline): the credit names the story's source, the masthead the publisher (round 26).
    Else None."""
    if not outlet or not is_wire(outlet) or not written or not lines:
        return None
    written = collapse_whitespace(str(written))
    if not any(collapse_whitespace(str(line)) == written for line in lines[1:]):
        return None
    first = collapse_whitespace(str(lines[0]))
    if first == written:
        return None
    own = masthead_known(first)
    if not own or is_wire(own) or own == canonical_outlet(outlet) or own in outlet_table().aggregators:
        return None
    return own
