"""The index: opening or creating it in its folder, and its writer."""

from __future__ import annotations

import contextlib
import os
from collections import Counter
import threading
from pathlib import Path
from typing import Callable, Optional

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import LockError

from indexer.fulltext.analysis import ANALYSIS_VERSION, analysis_version
from indexer.fulltext.columns import SegmentColumns
from indexer.fulltext import bulk_segments, postings_files
from indexer.fulltext.fields import analyse, document, make_schema
from indexer.fulltext.query import Parsing
from indexer.fulltext.ranking import Ranking
from indexer.fulltext.entity_arrays import EntityCodes
from indexer.fulltext.search_arrays import ArraySearch
from indexer.fulltext.searching import Searching
from indexer.fulltext.segments import (
    ArchiveCodec, _retrying_toc, damaged_segments, streamed_merge, streamed_merge_tiered,
)
from indexer.fulltext.spelling import Spelling
from indexer.fulltext.vocabulary import VOCABULARY, Words, make_vocabulary_schema, vocabulary_words


WRITER_MEMORY_MB = 192  # Whoosh's posting pool before it spills to disk: a batch of 2,000 articles fits


class IndexBusy(RuntimeError):
    """Another process holds the index's write lock."""


class FullTextIndex(Searching, Parsing, Ranking, Spelling, Words):
    """A Whoosh index in a folder beside the database.

    Its methods live with their concern: searching (:mod:`.searching`), parsing (:mod:`.query`),
    weighting and feedback (:mod:`.ranking`), "did you mean" (:mod:`.spelling`), the archive's
    words (:mod:`.vocabulary`); opening and writing here."""

    def __init__(self, path, vectors: bool = False, store: Optional[Callable] = None):
        self.path = Path(path)
        self.vectors = vectors  # for a new index: see make_schema
        # The archive's database, read only through its store: ``store()`` gives this thread's
        # read-only Store (``indexer.store.read_only(db_path)``), whose vocabulary table counts the
        # articles holding each word (for "did you mean" and sound-alikes) and whose texts feed
        # pseudo-relevance feedback; without it the vocabulary index's own counts are used.
        self.store = store
        self._ix = None
        self._vocabulary = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._columns = SegmentColumns()
        self._arrays = ArraySearch()  # decoded postings and whole columns for the array path
        self._entity_codes = EntityCodes()  # entity ids as ints for the entity arrays
        self._schema = None
        self._indexed_values: dict = {}  # short field values as indexed, kept across batches (bulk_segments)
        self.bulk_writes = True  # False: every document through Whoosh's add_document (tests compare the two)

    # -- opening --------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.is_dir() and whoosh_index.exists_in(str(self.path))

    def _storage(self):
        # Without mmap: mapped segment files counted against the importer's memory as the index
        # grew (RSS rose ~25 MB per 1,000 articles); plain reads keep it flat.
        return FileStorage(str(self.path), supports_mmap=False)

    def create(self) -> None:
        """A new, empty index (replacing any index already there)."""
        self.path.mkdir(parents=True, exist_ok=True)
        storage = self._storage()
        self._ix = storage.create_index(make_schema(vectors=self.vectors))
        self._vocabulary = storage.create_index(make_vocabulary_schema(), indexname=VOCABULARY)
        self._local = threading.local()

    def ensure(self) -> None:
        if not self.exists():
            self.create()

    @property
    def vocabulary(self):
        """The vocabulary index, or None for an index made before it existed (whose articles
        carry a ``words`` field instead: run ``archive reindex`` to make one)."""
        if self._vocabulary is None:
            with self._lock:
                if self._vocabulary is None and whoosh_index.exists_in(str(self.path), indexname=VOCABULARY):
                    self._vocabulary = self._storage().open_index(indexname=VOCABULARY)
        return self._vocabulary

    @property
    def ix(self):
        if self._ix is None:
            with self._lock:
                if self._ix is None:
                    if not self.exists():
                        raise FileNotFoundError(f"no full-text index at {self.path}; run 'archive reindex'")
                    self._ix = self._storage().open_index()
        return self._ix

    def toc_identity(self, ix=None) -> Optional[tuple]:
        """Which version of the index (or of ``ix``, its vocabulary) is on disk: the latest
        generation and its table of contents file's inode, mtime and size; None while it cannot be
        read. A generation number alone misses a rebuilt index: ``archive reindex`` starts again
        from generation 0 and may end at the number an open searcher has, but writes another TOC
        file (Whoosh writes a TOC to a temporary file and renames it)."""
        ix = ix if ix is not None else self.ix
        try:
            generation = ix.latest_generation()
            found = os.stat(self.path / whoosh_index.TOC._filename(ix.indexname, generation))
        except OSError:
            return None
        return generation, found.st_ino, found.st_mtime_ns, found.st_size

    def analysis_outdated(self) -> Optional[int]:
        """The analysis version an index was built with when it is older than this code's
        (``ANALYSIS_VERSION``: an index of before Arabic script was analysed), else None."""
        if not self.exists():
            return None
        built = analysis_version(self.schema["body"].analyzer)
        return built if built < ANALYSIS_VERSION else None

    def damaged_segments(self) -> list:
        """``(file name, reason)`` for the article index's segments that cannot be read."""
        if not self.exists():
            return []
        storage = self._storage()
        toc = _retrying_toc(lambda: whoosh_index.TOC.read(storage, whoosh_index._DEF_INDEX_NAME))
        return damaged_segments(storage, toc.schema, toc.segments)

    @property
    def schema(self):
        """The index's schema, read once. ``ix.schema`` reads the newest table of contents from disk
        at every call, and an import committing meanwhile may delete that file between Whoosh
        finding it and opening it: a search failed with FileNotFoundError while an import wrote."""
        if self._schema is None:
            self._schema = _retrying_toc(lambda: self.ix.schema)
        return self._schema

    # -- writing --------------------------------------------------------------------------
    @contextlib.contextmanager
    def writer(self, timeout: float = 0.0, limitmb: int = WRITER_MEMORY_MB, new_words: Optional[Callable] = None):
        """A writer that commits when the block ends and cancels if it raises.

        ``new_words(counts)`` is given ``{word: articles}`` of what was written and returns the
        words the vocabulary index does not know yet (the archive keeps the counts in SQLite)."""
        try:
            writer = self.ix.writer(limitmb=limitmb, timeout=timeout, codec=ArchiveCodec())
        except LockError:
            raise IndexBusy(
                f"the full-text index {self.path} is locked by another process (an import?); "
                "wait for it to finish and try again"
            ) from None
        handle = _Writer(writer, self._indexed_values if self.bulk_writes else None, self.bulk_writes)
        try:
            yield handle
            handle.finish()
            # Words first: if the process dies between the two commits, the vocabulary knows a
            # few words no article has yet, which costs nothing (the other order could hide them).
            counts = handle.vocabulary
            if new_words is not None and counts:
                counts = {word: counts[word] for word in new_words(counts)}
            self._add_vocabulary(counts, timeout)
        except BaseException:
            writer.cancel()
            raise
        else:
            before = {segment.segment_id() for segment in writer.segments}
            kept: list = []

            def merge(writer, segments):
                kept[:] = streamed_merge(writer, segments)
                return kept

            writer.commit(mergetype=merge)
            # The common terms' postings of the segments this commit made (its own, a merged one)
            # kept decoded beside them (#16). Only those: the others have theirs, or get it from
            # ``archive check`` or a search's background builder (``postings_files.write_missing``
            # would read every segment's header at every batch).
            made = [segment for segment in kept if segment.segment_id() not in before]
            if writer._added:
                new = writer.get_segment()
                # (Whoosh appends the new segment to the merge's list: ``kept`` holds it)
                made = [segment for segment in made if segment.segment_id() != new.segment_id()]
                arrays = handle.postings_arrays()
                # A bulk segment's from the arrays it was written from (not decoded back from
                # its blocks) where the file can be written; else as a merged segment's.
                if arrays is None or not postings_files.write(self.path, new.segment_id(), new.doc_count_all(), arrays):
                    made.append(new)
            postings_files.write_segments(self.path, made, writer.schema)

    def _add_vocabulary(self, counts: dict, timeout: float) -> None:
        if not counts or self.vocabulary is None:
            return
        try:
            writer = self.vocabulary.writer(limitmb=WRITER_MEMORY_MB, timeout=timeout, codec=ArchiveCodec())
        except LockError:
            raise IndexBusy(f"the vocabulary of {self.path} is locked by another process; try again") from None
        try:
            if self.bulk_writes and bulk_segments.supports(writer.schema):
                segment = bulk_segments.BulkSegment(writer)
                segment.add({"words": sorted(counts.items())})
                segment.finish()
            else:
                writer.add_document(words=sorted(counts.items()))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=streamed_merge_tiered)


