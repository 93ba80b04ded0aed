"""Importing into a collection's shards on a Dask cluster (``dask.distributed``).

The coordinator (the ``archive import`` process) walks the input and sends it to the workers a
task at a time: small files together (``FILES_PER_TASK``, ``TASK_BYTES``), or one bigger file or
container. A worker reads its files and builds their articles (extraction, the text analysed for
the index, the MinHash signature): what ``archive/workers.py`` does in local processes. The built
articles stay on the worker, as the read task's result; the coordinator fetches only a summary of
it (each article's id, place, record and content hashes and shard; the failures, skipped records
and files left alone), in input order (a window of ``WINDOW`` tasks in flight), so the first copy
of a repeated id is the first in the input, as in a single import.

From the summaries the coordinator decides, as one archive's import would, which articles are
written (an id met twice, the same text under another id in this import) and, per shard, asks
the read's worker to pick them out (:func:`pick`: a shard's share, still on the worker). When a
shard has ``batch_size`` articles picked, it sends one write task for that shard, given the
shares' futures (Dask runs it where most of them are and brings the rest from the other
workers) and made to depend on the shard's previous write: one writer per shard at a time,
without waiting in a lock. No article's text passes through the coordinator; a share is freed
once its write is done. A write task opens the shard (an ordinary archive), takes its lock, and
writes the batch through the importer as a single import would (unchanged, updated, duplicates,
near-duplicates within the shard); each write is one row of the shard's ``imports`` table. Exact
duplicates (the same text under another id) are found across shards too: within the import by
the coordinator, among stored articles by the write task reading the other shards.
Near-duplicates are linked within a shard only.

Faults: a task lost with its worker is run again by Dask on another worker, and so are the reads
and picks whose articles a waiting write needed and lost with it (extraction is pure; a write
lands in both stores of its shard or in neither, see ``indexer/sync.py``). If the whole import
stops, running it again finishes it: what was written is "unchanged", nothing doubles.
"""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Callable, NamedTuple, Optional

from archive import collection as collections_, interrupts
from archive.extract.article import BatchDefaults
from archive.model import BadRecord
from archive.pipeline import ImportReport, Importer
from archive.readers import walk
from archive.readers.records import ReaderOptions

FILES_PER_TASK = 16
TASK_BYTES = 1024 * 1024  # small files go together up to this much input: a task is ~300 generated articles
BIG_FILE = 8 * 1024 * 1024
WINDOW = 32  # read tasks in flight, at most ...
WINDOW_BYTES = 48 * 1024 * 1024  # ... and at most this much input in them (beyond one task per worker):
# a built article holds ~15x its text, so a window of 32 big files held ~6 GB at 1M (2026-12-04)
WRITES_PER_SHARD = 2  # write tasks waiting or running per shard before the reading waits for one


def read_tasks(paths: list) -> list:
    """The input cut into read tasks: lists of ``(path, named)``. Small files go together, up to
    ``FILES_PER_TASK`` of them or ``TASK_BYTES`` of input; a bigger file or a container is a task."""
    from archive.readers.containers import container_kind

    tasks, files, size = [], [], 0
    for path, named in walk(paths, with_origin=True):
        try:
            length = path.stat().st_size
            big = not path.is_file() or length > BIG_FILE or bool(container_kind(path.name))
        except OSError:
            length, big = 0, True
        if big:
            if files:
                tasks.append(files)
                files, size = [], 0
            tasks.append([(str(path), named)])
            continue
        files.append((str(path), named))
        size += length
        if len(files) >= FILES_PER_TASK or size >= TASK_BYTES:
            tasks.append(files)
            files, size = [], 0
    if files:
        tasks.append(files)
    return tasks


def _task_bytes(task: list) -> int:
    total = 0
    for name, _ in task:
        try:
            total += Path(name).stat().st_size
        except OSError:
            pass
    return total


# -- on a worker --------------------------------------------------------------------------------
class Met(NamedTuple):
    """What the coordinator is told of a built article (the article itself stays on the worker)."""

    position: int  # in the read's built articles
    id: str
    where: str
    record_hash: str
    content_hash: str
    known_as: str
    shard: int


class Held:
    """Built articles held on a worker as a task's result: a read's, or a shard's share of one.
    ``__sizeof__`` tells Dask roughly what they weigh in memory, so the scheduler places a write
    where most of its articles are: 25 times their text (a generated article of 3.2 KB of JSON
    Lines held 82 KB built, 11 KB pickled, 2026-12-04)."""

    __slots__ = ("built", "summary", "weight")

    def __init__(self, built: list, summary: Optional[list] = None):
        self.built = built
        self.summary = summary
        self.weight = sum(25 * (len(item.article.body) + len(item.article.title or "")) for item in built)

    def __sizeof__(self) -> int:
        return 64 + self.weight


