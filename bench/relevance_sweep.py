"""Fast sweeps of ranking settings on the IR test collections, on a numpy model of the engine's ranking.

    .venv/bin/python bench/relevance_sweep.py '[{}, {"fb_docs": 15}, {"prox": 0.2}]' [--analyzer porter] [--report]

Issue #17's protocol: settings are chosen on the *choosing* half of every collection's judged queries
(``relevance.halves``: every other query in id order) and only then looked at on the *reported* half.
Without ``--report`` this prints the choosing half alone, so a sweep cannot peek at the other.

The model re-implements what ``indexer.fulltext`` does for a question (``natural=True``), so that a
setting costs seconds instead of minutes: BM25F as Whoosh scores it (a term's BM25 in the title, its
tf times the title's index boost, plus its BM25 in the body; ``ArchiveBM25F``'s idf), repeated question
words weighted by k3, and RM3 feedback re-ranking the first hits as ``indexer/fulltext/ranking.py``
does. It leaves out the alias table and the sound-alike fallback. Agreement with the engine
(nDCG@10 model / engine, all queries; default, then without feedback): TIME 0.674 / 0.683, 0.669 / 0.673;
CISI 0.355 / 0.351, 0.341 / 0.340; Cranfield 0.407 / 0.406, 0.384 / 0.386; MED 0.729 / 0.727, 0.700 /
0.700; NPL 0.452 / 0.454, 0.438 / 0.436 (the engine also searches the alias table's spellings of
TIME's country names, which moves its feedback). A figure here is for comparing settings; the
engine's own are bench/relevance.py's.

Settings (a JSON object each; ``{}`` is the engine's default):
``k1``, ``b``: BM25; ``k3``: weight of a repeated question word ((k3 + 1) n / (k3 + n); "lin": n; null: 1);
``delta``: BM25+ (added to every matched term's tf part); ``fb``: feedback on/off; ``fb_min``: fewest
words for feedback; ``fb_docs``, ``fb_terms``, ``fb_orig``, ``mu``, ``rerank``: RM3 as FEEDBACK_* in
ranking.py; ``fb_ratio``: feedback only from those of the first ``fb_docs`` hits scoring at least that
share of the top hit's score; ``prox``, ``prox_window``, ``prox_ordered``: a term-proximity bonus added to the re-ranked
hits (question words next to each other in the question, found next to each other in a hit: BM25 of
the count of such pairs, weighted by the rarer word's idf, times ``prox``; ``prox_window`` > 1 also
counts them within that many words, in either order); ``coverage``: a bonus for the share of the
question's idf a hit holds (times the top score).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import relevance  # noqa: E402
from archive import search_data  # noqa: E402
from indexer.fulltext import make_schema, query_stop_words  # noqa: E402
from indexer.fulltext.fields import TITLE_INDEX_BOOST  # noqa: E402

FIELDS = ("title", "body")


def analyzer(name: str):
    """``text -> {term: [positions]}``: the archive's analyzer, or plain Snowball ("porter", "english")."""
    if name == "archive":
        return make_schema()["body"].analyzer.term_positions
    import Stemmer
    from whoosh.analysis import STOP_WORDS

    stemmer, cache = Stemmer.Stemmer(name), {}

    def positions(text: str) -> dict:
        found: dict = {}
        for n, word in enumerate(re.findall(r"[^\W_]+", text.lower())):
            if word in STOP_WORDS or len(word) < 2:
                continue
            term = cache.get(word) or cache.setdefault(word, stemmer.stemWord(word))
            found.setdefault(term, []).append(n)
        return found
    return positions


