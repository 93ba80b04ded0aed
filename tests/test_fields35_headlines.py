"""The headline a page shows over the one its metadata states (issue #13, round 35:
archive/extract/html_titles.shown_headline): the page's one <h1> where og:title or JSON-LD words the
story otherwise; the metadata's title where the <h1> holds it after a kicker, where both open alike
and part, or where the <h1> names the site. Pages written for the test."""

import lxml.html

from archive.extract import html_titles
from archive.readers.html import parse_html

BODY = ("<p>The district water board restarted the pumps on Monday after a long winter of repairs, and the "
        "villages along the eastern bank had water again by the evening, officials said.</p>"
        "<p>Engineers said the second pump would need new seals before the summer, when demand peaks.</p>")


def _page(og: str, heading: str, site: str = "Courier", heading_attrs: str = "") -> str:
    return (f'<html><head><title>{og} | {site}</title><meta property="og:title" content="{og}">'
            f'<meta property="og:site_name" content="{site}"></head><body><article>'
            f"<h1{heading_attrs}>{heading}</h1>{BODY}</article></body></html>")


def test_the_page_headline_over_a_title_worded_for_sharing():
    page = _page("Watch: pumps are back", "Villages along the river get their water back after a winter")
    assert parse_html(page, "<test>").title == "Villages along the river get their water back after a winter"
    page = _page("River pumps: the board explains", "Why the River Pumps Stopped for a Whole Winter")
    assert parse_html(page, "<test>").title == "Why the River Pumps Stopped for a Whole Winter"


def test_the_metadata_title_where_the_heading_holds_it_after_a_kicker():
    page = _page("Board restarts the river pumps", "Water supply Board restarts the river pumps")
    assert parse_html(page, "<test>").title == "Board restarts the river pumps"


def test_the_metadata_title_where_both_open_alike_and_part():
    tree = lxml.html.fromstring(_page("Board restarts river pumps at last",
                                      "Board restarts river pumps, villages wait for the second"))
    assert html_titles.shown_headline("Board restarts river pumps at last", tree) is None


def test_no_heading_that_names_the_site_or_stands_in_its_logo():
    page = _page("Board restarts the river pumps", "The Valley Courier Online", site="The Valley Courier Online")
    assert html_titles.shown_headline("Board restarts the river pumps", lxml.html.fromstring(page),
                                      ["The Valley Courier Online"]) is None
    assert parse_html(page, "<test>").title == "Board restarts the river pumps"
    tree = lxml.html.fromstring(_page("Board restarts the river pumps", "News from the whole valley",
                                      heading_attrs=' class="site-logo"'))
    assert html_titles.shown_headline("Board restarts the river pumps", tree) is None


def test_a_short_heading_or_two_headings_give_no_headline():
    tree = lxml.html.fromstring(_page("Board restarts the river pumps", "Video"))
    assert html_titles.shown_headline("Board restarts the river pumps", tree) is None
    two = _page("Board restarts the river pumps", "Villages get their water back").replace(
        "</article>", "<h1>Another story on the same page</h1></article>")
    assert html_titles.shown_headline("Board restarts the river pumps", lxml.html.fromstring(two)) is None
