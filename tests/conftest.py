import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent

# The index's name groups and stop words, as the CLI and the server give them (indexer/ reads no
# data of archive/: see indexer/fulltext/language.py); tests that use FullTextIndex directly need them.
from archive import search_data  # noqa: E402

search_data.provide()
SAMPLE = ROOT / "sample"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"


# `make test` runs the suite on two xdist workers with --dist loadfile, which this conftest turns into
# the groups below (pytest_xdist_make_scheduler): a group goes to one worker whole, and the groups are
# handed out in the order the items are sorted in here. A test's group is its file (as loadfile: a
# module's fixtures built once), except where SHARED_GROUPS joins files sharing a session fixture (one
# worker builds it once) and SPLIT_TESTS gives each case of a parametrized test a group of its own
# (cases that share nothing, so one long file no longer holds a core alone). xdist's own loadfile hands
# out the files with the most tests first whatever this order (its --loadscope-reorder, on by default:
# how the long files came to start late); xdist's loadgroup cannot do this under pytest 9 (it renames
# item._nodeid, which pytest 9's nodeid no longer reads: every test was a group of its own).
SHARED_GROUPS = {"test_search_arrays.py": "arrays-archive", "test_postings_files.py": "arrays-archive"}
SPLIT_TESTS = {"test_relevance.py::test_ndcg_pinned"}  # each case builds its collection's index itself

# The groups that take longest (setup included; `make test`'s --durations), handed out first:
# a long group taken last leaves the other core idle at the end.
LONGEST_FIRST = ("test_scale_bench.py", "test_bbc_corpus.py", "arrays-archive", "test_relevance.py::test_ndcg_pinned[npl]",
                 "test_extraction_quality.py", "test_collection.py", "test_relevance.py::test_ndcg_pinned[cranfield]",
                 "test_relevance.py::test_ndcg_pinned[time]", "test_import_quality.py", "test_fuzz.py",
                 "test_relevance.py::test_ndcg_pinned[cisi]", "test_relevance.py", "test_exports.py",
                 "test_pdf_benchmark.py", "test_variants_bench.py", "test_scripts_bench.py",
                 "test_relevance.py::test_ndcg_pinned[med]")


def group_of(nodeid: str) -> str:
    """The xdist group of a test (see above): its file's name, a shared group's, or a split test's case."""
    path, _, rest = nodeid.partition("::")
    name = path.rsplit("/", 1)[-1]
    if name in SHARED_GROUPS:
        return SHARED_GROUPS[name]
    if "[" in rest and f"{name}::{rest.split('[', 1)[0]}" in SPLIT_TESTS:
        return f"{name}::{rest}"
    return name


def pytest_collection_modifyitems(config, items):
    # `make test`'s second phase collects only the files holding "mark.alone" (Makefile's grep): a test
    # marked alone any other way would run in neither phase.
    for item in items:
        if item.get_closest_marker("alone") and "mark.alone" not in item.path.read_text(encoding="utf-8"):
            raise pytest.UsageError(f"{item.nodeid} is marked alone, but its file does not say mark.alone: "
                                    "the Makefile's second phase would not collect it")
    rank = {name: number for number, name in enumerate(LONGEST_FIRST)}
    order = {id(item): number for number, item in enumerate(items)}
    items.sort(key=lambda item: (rank.get(group_of(item.nodeid), len(rank)), order[id(item)]))


@pytest.hookimpl(optionalhook=True)  # an xdist hook: no error where xdist is not installed
def pytest_xdist_make_scheduler(config, log):
    """--dist loadfile by the groups above, handed out in the collection's order."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class GroupScheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return group_of(nodeid)

    config.option.loadscopereorder = False  # the order of pytest_collection_modifyitems, not by test counts
    return GroupScheduling(config, log)


def index_of(folder, articles, published: str = "2022-01-20"):
    """A real Whoosh index in ``folder`` holding ``articles``, ``(id, title, body)`` each."""
    from indexer.fulltext import FullTextIndex

    index = FullTextIndex(folder / "index")
    index.create()
    with index.writer() as writer:
        for ident, title, body in articles:
            writer.upsert({"id": ident, "title": title, "body": body, "published": published})
    return index


def build_folder(tmp_path, pages: dict) -> dict:
    """``{name: Article}``: ``pages`` (``{file name: text}``) written into ``tmp_path`` and built as
    the import does, with the folder's profile (its repeated header lines and dates)."""
    from archive.extract.article import build_article
    from archive.readers.folder_profiles import profile_folder
    from archive.readers.text import parse_text_article

    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    profile = profile_folder(tmp_path)
    return {name: build_article(parse_text_article(text, str(tmp_path / name), profile=profile))
            for name, text in pages.items()}

def run_cli(*args, input=None):
    from archive.cli import cli

    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "archive.db"


