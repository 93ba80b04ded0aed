"""The postings files of an index's segments (their format: :mod:`indexer.fulltext.postings_format`,
whose names are also found here): written for the segments a commit made (:func:`write_segments`),
checked and written where missing (:func:`check`, :func:`write_missing`: ``archive check``), mapped
once a segment for a search and built in the background where missing (:class:`PostingsFiles`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional

from indexer.fulltext.postings_format import (  # noqa: F401  (the names callers find here)
    ARRAYS, FORMAT, MAGIC, MIN_DOCS, SUFFIX, SegmentPostings, build, load, path_for, verify, write)
from indexer.fulltext.postings_writer import write_segment_file


def folder_of(reader) -> Optional[Path]:
    """The index folder a segment reader's files are in (a compound segment's overlay included)."""
    storage = reader.storage() if hasattr(reader, "storage") else None
    for candidate in (storage, getattr(storage, "b", None), getattr(storage, "a", None)):
        folder = getattr(candidate, "folder", None)
        if folder:
            return Path(folder)
    return None


def check(folder) -> list:
    """``(file name, problem)`` for each segment of the index in ``folder`` whose postings file is
    missing or not whole (``archive check``'s question). A file that is not whole is deleted: a
    search decodes that segment's blocks until :func:`write_missing` writes it again."""
    from whoosh.index import open_dir

    found = []
    for segment in open_dir(str(folder))._segments():
        path = path_for(folder, segment.segment_id())
        if not path.exists():
            found.append((path.name, "missing (searches decode this segment's blocks)"))
            continue
        problem = verify(folder, segment.segment_id(), segment.doc_count_all())
        if problem is not None:
            found.append((path.name, problem))
            try:
                path.unlink()
            except OSError:
                pass
    return found


def write_segment(folder, segment, schema, min_docs: int = MIN_DOCS) -> bool:
    """Build and write one segment's file through a reader of its own (safe beside a search), in
    bounded pieces (:mod:`.postings_writer`: the same bytes as ``write(..., build(reader))``)."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.reading import SegmentReader

    reader = SegmentReader(FileStorage(str(folder), supports_mmap=False), schema, segment)
    try:
        return write_segment_file(folder, segment.segment_id(), reader.doc_count_all(), reader, min_docs)
    finally:
        reader.close()


def write_segments(folder, segments, schema, min_docs: int = MIN_DOCS) -> list:
    """Write the file of each of ``segments`` (a commit's new and merged ones: no other segment is
    opened); the ids of the segments written."""
    written = []
    for segment in segments:
        try:
            if write_segment(folder, segment, schema, min_docs):
                written.append(segment.segment_id())
        except Exception:  # a segment this cannot read: searches decode its blocks, `archive check` says why
            continue
    return written


def write_missing(folder, min_docs: int = MIN_DOCS) -> list:
    """Write the file of every segment of the index in ``folder`` that lacks a readable one
    (``archive check``, an index of before these files); the ids of the segments written.
    Reads every segment's header: a commit writes its own segments' by :func:`write_segments`."""
    from whoosh.index import open_dir

    ix = open_dir(str(folder))
    lacking = [segment for segment in ix._segments()
               if load(folder, segment.segment_id(), segment.doc_count_all()) is None]
    return write_segments(folder, lacking, ix.schema, min_docs)


_UNSET = object()


class PostingsFiles:
    """The postings files of an index's segments, each mapped once; a segment without one gets
    it built in the background (``build``: one thread, a segment at a time, through its own
    reader), and is decoded from Whoosh's blocks meanwhile."""

    def __init__(self, build: bool = True, min_docs: int = MIN_DOCS):
        self.build = build
        self.min_docs = min_docs
        self._kept: dict = {}  # segment id -> SegmentPostings or None
        self._queue: list = []
        self._lock = threading.Lock()
        self._worker: Optional[threading.Thread] = None

    def get(self, reader) -> Optional[SegmentPostings]:
        segment = reader.segment()
        if segment is None:
            return None
        segment_id = segment.segment_id()
        found = self._kept.get(segment_id, _UNSET)
        if found is not _UNSET:
            return found
        folder = folder_of(reader)
        found = load(folder, segment_id, reader.doc_count_all()) if folder else None
        with self._lock:
            self._kept[segment_id] = found
            if found is None and folder is not None and self.build:
                self._queue.append((folder, segment, reader.schema))
                if self._worker is None or not self._worker.is_alive():
                    self._worker = threading.Thread(target=self._build_queued, name="postings-files", daemon=True)
                    self._worker.start()
        return found

    def _build_queued(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._worker = None
                    return
                folder, segment, schema = self._queue.pop(0)
                if segment.segment_id() not in self._kept:  # merged away meanwhile
                    continue
            try:
                made = write_segment(folder, segment, schema, self.min_docs)
            except Exception:  # the segment deleted under it, a damaged block: decoded as before
                made = False
            if made:
                found = load(folder, segment.segment_id(), segment.doc_count_all())
                with self._lock:
                    if segment.segment_id() in self._kept:
                        self._kept[segment.segment_id()] = found

    def wait(self, timeout: Optional[float] = None) -> None:
        """Until the files queued are built (tests, benches)."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)

    def keep_only(self, segment_ids: set) -> None:
        with self._lock:
            for key in [key for key in self._kept if key not in segment_ids]:
                del self._kept[key]

    @property
    def nbytes(self) -> int:
        """Bytes of the files mapped (held by the page cache, not the heap)."""
        return sum(found.path.stat().st_size for found in list(self._kept.values()) if found is not None)
