"""Ranking: BM25F as the archive weighs it, and pseudo-relevance feedback (RM3)."""

from __future__ import annotations

import math

from whoosh import query as wq
from whoosh import scoring
from whoosh.matching import ListMatcher

from indexer.fulltext import feedback_arrays
from indexer.fulltext.analysis import ArchiveAnalyzer, _text
from indexer.fulltext.collectors import _collect
from indexer.fulltext.fields import FIELD_BOOSTS, SEARCH_FIELDS, indexed_text
from indexer.fulltext.query import QueryError, _leaves


# Ranking. Every setting below was chosen on Cranfield alone (best nDCG@10 over a grid) and then
# checked, unchanged, on TIME, CISI, MED and NPL (bench/relevance.py; figures in bench/README.md).
# K1/B: the literature's defaults won (K1 0.9-2.0, B 0.3-0.9 tried, with and without feedback); title
# weight 1 at query time (2 lost 0.02 nDCG on Cranfield and CISI); idf as ArchiveBM25F below.
BM25_PARAMS = {"B": 0.75, "K1": 1.2}


# Pseudo-relevance feedback (RM3): the FEEDBACK_TERMS words most probable in the top FEEDBACK_DOCS hits
# (each hit weighted by its score, its words by (tf + mu P(word)) / (length + mu), mu = FEEDBACK_MU)
# re-rank the hits with FEEDBACK_ORIGINAL of the weight left to the query itself. They add to scores,
# never to the set of matches. Only for relevance order and queries of FEEDBACK_MIN_WORDS words or more:
# the 1-3 word searches of the archive keep their cost (and their ranking). Tried on Cranfield: 5/10/20
# docs, 20/50/100 words, 0.3-0.7 original weight, mu 0-1000, Bo1 weights (see bench/README.md).
FEEDBACK = True
FEEDBACK_MIN_WORDS = 4
FEEDBACK_DOCS = 5
FEEDBACK_TERMS = 50
FEEDBACK_ORIGINAL = 0.5
FEEDBACK_MU = 200
FEEDBACK_RERANK = 100  # hits re-ranked (the rest keep the query's order: the same nDCG@10 on Cranfield)


class ArchiveBM25F(scoring.BM25F):
    """BM25F with the Robertson-Sparck Jones idf (Lucene's): Whoosh's ``log(N/(df+1)) + 1`` gives
    words in most documents nearly the weight of rare ones, which long questions suffer from."""

    shared_idf = True
    plus_one = True

    def idf(self, searcher, fieldname, text):
        parent = searcher.get_parent()
        df = parent.doc_frequency(fieldname, text)
        if self.shared_idf and fieldname == "title":  # a title word is as common as in the articles' text
            df = max(df, parent.doc_frequency("body", text))
        n = parent.doc_count_all()
        if self.plus_one:
            return math.log(1 + (n - df + 0.5) / (df + 0.5))
        return max(1e-6, math.log((n - df + 0.5) / (df + 0.5)))


class _Bonus(wq.Query):
    """Scores worked out beforehand for some documents (``{docnum: score}``, the searcher's
    numbering), matching only those: the feedback words' part of the score of the hits they
    re-rank (FullTextIndex._with_feedback), added with ``AndMaybe(query, _Bonus(...))``."""

    def __init__(self, scores: dict):
        self.scores = scores
        self.boost = 1.0

    def __str__(self):
        return f"<feedback for {len(self.scores)} hits>"

    __unicode__ = __str__

    def __repr__(self):
        return f"_Bonus({len(self.scores)} documents)"

    def __eq__(self, other):
        return other.__class__ is self.__class__ and other.scores == self.scores

    def __hash__(self):
        return hash((self.__class__.__name__, len(self.scores)))

    def is_leaf(self):
        return True

    def estimate_size(self, ixreader):
        return len(self.scores)

    def normalize(self):
        return self

    def matcher(self, searcher, context=None):
        parent = searcher.get_parent()
        offset = 0 if parent is searcher else parent._offset_for_subsearcher(searcher)
        end = offset + searcher.doc_count_all()
        found = sorted((docnum - offset, score) for docnum, score in self.scores.items() if offset <= docnum < end)
        if not found:
            return wq.NullQuery.matcher(searcher, context)
        return ListMatcher([docnum for docnum, _ in found], weights=[score for _, score in found])


