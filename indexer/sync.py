"""The archive as one thing: SQLite and Whoosh written together, checked and repaired together.

How a batch lands in both or in neither:

1. the ids about to be written are recorded in ``index_pending`` and committed;
2. in one SQLite transaction the rows are written, the Whoosh writer adds the documents and
   commits, the pending rows are deleted, and SQLite commits;
3. an exception before the Whoosh commit cancels the Whoosh writer and rolls SQLite back; one
   after it (the SQLite commit failed) brings Whoosh back to what SQLite holds.

If the process dies between the Whoosh commit and the SQLite commit, SQLite rolls back on the
next open while Whoosh has moved on; the ids still in ``index_pending`` say which documents to
bring back to what SQLite holds. :meth:`Archive.recover` does that, and every command that
opens an archive runs it first.

One writer at a time: writers (an import for its whole run, each batch, recovery, reindex) hold
an exclusive ``flock`` on ``<db>.lock`` beside the database (:class:`indexer.archive_lock.ArchiveLock`). The kernel
drops it when the process dies, even by SIGKILL, so a killed import never blocks the next one
(Whoosh's own ``WRITELOCK`` is an ``flock`` too). Pending ids seen while another process holds
the lock belong to a live write, not an interrupted one: recovery leaves them alone.

Fault injection, for the crash tests only: ``ARCHIVE_FAULT_PAUSE="point=seconds[,...]"`` sleeps
at a named point of :meth:`Archive.write_batch` (``batch-pending``: intent committed, rows not
yet written; ``index-writing``: rows written, Whoosh writer open and holding its lock, nothing
committed; ``index-committed``: Whoosh committed, SQLite not; ``batch-committed``: both) so a
test can SIGKILL the process there, and ``ARCHIVE_FAULT_TRACE=FILE`` appends each point's name
to FILE as it is reached. Unset, they cost one dictionary lookup a batch.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from indexer.archive_lock import ArchiveBusy, ArchiveLock, ArchiveLockError, lock_path_for  # noqa: F401 (re-exported)
from indexer.fulltext import FullTextIndex
from indexer.store import Store, immediate, open_database, read_only

REINDEX_BATCH = 1000
RECOVER_CHUNK = 1000


def index_path_for(db_path) -> Path:
    """The Whoosh index lives beside the database: ``archive.db`` -> ``archive.whoosh/``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".whoosh") if db_path.suffix else db_path.with_name(db_path.name + ".whoosh")


# -- fault injection for the crash tests ----------------------------------------------------

def _parse_pauses(spec: str) -> dict:
    pauses = {}
    for part in (spec or "").split(","):
        name, _, seconds = part.partition("=")
        if name.strip():
            try:
                pauses[name.strip()] = float(seconds or 0)
            except ValueError:
                pass
    return pauses


_PAUSES = _parse_pauses(os.environ.get("ARCHIVE_FAULT_PAUSE", ""))
_TRACE = os.environ.get("ARCHIVE_FAULT_TRACE")


def _fault_point(name: str) -> None:
    if _TRACE:
        with open(_TRACE, "a", encoding="utf-8") as trace:
            trace.write(name + "\n")
    if name in _PAUSES:
        time.sleep(_PAUSES[name])


# -- the archive ----------------------------------------------------------------------------

@dataclass
class CheckReport:
    sqlite_count: int
    index_count: int
    missing_from_index: list = field(default_factory=list)
    missing_from_sqlite: list = field(default_factory=list)
    pending: int = 0  # ids whose write was interrupted (or, when ``writing``, is in flight)
    writing: bool = False  # another process held the write lock: an import or reindex is running
    outdated_analysis: Optional[int] = None  # the index's analysis version, when older than the code's
    damaged: list = field(default_factory=list)  # (segment file, reason): index segments that cannot be read

    @property
    def consistent(self) -> bool:
        interrupted = self.pending and not self.writing
        return not (self.missing_from_index or self.missing_from_sqlite or interrupted or self.outdated_analysis
                    or self.damaged)


