"""What an import finished, file by file, so that running it again reads only what it had not done.

Each input file read to its end, once the batch holding its last article has committed, gets an
entry (``indexer/imported_files.py``): its path as walked and made absolute (as its articles'
``source_path`` names it), size, modification
time, a fingerprint of its content, the options and the extraction code it was read with, and
what became of its records. A rerun skips a file whose entry still matches it and whose stored
articles are all there: its articles count as unchanged, its bytes move the progress. Anything
else is read as before: a changed or touched file, other options, changed reading or extraction
code or data, a deleted article, a file with failed records (the cause may have been mended), a
file the earlier import stopped within (it has no entry). Between the articles' commit and the
entry's a crash leaves at worst a file read again.

A plain-text file is read with the profile of its folder (every text file there,
``archive/extract/profile.py``), so its entry also holds a signature of that folder's text
files: one of them changed, added or removed, and all of them are read again.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Optional

from archive.extract.profile import PROFILED_SUFFIXES
from archive.model import absolute_source
from indexer import imported_files

EDGE = 64 * 1024  # bytes read at each end of a file for its fingerprint
OUTCOMES = ("imported", "updated", "unchanged", "duplicates", "failed", "skipped")
# What turns a file into articles: these folders of archive/ (code and data) and these modules.
EXTRACTION_FOLDERS = ("extract", "readers", "data")
EXTRACTION_MODULES = ("model.py", "sources.py", "workers.py")
NOT_ARTICLES = "records that are not articles (files already imported)"


def fingerprint(path, size: int) -> str:
    """sha256 of the size and the first and last :data:`EDGE` bytes (the whole of a small file)."""
    digest = hashlib.sha256(str(size).encode())
    with open(path, "rb") as handle:
        if size <= 2 * EDGE:
            digest.update(handle.read())
        else:
            digest.update(handle.read(EDGE))
            handle.seek(size - EDGE)
            digest.update(handle.read(EDGE))
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def extraction_version() -> str:
    """A hash of the code and data that read files and extract articles, and of the index
    analysis' version: any change to them and every file is read again."""
    from indexer.fulltext.analysis import ANALYSIS_VERSION

    root = Path(__file__).parent
    files = [root / name for name in EXTRACTION_MODULES]
    files += sorted(path for folder in EXTRACTION_FOLDERS for path in (root / folder).rglob("*")
                    if path.is_file() and "__pycache__" not in path.parts)
    digest = hashlib.sha256(f"analysis {ANALYSIS_VERSION}".encode())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def options_key(defaults, mapping: Optional[dict], date_order: Optional[str]) -> str:
    """A hash of what the command line says about reading: the batch defaults (--outlet --date
    --tag --override), the column mapping (--map) and the date order."""
    described = {"defaults": dataclasses.asdict(defaults), "mapping": mapping or {}, "date_order": date_order}
    return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclasses.dataclass
class Tally:
    """A file being read in this import: how it was before reading, and its records' outcomes."""

    path: str
    described: Optional[dict]  # None: not to be remembered (missing, or not a regular file)
    ignored: bool = False  # a file in a format not read (a README in a folder)
    counts: dict = dataclasses.field(default_factory=lambda: dict.fromkeys(("records",) + OUTCOMES, 0))


class FinishedFiles:
    """An import's view of the ``imported_files`` table: which files to skip, and the entries of
    the files it finishes. ``started(path)`` as each file read starts, ``count(...)`` as its
    records' outcomes are known, ``save(db, import_id)`` after each batch has committed."""

    def __init__(self, db, options: str, reread: bool = False):
        self.db = db
        self.options = options
        self.extraction = extraction_version()
        self.reread = reread
        self.skipped_files = 0
        self.current: Optional[Tally] = None
        self._closed: list = []  # tallies of files read to their end, saved after the next commit
        self._described: dict = {}  # path -> description taken before it was read
        self._folders: dict = {}  # folder -> signature of its text files

    def already_done(self, path) -> Optional[tuple]:
        """``(entry, ids)`` when ``path`` need not be read (its entry matches, and its ``ids``
        are all stored), else None (the file is described now, before it is read)."""
        described = self._describe(Path(path))
        if described is None:
            return None
        if not self.reread:
            entry = imported_files.entry(self.db, str(path))
            if entry is not None and self._matches(entry, described):
                ids = imported_files.stored_ids(self.db, described["resolved"])
                if len(ids) == entry["stored"] and imported_files.ids_hash(ids) == entry["stored_hash"]:
                    self.skipped_files += 1
                    return entry, ids
        self._described[str(path)] = described
        return None

    def _matches(self, entry: dict, described: dict) -> bool:
        return (entry["failed"] == 0 and entry["options"] == self.options and entry["extraction"] == self.extraction
                and all(entry[key] == value for key, value in described.items()))

    def _describe(self, path: Path) -> Optional[dict]:
        try:
            stat = path.stat()
            if not path.is_file():
                return None
            return {"resolved": absolute_source(str(path)), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                    "fingerprint": fingerprint(path, stat.st_size), "folder": self._folder(path)}
        except OSError:
            return None

    def _folder(self, path: Path) -> str:
        if not path.name.lower().endswith(PROFILED_SUFFIXES):
            return ""
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._folders:
            digest = hashlib.sha256()
            with os.scandir(folder) as entries:
                for found in sorted(entries, key=lambda e: e.name):
                    if found.name.startswith(".") or not found.name.lower().endswith(PROFILED_SUFFIXES):
                        continue
                    stat = found.stat()
                    digest.update(f"{found.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
            self._folders[folder] = digest.hexdigest()[:16]
        return self._folders[folder]

    def started(self, path) -> None:
        """A file is being read: the one before it was read to its end."""
        self.close()
        self.current = Tally(str(path), self._described.pop(str(path), None))

    def met(self, outcome: Optional[str] = None) -> Optional[Tally]:
        """A record of the file being read, with its outcome if known now (failed, skipped). Returns
        the file's tally (None: no file is being read, the articles were given built)."""
        tally = self.current
        if tally is not None:
            tally.counts["records"] += 1
            if outcome:
                tally.counts[outcome] += 1
        return tally

    def ignore(self) -> None:
        """The file being read is in a format not read: nothing to remember of it."""
        if self.current is not None:
            self.current.ignored = True

    def close(self) -> None:
        if self.current is not None:
            self._closed.append(self.current)
            self.current = None

    def save(self, import_id: Optional[int]) -> None:
        """Entries for the files read to their end: call once every article read so far is committed."""
        rows = [dict(tally.described, path=tally.path, options=self.options, extraction=self.extraction,
                     import_id=import_id, **tally.counts)
                for tally in self._closed if tally.described is not None and not tally.ignored]
        self._closed.clear()
        imported_files.save(self.db, rows)


def count_skipped(report, entry: dict) -> None:
    """A skipped file's records in an import's report, as reading it again would count them."""
    report.unchanged += entry["imported"] + entry["updated"] + entry["unchanged"]
    report.duplicates += entry["duplicates"]
    if entry["skipped"]:
        report.skipped[NOT_ARTICLES] = report.skipped.get(NOT_ARTICLES, 0) + entry["skipped"]
