"""A learned check for the lines of a text page that name its writer: the last fallback when no
rule stores an author (issue #13).

The candidates are the short lines (and the parts of a line split by a bar, a dash, a comma or a
bullet) where a byline stands on a page saved as text: in its header (between the headline and the
first line of the text, that line too when short, and a few lines above the headline). The lines
just after the text were candidates too, and left out: judged leave-one-half-out, they gave no
author the rules miss and named press contacts ("For further information: Jane Doe, ..."). Each is
described by its shape and position, never by a phrase: its words and capitals, how many of its
words are name-shaped (a given name of ``archive/data/given_names.txt`` first, the rules'
:func:`archive.extract.bylines.person_name` and ``bare_name``), whether a byline word of any
language opens it (``archive/data/byline_words.txt``: "By", "av", "di", "door", "Автор",
"Hosted by"), its neighbours (a date line under or over it, the headline over it, the text under
it, a role under it), whether its other part is the page's outlet or its masthead ("Jane Doe |
Site Name"), digits, final punctuation, its script, whether the folder repeats it. A logistic
regression over these (weights as data: ``archive/data/author_lines.json``, fitted by
``bench/fit_author_lines.py`` on the dev set's truth, judged leave-one-half-out) gives each
candidate a probability; the best one above the file's threshold is the page's author, cleaned by
the rules' own helpers (the byline word, the role, the outlet after a separator, "and" joins). A
desk's or an agency's credit is never one (:func:`archive.extract.bylines.not_a_person`). Without
the file nothing is guessed.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional, Sequence

from archive.extract.line_models import load_model, probability
from archive.extract import bylines, page_layout, templates
from archive.extract.data import data_lines, english_words
from archive.extract.outlet_names import name_key
from archive.extract.outlets import known_outlet
from archive.model import collapse_whitespace

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "author_lines.json"
ABOVE_TITLE = 3  # a byline may stand a few lines over the headline
HEADER_LINES = 8  # and among the lines under it, before the text
LINE_CHARS = 120  # longer lines are text
NAME_WORDS = 8
OPEN_WORDS = 10  # the first line of the text is a candidate when this short (a name alone over it)

# Chosen leave-one-half-out (round 25): left out as adding nothing there, or costing wrong names:
# the words' count and the line's, digits, a final mark, capitals only, a date within three lines, the
# line standing over the headline (a headline the rules mistook puts the byline over it).
FEATURES = (
    "bias", "name_size", "capitalised", "uncased", "given_name", "person_name", "bare_name", "english_share",
    "opener", "role_beside", "date_under", "date_over", "date_on_line", "title_over", "text_under",
    "outlet_beside", "outlet_under", "split_part", "first_part", "joined", "furniture", "twice", "in_text",
    "place", "headline_over",
)
HEADLINE_WORDS = 4  # a headline over a name: this many words at least, no sentence's end

_PARTS = re.compile(r"\s*\|\s*|\s+[-–—·•]\s+|\s*[·•]\s*|,\s+")
_WORD = re.compile(r"\w+")
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_ENDS = re.compile(r"[.!?؟:;,–—-]$")  # a sentence's end, a label's colon, a dateline's dash
_JOINER = re.compile(r"\s(?:and|&|y|et|und|en|och|og|e|i|ve|و)\s", re.I)


@functools.lru_cache(maxsize=1)
def _openers() -> re.Pattern:
    """The byline words of the data, longest first, a colon after them perhaps."""
    from archive.extract.byline_openers import opener_words

    words = opener_words()  # ``opener | language`` lines of byline_words.txt
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?:\s*:\s*|\s+)(?=\S)", re.I)


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Given names of the data, case-folded (given_names.txt and given_names_scripts.txt)."""
    return frozenset(word.casefold() for name in ("given_names.txt", "given_names_scripts.txt") for word in data_lines(name))


def opener(text: str) -> int:
    """The length of the byline word opening ``text`` ("By ", "av ", "Автор: "), or 0."""
    match = _openers().match(text)
    return match.end() if match else 0


