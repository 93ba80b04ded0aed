"""The articles table opens with the usual columns, but its CSV and JSON exports carry every
column: a researcher downloading the table does not silently lose the other columns
(datasette_plugins/columns.py). Columns chosen by hand are exported as chosen, and the page says so."""

import csv
import html
import io
import json
import re

import sqlite_utils


def page_links(page: str, fmt: str) -> list:
    """Every link of the page to the articles table's ``fmt`` export (relative ones: the page's own)."""
    return [html.unescape(link) for link in re.findall(rf'href="(/archive/articles\.{fmt}[^"]*)"', page)]


def all_columns(sample_db) -> list:
    return [column.name for column in sqlite_utils.Database(sample_db)["articles"].columns]


async def test_exports_linked_from_the_usual_columns_carry_every_column(ds, sample_db):
    page = (await ds.client.get("/archive/articles")).text
    columns = all_columns(sample_db)
    assert len(re.findall(r'<th [^>]*data-column="', page)) <= 10  # the page shows the usual ones
    csv_links, json_links = page_links(page, "csv"), page_links(page, "json")
    assert csv_links and json_links
    for link in csv_links:
        response = await ds.client.get(link)
        assert response.status_code == 200, link
        header = next(csv.reader(io.StringIO(response.text)))
        assert set(columns) <= set(header), (link, set(columns) - set(header))
    for link in json_links:
        text = (await ds.client.get(link)).text
        data = json.loads(text.splitlines()[0] if "_nl=on" in link else text)  # newline-delimited: one row a line
        if "_nl=on" in link:
            first = data
        elif isinstance(data, list):  # _shape=array
            first = data[0]
        elif "rows" in data:  # the default shape
            first = data["rows"][0]
        else:  # _shape=object: {id: row}
            first = next(iter(data.values()))
        assert set(columns) <= set(first), (link, set(columns) - set(first))
    note = re.search(r'<p class="archive-export-columns" data-exports="all">(.*?)</p>', page, re.S).group(1)
    assert f"export all {len(columns)} columns" in note


async def test_export_of_every_row_and_column_keeps_the_filters(ds, sql):
    outlet = sql("select outlet, count(*) as n from articles where outlet is not null group by outlet "
                 "order by n desc limit 1")[0]
    page = (await ds.client.get(f"/archive/articles?outlet={outlet['outlet']}")).text
    link = html.unescape(re.search(r'class="archive-export-all-csv" href="([^"]+)"', page).group(1))
    assert f"outlet={outlet['outlet']}" in link and "_stream=on" in link
    rows = list(csv.DictReader(io.StringIO((await ds.client.get(link)).text)))
    assert len(rows) == outlet["n"] and {"body", "content_hash", "source_path"} <= set(rows[0])


async def test_columns_chosen_by_hand_are_exported_as_chosen_and_said(ds, sample_db):
    page = (await ds.client.get("/archive/articles?_col=title&_col=body")).text
    note = re.search(r'<p class="archive-export-columns" data-exports="chosen">(.*?)</p>', page, re.S).group(1)
    assert "export the 3 columns shown (id, title, body)" in note
    chosen = [link for link in page_links(page, "csv") if "_col=body" in link][0]
    header = next(csv.reader(io.StringIO((await ds.client.get(chosen)).text)))
    assert set(header) <= {"id", "title", "body"}
    every = html.unescape(re.search(r'class="archive-export-all-csv" href="([^"]+)"', page).group(1))
    header = next(csv.reader(io.StringIO((await ds.client.get(every)).text)))
    assert set(all_columns(sample_db)) <= set(header)


async def test_the_mark_of_the_usual_columns_only_widens_exports(ds):
    # On the page, ?_columns=usual alone still shows the usual columns (not all of them).
    page = (await ds.client.get("/archive/articles?_columns=usual")).text
    assert len(re.findall(r'<th [^>]*data-column="', page)) <= 10
    # Another table's export is left alone.
    response = await ds.client.get("/archive/outlets.csv?_col=name&_columns=usual")
    assert next(csv.reader(io.StringIO(response.text))) == ["id", "name"]
