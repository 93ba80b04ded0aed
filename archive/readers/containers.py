"""Zip and tar files, gzipped single files and WACZ web archives (a zip of WARC files: only its
``archive/`` WARC files are read), read in place: nothing is extracted to disk.

Each member becomes a :class:`~archive.readers.source.MemberSource` named
``container!/member/path``, so it is reported and stored by its path inside the container.
Sizes are bounded (a zip bomb is refused with a message), and member names are only ever
used as labels, so ``../`` in a name cannot reach outside anything.
"""

from __future__ import annotations

import gzip
import tarfile
import zipfile
from pathlib import Path
from typing import Iterator

from archive.model import BadRecord
from archive.readers.source import MemberSource

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, beyond which a member is treated as a bomb
CHUNK = 1024 * 1024


def container_kind(name: str):
    lower = name.lower()
    if lower.endswith(".zip"):
        return "zip"
    if lower.endswith(".wacz"):  # Webrecorder's web archive: a zip whose archive/ folder holds WARC files
        return "wacz"
    if lower.endswith((".tar.gz", ".tgz", ".tar", ".tar.bz2", ".tar.xz")):
        return "tar"
    if lower.endswith((".warc.gz", ".arc.gz")):
        return None  # web archives are read compressed, record by record
    if lower.endswith(".gz"):
        return "gz"
    return None


def inner_name(name: str) -> str:
    """The name a gzipped file has once decompressed (``page.html.gz`` -> ``page.html``)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def _read_bounded(handle, label: str, compressed_size: int):
    chunks, total = [], 0
    while True:
        chunk = handle.read(CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > MAX_MEMBER_BYTES:
            return None, f"decompresses to more than {MAX_MEMBER_BYTES // 2**20} MB; not read"
        if compressed_size and total > 1_000_000 and total > MAX_RATIO * compressed_size:
            return None, f"expands more than {MAX_RATIO}× (a zip bomb?); not read"
        chunks.append(chunk)
    return b"".join(chunks), None


def members(source, kind: str = "", inner: str = "") -> Iterator:
    """MemberSource or BadRecord for every regular file inside ``source`` (a container by its
    name, or of the ``kind`` given; a gzipped file's member is named ``inner`` when given)."""
    name = str(source)
    kind = kind or container_kind(source.name)
    found = 0
    try:
        if kind == "gz":
            with gzip.GzipFile(fileobj=source.open("rb")) as handle:
                data, problem = _read_bounded(handle, name, _size(source))
            if problem:
                yield BadRecord(name, problem)
            else:
                yield MemberSource(inner or inner_name(name), data, label=name)
        elif kind in ("zip", "wacz"):
            with zipfile.ZipFile(source.open("rb")) as archive:
                for info in archive.infolist():
                    if info.is_dir() or _hidden(info.filename):
                        continue
                    if kind == "wacz" and not _wacz_archive(info.filename):
                        continue  # its page list, indexes and datapackage describe the WARC files
                    label = f"{name}!/{info.filename}"
                    if info.flag_bits & 0x1:
                        yield BadRecord(label, "encrypted zip member; not read")
                        continue
                    with archive.open(info) as handle:
                        data, problem = _read_bounded(handle, label, info.compress_size)
                    found += 1
                    yield BadRecord(label, problem) if problem else MemberSource(label, data)
        elif kind == "tar":
            with tarfile.open(fileobj=source.open("rb"), mode="r:*") as archive:
                for info in archive:
                    if not info.isfile() or _hidden(info.name):
                        continue
                    label = f"{name}!/{info.name}"
                    if info.size > MAX_MEMBER_BYTES:
                        yield BadRecord(label, f"member of {info.size:,} bytes is too large; not read")
                        continue
                    handle = archive.extractfile(info)
                    data, problem = _read_bounded(handle, label, 0)
                    found += 1
                    yield BadRecord(label, problem) if problem else MemberSource(label, data)
        if kind in ("zip", "wacz", "tar") and not found:  # an empty container is reported, not silently skipped
            yield BadRecord(name, f"no files inside this {kind} file")
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, ValueError) as error:
        yield BadRecord(name, f"broken or truncated {kind} file ({error})")


def _size(source) -> int:
    try:
        return source.stat().st_size if hasattr(source, "stat") else len(source.read_bytes())
    except OSError:
        return 0


def _wacz_archive(member: str) -> bool:
    """A WACZ member holding the captures: ``archive/data.warc.gz`` (WACZ 1.1), any WARC there."""
    lower = member.replace("\\", "/").lower()
    return lower.startswith("archive/") and lower.endswith((".warc", ".warc.gz", ".arc", ".arc.gz"))


def _hidden(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return any(part.startswith(".") and part not in (".", "..") for part in parts) or "__MACOSX" in parts
