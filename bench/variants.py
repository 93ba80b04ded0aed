"""Names in every spelling, inside phrases, with qualifiers, joined (issue #17): recall and precision
of bench/variants_set/ (our own short articles; queries.jsonl lists each search's expected hits,
bench/variants_set/make.py wrote both) through FullTextIndex.matching_ids, by kind of search, with
expansion on (the default) and off (the exact search).

    .venv/bin/python bench/variants.py [--set held]

The top folder is the tuning part: its misses are printed and read. ``bench/variants_set/held/``
(other names, written before the fixes it measures) is the held-out part: scored, its misses not
printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SET = Path(__file__).parent / "variants_set"
HELD = SET / "held"


def measure(expand: bool = True, part: Path = SET) -> dict:
    """``{kind: (searches, recall, precision), "all": ...}``, micro-averaged over expected hits."""
    from archive import search_data
    from indexer.fulltext import FullTextIndex

    search_data.provide()
    read = lambda name: [json.loads(line) for line in (part / name).read_text(encoding="utf-8").splitlines() if line.strip()]  # noqa: E731
    with tempfile.TemporaryDirectory() as folder:
        index = FullTextIndex(Path(folder) / "index")
        index.create()
        with index.writer() as writer:
            for article in read("articles.jsonl"):
                writer.upsert({**article, "published": "2023-03-01"})
        tally: dict = {}
        misses = []
        for query in read("queries.jsonl"):
            found = set(index.matching_ids(query["query"], expand=expand))
            expected = set(query["expected"])
            for kind in (query["kind"], "all"):
                n, hit, got, right = tally.get(kind, (0, 0, 0, 0))
                tally[kind] = (n + 1, hit + len(found & expected), got + len(found), right + len(expected))
            if found != expected:
                misses.append((query["query"], sorted(expected - found), sorted(found - expected)))
    figures = {kind: (n, round(hit / right, 3) if right else 1.0, round(hit / got, 3) if got else 1.0)
               for kind, (n, hit, got, right) in tally.items()}
    figures["misses"] = misses
    return figures


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    folder = SET / argv[argv.index("--set") + 1] if "--set" in argv else SET
    print(f"set: {folder.relative_to(ROOT)}")
    for expand in (True, False):
        figures = measure(expand, folder)
        print(f"\n{'expansion on (default)' if expand else 'exact search (expansion off)'}")
        print("| searches | kind | recall | precision |\n|---|---|---|---|")
        for kind, value in figures.items():
            if kind != "misses":
                print(f"| {value[0]} | {kind} | {value[1]:.3f} | {value[2]:.3f} |")
        if expand and folder == SET:  # the held-out part is scored, not read
            for query, missed, extra in figures["misses"]:
                print(f"  {query}: missed {missed} extra {extra}")


if __name__ == "__main__":
    main()
