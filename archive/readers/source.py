"""What a reader reads: a file on disk (a ``pathlib.Path``) or a member of a container.

Readers use only ``str(source)`` (the name reported and stored as provenance), ``source.name``,
``source.suffix``, ``source.read_bytes()`` and ``source.open("rb")``, so a member of a zip or
tar file, or a gzipped file, reads exactly like a file on disk.
"""

from __future__ import annotations

import io
import posixpath


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
