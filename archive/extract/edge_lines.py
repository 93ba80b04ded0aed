"""A small learned check on the edges of an article's text: the first and last lines the rules
kept, where captions, standfirsts, lists of related headlines and contact blocks stand.

Two logistic regressions (the head of the text, its tail) over features of a line that hold in
any language and layout: its length against the text's and against the line beside it towards
the middle (a short line under a long paragraph), final punctuation (a stop, a colon, a closing
bracket, a comma, a question mark), capitalised words, contact signs, separators, sentences
inside, a note's mark opening it ("[2] ..."), capitalised words opening it before one in lower
case (a sentence naming someone first: an author's note), the line beside it, the
paragraph classifier's verdict (:mod:`archive.extract.paragraphs`) and its distance from the
edge. The features were chosen leave-one-half-out (``bench/fit_edge_lines.py --loho``: each half
of the dev set judged by a model fitted on the others). The weights are data
(``archive/data/edge_lines.json``), fitted by ``bench/fit_edge_lines.py`` on the dev set's truth;
without that file nothing is trimmed.

A line is dropped only where the model is sure it is not text (probability above the file's
threshold), from the edge inwards, a few lines at most, never more than a third of the text's
lines; a first line opening with a dateline starts the text; a first line
ending with a comma (a letter's salutation) or a dateline alone runs on into the next, and a line
of prose (a sentence as long as the text's middle line) and the lines a rule joined to the end of
the text (a short last sentence, a list the text announces) are kept unless the model is surer still
(the file's ``keep_threshold``, chosen leave-one-half-out on those lines alone: a comment policy, an
agency's desk credit in brackets, a contact line the rules took for a last sentence; the lines one
rule joined are dropped all together or none of them), and
so are the pieces of a paragraph broken across lines (a PDF's or a scan's text). Two rules need no
model: a first line of lower-case words closed by a credit in capitals is a picture's caption; a
short last line naming a sum of money over a button left out of the text is a donation appeal; a
first line giving a reading time ("Lecture en 4 min.") is the page's header.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

from archive.extract import paragraphs

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "edge_lines.json"
HEAD_LINES = 3  # the first lines of the text looked at
TAIL_LINES = 6  # the last ones (lists of related headlines run longer)
OUTSIDE = 3  # lines beyond each edge that fitting also learns from

FEATURES = (
    "bias", "log_words", "ends_sentence", "ends_colon", "ends_bracket", "log_length_ratio", "capitalised",
    "contact", "sentences", "outer_colon", "inner_prose", "separators", "good", "bad", "furniture",
    "near_edge", "headline_shape", "stop_density", "repeated_here", "gap_inner", "ends_comma", "note_mark",
    "name_opening", "ends_question", "inner_ratio",
)

_WORD = re.compile(r"\w+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d")
_SENTENCE_INSIDE = re.compile(r"[.!?؟](?:[\"'”’»)]*)\s+\S")
_SEPARATORS = re.compile(r"[|•·»›]")
_NOTE_MARK = re.compile(r"^\W{0,2}[\[(]?\d{1,3}[\])]")  # "[2] Interview with ...", "(1) ...": a note
# Two to four capitalised words, then one in lower case: a sentence naming a person or a body first
# ("Marta Ilic is a research analyst ...", "Mercy Corps is a ...").
_NAME_OPENING = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){2,4}[a-z]")
# A credit in capitals closing a line of lower-case words ("... near the border HALA NASRALLAH FOR THE
# TIMES", "... in Raqqa DELIL SOULEIMAN/AFP"): a picture's caption.
_CAPS_CREDIT = re.compile(r"[a-z]\W*\s+(?:[A-Z][A-Z'’./-]+\s+){1,6}[A-Z][A-Z'’./-]+\W*$")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def line_features(text: str, line, inner: Optional[str], outer: Optional[str], median_words: float,
                  rank: int, repeated: bool = False, gap: bool = False) -> list:
    """The features of one line: ``line`` is its :class:`paragraphs.Line`, ``inner`` the line beside
    it towards the middle of the text, ``outer`` the one beside it away from it, ``rank`` its
    distance from the edge (0: the edge line), ``repeated`` whether the same line stands elsewhere
    in the input, ``gap`` whether a blank or dropped line parts it from ``inner``."""
    words = _words(text)
    latin = _LATIN_WORD.findall(text)
    sentence = line.sentence
    stripped = text.rstrip()
    return [
        1.0,
        math.log1p(words),
        float(sentence),
        float(stripped.endswith((":", "："))),
        float(stripped.endswith((")", "]"))),
        math.log((words + 1) / (median_words + 1)),
        sum(1 for w in latin if w[0].isupper()) / len(latin) if latin else 0.0,
        float(bool(_CONTACT.search(text))),
        min(3, len(_SENTENCE_INSIDE.findall(text))) / 3,
        float(bool(outer) and outer.rstrip().endswith((":", "："))),
        float(bool(inner) and _words(inner) >= 20 and paragraphs.ends_sentence(inner)),
        float(bool(_SEPARATORS.search(text))),
        float(line.cls == paragraphs.GOOD),
        float(line.cls == paragraphs.BAD),
        float(line.furniture is not None),
        1.0 / (1 + rank),
        float(words <= 15 and not sentence),
        line.stop_density,
        float(repeated),
        float(gap),
        float(stripped.endswith((",", "،"))),
        float(bool(_NOTE_MARK.match(text))),
        float(bool(_NAME_OPENING.match(text))),
        float(stripped.endswith(("?", "؟"))),
        math.log((words + 1) / (_words(inner) + 1)) if inner else 0.0,
    ]


def zone_rows(content: Sequence[str], lines: Sequence, body_at: Sequence[int], title: Optional[str],
              gap_before: Optional[Sequence[bool]] = None, outside: int = 0, skip=None) -> list:
    """``(zone, index, features)`` for the lines at the text's edges (``body_at``: the indices into
    ``content`` of the text's lines; ``gap_before``: whether a blank or dropped line stands before
    each), and ``outside`` lines beyond each edge (for fitting: each is featured as if it were the
    edge line); none for the lines ``skip`` (a predicate on an index) leaves out. ``title`` is
    not read by today's features (its share of a line's words carried nothing to unseen halves)."""
    if not body_at:
        return []
    median_words = median_length(lines, body_at)
    counts = Counter(content)
    gaps = gap_before if gap_before is not None else [False] * len(content)
    context = (content, lines, median_words, counts, gaps)
    rows = []
    head = list(body_at[:HEAD_LINES])
    tail = list(body_at[-TAIL_LINES:])[::-1]
    for zone, kept, step in (("head", head, 1), ("tail", tail, -1)):
        edge = kept[0]
        for rank, i in enumerate(kept):
            if skip is not None and skip(i):
                continue
            inner = kept[rank + 1] if rank + 1 < len(kept) else None
            outer = kept[rank - 1] if rank > 0 else edge - step
            rows.append((zone, i, _row(context, i, inner, outer, rank)))
        for n in range(1, outside + 1):
            i = edge - step * n
            if not 0 <= i < len(content):
                break
            rows.append((zone, i, _row(context, i, i + step, i - step, 0)))
    return rows


def median_length(lines: Sequence, body_at: Sequence[int]) -> int:
    """The words of the text's middle line by length."""
    return sorted(lines[i].words for i in body_at)[len(body_at) // 2]


def _row(context, i, inner, outer, rank) -> list:
    content, lines, median_words, counts, gaps = context
    near = (lambda j: content[j] if j is not None and 0 <= j < len(content) else None)
    gap = False
    if inner is not None and 0 <= inner < len(content):
        low, high = min(i, inner), max(i, inner)
        gap = high - low > 1 or gaps[high]
    return line_features(content[i], lines[i], near(inner), near(outer), median_words, rank,
                         counts[content[i]] > 1, gap)


def load(path: Optional[Path] = None) -> Optional[dict]:
    """The fitted model: per zone the features' means, scales and weights, and the threshold;
    None without the file (``path``, by default :data:`WEIGHTS`)."""
    return _load(Path(path or WEIGHTS))


@lru_cache(maxsize=4)
def _load(path: Path) -> Optional[dict]:
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != FEATURES:
        return None  # fitted on other features: refit (bench/fit_edge_lines.py)
    return data


def furniture_probability(model: dict, zone: str, features: Sequence[float]) -> float:
    part = model[zone]
    score = sum(w * ((x - m) / s) for x, m, s, w in zip(features, part["mean"], part["scale"], part["weights"]))
    score += part["intercept"]
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def trim(content: Sequence[str], lines: Sequence, body_at: list, title: Optional[str],
         gap_before: Optional[Sequence[bool]] = None, keep=frozenset(), model: Optional[dict] = None) -> list:
    """``body_at`` without the lines at its edges that the model is sure are not text; never the
    lines of ``keep`` (those a rule joined to the text: a salutation, a short last sentence, a
    list the text announces)."""
    while len(body_at) >= 3 and caption_with_credit(content[body_at[0]]):
        body_at = body_at[1:]  # a caption over the text, its credit in capitals: a rule, model or not
    timed = [n for n, i in enumerate(body_at[:HEAD_LINES]) if reading_time(content[i])]
    if timed and len(body_at) - timed[-1] > 2:
        body_at = body_at[timed[-1] + 1:]  # a reading time over the text: the header ends there
    return _without_appeal(content, lines, _trim(content, lines, body_at, title, gap_before, keep, model))


READING_TIME_WORDS = 6
READING_TIME_LABEL = 2  # words beside "5 minutes" ("Leestijd", "Temps de lecture"); beside "5 min", any few
# A number of minutes, as a reading time gives it in many languages ("4 min", "5 minutes", "3 Minuten").
_MINUTES = re.compile(r"(?<!\d)\d{1,2}\s?(?:min|mins|minute|minutes|minuten|minutos|minuti|minuter|dakika|دقائق|دقيقة)\b\.?", re.I)


def reading_time(text: str) -> bool:
    """A reading time alone on a line over the text ("Lecture en 4 min.", "Leestijd 3 minuten",
    "5 min read"): a few words, one number of minutes, no other digit."""
    match = _MINUTES.search(text)
    if not match or len(text.split()) > READING_TIME_WORDS:
        return False
    rest = text[:match.start()] + " " + text[match.end():]
    short = match.group(0).rstrip(".").split()[-1].lstrip("0123456789").casefold() in ("min", "mins")
    return not any(c.isdigit() for c in rest) and (short or len(rest.split()) <= READING_TIME_LABEL)


APPEAL_WORDS = 25
APPEAL_SUM_AT = 4  # the sum stands among the appeal's first words ("£30 could ...", "A gift of £30 ...")
# A sum of money: "£30", "$ 50", "20 €", "EUR 25", "100 USD".
_MONEY = re.compile(r"[$€£¥₺₹]\s?\d|\d\s?[€£$]|\b(?:USD|EUR|GBP|CHF|SEK|NOK|DKK|CAD|AUD)\s?\d|\d\s?(?:USD|EUR|GBP|CHF)\b")
_BUTTON_KINDS = ("call to action", "widget")


def _without_appeal(content: Sequence[str], lines: Sequence, body_at: list) -> list:
    """The text without a donation appeal closing it: its last line, short, opening on a sum of money
    ("£30 could provide a family with ...", "20 € suffisent pour ..."), right over a line the
    classifier judged a call to action or a widget by its words (the page's "Donate" button), left
    out of the text. A sum in the story's own last paragraph stands over no button."""
    if len(body_at) < 3:
        return body_at
    last = body_at[-1]
    after = last + 1
    if after < len(content) and after not in body_at and lines[after].furniture in _BUTTON_KINDS \
            and lines[last].words <= APPEAL_WORDS and _MONEY.search(" ".join(content[last].split()[:APPEAL_SUM_AT])):
        return body_at[:-1]
    return body_at


def _trim(content: Sequence[str], lines: Sequence, body_at: list, title: Optional[str],
          gap_before: Optional[Sequence[bool]] = None, keep=frozenset(), model: Optional[dict] = None) -> list:
    """:func:`trim`'s learned part: the model's judgement of the lines at the edges."""
    model = model if model is not None else load()
    if model is None or len(body_at) < 3:
        return body_at
    threshold = model["threshold"]
    overrule = model.get("keep_threshold")  # a line a rule joined to the text's end: dropped only above this
    median = median_length(lines, body_at)
    wrapped = _wrapped(content, body_at)
    closing = body_at[-1] if _closing_sentence(content, lines, body_at) else None
    rows = zone_rows(content, lines, body_at, title, gap_before,
                     skip=lambda i: (i in keep and overrule is None) or i in wrapped or _prose(lines[i], median)
                     or i == closing)
    furniture = {(zone, i) for zone, i, row in rows
                 if (i not in keep or zone == "tail") and furniture_probability(model, zone, row)
                 > (overrule if i in keep else threshold)}
    if not furniture:
        return body_at
    first, last = 0, len(body_at)
    most = len(body_at) // 3  # the edges are a small part of a text: never more than a third of it
    while first < min(HEAD_LINES, most) and ("head", body_at[first]) in furniture \
            and not _runs_on(content[body_at[first]]):
        first += 1
    while first + len(body_at) - last < most and len(body_at) - last < TAIL_LINES \
            and ("tail", body_at[last - 1]) in furniture:
        last -= 1
    ruled = [i for i in body_at if i in keep]
    if any(i in body_at[first:last] for i in ruled):
        last = max(last, body_at.index(ruled[-1]) + 1)  # a rule's block is overruled whole or not at all
    kept = body_at[first:last]
    if not any(_a_sentence(content[i]) for i in kept) \
            and any(_a_sentence(content[i]) for i in body_at[:first] + body_at[last:]):
        return body_at  # the check never cuts away all of a text's prose, leaving the furniture beside it
    return kept


PROSE_WORDS = 8  # a line of prose: a whole sentence of at least this many words


def _a_sentence(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and paragraphs.ends_sentence(text)


_NEW_SENTENCE = re.compile(r"[.!?؟][\"'”’»]*\s+[\"'“‘«]?[A-Z]")  # a second sentence ("8. novembra" is a date's stop)
CLOSING_WORDS = (3, 12)  # a story's short last sentence ("The application is dismissed.")
# A note naming someone: "Jane Doe is a ...", "Jane Doe covers courts for ..." (a verb of the present).
_NOTE_SUBJECT = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:is|are|was|were)\s+(?:a|an|the|one)\b|[a-z]+s\s)")


