"""A learned check for the lines of a text page that name its outlet: the last fallback when no
rule stores one (issue #13).

The candidates are the short lines (and the parts of a line split by a bar or a dash) where an
outlet's name stands on a page saved as text: its first lines (the masthead), its last (the
footer), the lines beside the headline. Each is described by its shape, never by a phrase: its
words and capitals, digits, where it stands (from the top, from the bottom, beside the headline,
beside a date or a byline, beside a menu), how it ends, an outlet-kind word on its line
(``archive/data/outlet_kinds.txt``), whether the file's folder or name, a domain or e-mail address
on the page, or a copyright line's holder agrees with it, whether the page writes it again (in
header and footer), its script, whether the outlet data knows it, its share of common English
words, whether the world data knows it (:func:`world_known`). A logistic regression over these (weights as data: ``archive/data/outlet_lines.json``,
fitted by ``bench/fit_outlet_lines.py`` on the dev set's truth, judged leave-one-half-out) gives
each candidate a probability; the best one above the file's threshold is the page's outlet.
Without the file nothing is guessed.
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Optional, Sequence

from archive.extract.line_models import load_model, probability
from archive.extract.outlet_forms import word_initials
from archive.extract.data import data_lines, english_words, small_words
from archive.extract.folder_outlets import file_spells, folder_spells
from archive.extract.masthead_lines import (
    COPYRIGHT_LINE_CHARS, COPYRIGHT_SIGN, domain_labels, holds_in_a_row, label_spells, masthead_name, menu_line,
    name_words)
from archive.extract.outlet_footers import copyright_holder
from archive.extract.outlet_data import build_table, data_files, lookup_name, numbered_lines
from archive.extract.outlet_names import canonical_outlet, has_arabic, is_known, name_key, tidy_outlet
from archive.extract.outlet_refusals import furniture_name
from archive.model import collapse_whitespace

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "outlet_lines.json"
HEAD_LINES = 12  # a masthead stands among the first lines
TAIL_LINES = 10  # a footer among the last
NEAR_TITLE = 3  # and lines beside the headline
LINE_CHARS = 150  # longer lines are text, not names
NAME_WORDS = 8
NAME_CHARS = 70

FEATURES = (
    "bias", "log_words", "log_chars", "capitalised", "all_caps", "digits", "from_top", "from_bottom",
    "above_title", "near_title", "title_line", "beside_date", "ends_punctuation", "kind_word", "folder_agrees",
    "domain_agrees", "holder_agrees", "written_again", "header_and_footer", "arabic", "known", "english_share",
    "masthead_shape", "split_part", "first_part", "beside_menu", "one_word", "holder_part", "in_tail",
    "path_spells",
)

_PARTS = re.compile(r"\s+[|–—·•-]\s+|\s*\|\s*")
# A saved e-mail's sender line ("From: Lakeside Notes <news@lakeside.example>"): its name is a candidate.
_SENDER = re.compile(r'^from\s*:\s*"?(?P<name>[^<>"@]{2,60}?)"?\s*<[^<>@\s]+@[\w.-]+\.[a-z]{2,}>$', re.I)
# A name written with its site's ending ("BIOMETRIC UPDATE.COM", "Lakeside.org"): the name without it
# is a candidate too.
_SITE_NAME = re.compile(r"^(?P<name>[^\s.][^.]*?)\.[a-z]{2,6}(?:\.[a-z]{2})?$", re.I)
_WORD = re.compile(r"\w+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’-]*")
_DIGIT = re.compile(r"\d")
_DATE_HINT = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                        r"oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_BYLINE_HINT = re.compile(r"^(?:by|written by|reporter|author)\b|^(?:بقلم|كتب|كتبت)\s", re.I)


@functools.lru_cache(maxsize=None)
def _kind_words() -> re.Pattern:
    words = sorted(data_lines("outlet_kinds.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)


def _zone(n: int, title_at: int) -> list:
    """The indexes of the lines looked at, top first."""
    at = set(range(min(HEAD_LINES, n))) | set(range(max(0, n - TAIL_LINES), n))
    if title_at >= 0:
        at |= {i for i in range(title_at - NEAR_TITLE, title_at + NEAR_TITLE + 1) if 0 <= i < n}
    return sorted(at)


def _line_candidates(line: str) -> list:
    """``(text, parts, order, from_holder)``: one line's candidates: the whole line when short, its
    parts split by a bar or a dash, a copyright line's holder; and, beside them, a candidate's name
    without its site's ending ("BIOMETRIC UPDATE.COM": "BIOMETRIC UPDATE") and a saved e-mail's
    sender ("From: Lakeside Notes <news@...>": "Lakeside Notes"; round 21, judged leave-one-half-out)."""
    line = collapse_whitespace(line)
    if not line or len(line) > LINE_CHARS:
        return []
    found = []
    if COPYRIGHT_SIGN.search(line) and len(line) <= COPYRIGHT_LINE_CHARS:
        holder = copyright_holder(line)
        if holder:
            found.append((holder, 1, 0, True))
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    if len(parts) > 1:
        found += [(p, len(parts), k, False) for k, p in enumerate(parts[:4])]
    else:
        found.append((line, 1, 0, False))
    kept = [(tidy_outlet(text), n, k, h) for text, n, k, h in found
            if 0 < len(text.split()) <= NAME_WORDS and len(text) <= NAME_CHARS and tidy_outlet(text)]
    sender = _SENDER.match(line)
    more = [(tidy_outlet(site.group("name")), n, k, h) for text, n, k, h in kept for site in [_SITE_NAME.match(text)] if site]
    more += [(tidy_outlet(sender.group("name")), 1, 0, False)] if sender else []
    seen = {text for text, *_ in kept}
    for cand in more:
        if cand[0] and cand[0] not in seen:
            seen.add(cand[0])
            kept.append(cand)
    return kept


class Page:
    """What the features need of a page, computed once: its lines, the headline's index, the
    file's path, the domains and copyright holders it names, its first and last lines."""

    def __init__(self, content: Sequence[str], title_at: int, source_path: Optional[str], lines=None):
        self.content = [collapse_whitespace(c) for c in content]
        self.title_at = title_at
        self.source_path = source_path
        self.lines = lines
        self.labels = domain_labels(self.content)
        self.holders = [h for h in (copyright_holder(c) for c in self.content
                                    if len(c) <= COPYRIGHT_LINE_CHARS and COPYRIGHT_SIGN.search(c)) if h]
        n = len(self.content)
        self.head = set(range(min(HEAD_LINES, n)))
        self.tail = set(range(max(0, n - TAIL_LINES), n))
        self.path_tokens = _path_tokens(source_path)


