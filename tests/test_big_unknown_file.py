"""A file bigger than a worker takes (archive.workers.BIG_FILE) that no reader reads, met in a folder:
it is left alone and said so, the import goes on (it ended in a traceback: the file's progress wrapper,
holding the CLI's progress callback, was sent to a worker process)."""

from click.testing import CliRunner

from archive.cli import cli
from archive.workers import BIG_FILE


def test_a_big_file_of_no_known_kind_is_left_alone(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "node-binary").write_bytes(b"\x7fELF" + b"\0" * (BIG_FILE + 1024))
    (folder / "pumps.txt").write_text(
        "Pumping station restarts\n\nThe pumping station on the eastern canal restarted on Monday after six "
        "weeks of repairs, the water board said, and the villages had running water again by evening.\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "a.db"), str(folder)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output and "left alone: 1 (no extension)" in result.output
    assert "Traceback" not in result.output
