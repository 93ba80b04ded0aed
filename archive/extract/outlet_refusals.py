"""Checks that refuse a weak outlet sign's value (issue #13): a wrong outlet stored without a word
is worse than none.

An outlet the data does not know, read from a weak sign (a masthead, a folder's or file's name, a
short line under the date, a copyright line's holder, the learned check's guess), is refused when

- it is page furniture by its shape: every word a verb of a share or print bar, a kind of
  document or section, or a word that stands beside those, with an acronym at most beside them
  ("Share Post", "Transcript", "GDP Country Profile"; words in ``archive/data/outlet_refusals.txt``);
- it is the person the page names as its author ("© 2025 Jane Doe" on a newsletter by Jane Doe:
  a writer's own copyright, not an outlet); a part of the byline in quotation marks is a title, not
  its writer ("Name, «Outlet»" names the outlet beside its writer: round 30);
- it is a product's heading: a short name, then a product's word ("X Newsletters", "X Podcasts";
  ``[products]`` of ``archive/data/outlet_refusals.txt``): the outlet's product, not the outlet;
- it is a breadcrumb trail by its shape ("Main / Press center / News", "Home > News");
- it is a reporter's role or desk ("Senior News Writer"), or a government portal's domain
  ("gov.ie"): :mod:`archive.extract.outlet_guards`;
- it is a person's name by its shape: one or two capitalised words and an initial ("Jana K.", a
  sender's display name); or a given name of ``archive/data/given_names.txt``, then one to
  three capitalised words that are no common English words ("© 2024 Naseem Al-Khatib" under a
  newsletter that prints no byline).

A name the outlet data knows is never refused here.
"""

from __future__ import annotations

import email.utils
import functools
import re
from typing import Optional

from archive.extract.data import data_lines, data_sections
from archive.extract.outlet_names import is_known, known_outlet, name_key
from archive.extract.web_hosts import EMAIL, SCHEMED_HOST as _HOST

_WORD = re.compile(r"[^\W\d_][\w&'’-]*|&")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")
_BARE_DOMAIN = re.compile(r"(?<![\w@.-])(?:[\w-]+\.)+[a-z]{2,}(?![\w.-])")


@functools.lru_cache(maxsize=None)
def _words() -> tuple:
    sections = data_sections("outlet_refusals.txt")
    strong = frozenset(w.casefold() for w in sections.get("bar_verbs", []) + sections.get("document_kinds", []))
    beside = frozenset(w.casefold() for w in sections.get("bar_nouns", []))
    return strong, beside


def furniture_name(name: Optional[str]) -> bool:
    """Whether ``name`` is page furniture by its shape: its words all bar verbs, document or
    section kinds and their companions, one at least a verb or a kind, an acronym at most
    beside them ("Share Post", "Transcript", "GDP Country Profile"; not "The Post", "Stuff")."""
    words = _WORD.findall(_BARE_DOMAIN.sub(" ", name or ""))  # "Subscribe lakeside.com": the bar's verb and its site
    if not words or len(words) > 5:
        return False
    strong, beside = _words()
    acronyms = [w for w in words if _ACRONYM.fullmatch(w)]
    rest = [w.casefold() for w in words if not _ACRONYM.fullmatch(w)]
    if len(acronyms) > 1 or not rest:
        return False
    return all(w in strong or w in beside for w in rest) and any(w in strong for w in rest)


def the_author(name: Optional[str], author: Optional[str]) -> bool:
    """Whether ``name`` is the page's author, or one of its authors ("Jane Doe and John Roe"),
    and a person's name by its shape (capitalised words, none a common English word: "Lake
    Herald" written as a desk's byline is no person)."""
    from archive.extract.person_names import person_name

    if not name or not author or not person_name(name):
        return False
    key = name_key(name)
    people = [p for p in re.split(r"\s*(?:,|\band\b|&|،|\bو)\s*", author) if not _QUOTED.fullmatch(p)]
    return bool(key) and any(name_key(p) == key for p in people + [author] if p)


# A byline's part in quotation marks is a publication's title, never a person ("Name, «Outlet»",
# "Name, „Outlet“", "Name, "Outlet"", 「Outlet」): the outlet the byline writes beside its writer.
_QUOTED = re.compile(r"\s*[«„“”\"'‘’‚‹「『《〈](?P<name>[^«»„“”\"‘’‚‹›「」『』《》〈〉]+)[»“”\"'’‘›」』》〉]\s*")


def refused(name: Optional[str], author: Optional[str] = None) -> bool:
    """Whether a weak sign's outlet ``name`` is refused (module doc); never a known outlet.
    ``author``: the page's author, where the outlet comes from the page (not from a record's field,
    where a desk's byline may repeat its outlet's name)."""
    if not name or is_known(name) or known_outlet(str(name)):
        return False
    from archive.extract.outlet_guards import a_role, portal_domain

    return furniture_name(str(name)) or the_author(str(name), author) or a_persons_name(str(name)) \
        or initialled_person(str(name)) or a_role(str(name)) or portal_domain(str(name)) or product_name(str(name)) or breadcrumb(str(name))


_CRUMB_ARROW = re.compile(r"\s[>»›](?:\s|$)")  # spaced: a tag's "<b>" is no arrow
_CRUMB_SLASH = re.compile(r"\s/\s")


def breadcrumb(name: Optional[str]) -> bool:
    """Whether ``name`` is a breadcrumb trail by its shape ("Main / Press center / News", "Home >
    News"): parts joined by an arrow, or three parts at least by a spaced slash (two may be one
    name in two languages)."""
    name = name or ""
    return bool(_CRUMB_ARROW.search(name)) or len(_CRUMB_SLASH.split(name)) >= 3


