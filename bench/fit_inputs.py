"""The bytes of one input a truth line names, for the fitters of the learned line checks
(bench/fit_*.py): a file of the half, or a member of a zip in it (``a.zip!/member``, the bench's way
of naming a zip's member, round 29 on)."""

from __future__ import annotations

import zipfile
from pathlib import Path


def input_bytes(path: Path) -> bytes:
    """The bytes of ``path``: a file, or ``archive.zip!/member`` read from its zip."""
    outer, bang, member = str(path).partition("!/")
    if not bang:
        return Path(path).read_bytes()
    with zipfile.ZipFile(outer) as archive:
        return archive.read(member)
