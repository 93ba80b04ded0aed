"""Names in every spelling, inside phrases, with qualifiers, joined (issue #17): recall and precision
of bench/variants_set/ (our own short articles; queries.jsonl lists each search's expected hits,
bench/variants_set/make.py wrote both) through FullTextIndex.matching_ids, by kind of search, with
expansion on (the default) and off (the exact search).

    .venv/bin/python bench/variants.py [--set held|held3|held4] [--misses]

The top folder is the tuning part: its misses are printed and read. ``bench/variants_set/held/``
(other names, written before the fixes it measures) is the held-out part: scored, its misses not
printed. ``held3`` and ``held4`` (written blind, scored once unseen on 2026-12-04) are tuned on since:
``--set held4 --misses`` prints its misses.
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
# held3's author counts an unquoted qualifier as not narrowing ("Hol camp": every report naming
# al-Hol); the search ANDs every word. ``measure(..., our_rule=True)`` also scores held3's
# qualifier searches by our rule: the author's expected reports that hold the query's generic words
# too (each as the exact search finds it). These are the generic words of held3's qualifier searches.
GENERIC = {"camp", "prison", "province", "governorate", "city", "town", "village", "district", "crossing",
           "river", "syria", "iraq", "north-east", "northeast"}


PHRASE_KINDS = {"phrase", "long phrase", "joined phrase"}


def searched(query: dict) -> str:
    """The text searched for a query of the set: a phrase kind's query in quotes. held22 and held31
    store their phrases without the marks (their ABOUT.md: a phrase is "quoted"; held31 asks the same
    words "Ghuwayran prison" as a qualifier, every report of the prison, and as a phrase, only the
    reports where the words stand together), every other set with them; unquoted, a phrase was
    searched as the qualifier search (held31 phrase precision 0.456, quoted 0.979)."""
    text = query["query"]
    if query["kind"] in PHRASE_KINDS and '"' not in text:
        return f'"{text}"'
    return text


def measure(expand: bool = True, part: Path = SET, our_rule: bool = False) -> dict:
    """``{kind: (searches, recall, precision), "all": ...}``, micro-averaged over expected hits.
    ``our_rule``: a qualifier search expects only the reports that also hold its generic words
    (see GENERIC), the other searches as written."""
    from archive import search_data
    from indexer.fulltext import FullTextIndex
    from indexer.fulltext.query import QueryError

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
            try:
                found = set(index.matching_ids(searched(query), expand=expand))
            except QueryError:  # only stop words ("is"): the search page says so and finds nothing
                found = set()
            expected = set(query["expected"])
            if our_rule and query["kind"] == "qualifier":
                for word in query["query"].split():
                    if word.lower() in GENERIC:
                        expected &= set(index.matching_ids(word, expand=False))
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
        if expand and (folder == SET or "--misses" in argv):  # held-out parts are scored, not read
            for query, missed, extra in figures["misses"]:
                print(f"  {query}: missed {missed} extra {extra}")
    if folder.name == "held3":
        figures = measure(True, folder, our_rule=True)
        print("\nexpansion on, qualifier searches scored by our rule (the name AND the generic word)")
        print("| searches | kind | recall | precision |\n|---|---|---|---|")
        for kind, value in figures.items():
            if kind != "misses":
                print(f"| {value[0]} | {kind} | {value[1]:.3f} | {value[2]:.3f} |")
        if "--misses" in argv:
            read = (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()
            qualified = {json.loads(line)["query"] for line in read if '"qualifier"' in line}
            for query, missed, extra in figures["misses"]:
                if query in qualified:
                    print(f"  {query}: missed {missed} extra {extra}")


if __name__ == "__main__":
    main()
