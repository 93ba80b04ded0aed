"""How a collection import moves its articles (issue #19, archive/shard_import.py): built on the
workers, only a summary of each read comes back to the coordinator, the articles to write are
picked and written where they are, and nothing is left held on the cluster once the import ends.
The equivalence with one archive and the fault cases are in tests/test_collection.py."""

from __future__ import annotations

import json
import time
import warnings

import pytest

from conftest import run_cli


def _line(ident: str, title: str) -> str:
    body = f"{title}: the council met on Monday to discuss the water supply of the district. " * 4
    return json.dumps({"id": ident, "title": title, "body": body, "published": "2022-05-04"}) + "\n"


def test_small_files_go_together_up_to_a_mebibyte_and_a_big_one_alone(tmp_path, monkeypatch):
    from archive import shard_import

    monkeypatch.setattr(shard_import, "TASK_BYTES", 1000)
    monkeypatch.setattr(shard_import, "BIG_FILE", 5000)
    for name, size in (("a", 400), ("b", 400), ("c", 400), ("d", 6000), ("e", 100)):
        (tmp_path / f"{name}.txt").write_text("x" * size)
    tasks = shard_import.read_tasks([tmp_path])
    assert [[name.rsplit("/", 1)[1] for name, _ in task] for task in tasks] == [
        ["a.txt", "b.txt", "c.txt"], ["d.txt"], ["e.txt"]]


def test_a_read_keeps_its_articles_and_summarises_them(tmp_path):
    from archive.collection import shard_of
    from archive.extract.article import BatchDefaults
    from archive.readers.records import ReaderOptions
    from archive.shard_import import Met, pick, read_and_build, summary_of

    export = tmp_path / "export.jsonl"
    export.write_text(_line("w1", "Water cuts in the north") + "not json\n" + _line("w2", "Wells dug in the south"))
    read = read_and_build([(str(export), True)], BatchDefaults(), ReaderOptions(None), 4)
    [(path, size, items)] = summary_of(read)
    assert (path, size) == (str(export), export.stat().st_size)
    met = [item for item in items if isinstance(item, Met)]
    assert len(met) == 2 and len(items) == 3  # the bad line is a failure, as it is
    assert [m.position for m in met] == [0, 1]
    assert [m.id for m in met] == [item.article.id for item in read.built]
    assert [m.where for m in met] == [f"{export}:1", f"{export}:3"]
    assert all(m.shard == shard_of(m.id, 4) for m in met)
    assert [m.content_hash for m in met] == [item.article.content_hash for item in read.built]
    assert [item.article.id for item in pick(read, [1]).built] == [met[1].id]
    assert read.__sizeof__() > 25 * len(read.built[0].article.body)


def test_no_article_crosses_the_coordinator_and_nothing_stays_held(tmp_path):
    """The coordinator sees only summaries (no graph carries built articles: Dask warned of
    ~22 MiB a write task before), and the cluster holds no result once the import returns."""
    from dask.distributed import Client, LocalCluster

    from archive import collection, shard_import

    export = tmp_path / "export.jsonl"
    export.write_text("".join(_line(f"n{k}", f"Report number {k} on the district's wells") for k in range(30)))
    found = collection.create(tmp_path / "c.json", 3)
    taken = []
    take = shard_import.CollectionImport._take

    def spying(self, read, summary, on_file, on_bytes):
        taken.append(summary.result())
        return take(self, read, summary, on_file, on_bytes)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        shard_import.CollectionImport._take = spying
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", UserWarning)  # "Sending large graph of size ..."
                report = shard_import.CollectionImport(found, client, batch_size=4).run([export])
        finally:
            shard_import.CollectionImport._take = take
        deadline = time.monotonic() + 10
        while any(client.has_what().values()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(client.has_what().values())
    assert report.imported == 30 and report.failed == 0
    items = [item for results in taken for _, _, file_items in results for item in file_items]
    assert len(items) == 30 and all(isinstance(item, shard_import.Met) for item in items)
    counts = [len(run_cli("search", shard, "district", "--json").output) for shard in found.shards]
    assert all(counts)
