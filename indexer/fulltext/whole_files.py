"""A file written whole: into a temporary file beside it, then renamed into place, so a reader never
meets half a file. The segment's array and postings files are written so (``array_files``,
``postings_format``); the temporary name keeps the file's own as its start, so a temporary file a
killed process left matches Whoosh's segment pattern and is deleted with its segment.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable


def write_whole(path: Path, fill: Callable) -> bool:
    """Write ``path`` by ``fill(out)`` (``out`` a binary file) whole; False, and no temporary file
    left, where the folder is not writable or the disk full (an ``OSError``)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as out:
            fill(out)
        os.replace(temporary, path)
        return True
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
