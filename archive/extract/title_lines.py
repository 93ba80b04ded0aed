"""A learned check for the headline line of a text page (issue #13, round 25): where the rules'
title is a line no person would take for the headline (the standfirst under it, a magazine's issue
line, a podcast's host line, a date or a relative-time stamp in a language the date data misses),
the page's own shape says which line it sets apart.

The candidates are the lines from the top of the page (at most ``page_layout.TITLE_WINDOW`` over the
text) to the first line of the text the rules found, and the rules' own title line. Each is
described by its shape and place, never by a phrase: its words and characters, its rank by length
among the candidates, its capitalised share, how it ends, its digits, whether the date reader reads a
date or a stamp in it (``bylines.date_in``, ``bylines.states_date``), a byline's or a role's shape, a
colon, a separator, the line under it (a date, a byline, a longer sentence), the line over it (a
menu, a short line), its place from the top and from the text, whether the page's first line (a
saved ``<title>``) or the file's name repeats its words, whether the folder's template repeats it,
its script, the rules' own choice. A logistic regression over these (weights as data:
``archive/data/title_lines.json``, fitted by ``bench/fit_title_lines.py`` on the dev set's truth,
judged leave-one-half-out) gives each candidate a probability of being the headline.

The title moves only where the model is sure: it gives the rules' line a probability under the
file's ``keep`` and another candidate one over its ``swap`` (both chosen on held-out precision of
the swaps); where the rules found no title, a candidate over ``swap`` is the title. Without the file
nothing changes.
"""

from __future__ import annotations

import math
import re
from pathlib import Path, PurePath
from typing import Optional, Sequence

from archive.extract.line_models import load_model, probability
from archive.extract import bylines, paragraphs, templates
from archive.extract.page_layout import TITLE_WINDOW, headline_like
from archive.extract.title_guards import fold_digits
from archive.model import collapse_whitespace

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "title_lines.json"
MAX_CHARS = 400  # a longer line is text: no candidate
LONG_WORDS = 15  # a sentence of text under a headline: this many words at least

FEATURES = (
    "bias", "log_words", "log_chars", "length_rank", "longest", "capitalised", "all_caps", "ends_stop",
    "ends_colon", "digits", "date_in", "states_date", "byline", "colon", "separator", "under_date",
    "under_byline", "under_longer", "under_sentence", "over_menu", "over_short", "from_top", "to_text",
    "first_line_repeats", "file_repeats", "repeated", "arabic", "rules_title", "furniture", "headline_like",
    "sentence", "in_labels", "shared", "top_shared", "year", "number_share", "over_shorter_headline", "under_longer_text",
)

_SEPARATOR = re.compile(r"\s[|–—·•-]\s|\s\|")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’-]*")
_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|13|14)\d\d(?!\d)")  # a year of the common or the solar/lunar Hijri era
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_STEM_TOKENS = re.compile(r"[^\w]+|_")
KEY_CHARS = 3  # words of this many characters at least are compared with the file's name and first line


class _Line:
    """What the features need of one line, computed once."""

    __slots__ = ("text", "words", "chars", "date", "stamp", "byline", "sentence", "furniture", "headline")

    def __init__(self, text: str, judged):
        self.text = text
        self.words = len(text.split())
        self.chars = len(text)
        self.date = bool(bylines.date_in(text))
        self.stamp = self.date or bylines.states_date(text)
        self.byline = bool(bylines.header_byline(text) or bylines.byline(text))
        self.sentence = paragraphs.ends_sentence(text)
        self.furniture = judged.furniture
        self.headline = headline_like(text, judged)


def _keys(text: str) -> set:
    return {t for t in _TOKEN.findall(text.casefold()) if len(t) >= KEY_CHARS and not t.isdigit()}


def _share(keys: set, other: set) -> float:
    return len(keys & other) / len(keys) if keys else 0.0


def candidates(content: Sequence[str], start: int, title_at: Optional[int]) -> list:
    """The indexes of the lines looked at: from the top (at most TITLE_WINDOW lines over the text) to
    the text's first line, and the rules' title line."""
    at = [i for i in range(max(0, start - TITLE_WINDOW), min(start + 1, len(content)))
          if 0 < len(content[i]) <= MAX_CHARS]
    if title_at is not None and title_at >= 0 and title_at not in at:
        at.append(title_at)
    return sorted(at)


