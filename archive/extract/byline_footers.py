"""The bylines a page prints under its text: a wire's sign-off ("Reporting by Jane Doe in Qamishli;
Editing by ..."), a labelled byline in the block under the text ("Author Jane Doe"), a short note on
the writer ("Jane Doe is a reporter for the Star."). The header's bylines are
:mod:`archive.extract.bylines`; these read their names with its :func:`split_byline`.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract import paragraphs
from archive.extract.byline_splits import split_byline
from archive.extract.bylines import byline
from archive.extract.data import data_sections, english_words
from archive.extract.header_labels import labels
from archive.extract.paragraphs import plain
from archive.extract.person_names import bare_name, person_name

_SIGNOFF = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<names>[^;()]+?)"
    r"(?:\s+in\s+[^;()]+)?\s*(?:[;)]|$|,?\s+(?:editing|edited|writing)\s+by)",
    re.I,
)



def signoff_author(line: str) -> Optional[str]:
    """The reporters a wire sign-off names ("Reporting by Jane Doe in Qamishli; Editing by ...")."""
    match = _SIGNOFF.match(line)
    if not match:
        credited = paragraphs.reporter_credit(line)  # "Jane Doe reported from Erbil."
        split = split_byline(credited) if credited else None
        return split[0] if split else None
    names = re.sub(r"\s+in\s+\S.*$", "", match.group("names").strip())
    split = split_byline(names)
    return split[0] if split else None


def footer_byline(line: str) -> Optional[str]:
    """The name of a labelled byline in the block under the text, the label's colon perhaps
    missing ("Author Jane Doe"), or None."""
    found = byline(line)
    if found:
        return found[0]
    match = labels()["author_loose"].match(plain(line))
    if not match or len(line) > 80:
        return None
    words = line.split()
    return bare_name(" ".join(words[len(words) - len(match.group("value").split()):]))


_BIO = re.compile(r"^(?P<name>[^\W\d_][\w'’.\- ]{2,60}?)\s+(?:is|was)\s+(?:a|an|the|our)\s+(?P<rest>.+)$")
BIO_AUTHOR_WORDS = 25  # a note on the writer under the text is short


@functools.lru_cache(maxsize=1)
def _reporter_roles() -> frozenset:
    return frozenset(plain(w) for w in data_sections("header_labels.txt").get("reporter_roles", ()))


def bio_author(paragraph: str) -> Optional[str]:
    """The writer a short note under the text names ("Jane Doe is a Montreal-based reporter for
    the Star.", "Staff reporter Jane Doe covers ..."): a person's name, then "is a", then a newsroom
    role (``[reporter_roles]``), or the role before the name; or None."""
    if len(paragraph.split()) > BIO_AUTHOR_WORDS:
        return None
    led = _role_led(paragraph.strip())
    if led:
        return led  # "Reporter Jane Doe is ...": the role before the name says she is the newsroom's
    match = _BIO.match(paragraph.strip())
    if not match:
        return None
    name = match.group("name").strip()
    if bare_name(name) != name or all(w.lower() in english_words() for w in name.split()):
        return None
    roles = _reporter_roles()
    words = [plain(w).strip(".,;:()") for w in match.group("rest").split()]
    return name if any(w in roles or w.rstrip("s") in roles for w in words) else None


_LED_BIO = re.compile(r"^(?P<name>[^\W\d_][\w'’.\- ]{2,60}?)\s+(?:is|was|has been|covers|writes|reports|joined)\s")


def _role_led(paragraph: str) -> Optional[str]:
    """The name of a note opening with the writer's newsroom role ("Reporter Jane Doe is ...",
    "Staff correspondent Jane Doe covers ..."): a role word of ``[reporter_roles]`` among the
    capitalised or small words before a person's name of two to four words; or None."""
    match = _LED_BIO.match(paragraph)
    if not match:
        return None
    words = match.group("name").split()
    roles = _reporter_roles()
    for k in range(1, min(3, len(words) - 1)):
        lead, name = words[:k], " ".join(words[k:])
        if plain(lead[-1]).strip(",") in roles and 2 <= len(words) - k <= 4 and bare_name(name) == name \
                and person_name(name):
            return name
    return None
