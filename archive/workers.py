"""Extraction in worker processes, so it runs beside the writing (SQLite and Whoosh) instead of
before it: on two cores an import then takes about as long as its writing alone.

The main process walks the input and writes; workers read small files and turn raw records into
articles (metadata, language, mentions, MinHash signature). Results come back in input order,
so an import finds the same first copies and duplicates with workers as without. At most
``WINDOW`` work items are in flight, so memory stays flat however large the input.

Workers are started with ``spawn``: they inherit no open files (not the archive's lock, not the
database), ignore Ctrl-C (the main process handles it and stops them), and exit when it dies.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
import signal
from pathlib import Path
from typing import Iterable, Iterator, Optional

from archive.extract import near_duplicates as near
from archive.extract.article import ArticleError, BatchDefaults, build_article
from archive.model import Article, BadRecord, RawRecord
from archive.readers.records import ReaderOptions
from archive.sources import read_source
from indexer import fulltext

FILES_PER_ITEM = 16  # small files read by a worker per work item
RECORDS_PER_ITEM = 64  # raw records (from big files and containers) built per work item
BIG_FILE = 8 * 1024 * 1024  # bigger files (and every container) are read in the main process
WINDOW = 48  # work items in flight
PARALLEL_FROM_BYTES = 4 * 1024 * 1024  # smaller imports run in-process (starting workers costs ~1 s)


def default_workers(input_bytes: int) -> int:
    """Workers for an import of ``input_bytes``: none for small ones, else one per core. With the
    index written in bulk the main process spends about a third of what extraction does, so one
    worker left a core mostly idle: 10,000 articles on 2 cores took 105 s with 1 worker and 88 s
    with 2 (bench/README.md, "Bulk write path")."""
    if input_bytes < PARALLEL_FROM_BYTES:
        return 0
    return max(1, os.cpu_count() or 1)


class Built:
    """An article built from a raw record, with its MinHash signature (None for short texts)."""

    __slots__ = ("article", "signature")

    def __init__(self, article: Article, signature):
        self.article = article
        self.signature = signature


def build(raw: RawRecord, defaults: BatchDefaults):
    """A raw record as a :class:`Built` article, or a :class:`BadRecord` saying why not."""
    try:
        article = build_article(raw, defaults)
    except ArticleError as error:
        return BadRecord(raw.source_path, str(error), raw.source_record)
    except Exception as error:  # an extraction bug must not end the batch
        return BadRecord(raw.source_path, f"could not extract ({type(error).__name__}: {error})", raw.source_record)
    # What the writing process would otherwise compute, done here: the text analysed for the
    # full-text index, the exact-duplicate hash and the MinHash signature.
    article.analysed = fulltext.analyse(article.title, article.body, article.lede)
    article.content_hash  # noqa: B018 (cached on the article)
    return Built(article, near.signature(article.body))


def build_all(items: Iterable, defaults: BatchDefaults) -> list:
    """Raw records built; what is not a raw record (failures, skipped records) passes through."""
    return [build(item, defaults) if isinstance(item, RawRecord) else item for item in items]


# -- in the worker ------------------------------------------------------------------------------
_state: dict = {}


def _start_worker(defaults: BatchDefaults, options: ReaderOptions) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _state["defaults"] = defaults
    _state["options"] = options
    from archive.extract.language import guess_language

    guess_language("warm the language model up before the first article arrives")


def _work(item):
    kind, payload = item
    defaults = _state["defaults"]
    if kind == "records":
        return build_all(payload, defaults)

    results = []
    for path, named in payload:  # small files, read here
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        try:
            records = list(read_source(path, named, _state["options"]))
        except Exception as error:
            records = [BadRecord(str(path), f"unreadable ({type(error).__name__}: {error})")]
        results.append((str(path), size, build_all(records, defaults)))
    return results


# -- in the main process ------------------------------------------------------------------------
def work_items(walked: Iterable, options: ReaderOptions, read_in_main) -> Iterator:
    """``("files", [(path, named), ...])`` for small plain files, ``("records", [...])`` for what
    big files and containers hold (read here by ``read_in_main(path, named)``), and
    ``("opened", path)`` markers so the caller can count files read here."""
    from archive.readers.containers import container_kind

    files: list = []
    for path, named in walked:
        try:
            small = path.is_file() and path.stat().st_size <= BIG_FILE and not container_kind(path.name)
        except OSError:
            small = False
        if small:
            files.append((str(path), named))
            if len(files) >= FILES_PER_ITEM:
                yield ("files", files)
                files = []
            continue
        if files:
            yield ("files", files)
            files = []
        yield ("opened", path)
        chunk: list = []
        for record in read_in_main(path, named):
            chunk.append(record)
            if len(chunk) >= RECORDS_PER_ITEM:
                yield ("records", chunk)
                chunk = []
        if chunk:
            yield ("records", chunk)
    if files:
        yield ("files", files)


class WorkerPool:
    """``workers`` spawned processes mapping work items to results, in order, a window at a time."""

    def __init__(self, workers: int, defaults: BatchDefaults, options: ReaderOptions):
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, initializer=_start_worker, initargs=(defaults, options))

    def map(self, items: Iterable) -> Iterator:
        """``(item, result)`` for each work item, in order (``opened`` markers pass through)."""
        pending: collections.deque = collections.deque()
        for item in items:
            if item[0] == "opened" and not pending:
                yield item, None
                continue
            pending.append((item, None if item[0] == "opened" else self._pool.apply_async(_work, (item,))))
            while len(pending) > WINDOW or (pending and pending[0][1] is None):
                done, result = pending.popleft()
                yield done, result.get() if result is not None else None
        while pending:
            done, result = pending.popleft()
            yield done, result.get() if result is not None else None

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