class Collection:
    """One collection's documents as postings, its questions as weighted terms, its fair FTS5 run."""

    def __init__(self, name: str, analyse):
        docs, self.queries, self.qrels = relevance.LOADERS[name]()
        self.name, self.analyse = name, analyse
        self.ids = [doc["id"] for doc in docs]
        self.n = len(docs)
        self.positions = [{f: analyse(doc[f] or "") for f in FIELDS} for doc in docs]
        lists: dict = {f: {} for f in FIELDS}
        self.length = {f: np.zeros(self.n) for f in FIELDS}
        for i, fields in enumerate(self.positions):
            for f in FIELDS:
                for term, where in fields[f].items():
                    lists[f].setdefault(term, []).append((i, len(where)))
                self.length[f][i] = sum(len(where) for where in fields[f].values())
        self.postings = {f: {t: (np.array([i for i, _ in v]), np.array([k for _, k in v], float)) for t, v in lists[f].items()}
                         for f in FIELDS}
        self.average = {f: max(self.length[f].mean(), 1e-9) for f in FIELDS}
        self.body_counts = [{} for _ in range(self.n)]
        for term, (docnums, counts) in self.postings["body"].items():
            for i, k in zip(docnums, counts):
                self.body_counts[i][term] = k
        self.collection_frequency = {t: counts.sum() for t, (_, counts) in self.postings["body"].items()}
        self.collection_length = self.length["body"].sum() or 1.0
        self.choosing, self.reported = relevance.halves(self.qrels)
        stop = query_stop_words()
        self.terms = {}  # question: {term: times said}, in the order the question says them
        for q in self.choosing + self.reported:
            words = [w for w in re.findall(r"\w+(?:['’]\w+)*", self.queries.get(q, "").lower())
                     if w not in stop and (len(w) >= 2 or w.isdigit())]
            said = analyse(" ".join(words))
            self.terms[q] = {t: len(p) for t, p in sorted(said.items(), key=lambda item: min(item[1]))}
        fts = relevance.Fts5(docs)
        self.fts = {q: fts.run(self.queries.get(q, "")) for q in self.terms}

    def df(self, field: str, term: str) -> int:
        found = self.postings[field].get(term)
        return 0 if found is None else len(found[0])

    def idf(self, field: str, term: str) -> float:
        df = self.df(field, term)
        if field == "title":
            df = max(df, self.df("body", term))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def term_scores(self, term: str, k1: float, b: float, delta: float = 0.0) -> tuple:
        """``(scores, matched)`` over every document: the term's BM25F as Whoosh sums it."""
        scores, matched = np.zeros(self.n), np.zeros(self.n, bool)
        for f in FIELDS:
            found = self.postings[f].get(term)
            if found is None:
                continue
            docnums, counts = found
            tf = counts * (TITLE_INDEX_BOOST if f == "title" else 1.0)
            norm = k1 * ((1 - b) + b * self.length[f][docnums] / self.average[f])
            scores[docnums] += self.idf(f, term) * (tf * (k1 + 1) / (tf + norm) + delta)
            matched[docnums] = True
        return scores, matched


def _query_weight(n: int, k3) -> float:
    return 1.0 if k3 is None else float(n) if k3 == "lin" else (k3 + 1) * n / (k3 + n)


def rank(c: Collection, q: str, s: dict) -> list:
    """The ids the model ranks for question ``q`` under settings ``s``, best first (at most 1000)."""
    k1, b, delta = s.get("k1", 1.2), s.get("b", 0.75), s.get("delta", 0.0)
    terms = c.terms[q]
    if not terms:
        return []
    score, matched, weights, cache = np.zeros(c.n), np.zeros(c.n, bool), {}, {}
    for term, n in terms.items():
        cache[term], found = c.term_scores(term, k1, b, delta)
        weight = _query_weight(n, s.get("k3", 0.5))
        score += weight * cache[term]
        matched |= found
        if found.any():
            weights[term] = weight
    hits = np.nonzero(matched)[0]
    order = hits[np.argsort(-score[hits], kind="stable")]
    depth = s.get("rerank", 100)
    if s.get("fb", True) and len(terms) >= s.get("fb_min", 4) and len(order) >= 2:
        bonus = _feedback(c, s, score, order, weights, cache, k1, b, delta)
        if bonus is not None:
            score = score.copy()
            score[order[:depth]] += bonus
    top = order[:depth]
    if s.get("coverage"):
        idfs = {t: c.idf("body", t) for t in terms}
        held = sum(w * (cache[t][top] > 0) for t, w in idfs.items())
        score = score.copy()
        score[top] += s["coverage"] * held / (sum(idfs.values()) or 1) * score[top].max()
    if s.get("prox") and len(terms) >= s.get("prox_min", 4):
        score = score.copy()
        score[top] += s["prox"] * _proximity(c, list(terms), top, s, k1, b)
    top = top[np.argsort(-score[top], kind="stable")]
    return [c.ids[i] for i in np.concatenate([top, order[depth:]])[:relevance.DEPTH]]


