"""Round 36b (issue #13): which element inside a page's byline box holds the writer's name, read by
the markup's structure (archive/extract/byline_markup.py): the element marked as the name beside the
writer's e-mail, the innermost byline element of a box that also holds the desk's name, a reading
app's byline row of domain, names and reading time, and a box marked as a byline that holds only a
date's label and its date. Through the real CLI; pages written for the test."""

import sqlite_utils

PARAGRAPHS = ["Local councils in the east of the province reopened two schools on Tuesday after repairs that "
              "took most of the winter, the education office said in a statement.",
              "Teachers said attendance on the first day was higher than expected, with families returning "
              "from the villages where they had spent the cold months.",
              "The office said a third school would reopen next month once its roof had been replaced and "
              "the water supply restored to the building."]


def authors(cli, db_path, folder) -> dict:
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return {row["title"]: row["author"] for row in sqlite_utils.Database(db_path).query("select * from articles")}


def page(title: str, byline: str, opening: str = "Local councils", after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS).replace("Local councils", opening)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{byline}{body}{after}"
            "</article></body></html>")


def test_the_name_marked_beside_the_writers_e_mail(cli, db_path, tmp_path):
    byline = ("<div class=\"article__byline\"><div class=\"author\"><span class=\"author__name\">Jane Fielding</span>"
              "<span class=\"author__email\">jane.fielding@courier.example</span></div>"
              "<div class=\"article__dates\"><span>Published 2 September 2024 10:44</span></div></div>")
    (tmp_path / "mailed.html").write_text(page("Two schools reopen", byline), encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"Two schools reopen": "Jane Fielding"}


def test_the_inner_byline_of_a_box_that_names_the_desk_too(cli, db_path, tmp_path):
    byline = "<div class=\"author-box\"><p class=\"author\">By Lea Moreau</p><p>EASTERN RADIO</p></div>"
    (tmp_path / "boxed.html").write_text(page("A third school", byline), encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"A third school": "Lea Moreau"}


def test_a_reading_apps_byline_row(cli, db_path, tmp_path):
    byline = ("<div class=\"byline\"><a href=\"https://courier.example/schools\" class=\"domain\">courier.example</a>"
              " · <span class=\"authors\">Lea Moreau</span> · <span class=\"readtime\">3 min</span></div>")
    (tmp_path / "saved.html").write_text(page("Schools reopen in the east", byline), encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"Schools reopen in the east": "Lea Moreau"}


def test_a_date_box_marked_as_a_byline_names_nobody(cli, db_path, tmp_path):
    dated = "<div class=\"time-and-byline\"><time>Updated June 08, 2023 9:41 AM</time></div>"
    signed = "<div class=\"asset-byline\"><p class=\"byline\">By Jane Fielding</p></div>"
    (tmp_path / "dated.html").write_text(page("Two schools reopen", dated, after=signed), encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"Two schools reopen": "Jane Fielding"}
