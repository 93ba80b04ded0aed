"""What a reader reads: a file on disk (a ``pathlib.Path``) or a member of a container.

Readers use only ``str(source)`` (the name reported and stored as provenance), ``source.name``,
``source.suffix``, ``source.read_bytes()`` and ``source.open("rb")``, so a member of a zip or
tar file, or a gzipped file, reads exactly like a file on disk.
"""

from __future__ import annotations

import io
import posixpath

from archive.model import BadRecord


def read_all(path):
    """``(bytes, None)``, or ``(None, reason)`` when the file cannot be read: every reader's
    first step, with one wording of the failure."""
    try:
        return path.read_bytes(), None
    except OSError as error:
        return None, f"cannot read: {error.strerror or error}"


def read_within(path, limit: int, too_large: str):
    """``(bytes, None)`` for a file with something in it and at most ``limit`` bytes long, else
    ``(None, BadRecord)`` saying why not: unreadable, empty (white space only) or too large
    (``too_large`` with its ``{size}``). The first step of the readers that parse a whole file."""
    name = str(path)
    data, problem = read_all(path)
    if problem:
        return None, BadRecord(name, problem)
    if not data.strip():
        return None, BadRecord(name, "empty file")
    if len(data) > limit:
        return None, BadRecord(name, too_large.format(size=len(data)))
    return data, None


class MemberSource:
    """Bytes held in memory under a name such as ``collection.zip!/2019/report.txt``."""

    def __init__(self, name: str, data: bytes, label: str | None = None):
        self._name = name  # what the reader sees: its suffix chooses the reader
        self._data = data
        self._label = label or name  # what is reported and stored (page.html.gz)

    def __str__(self) -> str:
        return self._label

    def __repr__(self) -> str:
        return f"MemberSource({self._name!r}, {len(self._data):,} bytes)"

    @property
    def name(self) -> str:
        return posixpath.basename(self._name)

    @property
    def suffix(self) -> str:
        name = self.name
        return name[name.rfind("."):] if "." in name.lstrip(".") else ""

    def exists(self) -> bool:
        return True

    def read_bytes(self) -> bytes:
        return self._data

    def open(self, mode: str = "rb"):
        if mode != "rb":
            raise ValueError("members are read-only")
        return io.BytesIO(self._data)


class TrackedPath:
    """A file on disk that reports the bytes read from it, so progress moves within big files.

    Stands in for the ``pathlib.Path`` a reader gets: same name, suffix and ``str()``.
    """

    def __init__(self, path, on_bytes):
        self.path = path
        self._on_bytes = on_bytes

    def __str__(self) -> str:
        return str(self.path)

    def __fspath__(self) -> str:
        return str(self.path)

    def __reduce__(self):
        # sent to a worker process (a file left alone, met in a big file's place): the path alone, as
        # the progress callback is this process's and cannot be pickled
        return (type(self.path), (str(self.path),))

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def suffix(self) -> str:
        return self.path.suffix

    def exists(self) -> bool:
        return self.path.exists()

    def stat(self):
        return self.path.stat()

    def read_bytes(self) -> bytes:
        data = self.path.read_bytes()
        self._on_bytes(len(data))
        return data

    def open(self, mode: str = "rb"):
        if mode != "rb":
            raise ValueError("sources are read-only")
        return _CountingFile(open(self.path, "rb"), self._on_bytes)


class _CountingFile(io.RawIOBase):
    """A binary file whose reads are reported to ``on_bytes``."""

    def __init__(self, raw, on_bytes):
        self._raw = raw
        self._on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw.seekable()

    def seek(self, offset, whence=io.SEEK_SET):
        return self._raw.seek(offset, whence)

    def tell(self):
        return self._raw.tell()

    def readinto(self, buffer) -> int:
        count = self._raw.readinto(buffer)
        if count:
            self._on_bytes(count)
        return count

    def read(self, size=-1) -> bytes:
        data = self._raw.read(size)
        if data:
            self._on_bytes(len(data))
        return data

    def readline(self, size=-1) -> bytes:
        data = self._raw.readline(size)
        if data:
            self._on_bytes(len(data))
        return data

    def close(self) -> None:
        self._raw.close()
        super().close()
