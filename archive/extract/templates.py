"""A group's page template: lines repeated across many records of one outlet, folder or file.

An outlet prints the same menus, share bars, sign-up boxes and footers around every story, so a
line met in many records of a group is furniture, whatever its words. Only the lines' keys are
counted (whitespace collapsed, case folded, hashed), so memory stays small for big folders.
"""

from __future__ import annotations

import collections
import hashlib
from typing import Callable, Iterable, Optional

from archive.model import collapse_whitespace

MIN_RECORDS = 3  # a line must be in at least this many records of the group


def line_key(line: str) -> bytes:
    return hashlib.blake2b(collapse_whitespace(line).casefold().encode("utf-8"), digest_size=8).digest()


class TemplateCounter:
    """Counts, for each line key, the records of a group that contain it."""

    def __init__(self):
        self.records = 0
        self.counts: collections.Counter = collections.Counter()

    def add(self, lines: Iterable[str]) -> None:
        self.records += 1
        self.counts.update({line_key(line) for line in lines if line.strip()})

    def template(self) -> frozenset:
        """The keys of lines repeated often enough to be the group's template."""
        if self.records < MIN_RECORDS:
            return frozenset()
        return frozenset(key for key, count in self.counts.items() if count >= MIN_RECORDS)


def strip_template(lines: list, template: frozenset, keep: Optional[Callable] = None) -> list:
    """``lines`` without those of the group's template, except lines ``keep`` says carry
    metadata (an outlet's name, a byline, a date)."""
    if not template:
        return list(lines)
    return [line for line in lines if line_key(line) not in template or (keep is not None and keep(line))]
