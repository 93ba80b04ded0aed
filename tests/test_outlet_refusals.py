"""Checks that refuse a weak sign's outlet (archive/extract/outlet_refusals.py, issue #13): page
furniture by its shape, the page's own author, a known name read inside a longer body's name, a
parent body named where the line names its unit. Real files through the CLI into a real SQLite
archive; stories, people and outlets are made up (the known ones are the data's)."""

import sqlite_utils

from archive.extract.outlet_footers import footer_outlet
from archive.extract.outlet_refusals import furniture_name, refused

BODY = ("Aid workers in the camps say stocks of heating fuel will run out within weeks unless new "
        "deliveries arrive, leaving thousands of families without warmth as temperatures fall.\n\n"
        "Camp managers said they had asked donors for emergency funds, and that tents damaged by storms last "
        "month had still not been replaced.\n\n\"We are doing what we can, but the needs grow every week,\" "
        "one manager said.\n")


def _stored(tmp_path, cli, name: str, text: str) -> tuple:
    folder = tmp_path / "saved"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "archive.db"
    result = cli("import", db, folder, "--silent")
    assert result.exit_code == 0, result.output
    return sqlite_utils.Database(db).execute(
        "select o.name, a.author from articles a left join outlets o on o.id = a.outlet").fetchone()


def test_furniture_by_shape():
    for name in ("Share Post", "Transcript", "Print version", "ABC Country Profile", "Listen Download Embed"):
        assert furniture_name(name), name
    for name in ("The Post", "Stuff", "The World", "Detention Brief", "Camp Notes", "Syria in Context", "Reprieve"):
        assert not furniture_name(name), name


def test_a_known_outlet_is_never_refused():
    assert not refused("Foreign Affairs") and not refused("The Conversation")


def test_a_share_bar_under_the_byline_is_no_outlet(cli, tmp_path):
    text = ("Defense\nLawmakers press officials on the camps' winter supplies\nby Jane Example - 03/06/25 4:12 PM ET\n"
            "Share Post\n" + BODY)
    assert _stored(tmp_path, cli, "hearing.txt", text)[0] is None


def test_a_document_kind_over_the_headline_is_no_outlet(cli, tmp_path):
    text = "Transcript\nInside the camps as winter comes\nNovember 8, 2023 · 4:05 PM EST\nBy Jane Example\n\n" + BODY
    assert _stored(tmp_path, cli, "Transcript - Lakeside Radio.txt", text)[0] is None


def test_a_writers_own_copyright_is_no_outlet(cli, tmp_path):
    text = ("The Lakeside Dispatch\nA fortnightly letter on the camps\nIssue #12 — Winter in the camps\n"
            "Mirela Kovachenko\nFeb 6, 2025\n\n" + BODY + "\nThanks for reading!\n© 2025 Mirela Kovachenko\n")
    outlet, author = _stored(tmp_path, cli, "dispatch-issue.txt", text)
    assert outlet != "Mirela Kovachenko" and author == "Mirela Kovachenko"


def test_a_desk_byline_in_a_field_keeps_the_fields_outlet():
    assert not refused("Helsinki Times", None)
    assert not refused("Lake Herald", "Lake Herald")  # a desk's byline: no person's name


def test_a_known_name_inside_a_ministrys_name_is_not_the_outlet():
    assert footer_outlet("© 2021 Ministry of Foreign Affairs of the Republic of Examplestan") != "Foreign Affairs"
    assert footer_outlet("© 2024 Foreign Affairs. All rights reserved.") == "Foreign Affairs"


def test_a_unit_under_a_bodys_domain_is_the_unit():
    assert footer_outlet("Contact us: papers@parliament.uk | commonslibrary.parliament.uk") == "House of Commons Library"
    assert footer_outlet("Contact us: papers@parliament.uk | researchunit.parliament.uk") is None
    assert footer_outlet("Contact us: papers@parliament.uk") == "UK Parliament"
    assert footer_outlet("https://english.alarabiya.net/news/middle-east") == "Al Arabiya"


def test_the_learned_check_never_guesses_furniture():
    from archive.extract import outlet_lines

    model = dict(outlet_lines.load(), intercept=60.0)  # every candidate above the threshold: the first wins
    content = ["Transcript", "Inside the camps as winter comes", "By Jane Example", BODY.split("\n")[0]]
    assert outlet_lines.best_outlet(content, 1, "saved/page.txt", model=model) != "Transcript"


def test_a_holder_the_line_names_as_a_company_is_the_publisher_not_the_outlet():
    assert footer_outlet("Copyright© Lakemedia 2022. Lakemedia Pte Ltd. All rights reserved.") is None
    assert footer_outlet("© 2024 Camp Gazette. All rights reserved.") == "Camp Gazette"


def test_a_source_line_with_the_desks_initials_names_its_outlet():
    assert footer_outlet("Source: CNA/fh") == "CNA"
    assert footer_outlet("Source: Reuters/ab/cd") == "Reuters"
    assert footer_outlet("Source: AFP/Getty Images") is None  # a picture's credit


def test_a_printed_pages_footer_url_with_its_page_number_names_the_outlet():
    assert footer_outlet("https://www.irishnews.com/news/worldnews/2021/12/03/news/story-2521904/   2/2") == "The Irish News"
