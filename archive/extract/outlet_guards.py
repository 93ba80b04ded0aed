"""Guards on an outlet a page's sign named (issue #13, rounds 20-21): general checks that hold for
any page, whichever rule read the name and whatever the format. Where they run: in one place,
``outlets.article_outlet``, which every format's outlet passes; it checks the record's own field,
every sign it reads and the learned guess against the lines the record has (:func:`page_lines`):
a plain-text page's lines, a web page's head and foot lines (its ``<title>``'s parts, site name,
logo, footer) around its text, a record's outlet field and body. Readers only hand their lines
over (:func:`with_page_lines`; the text reader also marks a short line under the date that it took
for the outlet by its shape as a guess, the weakest sign). A name read from the record's web
address is the domain's and is not checked against the page's words. A known name's spellings
match with a hyphen and a space taken for each other ("Al Majalla" is "Al-Majalla").

- A known outlet's name that the page writes only inside a longer capitalised name is not that
  outlet: "The Hamilton Lantern" holds the name of a known "The Lantern", and a page whose
  masthead, byline or footer writes only the longer name is the longer name's page. Only names
  the data knows are checked, and only where the page writes the known name somewhere (a name
  read from a web domain or the page's address is left alone); the page naming the known outlet
  alone elsewhere ("© The Lantern", a line of its own) keeps it. The longer name is a name's
  capitalised words before the known name that are no common English words (a place, a
  person: "Hamilton"), not "By", "From", "Copyright", "Photo" or a sentence's first word, nor a
  person's name (a given name of ``given_names.txt`` first, or "By" before it).
- The same for a known outlet's Arabic name: written only after another Arabic word at the page's
  masthead (the start of one of its first lines, the name alone before a tagline's "|") or after a
  copyright's "©" or year ("صوت X | ..." over "© 2022 صوت X"), that word no preposition,
  conjunction or kind of outlet (``[arabic_name_leads]``: "بحسب X", "موقع X", "قناة X" are X), the
  page is the longer name's. Elsewhere ("قالت X") a word before the name is no sign, and counts as
  the name alone unless it makes the same longer name. Where the masthead and the copyright line
  agree on the longer name, it is stored. A longer masthead stands for the known name only where
  no masthead line writes the known name itself ("Yle News" over "Svenska Yle" keeps Yle).
- A name the data does not know, written on the page only as the start of longer capitalised
  names ("The Lake" of "The Lake Orthodox Church" and "The Lake Military Council"), is a piece
  of those names, not the page's outlet (:func:`only_a_longer_names_start`).
- A reporter's role or desk ("Senior News Writer", "Staff Reporter", "Special Correspondent")
  is never an outlet: words all common English words, the last a byline role
  (``[byline_roles]`` in ``archive/data/outlet_kind_words.txt``) or a desk's "staff" or "desk".
- A government portal's domain ("gov.ie", "gov.uk", "gouv.fr") is the portal, not the ministry
  whose page it serves: no outlet by itself.
- A name the page writes only as a source it quotes or credits ("By Jane Doe for X", "told X",
  "according to X", "X reported"; words in ``archive/data/outlet_credits.txt``) is no sign of the
  page's own outlet: it never beats the page's masthead, footer or domain
  (:func:`archive.extract.credited_outlets.credited_only`; ``outlet_agreement`` applies it).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from archive.extract.data import data_lines, data_sections, english_words
from archive.extract.outlet_forms import company_suffix
from archive.extract.outlet_names import is_known, known_outlet, name_key
from archive.extract.outlet_spellings import arabic_spellings, first_word, latin_spellings, on_page, written, written_alone

LONGER_WORDS = 3  # capitalised words before a known name that make a longer name
_CAP = re.compile(r"[A-Z][\w'’.-]*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PORTAL = re.compile(r"^(?:www\.)?(?:gov|gouv|gob|govt|government|regjeringen)\.[a-z]{2,3}(?:\.[a-z]{2})?$", re.I)


def _longer_name(line: str, start: int) -> Optional[str]:
    """The capitalised words right before ``start`` in ``line`` that make a longer name with what
    follows, else None."""
    head = line[:start]
    if head[-1:] not in (" ",) or re.search(r"[.!?:|·•,;(\[/–—-]\s*$", head):
        return None
    words = head.split()
    extra = []
    for word in reversed(words[-LONGER_WORDS:]):
        folded = word.casefold().strip(".'’")
        if not _CAP.match(word) or folded in english_words() or folded in _leads():
            break
        extra.insert(0, word)
    rest = words[:len(words) - len(extra)]
    if not extra or extra[0].casefold() in _given_names() or rest and rest[-1].casefold() in _leads():
        return None  # a person's name before it: "By Jane Doe Reuters", a byline without its comma
    return " ".join(extra)


@functools.lru_cache(maxsize=None)
def _leads() -> frozenset:
    return frozenset(w.casefold() for w in data_sections("outlet_kind_words.txt")["name_leads"])


@functools.lru_cache(maxsize=None)
def _given_names() -> frozenset:
    return frozenset(word.casefold() for word in data_lines("given_names.txt"))


def inside_longer_name(outlet: Optional[str], lines: list) -> bool:
    """Whether the known ``outlet`` is written on the page (``lines``) only inside longer capitalised
    names (module doc)."""
    if not outlet or not is_known(outlet):
        return False
    inside, alone = _latin_counts(outlet, lines)
    return inside > 0 and alone == 0


def _latin_alone(outlet: str, lines: list) -> bool:
    """Whether the page writes the known ``outlet``'s Latin name alone somewhere."""
    return _latin_counts(outlet, lines)[1] > 0


