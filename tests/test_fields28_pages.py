"""Round 28 (helper fields28): a tag list ends where its block ends; dates joined by dots with a
month's abbreviation ("5.fev.2024"), a day and month whose year a periodical's issue line gives, a
closing "Article publié le ..." stamp; writers each given a role and joined by "and", a report's
"Prepared by" under its text, a byline that is a bare run of an old page's text."""

import json
import sqlite3

import lxml.html
import pytest

from archive.extract import bylines
from archive.extract.dates import iso_date
from archive.extract.dateline_years import dateline_date
from archive.extract.page_tags import labelled_block_tags
from archive.readers.page_bylines import page_byline
from archive.readers.text import parse_text_article

TEXT = ("Engineers restored the pumping station on the river after a week without power, the council said, "
        "and the first tankers reached the northern districts by the evening.\n\n"
        "Residents had queued for water at the mosques and schools of the old town since the storm.\n\n"
        "The council said a second pump would be repaired by the end of the month.\n")


def _stored(cli, tmp_path, name: str, content: str) -> dict:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(content, encoding="utf-8")
    db = tmp_path / "a.db"
    result = cli("import", db, folder / name, "--silent")
    assert result.exit_code in (0, 1), result.output
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    row = dict(connection.execute("select * from articles").fetchone())
    connection.close()
    return row


# -- tags ------------------------------------------------------------------------------------------

PAGE = ("<html><head><title>Pumps back on</title></head><body><article><h1>Pumps back on at the river</h1>"
        "<p>{text}</p></article><footer>{footer}</footer></body></html>")


@pytest.mark.parametrize("footer, tags", [
    # the labelled block inside the footer: the list ends with it, not with the footer
    ("<div>Keywords: pumps, river, storm</div><div>Download PDF (1 MB)</div><div>Share: Mail | Print</div>",
     ["pumps", "river", "storm"]),
    ("<div>الوسوم: المياه، النهر</div><div>الأكثر قراءة</div><div>- عودة المدارس بعد العاصفة</div>",
     ["المياه", "النهر"]),
    # a line break ends it too
    ("<p>Tags: pumps, river<br>Share: Mail | Print</p>", ["pumps", "river"]),
    # a list under its label still is its list
    ("<div><span>Tags:</span><ul><li><a>pumps</a></li><li><a>river</a></li></ul></div>", ["pumps", "river"]),
])
def test_a_tag_list_ends_where_its_block_ends(footer, tags):
    tree = lxml.html.fromstring(PAGE.format(text=TEXT, footer=footer))
    assert labelled_block_tags(tree) == tags


def test_a_pages_tags_stored_without_the_next_block(cli, tmp_path):
    footer = "<div>Etîket: av, çem</div><div>Nûçeyên din</div><div>- Dibistan dîsa vebûn</div>"
    row = _stored(cli, tmp_path, "page.html", PAGE.format(text=TEXT, footer=footer))
    assert json.loads(row["tags"]) == ["av", "çem"]


# -- dates -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("written, iso", [
    ("5.fev.2024", "2024-02-05"),
    ("12.out.2023", "2023-10-12"),  # "out" read as October only joined to its day and year
    ("3-set-2023", "2023-09-03"),
    ("Recife, 5.fev.2024 às 19h30", "2024-02-05"),
    ("15 ene 2024", "2024-01-15"),
    ("5 out 2024", None),  # an English word between figures is no month
])
def test_a_date_joined_by_dots_with_a_months_abbreviation(written, iso):
    assert iso_date(bylines.date_in(written) or "") == iso


def test_a_dotted_date_under_the_byline_is_the_stories(cli, tmp_path):
    page = ("Gazeta do Vale\n\nBombas voltam a funcionar no rio depois de uma semana\n\nJoana Pires\n"
            "Recife, 5.fev.2024 às 19h30\n\n" + TEXT)
    assert _stored(cli, tmp_path, "bombas.txt", page)["published"][:10] == "2024-02-05"


def test_a_day_and_month_take_the_year_of_the_issue_line():
    head = ["VALLEY WATER NETWORK", "Monthly bulletin - October 2023", "Pumps back on"]
    assert dateline_date("As of 31 October, engineers had restored the pumps", [], head) == "2023-10-31"
    head[1] = "Monthly bulletin - September 2023"  # another month: no year for this day
    assert dateline_date("As of 31 October, engineers had restored the pumps", [], head) is None


def test_a_bulletins_date_from_its_issue_line(cli, tmp_path):
    page = ("VALLEY WATER NETWORK\nMonthly bulletin - October 2023\nWater bulletin: pumps back on at the river\n\n"
            "As of 31 October, engineers had restored the pumping station on the river after a week without "
            "power, and the first tankers had reached the northern districts.\n\n" + TEXT)
    assert _stored(cli, tmp_path, "bulletin.txt", page)["published"][:10] == "2023-10-31"