def rows(content: Sequence[str], lines: Sequence, start: int, title_at: Optional[int], labels=frozenset(),
         source_path: Optional[str] = None, repeated: Optional[Sequence[bool]] = None, profile=None) -> list:
    """``(index, features)`` for every candidate of the page. ``profile`` (the folder's
    :class:`archive.extract.profile.GroupProfile`): the lines its other texts write too."""
    at = candidates(content, start, title_at)
    if not at:
        return []
    n = len(content)
    info = {}

    def line(i: int) -> _Line:
        if i not in info:
            info[i] = _Line(content[i], lines[i])
        return info[i]

    lengths = sorted(len(content[i]) for i in at)
    first = _keys(content[0]) if content else set()
    stem = set()
    if source_path and not source_path.startswith("<"):
        stem = _keys(" ".join(_STEM_TOKENS.split(PurePath(source_path).stem)))
    twice = profile.twice if profile is not None else frozenset()
    inner = profile.inner if profile is not None else frozenset()
    tops = profile.tops if profile is not None else frozenset()
    found = []
    for i in at:
        text = content[i]
        key = templates.line_key(text) if twice or inner else None
        here = line(i)
        latin = _LATIN_WORD.findall(text)
        letters = [c for c in text if c.isalpha()]
        keys = _keys(text)
        below = line(i + 1) if i + 1 < n else None
        above = line(i - 1) if i > 0 else None
        rank = sum(1 for k in lengths if k < len(text)) / max(1, len(lengths) - 1)
        found.append((i, [
            1.0,
            math.log1p(here.words),
            math.log1p(here.chars),
            rank,
            float(len(text) == lengths[-1]),
            sum(1 for w in latin if w[0].isupper()) / len(latin) if latin else 0.0,
            float(len(letters) >= 4 and all(c.isupper() for c in letters if c.lower() != c.upper())),
            float(text.endswith((".", "!", "?", "…", "۔", "。"))),
            float(text.endswith((":", "：", ",", ";", "،"))),
            len(_DIGIT.findall(text)) / max(1, len(text)),
            float(here.date),
            float(here.stamp),
            float(here.byline),
            float(":" in text or "：" in text),
            float(bool(_SEPARATOR.search(text))),
            float(below is not None and below.stamp),
            float(below is not None and below.byline),
            float(below is not None and below.words > here.words),
            float(below is not None and below.words >= LONG_WORDS and below.sentence),
            float(above is not None and above.furniture is not None),
            float(above is not None and above.words <= 3),
            1.0 / (1 + i),
            1.0 / (1 + abs(start - i)),
            _share(keys, first) if i > 0 and len(keys) >= 2 else 0.0,
            _share(keys, stem) if len(keys) >= 2 else 0.0,
            float(bool(repeated) and i < len(repeated) and bool(repeated[i])),
            float(bool(_ARABIC.search(text))),
            float(title_at is not None and i == title_at),
            float(here.furniture is not None),
            float(here.headline),
            float(here.sentence),
            float(i in labels),
            float(key is not None and (key in twice or key in inner)),
            float(bool(tops) and templates.masked_key(text) in tops),
            float(bool(_YEAR.search(fold_digits(text)))),
            sum(1 for w in text.split() if _DIGIT.search(w)) / max(1, here.words),
            float(above is not None and above.headline and 2 <= above.words < here.words),
            float(below is not None and (below.headline or below.sentence) and below.words > here.words),
        ]))
    return found


def load(path: Optional[Path] = None) -> Optional[dict]:
    """The fitted model (means, scales, weights, intercept, thresholds), or None without the file or
    when it was fitted on other features."""
    return load_model(Path(path or WEIGHTS), FEATURES)


def decide(scored: Sequence[tuple], title_at: Optional[int], keep: float, swap: float) -> Optional[int]:
    """The line the model moves the title to, from ``(index, probability)`` pairs, else None: the best
    other candidate, over ``swap`` and over the rules' line, where the rules' line (if any) is under
    ``keep``."""
    rules = next((p for i, p in scored if i == title_at), None)
    if rules is not None and rules >= keep:
        return None
    best = max(((p, i) for i, p in scored if i != title_at), default=None)
    if best is None or best[0] <= swap or (rules is not None and best[0] <= rules):
        return None
    return best[1]


def checked(content: Sequence[str], lines: Sequence, start: int, title_at: Optional[int], labels=frozenset(),
            source_path: Optional[str] = None, repeated: Optional[Sequence[bool]] = None, profile=None,
            model: Optional[dict] = None) -> Optional[int]:
    """The title's line: the rules' ``title_at``, unless the model is sure of another (module doc)."""
    from archive.extract.title_layouts import headline_over_dateline, headline_under_organisation

    ruled = headline_over_dateline(content, lines, title_at) if content else None
    ruled = ruled if ruled is not None else (headline_under_organisation(content, lines, title_at, start) if content else None)
    if ruled is not None:  # rules of the page's shape the model was not fitted on (round 27)
        return ruled
    model = model if model is not None else load()
    if model is None or not content:
        return title_at
    found = rows(content, lines, start, title_at, labels, source_path, repeated, profile)
    scored = [(i, probability(model, row)) for i, row in found]
    moved = decide(scored, title_at, model["keep"], model["swap"])
    return title_at if moved is None else moved
