"""Whoosh queries matched and BM25F-scored with numpy over every hit, segment by segment.

Whoosh's own matchers step through every posting in Python: exact totals and the ids for facet
counts cost O(hits) interpreted steps (4.5 s at 1M articles for a common word). Here each
segment's matcher tree is built by Whoosh exactly as its collector builds it (so the query's
shape, its Or/And trees, boosts, deleted documents, the scorer's idf and average length are
Whoosh's own), and then evaluated on arrays instead of stepped through: each leaf's postings are
decoded whole (:mod:`indexer.fulltext.postings`), scored with the scorer's own BM25 formula over
the field-length column, and combined node by node in the tree's order, so every score is the
same sum of the same terms in the same order as Whoosh's: equal to the last bit.

Matchers this does not know (wildcards under a constant score, spans other than plain phrases,
DisjunctionMax, coordination) raise :class:`Unsupported`; the caller then runs Whoosh's own
collector. Phrases (slop 1, in order) check positions only in documents holding every word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from indexer.fulltext.postings import Postings, PostingsCache, decode_extent, from_lists, positions


class Unsupported(Exception):
    """A query shape the array path does not evaluate; use Whoosh's collector."""


@dataclass
class Matches:
    """Every match of a query over the whole index: global ``docnums`` (ascending, int64), their
    ``scores`` (float64), ``segments`` (``[(reader, offset, count)]``, the index's segments in
    docnum order) and ``terms`` (``[(term, global docnums where it matched)]``)."""

    docnums: np.ndarray
    scores: np.ndarray
    segments: list
    terms: list

    def __len__(self) -> int:
        return len(self.docnums)


_EMPTY_DOCS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)


class _Segment:
    """What evaluating one segment needs: its reader, the cache, its length columns and its
    postings file (:mod:`.postings_files`: common terms' postings kept decoded), if any."""

    def __init__(self, reader, cache: PostingsCache, lengths: Callable, file=None):
        self.reader = reader
        self.segment_id = reader.segment().segment_id()
        self.size = reader.doc_count_all()  # every docnum of the segment is below it
        self.cache = cache
        self.lengths = lengths  # lengths(reader, fieldname) -> float64 array by segment docnum
        self.file = file

    def _from_file(self, matcher) -> Optional[tuple]:
        """``(term's index in the file, ids, weights)`` where the segment's file holds the
        matcher's term and agrees with it (its extent, its first block's count and last doc
        number, doc numbers within the segment); else None (decoded from Whoosh's blocks)."""
        length = matcher._length[0] if isinstance(matcher._length, tuple) else matcher._length
        i = self.file.find(matcher._startoffset, length)
        if i is None or not self.file.intact(i):
            return None
        ids, weights = self.file.postings(i)
        first = matcher._blocklength
        if (not first or len(ids) < first or int(ids[first - 1]) != matcher._maxid
                or int(ids[0]) < 0 or int(ids[-1]) >= self.file.docs):
            return None
        return i, ids, weights

    def positions(self, leaf) -> tuple:
        """``(doc number, position)`` of every position of the leaf's postings (int64 doc numbers,
        ascending, positions ascending within one), from the segment's file where it holds them,
        else decoded (and kept)."""
        from whoosh.codec.whoosh3 import W3LeafMatcher

        if self.file is not None and type(leaf) is W3LeafMatcher:
            found = self._from_file(leaf)
            if found is not None:
                kept = self.file.position_docs(found[0])
                if kept is not None:
                    return kept
        postings = self.postings(leaf, want_values=True)
        key = (self.segment_id, leaf._term[0], leaf._term[1])
        before = postings.nbytes
        owner, pos = positions(postings)
        self.cache.grew(key, before, postings)
        return postings.ids.astype(np.int64)[owner], pos

    def postings(self, matcher, want_values: bool) -> Postings:
        from whoosh.codec.whoosh3 import W3LeafMatcher
        from whoosh.matching import ListMatcher

        term = getattr(matcher, "_term", None)
        if term is None:
            raise Unsupported("a leaf matcher without its term")
        if not want_values and self.file is not None and type(matcher) is W3LeafMatcher:
            found = self._from_file(matcher)
            if found is not None:  # read from the mapped file: not kept in the cache
                return Postings(found[1], found[2], None)
        key = (self.segment_id, term[0], term[1])
        found = self.cache.get(key, want_values)
        if found is not None:
            return found
        if isinstance(matcher, W3LeafMatcher):
            length = matcher._length
            if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps it as unpack's tuple
                length = length[0]
            data = matcher._postfile.get(matcher._startoffset, length)
            found = decode_extent(data, want_values=True)
        elif isinstance(matcher, ListMatcher):
            weights = matcher._weights
            if not weights and matcher._all_weights:
                weights = [matcher._all_weights] * len(matcher._ids)
            found = from_lists(matcher._ids, weights or None, matcher._values, want_values=True)
        else:
            raise Unsupported(type(matcher).__name__)
        if not want_values:
            # Values (positions) are only kept for terms a phrase asked for.
            found = Postings(found.ids, found.weights, None)
        self.cache.put(key, found)
        return found