class _Writer:
    """Adds a batch's articles to the index's writer: as one segment written in bulk
    (:mod:`.bulk_segments`), or through Whoosh's ``add_document`` for a schema with term vectors."""

    def __init__(self, writer, indexed_values: Optional[dict] = None, bulk: bool = True):
        self._writer = writer
        self.vocabulary: Counter = Counter()  # word -> articles of this batch holding it
        self._bulk = (bulk_segments.BulkSegment(writer, indexed_values, postings_file=True)
                      if bulk and bulk_segments.supports(writer.schema) else None)
        self._replaced: list = []  # ids whose older copies the batch replaces (bulk)

    def upsert(self, article: dict, analysed: Optional[dict] = None) -> None:
        """Add or replace an article (a row as stored); ``analysed``: its text analysed ahead."""
        self._add(article, analysed, replace=True)

    def add(self, article: dict) -> None:
        """Add, not replace: for a fresh index (a reindex), where no older copy can exist."""
        self._add(article, None, replace=False)

    def _add(self, article: dict, analysed: Optional[dict], replace: bool) -> None:
        if analysed is None and self._bulk is not None:
            analysed = analyse(article.get("title"), article.get("body"), article.get("lede"))
        doc = document(article, analysed)
        if self._bulk is not None:
            if replace:
                self._replaced.append(doc["id"])
            self._bulk.add(doc)
        elif replace:
            self._writer.update_document(**doc)
        else:
            self._writer.add_document(**doc)
        # (Counter.update counts in C: a loop of ``counts.get`` was ~0.1 ms an article)
        self.vocabulary.update(analysed["vocabulary"] if analysed else vocabulary_words(doc["title"], doc["body"]))

    def postings_arrays(self) -> Optional[dict]:
        """The new segment's postings file's arrays, where written in bulk (after ``finish``)."""
        return None if self._bulk is None else self._bulk.postings_arrays()

    def delete(self, article_id: str) -> None:
        self._writer.delete_by_term("id", article_id)

    def finish(self) -> None:
        """Before the commit: older copies of replaced articles deleted, the segment's postings written."""
        if self._bulk is not None:
            if self._replaced:
                self._bulk.delete_unique("id", self._replaced)
            self._bulk.finish()
