"""A saved page listing teasers (a tag, topic or archive page) is refused by its markup's shape
(archive/extract/listing_pages.py); an article with related stories under it is stored."""

import lxml.html
import pytest

from archive.extract.listing_pages import listing_page
from archive.readers.html import NotAnArticle, parse_html

ITEM = ('<li><h3><a href="/{n}/">Harbour {n} reopens after the winter storms</a></h3>'
        '<p>Boats returned to the quay as the council lifted its ban.</p><span>{n} May 2023</span></li>')
LIST = "<ul>" + "".join(ITEM.format(n=n) for n in range(3, 8)) + "</ul>"
STORY = ("<p>The ferry to the northern islands sailed again on Tuesday for the first time since the storm "
         "closed the harbour, and islanders queued on the quay from dawn to cross.</p>"
         "<p>Shops had run short of bread and milk during the two weeks without a crossing, and patients "
         "had missed appointments at the mainland hospital, the council said.</p>")


def page(main: str) -> bytes:
    return (f"<html><head><title>Harbours – The Island Courier</title></head><body><header>"
            f"<a href='/'>THE ISLAND COURIER</a></header><main><h1>Topic: Harbours</h1>{main}</main>"
            f"<footer>Sign up to our newsletter.</footer></body></html>").encode()


def test_a_list_of_dated_linked_teasers_is_refused():
    assert listing_page(lxml.html.fromstring(page(LIST)))
    with pytest.raises(NotAnArticle):
        parse_html(page(LIST), "topic.html")


def test_an_article_with_related_stories_is_no_listing():
    html = page("<article><h2>Ferry sails again</h2>" + STORY + "</article><aside>" + LIST + "</aside>")
    assert not listing_page(lxml.html.fromstring(html))
    assert "ferry" in parse_html(html, "story.html").body
