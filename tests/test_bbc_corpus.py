"""The real BBC corpus (2,225 articles): encodings, exact duplicates, search, consistency."""

import hashlib
import tarfile
from collections import defaultdict

import pytest
import sqlite_utils

from conftest import CORPORA

pytestmark = pytest.mark.corpus
TARBALL = CORPORA / "bbc-news" / "bbc-fulltext.tar.gz"


@pytest.fixture(scope="module")
def bbc(tmp_path_factory):
    if not TARBALL.exists():
        pytest.skip(f"the BBC corpus is not at {TARBALL}")
    root = tmp_path_factory.mktemp("bbc")
    with tarfile.open(TARBALL) as tar:
        tar.extractall(root, filter="data")
    folders = sorted(p for p in (root / "bbc").iterdir() if p.is_dir())
    assert len(folders) == 5
    from conftest import run_cli

    db_path = root / "archive.db"
    result = run_cli("import", db_path, *folders, "--silent")
    return root / "bbc", db_path, result


def test_every_file_is_imported_or_a_duplicate(bbc):
    source, db_path, result = bbc
    assert result.exit_code == 0, result.output
    files = sorted(source.glob("*/*.txt"))
    assert len(files) == 2225
    db = sqlite_utils.Database(db_path)
    stored = db["articles"].count
    duplicates = int(result.output.split(" skipped as duplicate")[0].rsplit(", ", 1)[1])
    assert stored + duplicates == 2225
    # Every byte-identical pair: exactly one copy stored.
    by_bytes = defaultdict(list)
    for path in files:
        by_bytes[hashlib.sha1(path.read_bytes()).hexdigest()].append(str(path))
    groups = [paths for paths in by_bytes.values() if len(paths) > 1]
    assert sum(len(g) - 1 for g in groups) == 98
    stored_paths = {row[0] for row in db.execute("select source_path from articles")}
    for group in groups:
        assert len(stored_paths & set(group)) == 1, group
    assert duplicates >= 98


def test_latin1_pound_sign_survives(bbc):
    source, db_path, _ = bbc
    [row] = sqlite_utils.Database(db_path).query(
        "select body from articles where source_path = ?", [str(source / "sport" / "199.txt")])
    assert "£" in row["body"]
    assert "\ufffd" not in row["body"]


def test_search_and_check_on_the_corpus(bbc, cli):
    _, db_path, _ = bbc
    assert cli("check", db_path).exit_code == 0
    result = cli("search", db_path, '"prime minister" AND election', "--limit", "3")
    assert result.exit_code == 0
    assert int(result.output.split(" articles match")[0].replace(",", "")) > 20