def _feedback(c, s, score, order, weights, cache, k1, b, delta):
    """RM3 as ranking.py: the feedback words' score for the first ``rerank`` hits, or None."""
    docs, words, original, mu = s.get("fb_docs", 5), s.get("fb_terms", 50), s.get("fb_orig", 0.5), s.get("mu", 200)
    first = [i for i in order[:docs] if score[i] > 0 and c.body_counts[i]
             and score[i] >= s.get("fb_ratio", 0.0) * score[order[0]]]
    total = sum(score[i] for i in first)
    if len(first) < 2 or not total:
        return None
    own, shares = {}, {}
    for i in first:
        share = score[i] / total / (sum(c.body_counts[i].values()) + mu)
        for term, n in c.body_counts[i].items():
            if not term.isdigit():
                own[term] = own.get(term, 0.0) + share * n
                shares[term] = shares.get(term, 0.0) + share
    likeliest = sorted(own, key=lambda t: -own[t])[:4 * words]
    model = {t: own[t] + shares[t] * mu * c.collection_frequency.get(t, 0) / c.collection_length for t in likeliest}
    chosen = sorted(model.items(), key=lambda item: -item[1])[:words]
    mass = sum(p for _, p in chosen)
    if not mass:
        return None
    scale = (1 - original) / original * (sum(weights.values()) or 1.0) / mass
    top = order[:s.get("rerank", 100)]
    bonus = np.zeros(len(top))
    for term, p in chosen:
        scores = cache[term] if term in cache else c.term_scores(term, k1, b, delta)[0]
        bonus += scale * p * scores[top]
    return bonus


def _proximity(c, terms, top, s, k1, b):
    window, pairs = s.get("prox_window", 1), list(zip(terms, terms[1:]))
    bonus = np.zeros(len(top))
    for j, i in enumerate(top):
        norm = k1 * ((1 - b) + b * c.length["body"][i] / c.average["body"])
        for f in FIELDS:
            where = c.positions[i][f]
            for a, z in pairs:
                if a in where and z in where:
                    after = where[z]
                    n = sum(1 for p in where[a] if any(0 < (x - p if window == 1 else abs(x - p)) <= window for x in after))
                    if n:
                        bonus[j] += min(c.idf("body", a), c.idf("body", z)) * n * (k1 + 1) / (n + norm)
    return bonus


def ndcg(c: Collection, s: dict, queries: list) -> float:
    return statistics.mean(relevance.ndcg_at(rank(c, q, s), c.qrels[q]) for q in queries)


def fts_ndcg(c: Collection, queries: list) -> float:
    return statistics.mean(relevance.ndcg_at(c.fts[q], c.qrels[q]) for q in queries)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("settings", help="a JSON list of settings objects")
    parser.add_argument("--analyzer", default="archive", help="archive (the index's), porter or english (plain Snowball)")
    parser.add_argument("--collections", default=",".join(relevance.ALL))
    parser.add_argument("--report", action="store_true", help="also print the reported half and all queries")
    args = parser.parse_args(argv)
    search_data.provide()
    analyse = analyzer(args.analyzer)
    collections = [Collection(name, analyse) for name in args.collections.split(",")]
    parts = ["choosing", "reported", "all"] if args.report else ["choosing"]
    print("| settings | part | " + " | ".join(relevance.NAMES[c.name] for c in collections) + " | mean x | least x |")
    print("|---|---|" + "---|" * (len(collections) + 2))
    for settings in json.loads(args.settings):
        for part in parts:
            figures, ratios = [], []
            for c in collections:
                queries = c.choosing + c.reported if part == "all" else getattr(c, part)
                mine, fts = ndcg(c, settings, queries), fts_ndcg(c, queries)
                figures.append(f"{mine:.3f} ({mine / fts:.2f})")
                ratios.append(mine / fts)
            print(f"| `{json.dumps(settings)}` | {part} | " + " | ".join(figures)
                  + f" | {statistics.mean(ratios):.3f} | {min(ratios):.3f} |", flush=True)


if __name__ == "__main__":
    main()
