"""A saved search-results page (the query echoed, "N results", each result a heading inside its
link, a one-sentence teaser and a date) is refused like a tag page (archive/extract/listing_pages.py);
an article whose related stories are headings inside links keeps its text."""

import lxml.html
import pytest

from archive.extract.listing_pages import listing_page
from archive.readers.html import NotAnArticle, parse_html

RESULT = ('<li class="hit"><a href="/story/{n}"><h3>Quarry {n} to close as the valley road is rebuilt</h3></a>'
          '<p>Lorries will use the old mill track until the bridge is finished in spring.</p>'
          '<time>{n} October 2021</time></li>')
RESULTS = "<ol>" + "".join(RESULT.format(n=n) for n in range(4, 8)) + "</ol>"
STORY = ("<p>The council voted on Thursday to close the last working quarry in the valley once the new road "
         "opens, ending two centuries of stone cutting that built most of the town's houses.</p>"
         "<p>Workers at the quarry said they had expected the decision for years, but asked for help to find "
         "jobs at the new depot that the county plans to build beside the bypass.</p>")


def page(main: str) -> bytes:
    return (f"<html><head><title>Search: quarry – Valley Gazette</title></head><body><header>"
            f"<a href='/'>VALLEY GAZETTE</a></header><main><h1>Search</h1>"
            f"<form><input name='q' value='quarry'><button>Go</button></form>{main}</main>"
            f"<footer>Valley Gazette. All rights reserved.</footer></body></html>").encode()


def test_a_search_results_page_with_headings_inside_links_is_refused():
    html = page("<p>Found 4 results for <b>quarry</b>, newest first</p>" + RESULTS)
    assert listing_page(lxml.html.fromstring(html))
    with pytest.raises(NotAnArticle):
        parse_html(html, "search.html")


def test_an_article_with_related_links_holding_headings_is_stored():
    html = page("<article><h2>Valley quarry to close</h2>" + STORY + "</article><aside>" + RESULTS + "</aside>")
    assert not listing_page(lxml.html.fromstring(html))
    assert "quarry" in parse_html(html, "story.html").body


UNDATED = ('<li><h2><a href="/story/{n}">Quarry {n} to close as the valley road is rebuilt</a></h2>'
           '<p>Lorries will use the old mill track until the bridge is finished.</p>'
           '<a href="/story/{n}">Read more &raquo;</a></li>')
UNDATED_LIST = "<ul>" + "".join(UNDATED.format(n=n) for n in range(4, 8)) + "</ul>"


def test_a_section_page_whose_teasers_close_with_read_more_is_refused():
    html = page(UNDATED_LIST)
    assert listing_page(lxml.html.fromstring(html))
    with pytest.raises(NotAnArticle):
        parse_html(html, "section.html")


def test_an_article_with_read_more_links_under_it_is_stored():
    html = page("<article><h2>Valley quarry to close</h2>" + STORY + "</article><aside>" + UNDATED_LIST + "</aside>")
    assert not listing_page(lxml.html.fromstring(html))
    assert "quarry" in parse_html(html, "story.html").body