def clean(text: str) -> Optional[str]:
    """The name a candidate stores: without its byline word, the role, place or outlet after it, cut
    by the rules' own helpers (:func:`archive.extract.bylines.split_byline`); a name they cannot
    read (another script) as written, without the marks around it; or None."""
    text = collapse_whitespace(_GLUED_BY.sub("By ", text))  # "ByJane Doe": the page's spans copied without a space
    text = text[opener(text):].strip(" |-–—·•,:;")
    if not text or len(text.split()) > NAME_WORDS:
        return None
    if "," in text and bylines.bare_name(text) == text:
        return text  # "Jane Doe, John Roe": two writers, not a name and its role
    found = bylines.split_byline(text)
    if found:
        return found[0]
    return text if not any(c.isdigit() for c in text) else None


def _dated(line: str) -> bool:
    return len(line) <= LINE_CHARS and (bool(bylines.date_in(line)) or bylines.states_date(line))


class Page:
    """What the features need of a page, computed once: its lines, the headline's and the text's
    lines, the outlet the rules found, the folder's profile."""

    def __init__(self, content: Sequence[str], lines, title_at: int, body_at: Sequence[int], outlet=None,
                 profile=None):
        self.content = [collapse_whitespace(c) for c in content]
        self.lines = lines
        self.title_at = title_at
        self.body_at = list(body_at)
        self.first = self.body_at[0] if self.body_at else len(self.content)
        self.last = self.body_at[-1] if self.body_at else -1
        self.text = set(self.body_at)
        self.profile = profile
        top = range(max(1, title_at))
        self.names = {}  # the keys of the masthead's lines (over the headline) and the rules' outlet: where written
        for at, line in [(-1, outlet or "")] + [(k, self.content[k]) for k in top if k < len(self.content)]:
            if line and len(line) <= 60 and name_key(line):
                self.names.setdefault(name_key(line), set()).add(at)
        self._dated = {}

    def dated(self, i: int) -> bool:
        if not 0 <= i < len(self.content):
            return False
        if i not in self._dated:
            self._dated[i] = _dated(self.content[i])
        return self._dated[i]

    def headline(self, i: int) -> bool:
        """Whether line ``i`` has a headline's shape: a few words, not a sentence's end, no date, not
        furniture (the headline the rules chose, or a line like it where they chose another)."""
        if not 0 <= i < len(self.content):
            return False
        line = self.content[i]
        return i == self.title_at or (len(line.split()) >= HEADLINE_WORDS and not _ENDS.search(line)
                                      and not self.dated(i) and (self.lines is None or self.lines[i].furniture is None))

    def outlet_like(self, text: str, at: int = -2) -> bool:
        """Whether ``text`` names the page's outlet: the rules' outlet, a line over the headline (its
        masthead) other than line ``at``, or an outlet the data knows."""
        return bool(text) and len(text) <= 60 and (bool(self.names.get(name_key(text), set()) - {at})
                                                   or bool(known_outlet(text)))


def zone(page: Page) -> list:
    """The indexes of the lines looked at: a few over the headline, the header under it (the first
    line of the text too, when short)."""
    n, title_at = len(page.content), page.title_at
    at = set()
    if title_at >= 0:
        at |= set(range(max(0, title_at - ABOVE_TITLE), title_at))
        at |= set(range(title_at + 1, min(n, page.first, title_at + 1 + HEADER_LINES)))
    else:
        at |= set(range(0, min(n, page.first, HEADER_LINES)))
    if page.first < n and len(page.content[page.first].split()) <= OPEN_WORDS:
        at.add(page.first)
    return sorted(i for i in at if i != title_at and 0 < len(page.content[i]) <= LINE_CHARS)


