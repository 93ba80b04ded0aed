"""Round 34 (fields34): bylines by family, on invented lines.

- a language's own "written by" / "prepared by" / singular "author" label opens a byline;
- a writer's initials alone after a byline's label, each letter with its stop, are the writer
  (letters that spell an organisation or place are not);
- a button's imperative ("Watch ... LIVE") or a broadcaster's menu word opening a name-shaped line
  is no person;
- a signature under the text split over two lines ("Name SURNAME," / "«Paper»") is read as one.
"""

import pytest

from archive.extract import bylines
from archive.extract.byline_openers import name_after_opener
from archive.extract.byline_signatures import signed_under_text
from archive.extract.person_names import person_name


@pytest.mark.parametrize("line, name", [
    ("Yazar: Deniz Akalın · Editör: Cem Ersoy · 3 Mart 2021", "Deniz Akalın"),
    ("Shkruar nga Arta Gashi", "Arta Gashi"),
    ("Подготовила Ольга Смирнова", "Ольга Смирнова"),
    ("Geschrieben von Lena Vogt", "Lena Vogt"),
])
def test_written_by_labels(line, name):
    read = bylines.byline(line)
    assert (read[0] if read else name_after_opener(line)) == name


@pytest.mark.parametrize("line, name", [
    ("Par J.L.", "J.L."),
    ("Por R.S.", "R.S."),
    ("Par J.-P.M.", "J.-P.M."),
    ("By U.N.", None),
    ("By A.F.P.", None),
    ("by RIC", None),
])
def test_initials_after_label(line, name):
    read = bylines.byline(line)
    assert (read[0] if read else None) == name


@pytest.mark.parametrize("name, person", [
    ("Watch Riverside TV", False),
    ("Shikoni Kanali", False),
    ("البث المباشر", False),
    ("Nora Lindqvist", True),
    ("ليلى الحسن", True),
])
def test_buttons_are_no_names(name, person):
    assert person_name(name) is person


def test_signature_over_two_lines():
    content = [
        "Headline of the piece",
        "The first paragraph of an invented story about a school that reopened in spring.",
        "The second paragraph says the pupils returned and the teachers were glad to see them.",
        "Zarina KARIMOVA,",
        "«Vodiy Tongi»",
        "© Vodiy Tongi. All rights reserved.",
    ]
    dropped = set()
    assert signed_under_text(content, [1, 2, 3], dropped) == "Zarina KARIMOVA"
    assert {3, 4} <= dropped


@pytest.mark.parametrize("text, iso", [
    ("7-dekabr, 2021", "2021-12-07"),
    ("14-қазан, 2020", "2020-10-14"),
    ("3-March, 2019", "2019-03-03"),
])
def test_day_joined_to_month_comma_year(text, iso):
    from archive.extract.dates import iso_date

    assert iso_date(text) == iso


@pytest.mark.parametrize("body, refused", [
    (["Бет 1 / 9 Келесі »"], True),
    (["« Prev 1 2 3 … 12 Next »"], True),
    (["Seite 2 von 5 ›"], True),
    (["The council said 3 of 7 wells were repaired in May."], False),
    (["Voters chose 2 of 3 candidates.", "Turnout rose."], False),
])
def test_pager_only_body_refused(body, refused):
    from archive.extract.reject_notices import notice_only

    assert bool(notice_only(body)) is refused


@pytest.mark.parametrize("section, listed", [("Mondo", True), ("Analisi", False)])
def test_section_listed_in_the_menu(section, listed):
    from lxml import html as lxml_html

    from archive.extract.page_tags import menu_entries

    page = ("<html><body><nav class='top'><a href='/italia'>Italia</a> <a href='/mondo'>Mondo</a></nav>"
            "<article><h1>Titolo</h1><p>Testo.</p></article></body></html>")
    assert menu_entries(lxml_html.fromstring(page), [section]) is listed


def test_kyrgyz_tags_label():
    from archive.extract.tag_labels import label_value

    assert label_value("Тегдер: Ош, суу, мектеп") == "Ош, суу, мектеп"
