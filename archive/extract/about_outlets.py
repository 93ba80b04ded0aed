"""An outlet named by the page's note about its publisher, under the text (issue #13, eighth
round): a heading "About Name" ("À propos de Name", "Über Name", "Acerca de Name", "عن Name",
"Notes to editors" is none) over a paragraph that opens with the same name ("Name is a charity
..."), as press releases and statements end. Only where nothing else named the outlet.

Also a newsletter's sender ("From: Name <name@...>") and a press contact's address on the
domain of a name the page writes ("press@lakesidetrust.org" and "Lakeside Trust"): the page's
publisher, where the address's letters spell its name (round 11); before that, a contact address near
the end on a known outlet's web domain (round 16, :func:`archive.extract.outlet_addresses.address_outlet`).
Last, a note under the text saying who publishes the page, and a newsletter's own footer (round 16)."""

from __future__ import annotations

import functools
import re
from typing import Optional

from archive.extract.outlet_forms import word_initials
from archive.extract.data import data_lines, data_sections, small_words
from archive.extract.masthead_lines import domain_labels, label_spells
from archive.extract.outlet_addresses import address_outlet
from archive.extract.web_hosts import EMAIL
from archive.extract.outlet_domains import sender_agrees
from archive.extract.outlet_names import canonical_outlet, known_outlet, name_key, outlet_table, plausible_name
from archive.extract.outlet_refusals import personal_sender, refused
from archive.model import collapse_whitespace

def _alternatives(section: str) -> str:
    """A data section's phrases as a pattern's alternatives, the longest first; spaces match any space."""
    phrases = sorted(data_sections("publisher_notes.txt")[section], key=len, reverse=True)
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)


_ABOUT = re.compile(r"^(?:" + _alternatives("about_headings") + r")\s*(?P<name>.+?)\s*:?$", re.I)
NAME_WORDS = 6
REACH = 2  # the note opens within this many lines under the heading


def _short_name(name: str, refused) -> bool:
    """Whether a note's ``name`` may be a publication's: one to ``NAME_WORDS`` words, none of the
    phrases ``refused`` (case folded), a plausible outlet name the outlet data does not refuse."""
    return 0 < len(name.split()) <= NAME_WORDS and name.casefold() not in refused and plausible_name(name) \
        and name_key(name) not in outlet_table().never


def about_outlet(lines: list) -> Optional[str]:
    """The publisher the page's "About Name" note names (module doc), else None."""
    for i, line in enumerate(lines):
        line = collapse_whitespace(line)
        match = _ABOUT.match(line) if len(line) <= 80 else None
        if not match:
            continue
        name = match.group("name").strip(" :")
        words = name.split()
        if re.search(r"[.!?]$", name) or not _short_name(name, _NOT_A_NAME):
            continue
        if not (name[0].isupper() or not name[0].isascii()):
            continue
        for below in lines[i + 1:i + 1 + REACH]:
            below = collapse_whitespace(below)
            if len(below.split()) > len(words) + 3 and below.casefold().startswith(name.casefold()) \
                    and not below[len(name):len(name) + 1].isalnum():
                return known_outlet(name) or name
    return None


_SENDER = re.compile(r'^from\s*:\s*"?(?P<name>[^<>"@]{2,60}?)"?\s*<(?P<local>[\w.+-]+)@(?P<host>[\w.-]+\.[a-z]{2,})>$', re.I)
SENDER_LINES = 6  # a saved e-mail's headers open it


def _spells(letters: str, name: str) -> bool:
    letters = letters.replace("-", "").replace(".", "").casefold()
    return name_key(name) in (letters, "the" + letters) or label_spells(letters, name)


def sender_outlet(lines: list) -> Optional[str]:
    """The newsletter a saved e-mail comes from: its "From:" header's name, where the address's
    mailbox or domain spells it ("From: Lakeside Notes <lakesidenotes@mail.example>"), else None.
    A person writing from a mailbox of their own name is no outlet: only a name of two words or
    more, none a person's initial. The domain may write part of the name ("From: Arab Reform
    Initiative <publications@arab-reform.net>": :func:`archive.extract.outlet_domains.sender_agrees`)."""
    for line in lines[:SENDER_LINES]:
        match = _SENDER.match(collapse_whitespace(line))
        if not match:
            continue
        name = match.group("name").strip()
        if personal_sender(f"{name} <{match.group('local')}@{match.group('host')}>"):
            continue  # "Jana Novak <jana.novak@...>": a person's own mailbox (round 31)
        labels = [match.group("local")] + match.group("host").split(".")[:-1]
        if 2 <= len(name.split()) <= NAME_WORDS and plausible_name(name) \
                and (any(_spells(l, name) for l in labels) or sender_agrees(name, [match.group("host")])):
            return canonical_outlet(name)
    return None


