"""What an import did: its counts, the first failures, warnings and duplicates, and the summary
line the CLI prints (:class:`ImportReport`, filled by ``archive.pipeline.Importer``), with the
folders whose articles got no outlet, for the user to name with ``--outlet``."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Optional

FOLDERS_SHOWN = 5  # folders the summary names whose articles got no outlet (the imports table keeps all)


@dataclass
class ImportReport:
    import_id: Optional[int] = None
    files: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    failures: list = field(default_factory=list)  # (where, reason), the first KEEP of them
    warnings: list = field(default_factory=list)  # (where, warning): stored, but doubtful or repaired
    warned: int = 0
    duplicate_of: list = field(default_factory=list)  # (where, id of the article kept), the first KEEP
    ignored: dict = field(default_factory=dict)  # file suffix -> files of that kind not read
    skipped: dict = field(default_factory=dict)  # reason -> records that are not articles (WARC)
    files_skipped: int = 0  # files an earlier import finished, not read again (archive/finished_files.py)
    status: str = "running"
    outlet_looked: int = 0  # articles kept (imported, updated, unchanged) whose outlet was looked at
    no_outlet: dict = field(default_factory=dict)  # folder as the user gave it -> those of them with none

    KEEP = 10_000  # details kept in memory (and in the imports table); the counts are exact

    def fail(self, where: str, reason: str) -> None:
        self.failed += 1
        if len(self.failures) < self.KEEP:
            self.failures.append((where, reason))

    def warn(self, where: str, warning: str) -> None:
        self.warned += 1
        if len(self.warnings) < self.KEEP:
            self.warnings.append((where, warning))

    def grouped_warnings(self) -> list:
        """``(warning, [where, ...])``, one entry per distinct warning, most frequent first."""
        groups: dict = {}
        for where_, warning in self.warnings:
            groups.setdefault(warning, []).append(where_)
        return sorted(groups.items(), key=lambda item: -len(item[1]))

    def duplicate(self, where: str, original: str) -> None:
        self.duplicates += 1
        if len(self.duplicate_of) < self.KEEP:
            self.duplicate_of.append((where, original))

    def outlet_of(self, folder: str, outlet: Optional[str]) -> None:
        """Count a kept article's outlet, or its folder's articles without one."""
        self.outlet_looked += 1
        if not outlet:
            self.no_outlet[folder] = self.no_outlet.get(folder, 0) + 1

    def outlet_counts(self) -> dict:
        """The imports table's columns: articles without an outlet, and how many in each folder
        (most first)."""
        folders = sorted(self.no_outlet.items(), key=lambda item: (-item[1], item[0]))
        return {"no_outlet": sum(self.no_outlet.values()), "no_outlet_folders": json.dumps(dict(folders[:self.KEEP]))}

    def outlet_note(self, folders_shown: int = FOLDERS_SHOWN) -> Optional[str]:
        """``no outlet found for 23 of 60 articles: 12 in downloads/, 11 in saved/ (...)``, or None
        when every article has its outlet: the folders to name with ``--outlet``, most first."""
        missing = sum(self.no_outlet.values())
        if not missing:
            return None
        folders = sorted(self.no_outlet.items(), key=lambda item: (-item[1], item[0]))
        shown = ", ".join(f"{count:,} in {folder}" for folder, count in folders[:folders_shown])
        rest = folders[folders_shown:]
        if rest:
            shown += f" and {sum(count for _, count in rest):,} in {len(rest):,} more folder{'s' if len(rest) > 1 else ''}"
        return (f"no outlet found for {missing:,} of {self.outlet_looked:,} articles: {shown} "
                f"(name a folder's outlet: import it again with --outlet NAME)")

    def counts(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "skipped": sum(self.skipped.values()),
        }

    def summary(self) -> str:
        text = (
            f"{self.imported:,} imported, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.duplicates:,} skipped as duplicate, {self.failed:,} failed"
        )
        if self.ignored:
            kinds = ", ".join(f"{n:,} {suffix}" for suffix, n in sorted(self.ignored.items()))
            text += f"; files not in a readable format left alone: {kinds}"
        if self.skipped:
            text += f"; records that are not articles skipped: {sum(self.skipped.values()):,}"
        if self.warned:
            text += f"; {self.warned:,} stored with a warning"
        if self.files_skipped:
            text += f"; {self.files_skipped:,} files skipped: already imported"
        return text


class FolderNames:
    """The folder of a stored article's file as the user named it on the command line: ``source_path``
    is absolute (``/home/u/col/saved/a.txt``); given ``col``, it is shown ``col/saved/``. A member of a
    container is shown in the container's folder ("x.zip!/dir/" where the member has one)."""

    def __init__(self, paths: list):
        given = [(os.path.abspath(str(path)), str(path)) for path in paths]
        self._given = sorted(given, key=lambda item: -len(item[0]))  # the deepest given path first
        self._shown: dict = {}

    def __call__(self, source_path: str) -> str:
        container, sep, member = (source_path or "").partition("!/")
        member_folder = os.path.dirname(member) if sep else ""
        key = (container, member_folder)
        if key not in self._shown:
            shown = self._as_given(container)
            if member_folder:
                self._shown[key] = f"{shown}!/{member_folder}/"
            else:
                folder = os.path.dirname(shown) or "."
                self._shown[key] = folder if folder.endswith(os.sep) else folder + os.sep
        return self._shown[key]

    def _as_given(self, path: str) -> str:
        for absolute, given in self._given:
            if path == absolute:
                return os.path.normpath(given)
            if path.startswith(absolute.rstrip(os.sep) + os.sep):
                return os.path.normpath(os.path.join(given, path[len(absolute.rstrip(os.sep)) + 1:]))
        return path