def _latin_counts(outlet: str, lines: list) -> tuple:
    """``(inside, alone)``: the places the page writes ``outlet``'s Latin name inside a longer name
    and alone."""
    spellings = on_page(latin_spellings().get(outlet, []), lines)
    inside = alone = 0
    for line in lines if spellings else ():
        line = " ".join(str(line).split())
        folded = line.casefold()
        for spelling in spellings:
            found = 0
            if first_word(spelling) not in folded:
                continue
            for match in written(spelling, r"(?<![\w'’-])", r"(?![\w'’-])").finditer(line):
                start = match.start()
                before = line[:start]
                if re.search(r"(?:^|\s)the\s$", before, re.I):
                    start -= 4  # the known name's own "The"
                    before = line[:start]
                found += 1
                if _longer_name(line, start):
                    inside += 1
                else:
                    alone += 1
            if found:
                break  # the longest spelling the line writes
    return inside, alone


@functools.lru_cache(maxsize=None)
def _arabic_leads() -> frozenset:
    return frozenset(data_sections("outlet_kind_words.txt")["arabic_name_leads"])


_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+$")
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|\b(?:19|20)\d\d)\s*$", re.I)
_MASTHEAD_AFTER = re.compile(r"^\s*(?:$|[|:–—-]\s)")


def _arabic_occurrences(outlet: str, lines: list) -> list:
    """``(longer name or None, where)`` for each place the page writes the known ``outlet``'s Arabic
    name: the longer name another Arabic word before it makes (not a lead word), and "masthead",
    "copyright" or None (elsewhere) for where that longer name stands."""
    found = []
    for at, line in enumerate(lines):
        line = " ".join(str(line).split())
        for spelling in arabic_spellings().get(outlet, []):
            if spelling not in line:
                continue
            matches = list(written_alone(spelling).finditer(line))
            for match in matches:
                head = line[:match.start()]
                words = head.split()
                prev = words[-1] if words and head.endswith(" ") else ""
                if not prev or not _ARABIC_WORD.match(prev) or prev in _arabic_leads():
                    found.append((None, None))
                    continue
                before = head[:len(head.rstrip()) - len(prev)].strip()
                where = None
                if not before and at < MASTHEAD_LINES and _MASTHEAD_AFTER.match(line[match.end():]):
                    where = "masthead"
                elif before and _COPYRIGHT_BEFORE.search(before):
                    where = "copyright"
                found.append((prev + " " + spelling, where))
            if matches:
                break  # the longest spelling the line writes
    return found


_PREFIXES = "وبلفك"  # a conjunction or preposition written onto the word: "لشرفة X" is "to Shurfa X"


def _as_named(longer: Optional[str], named: set) -> Optional[str]:
    """The longer name of ``named`` that ``longer`` is, with a prefix or two written onto its first
    word ("لشرفة X" for "شرفة X"), else None."""
    for cut in range(3):
        if longer and cut < len(longer) and all(c in _PREFIXES for c in longer[:cut]) and longer[cut:] in named:
            return longer[cut:]
    return None


def arabic_longer_name(outlet: Optional[str], lines: list):
    """``(inside, longer)``: whether the known ``outlet``'s Arabic name is written on the page only
    inside a longer name (module doc), and that longer name where masthead and copyright agree."""
    if not outlet or not is_known(outlet):
        return False, None
    found = _arabic_occurrences(outlet, lines)
    named = {longer for longer, where in found if where}
    if not found or not named or any(_as_named(longer, named) is None for longer, _ in found):
        return False, None
    agreed = [n for n in named if {"masthead", "copyright"} <= {w for x, w in found if x == n}]
    return True, agreed[0] if len(agreed) == 1 else None


