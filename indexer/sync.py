"""The archive as one thing: SQLite and Whoosh written together, checked and repaired together.

How a batch lands in both or in neither:

1. the ids about to be written are recorded in ``index_pending`` and committed;
2. in one SQLite transaction the rows are written, the Whoosh writer adds the documents and
   commits, the pending rows are deleted, and SQLite commits;
3. an exception before the Whoosh commit cancels the Whoosh writer and rolls SQLite back.

If the process dies between the Whoosh commit and the SQLite commit, SQLite rolls back on the
next open while Whoosh has moved on; the ids still in ``index_pending`` say which documents to
bring back to what SQLite holds. :meth:`Archive.recover` does that, and every command that
opens an archive runs it first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from indexer.fulltext import FullTextIndex
from indexer.store import Store, open_database

REINDEX_BATCH = 1000


def index_path_for(db_path) -> Path:
    """The Whoosh index lives beside the database: ``archive.db`` -> ``archive.whoosh/``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".whoosh") if db_path.suffix else db_path.with_name(db_path.name + ".whoosh")


@dataclass
class CheckReport:
    sqlite_count: int
    index_count: int
    missing_from_index: list = field(default_factory=list)
    missing_from_sqlite: list = field(default_factory=list)
    pending: int = 0

    @property
    def consistent(self) -> bool:
        return not (self.missing_from_index or self.missing_from_sqlite or self.pending)


class Archive:
    def __init__(self, db_path, index_path=None, recover: bool = True, create: bool = True):
        self.db_path = Path(db_path)
        self.db = open_database(self.db_path, create=create)
        self.store = Store(self.db)
        self.index = FullTextIndex(index_path or index_path_for(self.db_path))
        if create:
            self.index.ensure()
        if recover:
            self.recover()

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writing ------------------------------------------------------------------------
    def write_batch(self, articles: list, import_id: Optional[int], existing: set) -> None:
        """Store and index ``articles`` together: both or neither."""
        if not articles:
            return
        ids = [a.id for a in articles]
        with self.db.atomic():
            self.store.mark_pending(ids, import_id)
        try:
            with self.db.atomic():
                self.store.write_articles(articles, import_id, existing)
                rows = self.store.index_rows(ids)
                with self.index.writer() as writer:
                    for article_id in ids:
                        writer.upsert(rows[article_id])
                self.store.clear_pending(ids)
        except BaseException:
            self.store.forget_cached_ids()
            # SQLite rolled back and Whoosh cancelled; forget the intent too.
            with self.db.atomic():
                self.store.clear_pending(ids)
            raise

    def recover(self) -> int:
        """Bring the index back in step for ids whose write was interrupted. Returns how many."""
        pending = self.store.pending_ids()
        if not pending:
            return 0
        rows = self.store.index_rows(pending)
        with self.index.writer(timeout=30) as writer:
            for article_id in pending:
                if article_id in rows:
                    writer.upsert(rows[article_id])
                else:
                    writer.delete(article_id)
        with self.db.atomic():
            self.store.clear_pending(pending)
        return len(pending)

    def reindex(self, progress: Optional[Callable[[int], None]] = None) -> int:
        """Rebuild the Whoosh index from SQLite."""
        self.index.create()
        done = 0
        batch = []

        def flush():
            nonlocal done
            with self.index.writer() as writer:
                for row in batch:
                    writer.upsert(row)
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
        with self.db.atomic():
            self.store.clear_pending()
        return done

    # -- checking -----------------------------------------------------------------------
    def check(self) -> CheckReport:
        in_sqlite = self.store.all_ids()
        in_index = self.index.all_ids()
        return CheckReport(
            sqlite_count=len(in_sqlite),
            index_count=len(in_index),
            missing_from_index=sorted(in_sqlite - in_index),
            missing_from_sqlite=sorted(in_index - in_sqlite),
            pending=len(self.store.pending_ids()),
        )
