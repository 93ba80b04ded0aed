"""Command-line hygiene: a file that is not an archive, arguments in the wrong order, a busy port,
Ctrl-C: each gets one line naming what is wrong, exit 1, no traceback, nothing left beside the
user's files and no temporary file behind."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli
from conftest import ROOT, free_port


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True, env=env)


def listing(folder: Path) -> dict:
    """Every file under ``folder`` with its size and bytes' hash: what a command must not change."""
    import hashlib

    return {str(p.relative_to(folder)): (p.is_dir() or hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def not_archives(tmp_path):
    """A folder of things that are not archives: a text article, another program's SQLite database,
    an empty file, a folder, a JSON Lines file."""
    folder = tmp_path / "user"
    folder.mkdir()
    (folder / "notes.txt").write_text("Reporter: A. Writer\n\nA text article, not an archive.\n", encoding="utf-8")
    conn = sqlite3.connect(folder / "contacts.db")
    conn.execute("create table people (name text, phone text)")
    conn.execute("insert into people values ('a source', '+963 000')")
    conn.commit()
    conn.close()
    (folder / "empty.db").write_bytes(b"")
    (folder / "clippings").mkdir()
    (folder / "clippings" / "one.txt").write_text("Title\n\nBody of the clipping.\n", encoding="utf-8")
    (folder / "export.jsonl").write_text('{"title": "t", "body": "b"}\n', encoding="utf-8")
    return folder


COMMANDS = [("check",), ("reindex", "-s"), ("extract", "-s"), ("search", "QUERY", "camp"), ("serve",)]
TARGETS = {"notes.txt": "not an archive (not an SQLite database)",
           "contacts.db": "not an archive (an SQLite database without the archive's tables)",
           "empty.db": "not an archive (an empty file)",
           "clippings": "a folder, not an archive",
           "missing.db": "no such archive"}


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize("target", list(TARGETS))
def test_a_file_that_is_not_an_archive_gets_one_line(not_archives, command, target):
    before = listing(not_archives)
    name, *rest = command
    args = [name, not_archives / target] + [a for a in rest if a not in ("QUERY",)]
    if name == "serve":
        args += ["--port", free_port()]
    result = invoke(*args)
    assert result.exit_code == 1, (args, result.output)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"Error: {not_archives / target}") and TARGETS[target] in lines[0], lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert listing(not_archives) == before  # no lock, no index folder, no tables added to contacts.db


def test_check_on_a_text_file_in_a_real_process(not_archives):
    run = subprocess.run([sys.executable, "-m", "archive.cli", "check", str(not_archives / "notes.txt")],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr == f"Error: {not_archives / 'notes.txt'}: not an archive (not an SQLite database)\n"


@pytest.mark.parametrize("source, suffix", [("notes.txt", ".txt"), ("export.jsonl", ".jsonl"), ("clippings", "folder"),
                                            ("contacts.db", "SQLite"), ("later.csv", ".csv")])
def test_import_with_its_arguments_swapped_refuses_and_leaves_nothing(not_archives, source, suffix):
    before = listing(not_archives)
    result = invoke("import", not_archives / source, not_archives / "new.db", "--silent")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.output
    if source == "contacts.db":  # an SQLite database of another program is no input either
        assert "without the archive's tables: name a new file or an archive first" in lines[0], lines[0]
    else:
        assert f"'archive import {not_archives / 'new.db'} {not_archives / source}'" in lines[0], lines[0]
    assert listing(not_archives) == before  # no .lock beside the source, no new.db, no new.whoosh
    assert not list(not_archives.glob("*.lock")) and not (not_archives / "new.db").exists()


def test_import_in_the_right_order_still_works(not_archives):
    result = invoke("import", not_archives / "new.db", not_archives / "clippings", "--silent")
    assert result.exit_code == 0, result.output
    assert (not_archives / "new.db").exists()


def wait_for(url, process, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            return urllib.request.urlopen(url, timeout=2).read()
        except OSError:
            if process.poll() is not None:
                raise AssertionError(f"archive serve exited: {process.communicate()}")
            time.sleep(0.2)
    raise AssertionError("archive serve did not start")


def serve_process(db, port, tmpdir, *extra):
    env = dict(os.environ, TMPDIR=str(tmpdir), TEMP=str(tmpdir), TMP=str(tmpdir))
    env.pop("ARCHIVE_PASSWORD_HASH", None)
    return subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", str(db), "--port", str(port), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def test_serve_on_a_busy_port_says_so_and_nothing_else(sample_db, tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    with socket.socket() as other:  # another server holds the port
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        port = other.getsockname()[1]
        process = serve_process(sample_db, port, tmpdir)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 1, (out, err)
    assert out == ""
    assert err == f"Error: port {port} on 127.0.0.1 is busy (another server is using it): choose another with --port\n"
    assert "Serving" not in err and "Traceback" not in err
    assert list(tmpdir.iterdir()) == []  # no temporary metadata file on an error either


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serve_leaves_no_temporary_file(sample_db, tmp_path, stop):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    port = free_port()
    process = serve_process(sample_db, port, tmpdir)
    try:
        assert b"archive-hit" in wait_for(f"http://127.0.0.1:{port}/-/search?q=camp", process)
        assert list(tmpdir.iterdir()) == []  # none while it runs: the metadata stays in memory
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode in (0, -stop), (process.returncode, err)
    assert "Traceback" not in err, err
    assert err.startswith(f"Serving {sample_db} at http://127.0.0.1:{port}/"), err
    assert list(tmpdir.iterdir()) == []
    with socket.socket() as probe:  # the port is free again
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))


def test_serve_refuses_an_unknown_host_in_one_line(sample_db, tmp_path):
    result = invoke("serve", sample_db, "--host", "no-such-host.invalid", "--public", "--port", free_port())
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1, result.output
    assert "no-such-host.invalid" in result.output
