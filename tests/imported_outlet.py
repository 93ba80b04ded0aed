"""The outlet the import stores for one file written into a fresh folder (tests of the outlet readers)."""

import sqlite_utils

from archive.pipeline import Importer
from indexer.sync import Archive


def imported_outlet(tmp_path, name: str, text: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(folder)])
    rows = list(sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select o.name from articles a left join outlets o on o.id = a.outlet"))
    assert len(rows) == 1
    return rows[0][0]
