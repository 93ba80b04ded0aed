"""What an import did: its counts, the first failures, warnings and duplicates, and the summary
line the CLI prints (:class:`ImportReport`, filled by ``archive.pipeline.Importer``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


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