_PATH_TOKENS = re.compile(r"[-_\s.]+")


def _path_tokens(source_path: Optional[str]) -> list:
    """The first word of the file's name and the words of its two folders' names, case folded:
    where a person saving pages writes a site's initials or letters ("dh_kerala.txt", "lakeherald/")."""
    if not source_path or source_path.startswith("<"):
        return []
    path = Path(source_path)
    stem = [t for t in _PATH_TOKENS.split(path.stem) if t][:1]
    folders = [t for part in (path.parent.name, path.parent.parent.name) for t in _PATH_TOKENS.split(part) if t]
    return [t.casefold() for t in stem + folders if t.isascii() and not t.isdigit()]


def path_spells(tokens: Sequence[str], name: str) -> bool:
    """Whether a word of the file's path writes ``name``'s initials (two letters at least, small
    words left out) or spells it by its letters (:func:`label_spells`, four letters at least)."""
    words = [w for w in name_words(name) if w not in small_words()]
    initials = word_initials(words) if len(words) >= 2 else ""
    return any((initials and token == initials) or (len(token) >= 4 and label_spells(token, name)) for token in tokens)


def _near(page: Page, i: int, test) -> bool:
    return any(0 <= j < len(page.content) and test(page.content[j]) for j in (i - 1, i + 1))


def _dateish(line: str) -> bool:
    return len(line) <= 120 and (bool(_DATE_HINT.search(line)) or bool(_BYLINE_HINT.match(line)))


