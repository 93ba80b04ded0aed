"""The HTML reader reads the elements under a page's headline once a page (tidy27): the byline, the
author as the page writes it and the date line all come from that one reading, with the same
values as before."""

import lxml.html

from archive.readers import html

PAGE = """<html><head><title>Night trains return to the coast line</title></head><body>
<h1>Night trains return to the coast line</h1>
<div>Von Greta Sommerfeld</div>
<div>14 März 2023</div>
<p>The regional operator brought back the night service on the coast line on Tuesday, four years
after it was cut to save money, and said tickets for the first month had sold out in two days.</p>
<p>Three trains a week will run in each direction until the autumn, when the operator will decide
whether to add a fourth, the transport office said in a statement.</p>
</body></html>"""

BY_TITLE = PAGE.replace("<h1>", "<font><b>").replace("</h1>", "</b></font>")


def _count(monkeypatch):
    calls = []
    real = html._under_heading

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(html, "_under_heading", counted)
    return calls


def test_the_elements_under_the_headline_are_read_once_a_page(monkeypatch):
    calls = _count(monkeypatch)
    record = html.parse_html(PAGE, "night-trains.html")
    assert len(calls) == 1
    assert record.published == "2023-03-14"


def test_a_page_without_a_heading_element_reads_under_its_title_but_takes_no_date_there(monkeypatch):
    near, headed = html._under_heading(lxml.html.fromstring(BY_TITLE), "Night trains return to the coast line")
    assert not headed and "14 März 2023" in near  # found under the title's element, as the byline is
    calls = _count(monkeypatch)
    record = html.parse_html(BY_TITLE, "night-trains.html")
    assert len(calls) == 1
    assert record.title == "Night trains return to the coast line"
