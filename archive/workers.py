"""Extraction in worker processes, so it runs beside the writing (SQLite and Whoosh) instead of
before it: on two cores an import then takes about as long as its writing alone.

The main process walks the input and writes; workers read small files and turn raw records into
articles (metadata, language, mentions, MinHash signature). Results come back in input order,
so an import finds the same first copies and duplicates with workers as without. At most
``WINDOW`` work items are in flight, so memory stays flat however large the input.

Workers are started with ``spawn``: they inherit no open files (not the archive's lock, not the
database), ignore Ctrl-C (the main process handles it and stops them), and exit when it dies,
even in the middle of a task: on Linux the kernel kills a worker whose parent has gone
(``PR_SET_PDEATHSIG``), and elsewhere a thread of the worker looks for its parent every second. An
import killed outright (``kill -9``, the out-of-memory killer) leaves no worker burning a core.

A long PDF read by a worker takes from a second (hundreds of text pages) to minutes (a scan, a
few seconds a page): each page it reads is sent at once to the main process on a queue of its own
(``("name.pdf", page, pages, bytes)``, the bytes being the file's share that page stands for), so
the import's progress moves page by page while the worker reads, as it does when the main process
reads the file. The main process hears them while it waits for results.
"""

from __future__ import annotations

import collections
import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from archive.extract import near_duplicates as near
from archive.extract.article import ArticleError, BatchDefaults, build_article
from archive.extract.language import guess_language
from archive.extract.mentions import entities_of, find_event_dates, find_figures
from archive.extract.text_split import split, words
from archive.model import Article, BadRecord, RawRecord
from archive.readers import progress
from archive.readers.records import ReaderOptions
from archive.readers.unfinished import finished_all
from archive.sources import read_source
from indexer import fulltext
from indexer.fulltext import report_words

FILES_PER_ITEM = 16  # small files read by a worker per work item
RECORDS_PER_ITEM = 64  # raw records (from big files and containers) built per work item
BIG_FILE = 8 * 1024 * 1024  # bigger files but PDFs (and every container) are read in the main process
WINDOW = 48  # work items in flight
# Read slowly (OCR: seconds a page) into few records, a page at a time: each such file, whatever
# its size, is a work item of its own, read by a worker.
ALONE = (".pdf",)
PARALLEL_FROM_BYTES = 4 * 1024 * 1024  # smaller imports run in-process (starting workers costs ~1 s)
POLL = 0.1  # seconds between looks at the pages queue while a result is awaited
PARENT_LOOK = 1.0  # seconds between a worker's looks for its parent, where the kernel cannot watch
# A worker's young generation is collected after this many allocations (Python's default: 700). Its
# articles make tens of thousands of lists and dicts an item and few reference cycles: at 700 the
# collector ran ~1,300 times over 5,000 articles, walking the batch's live objects each time (issue
# #16, round 37: ~0.3 ms an article of a worker's ~7.5, measured with the models frozen, below).
WORKER_GC_YOUNG = 20_000
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


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
    """Raw records built; what is not a raw record (failures, skipped records) passes through.

    The same results as :func:`build` on each record in turn, found a stage at a time over the
    whole batch (each record's metadata, then every language, every entity, figure and event date,
    the index analysis, the signatures): each stage's tables (the language model's, the gazetteer's
    trie, the analyzer's word cache) stay in the processor's caches from one article to the next
    instead of being pushed out by the other stages. Measured on 3,000 generated articles: 3.27 ms
    an article article by article, 2.58 stage by stage over batches of 64 (bench/README.md,
    "Extraction CPU toward 1 ms"). The title and body are split into words once
    (archive/extract/text_split.py) for the entities, the figures' sources, the index analysis and
    the index's reading rules (``indexer/fulltext/report_words.py``: remembered for the batch)."""
    try:
        return _build_all(items, defaults)
    finally:
        report_words.forget()


def _build_all(items: Iterable, defaults: BatchDefaults) -> list:
    out = finished_all(items)  # records the main process read and left for a worker to finish
    batch = []  # (position, raw record, article, (title split, body split)), the articles still being built
    for position, item in enumerate(out):
        if not isinstance(item, RawRecord):
            continue
        try:
            article = build_article(item, defaults, details=False)
            parts = split(article.title), split(article.body)
        except Exception as error:
            out[position] = _failed(item, error)
            continue
        batch.append((position, item, article, parts))
        # the same splits for the index's reading rules (placed elsewhere, bodies abroad, ...)
        report_words.remember(article.title, parts[0])
        report_words.remember(article.body, parts[1])
    for stage in _TEXT_STAGES:  # as in build_article: a failure makes the record a BadRecord
        kept = []
        for entry in batch:
            try:
                stage(entry[1], entry[2], entry[3])
            except Exception as error:
                out[entry[0]] = _failed(entry[1], error)
                continue
            kept.append(entry)
        batch = kept
    # As in build(), not caught: the index analysis, the exact-duplicate hash, the signature.
    for _, _, article, (title_parts, body_parts) in batch:
        article.analysed = fulltext.analyse(article.title, article.body, article.lede,
                                            (words(title_parts), words(body_parts)))
    for _, _, article, _ in batch:
        article.content_hash  # noqa: B018 (cached on the article)
    for position, _, article, _ in batch:
        out[position] = Built(article, near.signature(article.body))
    return out