def line_candidates(line: str) -> list:
    """``(raw part, name, parts, order)``: a line's candidates: the whole line, and its parts split
    by a bar, a dash, a bullet or a comma (the first four), each cleaned (:func:`clean`)."""
    parts = _PARTS.split(line)
    labelled = bylines.header_byline(line)  # the rules' own reading of a labelled byline ("Authors: A, Role; B, Role")
    found = [(line, len(parts), 0, labelled[0])] if labelled else []
    if len(parts) == 1 or len(line.split()) <= NAME_WORDS:
        found.append((line, len(parts), 0, None))
    if len(parts) > 1:
        found += [(p.strip(), len(parts), k, None) for k, p in enumerate(parts[:4]) if p.strip()]
    out, seen = [], set()
    for raw, n, k, read in found:
        name = read or clean(raw)
        if name and name not in seen and any(c.isalpha() for c in name):
            seen.add(name)
            out.append((raw, name, n, k))
    return out


def features(page: Page, i: int, raw: str, name: str, parts: int, order: int) -> list:
    line = page.content[i]
    words = name.split()
    cased = [w for w in words if _CASED.match(w)]
    tokens = [w.casefold() for w in _WORD.findall(name)]
    common = english_words()
    others = [p.strip() for p in _PARTS.split(line) if p.strip() and p.strip() != raw]
    under = page.content[i + 1] if i + 1 < len(page.content) else ""
    bare = bylines.bare_name(name) if name[-1:] not in ",.:;!?" else None
    key = templates.line_key(line) if page.profile is not None else b""
    return [
        1.0,
        float(2 <= len(words) <= 4),
        sum(1 for w in cased if w[:1].isupper()) / len(cased) if cased else 0.0,
        float(not cased),
        float(bool(words) and words[0].casefold().strip(".") in given_names()),
        float(bylines.person_name(name)),
        float(bare == name),
        sum(1 for t in tokens if t in common) / len(tokens) if tokens else 0.0,
        float(opener(raw) > 0 or (order == 0 and opener(line) > 0)),
        float(any(bylines.role_line(o) for o in others) or (bool(under) and bylines.role_line(under))),
        float(page.dated(i + 1)),
        float(page.dated(i - 1)),
        float(any(_dated(o) for o in others)),
        float(page.title_at >= 0 and i == page.title_at + 1),
        float(i + 1 == page.first or (i < page.first and all(page.dated(j) for j in range(i + 1, page.first)))),
        float(any(page.outlet_like(o) for o in others)),
        float(page.outlet_like(under)),
        float(parts > 1),
        float(parts > 1 and order == 0),
        float(bool(_JOINER.search(name))),
        float(page.lines is not None and i < len(page.lines) and page.lines[i].furniture is not None),
        float(page.profile is not None and key in page.profile.twice),
        float(i in page.text),
        float(_place(name)),
        float(page.headline(i - 1)),
    ]


@functools.lru_cache(maxsize=1)
def _places() -> frozenset:
    from archive.extract.gazetteer import entities
    return frozenset(spelling.casefold() for entity in entities() if entity.kind == "place"
                     for spelling in (entity.name,) + entity.aliases)


def _place(name: str) -> bool:
    """Whether a candidate is a place of the gazetteer, or holds one (of one to three words)."""
    places = _places()
    words = [w.casefold().strip(".,") for w in name.split()]
    return any(" ".join(words[k:k + n]) in places for n in (1, 2, 3) for k in range(len(words) - n + 1))


def rows(content: Sequence[str], lines, title_at: int, body_at: Sequence[int], outlet=None, profile=None) -> list:
    """``(index, name, features)`` for every candidate of the page that could be a person."""
    page = Page(content, lines, title_at, body_at, outlet, profile)
    found = []
    for i in zone(page):
        following = page_layout.byline_continuation(page.content[i + 1]) if i + 1 < len(page.content) else None
        for raw, name, parts, order in line_candidates(page.content[i]):
            if following and not _JOINER.search(name):
                name = f"{name} and {following}"  # "By Jane Doe" over "and John Roe"
            if _guest_line(page.content[i]):
                continue  # "Avec : Jane Doe, avocate", "With: Jane Doe": a broadcast's guest, no writer
            if bylines.not_a_person(name, outlet) or bylines.states_date(raw) or page.outlet_like(name, i):
                continue  # the masthead's name again ("Site Name – Place" under the headline): the outlet  # a desk's or an agency's credit, the outlet itself: never an author
            found.append((i, name, features(page, i, raw, name, parts, order)))
    return found