def features(page: Page, i: int, text: str, parts: int, order: int, holder: bool) -> list:
    n = len(page.content)
    words = text.split()
    latin = _LATIN_WORD.findall(text)
    letters = [c for c in text if c.isalpha()]
    sequence = name_words(text)
    key = name_key(text)
    again = [j for j in range(n) if j != i and len(page.content[j]) <= 200 and holds_in_a_row(page.content[j], sequence)] \
        if sequence else []
    common = english_words()
    tokens = [w.casefold() for w in _WORD.findall(text)]
    line = page.content[i]
    title_at = page.title_at
    return [
        1.0,
        math.log1p(len(words)),
        math.log1p(len(text)),
        sum(1 for w in latin if w[0].isupper()) / len(latin) if latin else 0.0,
        float(len(letters) >= 2 and all(c.isupper() for c in letters if c.isascii())),
        len(_DIGIT.findall(text)) / max(1, len(text)),
        1.0 / (1 + i),
        1.0 / (n - i),
        float(title_at >= 0 and i < title_at),
        1.0 / (1 + abs(i - title_at)) if title_at >= 0 and i != title_at else 0.0,
        float(i == title_at),
        float(_near(page, i, _dateish)),
        float(bool(re.search(r"[.!?؟:;,]$", text))),
        float(bool(_kind_words().search(line))),
        float(bool(page.source_path) and (folder_spells(page.source_path, text) or file_spells(page.source_path, text))),
        float(any(label_spells(label, text) for label in page.labels) if sequence else False),
        float(any(_part_of(h, text) for h in page.holders if name_key(h) != key or not holder)),
        math.log1p(len(again)),
        float(bool(again) and (i in page.head or any(j in page.head for j in again))
              and (i in page.tail or any(j in page.tail for j in again))),
        float(has_arabic(text)),
        float(world_known(text)),
        sum(1 for t in tokens if t in common) / len(tokens) if tokens else 0.0,
        float(masthead_name(text) is not None),
        float(parts > 1),
        float(parts > 1 and order == 0),
        float(_near(page, i, menu_line)),
        float(len(words) == 1),
        float(holder),
        float(i in page.tail and i not in page.head),
        float(bool(sequence) and path_spells(page.path_tokens, text)),
    ]


@functools.lru_cache(maxsize=None)
def _world_names() -> dict:
    """The names and aliases of the world files only (``archive/data/outlets_world_*.txt``): the
    curated ``outlets.txt`` holds the dev set's outlets, added while tuning on its halves, so a
    feature reading it would tell the model the answer on the halves it is judged on."""
    return build_table([(name, numbered_lines(name)) for name in data_files()[1:]]).names


def world_known(text: str) -> bool:
    """Whether the world data knows the name."""
    return lookup_name(_world_names(), text) is not None


def _part_of(holder: str, name: str) -> bool:
    """Whether one name is a run of the other's words."""
    a, b = name_words(holder), name_words(name)
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1))


def rows(content: Sequence[str], title_at: int, source_path: Optional[str] = None, lines=None) -> list:
    """``(index, name, features)`` for every candidate of the page."""
    page = Page(content, title_at, source_path, lines)
    found = []
    for i in _zone(len(page.content), title_at):
        for text, parts, order, holder in _line_candidates(page.content[i]):
            found.append((i, text, features(page, i, text, parts, order, holder)))
    return found


def load(path: Optional[Path] = None) -> Optional[dict]:
    """The fitted model (means, scales, weights, intercept, threshold), or None without the file
    or when it was fitted on other features."""
    return load_model(Path(path or WEIGHTS), FEATURES)


def stored_name(text: str) -> str:
    """The name a candidate stores: the data's one name where it knows it, else as written."""
    return canonical_outlet(text) or text


def canonical_known(text: str) -> bool:
    """Whether the data knows ``text`` as an outlet's name or spelling."""
    return is_known(canonical_outlet(text))


class Guessed(str):
    """An outlet the model guessed from a page's lines: the weakest sign, used by
    :func:`archive.extract.outlets.article_outlet` only where no rule (the body's dateline, footer,
    URL) and no ``--outlet`` names one."""


def best_outlet(content: Sequence[str], title_at: int, source_path: Optional[str] = None, lines=None,
                model: Optional[dict] = None) -> Optional[Guessed]:
    """The outlet the page's best candidate line names where the model is sure of it (probability
    above the file's threshold), marked as :class:`Guessed`, else None."""
    model = model if model is not None else load()
    if model is None or not content:
        return None
    best, name = model["threshold"], None
    for _, text, row in rows(content, title_at, source_path, lines):
        if furniture_name(text) and not canonical_known(text):
            continue  # "Transcript", "Share Post": page furniture by its shape, never a name
        p = probability(model, row)
        if p > best:
            best, name = p, text
    return Guessed(stored_name(name)) if name else None