def read_and_build(files: list, defaults: BatchDefaults, options: ReaderOptions, shards: int) -> Held:
    """The files read and their articles built, held: ``summary`` is ``[(path, size, items)]``,
    each file's failures, skipped records and files left alone as they are, each built article
    as a :class:`Met` (its shard among ``shards``) whose ``position`` is in ``built``."""
    from archive import search_data
    from archive.pipeline import _where
    from archive.sources import read_path
    from archive.workers import Built, build_all

    search_data.provide()
    summary, built = [], []
    for name, named in files:
        path = Path(name)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        try:
            records = list(read_path(path, named, options))
        except Exception as error:
            records = [BadRecord(str(path), f"unreadable ({type(error).__name__}: {error})")]
        items = build_all(records, defaults)
        for number, item in enumerate(items):
            if isinstance(item, Built):
                article = item.article
                items[number] = Met(len(built), article.id, _where(article), article.record_hash,
                                    article.content_hash, article.known_as,
                                    collections_.shard_of(article.id, shards))
                built.append(item)
        summary.append((str(path), size, items))
    return Held(built, summary)


def summary_of(read: Held) -> list:
    """What the coordinator fetches of a read (on the worker holding it: the articles stay)."""
    return read.summary


def pick(read: Held, positions: list) -> Held:
    """The read's articles at ``positions``: a shard's share of it, to be written."""
    return Held([read.built[n] for n in positions])


class _Prebuilt(Importer):
    """The importer, given articles already built instead of paths to read."""

    def __init__(self, archive, built: list, **options):
        super().__init__(archive, **options)
        self._built = built

    def _items(self, paths, on_file, on_bytes, on_page=None):
        return iter(self._built)


def write_shard(shard: str, parts: list, sources: list, options_for_log: dict, batch_size: int,
                others: tuple = (), after=None) -> ImportReport:
    """Write the articles of ``parts`` (:class:`Held`, from :func:`pick`) into the shard at
    ``shard`` (an archive, made if new) under its lock. ``after``: the shard's previous write (a
    Dask dependency, so one writer at a time). ``others``: the collection's other shards, where an article new to this one may already be
    stored under another id with the same text (an exact duplicate, skipped as one archive would)."""
    from archive import search_data
    from archive.pipeline import _where
    from indexer.sync import Archive, ArchiveLock

    search_data.provide()
    built = [item for part in parts for item in part.built]
    with ArchiveLock(shard).acquire(), Archive(shard, create=True) as archive:
        stored = archive.store.hashes([item.article.id for item in built])
        elsewhere = _stored_elsewhere(others, [item.article.content_hash for item in built
                                               if item.article.id not in stored])
        kept, dropped = [], []
        for item in built:
            original = elsewhere.get(item.article.content_hash)
            if item.article.id not in stored and original not in (None, item.article.id):
                dropped.append((_where(item.article), original))
            else:
                kept.append(item)
        importer = _Prebuilt(archive, kept, batch_size=max(batch_size, len(kept) or 1))
        report = importer.run(sources, options_for_log=dict(options_for_log, collection_write=True))
    for where, original in dropped:
        report.duplicate(where, original)
    return report


def _stored_elsewhere(shards: tuple, content_hashes: list) -> dict:
    """``{content_hash: id}`` of articles with those texts stored in ``shards`` (read-only)."""
    import sqlite3

    found: dict = {}
    if not content_hashes:
        return found
    for shard in shards:
        if not Path(shard).is_file():
            continue
        conn = sqlite3.connect(f"file:{Path(shard).resolve()}?mode=ro", uri=True, timeout=30)
        try:
            for start in range(0, len(content_hashes), 500):
                chunk = content_hashes[start:start + 500]
                rows = conn.execute(f"select content_hash, id from articles where content_hash in "
                                    f"({','.join('?' * len(chunk))})", chunk)
                for content_hash, article_id in rows:
                    found.setdefault(content_hash, article_id)
        except sqlite3.OperationalError:  # a shard not made yet (no articles table)
            pass
        finally:
            conn.close()
    return found