def _guest_line(line: str) -> bool:
    """Whether a line is opened by a byline word read only before writers joined ("With", "Avec",
    "Mit", "Con": ``byline_words.txt``'s ``joined``) and names one person: a broadcast's or a
    podcast's guest ("Avec : Jane Doe, avocate au barreau de Paris"), as often as its host."""
    from archive.extract.byline_openers import joined_only, opened
    from archive.extract.person_names import JOINED

    found = opened(collapse_whitespace(line))
    if not found or found[0].casefold() not in joined_only():
        return False
    return len([p for p in JOINED.split(found[1].split(",")[0]) if p and p.strip()]) < 2


def load(path: Optional[Path] = None) -> Optional[dict]:
    """The fitted model (means, scales, weights, intercept, threshold), or None without the file or
    when it was fitted on other features."""
    return load_model(Path(path or WEIGHTS), FEATURES)


def best_author(content: Sequence[str], lines, title_at: int, body_at: Sequence[int], outlet=None, profile=None,
                model: Optional[dict] = None) -> Optional[tuple]:
    """``(index, name)`` of the page's best candidate where the model is sure of it (probability
    above the file's threshold), else None."""
    model = model if model is not None else load()
    if model is None or not content:
        return None
    best, found = model["threshold"], None
    for i, name, row in rows(content, lines, title_at, body_at, outlet, profile):
        p = probability(model, row)
        if p > best:
            best, found = p, (i, name)
    return found


def fallback_author(record, content: Sequence[str], lines, title_at: int, body_at: Sequence[int], dropped: set):
    """The text reader's last try for an author: the record's own where a rule found one, else the
    name of the line the model is sure is a byline (its line then left out of the text)."""
    if record.author is not None and not masthead_name(record.author, content, title_at):
        return record.author
    found = opening_byline(content, title_at, body_at, record.outlet) or \
        best_author(content, lines, title_at, body_at, record.outlet, getattr(record, "profile", None))
    if found is None:
        return None
    dropped.add(found[0])
    return found[1]


def masthead_name(author: str, content: Sequence[str], title_at: int) -> bool:
    """Whether the name a rule took for the writer is the page's own masthead: the page's first line
    over the headline written the same ("Site Name" heading the page, "Follow
    Site Name on ..." signed under the text), not a person's name as the data knows one (a given
    name first: a writer's own newsletter is headed by the writer's name). A name on a line of its
    own under the masthead and over the headline is a writer's, signed again or not."""
    key = name_key(author)
    if not key or title_at <= 0 or len(author) > 60 or not content:
        return False
    if key != name_key(collapse_whitespace(content[0])):
        return False  # the outlet read may be the writer's own ("© 2024 Jane Doe"): it decides nothing
    first = author.split()[0].casefold().strip(".")
    return first not in given_names()


OPENING_LINES = 4  # a page whose headline was not found: its byline among the text's first lines


def opening_byline(content: Sequence[str], title_at: int, body_at: Sequence[int], outlet=None) -> Optional[tuple]:
    """``(index, name)`` of a labelled byline ("By Jane Doe", "Door Jane de Vries") among the first
    lines of the text where no headline was found (the headline, a standfirst and the byline were
    taken for the text's first lines), else None."""
    if title_at >= 0:
        return None
    for i in list(body_at)[:OPENING_LINES]:
        line = collapse_whitespace(content[i])
        if len(line.split()) > NAME_WORDS + 2:
            continue
        found = bylines.byline(line) or bylines._opened_byline(line)
        name = found[0] if found else None
        if name and bylines.person_name(" ".join(w for w in name.split() if not w[:1].islower())) \
                and not bylines.not_a_person(name, outlet):
            return i, name
    return None