def _leaf_scores(segment: _Segment, matcher, postings: Postings) -> np.ndarray:
    from whoosh.scoring import BM25FScorer, WeightScorer

    scorer = getattr(matcher, "scorer", None) if not hasattr(matcher, "_scorer") else matcher._scorer
    if scorer is None:
        return postings.weights.copy()
    if type(scorer) is WeightScorer:
        return postings.weights.copy()
    if not isinstance(scorer, BM25FScorer) or type(scorer)._score is not BM25FScorer._score:
        raise Unsupported(f"scorer {type(scorer).__name__}")
    fieldname = matcher._term[0]
    fl = segment.lengths(segment.reader, fieldname)[postings.ids]
    tf = postings.weights
    idf, avgfl, B, K1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    # whoosh.scoring.bm25, the same operations in the same order (so the same bits).
    return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))


# Sorted docnum sets and a node's value built from them (moved to docnum_sets.py; re-exported).
from indexer.fulltext.docnum_sets import (  # noqa: E402,F401
    DENSE, _common, _dense, _intersection, _mask, _merged, _not_in, _only_in, _positions_in, _restrict, _union,
    member,
)


def evaluate(segment: _Segment, matcher) -> tuple:
    """``(segment docnums, scores, [(term, docnums)])`` of every document ``matcher`` matches in
    the segment, with the query terms matched in each (for highlighting, as Whoosh's
    ``terms=True`` collector records them)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching import (
        AndMaybeMatcher, AndNotMatcher, ArrayUnionMatcher, FilterMatcher, IntersectionMatcher, InverseMatcher,
        ListMatcher, NullMatcherClass, RequireMatcher, UnionMatcher, WrappingMatcher,
    )
    from whoosh.query.spans import SpanNear2

    kind = type(matcher)
    size = segment.size
    if kind is NullMatcherClass:
        return _EMPTY_DOCS, _EMPTY_SCORES, []
    if kind is ListMatcher and getattr(matcher, "_term", None) is None and matcher._scorer is None:
        # Scores given beforehand (ranking's _Bonus: feedback words' part of the top hits' scores).
        docs = np.asarray(list(matcher._ids), dtype=np.int64)
        if matcher._all_weights:
            scores = np.full(len(docs), float(matcher._all_weights))
        elif matcher._weights:
            scores = np.asarray(list(matcher._weights), dtype=np.float64)
        else:
            scores = np.ones(len(docs), dtype=np.float64)
        return docs, scores, []
    if kind is W3LeafMatcher or kind is ListMatcher:
        postings = segment.postings(matcher, want_values=False)
        docs = postings.ids.astype(np.int64)
        return docs, _leaf_scores(segment, matcher, postings), [(matcher._term, docs)]
    if kind is UnionMatcher:
        return _union(evaluate(segment, matcher.a), evaluate(segment, matcher.b), size)
    if kind is IntersectionMatcher:
        return _intersection(evaluate(segment, matcher.a), evaluate(segment, matcher.b), size)
    if kind is AndNotMatcher:
        return _not_in(evaluate(segment, matcher.a), evaluate(segment, matcher.b)[0], size)
    if kind is AndMaybeMatcher:
        a, b = evaluate(segment, matcher.a), evaluate(segment, matcher.b)
        ia = np.flatnonzero(member(a[0], b[0], size))
        ib = _positions_in(b[0], a[0][ia], size)
        scores = a[1].copy()
        scores[ia] = scores[ia] + b[1][ib]
        return a[0], scores, a[2] + _restrict(b[2], a[0], size)
    if kind is RequireMatcher:
        a, b = evaluate(segment, matcher.a), evaluate(segment, matcher.b)
        found = _only_in(a, b[0], size)
        return found[0], found[1], found[2] + _restrict(b[2], found[0], size)
    if kind is WrappingMatcher:
        docs, scores, terms = evaluate(segment, matcher.child)
        return docs, (scores * matcher.boost if matcher.boost != 1.0 else scores), terms
    if kind is FilterMatcher:
        found = evaluate(segment, matcher.child)
        listed = np.sort(np.fromiter(matcher._ids, dtype=np.int64, count=len(matcher._ids)))
        return _not_in(found, listed, size) if matcher._exclude else _only_in(found, listed, size)
    if kind is ArrayUnionMatcher:
        boost = matcher._boost
        parts = [evaluate(segment, sub) for sub in matcher._submatchers]
        docs = _merged([p[0] for p in parts], size) if parts else _EMPTY_DOCS
        dense = _dense(size, docs)
        scores = np.zeros(size if dense else len(docs), dtype=np.float64)
        for sub_docs, sub_scores, _ in parts:  # a[i] += m.score() * boost, submatcher by submatcher
            where = sub_docs if dense else np.searchsorted(docs, sub_docs)
            scores[where] += sub_scores * boost
        return docs, (scores[docs] if dense else scores), [pair for part in parts for pair in part[2]]
    if kind is SpanNear2.SpanNear2Matcher:
        return _phrase(segment, matcher)
    if kind is InverseMatcher:
        return _inverse(segment, matcher)
    raise Unsupported(kind.__name__)


def _inverse(segment: _Segment, matcher) -> tuple:
    """Whoosh's Not: every live document of the segment the child does not match, scored its weight."""
    owner = getattr(matcher.missing, "__self__", None)
    deleted = getattr(owner, "deleted_docs_set", None) if owner is not None else None
    if owner is not None and deleted is None:
        raise Unsupported("Not with an unknown 'missing' test")
    keep = np.ones(matcher.limit, dtype=bool)
    keep[evaluate(segment, matcher.child)[0]] = False
    if deleted:
        keep[np.fromiter(deleted, dtype=np.int64, count=len(deleted))] = False
    docs = np.flatnonzero(keep).astype(np.int64)
    return docs, np.full(len(docs), float(matcher._weight)), []