def _failed(raw: RawRecord, error: Exception) -> BadRecord:
    """The BadRecord :func:`build` makes of a record whose building raised ``error``."""
    if isinstance(error, ArticleError):
        return BadRecord(raw.source_path, str(error), raw.source_record)
    return BadRecord(raw.source_path, f"could not extract ({type(error).__name__}: {error})", raw.source_record)


def _language(raw: RawRecord, article: Article, parts: tuple) -> None:
    if not (raw.language or "").strip():  # a record's stated language is kept (build_article)
        article.language = guess_language(article.body) or None


def _entities(raw: RawRecord, article: Article, parts: tuple) -> None:
    article.entities = entities_of(article.title, article.body, *parts)


def _figures(raw: RawRecord, article: Article, parts: tuple) -> None:
    article.figures = find_figures(article.body, parts[1])


def _events(raw: RawRecord, article: Article, parts: tuple) -> None:
    article.events = find_event_dates(article.body, article.published)


_TEXT_STAGES = (_language, _entities, _figures, _events)  # build_article's order


# -- in the worker ------------------------------------------------------------------------------
_state: dict = {}


def _die_with(parent: int, by_kernel: bool) -> None:
    """End this process when ``parent`` (the import's main process) is gone, whatever it is doing.

    The kernel's watch ends a child when the *thread* that started it ends, so it is asked for only
    where the pool was started by the parent's main thread (``by_kernel``)."""
    if by_kernel and sys.platform.startswith("linux") and _kill_when_orphaned():
        if os.getppid() != parent:  # the parent died before the kernel was asked to watch it
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_LOOK)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _kill_when_orphaned() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where that cannot be asked."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _start_worker(defaults: BatchDefaults, options: ReaderOptions, pages=None, parent=None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with(*parent)
    _state["defaults"] = defaults
    _state["options"] = options
    _state["pages"] = pages
    _state["file"] = None
    if pages is not None:
        progress.listen(_page_read)
    from archive.extract.language import guess_language

    guess_language("warm the language model up before the first article arrives")
    # The modules, tables and model loaded by now live as long as the worker: moved out of the
    # collector's generations (gc.freeze), no collection walks them again. Garbage is still collected.
    gc.freeze()
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])


def _page_read(name: str, number: int, total: Optional[int]) -> None:
    """A page of the file being read, sent to the main process with the bytes it stands for: the
    file's size in proportion to the pages read (none where the page count is unknown)."""
    reading = _state["file"]
    if reading is None or reading[0] != name:
        return
    name, size, sent = reading
    step = size * min(number, total) // total - sent if total else 0
    reading[2] += step
    _state["pages"].put((name, number, total, step))  # written to the pipe before the result is returned


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
        _state["file"] = reading = [str(path), size, 0]  # name, size, bytes sent with pages
        try:
            records = list(read_source(path, named, _state["options"]))
        except Exception as error:
            records = [BadRecord(str(path), f"unreadable ({type(error).__name__}: {error})")]
        finally:
            _state["file"] = None
        results.append((str(path), size - reading[2], build_all(records, defaults)))  # bytes not yet counted
    return results


# -- in the main process ------------------------------------------------------------------------
def work_items(walked: Iterable, options: ReaderOptions, read_in_main) -> Iterator:
    """``("files", [(path, named), ...])`` for small plain files (a PDF of any size alone: one
    worker reads it, another the files after it, and this process goes on writing),
    ``("records", [...])`` for what other big files and containers hold (read here by
    ``read_in_main(path, named)``), and ``("opened", path)`` markers so the caller can count
    files read here."""
    from archive.readers.containers import container_kind

    files: list = []
    for path, named in walked:
        try:
            plain = path.is_file() and not container_kind(path.name)
            small = plain and path.stat().st_size <= BIG_FILE
        except OSError:
            plain = small = False
        if plain and path.suffix.lower() in ALONE:  # not holding up the small files after it
            if files:
                yield ("files", files)
                files = []
            yield ("files", [(str(path), named)])
            continue
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
        on_main_thread = threading.current_thread() is threading.main_thread()
        # A SimpleQueue writes each page to its pipe before put() returns, so a file's pages are
        # all there to be heard by the time its result is.
        self._pages = context.SimpleQueue()
        self._pool = context.Pool(workers, initializer=_start_worker,
                                  initargs=(defaults, options, self._pages, (os.getpid(), on_main_thread)))

    def map(self, items: Iterable, on_page: Optional[Callable] = None) -> Iterator:
        """``(item, result)`` for each work item, in order (``opened`` markers pass through).
        ``on_page(name, page, pages, bytes)`` as workers read the pages of long files."""
        pending: collections.deque = collections.deque()
        for item in items:
            self._hear(on_page)
            if item[0] == "opened" and not pending:
                yield item, None
                continue
            pending.append((item, None if item[0] == "opened" else self._pool.apply_async(_work, (item,))))
            while len(pending) > WINDOW or (pending and pending[0][1] is None):
                done, result = pending.popleft()
                yield done, self._result(result, on_page)
        while pending:
            done, result = pending.popleft()
            yield done, self._result(result, on_page)

    def _result(self, result, on_page):
        """A work item's result, the pages read meanwhile heard while it is awaited."""
        if result is None:
            return None
        while not result.ready():
            self._hear(on_page)
            result.wait(POLL)
        self._hear(on_page)
        return result.get()

    def _hear(self, on_page) -> None:
        while not self._pages.empty():
            page = self._pages.get()
            if on_page is not None:
                on_page(*page)

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()
        self._pages.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