@pytest.fixture(scope="session")
def sample_master(tmp_path_factory):
    """The sample collection imported once a session. Nothing opens it but ``copy_archive``: tests
    get copies (``sample_db``, ``served_sample``), so what one module does to its archive (a server
    stopping, a descriptor closed: see ``copy_archive``) cannot break another module's."""
    path = tmp_path_factory.mktemp("sample") / "archive.db"
    result = run_cli("import", path, SAMPLE, "--silent")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def sample_db(sample_master, tmp_path_factory):
    """The sample collection, a copy of its own for each test module; tests must not write to it.
    (One archive shared by the whole session was broken for every later module on one xdist worker
    in CI, 'disk I/O error', 29 tests, by something a module did to it.)"""
    return copy_archive(sample_master, tmp_path_factory.mktemp("sample") / "archive.db")


def copy_archive(source, target):
    """A copy of an archive at ``target`` (a ``.db`` path): the database by SQLite's backup (its WAL
    included), the Whoosh folder beside it. Never ``shutil.copy`` of a database this process may hold
    open: closing any file descriptor on it drops every SQLite lock the process holds on it (POSIX
    locks; sqlite.org/howtocorrupt.html 2.2), another process (a server on the session's sample)
    then takes itself for the last reader and deletes the WAL under our connections: 'disk I/O error'
    (seen in CI with the suite on two workers)."""
    import shutil
    import sqlite3

    source, target = Path(source), Path(target)
    reading = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        reading.backup(copy)
    finally:
        copy.close()
        reading.close()
    shutil.copytree(source.with_name(source.stem + ".whoosh"), target.with_name(target.stem + ".whoosh"))
    return target


@pytest.fixture(scope="session")
def arrays_archive_master(tmp_path_factory):
    """The archive of tests/test_search_arrays.py (the sample and 1,500 generated articles in several
    segments, with deletions), built once a session: it and test_postings_files.py each search a copy
    of their own (``copy_archive``; both files are one xdist group, so one worker builds it once
    instead of each file building it: ~35 s of import)."""
    from test_search_arrays import build_archive

    return build_archive(tmp_path_factory.mktemp("arrays-master"))


@pytest.fixture(scope="session")
def seeds_dir():
    if not SEEDS.is_dir() or len(list(SEEDS.glob("*.txt"))) < 5:
        pytest.skip(f"the seed files are not at {SEEDS}")
    return SEEDS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def archive_served(db, log_path):
    """`archive serve DB` in a process of its own on a free port, until the block ends; yields the
    base URL once it answers. Its output goes to ``log_path``, and is raised with a RuntimeError
    if it exits or does not answer within 30 s."""
    port = free_port()
    log = open(log_path, "w")
    process = subprocess.Popen([sys.executable, "-m", "archive.cli", "serve", str(db), "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if process.poll() is not None or time.time() > deadline:
                process.kill()
                log.close()
                raise RuntimeError(f"archive serve did not start: {Path(log_path).read_text()}")
            time.sleep(0.2)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def served_sample(sample_master, tmp_path_factory):
    """`archive serve` on a copy of the sample archive of its own (the same articles as every
    ``sample_db``), on a free port; yields the base URL."""
    folder = tmp_path_factory.mktemp("serve")
    served = copy_archive(sample_master, folder / "archive.db")
    with archive_served(served, folder / "serve.log") as base:
        yield base


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: sync Playwright keeps an event loop running until it closes, which
    pytest-asyncio's tests in later modules cannot share."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing on CI: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def artifacts_dir():
    path = ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


def datasette_for(db_path):
    """A Datasette over ``db_path`` with the project's metadata, as the HTTP-level tests use it."""
    from datasette.app import Datasette

    from archive.cli import metadata_for

    return Datasette([str(db_path)], metadata=metadata_for(db_path, ROOT / "metadata.yml"),
                     settings={"sql_time_limit_ms": 2000})


@pytest.fixture
def ds(sample_db):
    return datasette_for(sample_db)


@pytest.fixture(scope="module")
def sql(sample_db):
    """``sql(query, params)``: rows of the sample archive as dicts, to check pages against."""
    import sqlite_utils

    db = sqlite_utils.Database(sample_db)

    def run(query, params=None):
        return [dict(row) for row in db.query(query, params or {})]

    return run


@pytest.fixture
def local_page(browser, served_sample):
    """A page of the served sample whose requests to anything but the local server are aborted
    and recorded (``page.outside_requests``); JavaScript errors go to ``page.js_errors``. Both
    must be empty when the test ends."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside, errors = [], []

    def guard(route):
        url = route.request.url
        if url.startswith(served_sample + "/") or url == served_sample:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    page.outside_requests = outside
    yield page
    context.close()
    assert outside == [], f"requests left the local server: {outside}"
    assert errors == []
