"""The figures page (/-/figures) and its CSV through a real Datasette, on the sample archive and on
an archive imported from reports written here: every count checked against SQL on the same
archive, the highest and latest of each day, escaping of imported text, and the links to it."""

import csv
import io
import re

import pytest
import sqlite_utils

from conftest import datasette_for, run_cli

# Five short reports about one place: two outlets on 1 March, one article with two figures on
# 3 March, one on 5 March, and one with no date; a sentence and a title carry a script tag.
REPORTS = {
    "a.txt": """Clashes near Hasakah prison leave dozens dead
By Staff | Rudaw
Published: 2024-03-01

The Syrian Observatory for Human Rights said 12 civilians were killed in Hasakah on Friday, as fighting spread to the streets around the prison.

Residents said the roads out of the city were closed and the market was shut for the day.
""",
    "b.txt": """Hasakah toll rises as <script>alert("x")</script> fighting goes on
By Staff | Kurdistan24
Published: 2024-03-01

At least 15 people were killed in Hasakah, the SDF said, after gunmen wrote <script>alert("toll")</script> on the prison wall.

Another 40 people were wounded in the fighting, doctors at the city hospital said on Saturday.
""",
    "c.txt": """Curfew in Hasakah as the fighting enters its third day
By Staff | Rudaw
Published: 2024-03-03

The SDF said on Sunday that 35 people had been killed in Hasakah since the fighting began.

By evening, another 6 people had been killed in the old city, the SDF said.
""",
    "d.txt": """Activists count the dead in Hasakah
By Staff | Enab Baladi

Sixty people were killed in Hasakah last week, according to local activists.

The activists said they had checked each name with the families.
""",
    "e.txt": """Hasakah counts its losses after a week of clashes
By Staff | Kurdistan24
Published: 2024-03-05

At least 30 people were killed in Hasakah during the week of clashes.

Shops opened again on Tuesday and the curfew was lifted.
""",
}
HASAKAH = "place:hasakah"
SDF = "organisation:syrian-democratic-forces"


