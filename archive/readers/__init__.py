"""Readers: one module per input format. Each yields RawRecord or BadRecord and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator, Optional

from archive.readers import records, text

# File suffix -> reader(path, options) yielding RawRecord | BadRecord.
READERS: dict = {
    ".txt": text.read_text_file,
    ".text": text.read_text_file,
    ".jsonl": records.read_jsonl,
    ".ndjson": records.read_jsonl,
    ".csv": records.read_csv,
    ".tsv": records.read_csv,
}


def reader_for(path: Path) -> Optional[Callable]:
    return READERS.get(path.suffix.lower())


def walk(paths) -> Iterator[Path]:
    """Every file under the given files and folders, in a stable order; hidden files skipped."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path