@functools.lru_cache(maxsize=None)
def _roles() -> frozenset:
    return frozenset(r.casefold() for r in data_sections("outlet_kind_words.txt")["byline_roles"]) | {"staff", "desk"}


def a_role(name: Optional[str]) -> bool:
    """Whether ``name`` is a reporter's role or desk, not an outlet (module doc); never a known outlet."""
    words = [w.casefold() for w in _WORD.findall(name or "")]
    if not words or len(words) > 5 or is_known(name):
        return False
    roles = _roles()
    ends_in_role = any(" ".join(words[-n:]) in roles for n in (1, 2) if len(words) >= n)
    return ends_in_role and all(w in english_words() or w in roles for w in words)


def portal_domain(name: Optional[str]) -> bool:
    """Whether ``name`` is a government portal's domain ("gov.ie"), which names no ministry."""
    return bool(name) and bool(_PORTAL.match(name.strip())) and not is_known(name)


MASTHEAD_LINES = 3  # a longer name's masthead stands among the page's first lines


def longer_masthead(outlet: Optional[str], lines: list) -> Optional[str]:
    """The longer name a line of its own among the page's first lines writes, holding the known
    ``outlet``'s name after capitalised words (``_longer_name``), the data not knowing it: "The
    Hamilton Lantern" over a page whose credits say "The Lantern" (its own short form). As a line
    of the page writes it, in capitals only where no line writes it otherwise; else None."""
    if not outlet or not is_known(outlet):
        return None
    head = [" ".join(str(x).split()) for x in lines[:MASTHEAD_LINES] if str(x).strip()]
    if any(known_outlet(line) == outlet for line in head):
        return None  # the masthead writes the known name itself ("Yle News" over "Svenska Yle")
    for line in head:
        if len(line.split()) > 6:
            continue
        for spelling in latin_spellings().get(outlet, []):
            match = written(spelling, r"(?<![\w'’-])", r"$", re.I).search(line)
            if not match:
                continue
            start = match.start()
            if re.search(r"(?:^|\s)the\s$", line[:start], re.I):
                start -= 4
            cased = line if not line.isupper() else next(
                (" ".join(str(x).split()) for x in lines if " ".join(str(x).split()).casefold() == line.casefold()
                 and not " ".join(str(x).split()).isupper()), None)
            if not cased:
                continue
            extra = _longer_name(cased, start)
            if extra and cased[:start].strip().split()[-len(extra.split()):] == extra.split() \
                    and len(cased[:start].split()) - len(extra.split()) <= 1 and not is_known(cased) \
                    and not _bar_words(cased[:start]):
                return cased
    return None


def _bar_words(words: str) -> bool:
    """Whether the words before a known name are a bar's or a link's ("Subscribe", "Udostępnij"
    before "lakeside.com"): a call to the reader, no longer name (round 28)."""
    from archive.extract.outlet_refusals import furniture_name

    return furniture_name(words.strip())


_NEXT_WORD = re.compile(r"\s+([^\W\d_])")
_REST_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w&'’-]*){0,3}")  # a company's form after the name: "Lake News Newspapers Ltd"
SHORT_LINE = 6  # a short line opening with the name is its masthead or field, an edition or tagline after it
START_WORDS = 3  # an unknown name checked for standing only at a longer name's start is short


def only_a_longer_names_start(outlet: Optional[str], lines: list) -> bool:
    """Whether an ``outlet`` the data does not know is written on the page only as the start of a
    longer capitalised name ("The Lake" where the page writes only "The Lake Orthodox Church" and
    "The Lake Military Council"): a piece of other names, not a name of its own. Case as written;
    a leading "The" may stand in lower case."""
    if not outlet or is_known(outlet) or len(str(outlet).split()) > START_WORDS:
        return False
    name = " ".join(str(outlet).split())
    if not name[:1].isupper():
        return False
    forms = (name, name[0].lower() + name[1:]) if name.startswith("The ") else (name,)
    inside = alone = 0
    for line, name in ((str(line), form) for line in lines for form in forms):
        at = line.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not (line[at - 1].isalnum() or line[at - 1] in "'’-")) \
                    and (end == len(line) or not (line[end].isalnum() or line[end] in "'’-")):
                following = _NEXT_WORD.match(line, end)
                rest = _REST_WORDS.match(line, end).group().split()
                if following and following.group(1).isupper() and not (at == 0 and len(line.split()) <= SHORT_LINE) \
                        and not any(company_suffix(" ".join([name] + rest[:n])) for n in range(1, len(rest) + 1)):
                    inside += 1
                else:
                    alone += 1
            at = line.find(name, end)
        if alone:
            return False
    return inside > 0