_CONTACT = re.compile(r"\b(?:" + _alternatives("contact_words") + r")\b", re.I)
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*")
CONTACT_LINES = 6  # the contact line stands among a page's last lines
CONTACT_LINE_CHARS = 160


def contact_outlet(lines: list) -> Optional[str]:
    """The publisher a press contact's address names, among the page's last lines ("For more
    information, please contact: press@lakesidetrust.org"): the name of two words or more the
    page writes whose letters the address's domain spells ("Lakeside Trust"); first, the known
    outlet whose web domain the address is on ("Tips? Email newsdesk@site.com", round 16:
    :func:`archive.extract.outlet_addresses.address_outlet`); else None."""
    known = address_outlet(lines)
    if known:
        return known
    labels = set()
    for line in lines[-CONTACT_LINES:]:
        found = EMAIL.findall(line)
        if len(line) <= CONTACT_LINE_CHARS and len(found) == 1 and _CONTACT.search(line):
            labels.update(part for part in found[0].split(".")[:-1] if len(part) > 3)
    if not labels:
        return None
    for line in lines:
        for run in _NAME_RUN.findall(line):
            words = run.split()
            for start in range(len(words)):
                for end in range(len(words), start + 1, -1):
                    name = " ".join(words[start:end])
                    if any(_spells(label, name) for label in labels) and plausible_name(name):
                        return canonical_outlet(name)
    return None


# "Forced Migration Review is published by the Refugee Studies Centre, ...", "Lakeside Post is owned
# by X Media": the page's own note under the text names the publication it is printed in.
_PUBLISHED_BY = re.compile(r"^(?P<name>[^\W\d_][^,.;:!?()]{1,60}?)\s+is\s+(?:published|owned)\s+by\s+\S", re.I)
# "This report is produced by COAR for aid actors": the producer is the outlet.
_PRODUCED_BY = re.compile(r"^this\s+(?:" + "|".join(map(re.escape, data_sections("publisher_notes.txt")["documents"]))
                          + r")\s+(?:is|was)\s+(?:produced|published)\s+by\s+(?:the\s+)?"
                          r"(?P<name>[^\W\d_][^,.;:!?()]{1,60}?)(?:\s+\((?P<short>[^()]{2,12})\))?(?=[,.;]|\s+(?:for|with|in|on|and)\s+(?-i:(?![A-Z]))|$)",
                          re.I)
PUBLISHED_NOTE_LINES = 8  # the note stands among the page's last lines
_NOT_A_NAME = frozenset(data_sections("publisher_notes.txt")["not_names"])  # "About us", "It is owned by"


def published_note_outlet(lines: list) -> Optional[str]:
    """The publication a note among the page's last lines names as published or owned by someone
    ("Forced Migration Review is published by the Refugee Studies Centre"), or as producing the
    page ("This report is produced by COAR for ..."), else None (round 16). The name is a short
    capitalised name, not a pronoun or a generic noun; a known outlet gets its one name."""
    for line in reversed(lines[-PUBLISHED_NOTE_LINES:]):
        line = collapse_whitespace(line)
        if len(line) > 240:
            continue
        match = _PUBLISHED_BY.match(line) or _PRODUCED_BY.match(line)
        if not match:
            continue
        name = match.group("name").strip()
        words = name.split()
        if not _short_name(name, _NOT_A_NAME) or not (name[0].isupper() or not name[0].isascii()):
            continue
        if sum(w[:1].isupper() for w in words) * 2 < len(words):
            continue  # a sentence's subject ("Water in the camp"), not a name
        return known_outlet(name) or canonical_outlet(name)
    return None


# A newsletter's own footer: "You're receiving this because you subscribed to Lakeside Ledger.",
# "Thanks for reading Lakeside Notes! Subscribe for free ...".
def _reading_formulas() -> str:
    """The formulas of ``archive/data/outlet_reading_formulas.txt`` as one alternation, longest first."""
    formulas = sorted({line.casefold() for line in data_lines("outlet_reading_formulas.txt")}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in formulas)


