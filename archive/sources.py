"""Where records come from: the files and folders named, walked, measured, and each file or
container member read by its reader (containers opened in place). Used by the import pipeline and
by its worker processes alike (``archive/pipeline.py`` and ``archive/workers.py`` both import it;
neither imports the other's reading)."""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from archive.model import BadRecord
from archive.readers import READERS, reader_for, sniffing, walk
from archive.readers.containers import MAX_MEMBER_BYTES, container_kind, members
from archive.readers.records import ReaderOptions
from archive.readers.source import MemberSource, TrackedPath

MAX_CONTAINER_DEPTH = 2
warc_reader = READERS[".warc"]  # reads its files gzipped or not, record by record


def count_files(paths: Iterable) -> int:
    return sum(1 for _ in walk(paths))


def measure_input(paths: Iterable) -> tuple:
    """``(files, bytes)`` under ``paths``, for the progress bar."""
    files = size = 0
    for path in walk(paths):
        files += 1
        try:
            size += path.stat().st_size
        except OSError:
            pass
    return files, size


class IgnoredFile:
    """A file found in a folder in a format we do not read (a README, an image)."""

    def __init__(self, path):
        self.path = path
        self.suffix = path.suffix.lower() or "(no extension)"


def records_from(paths: Iterable, options: ReaderOptions, on_file: Optional[Callable] = None,
                 on_bytes: Optional[Callable] = None):
    """Every RawRecord, BadRecord or IgnoredFile from every file under ``paths``.

    ``on_file(path)`` is called as each file starts, ``on_bytes(n)`` as its bytes are read.
    """
    for path, named in walk(paths, with_origin=True):
        if on_file:
            on_file(path)
        yield from read_path(path, named, options, on_bytes)


def read_path(path, named: bool, options: ReaderOptions, on_bytes: Optional[Callable] = None):
    """Records from one file given or found (``on_bytes(n)`` as its bytes are read)."""
    if not path.exists():
        yield BadRecord(str(path), "no such file or folder")
        return
    yield from read_source(TrackedPath(path, on_bytes) if on_bytes else path, named, options)


def read_source(source, named: bool, options: ReaderOptions, depth: int = 0):
    """Records from one file or container member; containers are opened in place."""
    kind = container_kind(source.name)
    if kind:
        if depth >= MAX_CONTAINER_DEPTH:
            yield BadRecord(str(source), "containers nested too deep; not read")
            return
        for member in members(source):
            if isinstance(member, BadRecord):
                yield member
            else:
                yield from read_source(member, named and kind == "gz", options, depth + 1)
        return
    reader = reader_for(source)
    if reader is not warc_reader and depth < MAX_CONTAINER_DEPTH:
        start = sniffing.head(getattr(source, "path", source))  # a TrackedPath's own bytes are counted once
        found = sniffing.suffix_for(start)
        if sniffing.is_gzip(start) and found is None:
            # gzip bytes under a page's own name (a fetch that kept the server's encoding): read inflated
            for member in members(source, kind="gz", inner=source.name):
                if isinstance(member, BadRecord):
                    yield member
                else:
                    yield from read_source(member, named, options, depth + 1)
            return
        if reader is None and found:  # a fetched page saved without a usable extension
            reader = READERS[found]
            source = source if found == ".warc" else _renamed(source, found)
            if isinstance(source, BadRecord):
                yield source
                return
    if reader is not None and not named and source.suffix.lower() == ".xml" and not _looks_like_feed(source):
        reader = None  # a sitemap or config file met in a folder is left alone, not a failure
    if reader is not None and not named and source.suffix.lower() == ".json" and not _json_articles(source):
        reader = None  # so is a JSON file of settings or notes (archive/readers/json_records.py)
    if reader is None:
        if named:
            suffix = source.suffix or "(no extension)"
            yield BadRecord(str(source), f"unsupported file type {suffix}; readable: {', '.join(sorted(READERS))}, "
                                         ".zip, .tar.gz, .gz")
        else:
            yield IgnoredFile(source)
        return
    try:
        yield from reader(source, options)
    except Exception as error:  # a reader bug must not end the batch
        yield BadRecord(str(source), f"unreadable ({type(error).__name__}: {error})")


def _renamed(source, suffix: str):
    """The file's bytes under a name its reader knows (``news.php?id=12`` read as ``….html``),
    reported and stored under its own name."""
    try:
        size = source.stat().st_size if hasattr(source, "stat") else 0
        if size > MAX_MEMBER_BYTES:
            return BadRecord(str(source), f"a file of {size:,} bytes without a known extension is too large; not read")
        return MemberSource(f"{source.name}{suffix}", source.read_bytes(), label=str(source))
    except OSError as error:
        return BadRecord(str(source), f"cannot read: {error.strerror or error}")


def _json_articles(source) -> bool:
    from archive.readers.json_records import holds_articles

    return holds_articles(source)


def _looks_like_feed(source) -> bool:
    try:
        with source.open("rb") as handle:
            head = handle.read(4096).lower()
    except OSError:
        return True  # let the reader say what is wrong
    return any(marker in head for marker in (b"<rss", b"<feed", b"<rdf:rdf", b"<channel"))
