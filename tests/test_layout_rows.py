"""A web page's layout table row or a menu apart by dashes over the text is no text (issue #13,
round 18: fresh13, 14 and 17 kept one as the first paragraph)."""

from archive.readers.html import parse_html
from archive.readers.html_edges import _layout_row

PARAGRAPHS = "".join(f"<p>{p}</p>" for p in [
    "The district council voted on Tuesday to keep the winter shelter open for another year, after "
    "volunteers told members that demand had doubled since the spring and that the building was full most nights.",
    "Members agreed to find the money from the reserve fund, and asked officers to report back in March "
    "on how many people the shelter had helped and what a permanent site would cost the district.",
    "The shelter's manager said the decision would let the team plan ahead for the first time in three "
    "years, and thanked the residents who had written to the council in support of the scheme.",
])


def test_a_layout_table_row_over_the_text_is_dropped():
    page = ("<html><head><title>Council keeps the winter shelter open</title></head><body>"
            "<table width='100%'><tr><td><img src='logo.png' alt='Riverside'></td>"
            "<td>issued by the press office<br>PR 12 (2024)<br>10.09.2024</td></tr></table>"
            f"<h2>Council keeps the winter shelter open</h2>{PARAGRAPHS}</body></html>")
    assert parse_html(page, "x.html").body.startswith("The district council voted")


def test_a_menu_apart_by_dashes_over_the_text_is_dropped():
    page = ("<html><head><title>Council keeps the winter shelter open</title></head><body>"
            "<table width='100%'><tr><td><img src='logo.gif' alt='Riverside'></td>"
            "<td>Home - Local - World - Business - Sport - Archive</td></tr></table>"
            f"<h1>Council keeps the winter shelter open</h1>{PARAGRAPHS}</body></html>")
    assert parse_html(page, "x.html").body.startswith("The district council voted")


def test_rows_and_menus_by_shape():
    assert _layout_row("| | Where We Work \\| What We Do \\| DONATE |")
    assert _layout_row("Home - Local - World - Business - Sport")
    assert not _layout_row("| The camp held 50,000 people. It grew. |")
    assert not _layout_row("Council - a vote - that kept it open")
    assert not _layout_row("Home - About")