# -- in the coordinator -------------------------------------------------------------------------
class CollectionImport:
    """One import of ``paths`` into ``collection`` through a Dask ``client``."""

    def __init__(self, collection, client, defaults: Optional[BatchDefaults] = None,
                 mapping: Optional[dict] = None, date_order: Optional[str] = None, batch_size: int = 2000):
        import dataclasses

        if collection.rebalancing:
            raise collections_.CollectionError(f"{collection.path}: {collection.rebalancing_note()}")
        self.collection = collection
        self.client = client
        self.defaults = defaults or BatchDefaults()
        if date_order:
            self.defaults = dataclasses.replace(self.defaults, date_order=date_order)
        self.options = ReaderOptions(mapping, date_order=date_order)
        self.batch_size = batch_size
        self.report = ImportReport()
        self.shard_reports: dict = {}  # shard index -> [ImportReport of each write]
        self._waiting = collections.defaultdict(list)  # shard -> futures of its shares of reads (Held)
        self._count = collections.defaultdict(int)  # shard -> articles in them
        self._last_write: dict = {}  # shard -> its latest write's future
        self._writes: collections.deque = collections.deque()  # write futures not yet counted, oldest first
        self._seen: dict = {}  # id -> (place, record_hash, content_hash) of its first record in this import
        self._content: dict = {}  # content hash -> the id first met with it in this import

    def run(self, paths: list, on_file: Optional[Callable] = None, on_bytes: Optional[Callable] = None,
            options_for_log: Optional[dict] = None) -> ImportReport:
        self._paths = [str(p) for p in paths]
        self._log = options_for_log or {}
        tasks = read_tasks(list(paths))
        pending: collections.deque = collections.deque()  # (read future, its summary's future, input bytes)
        self.options.folders.learn_import(paths)  # lines heading files of several stories, over all its folders
        defaults, options = self.client.scatter([self.defaults, self.options], broadcast=True, hash=False)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        shards = len(self.collection)
        for task in tasks:
            read = self.client.submit(read_and_build, task, defaults, options, shards, pure=False)
            # The summary, then the shards' shares and their writes, go before further reads.
            pending.append((read, self.client.submit(summary_of, read, pure=False, priority=2), _task_bytes(task)))
            while len(pending) >= WINDOW or (
                    len(pending) > workers and sum(size for _, _, size in pending) > WINDOW_BYTES):
                self._take(*pending.popleft()[:2], on_file, on_bytes)
        while pending:
            self._take(*pending.popleft()[:2], on_file, on_bytes)
        for shard in list(self._waiting):
            self._write(shard)
        while self._writes:
            self._add(self._writes.popleft().result())
        self._last_write.clear()  # nothing of this import is left held on the cluster
        self.report.status = "completed"
        return self.report

    def _take(self, read, summary, on_file, on_bytes) -> None:
        """A read's summary counted, in input order; the articles to write picked on its worker."""
        from archive.pipeline import repeated_id
        from archive.sources import IgnoredFile
        from archive.readers.warc import SkippedRecord

        report = self.report
        chosen = collections.defaultdict(list)  # shard -> positions in the read
        interrupts.check()  # a Ctrl-C a __del__ swallowed is raised here, between reads
        for path, size, items in summary.result():
            report.files += 1
            if on_file:
                on_file(Path(path))
            if on_bytes and size:
                on_bytes(size)
            for item in items:
                if isinstance(item, IgnoredFile):
                    report.ignored[item.suffix] = report.ignored.get(item.suffix, 0) + 1
                elif isinstance(item, SkippedRecord):
                    report.skipped[item.reason] = report.skipped.get(item.reason, 0) + 1
                elif isinstance(item, BadRecord):
                    report.fail(item.where, item.reason)
                else:
                    here = item.where
                    first = self._seen.get(item.id)
                    if first is not None:  # the importer's rule for ids met twice in one import
                        place, record_hash, content_hash = first
                        if record_hash == item.record_hash and place == here:  # the same file named twice
                            report.unchanged += 1
                        elif content_hash == item.content_hash:
                            report.duplicate(here, f"{item.id}, first at {place}")
                        else:
                            report.fail(here, repeated_id(item, place))
                        continue
                    self._seen[item.id] = (here, item.record_hash, item.content_hash)
                    # The same text under another id met earlier in this import: a duplicate, as in
                    # one archive (the shards' own check sees only their articles).
                    original = self._content.setdefault(item.content_hash, item.id)
                    if original != item.id:
                        report.duplicate(here, original)
                        continue
                    chosen[item.shard].append(item.position)
        for shard, positions in chosen.items():  # in batches of batch_size, as one archive writes
            while positions:
                room = self.batch_size - self._count[shard]
                self._waiting[shard].append(self.client.submit(pick, read, positions[:room], pure=False, priority=2))
                self._count[shard] += len(positions[:room])
                positions = positions[room:]
                if self._count[shard] >= self.batch_size:
                    self._write(shard)

    def _write(self, shard: int) -> None:
        parts = self._waiting.pop(shard, [])
        self._count[shard] = 0
        if not parts:
            return
        others = tuple(str(path) for n, path in enumerate(self.collection.shards) if n != shard)
        future = self.client.submit(
            write_shard, str(self.collection.shards[shard]), parts, self._paths, self._log, self.batch_size,
            others=others, after=self._last_write.get(shard), pure=False, retries=2, priority=1)
        self._last_write[shard] = future
        self._writes.append(future)
        while len(self._writes) > WRITES_PER_SHARD * len(self.collection):  # memory stays bounded
            self._add(self._writes.popleft().result())

    def _add(self, written: ImportReport) -> None:
        report = self.report
        report.imported += written.imported
        report.updated += written.updated
        report.unchanged += written.unchanged
        for where, original in written.duplicate_of:
            report.duplicate(where, original)
        report.duplicates += written.duplicates - len(written.duplicate_of)
        for where, reason in written.failures:
            report.fail(where, reason)
        report.failed += written.failed - len(written.failures)
        for where, warning in written.warnings:
            report.warn(where, warning)
        report.warned += written.warned - len(written.warnings)