@pytest.fixture(scope="module")
def reports_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder.parent / "reports.db"
    result = run_cli("import", path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def rds(reports_db):
    return datasette_for(reports_db)


def figures_in(db_path, where="1", params=()):
    return [dict(r) for r in sqlite_utils.Database(db_path).query(
        f"select f.*, o.name as outlet_name from figures f left join outlets o on o.id = f.outlet where {where}", params)]


def counts(html: str) -> dict:
    return {k: int(v.replace(",", "")) for k, v in re.findall(r'data-count="(\w+)">([\d,]+)<', html)}


def points(html: str) -> list:
    """``(day, value)`` of the points of the wide chart."""
    chart = re.search(r'<svg class="archive-chart archive-figures-chart".*?</svg>', html, re.S).group(0)
    return sorted((d, int(v)) for d, v in re.findall(r'data-day="([^"]+)" data-value="(\d+)"', chart))


def day_rows(html: str) -> dict:
    table = re.search(r'<table class="archive-figures-days">.*?</table>', html, re.S).group(0)
    found = {}
    for day, row in re.findall(r'<tr data-day="([^"]+)">(.*?)</tr>', table, re.S):
        highest = re.search(r'class="highest"><a [^>]*data-figure="([^"]+)"', row)
        latest = re.search(r'class="latest"><a [^>]*data-figure="([^"]+)"', row)
        figures = int(re.search(r'data-label="Figures" class="count">([\d,]+)', row).group(1).replace(",", ""))
        found[day] = (figures, highest and highest.group(1), latest and latest.group(1), "order within the day not known" in row)
    return found


def csv_rows(text: str) -> list:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


async def test_sample_killed_figures_add_up(ds, sql):
    """On the sample: the 121 and 374 killed at Ghuwayran have no date, so they are listed apart and
    counted, not drawn; every count on the page is SQL's."""
    expected = sql("select f.value, f.published, f.source from figures f where f.kind = 'killed'")
    assert {121, 374} <= {r["value"] for r in expected}
    response = await ds.client.get("/-/figures?kind=killed")
    assert response.status_code == 200
    html = response.text
    got = counts(html)
    undated = [r for r in expected if r["published"] is None]
    unsourced = [r for r in expected if not (r["source"] or "").strip()]
    assert got == {"figures": len(expected), "dated": len(expected) - len(undated), "undated": len(undated),
                   "sourced": len(expected) - len(unsourced), "unsourced": len(unsourced)}
    assert got["dated"] + got["undated"] == got["figures"] == got["sourced"] + got["unsourced"]
    assert points(html) == sorted((r["published"], r["value"]) for r in expected if r["published"])
    undated_table = re.search(r'<section id="undated">.*?</section>', html, re.S).group(0)
    assert sorted(int(v) for v in re.findall(r"<strong>(\d+)</strong>", undated_table)) == sorted(r["value"] for r in undated)
    assert {121, 374} <= {r["value"] for r in undated}
    rows = csv_rows((await ds.client.get("/-/figures.csv?kind=killed")).text)
    assert sorted(int(r["value"]) for r in rows) == sorted(r["value"] for r in expected)
    assert all(r["kind"] == "killed" for r in rows)


async def test_every_figure_without_a_filter(ds, sql):
    total = sql("select count(*) as n, sum(published is null) as undated from figures")[0]
    html = (await ds.client.get("/-/figures")).text
    got = counts(html)
    assert got["figures"] == total["n"] and got["undated"] == total["undated"]
    assert len(points(html)) == total["n"] - total["undated"]
    assert sum(f for f, *_ in day_rows(html).values()) == got["dated"]
    assert len(csv_rows((await ds.client.get("/-/figures.csv")).text)) == total["n"]


async def test_a_place_and_a_kind_highest_and_latest_per_day(rds, reports_db):
    expected = figures_in(reports_db, "f.kind = 'killed' and f.article_id in "
                          "(select article_id from article_entities where entity_id = ?)", [HASAKAH])
    by_value = {r["value"]: r for r in expected}
    assert sorted(by_value) == [6, 12, 15, 30, 35, 60], "the reports' figures are what these tests rely on"
    response = await rds.client.get(f"/-/figures?kind=killed&entity={HASAKAH}")
    assert response.status_code == 200
    html = response.text
    assert counts(html) == {"figures": 6, "dated": 5, "undated": 1, "sourced": 5, "unsourced": 1}
    assert points(html) == [("2024-03-01", 12), ("2024-03-01", 15), ("2024-03-03", 6), ("2024-03-03", 35),
                            ("2024-03-05", 30)]
    days = day_rows(html)
    # two articles on 1 March and no hour known: highest 15, latest not known
    assert days["2024-03-01"] == (2, by_value[15]["id"], None, True)
    # one article on 3 March: the latest is its last figure (6), the highest 35
    assert days["2024-03-03"] == (2, by_value[35]["id"], by_value[6]["id"], False)
    assert days["2024-03-05"] == (1, by_value[30]["id"], by_value[30]["id"], False)
    assert sum(f for f, *_ in days.values()) == counts(html)["dated"]
    # each point shows outlet, source and sentence, and links to its article
    point = re.search(r'<a href="(/-/article/[0-9a-f]+)"><circle [^>]*data-value="35"[^>]*><title>([^<]*)</title>', html)
    assert point.group(1) == f"/-/article/{by_value[35]['article_id']}"
    assert "Rudaw" in point.group(2) and "source: SDF" in point.group(2) and "35 people had been killed" in point.group(2)
    # the undated figure is listed, not drawn
    assert "Sixty" in re.search(r'<section id="undated">.*?</section>', html, re.S).group(0)
    assert "<h1>Figures over time: <span class=\"archive-figures-question\">killed · mentioning Hasakah</span></h1>" in html


async def test_only_figures_whose_sentence_names_the_place(rds, reports_db):
    """near=sentence keeps the figures whose own sentence names the place: "another 6 people had been
    killed in the old city" is in an article about Hasakah but does not name it."""
    url = f"/-/figures?kind=killed&entity={HASAKAH}&near=sentence"
    html = (await rds.client.get(url)).text
    assert counts(html)["figures"] == 5 and ("2024-03-03", 6) not in points(html)
    assert "named in the sentence: Hasakah" in html
    rows = csv_rows((await rds.client.get(url.replace("/-/figures", "/-/figures.csv"))).text)
    assert sorted(int(r["value"]) for r in rows) == [12, 15, 30, 35, 60]
    assert all("hasakah" in r["sentence"].lower() for r in rows)


async def test_days_as_csv(rds):
    response = await rds.client.get(f"/-/figures.csv?kind=killed&entity={HASAKAH}&per=day")
    assert response.status_code == 200 and "per-day.csv" in response.headers["content-disposition"]
    rows = {r["day"]: r for r in csv_rows(response.text)}
    assert sorted(rows) == ["2024-03-01", "2024-03-03", "2024-03-05"]
    assert (rows["2024-03-01"]["highest"], rows["2024-03-01"]["latest"]) == ("15", "")
    assert rows["2024-03-01"]["latest_as_written"] == "order within the day not known"
    assert (rows["2024-03-03"]["highest"], rows["2024-03-03"]["latest"], rows["2024-03-03"]["figures"]) == ("35", "6", "2")
    assert rows["2024-03-03"]["highest_source"] == "SDF" and rows["2024-03-03"]["highest_outlet"] == "Rudaw"


async def test_imported_script_tags_are_escaped(rds):
    for url in ("/-/figures", "/-/figures?kind=killed", f"/-/figures?source={SDF}", "/-/figures?q=Hasakah"):
        html = (await rds.client.get(url)).text
        assert "<script>alert" not in html, url
    html = (await rds.client.get(f"/-/figures?source={SDF}")).text
    assert "&lt;script&gt;alert(" in html  # in the table's sentence and in the point's tooltip
    chart = re.search(r'<svg class="archive-chart archive-figures-chart".*?</svg>', html, re.S).group(0)
    assert "&lt;script&gt;" in chart
    # a query or an id that is itself markup comes back as text
    html = (await rds.client.get("/-/figures?entity=%3Cscript%3Ex&q=%3Cb%3E")).text
    assert "<script>x" not in html and "<b>" not in html.split("</header>", 1)[1]


async def test_given_by_an_organisation(rds, reports_db):
    expected = figures_in(reports_db, "f.source_entity = ?", [SDF])
    html = (await rds.client.get(f"/-/figures?source={SDF}")).text
    assert counts(html)["figures"] == len(expected) == 3
    assert counts(html)["unsourced"] == 0


async def test_search_term_and_csv_with_the_same_filters(rds, reports_db):
    html = (await rds.client.get("/-/figures?q=curfew&kind=killed")).text
    # "curfew" is in c.txt and e.txt: 35, 6 and 30 killed
    assert points(html) == [("2024-03-03", 6), ("2024-03-03", 35), ("2024-03-05", 30)]
    response = await rds.client.get("/-/figures.csv?q=curfew&kind=killed")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = csv_rows(response.text)
    assert [(r["published"], int(r["value"])) for r in rows] == [("2024-03-03", 6), ("2024-03-03", 35), ("2024-03-05", 30)] \
        or [(r["published"], int(r["value"])) for r in rows] == [("2024-03-03", 35), ("2024-03-03", 6), ("2024-03-05", 30)]
    assert all(r["permalink"].endswith("/-/article/" + r["article_id"]) for r in rows)
    everything = csv_rows((await rds.client.get("/-/figures.csv")).text)
    assert len(everything) == len(figures_in(reports_db))
    assert everything[-1]["published"] == ""  # the undated figure last
    script = [r for r in everything if "<script>" in r["sentence"]]
    assert script and script[0]["source"] == "SDF"  # CSV keeps the text as written; pages escape it


async def test_bad_input_is_a_message_not_an_error(rds):
    response = await rds.client.get('/-/figures?q=%22unclosed')
    assert response.status_code == 400 and "cannot be used" in response.text
    assert (await rds.client.get('/-/figures.csv?q=%22unclosed')).status_code == 400
    response = await rds.client.get("/-/figures?entity=place:nowhere")
    assert response.status_code == 200 and "No place or organisation has the id" in response.text
    assert counts(response.text)["figures"] == 0
    response = await rds.client.get("/-/figures?kind=%3Cnot-a-kind%3E&scale=zzz")
    assert response.status_code == 200  # an unknown kind is no filter


async def test_links_from_entity_search_and_figures_table(rds):
    html = (await rds.client.get(f"/-/entity/{HASAKAH}")).text
    assert 'href="/-/figures?entity=place%3Ahasakah&amp;kind=killed"' in html
    html = (await rds.client.get(f"/-/entity/{SDF}")).text
    assert 'href="/-/figures?source=organisation%3Asyrian-democratic-forces"' in html
    # a query naming the place (any spelling the gazetteer knows) links to its figures
    html = (await rds.client.get("/-/search?q=Hasakah+curfew")).text
    assert 'class="archive-figures-link"' in html and 'data-entity="place:hasakah"' in html.split('class="archive-figures-link"')[1][:400]
    html = (await rds.client.get("/-/search?q=curfew")).text
    assert 'class="archive-figures-link"' not in html
    html = (await rds.client.get("/reports/figures")).text
    assert 'href="/-/figures"' in html
    assert 'href="/-/figures"' in (await rds.client.get("/-/entities")).text  # the menu


async def test_search_spelling_a_place_another_way_links_to_its_figures(ds):
    """"Ghwairan" is no spelling the gazetteer knows; the search also searched Ghuwayran by its sound,
    so the page links to Ghuwayran's figures."""
    html = (await ds.client.get("/-/search?q=Ghwairan")).text
    link = re.search(r'<p class="archive-figures-link">.*?</p>', html, re.S)
    assert link and 'data-entity="place:ghuwayran"' in link.group(0)