def _closing_sentence(content: Sequence[str], lines: Sequence, body_at: Sequence[int]) -> bool:
    """The text's last line is its last sentence: a short line of one sentence ending in a full
    stop, opening with a capital (or an uncased letter), no address, separator, bracket or note's
    mark in it, not a note naming someone ("Jane Doe is a ..."), right under a line of the text
    (the classifier's good) that ends a sentence, no other line between them in the page. The model, taught on short lines at the edges, trims it with the furniture ("Darlington
    MP declined to comment.", "The Court will hear the parties as to costs.")."""
    if len(body_at) < 3 or body_at[-1] != body_at[-2] + 1:
        return False
    text, above = content[body_at[-1]].strip(), content[body_at[-2]]
    line = lines[body_at[-1]]
    if not (CLOSING_WORDS[0] <= line.words <= CLOSING_WORDS[1]) or not text.endswith(".") or text.endswith("..") \
            or line.furniture is not None or line.cls != paragraphs.GOOD or not text[:1].isalpha() \
            or (text[:1].lower() != text[:1].upper() and not text[:1].isupper()):
        return False
    if _imperative(text) or _CONTACT.search(text) or _SEPARATORS.search(text) or _NOTE_MARK.match(text) or _NOTE_SUBJECT.match(text) \
            or any(c in text for c in "()[]:") or _NEW_SENTENCE.search(text):
        return False
    return paragraphs.ends_sentence(above) and lines[body_at[-2]].cls == paragraphs.GOOD


