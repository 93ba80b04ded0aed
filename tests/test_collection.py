"""A collection of four shards against one archive holding the same articles (issue #19).

The articles: the bundled sample and, where the corpora in ../shared/ are present, 200 generated
ones (bench/scale_gen.py); without the corpora the sample alone is used. Imported once as a
single archive (the ordinary import) and once as a collection of four shards through a Dask
``LocalCluster`` started here on loopback with two workers (threads in this process,
``processes=False``: worker processes start in seconds each on this shared 2-core machine; the
fault test below uses real worker processes, and kills one).

For the bench's query mix, the collection must give the same total, the same facet counts, the
same scores (to 1e-12) and the same top 20 in the same order. Equal scores are the one place the order may
differ: a single archive breaks ties by its insertion order, which shards cannot know (the merge
orders them by id), so hits are compared as runs of equal scores (or dates).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import threading
from pathlib import Path

import pytest

from conftest import SAMPLE, run_cli

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

GENERATED = 200
SHARDS = 4

QUERIES = [  # bench/scale.py's mix, and a few more shapes
    {"q": "Kyoto"},
    {"q": "government"},
    {"q": "economy AND growth"},
    {"q": '"prime minister"'},
    {"q": "champion*"},
    {"q": "al-Hol"},
    {"q": "election", "sort": "date"},
    {"q": "music", "year": 2021},
    {"q": "election", "sort": "oldest"},
    {"q": "Hasakah OR Raqqa"},
    {"q": "syria NOT turkey"},
    {"q": "camp AND (Hol OR Roj) AND children"},
    {"q": "date:[2019-01-01 to 2019-06-30] AND government"},
    {"q": "title:minister"},
    {"q": "film", "exact": True},
]


def _sources(work: Path) -> list:
    from scale_gen import Generator, corpora_available

    sources = [Path(SAMPLE)]
    if corpora_available():
        jsonl = work / "generated.jsonl"
        Generator(seed=19).write_file(jsonl, 0, 0, GENERATED)
        sources.append(jsonl)
    return sources


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    work = tmp_path_factory.mktemp("collection")
    sources = _sources(work)
    single = work / "one.db"
    result = run_cli("import", single, *sources, "--silent", "--workers", "0")
    assert result.exit_code == 0, result.output
    shards = collection.create(work / "collection.json", SHARDS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        first = CollectionImport(shards, client, batch_size=40).run(sources)
        again = CollectionImport(shards, client, batch_size=40).run(sources)
        yield {"single": single, "collection": shards, "first": first, "again": again, "client": client,
               "sources": sources}


def _ids(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        return [row[0] for row in conn.execute("select id from articles")]
    finally:
        conn.close()


def test_the_collection_holds_the_same_articles_each_in_its_shard(built):
    from archive.collection import shard_of

    single = sorted(_ids(built["single"]))
    assert len(single) >= 50
    held = []
    for number, shard in enumerate(built["collection"].shards):
        ids = _ids(shard)
        assert ids, f"shard {number} is empty"
        assert all(shard_of(i, SHARDS) == number for i in ids)
        held += ids
    assert sorted(held) == single
    assert built["first"].imported == len(single) and built["first"].failed == 0


def test_importing_again_changes_nothing(built):
    again = built["again"]
    assert (again.imported, again.updated, again.failed) == (0, 0, 0)
    assert again.unchanged == len(_ids(built["single"]))
    # The command, on the test's scheduler: the same summary line as for one archive.
    address = built["client"].scheduler.address
    result = run_cli("import", built["collection"].path, SAMPLE, "--scheduler", address, "--silent")
    assert result.exit_code == 0, result.output
    assert "0 imported, 0 updated, 50 unchanged, 0 skipped as duplicate, 0 failed" in result.output


def test_each_shard_is_an_ordinary_archive(built):
    shard = built["collection"].shards[0]
    assert run_cli("check", shard).exit_code == 0
    result = run_cli("search", shard, "government", "--json")
    assert result.exit_code == 0, result.output


def _names(db: Path, table: str) -> dict:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute(f"select id, name from {table}"))
    finally:
        conn.close()


def _runs(hits, key) -> list:
    """The hits as runs of equal keys: ``[(key, {ids})]``."""
    runs = []
    for hit in hits:
        if runs and runs[-1][0] == key(hit):
            runs[-1][1].add(hit.id)
        else:
            runs.append((key(hit), {hit.id}))
    return runs


@pytest.fixture(scope="module")
def single_index(built):
    from archive import search_data
    from indexer.sync import Archive

    search_data.provide()
    archive = Archive(built["single"], create=False)
    yield archive
    archive.close()


@pytest.mark.parametrize("query", QUERIES, ids=[str(q) for q in QUERIES])
def test_a_collection_answers_as_one_archive(built, single_index, query):
    from archive.shard_search import search_collection

    sort = query.get("sort", "relevance")
    filters = {"year": query["year"]} if query.get("year") else None
    expand = not query.get("exact", False)
    options = dict(sort=sort, filters=filters, expand=expand, collapse=False)
    # 40 from each side: the 20th hit's run of equal keys is compared whole.
    page = search_collection(built["collection"], query["q"], client=built["client"], pagelen=40, **options)
    one = single_index.index.search(query["q"], pagelen=40, phonetic=False, feedback=False, suggest=False, **options)
    assert not page.missing and not page.missing_terms
    assert page.total == one.total
    if sort == "relevance":
        # The same sums of the same terms; where a shard lacks one of an OR's words Whoosh drops
        # its matcher, so the additions group differently: equal to the last bit or two.
        assert [h.score for h in page.hits] == pytest.approx([h.score for h in one.hits], rel=1e-12)
        key = lambda hit: round(hit.score, 9)  # noqa: E731
    else:
        column = {"date": "newest", "oldest": "oldest"}[sort]
        searcher = single_index.index._searcher()
        values = searcher.reader().column_reader(column)
        dates = {h.id: int(values[searcher.document_number(id=h.id)]) for h in one.hits}
        assert [h.key for h in page.hits] == [dates[h.id] for h in one.hits]
        key = lambda hit: dates.get(hit.id, getattr(hit, "key", None))  # noqa: E731
    ours, theirs = _runs(page.hits, key), _runs(one.hits, key)
    shown = 0
    for (our_key, our_ids), (their_key, their_ids) in zip(ours, theirs):
        assert our_key == their_key
        if shown + len(their_ids) >= 40 and len(one.hits) == 40:  # a run cut by the page's end
            break
        assert our_ids == their_ids
        shown += len(their_ids)
    assert {h.id for h in page.hits[:20]} <= {h.id for h in one.hits}
    # Facets: the same counts, outlets and tags by name.
    counted = single_index.index.facet_counts(one)
    assert counted is not None
    outlets, tags = _names(built["single"], "outlets"), _names(built["single"], "tags")
    assert page.facets["outlet"] == {outlets.get(k) if k is not None else None: n for k, n in counted["outlet"].items()}
    # A tag is one whatever its case; which spelling names it depends on which article came first.
    assert {k.lower(): n for k, n in page.facets["tag"].items()} == {tags[k].lower(): n for k, n in counted["tag"].items()}
    for name in ("year", "month", "no_tags"):
        assert page.facets[name] == counted[name], name


def test_a_missing_shard_is_named_never_a_short_total(built):
    from archive.shard_search import search_collection

    shard = built["collection"].shards[2]
    aside = shard.with_suffix(".away")
    full = search_collection(built["collection"], "government", client=built["client"])
    shard.rename(aside)
    try:
        page = search_collection(built["collection"], "government", client=built["client"])
        assert page.partial and [name for name, _ in page.missing] == ["shards/shard-002.db"]
        assert page.total == full.total - full.shard_totals["shards/shard-002.db"]
        result = run_cli("search", built["collection"].path, "government")
        assert result.exit_code == 1
        assert "shards/shard-002.db (no such file)" in result.output and "Traceback" not in result.output
    finally:
        aside.rename(shard)
    assert search_collection(built["collection"], "government", client=built["client"]).total == full.total


def test_a_worker_killed_during_an_import_loses_nothing_on_rerun(tmp_path):
    """Real worker processes; one is killed with SIGKILL as the first files come back. Whatever the
    first run ends with, a second run finishes: every article once, in its shard, shards consistent."""
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    shards = collection.create(tmp_path / "c.json", SHARDS)
    single = tmp_path / "one.db"
    assert run_cli("import", single, SAMPLE, "--silent", "--workers", "0").exit_code == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        killed = threading.Event()

        def on_file(path):
            if not killed.is_set():
                killed.set()
                os.kill(next(iter(pids.values())), signal.SIGKILL)

        try:
            CollectionImport(shards, client, batch_size=5).run([SAMPLE], on_file=on_file)
        except Exception:  # the run may fail with its worker: the rerun must finish it
            pass
        assert killed.is_set()
        client.wait_for_workers(1, timeout=60)
        again = CollectionImport(shards, client, batch_size=5).run([SAMPLE])
    assert again.failed == 0
    held = []
    for shard in shards.shards:
        held += _ids(shard)
        assert run_cli("check", shard).exit_code == 0
    assert sorted(held) == sorted(_ids(single))
    result = run_cli("collection", "check", shards.path)
    assert result.exit_code == 0, result.output


def test_the_same_text_under_other_ids_is_a_duplicate_across_shards(tmp_path):
    """Exact duplicates (same title and text, other ids) are skipped as one archive skips them,
    whichever shards their ids hash to: within one import and against articles stored before."""
    import json

    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.collection import shard_of
    from archive.shard_import import CollectionImport

    body = ("Aid convoys reached the camp on Tuesday after a week of delays at the crossing, "
            "officials said, and distribution of food parcels began the same afternoon. ") * 3
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(json.dumps({"id": f"copy-{n}", "title": "Convoys reach the camp", "body": body,
                                         "outlet": "Reuters", "published": "2021-03-02"}) + "\n" for n in range(6)))
    second.write_text("".join(json.dumps({"id": f"later-{n}", "title": "Convoys reach the camp", "body": body,
                                          "outlet": "Reuters", "published": "2021-03-02"}) + "\n" for n in range(3)))
    single = tmp_path / "one.db"
    assert run_cli("import", single, first, "--silent", "--workers", "0").exit_code == 0
    assert run_cli("import", single, second, "--silent", "--workers", "0").exit_code == 0
    shards = collection.create(tmp_path / "c.json", SHARDS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        one = CollectionImport(shards, client, batch_size=2).run([first])
        two = CollectionImport(shards, client, batch_size=2).run([second])
    assert (one.imported, one.duplicates) == (1, 5)
    assert (two.imported, two.duplicates) == (0, 3)
    held = [i for shard in shards.shards if shard.is_file() for i in _ids(shard)]
    assert held == _ids(single)
    # The copies' ids fall on more than one shard (else the shards' own check would do).
    from archive.extract.article import BatchDefaults
    from archive.readers.records import ReaderOptions
    from archive.sources import read_path
    from archive.workers import build

    ids = [build(record, BatchDefaults()).article.id for record in read_path(first, True, ReaderOptions(None))]
    assert len(ids) == 6 and len({shard_of(i, SHARDS) for i in ids}) > 1


def test_a_worker_lost_during_a_search_is_retried_or_the_shard_named(built):
    """Real worker processes. One is SIGKILLed while the second round's tasks are on it (as soon as
    the scheduler shows it one, or after the first round at the latest): the search is run again on
    a live worker and gives the full total. Then with no worker left at all, every shard is named
    missing after ``wait`` seconds: never a hang, never a silently short count."""
    import time

    from dask.distributed import Client, LocalCluster

    from archive.shard_search import search_collection

    found = built["collection"]
    full = search_collection(found, "government", client=built["client"])
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = client.run(os.getpid)
        killed = []

        def kill_when_busy():
            deadline = time.monotonic() + 2
            while not killed:
                busy = [address for address, tasks in client.processing().items() if tasks]
                if busy or time.monotonic() > deadline:
                    victim = (busy or list(pids))[0]
                    os.kill(pids[victim], signal.SIGKILL)
                    killed.append(victim)
                time.sleep(0.005)

        watcher = threading.Thread(target=kill_when_busy)
        page = search_collection(found, "government", client=client, between_rounds=watcher.start)
        watcher.join()
        assert killed
        assert not page.missing and page.total == full.total
        assert [h.id for h in page.hits] == [h.id for h in full.hits]
        # No worker at all: each shard is named once the wait is over.
        client.retire_workers(list(client.scheduler_info()["workers"]), close_workers=True)
        cluster.scale(0)
        started = time.monotonic()
        page = search_collection(found, "government", client=client, wait=3)
        assert time.monotonic() - started < 30
        assert page.partial and page.total == 0
        assert sorted(name for name, _ in page.missing) == sorted(found.name(s) for s in found.shards)
        assert all("no answer within 3 s" in why for _, why in page.missing)


def test_an_id_met_twice_in_one_import_counts_as_in_one_archive(tmp_path):
    """The importer's rule for an id met again in one import, in a collection: the same record
    (the same file named twice) unchanged, the same text elsewhere a duplicate naming the first
    place, another text under the id a failure naming it; the same counts as a single archive's
    import (the file: a1, a2, a1 again, another text as a2; named twice)."""
    import json

    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    def line(ident, title):
        body = f"{title}: aid convoys reached the camp on Tuesday after a week of delays at the crossing. " * 3
        return json.dumps({"id": ident, "title": title, "body": body, "published": "2021-03-02"}) + "\n"

    export = tmp_path / "export.jsonl"
    export.write_text(line("a1", "Convoys reach the camp") + line("a2", "Water cuts in Hasakah")
                      + line("a1", "Convoys reach the camp") + line("a2", "Another story under a2's id"))
    single = tmp_path / "one.db"
    result = run_cli("import", single, export, export, "--silent", "--workers", "0")
    assert "2 imported, 0 updated, 2 unchanged, 2 skipped as duplicate, 2 failed" in result.output, result.output
    shards = collection.create(tmp_path / "c.json", SHARDS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report = CollectionImport(shards, client, batch_size=1).run([export, export])
    assert report.summary() == "2 imported, 0 updated, 2 unchanged, 2 skipped as duplicate, 2 failed"
    assert [where for where, _ in report.duplicate_of] == [f"{export}:3", f"{export}:3"]
    assert all(original.endswith(f", first at {export}:1") for _, original in report.duplicate_of)
    assert [reason for _, reason in report.failures] == [f"id 'a2' repeated: first at {export}:2"] * 2
    held = [i for shard in shards.shards if shard.is_file() for i in _ids(shard)]
    assert sorted(held) == sorted(_ids(single))