def _term_leaf(matcher):
    """The leaf under a phrase word's matcher (deleted documents are filtered by the caller)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher
    from whoosh.matching import FilterMatcher, ListMatcher

    if type(matcher) is FilterMatcher and matcher._exclude:
        matcher = matcher.child
    if type(matcher) in (W3LeafMatcher, ListMatcher):
        return matcher
    raise Unsupported(f"phrase over {type(matcher).__name__}")


def _phrase(segment: _Segment, matcher) -> tuple:
    """Whoosh's SpanNear2 with slop 1, in order, mindist 1 (a Phrase): the words at consecutive
    positions. Scored as Whoosh does, by the intersection of the words' matchers under it.

    Each word's (document, position - its place in the phrase) pairs, as one int64 key, come out
    sorted (postings by document, positions ascending within one), so the phrase's starts are
    found by binary search of one word's keys in the next's, with no sort."""
    if not (matcher.slop == 1 and matcher.ordered and matcher.mindist == 1):
        raise Unsupported("spans other than a plain phrase")
    docs, scores, terms = evaluate(segment, matcher.child)  # the words' intersection, deletions applied
    if not len(docs):
        return docs, scores, terms
    candidates = None
    for k, word in enumerate(matcher.ms):
        leaf = _term_leaf(word)
        at, pos = segment.positions(leaf)
        inside = member(at, docs, segment.size)  # the positions in documents holding every word
        # The phrase's start in this doc (shifted so a word before position k stays positive).
        keys = (at[inside] << 32) | (pos[inside].astype(np.int64) - k + (1 << 20))
        candidates = keys if candidates is None else _common(candidates, keys)
        if not len(candidates):
            break
    starts = candidates >> 32
    keep = member(docs, starts, segment.size)
    kept = docs[keep]
    return kept, scores[keep], _restrict(terms, kept, segment.size)


def match_all(searcher, parsed, cache: PostingsCache, lengths: Callable, deadline: Optional[float] = None,
              files: Optional[Callable] = None) -> Matches:
    """Every match of ``parsed`` in the searcher's index with Whoosh's scores, or
    :class:`Unsupported`. Matchers are made with the context of Whoosh's ranking collector
    (``needs_current``: its term-collecting wrapper asks for it), which decides the Or trees.
    ``files(reader)``: the segment's postings file (:class:`.postings_files.PostingsFiles`), or None."""
    import time

    context = searcher.context(needs_current=True)
    all_docs, all_scores, segments, terms = [], [], [], []
    subsearchers = searcher.leaf_searchers() if not searcher.is_atomic() else [(searcher, 0)]
    for subsearcher, offset in subsearchers:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError
        reader = subsearcher.reader()
        segments.append((reader, offset, reader.doc_count_all()))
        matcher = parsed.matcher(subsearcher, context)
        docs, scores, matched = evaluate(_Segment(reader, cache, lengths, files(reader) if files else None), matcher)
        if deadline is not None and time.monotonic() > deadline:
            raise TimeoutError  # over the time limit: the caller's collectors stop and say so
        if len(docs):
            all_docs.append(docs + offset)
            all_scores.append(scores)
            terms += [(term, found + offset) for term, found in matched if len(found)]
    if not all_docs:
        return Matches(_EMPTY_DOCS, _EMPTY_SCORES, segments, terms)
    return Matches(np.concatenate(all_docs), np.concatenate(all_scores), segments, terms)


def top_order(scores: np.ndarray, docnums: np.ndarray, k: Optional[int]) -> np.ndarray:
    """Indexes of the best ``k`` matches (all with ``None``), best first: highest score, then
    lowest docnum (Whoosh's collector's order). ``np.argpartition`` finds the k-th score; only
    the matches at or above it are sorted."""
    n = len(scores)
    if k is None or k >= n:
        chosen = np.arange(n)
    elif k <= 0:
        return np.zeros(0, dtype=np.int64)
    else:
        kth = np.partition(scores, n - k)[n - k]
        chosen = np.flatnonzero(scores >= kth)
    order = np.lexsort((docnums[chosen], -scores[chosen]))
    return chosen[order][: k if k is not None else None]


def sorted_order(keys: np.ndarray, docnums: np.ndarray, reverse: bool, k: Optional[int]) -> np.ndarray:
    """Indexes of matches ordered by a column's ``keys`` (Whoosh's sorting collector: ties by
    docnum, the whole order reversed when ``reverse``), the first ``k``."""
    order = np.lexsort((docnums, keys))
    if reverse:
        order = order[::-1]
    return order[:k] if k is not None else order
