"""Citations: the article page's "Cite this article", its RIS, BibTeX and CSL-JSON downloads, a
search's hits as the same, provenance without the machine's paths, and hostile text escaped."""

import json
import re

import pytest
import sqlite_utils

from conftest import datasette_for, run_cli

HOSTILE_TITLE = "<script>alert(1)</script> Tom & Jerry's 50% {raise} #1 _x_ $5 ~ ^ \\ end"


@pytest.fixture(scope="module")
def cite_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cite") / "collection"
    folder.mkdir()
    records = [
        {"id": "hostile", "title": HOSTILE_TITLE, "outlet": "Rudaw & <b>Co</b>", "published": "2019-03-12",
         "author": "Dara Sleman; Mona Khalil", "url": "https://example.org/news/2019/03/12/camp?x=1&y={2}",
         "body": "Aid workers described conditions in the camp after the fighting ended. <script>alert(2)</script>"},
        {"id": "formula", "title": "=HYPERLINK(\"http://evil.example\", \"camp\")", "author": "@someone",
         "body": "The camp committee met again about water, food and the clinic in the camp."},
        {"id": "bare", "title": "Camp population falls again",
         "body": "The camp population fell again this month, officials in the camp said on the radio."},
    ]
    source = folder / "batch.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    path = folder.parent / "archive.db"
    result = run_cli("import", path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def cds(cite_db):
    return datasette_for(cite_db)


def article(db_path, where: str) -> dict:
    return next(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name, i.started from articles a left join outlets o on o.id = a.outlet "
        f"left join imports i on i.id = a.first_import_id where {where}"))


async def test_article_page_shows_a_citation(ds, sample_db):
    row = article(sample_db, "a.url is not null and a.outlet is not null and length(a.published) = 10 "
                             "and a.author is not null")
    html = (await ds.client.get(f"/-/article/{row['id']}")).text
    cite = re.search(r'<p class="archive-citation">(.*?)</p>', html, re.S).group(1)
    text = re.sub(r"<[^>]+>", "", cite).replace("&amp;", "&").replace("&#39;", "'")
    year, month, day = row["published"].split("-")
    months = "January February March April May June July August September October November December".split()
    assert f"{int(day)} {months[int(month) - 1]} {year}" in text
    assert row["outlet_name"] in text and row["title"].rstrip(".") in text and row["url"] in text
    archived = row["started"][:10].split("-")
    assert f"Archived {int(archived[2])} {months[int(archived[1]) - 1]} {archived[0]}" in text
    assert f"http://localhost/-/article/{row['id']}" in text, "the archive's permalink too"
    for fmt in ("ris", "bib", "csl.json"):
        assert f'href="/-/article/{row["id"]}.{fmt}"' in html


async def test_article_without_url_cites_the_permalink(cds, cite_db):
    row = article(cite_db, "a.url is null")
    html = (await cds.client.get(f"/-/article/{row['id']}")).text
    cite = re.sub(r"<[^>]+>", "", re.search(r'<p class="archive-citation">(.*?)</p>', html, re.S).group(1))
    assert f"undated. http://localhost/-/article/{row['id']}." in cite


async def test_ris_bibtex_and_csl_downloads(cds, cite_db):
    row = article(cite_db, "a.url is not null")
    ris = await cds.client.get(f"/-/article/{row['id']}.ris")
    assert ris.status_code == 200
    assert ris.headers["content-type"] == "application/x-research-info-systems; charset=utf-8"
    assert ris.headers["content-disposition"] == f'attachment; filename="{row["id"]}.ris"'
    lines = ris.text.split("\r\n")
    assert lines[0] == "TY  - NEWS" and lines[-2] == "ER  - " and lines[-1] == ""
    fields = [(line[:2], line[6:]) for line in lines if line]
    assert all(re.match(r"^[A-Z][A-Z0-9]  - ", line) for line in lines if line)
    assert ("TI", HOSTILE_TITLE) in fields
    assert ("AU", "Dara Sleman") in fields and ("AU", "Mona Khalil") in fields
    assert ("T2", row["outlet_name"]) in fields and ("DA", "2019/03/12") in fields and ("PY", "2019") in fields
    assert ("UR", row["url"]) in fields
    assert ("Y2", row["started"][:10].replace("-", "/")) in fields

    bib = await cds.client.get(f"/-/article/{row['id']}.bib")
    assert bib.headers["content-type"] == "application/x-bibtex; charset=utf-8"
    text = bib.text
    assert text.startswith("@article{rudaw2019script-")
    title = re.search(r"^  title = \{(.*)\},$", text, re.M).group(1)
    assert title == (r"<script>alert(1)</script> Tom \& Jerry's 50\% \{raise\} \#1 \_x\_ \$5 "
                     r"\textasciitilde{} \textasciicircum{} \textbackslash{} end")
    assert "  month = mar,\n" in text and "  year = {2019},\n" in text
    assert "  url = {https://example.org/news/2019/03/12/camp?x=1&y=%7B2%7D},\n" in text
    # Braces balance: a reader never runs past the entry.
    depth = 0
    for char in re.sub(r"\\[{}]", "", text):
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0

    csl = await cds.client.get(f"/-/article/{row['id']}.csl.json")
    assert csl.headers["content-type"] == "application/vnd.citationstyles.csl+json; charset=utf-8"
    [item] = csl.json()
    assert item["type"] == "article-newspaper" and item["title"] == HOSTILE_TITLE
    assert item["container-title"] == row["outlet_name"]
    assert item["issued"] == {"date-parts": [[2019, 3, 12]]}
    assert item["author"] == [{"literal": "Dara Sleman"}, {"literal": "Mona Khalil"}]
    assert item["URL"] == row["url"] and item["archive_location"] == f"http://localhost/-/article/{row['id']}"
    assert item["accessed"]["date-parts"][0] == [int(p) for p in row["started"][:10].split("-")]
    assert (await cds.client.get("/-/article/0000000000000000.ris")).status_code == 404


