"""RM3 feedback's scores of its words in the query's first hits, read on arrays
(:meth:`.ranking.Ranking._with_feedback`).

Feedback scores each of its FEEDBACK_TERMS words, in both fields, in each of the query's first
FEEDBACK_RERANK hits. Whoosh's way steps a matcher over every segment with ``skip_to``, which walks a
common word's posting blocks one header at a time (a pickle each): at 291,000 articles that was ~65%
of a name question's CPU ("Deir ez-Zor countryside": 736 of 843 ms in feedback).

Here a word's score in a hit is read from the word's postings in that hit's segment only, as arrays
(the segment's postings file, the array path's decoded postings kept, the term table's inlined
postings, or Whoosh's blocks decoded), scored by the numbers Whoosh's BM25F scorer holds with the
formula ``whoosh.scoring.bm25`` computes, in its order, and added to the hit's bonus in the words' and
fields' order: every bonus the same float as Whoosh's loop gives. The first hits stay Whoosh's
collector's (ranking.py says why). :func:`bonus_scores` raises
:class:`~indexer.fulltext.matching.Unsupported` for a scorer it does not know; the caller then asks
Whoosh. :func:`collection_frequencies` keeps the words' collection frequencies on the searcher.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from indexer.fulltext.matching import Unsupported, _Segment
from indexer.fulltext.postings import Postings, decode_extent, from_lists

FREQUENCIES_KEPT = 200_000  # collection frequencies kept per searcher (then forgotten and begun again)


def collection_frequencies(searcher, fieldname: str, words) -> dict:
    """``{word: times in the field over the index}`` (``reader.frequency``: a lookup in every
    segment), kept on the searcher: it lives as long as the index it reads is unchanged."""
    kept = searcher.__dict__.setdefault("_feedback_frequencies", {})
    if len(kept) > FREQUENCIES_KEPT:
        kept.clear()
    reader = searcher.reader()
    found = {}
    for word in words:
        key = (fieldname, word)
        n = kept.get(key)
        if n is None:
            n = kept[key] = reader.frequency(fieldname, word)
        found[word] = n
    return found


def _segments(searcher, arrays, docnums: np.ndarray) -> list:
    """``(reader, _Segment, lo, hi, local docnums)`` for each segment holding some of ``docnums``
    (global, ascending): ``docnums[lo:hi]`` are its, ``local`` their segment docnums."""
    found = []
    subsearchers = searcher.leaf_searchers() if not searcher.is_atomic() else [(searcher, 0)]
    for subsearcher, offset in subsearchers:
        reader = subsearcher.reader()
        lo, hi = (int(i) for i in np.searchsorted(docnums, [offset, offset + reader.doc_count_all()]))
        if lo < hi:
            segment = _Segment(reader, arrays.postings, arrays.columns.lengths, arrays.files.get(reader))
            found.append((reader, segment, lo, hi, docnums[lo:hi] - offset))
    return found


def _term_postings(segment: _Segment, reader, fieldname: str, word: str) -> Optional[Postings]:
    """The word's postings in the segment (deleted documents left in: the hits scored are
    matches, never deleted), or None when the segment lacks the word; the weights as stored
    (:func:`_weights`). From the segment's postings file where it holds the term and agrees with
    the term table (the term's extent, document count and last doc number, its CRC-32), else
    the decoded postings kept (the array path's cache), else the term table's inlined postings
    or Whoosh's blocks decoded (and kept)."""
    from whoosh.reading import TermNotFound

    tbytes = reader._text_to_bytes(fieldname, word)
    try:
        info = reader._terms.term_info(fieldname, tbytes)
    except (KeyError, TermNotFound):
        return None
    if info.is_inlined():
        ids, weights, _ = info.inlined_postings()
        return from_lists(ids, weights or None, None, want_values=False)
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps it as unpack's tuple
        length = length[0]
    file = segment.file
    if file is not None:
        i = file.find(offset, length)
        if i is not None and file.intact(i):
            lo, hi = int(file.start[i]), int(file.start[i + 1])
            ids = file.ids[lo:hi]
            if (len(ids) == info.doc_frequency() and len(ids) and int(ids[0]) >= 0
                    and int(ids[-1]) == info.max_id() and int(ids[-1]) < file.docs):
                return Postings(ids, file.weights[lo:hi], None)  # the file's dtype: see _weights
    key = (segment.segment_id, fieldname, tbytes)
    found = segment.cache.get(key, want_values=False)
    if found is None:
        found = decode_extent(reader._terms._postfile.get(offset, length), want_values=False)
        found = Postings(found.ids, found.weights, None)
        segment.cache.put(key, found)
    return found


def _weights(postings: Postings, at: np.ndarray) -> np.ndarray:
    """The weights of the postings at ``at`` as float64 (a postings file keeps them as uint8 or
    float32 where those hold every weight exactly: the same values)."""
    return postings.weights[at].astype(np.float64, copy=False)


def _scoring(searcher, fieldname: str, word: str):
    """``(idf, avgfl, B, K1)`` of the BM25F scorer Whoosh gives the word (the searcher's idf and
    average length, as ``BM25FScorer.__init__`` reads them, without its look-up of the term in
    every segment), or None for a plain weight scorer."""
    from whoosh import scoring

    weighting = searcher.weighting
    if (type(weighting).scorer is scoring.BM25F.scorer and searcher.schema[fieldname].scorable
            and scoring.BM25FScorer.__init__ is _BM25F_INIT and scoring.BM25FScorer._score is _BM25F_SCORE):
        parent = searcher.get_parent()
        return (parent.idf(fieldname, word), parent.avg_field_length(fieldname) or 1,
                weighting._field_B.get(fieldname, weighting.B), weighting.K1)
    scorer = weighting.scorer(searcher, fieldname, word)
    if type(scorer) is scoring.WeightScorer:
        return None
    if not isinstance(scorer, scoring.BM25FScorer) or type(scorer)._score is not _BM25F_SCORE:
        raise Unsupported(f"scorer {type(scorer).__name__}")
    return scorer.idf, scorer.avgfl, scorer.B, scorer.K1


def _whoosh_bm25f():
    from whoosh import scoring

    return scoring.BM25FScorer.__init__, scoring.BM25FScorer._score


_BM25F_INIT, _BM25F_SCORE = _whoosh_bm25f()


def bonus_scores(searcher, arrays, chosen: list, scale: float, docnums: list, fields, boosts: dict) -> dict:
    """``{global docnum: bonus}`` as ``_with_feedback``'s loop over Whoosh's matchers gives it:
    for each ``(word, p)`` of ``chosen`` and each field of ``fields`` holding the word, every hit
    of ``docnums`` holding it gains ``scale * p * boosts[field]`` times the word's score there
    (a word no segment of the hits holds adds nothing, whether the index holds it or not).
    Raises ``Unsupported``."""
    docs = np.asarray(sorted(docnums), dtype=np.int64)
    parts = _segments(searcher, arrays, docs)
    total = np.zeros(len(docs), dtype=np.float64)
    touched = np.zeros(len(docs), dtype=bool)
    for word, p in chosen:
        for fieldname in fields:
            boost = scale * p * boosts[fieldname]
            scoring = False  # not yet asked: only for a word some hit's segment holds
            for segment_reader, segment, lo, hi, local in parts:
                postings = _term_postings(segment, segment_reader, fieldname, word)
                if postings is None or not len(postings.ids):
                    continue
                ids = postings.ids
                at = np.minimum(np.searchsorted(ids, local), len(ids) - 1)
                held = ids[at] == local
                if not held.any():
                    continue
                if scoring is False:
                    scoring = _scoring(searcher, fieldname, word)
                tf = _weights(postings, at[held])
                if scoring is None:
                    scores = tf
                else:
                    idf, avgfl, B, K1 = scoring
                    fl = segment.lengths(segment_reader, fieldname)[local[held]]
                    # whoosh.scoring.bm25, the same operations in the same order (so the same bits).
                    scores = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
                where = np.flatnonzero(held) + lo
                total[where] = total[where] + boost * scores
                touched[where] = True
    return {int(docnum): float(score) for docnum, score in zip(docs[touched].tolist(), total[touched].tolist())}
