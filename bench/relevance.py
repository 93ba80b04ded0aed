"""Ranking quality: our engine (indexer.fulltext, as the archive configures it) against SQLite FTS5.

    .venv/bin/python bench/relevance.py [--collections time,cisi,...] [--no-npl] [--variants-only]

Indexes the test collections in ../shared/corpora/ (TIME 1963, CISI, Cranfield, MED, NPL) with
``FullTextIndex`` and with an FTS5 table (porter tokenizer, bm25 ranking: what Datasette's built-in
search gives), runs every judged query as an OR of its words (stop words dropped), and prints one
markdown table of nDCG@10 and MAP (our first row is the archive's default: BM25F, repeated question
words weighted up, RM3 feedback for queries of 4+ words), over all judged queries and over each half
(:func:`halves`: settings are chosen on the first, reported on the second), with the multiple of the
fair FTS5 baseline (FTS5's own tokens of the question: :func:`fts5_words`; the archive's
``natural_query`` words are the second FTS5 row), then the
variant-spelling collection (tests/data/variants.jsonl) with expansion off, aliases only, and aliases +
the sound-alike (phonetic) fallback, then how often the phonetic key groups the gazetteer's spellings
and English words.

Id quirks handled (see ../shared/corpora/README.md): TIME qrels use ordinals (docs.jsonl ``docno``);
Cranfield qrel query ids are the 1..225 positions of the queries in cran.qry, not their .I numbers, and
its grades 1 (most relevant) .. 4 become gains 4 .. 1 (-1 and anything else: not relevant).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sqlite3
import statistics
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import indexer.fulltext as fulltext  # noqa: E402
from archive import search_data  # noqa: E402
from indexer.fulltext import FullTextIndex, natural_query, query_stop_words  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
VARIANTS = ROOT / "tests" / "data" / "variants.jsonl"
DEPTH = 1000  # ranked list length for MAP
ALL = ("time", "cisi", "cranfield", "med", "npl")
NAMES = {"time": "TIME", "cisi": "CISI", "cranfield": "Cranfield", "med": "MED", "npl": "NPL"}


# -- loading -----------------------------------------------------------------------------------
def _tar_files(name: str) -> dict:
    with tarfile.open(CORPORA / "ir-classic" / f"{name}.tar.gz") as tar:
        return {Path(m.name).name: tar.extractfile(m).read().decode("latin-1") for m in tar.getmembers() if m.isfile()}


def _smart(text: str) -> list:
    """SMART records: ``[(id, {field letter: text})]``."""
    records = []
    for chunk in re.split(r"^\.I\s+", text, flags=re.M)[1:]:
        head, _, rest = chunk.partition("\n")
        fields, current = {}, None
        for line in rest.splitlines():
            marker = re.match(r"^\.([A-Z])\s*$", line)
            if marker:
                current = marker.group(1)
                fields.setdefault(current, "")
            elif current:
                fields[current] += line + "\n"
        records.append((head.strip(), fields))
    return records


def _docs_from_smart(text: str) -> list:
    return [{"id": i, "title": f.get("T", "").strip(), "body": f.get("W", "").strip()} for i, f in _smart(text)]


def load_time():
    base = CORPORA / "time-magazine-1963" / "derived"
    with gzip.open(base / "docs.jsonl.gz", "rt", encoding="utf-8") as handle:
        docs = [{"id": str(row["docno"]), "title": "", "body": row["text"]} for row in map(json.loads, handle)]
    queries = dict(line.split("\t", 1) for line in (base / "queries.tsv").read_text().splitlines() if line.strip())
    qrels = {}
    for line in (base / "qrels.trec").read_text().split("\n"):
        if line.strip():
            qid, _, doc, rel = line.split()
            qrels.setdefault(qid, {})[doc] = int(rel)
    return docs, queries, qrels


def load_cisi():
    files = _tar_files("cisi")
    queries = {i: f.get("W", "") for i, f in _smart(files["CISI.QRY"])}
    qrels = {}
    for line in files["CISI.REL"].splitlines():
        if line.strip():
            qid, doc = line.split()[:2]
            qrels.setdefault(qid, {})[doc] = 1
    return _docs_from_smart(files["CISI.ALL"]), queries, qrels


def load_cranfield():
    files = _tar_files("cranfield")
    docs = _docs_from_smart(files["cran.all.1400"])
    for doc in docs:  # the body repeats the title: keep it once, in the title
        if doc["title"] and doc["body"].startswith(doc["title"]):
            doc["body"] = doc["body"][len(doc["title"]):].strip()
    # qrels name queries by position 1..225, not by their .I numbers
    queries = {str(n): f.get("W", "") for n, (_, f) in enumerate(_smart(files["cran.qry"]), start=1)}
    qrels = {}
    for line in files["cranqrel"].splitlines():
        parts = line.split()
        if len(parts) >= 3 and int(parts[2]) in (1, 2, 3, 4):
            qrels.setdefault(parts[0], {})[parts[1]] = 5 - int(parts[2])
    return docs, queries, qrels


def load_med():
    files = _tar_files("med")
    queries = {i: f.get("W", "") for i, f in _smart(files["MED.QRY"])}
    qrels = {}
    for line in files["MED.REL"].splitlines():
        if line.strip():
            qid, _, doc, rel = line.split()
            if int(rel) > 0:
                qrels.setdefault(qid, {})[doc] = 1
    return _docs_from_smart(files["MED.ALL"]), queries, qrels


def _slash_records(text: str) -> list:
    records = []
    for chunk in re.split(r"^\s*/\s*$", text, flags=re.M):
        lines = chunk.strip().splitlines()
        if lines:
            records.append((lines[0].strip(), "\n".join(lines[1:]).strip()))
    return records


def load_npl():
    files = _tar_files("npl")
    docs = [{"id": i, "title": "", "body": t} for i, t in _slash_records(files["doc-text"])]
    queries = dict(_slash_records(files["query-text"]))
    qrels = {qid: {doc: 1 for doc in rest.split()} for qid, rest in _slash_records(files["rlv-ass"])}
    return docs, queries, qrels


LOADERS = {"time": load_time, "cisi": load_cisi, "cranfield": load_cranfield, "med": load_med, "npl": load_npl}


# -- metrics -----------------------------------------------------------------------------------
def ndcg_at(ranked: list, gains: dict, k: int = 10) -> float:
    dcg = sum(gains.get(doc, 0) / math.log2(rank + 2) for rank, doc in enumerate(ranked[:k]))
    ideal = sum(g / math.log2(rank + 2) for rank, g in enumerate(sorted(gains.values(), reverse=True)[:k]))
    return dcg / ideal if ideal else 0.0


def average_precision(ranked: list, gains: dict) -> float:
    relevant = {doc for doc, g in gains.items() if g > 0}
    found, total = 0, 0.0
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            found += 1
            total += found / rank
    return total / len(relevant) if relevant else 0.0


def halves(qrels: dict) -> tuple:
    """``(choosing, reported)``: the judged queries in the order of their ids, every other one. Settings
    are chosen on the first half of each collection and reported on the second (issue #17's protocol)."""
    judged = sorted((q for q in qrels if any(g > 0 for g in qrels[q].values())), key=lambda q: (len(q), q))
    return judged[0::2], judged[1::2]


def evaluate(run: dict, qrels: dict) -> dict:
    judged = [q for q in qrels if any(g > 0 for g in qrels[q].values())]
    choosing, reported = halves(qrels)
    return {
        "ndcg": statistics.mean(ndcg_at(run.get(q, []), qrels[q]) for q in judged),
        "map": statistics.mean(average_precision(run.get(q, []), qrels[q]) for q in judged),
        "queries": len(judged),
        "ndcg choosing": statistics.mean(ndcg_at(run.get(q, []), qrels[q]) for q in choosing),
        "ndcg reported": statistics.mean(ndcg_at(run.get(q, []), qrels[q]) for q in reported),
    }


# -- engines -----------------------------------------------------------------------------------
def fts5_words(text: str) -> list:
    """The fair baseline's query words: the question cut as FTS5's tokenizer cuts text (runs of
    letters and digits: "U.S." is "u" and "s", "Nam's" is "nam" and "s"), stop words dropped, each
    word once. ``natural_query`` keeps "nam's" whole (a phrase "nam s" for FTS5) and drops one-letter
    words, which cost FTS5 0.026 nDCG@10 on TIME ("U.S." is in 12 of its questions)."""
    stop, seen, words = query_stop_words(), set(), []
    for word in re.findall(r"[^\W_]+", (text or "").lower()):
        if word not in stop and word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Fts5:
    """SQLite FTS5, porter tokenizer, ranked by bm25: Datasette's built-in search. ``words``: how a
    question becomes the OR-ed words (default :func:`fts5_words`, the fair baseline; ``"natural"``:
    the archive's ``natural_query``, this bench's baseline before issue #17)."""

    def __init__(self, docs, words: str = "fts5"):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create virtual table docs using fts5(id unindexed, title, body, tokenize='porter')")
        self.db.executemany("insert into docs values (?, ?, ?)", [(d["id"], d["title"], d["body"]) for d in docs])
        self.words = words

    def run(self, text: str, limit: int = DEPTH) -> list:
        words = natural_query(text).split() if self.words == "natural" else fts5_words(text)
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = self.db.execute("select id from docs where docs match ? order by rank limit ?", (match, limit))
        return [row[0] for row in rows]


class Ours:
    """indexer.fulltext exactly as the archive uses it (schema, analyzers, parser, ranking). A bare
    index (no database): the sound-alike fallback keys the Whoosh vocabulary's words. With body term
    vectors, which the archive's index does not have: feedback reads the top hits' words from them
    here, and from the hits' text in the archive's database there; the same words either way (the
    same top 10 for every TIME, Cranfield and MED query, 75 of 76 CISI ones: float sums in another order)."""

    def __init__(self, docs, folder: Path):
        self.index = FullTextIndex(folder, vectors=True)  # vectors: feedback without a database
        self.index.create()
        started = time.perf_counter()
        with self.index.writer() as writer:
            for doc in docs:
                writer.upsert(doc)
        self.index_seconds = time.perf_counter() - started
        self.sounded = 0  # queries the sound-alike fallback added words to

    def run(self, text: str, limit: int = DEPTH, **options) -> list:
        if not natural_query(text):
            return []
        page = self.index.search(text, natural=True, pagelen=limit, time_limit=60, **options)  # = search_terms
        self.sounded += bool(page.sounds_like)
        return [hit.id for hit in page.hits]


def run_queries(engine, queries: dict, qrels: dict, **options):
    run, times = {}, []
    for qid in qrels:
        started = time.perf_counter()
        run[qid] = engine.run(queries.get(qid, ""), **options)
        times.append(time.perf_counter() - started)
    return run, statistics.mean(times) * 1000


# -- variant spellings -------------------------------------------------------------------------
VARIANT_MODES = {  # label: search options
    "exact (expansion off)": {"expand": False},
    "aliases only (phonetic=False)": {"expand": True, "phonetic": False},
    "aliases + sound-alikes (default)": {"expand": True, "phonetic": True},
}


def variants_figures(path: Path = VARIANTS) -> dict:
    """Recall and precision over tests/data/variants.jsonl for each of VARIANT_MODES, over all its
    queries and over those whose spelling is in no gazetteer line ("unlisted")."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [row for row in rows if row.get("type") == "article"]
    queries = [row for row in rows if row.get("type") == "query"]
    with tempfile.TemporaryDirectory() as folder:
        index = FullTextIndex(Path(folder) / "variants")
        index.create()
        with index.writer() as writer:
            for doc in docs:
                writer.upsert({"id": doc["id"], "title": doc["title"], "body": doc["body"]})
        figures = {}
        for label, options in VARIANT_MODES.items():
            for subset in ("all", "unlisted"):
                chosen = [q for q in queries if subset == "all" or "not in the gazetteer" in q.get("note", "")]
                found = relevant = retrieved = 0
                for q in chosen:
                    hits = set(index.matching_ids(q["query"], feedback=False, **options))
                    expected = set(q["expected"])
                    found += len(hits & expected)
                    relevant += len(expected)
                    retrieved += len(hits)
                figures[label, subset] = {"recall": found / relevant, "precision": found / retrieved if retrieved else 1.0,
                                          "queries": len(chosen), "articles": len(docs)}
        return figures


# -- the phonetic key --------------------------------------------------------------------------
BBC = ROOT.parent / "shared" / "corpora" / "bbc-news" / "bbc-fulltext.tar.gz"


def phonetic_figures(bbc: Path = BBC) -> dict:
    """How well ``phonetic_key`` groups spellings: pairs of one-word spellings of one gazetteer entry
    (4+ letters, not already one term after the analyzer's normalisation) given the same key, and
    gazetteer words given the key of an English word of the BBC corpus (a false sound-alike), each
    also within the fallback's edit reach (PHONETIC_EDITS)."""
    from archive.extract.gazetteer import name_groups

    def words_of(text):
        return [token for token in re.findall(r"[^\W\d_]+", re.sub(r"['’ʼ`ʿʾʻ]", "", text.lower()))]

    def near(a, b):
        return fulltext.edit_distance(a, b) <= fulltext.phonetic_reach(max(len(a), len(b)))

    key, articles = fulltext.phonetic_key, fulltext.ARABIC_ARTICLES
    pairs, every = set(), set()
    for group in name_groups():
        singles = set()
        for spelling in group:
            words = [w for w in words_of(spelling) if w not in articles]
            every.update(words)
            if len(words) == 1 and len(words[0]) >= fulltext.PHONETIC_MIN_LETTERS:
                singles.add(words[0])
        for a in singles:
            for b in singles:
                if a < b and fulltext.name_key(a) != fulltext.name_key(b):
                    pairs.add((a, b))
    names = {word for pair in pairs for word in pair}
    english: dict = {}
    if bbc.exists():
        stop = fulltext.query_stop_words()
        with tarfile.open(bbc) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.endswith(".txt"):
                    for word in set(words_of(tar.extractfile(member).read().decode("latin-1"))):
                        if len(word) >= fulltext.PHONETIC_MIN_LETTERS and word not in stop and word not in every:
                            english.setdefault(key(word), set()).add(word)
    return {
        "pairs": len(pairs),
        "same key": sum(key(a) == key(b) for a, b in pairs),
        "same key, near": sum(key(a) == key(b) and near(a, b) for a, b in pairs),
        "names": len(names),
        "english words": sum(len(words) for words in english.values()),
        "names with an English sound-alike": sum(bool(english.get(key(n))) for n in names),
        "... near": sum(any(near(n, w) for w in english.get(key(n), ())) for n in names),
    }


# -- main --------------------------------------------------------------------------------------
FAIR = "FTS5 porter bm25 (fair: FTS5's own tokens)"


def measure(names, variants: list, folder: Path, log=print) -> list:
    """Rows ``(collection, docs, queries, engine, result, ms/query, result of the fair FTS5 row)``,
    ``result`` as :func:`evaluate` gives it."""
    rows = []
    for name in names:
        docs, queries, qrels = LOADERS[name]()
        fair = None
        for words, label in (("fts5", FAIR), ("natural", "FTS5 porter bm25, natural_query's words")):
            run, ms = run_queries(Fts5(docs, words), queries, qrels)
            result = evaluate(run, qrels)
            fair = fair or result
            rows.append((NAMES[name], len(docs), result["queries"], label, result, ms, fair))
        ours = Ours(docs, folder / name)
        log(f"{NAMES[name]}: {len(docs)} docs indexed by Whoosh in {ours.index_seconds:.1f} s")
        for label, options in variants:
            ours.sounded = 0
            run, ms = run_queries(ours, queries, qrels, **options)
            result = evaluate(run, qrels)
            rows.append((NAMES[name], len(docs), result["queries"], label, result, ms, fair))
            if not options:
                log(f"{NAMES[name]}: sound-alikes added to {ours.sounded} of {len(run)} queries")
    return rows


def table(rows) -> str:
    """nDCG@10 over all judged queries, over the choosing and the reported half (see :func:`halves`),
    each also as a multiple of the fair FTS5 row's figure over the same queries."""
    lines = ["| collection | docs | queries | engine | nDCG@10 | x fair FTS5 | choosing half | reported half | MAP | ms/query |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name, docs, queries, engine, res, ms, fair in rows:
        x = {key: res[key] / fair[key] if fair[key] else 0.0 for key in ("ndcg", "ndcg choosing", "ndcg reported")}
        lines.append(f"| {name} | {docs:,} | {queries} | {engine} | {res['ndcg']:.3f} | {x['ndcg']:.2f} "
                     f"| {res['ndcg choosing']:.3f} ({x['ndcg choosing']:.2f}) | {res['ndcg reported']:.3f} ({x['ndcg reported']:.2f}) "
                     f"| {res['map']:.3f} | {ms:.1f} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collections", default=",".join(ALL), help="comma-separated: " + ", ".join(ALL))
    parser.add_argument("--no-npl", action="store_true", help="skip NPL (11,429 docs)")
    parser.add_argument("--variants-only", action="store_true", help="only the variant spellings and the phonetic key")
    args = parser.parse_args(argv)
    search_data.provide()  # the names and stop words the CLI and the server give the index
    names = [n for n in args.collections.split(",") if n and not (args.no_npl and n == "npl")]
    if not CORPORA.is_dir() and not args.variants_only:
        sys.exit(f"the corpora are not at {CORPORA}")
    variants = [  # the first row is the archive's default
        ("ours (default: BM25F + RM3 feedback)", {}),
        ("ours, no sound-alikes (phonetic=False)", {"phonetic": False}),
        ("ours, no feedback (feedback=False)", {"feedback": False}),
    ]
    if not args.variants_only:
        with tempfile.TemporaryDirectory() as folder:
            rows = measure(names, variants, Path(folder), log=lambda m: print(m, file=sys.stderr))
        print(table(rows))
        print()
    if VARIANTS.exists():
        figures = variants_figures()
        print("| variant spellings | queries | articles | recall | precision | unlisted spellings: queries | recall | precision |")
        print("|---|---|---|---|---|---|---|---|")
        for label in VARIANT_MODES:
            f, u = figures[label, "all"], figures[label, "unlisted"]
            print(f"| {label} | {f['queries']} | {f['articles']} | {f['recall']:.3f} | {f['precision']:.3f} "
                  f"| {u['queries']} | {u['recall']:.3f} | {u['precision']:.3f} |")
    print()
    f = phonetic_figures()
    print("| phonetic key | gazetteer spelling pairs | same key | same key, within edit reach | gazetteer words "
          "| with an English word's key (BBC) | ... within edit reach |")
    print("|---|---|---|---|---|---|---|")
    print(f"| indexer.fulltext.phonetic_key | {f['pairs']} | {f['same key']} | {f['same key, near']} | {f['names']} "
          f"| {f['names with an English sound-alike']} | {f['... near']} |")


if __name__ == "__main__":
    main()