class Archive:
    def __init__(self, db_path, index_path=None, recover: bool = True, create: bool = True):
        self.db_path = Path(db_path)
        self.db = open_database(self.db_path, create=create)
        self.store = Store(self.db)
        self.index = FullTextIndex(index_path or index_path_for(self.db_path), store=read_only(self.db_path))
        self.recovered = 0  # ids brought back in step when this archive was opened
        if create:
            self.index.ensure()
        if recover:
            self.recovered = self.recover()

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def lock(self, timeout: Optional[float] = None, on_wait=None, purpose: str = "import") -> ArchiveLock:
        """The archive's write lock, as a context manager (see :class:`ArchiveLock`)."""
        return ArchiveLock(self.db_path, timeout=timeout, on_wait=on_wait, purpose=purpose)

    # -- writing ------------------------------------------------------------------------
    def write_batch(self, articles: list, import_id: Optional[int], existing: set) -> None:
        """Store and index ``articles`` together: both or neither."""
        if not articles:
            return
        ids = [a.id for a in articles]
        with self.lock():
            with immediate(self.db):
                self.store.mark_pending(ids, import_id)
            _fault_point("batch-pending")
            index_committed = False
            try:
                with immediate(self.db):
                    self.store.write_articles(articles, import_id, existing)
                    rows = self.store.index_rows(ids)
                    analysed = {a.id: a.analysed for a in articles}
                    with self.index.writer(new_words=self.store.add_vocabulary) as writer:
                        for article_id in ids:
                            writer.upsert(rows[article_id], analysed=analysed[article_id])
                        _fault_point("index-writing")
                    index_committed = True
                    _fault_point("index-committed")
                    self.store.clear_pending(ids)
            except BaseException:
                self.store.forget_cached_ids()
                if not index_committed:
                    # SQLite rolled back and Whoosh cancelled; forget the intent too.
                    with immediate(self.db):
                        self.store.clear_pending(ids)
                else:
                    # Whoosh committed but SQLite did not: bring Whoosh back to what SQLite holds
                    # now. If that fails too, the ids stay pending for the next command.
                    try:
                        self._replay(ids)
                    except Exception:
                        pass
                raise
            _fault_point("batch-committed")

    def recover(self) -> int:
        """Bring the index back in step for ids whose write was interrupted. Returns how many.

        Runs only when no other process is writing (pending ids of a live import are in flight,
        not interrupted); also marks imports left "running" by a dead process as "interrupted".
        """
        if not self.store.needs_recovery():
            return 0
        try:
            with self.lock(timeout=0, purpose="recovery"):
                self.store.mark_stale_imports()
                return self._replay(self.store.pending_ids())
        except ArchiveLockError:
            return 0  # a live writer holds the lock (or the folder is read-only): nothing to do here

    def _replay(self, pending: list) -> int:
        """Make Whoosh hold what SQLite holds for ``pending`` ids, then forget them."""
        if not pending:
            return 0
        with immediate(self.db):
            with self.index.writer(timeout=30, new_words=self.store.add_vocabulary) as writer:
                for start in range(0, len(pending), RECOVER_CHUNK):
                    chunk = pending[start : start + RECOVER_CHUNK]
                    rows = self.store.index_rows(chunk)
                    for article_id in chunk:
                        if article_id in rows:
                            writer.upsert(rows[article_id])
                        else:
                            writer.delete(article_id)
            self.store.clear_pending(pending)
        return len(pending)

    def reindex(self, progress: Optional[Callable[[int], None]] = None) -> int:
        """Rebuild the Whoosh index from SQLite.

        Every id is marked pending first, so a reindex killed half-way is finished by the
        recovery of the next command.
        """
        with self.lock(purpose="reindex"):
            with immediate(self.db):
                self.store.mark_all_pending()
                self.store.clear_vocabulary()
            self.index.create()
            done = 0
            batch = []

            def flush():
                nonlocal done
                with immediate(self.db), self.index.writer(new_words=self.store.add_vocabulary) as writer:
                    for row in batch:
                        writer.add(row)  # a fresh index: nothing to replace
                done += len(batch)
                if progress:
                    progress(len(batch))
                batch.clear()

            for row in self.store.iter_index_rows():
                batch.append(row)
                if len(batch) >= REINDEX_BATCH:
                    flush()
            if batch:
                flush()
            with immediate(self.db):
                self.store.clear_pending()
            return done

    # -- checking -----------------------------------------------------------------------
    def check(self) -> CheckReport:
        """Compare SQLite and Whoosh.

        With no writer at work (the lock is free, or ours) the stores are still and compared
        as they are. While another process writes, they are read in the order that makes a
        live batch look consistent (SQLite ids, then Whoosh ids, then the pending ids and the
        SQLite rows of what Whoosh has beyond SQLite), and its in-flight ids are not faults.
        """
        try:
            with self.lock(timeout=0, purpose="check"):
                return self._compare(writing=False)
        except ArchiveBusy:
            return self._compare(writing=True)
        except ArchiveLockError:  # a read-only folder: no writer can be at work either
            return self._compare(writing=False)

    def _compare(self, writing: bool) -> CheckReport:
        in_sqlite = self.store.all_ids()
        damaged = self.index.damaged_segments()
        if damaged:  # its documents cannot be read: the index is compared no further
            return CheckReport(sqlite_count=len(in_sqlite), index_count=0, damaged=damaged,
                               pending=len(self.store.pending_ids()), writing=writing)
        in_index = self.index.all_ids()
        missing_from_sqlite = in_index - in_sqlite
        pending = set(self.store.pending_ids())
        if writing and missing_from_sqlite:
            missing_from_sqlite -= pending
            missing_from_sqlite -= self.store.existing_ids(missing_from_sqlite)
        return CheckReport(
            sqlite_count=len(in_sqlite),
            index_count=len(in_index),
            missing_from_index=sorted(in_sqlite - in_index),
            missing_from_sqlite=sorted(missing_from_sqlite),
            pending=len(pending),
            writing=writing,
            outdated_analysis=self.index.analysis_outdated(),
        )
