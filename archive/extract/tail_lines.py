"""The classifier's lines and the learned edge check's rows at a text's tail only (issue #16, round 37).

:func:`archive.extract.record_tails.judged_tail` reads a record's last few lines: their classes
(:func:`archive.extract.paragraphs.classify`) and the tail rows of the edge check
(:func:`archive.extract.edge_lines.zone_rows`). Classifying every line of the text to read the
last six cost most of a record's reading. Here the same values are computed for the tail alone:

- a line's class after context depends on the lines above it only as far up as the first line
  that is no furniture, longer than a listed headline (``LISTED_WORDS``) and good or bad on its
  own (an *anchor*): the link lists (``paragraphs._link_lists``) leave no list open past such a
  line, and the context stage (``paragraphs._revise``) never looks past a good or bad line. So the
  lines are judged from the end up to the first anchor above the tail, and the two context stages
  run from there (all of them where no line is an anchor): the tail's lines are those
  ``classify`` gives, field for field;
- the edge check's tail rows need of the other lines only their word counts (the text's middle
  line's length) and texts (lines repeated in it), not their classes.

The language (for the stop words) is still read from all the lines, as ``classify`` reads it.
``tests/test_speed37a_tail_lines.py`` checks both against the full computation.
"""

from __future__ import annotations

from typing import Optional, Sequence

from archive.extract import edge_lines, paragraphs

LISTED_WORDS = 25  # paragraphs._link_lists: a line of more words is never a listed headline


def classify_tail(texts: Sequence[str], tail: int) -> list:
    """``paragraphs.classify(texts)`` for the last ``tail`` lines (the same :class:`Line` values),
    None for the lines above them it did not need to judge (module doc)."""
    stops = paragraphs.stoplist(paragraphs.text_language(texts))
    n = len(texts)
    lines: list = [None] * n
    first = max(0, n - tail)
    start = 0
    for i in range(n - 1, -1, -1):
        line = paragraphs.judge(texts[i], stops)
        lines[i] = line
        if i < first and line.furniture is None and line.words > LISTED_WORDS \
                and line.initial in (paragraphs.GOOD, paragraphs.BAD):
            start = i
            break
    judged = lines[start:]
    paragraphs._link_lists(judged)
    paragraphs._revise(judged)
    return lines


def words_of(texts: Sequence[str], lines: Sequence) -> list:
    """Each line's words as :func:`paragraphs.judge` counts them (from ``lines`` where judged)."""
    return [line.words if line is not None else len(paragraphs._WORD.findall(paragraphs.plain(text)))
            for text, line in zip(texts, lines)]


def tail_rows(content: Sequence[str], lines: Sequence, words: Sequence[int],
              gap_before: Optional[Sequence[bool]] = None) -> list:
    """``edge_lines.zone_rows(content, lines, range(len(content)), None, gap_before)``'s rows of
    the ``"tail"`` zone, ``(index, features)``, reading ``lines`` only at the last
    ``edge_lines.TAIL_LINES`` indices (``words``: every line's word count)."""
    n = len(content)
    if not n:
        return []
    median_words = sorted(words)[n // 2]
    gaps = gap_before if gap_before is not None else [False] * n
    last = range(n - 1, max(-1, n - 1 - edge_lines.TAIL_LINES), -1)  # the edge line first, as zone_rows gives them
    return [(i, _tail_row(content, lines, median_words, gaps, i)) for i in last]


def _tail_row(content: Sequence[str], lines: Sequence, median_words: float, gaps: Sequence[bool], i: int) -> list:
    """The features of line ``i``, one of the last ``edge_lines.TAIL_LINES``, as ``zone_rows``
    gives them: the line under it its outer one, the line over it (within the tail) its inner one."""
    n = len(content)
    rank = n - 1 - i
    inner = i - 1 if rank + 1 < min(n, edge_lines.TAIL_LINES) else None
    outer = i + 1
    gap = False
    if inner is not None:
        gap = i - inner > 1 or gaps[i]
    text = content[i]
    return edge_lines.line_features(text, lines[i], content[inner] if inner is not None else None,
                                    content[outer] if outer < n else None, median_words, rank,
                                    content.count(text) > 1, gap)


class TailLeaning:
    """``tail_probabilities(content, lines, gap_before).get(i, 0.0)`` of
    :mod:`archive.extract.record_tails`, each line's row computed when it is first asked for (most
    records' last line is prose, and no row is read): the learned edge check's belief that line
    ``i`` is not text."""

    def __init__(self, content: Sequence[str], lines: Sequence, gap_before: Sequence[bool]):
        self.content, self.lines, self.gaps = content, lines, gap_before
        self.median: Optional[int] = None

    def __call__(self, i: int) -> float:
        model = edge_lines.load()
        n = len(self.content)
        if model is None or not max(0, n - edge_lines.TAIL_LINES) <= i < n:
            return 0.0
        if self.median is None:
            self.median = sorted(words_of(self.content, self.lines))[n // 2]
        return edge_lines.furniture_probability(model, "tail",
                                                _tail_row(self.content, self.lines, self.median, self.gaps, i))
