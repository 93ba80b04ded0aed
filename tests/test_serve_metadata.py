"""'archive serve' metadata: facets that read every row are left out for a large archive."""

import archive.serving as serving_module
from archive.cli import find_metadata, metadata_for


def facets(metadata, db):
    return metadata["databases"][db.stem]["tables"]["articles"]["facets"]


def test_small_archive_keeps_every_facet(sample_db):
    assert {"values": "places"} in facets(metadata_for(sample_db, find_metadata()), sample_db)


def test_large_archive_leaves_row_reading_facets_a_click_away(sample_db, monkeypatch):
    monkeypatch.setattr(serving_module, "LARGE_ARCHIVE", 10)
    metadata = metadata_for(sample_db, find_metadata())
    kept = facets(metadata, sample_db)
    assert kept == [{"counted": column} for column in ("outlet", "year", "month", "language")]
    description = metadata["databases"][sample_db.stem]["tables"]["articles"]["description_html"]
    assert "?_facet_values=places" in description and "/-/entities" in description


async def test_list_facets_count_what_datasettes_array_facet_counts(ds, sample_db):
    """Our facet for the list columns (datasette_plugins.facets) against Datasette's own, which
    reads every row with a DISTINCT over whole rows: the same values, counts and filters."""
    name = sample_db.stem
    for column in ("tags", "places", "organisations"):
        ours = (await ds.client.get(f"/{name}/articles.json", params={"_facet_values": column, "_facet_size": "max"})).json()
        theirs = (await ds.client.get(f"/{name}/articles.json", params={"_facet_array": column, "_facet_size": "max"})).json()
        ours, theirs = ours["facet_results"][column], theirs["facet_results"][column]
        assert ours["type"] == "values"
        assert [(r["value"], r["count"]) for r in ours["results"]] == [(r["value"], r["count"]) for r in theirs["results"]]
        assert ours["results"], column
        chosen = ours["results"][0]
        assert f"{column}__arraycontains=" in chosen["toggle_url"]
    # the page shows them by default (the sample is small), and a filter keeps working
    html = (await ds.client.get(f"/{name}/articles")).text
    assert "_facet_values=tags" in html or "tags__arraycontains" in html
    tags = (await ds.client.get(f"/{name}/articles.json", params={"_facet_values": "tags"})).json()
    first = tags["facet_results"]["tags"]["results"][0]
    chosen = (await ds.client.get(f"/{name}/articles.json", params={
        "_facet_values": "tags", "tags__arraycontains": first["value"], "_size": "max"})).json()
    assert len(chosen["rows"]) == first["count"]


async def test_list_facet_on_a_hostile_column_is_not_a_500(ds, sample_db):
    for column in ('tags"; drop table articles; --', "nope", "title"):
        response = await ds.client.get(f"/{sample_db.stem}/articles", params={"_facet_values": column})
        assert response.status_code in (200, 400), (column, response.status_code)


async def test_filtered_table_counts_its_column_facets_from_indexes(sample_db):
    """Filtered by one column facet, the table page counts the others (and itself) from a covering
    index, never by reading the rows: what keeps a 1M-row archive's facets within their limit."""
    import sqlite3

    from datasette.app import Datasette

    from indexer.schema import FACET_COLUMNS

    ds = Datasette([str(sample_db)], metadata=metadata_for(sample_db, find_metadata()),
                   settings={"trace_debug": True, "sql_time_limit_ms": 2000})
    name = sample_db.stem
    conn = sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True)
    try:
        for column in FACET_COLUMNS:
            value = conn.execute(f"select {column} from articles where {column} is not null "
                                 f"group by {column} order by count(*) desc").fetchone()[0]
            response = await ds.client.get(f"/{name}/articles.json", params={column: str(value), "_trace": "1"})
            assert response.status_code == 200
            data = response.json()
            assert set(FACET_COLUMNS) <= set(data["facet_results"]), column
            facet_sql = [t for t in data["_trace"]["traces"]
                         if any((t["sql"] or "").startswith(f"select {c} as value, count(*) as count from (")
                                for c in FACET_COLUMNS)]
            assert len(facet_sql) >= len(FACET_COLUMNS), column
            for trace in facet_sql:
                plan = " / ".join(row[3] for row in conn.execute("explain query plan " + trace["sql"], trace["params"]))
                assert "COVERING INDEX" in plan and "SCAN articles" not in plan.replace("SCAN articles USING", ""), (
                    column, trace["sql"][:80], plan)
    finally:
        conn.close()
