"""A collection served by one Datasette (issue #19): each shard a database, the search page, its
exports and the article pages answering across shards as the single archive of the same articles
answers; whoosh_search() per shard; SQL across shards through _memory; a missing shard named.

The sample is imported as one archive (conftest's sample_db) and as three shards through a Dask
LocalCluster on loopback (threads: worker processes start slowly on this shared machine)."""

from __future__ import annotations

import json
import re

import pytest

from conftest import ROOT, SAMPLE, datasette_for

SHARDS = 3


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    found = collection.create(tmp_path_factory.mktemp("served") / "c.json", SHARDS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report = CollectionImport(found, client, batch_size=20).run([SAMPLE])
    assert report.imported == 50 and report.failed == 0
    return found


def serving(found):
    from datasette.app import Datasette

    from archive.serving import collection_metadata, serve_settings

    return Datasette([str(s) for s in found.shards], crossdb=True,
                     metadata=collection_metadata(found, ROOT / "metadata.yml"), settings=serve_settings(2000))


@pytest.fixture
def cds(shards):
    return serving(shards)


def _count(html: str) -> int:
    return int(re.search(r"<strong>([\d,]+)</strong> articles? match", html).group(1).replace(",", ""))


def _facet(html: str, name: str) -> dict:
    section = re.search(rf'data-facet="{name}".*?</section>', html, re.S)
    if not section:
        return {}
    return {value: int(n.replace(",", "")) for value, n in re.findall(
        r'data-filter-text="([^"]*)".*?class="count">([\d,]+)<', section.group(0), re.S)}


QUERIES = ["government", "ISIS", '"al-Hol"', "camp AND children", "Syria NOT Turkey", "Baghouz"]


@pytest.mark.parametrize("query", QUERIES)
async def test_the_search_page_answers_as_the_single_archive(cds, sample_db, query):
    one = datasette_for(sample_db)
    ours = await cds.client.get("/-/search", params={"q": query, "collapse": "0"})
    theirs = await one.client.get("/-/search", params={"q": query, "collapse": "0"})
    assert ours.status_code == theirs.status_code == 200
    assert _count(ours.text) == _count(theirs.text) > 0
    for name in ("outlet", "year", "place", "organisation"):
        assert _facet(ours.text, name) == _facet(theirs.text, name), name
    # A tag is one whatever its case; which spelling names it (and so where ties fall at the cut
    # of 12) depends on the shard met first: all the tags are compared, case folded.
    fold = lambda facet: {k.lower(): n for k, n in facet.items()}  # noqa: E731
    tags = [(await ds.client.get("/-/search", params={"q": query, "collapse": "0", "more": "tag"})).text
            for ds in (cds, one)]
    assert fold(_facet(tags[0], "tag")) == fold(_facet(tags[1], "tag"))
    assert "Partial" not in ours.text
    # The same timeline and map of the hits, drawn from the summed counts.
    overview = lambda html: re.search(r'<section class="archive-hits-overview".*?</section>', html, re.S)  # noqa: E731
    assert overview(theirs.text) and overview(ours.text).group(0) == overview(theirs.text).group(0)
    # The same hits (shown in the page, with their highlighted titles and metadata).
    hits = lambda html: re.findall(r'href="/-/article/([0-9a-f]{16})"', html)  # noqa: E731
    assert sorted(set(hits(ours.text))) == sorted(set(hits(theirs.text)))
    assert ours.text.count('class="archive-hit"') == theirs.text.count('class="archive-hit"')


async def test_the_json_export_has_every_hit_and_facets_that_add_up(cds, sample_db):
    one = datasette_for(sample_db)
    ours = (await cds.client.get("/-/search.json", params={"q": "ISIS"})).json()
    theirs = (await one.client.get("/-/search.json", params={"q": "ISIS"})).json()
    assert ours["total"] == theirs["total"] == len(ours["hits"]) > 0
    assert [h["score"] for h in ours["hits"]] == pytest.approx([h["score"] for h in theirs["hits"]], abs=1e-3)
    assert sorted(h["id"] for h in ours["hits"]) == sorted(h["id"] for h in theirs["hits"])
    for name in ("outlet", "year", "tag", "place", "organisation"):
        key = (lambda v: v.lower() if isinstance(v, str) else v) if name == "tag" else (lambda v: v)
        values = {key(item["value"]): item["count"] for item in ours["facets"][name]}
        assert values == {key(item["value"]): item["count"] for item in theirs["facets"][name]}, name
        if name in ("outlet", "year"):  # one value each, the hits without one in a last bucket
            assert sum(values.values()) == ours["total"]
    csv = (await cds.client.get("/-/search.csv", params={"q": "ISIS"})).text
    assert csv.count("\r\n") == ours["total"] + 1


async def test_article_pages_and_citations_come_from_their_shard(cds, shards, sample_db):
    import sqlite3

    from archive.collection import shard_of

    for number, shard in enumerate(shards.shards):
        conn = sqlite3.connect(shard)
        article_id, title = conn.execute("select id, title from articles order by id limit 1").fetchone()
        conn.close()
        assert shard_of(article_id, SHARDS) == number
        page = await cds.client.get(f"/-/article/{article_id}")
        assert page.status_code == 200
        assert str(__import__("markupsafe").escape(title)) in page.text
        ris = await cds.client.get(f"/-/article/{article_id}.ris")
        assert ris.status_code == 200 and article_id in ris.text
    assert (await cds.client.get("/-/article/0123456789abcdef")).status_code == 404


async def test_sql_per_shard_and_across_shards(cds, shards):
    total = 0
    for shard in shards.shards:
        sql = "select count(*) as n from articles where id in (select value from json_each(whoosh_search('ISIS')))"
        answer = await cds.client.get(f"/{shard.stem}.json", params={"sql": sql, "_shape": "array"})
        assert answer.status_code == 200, answer.text
        total += answer.json()[0]["n"]
    export = (await cds.client.get("/-/search.json", params={"q": "ISIS"})).json()
    assert total == export["total"]
    union = " union all ".join(f"select id from [{s.stem}].articles" for s in shards.shards)
    answer = await cds.client.get("/_memory.json", params={"sql": f"select count(*) as n from ({union})",
                                                            "_shape": "array"})
    assert answer.status_code == 200, answer.text
    assert answer.json()[0]["n"] == 50
    page = (await cds.client.get("/-/search", params={"q": "ISIS"})).text
    assert all(f'href="/{s.stem}"' in page for s in shards.shards)


async def test_a_missing_shard_is_named_on_the_page_and_the_export_refuses(cds, shards):
    full = (await cds.client.get("/-/search.json", params={"q": "ISIS"})).json()["total"]
    shard = shards.shards[1]
    aside = shard.with_suffix(".away")
    shard.rename(aside)
    try:
        page = await cds.client.get("/-/search", params={"q": "ISIS"})
        assert page.status_code == 200
        assert "Partial: 1 of 3 shards could not be searched (shards/shard-001.db: no such file)" in page.text
        assert _count(page.text) < full
        export = await cds.client.get("/-/search.csv", params={"q": "ISIS"})
        assert export.status_code == 503
        assert export.json()["missing_shards"] == [{"shard": "shards/shard-001.db", "why": "no such file"}]
    finally:
        aside.rename(shard)
    page = await cds.client.get("/-/search", params={"q": "ISIS"})
    assert "Partial" not in page.text and _count(page.text) == full


async def test_the_collection_search_page_escapes(cds):  # the other pages: test_collection_pages.py
    page = await cds.client.get("/-/search", params={"q": '<script>alert(1)</script> "unclosed'})
    assert "<script>alert(1)" not in page.text


@pytest.mark.parametrize("narrowing", [{"entity": "place:al-hol-camp"}, {"missing": "outlet"},
                                       {"entity": ["place:al-hol-camp", "organisation:syrian-democratic-forces"]},
                                       {"missing": "year", "entity": "place:al-hol-camp"}])
async def test_narrowing_to_places_and_missing_values_as_the_single_archive(cds, sample_db, narrowing):
    one = datasette_for(sample_db)
    params = {"q": "ISIS OR camp", "collapse": "0", **narrowing}
    ours = await cds.client.get("/-/search", params=params)
    theirs = await one.client.get("/-/search", params=params)
    assert ours.status_code == theirs.status_code == 200
    assert _count(ours.text) == _count(theirs.text) > 0
    for name in ("outlet", "year", "place", "organisation"):
        assert _facet(ours.text, name) == _facet(theirs.text, name), name
    hits = lambda html: re.findall(r'<h3 dir="auto"><a href="/-/article/([0-9a-f]{16})"', html)  # noqa: E731
    assert sorted(hits(ours.text)) == sorted(hits(theirs.text))
    filters = lambda html: re.findall(r'class="archive-filter"[^>]*>([^<]*)<', html)  # noqa: E731
    assert filters(ours.text) == filters(theirs.text)
    export = (await cds.client.get("/-/search.json", params=params)).json()
    single = (await one.client.get("/-/search.json", params=params)).json()
    assert export["total"] == single["total"] == _count(ours.text)
    assert sorted(h["id"] for h in export["hits"]) == sorted(h["id"] for h in single["hits"])


async def test_the_plugin_serves_one_archive_as_before(sample_db):
    """Without a collection in its config the routes are the single archive's."""
    one = datasette_for(sample_db)
    page = await one.client.get("/-/search", params={"q": "ISIS"})
    assert page.status_code == 200 and "Partial" not in page.text and _count(page.text) > 0
    assert (await one.client.get("/-/timeline")).status_code == 200


async def test_searches_on_a_dask_scheduler_answer_the_same(shards):
    """``archive serve COLLECTION --scheduler``: the shards are searched on the cluster's workers."""
    from dask.distributed import LocalCluster

    from datasette.app import Datasette

    from archive.serving import collection_metadata, serve_settings

    here = serving(shards)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        remote = Datasette([str(s) for s in shards.shards], settings=serve_settings(2000),
                           metadata=collection_metadata(shards, ROOT / "metadata.yml", scheduler=cluster.scheduler_address))
        for query in ("ISIS", '"al-Hol"'):
            ours = await remote.client.get("/-/search", params={"q": query})
            theirs = await here.client.get("/-/search", params={"q": query})
            assert ours.status_code == 200 and "Partial" not in ours.text
            assert _count(ours.text) == _count(theirs.text) > 0
            assert _facet(ours.text, "outlet") == _facet(theirs.text, "outlet")
        # The figures page's search and "did you mean" run on the workers too (shard_ids, shard_spelling).
        figures = r'<section class="archive-figures-summary".*?</section>'
        ours = (await remote.client.get("/-/figures", params={"q": "camp"})).text
        theirs = (await here.client.get("/-/figures", params={"q": "camp"})).text
        assert re.search(figures, ours, re.S).group(0) == re.search(figures, theirs, re.S).group(0)
        assert "Partial" not in ours
        offered = (await remote.client.get("/-/search", params={"q": "goverment"})).text
        assert "Did you mean <a" in offered and ">government</a>" in offered
    # The scheduler gone: the page says so (503), without a count.
    gone = await remote.client.get("/-/search", params={"q": "ISIS"})
    assert gone.status_code == 503 and "articles match" not in gone.text