PRODUCT_WORDS = 4  # an outlet's name before its product's word is short


@functools.lru_cache(maxsize=None)
def _products() -> frozenset:
    return frozenset(w.casefold() for w in data_sections("outlet_refusals.txt").get("products", []))


def product_name(name: Optional[str]) -> bool:
    """Whether ``name`` is a product's heading by its shape: a short name, then a product's word as
    its last word ("Lakeside Newsletters" over a sign-up form, "Herald Podcasts"; words in
    ``[products]`` of ``archive/data/outlet_refusals.txt``): the outlet's product, not the outlet."""
    words = _WORD.findall(name or "")
    return 2 <= len(words) <= PRODUCT_WORDS + 1 and words[-1].casefold() in _products() \
        and words[-2].casefold() not in _products()


@functools.lru_cache(maxsize=None)
def _given_names() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("given_names.txt"))


def a_persons_name(name: Optional[str]) -> bool:
    """Whether ``name`` is a person's by its shape: a given name of the data (archive/data/
    given_names.txt), then one to three capitalised words, none a common English word ("Naseem
    Al-Khatib", a newsletter's writer in its copyright line; not "Dengê Tirbespiyê", "Omar Media")."""
    from archive.extract.person_names import person_name

    words = (name or "").split()
    if not 2 <= len(words) <= 4 or words[0].casefold() not in _given_names():
        return False
    return all(word[:1].isupper() for word in words) and person_name(name)


def initialled_person(name: Optional[str]) -> bool:
    """Whether ``name`` is a person's by the shape people sign with in any language: one or two
    capitalised words, then the family name's initial ("Jana K.", "Mary Ann T.", "Мария П."), as a
    sender's display name or a signature writes it. No outlet is named so."""
    words = (name or "").split()
    if not 2 <= len(words) <= 3 or not re.fullmatch(r"[^\W\d_]\.", words[-1]) or not words[-1][0].isupper():
        return False
    return all(re.fullmatch(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*", w) and w[0].isupper()
               and any(c.islower() for c in w) for w in words[:-1])


@functools.lru_cache(maxsize=None)
def _generic_labels() -> frozenset:
    return frozenset(w.casefold() for w in data_sections("outlet_refusals.txt").get("generic_subdomains", []))


def line_unit(line: str) -> Optional[str]:
    """The unit a footer or contact line names under a known body's web domain: a host the line
    writes under another known outlet's domain, whose first label is none of a site's own (an
    edition, a mirror, mail): "commonslibrary.parliament.uk" is a unit of the body parliament.uk
    names, and a line giving it ("Contact us: papers@parliament.uk | commonslibrary.parliament.uk")
    names the unit, not the parent. The unit's name where the data lists its host, "" (no outlet:
    refuse the parent) where it does not, None where the line names no unit."""
    from archive.extract.outlet_names import outlet_table

    domains = outlet_table().domains
    hosts = {h.lower() for h in _HOST.findall(line or "")} | {h.lower() for h in EMAIL.findall(line or "")}
    for host in sorted(hosts, key=len, reverse=True):
        host = host.removeprefix("www.")
        labels = host.split(".")
        if len(labels) < 3 or labels[0] in _generic_labels() or len(labels[0]) <= 2:
            continue
        parent = next((domains[".".join(labels[k:])] for k in range(1, len(labels) - 1)
                       if ".".join(labels[k:]) in domains), None)
        if parent is None:
            continue
        unit = domains.get(host)
        return unit if unit and unit != parent else ("" if unit is None else None)
    return None


_LOCAL_PARTS = re.compile(r"[._+-]+")


def _unaccented(word: str) -> str:
    """A word's letters without their accents, as a mailbox writes a name ("inês" is "ines")."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def personal_sender(value) -> bool:
    """Whether a From header ("Name <address>") is a person writing from a mailbox of their own name:
    the address's mailbox spells the display name's words (round 31): "Besa Dushku
    <besa.dushku@...>", "Sam <sam.r@...>" (the name and an initial), "Jana Novak <jnovak@...>",
    "Jana Novak <jananovak@...>"; the address's domain not spelling the name ("Lakeside
    <lakeside@lakeside.org>" is the outlet's own mailbox). A person's sender names no outlet."""
    display, address = email.utils.parseaddr(str(value or ""))
    written = re.findall(r"[^\W\d_]+", display)
    words = [_unaccented(w.casefold()) for w in written]  # "Inês Matos <ines.matos@...>" (round 33)
    if not words or len(words) > 3 or "@" not in address or not all(w[:1].isupper() for w in written):
        return False
    local, _, host = address.casefold().rpartition("@")
    joined = "".join(words)
    if any(label.replace("-", "") in (joined, words[0]) for label in host.split(".")[:-1]):
        return False  # the outlet's own domain
    parts = [p for p in _LOCAL_PARTS.split(local) if p]
    letters = "".join(parts)
    if not parts or not letters.isalpha():
        return False
    if len(words) == 1:  # "Sam <sam.r@...>": the given name and an initial or a surname
        return len(parts) == 2 and parts[0] == words[0] and len(words[0]) >= 2
    if len(parts) >= 2 and parts == words:
        return True  # "besa.dushku": a mailbox joined without a mark ("lakesidenotes") may be a newsletter's
    first, last = words[0], words[-1]
    if len(parts) >= len(words) and parts[0] == first and len(first) >= 2 \
            and all(part.startswith(word) for part, word in zip(parts[1:], words[1:])):
        return True  # "Jana N <jana.novak.research@...>": the given name, then each word opening its part
    return letters in (first[0] + last, first + last[0]) or parts in ([first[0], last], [first, last[0]])