def _imperative(text: str) -> bool:
    """A line opening with a call to action's verb ("Follow X on Telegram for the latest news.")."""
    from archive.extract.calls_to_action import _words as furniture_words
    from archive.extract.line_furniture import plain

    first = _WORD.findall(plain(text)[:40])
    return bool(first) and first[0] in furniture_words("cta_verbs")


def caption_with_credit(text: str) -> bool:
    """A picture's caption: a line of lower-case words closed by a credit in capitals ("Women queue
    for water at the camp HALA NASRALLAH FOR THE TIMES"), ending no sentence, not opening with a
    dateline."""
    stripped = text.rstrip()
    return len(stripped) <= 300 and bool(_CAPS_CREDIT.search(stripped)) and not paragraphs.ends_sentence(stripped) \
        and not _runs_on(stripped)


def _prose(line, median: int) -> bool:
    """A line (:class:`paragraphs.Line`) as long as the text's middle line (``median`` words) or
    longer that ends a sentence: prose like the rest, kept whatever the model says (the model is for
    the short lines at the edges), its features not even computed."""
    return line.sentence and line.words >= max(20, median)


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")  # "peo-": a word broken at the line's end
_LOWER_START = re.compile(r"^[\W_]*[a-zà-öø-ÿ]")


def _wrapped(content: Sequence[str], body_at: Sequence[int]) -> set:
    """The lines of ``body_at`` that are pieces of one paragraph broken across lines (a PDF's or
    an OCR'd scan's text): a line ending in a word broken by a hyphen, the line after it, and a line
    whose next line goes on with its sentence in lower case. The model learned from pages saved as
    text, where a line is a paragraph; pieces of a broken paragraph are text whatever it says."""
    wrapped = set()
    pairs = set(zip(body_at, body_at[1:]))
    if len(body_at) > HEAD_LINES + TAIL_LINES + 4:  # only the lines at the edges are judged
        head, tail = body_at[:HEAD_LINES + 2], body_at[-TAIL_LINES - 2:]
        pairs = set(zip(head, head[1:])) | set(zip(tail, tail[1:]))
    for before, after in sorted(pairs):
        end = content[before].rstrip()
        if _BROKEN_WORD.search(end) or (not paragraphs.ends_sentence(end) and not end.endswith((":", "："))
                                        and _LOWER_START.match(content[after])):
            wrapped.update((before, after))
    return wrapped


def _runs_on(text: str) -> bool:
    """A first line that starts the text: a salutation ("Dear Ministers,"), a dateline alone or
    opening it ("HAYWARD, Calif. (AP) — ...")."""
    return text.rstrip().endswith((",", "،")) or paragraphs.dateline_alone(text) \
        or paragraphs.opens_with_dateline(text)
