"""A saved page's headline where its metadata gives a part of it (issue #13, round 23:
archive/extract/html_titles.py): the <h1> that goes on past the og:title cut for sharing; the other
part of a <title> whose part taken is a publication's number. Pages written for the test."""

import lxml.html

from archive.extract import html_titles

PAGE = """<html><head><title>{title}</title></head><body>
<h1>{heading}</h1><p>The district water board restarted the pumps on Monday after a long winter.</p>
</body></html>"""


def test_fuller_heading():
    assert html_titles.fuller_heading("Board restarts river pumps",
                                      "Board restarts river pumps, villages wait for the second") \
        == "Board restarts river pumps, villages wait for the second"
    assert html_titles.fuller_heading("Board restarts river pumps", "Board restarts river pumps") is None
    assert html_titles.fuller_heading("Board restarts river", "Board restarts river pumps") is None  # no cut at a word's end
    assert html_titles.fuller_heading("Board restarts river pumps", "Pumps: the board restarts them") is None


def test_reference_code():
    assert html_titles.reference_code("WP24031")
    assert html_titles.reference_code("No. 4/2021")
    assert not html_titles.reference_code("Pumps restart")
    assert not html_titles.reference_code("1917")  # a number alone may be a headline
    assert html_titles.headline_beside_code("WP24031", "WP24031 | River Pumps: The Case for Repair") \
        == "River Pumps: The Case for Repair"
    assert html_titles.headline_beside_code("River pumps restart", "River pumps restart | Courier") is None


def test_page_headline():
    tree = lxml.html.fromstring(PAGE.format(title="WP24031 | River Pumps: The Case for Repair",
                                            heading="River Pumps: The Case for Repair"))
    assert html_titles.page_headline("WP24031", tree) == "River Pumps: The Case for Repair"
    tree = lxml.html.fromstring(PAGE.format(title="Board restarts river pumps | Courier",
                                            heading="Board restarts river pumps, villages wait for the second"))
    assert html_titles.page_headline("Board restarts river pumps", tree) \
        == "Board restarts river pumps, villages wait for the second"
    assert html_titles.page_headline("Board restarts river pumps at last", tree) == "Board restarts river pumps at last"


def test_the_html_reader_stores_the_whole_headline():
    # the reader's hook (archive/readers/html.py): og:title cut for sharing, the page's one <h1> whole
    from archive.readers.html import parse_html

    page = ("<html><head><title>Board restarts river pumps | Courier</title>"
            '<meta property="og:title" content="Board restarts river pumps"></head><body><article>'
            "<h1>Board restarts river pumps, villages wait for the second</h1>"
            "<p>The district water board restarted the pumps on Monday after a long winter of repairs, and "
            "the villages along the eastern bank had water again by the evening.</p>"
            "<p>Engineers said the second pump would need new seals before the summer.</p></article></body></html>")
    record = parse_html(page, "<test>")
    assert record.title == "Board restarts river pumps, villages wait for the second"