async def test_search_hits_download_as_citations(ds):
    total = (await ds.client.get("/-/search.json?q=Baghouz")).json()["total"]
    ris = await ds.client.get("/-/search.ris?q=Baghouz")
    assert ris.headers["content-type"].startswith("application/x-research-info-systems")
    assert ris.text.count("TY  - NEWS\r\n") == ris.text.count("ER  - \r\n") == total
    bib = await ds.client.get("/-/search.bib?q=Baghouz")
    keys = re.findall(r"^@article\{([^,]+),", bib.text, re.M)
    assert len(keys) == len(set(keys)) == total
    csl = await ds.client.get("/-/search.csl.json?q=Baghouz")
    items = csl.json()
    assert len(items) == total and {item["type"] for item in items} == {"article-newspaper"}


async def test_pages_escape_hostile_text(cds, cite_db):
    row = article(cite_db, "a.url is not null")
    for path in (f"/-/article/{row['id']}", "/-/search?q=camp", "/-/search?q=Jerry"):
        html = (await cds.client.get(path)).text
        assert "<script>alert(" not in html, path
        assert "<b>Co</b>" not in html, path
    html = (await cds.client.get(f"/-/article/{row['id']}")).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


async def test_provenance_shows_no_machine_path(cds, cite_db, ds, sample_db):
    row = article(cite_db, "a.url is not null")
    assert row["source_path"].startswith("/")
    html = (await cds.client.get(f"/-/article/{row['id']}")).text
    assert row["source_path"] not in html and str(cite_db.parent) not in html
    assert "<code>collection/batch.jsonl</code>" in html
    # The articles table shows the file's name in its source_path column, not the folders.
    table = (await ds.client.get(f"/{sample_db.stem}/articles?_size=100")).text
    assert "source_path" in table
    assert str(sample_db.parent) not in table and "/sample/" not in table.split("<table", 1)[1]


async def test_results_say_undated_and_by(ds, sql):
    html = (await ds.client.get("/-/search?q=al-Hol&collapse=0")).text
    metas = re.findall(r'<p class="archive-hit-meta">(.*?)</p>', html, re.S)
    assert any('<span class="undated archive-unknown">undated</span>' in m for m in metas)
    authors = [m for m in metas if 'class="author"' in m]
    assert authors and all(re.search(r'<span class="author">by [^<]+</span>', m) for m in authors)
    assert any('<span class="outlet archive-unknown">unknown outlet</span>' in m for m in metas)


async def test_csv_cells_never_start_a_formula(cds, cite_db, cli):
    import csv
    import io

    text = (await cds.client.get("/-/search.csv?q=committee")).text
    [row] = list(csv.DictReader(io.StringIO(text[1:])))
    assert row["title"] == "'=HYPERLINK(\"http://evil.example\", \"camp\")" and row["author"] == "'@someone"
    [row] = list(csv.DictReader(io.StringIO(cli("search", cite_db, "committee", "--format", "csv").output)))
    assert row["title"].startswith("'=HYPERLINK(") and row["author"] == "'@someone"
    # JSON keeps the text as it is.
    data = (await cds.client.get("/-/search.json?q=committee")).json()
    assert data["hits"][0]["title"].startswith("=HYPERLINK(")
