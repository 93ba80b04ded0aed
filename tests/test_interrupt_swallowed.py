"""A Ctrl-C that lands inside a ``__del__`` is not lost (archive/interrupts.py).

Python drops an exception raised in a ``__del__`` ("Exception ignored in ..."). CI once pressed
Ctrl-C while Whoosh's file lock was being collected: the import went on to store all 5,000
articles and exited 0. Here the press is given exactly there, by calling the SIGINT handler that
is installed from a ``__del__``, as Python itself would when the signal arrives during it.
"""

import signal

import pytest
import sqlite_utils

from archive import interrupts
from archive.pipeline import Importer
from indexer.sync import Archive

pytestmark = pytest.mark.alone  # times signals, kills or lock waits: run by itself (Makefile, make test)


class PressedWhileCollected:
    def __del__(self):
        signal.getsignal(signal.SIGINT)(signal.SIGINT, None)


def write_records(path, n):
    with path.open("w") as handle:
        for i in range(n):
            handle.write(f'{{"id": "r{i}", "title": "Report {i} from the camp", '
                         f'"body": "Families left the camp on day {i} after talks in sector {i % 13}."}}\n')


def test_a_ctrl_c_swallowed_by_a_del_still_stops_the_import(tmp_path, capsys):
    path = tmp_path / "big.jsonl"
    write_records(path, 600)
    db = tmp_path / "archive.db"
    files = []

    def on_file(name):
        files.append(name)
        PressedWhileCollected()  # collected at once: the press happens inside its __del__

    with Archive(db) as archive, interrupts.remembered():
        with pytest.raises(KeyboardInterrupt):
            Importer(archive, batch_size=100).run([str(path)], on_file=on_file)
    assert files, "the callback that presses Ctrl-C never ran"
    stored = sqlite_utils.Database(db).execute("select count(*) from articles").fetchone()[0]
    assert stored < 600
    [status] = [row[0] for row in sqlite_utils.Database(db).execute("select status from imports")]
    assert status == "interrupted"
    assert "Traceback" not in capsys.readouterr().err  # the swallowed one is not reported as an error


def test_outside_the_import_ctrl_c_is_python_s_own():
    import sys

    handler, hook = signal.getsignal(signal.SIGINT), sys.unraisablehook
    with interrupts.remembered():
        assert not interrupts.pressed()  # cleared as each import starts
        assert signal.getsignal(signal.SIGINT) is not handler
    assert signal.getsignal(signal.SIGINT) is handler and sys.unraisablehook is hook