_SUBSCRIBED = re.compile(
    r"^(?:you(?:['’]re| are)\s+receiving\s+this(?:\s+(?:e-?mail|newsletter|message|letter))?\s+because\s+you\s+"
    r"(?:subscribed|signed\s+up|opted\s+in)\s+(?:to|for)\s+(?:the\s+)?(?P<name>[^!?]{2,60}?)|"
    r"(?:" + _reading_formulas() + r")\s+(?P<read>[^!?.,]{2,60}?))(?:\s*[.!](?:\s+.*)?)?$", re.I)


def subscription_outlet(lines: list) -> Optional[str]:
    """The newsletter a saved issue's own footer names ("You're receiving this because you
    subscribed to Lakeside Ledger.", "Thanks for reading Lakeside Notes! Subscribe for free", "You're
    reading Lakeside Notes. Forward it ...": ``archive/data/outlet_reading_formulas.txt``), else
    None (round 16). A capitalised name of a few words, or a known outlet's web address."""
    for line in reversed(lines[-PUBLISHED_NOTE_LINES:]):
        line = collapse_whitespace(line)
        match = _SUBSCRIBED.match(line) if len(line) <= 200 else None
        if not match:
            continue
        name = (match.group("name") or match.group("read") or "").strip(" .")
        if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name, re.I):
            return canonical_outlet(name) if known_outlet(canonical_outlet(name) or "") else None
        words = name.split()
        if not _short_name(name, _NOT_A_NAME):
            continue
        if not all(w[:1].isupper() or w.casefold() in small_words() for w in words):
            continue  # "Thanks for reading this far": no name
        opening = words[1] if words[0].casefold() == "the" and len(words) > 1 else words[0]
        if not opening[:1].isupper():
            continue  # a name opens with its own word, "the" at most before it: not "to the End", "in Full"
        return known_outlet(name) or canonical_outlet(name)
    return None


# The page's own lines at its foot that name its publisher: a note about it ("Lakeside Relief is a
# humanitarian organisation ..."), how to cite the page ("Cite as: Lakeside Archive (2022), ..."), the
# organisation's name with its initials in brackets over its address ("The Lakeside Institute (TLI)").
_SELF_NOTE = re.compile(r"^(?P<name>[^\W\d_][^,.;:!?()]{1,60}?)\s+(?:is|was)\s+(?:a|an|the)\s+\w", re.I)
_CITATION = re.compile(r"^(?:" + "|".join(sorted((re.escape(label).replace(r"\ ", r"\s+")
                                                     for label in data_sections("publisher_notes.txt")["citation_labels"]),
                                                    key=len, reverse=True)) + r")\s*:\s*(?P<rest>.+)$", re.I)
_CITATION_FIELDS = re.compile(r"\s*[,()“”\"]\s*|\s+[–—-]\s+")
_INITIALLED = re.compile(r"^(?P<name>[^\W\d_][^()]{2,80}?)\s*\((?P<short>[A-Z][A-Za-z]{1,7})\)$")
FOOT_NOTE_LINES = 8
FOOT_NOTE_CHARS = 300


def _initials(name: str) -> str:
    return word_initials(re.findall(r"[^\W\d_]+", name), small_words()).upper()


def foot_note_outlet(lines: list, source_path: Optional[str] = None) -> Optional[str]:
    """The known outlet one of the page's last lines names as the page's own (a note about it, how
    to cite the page, its name with its initials: see above), else None (round 19). A name the data
    does not know in a note about it counts where a second, independent sign agrees (round 20): the
    file's or folder's name spells it, or a line of its own over the headline writes it."""
    for line in reversed(lines[-FOOT_NOTE_LINES:]):
        line = collapse_whitespace(line)
        if len(line) > FOOT_NOTE_CHARS:
            continue
        match = _SELF_NOTE.match(line)
        if match and known_outlet(match.group("name")):
            return known_outlet(match.group("name"))
        if match and _agreed(match.group("name"), lines, source_path):
            return canonical_outlet(match.group("name"))
        match = _CITATION.match(line)
        if match:
            for field in _CITATION_FIELDS.split(match.group("rest")):
                if len(field.split()) >= 1 and known_outlet(field.strip(" .;:")):
                    return known_outlet(field.strip(" .;:"))
        match = _INITIALLED.match(line)
        if match and _initials(match.group("name")) == match.group("short").upper() and known_outlet(match.group("name")):
            return known_outlet(match.group("name"))
    return None


