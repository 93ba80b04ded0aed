"""The pages that count over the whole archive, served for a collection of shards (issue #19):
``/-/timeline``, ``/-/map``, ``/-/entities`` and ``/-/figures`` count in each shard's SQLite and add
up, and draw the single archive's page for the same articles: the same counts, charts and tables.
A shard that cannot be read is named on the page, never left out silently.

The sample is imported as one archive (conftest's sample_db) and as four shards through a Dask
LocalCluster on loopback (threads: worker processes start slowly on this shared machine)."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SAMPLE, datasette_for

SHARDS = 4


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    from dask.distributed import Client, LocalCluster

    from archive import collection
    from archive.shard_import import CollectionImport

    found = collection.create(tmp_path_factory.mktemp("pages") / "c.json", SHARDS)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        report = CollectionImport(found, client, batch_size=20).run([SAMPLE])
    assert report.imported == 50 and report.failed == 0
    return found


@pytest.fixture
def cds(shards):
    from datasette.app import Datasette

    from archive.serving import collection_metadata, serve_settings

    return Datasette([str(s) for s in shards.shards], crossdb=True,
                     metadata=collection_metadata(shards, ROOT / "metadata.yml"), settings=serve_settings(2000))


@pytest.fixture
def one(sample_db):
    return datasette_for(sample_db)


def unlinked(html: str) -> str:
    """Links left out: a collection has no single table for a timeline bar's month (or its undated
    articles) to open."""
    html = re.sub(r' · <a href="[^"]*">list them</a>', "", html)
    return re.sub(r'<a href="[^"]*">|</a>', "", html)


def part(html: str, pattern: str) -> str:
    found = re.search(pattern, html, re.S)
    assert found, pattern
    return found.group(0).strip()


async def pages(cds, one, path: str, params=None, status: int = 200) -> tuple:
    ours = await cds.client.get(path, params=params)
    theirs = await one.client.get(path, params=params)
    assert ours.status_code == theirs.status_code == status, (path, params, ours.text[:300])
    assert "Partial" not in ours.text
    return ours.text, theirs.text


TIMELINES = [{}, {"series": "published"}, {"series": "events"}, {"outlet": "Khabur Daily"},
             {"outlet": "Camps Watch", "series": "events"}, {"outlet": "No such outlet"}]


@pytest.mark.parametrize("params", TIMELINES)
async def test_the_timeline_counts_as_the_single_archive(cds, one, params):
    ours, theirs = await pages(cds, one, "/-/timeline", params)
    chart = r'<figure class="archive-figure archive-timeline-figure">.*?</figure>'
    assert unlinked(part(ours, chart)) == unlinked(part(theirs, chart))
    if params in TIMELINES[:4]:
        assert 'data-count="' in part(ours, chart)
    outlets = r'<select name="outlet".*?</select>'
    assert part(ours, outlets) == part(theirs, outlets)
    assert ours.count("option value=") > 3


async def test_the_map_and_the_list_of_places_count_as_the_single_archive(cds, one):
    ours, theirs = await pages(cds, one, "/-/map")
    content = r'<section class="content">.*</section>\s*</div>\s*<footer'
    assert part(ours, content) == part(theirs, content)  # the map, its key and every place, links and all
    assert ours.count("data-entity=") > 20
    for params in ({}, {"kind": "place"}, {"kind": "organisation"}, {"find": "camp"}):
        ours, theirs = await pages(cds, one, "/-/entities", params)
        listed = r'<div class="archive-entity-columns">.*</table>'
        assert part(ours, listed) == part(theirs, listed), params
        counts = [int(n.replace(",", "")) for n in re.findall(r'<td class="count">([\d,]+)</td>', ours)]
        assert sum(counts) > 0


FIGURES = [{}, {"kind": "detained"}, {"entity": "place:al-hol-camp"},
           {"entity": "place:al-hol-camp", "near": "sentence"}, {"source": "organisation:united-nations"},
           {"tag": "ISIS"}, {"q": "camp"}, {"q": "camp", "kind": "population", "scale": "log"},
           {"entity": "place:nowhere-at-all"}]


@pytest.mark.parametrize("params", FIGURES)
async def test_the_figures_page_counts_as_the_single_archive(cds, one, params):
    ours, theirs = await pages(cds, one, "/-/figures", params)
    # Counts, chart, days (highest and latest), every figure and the undated ones: all the same.
    figures = r'<section class="archive-figures-summary".*?(?=<p class="archive-note">Also: <a|</section>\s*</div>\s*<footer)'
    assert part(ours, figures) == part(theirs, figures)
    # The form's choices: kinds with their counts, places, sources; tags (a tag's case is the
    # spelling its shard met first, as for the search page's tags).
    for select in ("kind", "entity", "source"):
        pattern = rf'<select name="{select}".*?</select>'
        assert part(ours, pattern) == part(theirs, pattern), select
    tags = r'<select name="tag".*?</select>'
    assert part(ours, tags).lower() == part(theirs, tags).lower()


async def test_a_search_the_figures_page_cannot_run_is_refused_alike(cds, one):
    ours, theirs = await pages(cds, one, "/-/figures", {"q": '"unclosed'}, status=400)
    error = r'class="message-error[^"]*"[^>]*>.*?</p>'
    assert part(ours, error) == part(theirs, error)


async def test_a_missing_shard_is_named_on_every_page(cds, shards):
    full = {}
    for path in ("/-/timeline", "/-/map", "/-/entities", "/-/figures", "/-/entity/place:al-hol-camp"):
        full[path] = (await cds.client.get(path)).text
    shard = shards.shards[1]
    aside = shard.with_suffix(".away")
    shard.rename(aside)
    try:
        for path in full:
            page = await cds.client.get(path)
            assert page.status_code == 200, path
            assert ("Partial: 1 of 4 shards could not be read (shards/shard-001.db: no such file). "
                    "The counts below leave their articles out.") in page.text, path
            assert page.text.count("archive-partial") == 1
        figures = (await cds.client.get("/-/figures")).text
        counted = lambda html: int(re.search(r'data-count="figures">([\d,]+)<', html).group(1).replace(",", ""))  # noqa: E731
        assert counted(figures) < counted(full["/-/figures"])
        searched = await cds.client.get("/-/figures", params={"q": "camp"})
        assert "Partial: 1 of 4" in searched.text
    finally:
        aside.rename(shard)
    for path, html in full.items():
        page = (await cds.client.get(path)).text
        assert "Partial" not in page and page == html, path


async def test_the_pages_escape_what_they_are_given(cds):
    for path, params in (("/-/figures", {"q": "<script>alert(1)</script>"}),
                         ("/-/timeline", {"outlet": "<script>alert(1)</script>"}),
                         ("/-/entities", {"find": "<script>alert(1)</script>"})):
        page = await cds.client.get(path, params=params)
        assert page.status_code in (200, 400) and "<script>alert(1)" not in page.text, path


ENTITIES = ["place:al-hol-camp", "organisation:syrian-democratic-forces", "place:hasakah",
            "organisation:united-nations"]


@pytest.mark.parametrize("entity", ENTITIES)
async def test_an_entitys_page_counts_as_the_single_archive(cds, one, entity):
    for params in ({}, {"with": "all"}, {"outlets": "all"}):
        ours, theirs = await pages(cds, one, f"/-/entity/{entity}", params)
        # Its articles, co-mentioned entities, outlets, months, latest articles and figures; the
        # links to its articles open the search page instead of one archive's table.
        content = r'<section class="content">.*</section>\s*</div>\s*<footer'
        assert unlinked(part(ours, content)) == unlinked(part(theirs, content)), params
        assert 'data-count="' in ours
    page = (await cds.client.get("/-/entity/place:al-hol-camp")).text
    link = re.search(r'href="(/-/search\?[^"]*entity=place%3Aal-hol-camp[^"]*)"', page)
    assert link, "the articles mentioning it: a search narrowed to it"
    search = await cds.client.get(link.group(1).replace("&amp;", "&"))
    assert search.status_code == 200 and "articles match" in search.text
    assert (await cds.client.get("/-/entity/place:nowhere-at-all")).status_code == 404


@pytest.mark.parametrize("params", [{}, {"kind": "detained"}, {"q": "camp"}, {"per": "day"},
                                    {"q": "camp", "per": "day"}, {"entity": "place:al-hol-camp", "near": "sentence"}])
async def test_the_figures_csv_is_the_single_archives(cds, one, params):
    ours = await cds.client.get("/-/figures.csv", params=params)
    theirs = await one.client.get("/-/figures.csv", params=params)
    assert ours.status_code == theirs.status_code == 200
    assert ours.text == theirs.text and ours.text.count("\n") > 5  # byte for byte, in the same order
    assert ours.headers["content-disposition"] == theirs.headers["content-disposition"]


async def test_the_figures_csv_refuses_when_a_shard_is_missing(cds, shards):
    shard = shards.shards[2]
    aside = shard.with_suffix(".away")
    shard.rename(aside)
    try:
        answer = await cds.client.get("/-/figures.csv")
        assert answer.status_code == 503
        assert answer.json()["missing_shards"] == [{"shard": "shards/shard-002.db", "why": "no such file"}]
    finally:
        aside.rename(shard)


MISSPELT = ["goverment", "Ghuwayrn prison", "childen AND repatriaton", "humanitarain", "Turky", "repatraition",
            "millitary", "kurdsh forces", "xqzv", "government"]


async def test_did_you_mean_is_the_single_archives_from_every_shards_words(cds, one, shards, sample_db):
    from archive.shard_spelling import collection_suggestion
    from datasette_plugins.archive_db import index_for_path

    single = index_for_path(sample_db)
    ours = [collection_suggestion(shards, q) for q in MISSPELT]
    assert ours == [single.suggest(q) for q in MISSPELT]
    assert sum(1 for s in ours if s) >= 6
    # A shard alone would suggest otherwise for some (a word common in the others, rare in it).
    alone = [[index_for_path(shard).suggest(q) for q in MISSPELT] for shard in shards.shards]
    assert any(answers != ours for answers in alone)
    offered = lambda html: re.findall(r'class="archive-suggestion">.*?</p>', html)  # noqa: E731
    # (not "Ghuwayrn prison": one archive now finds it by the name's one-edit spelling, a sound-alike;
    # a collection searches without sound-alikes, federated.SHARD_SEARCH_OPTIONS, and offers the spelling)
    for q in ("goverment", "millitary prison"):
        page, theirs = await pages(cds, one, "/-/search", {"q": q})
        assert offered(page) == offered(theirs) and offered(page), q


@pytest.mark.parametrize("q", ["go", "gov", "ca", "Ghu", "the Deir e", "children AND re", "syr", "hum"])
async def test_suggestions_as_one_types_come_from_every_shard(cds, one, q):
    ours = (await cds.client.get("/-/suggest", params={"q": q})).json()
    theirs = (await one.client.get("/-/suggest", params={"q": q})).json()
    assert ours == theirs and ours["suggestions"], q


def test_archive_search_on_a_collection_says_did_you_mean_as_one_archive(shards, sample_db):
    import json

    from conftest import run_cli

    ours, theirs = run_cli("search", shards.path, "millitary prison"), run_cli("search", sample_db, "millitary prison")
    assert ours.exit_code == theirs.exit_code == 0, ours.output
    said = lambda out: [line for line in out.splitlines() if line.startswith("Did you mean")]  # noqa: E731
    assert said(ours.output) == said(theirs.output) == ["Did you mean: military prison"]
    answer = json.loads(run_cli("search", shards.path, "goverment", "--json").output)
    assert answer["suggestion"] == "government"


async def test_a_days_latest_figure_by_capture_time_as_the_single_archive(shards, sample_db, tmp_path):
    """Articles a crawler captured (WARC): a day's latest figure is that of the article captured
    last, known when every article of the day has a capture time of its own; here some days are
    known, some not (a capture time shared by two articles), merged across shards as one archive."""
    import shutil
    import sqlite3

    from datasette.app import Datasette

    from archive import collection
    from archive.serving import collection_metadata, serve_settings

    single = tmp_path / "one" / "archive.db"
    single.parent.mkdir()
    for found in sample_db.parent.iterdir():
        (shutil.copytree if found.is_dir() else shutil.copy)(found, single.parent / found.name)
    shutil.copytree(shards.path.parent, tmp_path / "many")
    copied = collection.load(tmp_path / "many" / shards.path.name)
    # The articles with figures put on two days, so that each day has articles in several shards;
    # the same capture times in both, a function of the id: on the first day each its own (the
    # latest known), on the second two share one (not known).
    day = "case when substr(id, 1, 1) between '2' and '7' then '2022-01-20' else '2022-02-02' end"
    statements = [
        f"update articles set published = {day} where id in (select article_id from figures)",
        "update figures set published = (select a.published from articles a where a.id = figures.article_id), "
        "month = substr((select a.published from articles a where a.id = figures.article_id), 1, 7)",
        "update articles set captured_at = published || 'T' || case when substr(id, 1, 1) in ('0', '1') "
        "then '00' else substr(id, 1, 6) end where published is not null",
    ]
    for db in [single] + list(copied.shards):
        conn = sqlite3.connect(db)
        with conn:
            for statement in statements:
                conn.execute(statement)
        conn.close()
    async def csv_text(ds) -> str:
        return (await ds.client.get("/-/figures.csv", params={"per": "day"})).text

    one = datasette_for(single)
    many = Datasette([str(s) for s in copied.shards], crossdb=True, settings=serve_settings(2000),
                     metadata=collection_metadata(copied, ROOT / "metadata.yml"))
    for params in ({}, {"kind": "population"}, {"q": "camp"}):
        ours, theirs = await pages(many, one, "/-/figures", params)
        days = r'<section id="days">.*?</section>'
        assert part(ours, days) == part(theirs, days), params
        assert "Partial" not in ours
    page = part(ours, r'<section id="days">.*?</section>')
    assert "2022-01-20" in page and "2022-02-02" in page

    csv = [await csv_text(ds) for ds in (many, one)]
    assert csv[0] == csv[1]
    known = [line for line in csv[0].splitlines() if line.startswith("2022-01-20")]
    unknown = [line for line in csv[0].splitlines() if line.startswith("2022-02-02")]
    assert known and "not known" not in known[0] and unknown and "not known" in unknown[0]
