"""What extraction costs an article, and proof that making it cheaper changed nothing (issue #16).

    .venv/bin/python bench/extraction_cost.py time [--file FILE] [--limit N] [--repeat R]
    .venv/bin/python bench/extraction_cost.py texts OUT.jsonl PATH...
    .venv/bin/python bench/extraction_cost.py dump TEXTS.jsonl OUT.jsonl
    .venv/bin/python bench/extraction_cost.py passes PATH... [--repeat R]

``time`` reads FILE (default: the first 3,000 lines of the generated scale corpus,
``/work/scale-1m/jsonl/articles-00000.jsonl``; ``bench/scale_gen.py`` writes such files) with the
archive's own reader and prints, in CPU milliseconds an article (the best of R runs, so that other
work on the machine weighs less): ``build_article`` whole, each extraction stage alone (language,
the title and body split into words, entities over title and body and figures from that split as
an import's worker runs them, event dates, the MinHash signature) and their sum. The full-text
analysis (``indexer``) is not extraction and is not counted.

``texts`` builds the articles under PATH (files or folders, any format the archive reads) and
writes each one's title, body and date, one JSON object a line. ``dump`` writes every field the
extraction finds for each of them: language (of the body and of the title), the entity mentions
with their offsets, entity counts, figures (all fields), event dates (all fields), the signature
and its band keys; and what the index analysis makes of them: the report's other meanings
(``fields.other_meaning_words``, with each rule's share: acronyms, places put elsewhere, Arabic
senses) and the encoded terms of ``fields.analyse`` (an md5 of them). Run ``dump`` on the same TEXTS with two versions of the code (``PYTHONPATH`` set
to a ``git worktree`` of the older commit) and compare the outputs: equal files mean the same
results, whatever the two versions did to the articles' other fields.

``passes`` times the passes an import makes over its files before the first article
(``FolderProfiles.learn_import``: the text files' collection pass, the full names the import writes,
the web pages' and e-mails' date-order groups), in CPU ms a file, the best of R: they grow with the
import's files up to ``IMPORT_TOP_FILES`` (past it they are skipped).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import itertools
import json
import sys
import time
from pathlib import Path

GENERATED = Path("/work/scale-1m/jsonl/articles-00000.jsonl")


def _generated_sample(path: Path, limit: int) -> Path:
    import tempfile

    sample = Path(tempfile.mkdtemp()) / path.name
    with path.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(src, limit))
    return sample


def outlet_data_load_ms(repeat: int) -> float:
    """CPU ms to read every outlet data file and build the table once (a worker pays it at start;
    it was a timed unit test until a loaded CI machine made it fail: targets live here)."""
    try:
        from archive.extract.outlet_data import build_table, data_files, numbered_lines
    except ImportError:  # an older checkout
        return float("nan")
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        build_table([(name, numbered_lines(name)) for name in data_files()])
        best = min(best, time.process_time() - started)
    return best * 1000


def time_stages(path: Path, limit: int, repeat: int) -> dict:
    """``{stage: CPU ms an article}``, the best of ``repeat`` runs."""
    from archive.extract import near_duplicates as near
    from archive.extract.article import BatchDefaults, build_article
    from archive.extract.event_dates import find_event_dates
    from archive.extract.figures import find_figures
    from archive.extract.language import guess_language
    from archive.extract.mentions import entities_of
    from archive.readers.records import ReaderOptions
    from archive.sources import read_source

    raws = list(read_source(_generated_sample(path, limit), True, ReaderOptions()))
    guess_language("warm the language model up before the first article arrives")
    try:
        from archive.extract.text_split import split
    except ImportError:  # an older checkout: each stage splits the text its own way
        split = None
    parts: dict = {}  # id(article) -> (title split, body split), as a worker keeps them

    def split_both(a):
        parts[id(a)] = (split(a.title), split(a.body)) if split else ((), ())

    stages = {
        "language": lambda a: guess_language(a.body),
        "split (title and body, shared)": split_both,
        "entities": lambda a: entities_of(a.title, a.body, *parts[id(a)]) if split else entities_of(a.title, a.body),
        "figures": lambda a: find_figures(a.body, parts[id(a)][1]) if split else find_figures(a.body),
        "event dates": lambda a: find_event_dates(a.body, a.published),
        "signature": lambda a: near.signature(a.body),
    }
    best: dict = {}
    for _ in range(repeat):
        records = copy.deepcopy(raws)
        start = time.process_time()
        articles = [build_article(r, BatchDefaults()) for r in records]
        costs = {"build_article (all of it)": time.process_time() - start}
        for name, stage in stages.items():
            start = time.process_time()
            for article in articles:
                stage(article)
            costs[name] = time.process_time() - start
        costs["extraction (the stages above but build_article)"] = sum(costs[name] for name in stages)
        for name, seconds in costs.items():
            best[name] = min(best.get(name, float("inf")), 1000 * seconds / len(raws))
    best["articles"] = len(raws)
    return best


def time_passes(paths: list, repeat: int) -> dict:
    """``{pass: CPU ms a file}`` of ``learn_import`` over ``paths``, the best of ``repeat`` runs."""
    from archive.readers import folder_profiles, walk

    parts = [(name, getattr(folder_profiles, name)) for name in ("collection_pass_of", "import_names", "import_orders")
             if hasattr(folder_profiles, name)]
    spent: dict = {}

    def timed(name, function):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return run

    files = sum(1 for _ in walk(paths)) or 1
    best: dict = {}
    try:
        for name, function in parts:
            setattr(folder_profiles, name, timed(name, function))
        for _ in range(repeat):
            spent.clear()
            start = time.process_time()
            folder_profiles.FolderProfiles().learn_import(paths)
            spent["learn_import (all of it)"] = time.process_time() - start
            for name, seconds in spent.items():
                best[name] = min(best.get(name, float("inf")), 1000 * seconds / files)
    finally:
        for name, function in parts:
            setattr(folder_profiles, name, function)
    best["files"] = files
    return best


def write_texts(out: Path, paths: list) -> int:
    from archive.extract.article import ArticleError, build_article
    from archive.model import RawRecord
    from archive.readers.records import ReaderOptions
    from archive.sources import records_from

    n = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in records_from([Path(p) for p in paths], ReaderOptions()):
            if not isinstance(record, RawRecord):
                continue
            try:
                article = build_article(record)
            except ArticleError:
                continue
            handle.write(json.dumps({"source": article.source_path, "title": article.title,
                                     "body": article.body, "published": article.published}) + "\n")
            n += 1
    return n


def dump_fields(texts: Path, out: Path) -> int:
    from archive.extract import near_duplicates as near
    from archive.extract.entities import mentions
    from archive.extract.language import guess_language
    from archive.extract.mentions import find_mentions
    from indexer.fulltext import fields as index_fields

    n = 0
    with texts.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as handle:
        for line in src:
            r = json.loads(line)
            entities, figures, events = find_mentions(r["title"], r["body"], r["published"])
            sig = near.signature(r["body"])
            fields = {
                "source": r["source"],
                "language": guess_language(r["body"]),
                "title_language": guess_language(r["title"]),
                "mentions": [list(m) for m in mentions(f"{r['title']}\n\n{r['body']}")],
                "entities": entities,
                "figures": [dataclasses.asdict(f) for f in figures],
                "events": [dataclasses.asdict(e) for e in events],
                "signature": None if sig is None else [int(v) for v in sig],
                "bands": None if sig is None else near.band_keys(sig),
                **_index_reading(index_fields, r["title"], r["body"]),
            }
            handle.write(json.dumps(fields, sort_keys=True, ensure_ascii=False) + "\n")
            n += 1
    return n


def _index_reading(index_fields, title: str, body: str) -> dict:
    """What the index analysis reads in a report: its other meanings, each rule's and all, and an
    md5 of its encoded terms (an older checkout lacks a rule: its share is left out)."""
    import hashlib

    texts = (title, body)
    out = {"other_meanings": sorted(index_fields.other_meaning_words(title, body))}
    for name in ("other_meanings", "placed_elsewhere", "other_senses"):
        rule = getattr(index_fields, name, None)
        if rule is not None:
            out[f"rule {name}"] = sorted(rule(texts))
    analysed = index_fields.analyse(title, body, None)  # each field's terms in a set's order: sorted
    canonical = {name: sorted(zip(*value[:3])) + [value[3]] if hasattr(value, "terms") else sorted(value)
                 for name, value in analysed.items()}
    out["analysed md5"] = hashlib.md5(repr(sorted(canonical.items())).encode()).hexdigest()
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    timing = commands.add_parser("time")
    timing.add_argument("--file", type=Path, default=GENERATED)
    timing.add_argument("--limit", type=int, default=3000)
    timing.add_argument("--repeat", type=int, default=3)
    texts = commands.add_parser("texts")
    texts.add_argument("out", type=Path)
    texts.add_argument("paths", nargs="+")
    dump = commands.add_parser("dump")
    dump.add_argument("texts", type=Path)
    dump.add_argument("out", type=Path)
    passes = commands.add_parser("passes")
    passes.add_argument("paths", nargs="+", type=Path)
    passes.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "time":
        if not args.file.exists():
            print(f"{args.file}: no such file (generate one with bench/scale_gen.py)", file=sys.stderr)
            return 1
        costs = time_stages(args.file, args.limit, args.repeat)
        print(f"{costs.pop('articles')} articles from {args.file}, CPU ms an article (best of {args.repeat})\n")
        print("| stage | ms an article |\n|---|---:|")
        for name, ms in costs.items():
            print(f"| {name} | {ms:.2f} |")
        print(f"\nonce a process: the outlet data read and its table built, {outlet_data_load_ms(args.repeat):.0f} CPU ms")
    elif args.command == "passes":
        costs = time_passes(args.paths, args.repeat)
        print(f"{costs.pop('files'):,} files, CPU ms a file (best of {args.repeat})\n")
        print("| pass | ms a file |\n|---|---:|")
        for name, ms in costs.items():
            print(f"| {name} | {ms:.3f} |")
    elif args.command == "texts":
        print(f"{write_texts(args.out, args.paths)} articles written to {args.out}")
    else:
        print(f"{dump_fields(args.texts, args.out)} texts' fields written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