AGREED_HEAD_LINES = 3  # a masthead's line among the page's first lines


def _agreed(name: str, lines: list, source_path: Optional[str]) -> bool:
    """Whether a name the data does not know, from a note about it at the page's foot, is the
    page's own by a second sign: its file's or folder's name, or a masthead's line of its own."""
    from archive.extract.folder_outlets import file_spells, folder_spells

    name = name.strip()
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.casefold() in small_words() for w in words) \
            or not plausible_name(name) or refused(name):
        return False
    from archive.extract.person_names import person_name

    key = name_key(name)
    head = [i for i, line in enumerate(lines[:AGREED_HEAD_LINES]) if line and name_key(collapse_whitespace(line)) == key]
    if head and (head[0] == 0 or not person_name(name)):
        return True  # a person's name under the headline is the byline: "Jane Doe" over "Jane Doe is a reporter ..."
    return file_spells(source_path, name) or folder_spells(source_path, name)


SELF_NAME_WORDS = 6


@functools.lru_cache(maxsize=None)
def _self_named() -> re.Pattern:
    nouns = _alternatives("self_nouns")
    return re.compile(r"(?:^|[.!?]\s+)this\s+(?:" + nouns + r")\s+is\s+(?:called\s+)?(?P<name>[^.!?]{2,60}?)[.!]?$", re.I)


def self_named_masthead(lines: list) -> Optional[str]:
    """The name a line at the page's foot gives the page ("This blog is dust & diesel.") where a line
    among the first ``AGREED_HEAD_LINES`` writes it alone, as that line writes it (round 20), else
    None: the masthead and the page's word about itself are two signs; either alone names nothing."""
    for line in reversed(lines[-FOOT_NOTE_LINES:]):
        line = collapse_whitespace(line)
        match = _self_named().search(line) if len(line) <= FOOT_NOTE_CHARS else None
        if not match or len(match.group("name").split()) > SELF_NAME_WORDS:
            continue
        key = name_key(match.group("name"))
        head = [collapse_whitespace(h) for h in lines[:AGREED_HEAD_LINES] if h and name_key(collapse_whitespace(h)) == key]
        if key and head and plausible_name(head[0]) and not refused(head[0]) and not known_outlet(head[0]):
            return head[0]
    return None


@functools.lru_cache(maxsize=None)
def _issue_note() -> re.Pattern:
    sections = data_sections("issue_notes.txt")
    pieces = "|".join(sorted(map(re.escape, sections["pieces"]), key=len, reverse=True))
    issues = "|".join(sorted(map(re.escape, sections["issues"]), key=len, reverse=True))
    return re.compile(r"^(?:this|the)\s+(?:" + pieces + r")\s+(?:is|was|appears|appeared)\s+(?:first\s+|originally\s+)?"
                      r"(?:published\s+|printed\s+)?(?:from|in)\s+(?:the\s+)?(?:[^.!?]{0,40}?\s)?(?:" + issues
                      + r")(?:\s+\d+)?\s+of\s+(?P<name>[^\W\d_][^,.;:!?()]{1,60}?)\s*[.!]?$", re.I)


def issue_note_outlet(lines: list, source_path: Optional[str] = None) -> Optional[str]:
    """The periodical a note among the page's last lines names as the one whose issue the piece is
    from ("This article is from the May 2021 issue of Lakeside Quarterly."), else None (round 24):
    a known outlet; a name the data does not know where a second sign agrees (a web domain among
    the page's first lines spells it, as a reader view's site line does; the file's or folder's
    name; a line of its own over the headline)."""
    for line in reversed(lines[-FOOT_NOTE_LINES:]):
        line = collapse_whitespace(line)
        match = _issue_note().match(line) if len(line) <= FOOT_NOTE_CHARS else None
        if not match:
            continue
        name = match.group("name").strip()
        if known_outlet(name):
            return known_outlet(name)
        if any(label_spells(label, name) for label in domain_labels(lines[:AGREED_HEAD_LINES])) \
                or _agreed(name, lines, source_path):
            return canonical_outlet(name) or name
    return None
