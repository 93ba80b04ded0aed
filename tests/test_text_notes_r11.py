"""Issue #13 round 11: a note on the text itself closing it ("This report ... was first
published <date>", "Update, <date>: This article has been updated ...", "This overview was
funded by ..."), a call to action opening "Get ...", and an HTML page's date line and byline
under its headline."""

from archive.extract import boilerplate
from archive.readers.html import parse_html
from archive.readers.text import parse_text_article

TEXT = ("Pipeline plan approved after long debate\n\nBy Jane Holloway\nPosted 3 hours ago\n\n"
        "The council met on Tuesday evening to discuss the new water pipeline for the district. "
        "Officials said the work would take most of the coming year and cost several million.\n\n"
        "Residents who attended the meeting asked about the schedule and the closures of roads "
        "along the route, and the engineers promised a plan within a month.\n\n")


def test_self_notes():
    assert boilerplate.disclaimer("This report by the Lakeside Wire was first published May 4, 2022.")
    assert boilerplate.disclaimer("Update, May 5, 2022: This article has been updated to correct a figure.")
    assert boilerplate.disclaimer("This briefing was funded by the Lakeside Trust.")
    assert not boilerplate.disclaimer("This week the council was updated on the plans.")
    assert not boilerplate.disclaimer("This was funded by donors, he said, and more is needed.")


def test_publication_note_dates_and_leaves_the_text():
    record = parse_text_article(TEXT + "This report by the Lakeside Wire was first published May 4, 2022.\n")
    assert record.published == "2022-05-04"
    assert "first published" not in record.body
    assert record.body.endswith("within a month.")


def test_get_call_closes_no_text():
    record = parse_text_article(TEXT + "Our morning alert will tell you what happened overnight. Get it here.\n")
    assert record.body.endswith("within a month.")


PAGE = """<html><head><title>Pipeline plan approved</title></head><body>
<div class="section">Local</div>
<h2>Pipeline plan approved after long debate</h2>
<div class="credits">By Jane Holloway</div>
<div class="meta">04 أيار 2022</div>
<div class="entry">
<p>The council met on Tuesday evening to discuss the new water pipeline for the district, which has waited since 2019. Officials said the work would take most of the coming year and cost several million.</p>
<p>Residents who attended the meeting asked about the schedule and the closures of roads along the route, and the engineers promised a plan within a month.</p>
<p>Jane Holloway covers local government.</p>
</div></body></html>"""


def test_html_date_line_and_byline_under_headline():
    record = parse_html(PAGE, "page.html")
    assert record.published == "2022-05-04"
    assert record.author == "Jane Holloway"


def test_html_year_alone_is_no_date():
    page = PAGE.replace('<div class="meta">04 أيار 2022</div>', "")
    assert parse_html(page, "page.html").published is None


def test_html_first_of_january_stated_is_kept():
    page = PAGE.replace('<div class="meta">04 أيار 2022</div>', '<time datetime="2022-01-01T10:00">01/01/2022</time>')
    assert parse_html(page, "page.html").published == "2022-01-01"
