"""What a worker of ``archive import`` spends an article on, stage by stage (issue #16).

    .venv/bin/python bench/worker_stages.py FILE [--limit N] [--repeat R]

Reads FILE (JSON Lines, or any input the archive reads) with the archive's own reader in this
process, then sends its records through the worker's own path (``archive.workers.build_all``, as
an import's worker process does, 64 records a work item, the result pickled as the pool pickles
it) ``R`` times, and prints the CPU milliseconds an article (``time.thread_time`` around each
named function, bench/stage_timer.py; the best of R passes for each row). Nested rows are inside
the row below them without indent; a worker builds a batch a stage at a time (``build_all``), so
``workers.build`` is no longer called there (an older checkout shows it). A pass after the first runs with the caches warm (the index
analysis's word cache, the entity vocabulary), as a long import does.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stage_timer import time_stages  # noqa: E402

STAGES = [  # (module, function, label), printed in this order
    ("archive.extract.article", "_paragraphs", "paragraphs"),
    ("archive.extract.article", "article_outlet", "outlet (article_outlet)"),
    ("archive.extract.article", "clean_record_paragraphs", "boilerplate (clean_record_paragraphs)"),
    ("archive.extract.article", "_date", "publication date"),
    ("archive.extract.article", "guess_language", "language"),  # one article at a time (build)
    ("archive.extract.mentions", "find_entities", "entities"),
    ("archive.extract.mentions", "find_figures", "figures"),
    ("archive.extract.mentions", "find_event_dates", "event dates"),
    ("archive.workers", "split", "title and body split into words (shared by the three below)"),
    ("archive.workers", "guess_language", "language"),  # a stage at a time over a batch (build_all)
    ("archive.workers", "entities_of", "entities"),
    ("archive.workers", "find_figures", "figures"),
    ("archive.workers", "find_event_dates", "event dates"),
    ("archive.extract.article", "add_mentions", "mentions (the three above)"),
    ("archive.extract.article", "build_article", "build_article (all of it)"),
    ("indexer.fulltext", "analyse", "index analysis (fulltext.analyse)"),
    ("archive.extract.near_duplicates", "signature", "near-duplicate signature"),
    ("archive.workers", "build", "workers.build (all of it)"),
    ("archive.workers", "build_all", "workers.build_all (all of it)"),
]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--limit", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from archive import workers
    from archive.extract.article import BatchDefaults
    from archive.readers.records import ReaderOptions
    from archive.sources import read_source

    start = time.thread_time()
    raws = list(read_source(args.file, True, ReaderOptions()))[: args.limit]
    read = time.thread_time() - start
    n = len(raws)
    workers._start_worker(BatchDefaults(), ReaderOptions())
    spent: dict = collections.defaultdict(float)
    time_stages(_present(STAGES), spent)  # wrapped once; each pass counts apart

    best: dict = {}
    for _ in range(args.repeat):
        spent.clear()
        items = [pickle.dumps(("records", raws[i:i + 64]), pickle.HIGHEST_PROTOCOL) for i in range(0, n, 64)]
        start = time.thread_time()
        results = []
        for blob in items:
            t = time.thread_time()
            item = pickle.loads(blob)
            spent["IPC in: records unpickled"] += time.thread_time() - t
            result = workers._work(item)
            t = time.thread_time()
            results.append(pickle.dumps(result, pickle.HIGHEST_PROTOCOL))
            spent["IPC out: results pickled"] += time.thread_time() - t
        spent["worker, all of it"] = time.thread_time() - start
        t = time.thread_time()
        for blob in results:
            pickle.loads(blob)
        spent["main: results unpickled"] = time.thread_time() - t
        size = sum(map(len, results)) / n / 1024
        for label, seconds in spent.items():
            best[label] = min(best.get(label, seconds), seconds)
    print(f"{n} articles from {args.file}, CPU ms an article (best of {args.repeat}); "
          f"reading in the main process {read / n * 1000:.2f}; results pickled {size:.1f} KB an article")
    print("\n| stage | ms an article |\n|---|---:|")
    for label in list(dict.fromkeys(s[2] for s in STAGES)) + ["IPC in: records unpickled", "IPC out: results pickled",
                                           "worker, all of it", "main: results unpickled"]:
        if label in best:
            print(f"| {label} | {best[label] / n * 1000:.2f} |")
    return 0


def _present(stages) -> list:
    """The stages this version of the code has (an older checkout lacks build_all's stages)."""
    import importlib

    kept = []
    for module, qualname, label in stages:
        owner = importlib.import_module(module)
        for part in qualname.split("."):
            owner = getattr(owner, part, None)
        if owner is not None:
            kept.append((module, qualname, label))
    if any(q == "entities_of" for _, q, _ in kept):  # it calls mentions.find_entities: count once
        kept = [s for s in kept if s[:2] != ("archive.extract.mentions", "find_entities")]
    return kept


if __name__ == "__main__":
    sys.exit(main())