def test_a_closing_publication_stamp_dates_the_page(cli, tmp_path):
    page = ("LA GAZETTE DU FLEUVE\n\nLes pompes de la station du fleuve fonctionnent de nouveau\n\n"
            "Par Jeanne Martin\nPublié il y a 3 heures\n\n" + TEXT +
            "\nArticle publié le mardi 14 mars 2023 à 08h15\nMots-clés : eau, fleuve\n")
    assert _stored(cli, tmp_path, "pompes.txt", page)["published"][:10] == "2023-03-14"


# -- bylines ---------------------------------------------------------------------------------------

def test_writers_each_given_a_role_joined_by_and():
    line = "Jane Doe, Senior Fellow, and John Roe, Research Associate"
    assert bylines.header_byline(line) == ("Jane Doe and John Roe", None)
    assert bylines.header_byline("By " + line) == ("Jane Doe and John Roe", None)
    assert bylines.header_byline("Jane Doe, Senior Fellow") == ("Jane Doe", None)


def test_two_writers_with_roles_stored(cli, tmp_path):
    page = ("Valley Policy Forum\nResearch | Events | Commentary\n\nWhy the river pumps keep failing\n"
            "Jane Doe, Senior Fellow, and John Roe, Research Associate\n16 May 2022\n\n" + TEXT)
    assert _stored(cli, tmp_path, "commentary.txt", page)["author"] == "Jane Doe and John Roe"


def test_a_reports_writer_prepared_by_under_the_text(cli, tmp_path):
    page = ("Valley Water Network\n\nSituation Update 4: pumps back on at the river\nPublished 30 May 2023\n\n"
            + TEXT + "\nPrepared by Mariam Osei, WASH Coordinator\n\nKeywords: pumps, river\n")
    assert _stored(cli, tmp_path, "update.txt", page)["author"] == "Mariam Osei"


def test_a_byline_in_a_bare_run_of_an_old_pages_text():
    page = ("<html><body><table><tr><td class='nav'>Home :: News</td></tr><tr><td><font size='4'><b>Pumps back "
            "on at the river</b></font><br>Posted: 14/12/2019 by Jane Doe<br><p>{}</p></td></tr></table>"
            "</body></html>").format(TEXT)
    assert page_byline(lxml.html.fromstring(page)) == "Jane Doe"
    two = page.replace("<p>", "<p>Posted: 15/12/2019 by John Roe</p><p>")  # two writers named so: none
    assert page_byline(lxml.html.fromstring(two)) is None
    opened = page.replace("Posted: 14/12/2019 by Jane Doe", "Researchers: Jane Doe and John Roe")
    assert page_byline(lxml.html.fromstring(opened)) == "Jane Doe and John Roe"
    menu = page.replace("Home :: News", "Written by John Roe")  # the navigation's line is no byline
    assert page_byline(lxml.html.fromstring(menu.replace("<td class='nav'>", "<td><nav>").replace(
        "</td></tr><tr><td><font", "</nav></td></tr><tr><td><font"))) == "Jane Doe"


def test_an_outlets_staff_and_agencies_credit_is_no_writer_and_the_header_goes_on():
    assert bylines.not_a_person("The Lakeside Courier Staff & Agencies", "The Lakeside Courier")
    assert not bylines.not_a_person("Jane Doe and John Roe", "The Lakeside Courier")
    page = ("The Lakeside Courier\nNews\nMENA\n\nPumps back on at the river after a week without power\n"
            "The Lakeside Courier Staff & Agencies\n24 March, 2019\nShare\n\n" + TEXT)
    record = parse_text_article(page, "pumps.txt")
    assert record.author is None
    assert iso_date(record.published) == "2019-03-24"


def test_a_publication_note_under_the_texts_read_next_dates_it():
    page = ("Valley Courier\n\nPumps back on at the river after a week without power\n\nBY JANE DOE\n"
            "VALLEY TOWN - " + TEXT + "\nRead Next\nThis story was originally published March 14, 2023 5:00 AM.\n"
            "Read more at: https://www.valleycourier.example/news/article123.html\n")
    assert iso_date(parse_text_article(page, "pumps.txt").published) == "2023-03-14"


@pytest.mark.parametrize("written, iso", [
    ("5 listopada 2019 | 06:00", "2019-11-05"),  # Polish: November
    ("5. listopada 2019.", None),  # Croatian, the day an ordinal with its stop: October, not read
    ("5. listopadu 2019", "2019-11-05"),  # Czech November
    ("12. studenoga 2021.", "2021-11-12"),  # Croatian November
])
def test_a_month_name_two_languages_share_told_by_the_days_stop(written, iso):
    assert iso_date(bylines.date_in(written) or "") == iso
