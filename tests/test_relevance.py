"""Ranking quality pinned: our engine against SQLite FTS5 on TIME, CISI, Cranfield, MED and NPL (bench/relevance.py).

The baseline is the fair one of issue #17 (FTS5's own tokens of the question, stop words dropped:
``relevance.fts5_words``). The ranking's settings were chosen on Cranfield alone and checked on the
others (indexer/fulltext/ranking.py, bench/README.md); issue #17's 1.10x goal is met on Cranfield only.
"""

import sys
import tempfile
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT

sys.path.insert(0, str(ROOT / "bench"))

# nDCG@10 measured with bench/relevance.py (issue #17, at 473bb8f): (fair FTS5 porter bm25, ours as shipped)
PINNED = {"time": (0.682, 0.683), "cisi": (0.337, 0.351), "cranfield": (0.359, 0.406), "med": (0.711, 0.727),
          "npl": (0.436, 0.454)}
TOLERANCE = 0.005
GOAL = 1.10  # issue #17: at least this multiple of the fair baseline on each collection
MET = {"cranfield"}  # where it is met (bench/README.md, Relevance)


def _corpora_or_skip():
    if not (CORPORA / "time-magazine-1963").is_dir() or not (CORPORA / "ir-classic").is_dir():
        pytest.skip(f"the IR test collections are not in {CORPORA}")


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(PINNED))
def test_ndcg_pinned(name):
    _corpora_or_skip()
    import relevance

    docs, queries, qrels = relevance.LOADERS[name]()
    fts_run, _ = relevance.run_queries(relevance.Fts5(docs), queries, qrels)
    with tempfile.TemporaryDirectory() as folder:
        ours = relevance.Ours(docs, Path(folder) / name)
        our_run, _ = relevance.run_queries(ours, queries, qrels)
    fts = relevance.evaluate(fts_run, qrels)["ndcg"]
    mine = relevance.evaluate(our_run, qrels)["ndcg"]
    pinned_fts, pinned_ours = PINNED[name]
    assert abs(fts - pinned_fts) <= TOLERANCE, f"FTS5 {fts:.3f}, pinned {pinned_fts}"
    assert abs(mine - pinned_ours) <= TOLERANCE, f"ours {mine:.3f}, pinned {pinned_ours}"
    # TIME is a tie (0.683 / 0.682): "not behind" allows the pinned figures' tolerance.
    assert mine > fts - TOLERANCE, f"ours {mine:.3f} falls behind FTS5 {fts:.3f} on {name}"
    # A change that reaches the goal (or loses it) updates MET, bench/README.md and issue #17's note.
    assert (mine >= GOAL * fts) == (name in MET), f"ours {mine:.3f} = {mine / fts:.3f} x FTS5 on {name}"


def test_fair_baseline_words():
    """The fair baseline cuts a question as FTS5 cuts text: "U.S." is two words, a possessive's "s"
    one more, stop words go, each word once (the archive's natural_query keeps "nam's" whole: FTS5
    then asks for the phrase "nam s", and drops the one-letter words)."""
    import relevance
    from archive import search_data
    from indexer.fulltext import natural_query

    search_data.provide()
    words = relevance.fts5_words("U.S . POLICY TOWARD THE NEW REGIME IN SOUTH VIET NAM'S CAPITAL, U.S . AID")
    assert words[:2] == ["u", "s"] and "nam" in words and "the" not in words
    assert len(words) == len(set(words))
    assert "nam's" in natural_query("VIET NAM'S CAPITAL").split() and "u" not in natural_query("U.S . AID").split()


def test_halves_split_the_judged_queries():
    """Issue #17's protocol: settings chosen on every other judged query (id order), reported on the rest."""
    import relevance

    qrels = {"1": {"a": 1}, "2": {"b": 1}, "10": {"c": 1}, "3": {"d": 0}, "4": {"e": 2}, "11": {}}
    choosing, reported = relevance.halves(qrels)
    assert choosing == ["1", "4"] and reported == ["2", "10"]  # 3 and 11 have no relevant document


@pytest.mark.corpus
def test_feedback_from_texts_as_the_archive(tmp_path):
    """The archive's index has no term vectors: feedback reads the top hits' words from their text in
    the archive's database and must rank as the bench's index, which reads them from vectors."""
    _corpora_or_skip()
    import sqlite3

    import relevance
    from indexer.fulltext import FullTextIndex, natural_query
    from indexer.store import read_only

    docs, queries, qrels = relevance.LOADERS["med"]()
    db = tmp_path / "archive.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table articles (id text primary key, title text, lede text, body text)")
        conn.executemany("insert into articles values (?, ?, null, ?)", [(d["id"], d["title"], d["body"]) for d in docs])
    ours = relevance.Ours(docs, tmp_path / "vectors")
    plain = FullTextIndex(tmp_path / "plain", store=read_only(db))
    plain.create()
    with plain.writer() as writer:
        for doc in docs:
            writer.upsert(doc)
    bare = FullTextIndex(tmp_path / "plain")  # neither vectors nor database: no feedback
    asked = 0
    for qid in qrels:
        text = queries[qid]
        if len(natural_query(text).split()) < 4:
            continue
        asked += 1
        from_vectors = ours.index.search(text, natural=True, pagelen=10, suggest=False)
        from_texts = plain.search(text, natural=True, pagelen=10, suggest=False)
        without = bare.search(text, natural=True, pagelen=10, suggest=False)
        no_feedback = ours.index.search(text, natural=True, pagelen=10, suggest=False, feedback=False)
        assert [h.id for h in from_texts.hits] == [h.id for h in from_vectors.hits]
        assert [h.id for h in without.hits] == [h.id for h in no_feedback.hits]
        assert from_texts.total == without.total  # feedback re-ranks, never adds matches
    assert asked > 20
    assert any(ours.index.search(queries[q], natural=True, pagelen=10, suggest=False).hits
               != ours.index.search(queries[q], natural=True, pagelen=10, suggest=False, feedback=False).hits
               for q in qrels)  # feedback did change some rankings


def test_repeated_words_weighted():
    from indexer.fulltext import make_schema, repeated_terms

    analyzer = make_schema()["body"].analyzer
    text = "Retrieval of documents: how to retrieve documents, and the documents retrieved?"
    assert repeated_terms(text, analyzer) == {"retriev": 3, "document": 3}
    assert repeated_terms("al-Hol camp", analyzer) == {}


def test_feedback_only_from_four_words(tmp_path, monkeypatch):
    """1-3 word searches (the archive's usual ones) keep their ranking and cost: no feedback pass."""
    from indexer.fulltext import FEEDBACK_MIN_WORDS, FullTextIndex

    index = FullTextIndex(tmp_path / "index", vectors=True)
    index.create()
    with index.writer() as writer:
        for n, body in enumerate(["camp women children repatriation", "camp guards and women", "children return home",
                                  "repatriation flights from the camp", "women and children in the camp"]):
            writer.upsert({"id": f"a{n}", "title": "", "body": body})
    calls = []
    original = FullTextIndex._with_feedback
    monkeypatch.setattr(FullTextIndex, "_with_feedback", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    assert FEEDBACK_MIN_WORDS == 4
    index.search("camp women children")
    index.search("camp women children", natural=True)
    assert calls == []
    page = index.search("camp women children repatriation", natural=True)
    assert calls == [1] and page.total == 5
    index.search("camp women children repatriation", natural=True, sort="date")  # relevance order only
    index.search("camp women children repatriation", natural=True, feedback=False)
    assert calls == [1]
