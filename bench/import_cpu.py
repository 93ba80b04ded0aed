"""``archive import`` with the main process's CPU and its extraction workers' printed apart.

    .venv/bin/python bench/import_cpu.py import /tmp/x/db.db articles.jsonl --silent
    .venv/bin/python bench/import_cpu.py --stages import /tmp/x/db.db articles.jsonl --silent

Prints (to stderr) wall seconds, the main process's user and system CPU and peak RSS
(``getrusage(RUSAGE_SELF)``) and the workers' (``RUSAGE_CHILDREN``): the import's write path runs
in the main process, extraction in the workers (``archive/workers.py``).

``--stages`` also times the main process's stages (``time.thread_time()`` around each: the JSON
Lines survey and reading, near-duplicate links, SQLite writes, the index's documents, postings and
vocabulary) and prints each in CPU ms an article. Nested rows ("of which") are inside the row below
them; the survey's JSON parsing is counted in both its row and the parsing row.
"""

import atexit
import collections
import resource
import sys
import time

STAGES = [  # (module, function, label), printed in this order
    ("archive.readers.records", "_survey_jsonl", "read: JSON Lines survey (_survey_jsonl)"),
    ("archive.readers.records", "_json_lines", "read: JSON parsing, both passes"),
    ("archive.readers.records", "_to_record", "read: records (_to_record)"),
    ("archive.pipeline", "Importer._link_near_duplicates", "near-duplicate links"),
    ("indexer.duplicates", "save", "signatures saved (duplicates.save)"),
    ("indexer.store", "Store.write_mentions", "  of which write_mentions"),
    ("indexer.store", "Store.write_articles", "SQLite write_articles (with mentions)"),
    ("indexer.store", "Store.add_vocabulary", "SQLite add_vocabulary"),
    ("indexer.fulltext.index", "_Writer._add", "index: documents (_Writer._add)"),
    ("indexer.fulltext.bulk_segments", "BulkSegment.finish", "index: postings (BulkSegment.finish)"),
    ("indexer.fulltext.bulk_postings_file", "CommonTerms.add_field", "  of which postings file's arrays"),
    ("indexer.fulltext.index", "FullTextIndex._add_vocabulary", "index: vocabulary segment"),
    ("indexer.fulltext.postings_files", "write", "index: new segment's postings file (write)"),
    ("indexer.fulltext.postings_files", "write_segments", "index: postings files decoded back"),
    ("indexer.sync", "Archive.write_batch", "write_batch (all of it)"),
    ("archive.pipeline", "Importer._flush", "_flush (all of it)"),
]
_spent: dict = collections.defaultdict(float)


def report(started: float, stages: bool) -> None:
    main, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    sys.stderr.write(f"wall {time.time() - started:.1f}s main user {main.ru_utime:.1f}s sys {main.ru_stime:.1f}s "
                     f"maxrss {main.ru_maxrss / 1024:.0f}MB | workers user {workers.ru_utime:.1f}s "
                     f"maxrss {workers.ru_maxrss / 1024:.0f}MB\n")
    if stages:
        articles = _articles or 1
        sys.stderr.write(f"main thread {time.thread_time():.1f}s; CPU ms an article ({_articles:,} articles):\n")
        for _module, _function, label in STAGES:
            sys.stderr.write(f"  {label:45s} {1000 * _spent[label] / articles:7.3f}\n")


_articles = 0


def _exists(module: str, qualname: str) -> bool:
    import importlib

    try:
        owner = importlib.import_module(module)
    except ImportError:
        return False
    for part in qualname.split("."):
        owner = getattr(owner, part, None)
    return owner is not None

if __name__ == "__main__":  # workers are spawned: they import this module and must not import again
    argv = sys.argv[1:]
    stages = argv[:1] == ["--stages"]
    if stages:
        argv = argv[1:]
        from stage_timer import time_stages

        STAGES[:] = [stage for stage in STAGES if _exists(*stage[:2])]  # (an older checkout compared)
        time_stages(STAGES, _spent)
        from archive import pipeline

        flush = pipeline.Importer._flush

        def counting(self, built, report_):
            global _articles
            _articles += len(built)
            return flush(self, built, report_)
        pipeline.Importer._flush = counting
    atexit.register(report, time.time(), stages)
    sys.argv = ["archive"] + argv
    from archive.cli import cli

    try:
        cli()
    except SystemExit:
        pass
