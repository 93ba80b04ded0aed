"""An experiment, not the engine: does meaning beyond shared words help these collections? Latent
semantic indexing (LSI) re-ranking the first 100 hits of bench/relevance_sweep.py's model.

    .venv/bin/python bench/relevance_lsi.py [--k 150] [--weights 0,0.5,1,2] [--collections ...] [--report]

Each collection's documents become log-tf x idf vectors over the terms of 2 or more documents (the
archive's analyzer), unit length; a randomized SVD (seeded) keeps ``k`` dimensions. A question is
projected the same way; a hit's LSI score is the cosine of the two. The first 100 hits of the
model's default ranking (BM25F + RM3, as the engine) are re-ordered by ``1 - rank / 100 + weight x
cosine``; the rest keep their order. As relevance_sweep.py: the choosing half unless ``--report``.
Figures: bench/README.md (Relevance).
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import relevance  # noqa: E402
import relevance_sweep as sweep  # noqa: E402
from archive import search_data  # noqa: E402

RERANK = 100


class Latent:
    """The LSI space of one collection: unit document vectors and the term projection."""

    def __init__(self, c: sweep.Collection, k: int, seed: int = 0):
        counts, df = [], {}
        for fields in c.positions:
            found: dict = {}
            for f in sweep.FIELDS:
                for term, where in fields[f].items():
                    found[term] = found.get(term, 0) + len(where)
            counts.append(found)
            for term in found:
                df[term] = df.get(term, 0) + 1
        self.column = {t: j for j, t in enumerate(sorted(t for t, n in df.items() if n >= 2))}
        self.idf = np.array([math.log(c.n / df[t]) for t in sorted(self.column, key=self.column.get)], np.float32)
        x = np.zeros((c.n, len(self.column)), np.float32)
        for i, found in enumerate(counts):
            for term, n in found.items():
                j = self.column.get(term)
                if j is not None:
                    x[i, j] = (1 + math.log(n)) * self.idf[j]
        x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
        rng = np.random.default_rng(seed)  # randomized SVD: a range of k + 30 columns, two power steps
        q = np.linalg.qr(x @ rng.standard_normal((x.shape[1], k + 30)).astype(np.float32))[0]
        for _ in range(2):
            q = np.linalg.qr(x @ (x.T @ q))[0]
        u, s, vt = np.linalg.svd(q.T @ x, full_matrices=False)
        docs = (q @ u)[:, :k] * s[:k]
        self.docs = docs / np.maximum(np.linalg.norm(docs, axis=1, keepdims=True), 1e-9)
        self.terms = vt[:k].T
        self.row = {doc_id: i for i, doc_id in enumerate(c.ids)}

    def question(self, said: dict) -> np.ndarray:
        v = np.zeros(len(self.column), np.float32)
        for term, n in said.items():
            j = self.column.get(term)
            if j is not None:
                v[j] = (1 + math.log(n)) * self.idf[j]
        z = v @ self.terms
        return z / max(float(np.linalg.norm(z)), 1e-9)


def reranked(ids: list, latent: Latent, z: np.ndarray, weight: float) -> list:
    top = ids[:RERANK]
    scores = [1 - rank / RERANK + weight * float(latent.docs[latent.row[d]] @ z) for rank, d in enumerate(top)]
    return [d for _, d in sorted(zip(scores, top), key=lambda item: -item[0])] + ids[RERANK:]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k", type=int, default=150)
    parser.add_argument("--weights", default="0,0.5,1,2")
    parser.add_argument("--collections", default=",".join(relevance.ALL))
    parser.add_argument("--report", action="store_true", help="also the reported half")
    args = parser.parse_args(argv)
    search_data.provide()
    analyse = sweep.analyzer("archive")
    weights = [float(w) for w in args.weights.split(",")]
    parts = ["choosing", "reported"] if args.report else ["choosing"]
    collections = [sweep.Collection(name, analyse) for name in args.collections.split(",")]
    figures = {}  # (weight, part): [(ndcg, x fair FTS5)]
    for c in collections:
        latent = Latent(c, args.k)
        base = {q: sweep.rank(c, q, {}) for q in c.choosing + c.reported}
        for weight in weights:
            for part in parts:
                queries = getattr(c, part)
                mine = statistics.mean(relevance.ndcg_at(reranked(base[q], latent, latent.question(c.terms[q]), weight),
                                                         c.qrels[q]) for q in queries)
                figures.setdefault((weight, part), []).append((mine, mine / sweep.fts_ndcg(c, queries)))
    print(f"| LSI k {args.k}: weight | part | " + " | ".join(relevance.NAMES[c.name] for c in collections) + " | mean x | least x |")
    print("|---|---|" + "---|" * (len(collections) + 2))
    for (weight, part), row in figures.items():
        ratios = [x for _, x in row]
        print(f"| {weight} | {part} | " + " | ".join(f"{m:.3f} ({x:.2f})" for m, x in row)
              + f" | {statistics.mean(ratios):.3f} | {min(ratios):.3f} |", flush=True)


if __name__ == "__main__":
    main()
