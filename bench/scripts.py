"""Searching across scripts (issue #17): the project's own Arabic and English collection.

``bench/scripts_set/``: 44 short reports written for this benchmark (22 Arabic, 22 English) about
the same events in north-east Syria, names spelled differently in both scripts (harakat, tatweel,
attached prefixes, Arabic-Indic digits); ``mentions.tsv`` says which places and organisations each
names (judged by reading it), ``queries.tsv`` 57 searches in both scripts and what each asks for.

The collection is imported into a temporary archive with ``archive import`` and each query run with
``archive search --json`` (the real CLI, in this process). Each query's hits are split by the
language of the article: a Latin query counts "within English" over the English articles and
"Latin -> Arabic" over the Arabic ones, an Arabic query "within Arabic" and "Arabic -> Latin".
Recall and precision are micro-averaged (hits over all queries of a cell). Goals: 0.97 each.

    .venv/bin/python bench/scripts.py [--verbose] [--set bench/scripts_set/held]

``--set`` measures another set of the same files: ``bench/scripts_set/held/`` (16 reports, 32
queries) was written after the analysis was settled and is measured untuned.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "scripts_set"
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # this checkout's code, as the import below (cwd=ROOT) uses, not an installed one
CELLS = ("within Arabic", "within English", "Latin -> Arabic", "Arabic -> Latin")
GOAL = 0.97
_ARABIC = re.compile("[\u0600-\u06ff]")


def _rows(name: str, folder: Path = SET):
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def load(folder: Path = SET):
    """``(articles {id: row}, mentions {id: set of keys}, queries [(query, key)])``."""
    articles = {}
    for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        row.setdefault("title", row["id"])  # a set without titles: the id names the report in the hits
        articles[row["id"]] = row
    mentions = {article_id: set(keys.split()) for article_id, keys in _rows("mentions.tsv", folder)}
    queries = [(query, key) for query, key in _rows("queries.tsv", folder)]
    return articles, mentions, queries


def measure(folder: Path = SET) -> dict:
    """``{cell: {"recall", "precision", "found", "expected", "hits", "queries"}}`` and the misses."""
    from click.testing import CliRunner

    from archive.cli import cli

    articles, mentions, queries = load(folder)
    by_title = {row["title"]: article_id for article_id, row in articles.items()}
    counts = {cell: {"found": 0, "expected": 0, "hits": 0, "relevant_hits": 0, "queries": 0} for cell in CELLS}
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scripts.db"
        source = Path(tmp) / "articles.jsonl"  # as loaded: a report without a title gets its id as one
        source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in articles.values()), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "archive.cli", "import", str(db), str(source),
                               "--silent"], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"archive import failed: {done.stdout}{done.stderr}")
        runner = CliRunner()
        for query, key in queries:
            result = runner.invoke(cli, ["search", str(db), query, "--json", "--limit", "1000"], catch_exceptions=False)
            if result.exit_code != 0:
                raise SystemExit(f"archive search {query!r} failed: {result.output}")
            hits = {by_title[hit["title"]] for hit in json.loads(result.output)["hits"]}
            arabic_query = bool(_ARABIC.search(query))
            for language in ("ar", "en"):
                cell = (("within Arabic" if language == "ar" else "Arabic -> Latin") if arabic_query
                        else ("Latin -> Arabic" if language == "ar" else "within English"))
                pool = {a for a, row in articles.items() if _language(row) == language}
                expected = {a for a in pool if key in mentions[a]}
                got = hits & pool
                c = counts[cell]
                c["queries"] += 1
                c["expected"] += len(expected)
                c["found"] += len(expected & got)
                c["hits"] += len(got)
                c["relevant_hits"] += len(got & expected)
                if expected - got or got - expected:
                    misses.append((cell, query, sorted(expected - got), sorted(got - expected)))
    figures = {}
    for cell, c in counts.items():
        figures[cell] = {
            "recall": c["found"] / c["expected"] if c["expected"] else 1.0,
            "precision": c["relevant_hits"] / c["hits"] if c["hits"] else 1.0,
            **c,
        }
    return {"figures": figures, "misses": misses}


def _language(row: dict) -> str:
    """The report's script as the set states it (``language``, or ``script``: arabic / latin), or (sets
    that leave both out) as its title, else its body, is written."""
    script = {"arabic": "ar", "latin": "en"}.get(str(row.get("script", "")).lower())
    return row.get("language") or script or ("ar" if _ARABIC.search(row.get("title") or row.get("body", "")) else "en")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[argv.index("--set") + 1]).resolve() if "--set" in argv else SET
    result = measure(folder)
    articles, _, queries = load(folder)
    languages = [_language(row) for row in articles.values()]
    print(f"Scripts set: {languages.count('ar')} Arabic and {languages.count('en')} English articles, "
          f"{len(queries)} queries ({folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder})")
    print(f"{'cell':<18}{'queries':>8}{'expected':>9}{'hits':>6}{'recall':>8}{'precision':>10}  goal {GOAL}")
    ok = True
    for cell, f in result["figures"].items():
        met = f["recall"] >= GOAL and f["precision"] >= GOAL
        ok &= met
        print(f"{cell:<18}{f['queries']:>8}{f['expected']:>9}{f['hits']:>6}{f['recall']:>8.3f}{f['precision']:>10.3f}"
              f"  {'met' if met else 'NOT met'}")
    if result["misses"] and ("--verbose" in argv or "-v" in argv):
        print("\nMissed (expected, not found) and extra (found, not expected):")
        for cell, query, missed, extra in result["misses"]:
            print(f"  {cell:<16} {query!r}: missed {missed} extra {extra}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