class Ranking:
    """:class:`~indexer.fulltext.index.FullTextIndex`'s weighting and feedback (mixed into it)."""

    def weighting(self):
        return ArchiveBM25F(**BM25_PARAMS)

    def _with_feedback(self, searcher, parsed, restrict, time_limit: float, arrays: bool = True):
        """The query with the RM3 feedback words of its top hits added, as scores for its first
        FEEDBACK_RERANK hits (see FEEDBACK). A hit's words come from its term vector or, in an index
        without them (the archive's), from its text in the archive's database (``store``); with
        neither the query is left as it is. ``arrays``: the feedback words' scores read on arrays
        (:mod:`.feedback_arrays`), Whoosh's matchers where it cannot answer or ``arrays`` is False
        (the same scores)."""
        if self.store is None and not self.schema["body"].vector:
            return parsed
        try:
            # No block-quality skipping under a filter (it trips an assertion in Whoosh's Require matcher).
            # Whoosh's collector, not the array path: its matcher replacement (Or trees pruned by their
            # quality once the top is full) can leave out a hit the exact ranking keeps (bigA, "Al-Hool":
            # 3 of the top 100), and the feedback words come from what it keeps.
            collector = searcher.collector(limit=max(FEEDBACK_RERANK, FEEDBACK_DOCS), optimize=restrict is None)
            top, timed_out = _collect(searcher, wq.Require(parsed, restrict) if restrict is not None else parsed,
                                      collector, time_limit / 4)
            if timed_out or len(top.top_n) < 2:
                return parsed
            top_n = top.top_n
            reader = searcher.reader()
            first = top_n[:FEEDBACK_DOCS]
            hits = [(score, words) for (score, _), words in zip(first, self._hit_words(reader, first))
                    if words and score > 0]
        except QueryError:
            return parsed
        scores = sum(score for score, _ in hits)
        if len(hits) < 2 or not scores:
            return parsed
        own: dict = {}  # word: sum over the hits holding it of share x times
        shares: dict = {}  # word: sum of the shares of the hits holding it
        for score, words in hits:
            share = score / scores / (sum(words.values()) + FEEDBACK_MU)
            for word, n in words.items():
                if not word.isdigit():
                    own[word] = own.get(word, 0.0) + share * n
                    shares[word] = shares.get(word, 0.0) + share
        # The collection's share of a word (a lookup each) only for the likeliest: the same words
        # on Cranfield as looking up all of them, at a sixth of the cost on TIME.
        likeliest = sorted(own, key=lambda word: -own[word])[:4 * FEEDBACK_TERMS]
        collection = reader.field_length("body") or 1
        frequency = feedback_arrays.collection_frequencies(searcher, "body", likeliest)
        model = {word: own[word] + shares[word] * FEEDBACK_MU * frequency[word] / collection for word in likeliest}
        chosen = sorted(model.items(), key=lambda item: -item[1])[:FEEDBACK_TERMS]
        total = sum(p for _, p in chosen)
        if not total:
            return parsed
        # Weights in units of one query word: the query's words weigh what they weigh (1, or more when
        # repeated), the feedback words (1 - FEEDBACK_ORIGINAL) / FEEDBACK_ORIGINAL as much in all.
        # A word the index does not hold scores nothing and weighs nothing here (an Arabic spelling
        # the alias table adds to "Europe" in an English archive must not inflate the feedback).
        weights: dict = {}
        for leaf in _leaves(parsed):
            for fieldname, term in leaf.iter_all_terms():
                if fieldname in SEARCH_FIELDS and reader.doc_frequency(fieldname, term):
                    word = _text(term)
                    weights[word] = max(weights.get(word, 0.0), leaf.boost if isinstance(leaf, wq.Term) else 1.0)
        scale = (1 - FEEDBACK_ORIGINAL) / FEEDBACK_ORIGINAL * (sum(weights.values()) or 1.0) / total
        # Scored for the first FEEDBACK_RERANK hits only (a skip through each word's postings): as
        # optional clauses of the query, every match paid for every feedback word (4-10 x the time of
        # the query alone, growing with the archive). Feedback only adds to scores, so these hits
        # stay ahead of the rest, which keep the query's order.
        docnums = sorted(docnum for _, docnum in top_n)
        if arrays:
            try:
                bonus = feedback_arrays.bonus_scores(searcher, self._arrays, chosen, scale, docnums,
                                                     SEARCH_FIELDS, FIELD_BOOSTS)
                return wq.AndMaybe(parsed, _Bonus(bonus)) if bonus else parsed
            except feedback_arrays.Unsupported:
                pass
        bonus: dict = {}
        for word, p in chosen:
            for fieldname in SEARCH_FIELDS:
                if not reader.doc_frequency(fieldname, word):
                    continue
                boost = scale * p * FIELD_BOOSTS[fieldname]
                postings = searcher.postings(fieldname, word)  # scored as the query's words are
                if not postings.is_active():
                    continue
                for docnum in docnums:
                    at = postings.id()
                    if at < docnum:
                        postings.skip_to(docnum)
                        if not postings.is_active():
                            break
                        at = postings.id()
                    if at == docnum:
                        bonus[docnum] = bonus.get(docnum, 0.0) + boost * postings.score()
        return wq.AndMaybe(parsed, _Bonus(bonus)) if bonus else parsed

    def _hit_words(self, reader, top_n) -> list:
        """``{term: times}`` of the body of each hit of ``top_n`` (``(score, docnum)``), ``{}`` when unknown."""
        docnums = [docnum for _, docnum in top_n]
        if all(reader.has_vector(docnum, "body") for docnum in docnums):
            return [{_text(word): n for word, n in reader.vector_as("weight", docnum, "body")} for docnum in docnums]
        column = reader.column_reader("id")
        ids = [_text(column[docnum]) for docnum in docnums]
        texts = self._article_texts(ids)
        analyzer = self.schema["body"].analyzer
        found = []
        for article_id in ids:
            row = texts.get(article_id) or {}
            body = indexed_text(row.get("title"), row.get("body"), row.get("lede"))[1]
            if isinstance(analyzer, ArchiveAnalyzer):
                found.append({term: len(positions) for term, positions in analyzer.term_positions(body).items()})
            else:
                words: dict = {}
                for token in analyzer(body):
                    words[token.text] = words.get(token.text, 0) + 1
                found.append(words)
        return found

    def _article_texts(self, ids: list) -> dict:
        """``{id: {"title", "lede", "body"}}`` from the archive's database (this thread's read-only
        store), ``{}`` without one."""
        if self.store is None or not ids:
            return {}
        import sqlite3

        try:
            return self.store().texts(ids)
        except sqlite3.Error:
            return {}
