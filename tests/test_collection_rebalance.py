"""Adding shards (issue #19): 'archive collection rebalance' moves each article to the shard its id
hashes to among the new number, interrupted or not, with nothing lost or doubled; the collection
then answers as the single archive of the same articles."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import SAMPLE, run_cli

QUERIES = ["government", "ISIS", '"al-Hol"', "camp AND children", "Baghouz"]


def _import(path, shards: int):
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    found = collection.create(path, shards)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report = CollectionImport(found, client, batch_size=20).run([SAMPLE])
    assert report.imported == 50
    return found


def _held(found) -> list:
    ids = []
    for shard in found.shards:
        if shard.is_file():
            conn = sqlite3.connect(shard)
            ids += [row[0] for row in conn.execute("select id from articles")]
            conn.close()
    return ids


def _each_shard_consistent(found):
    for shard in found.shards:
        result = run_cli("check", shard)
        assert result.exit_code == 0, (shard, result.output)
    result = run_cli("collection", "check", found.path)
    assert result.exit_code == 0, result.output


def _answers_as_one(found, sample_db):
    from archive import search_data
    from archive.shard_search import search_collection
    from indexer.sync import Archive

    search_data.provide()
    with Archive(sample_db, create=False) as one:
        for query in QUERIES:
            page = search_collection(found, query, collapse=False, pagelen=50)
            single = one.index.search(query, pagelen=50, collapse=False, phonetic=False, feedback=False, suggest=False)
            assert not page.missing
            assert page.total == single.total, query
            assert sorted(h.id for h in page.hits) == sorted(h.id for h in single.hits), query
            assert [h.score for h in page.hits] == pytest.approx(sorted((h.score for h in single.hits), reverse=True),
                                                                 rel=1e-9), query


def test_adding_shards_moves_every_article_to_its_new_shard(tmp_path, sample_db):
    from archive import collection

    found = _import(tmp_path / "c.json", 2)
    before = sorted(_held(found))
    _answers_as_one(found, sample_db)  # this process keeps the shards' indexes open: they must not go stale
    from datasette_plugins.archive_db import index_for_path
    from indexer.fulltext import FullTextIndex
    from indexer.store import read_only
    from indexer.sync import index_path_for

    served = [index_for_path(shard) for shard in found.shards]  # whoosh_search()'s, in a running server
    assert [len(index.matching_ids("government")) for index in served] != [0, 0]
    result = run_cli("collection", "rebalance", found.path, "--shards", "5")
    assert result.exit_code == 0, result.output
    # The old shards were reindexed (their generations may be what they were): the kept indexes
    # find what the shards now hold, not the articles that left them.
    for index, shard in zip(served, found.shards):
        fresh = FullTextIndex(index_path_for(shard), store=read_only(shard))
        assert sorted(index.matching_ids("government")) == sorted(fresh.matching_ids("government"))
    assert "articles moved from 2 to 5 shards" in result.output
    grown = collection.load(found.path)
    assert len(grown) == 5 and grown.rebalancing is None
    assert [grown.name(s) for s in grown.shards][:2] == ["shards/shard-000.db", "shards/shard-001.db"]
    assert sorted(_held(grown)) == before  # each once
    _each_shard_consistent(grown)  # and each in the shard its id hashes to
    _answers_as_one(grown, sample_db)
    # Run again: nothing to move.
    again = run_cli("collection", "rebalance", found.path, "--shards", "5")
    assert again.exit_code == 0 and "0 articles moved" in again.output
    # Article pages keep their provenance: the import rows came along.
    for shard in grown.shards[2:]:
        conn = sqlite3.connect(shard)
        orphans = conn.execute("select count(*) from articles where import_id is null or import_id not in "
                               "(select id from imports)").fetchone()[0]
        tags = conn.execute("select count(*) from article_tags at left join tags t on t.id = at.tag_id "
                            "where t.id is null").fetchone()[0]
        conn.close()
        assert (orphans, tags) == (0, 0)


def test_an_interrupted_rebalancing_is_refused_until_rerun_finishes_it(tmp_path, sample_db):
    """Stopped after one batch (an exception from the progress callback, as Ctrl-C would stop it),
    and with a batch copied but not yet deleted from its old shard (what a kill between the two
    leaves): searches and imports refuse, 'collection check' says so, the rerun finishes."""
    from archive import collection
    from archive.collection_rebalance import _copy, rebalance
    from archive.shard_search import search_collection

    found = _import(tmp_path / "c.json", 2)
    before = sorted(_held(found))

    class Stop(Exception):
        pass

    def stop(source, target, n):
        raise Stop

    with pytest.raises(Stop):
        rebalance(found.path, 4, on_batch=stop, batch=3)
    half = collection.load(found.path)
    assert half.rebalancing is not None and len(half) == 4
    # A kill between the copy and the delete: some articles now in two shards.
    source = half.shards[0]
    conn = sqlite3.connect(source)
    ids = [row[0] for row in conn.execute("select id from articles")]
    conn.close()
    leaving = [i for i in ids if collection.shard_of(i, 4) == 2][:4]  # 0 mod 2: 0 or 2 mod 4
    assert leaving
    _copy(source, half.shards[2], leaving)
    assert len(_held(half)) > len(before)  # doubled for now: which is why everything refuses
    with pytest.raises(collection.CollectionError, match="unfinished"):
        search_collection(half, "government")
    result = run_cli("search", found.path, "government")
    assert result.exit_code == 1 and "archive collection rebalance" in result.output
    result = run_cli("import", found.path, SAMPLE, "--local-cluster", "1", "--silent")
    assert result.exit_code == 1 and "unfinished" in result.output
    assert run_cli("collection", "check", found.path).exit_code == 1
    result = run_cli("collection", "rebalance", found.path, "--shards", "6")
    assert result.exit_code == 1 and "finish it first" in result.output
    # The rerun finishes it.
    result = run_cli("collection", "rebalance", found.path)
    assert result.exit_code == 0, result.output
    done = collection.load(found.path)
    assert done.rebalancing is None and len(done) == 4
    assert sorted(_held(done)) == before
    _each_shard_consistent(done)
    _answers_as_one(done, sample_db)
    manifest = json.loads(found.path.read_text())
    assert "rebalancing" not in manifest


def test_shards_are_added_not_removed(tmp_path):
    from archive import collection

    found = collection.create(tmp_path / "c.json", 3)
    result = run_cli("collection", "rebalance", found.path, "--shards", "2")
    assert result.exit_code == 1 and "added, not removed" in result.output and "Traceback" not in result.output
    result = run_cli("collection", "rebalance", found.path)
    assert result.exit_code == 1 and "--shards M" in result.output


def test_a_new_collection_never_takes_another_ones_shards(tmp_path):
    from archive import collection

    collection.create(tmp_path / "a.json", 2)  # its shards are made by its first import
    with pytest.raises(collection.CollectionError, match="shard-000.db already exists"):
        collection.create(tmp_path / "b.json", 3)
    assert not (tmp_path / "b.json").exists()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "shards").mkdir()
    (tmp_path / "elsewhere" / "shards" / "shard-001.db").write_bytes(b"")
    with pytest.raises(collection.CollectionError, match="shard-001.db already exists"):
        collection.create(tmp_path / "elsewhere" / "c.json", 3)


def test_a_rebalancing_killed_mid_way_is_finished_by_the_next_run(tmp_path, sample_db):
    """The command in its own process, SIGKILLed as soon as it reports its first batch (it is then
    copying or deleting the next one); the rerun leaves every article once, in its shard."""
    import os
    import signal
    import subprocess
    import sys

    from archive import collection

    found = _import(tmp_path / "c.json", 2)
    before = sorted(_held(found))
    command = [sys.executable, "-c", "from archive.cli import cli; cli()", "collection", "rebalance",
               str(found.path), "--shards", "5"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        line = process.stderr.readline()
        assert "->" in line, line
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    half = collection.load(found.path)
    assert half.rebalancing is not None  # stopped before the end
    result = run_cli("collection", "rebalance", found.path)
    assert result.exit_code == 0, result.output
    done = collection.load(found.path)
    assert done.rebalancing is None and len(done) == 5
    assert sorted(_held(done)) == before
    _each_shard_consistent(done)
    _answers_as_one(done, sample_db)


async def test_a_server_started_before_shards_were_added_says_to_restart(tmp_path):
    from datasette.app import Datasette

    from archive.serving import collection_metadata, serve_settings
    from conftest import ROOT

    found = _import(tmp_path / "c.json", 2)
    site = Datasette([str(s) for s in found.shards], metadata=collection_metadata(found, ROOT / "metadata.yml"),
                     settings=serve_settings(2000))
    before = await site.client.get("/-/search", params={"q": "ISIS"})
    assert before.status_code == 200 and "articles match" in before.text
    assert run_cli("collection", "rebalance", found.path, "--shards", "3").exit_code == 0
    after = await site.client.get("/-/search", params={"q": "ISIS"})
    assert after.status_code == 503 and "articles match" not in after.text
    assert "restart" in after.text and "shards/shard-002.db" in after.text
    export = await site.client.get("/-/search.json", params={"q": "ISIS"})
    assert export.status_code == 503 and "restart" in export.json()["error"]


def test_near_copies_keep_their_links_within_a_shard(tmp_path):
    """Near-duplicates are linked within a shard: after moving, a copy whose original went to another
    shard is its own story there (no link left dangling, which SQLite's foreign keys refuse)."""
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    words = ("Residents of the eastern district said water deliveries stopped on Monday after the pumping "
             "station lost power, and queues formed at the few wells still working while engineers waited "
             "for spare parts that officials promised would arrive within the week from the provincial "
             "capital, though several families told reporters they had heard the same promise twice before "
             "and were buying water from private tankers at prices that rose each day of the outage").split()
    records = []
    for n in range(12):
        body = list(words)
        if n:  # one word changed: near, not exact, copies
            body[n * 3] = ["north", "south", "west", "old", "new", "small", "large", "busy", "quiet", "main",
                           "upper"][n - 1]
        records.append({"id": f"story-{n}", "title": "Water deliveries stop in eastern district",
                        "body": " ".join(body) + ". " + " ".join(words[::-1]) + ".", "outlet": "Reuters",
                        "published": f"2021-05-{n + 1:02d}"})
    source = tmp_path / "copies.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    found = collection.create(tmp_path / "c.json", 1)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report = CollectionImport(found, client, batch_size=20).run([source])
    assert report.imported == 12
    conn = sqlite3.connect(found.shards[0])
    linked = conn.execute("select count(*) from articles where duplicate_of is not null").fetchone()[0]
    conn.close()
    assert linked >= 6, "the importer should have linked the near-copies"
    before = sorted(_held(found))
    result = run_cli("collection", "rebalance", found.path, "--shards", "3")
    assert result.exit_code == 0, result.output
    grown = collection.load(found.path)
    assert sorted(_held(grown)) == before
    _each_shard_consistent(grown)
    kept = 0
    for shard in grown.shards:
        conn = sqlite3.connect(shard)
        dangling = conn.execute("select count(*) from articles where duplicate_of is not null and duplicate_of "
                                "not in (select id from articles)").fetchone()[0]
        kept += conn.execute("select count(*) from articles where duplicate_of is not null").fetchone()[0]
        conn.close()
        assert dangling == 0
    assert 0 < kept < linked  # links within a shard kept, those across shards dropped