def guarded(outlet: Optional[str], lines: list) -> Optional[str]:
    """``outlet`` unless a guard above refuses it for the page's ``lines``; a longer masthead
    holding its name stands for it (:func:`longer_masthead`)."""
    if a_role(outlet) or portal_domain(outlet) or inside_longer_name(outlet, lines) or only_a_longer_names_start(outlet, lines):
        return None
    inside, longer = arabic_longer_name(outlet, lines)
    if inside and not _latin_alone(outlet, lines):
        return longer
    return longer_masthead(outlet, lines) or outlet


PAGE_LINES = "page_lines"  # the attribute a reader sets on its RawRecord (model.py has no field for it)
HEAD_LINES = 3  # a page's masthead stands among its first lines
FOOT_LINES = 8  # its footer among its last


class PageLines(NamedTuple):
    """The lines a record's outlet is checked against: ``head`` (masthead, site name, title's
    parts, an outlet field), ``lines`` (all of them, head and foot included), ``foot``."""

    head: list
    lines: list
    foot: list
    names: tuple = ()  # the names its file was saved under (its name, its folder's): outlet_script_forms
    whole: bool = False  # the lines are a plain-text page's own, all of them
    page: bool = False  # the lines are a page reader's (a web page's head and foot), no record's field
    folders: tuple = ()  # the folders its file was saved in, nearest first, two at most (outlet_page_forms)


def with_page_lines(record, head=(), foot=(), whole: bool = False, guess: Optional[str] = None):
    """``record`` carrying the page's own lines around its text, for :func:`page_lines`: a web
    page's ``head`` (title's parts, site name, logo) and ``foot`` (footer text) lines, or with
    ``whole`` a plain-text page's lines (``head``), its text among them. ``guess``: a line the
    reader took for the outlet on its shape alone (a short line under the date); where it is still
    the record's outlet, it is marked as the learned check's guesses are, the weakest sign."""
    from archive.extract.outlet_lines import Guessed
    from archive.extract.outlet_names import canonical_outlet

    if guess and record.outlet == guess and not isinstance(record.outlet, Guessed) and canonical_outlet(guess):
        record.outlet = Guessed(record.outlet)  # (a name no outlet could have stays as it was: refused)
    setattr(record, PAGE_LINES, (tuple(str(x) for x in head if x), tuple(str(x) for x in foot if x), whole))
    return record


def page_lines(raw, paragraphs: list) -> PageLines:
    """The lines a record has (module doc): a text page's own lines; a web page's head lines, its
    text, its foot lines; else (records, feeds, other readers) the record's outlet field over its
    text, the text's last paragraphs its foot."""
    from archive.extract.outlet_script_forms import file_names

    given = getattr(raw, PAGE_LINES, None)
    head, foot, whole = given or ((), (), False)
    names = file_names(getattr(raw, "source_path", None)) if getattr(raw, "source_record", None) is None else ()
    if whole:
        lines = list(head)
        return PageLines(lines[:HEAD_LINES], lines, lines[-FOOT_LINES:], names, True, False, _folders(raw))
    if given is None:  # a record's own field; a web page's is what it writes, not what was read from it
        head = [str(raw.outlet)] if raw.outlet and not _guessed(raw.outlet) else []
    head = list(head)
    lines = head + list(paragraphs) + list(foot)
    return PageLines(head, lines, list(foot) or list(paragraphs[-FOOT_LINES // 2:]), names, False, given is not None)


def _folders(raw) -> tuple:
    """The names of the two folders nearest a text file (its folder, the one over it)."""
    from pathlib import PurePath

    path = getattr(raw, "source_path", None)
    if not path or getattr(raw, "source_record", None) is not None:
        return ()
    parents = PurePath(str(path).split("#", 1)[0]).parents
    return tuple(p.name for p in list(parents)[:2] if p.name)


def _guessed(name) -> bool:
    from archive.extract.outlet_lines import Guessed

    return isinstance(name, Guessed)


__all__ = ["PageLines", "page_lines", "with_page_lines", "a_role", "arabic_longer_name", "guarded", "inside_longer_name", "name_key", "portal_domain"]
