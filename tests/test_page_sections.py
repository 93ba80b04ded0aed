"""A page's section (JSON-LD ``articleSection``, ``article:section``) is a tag only where the page
states no tag: keywords and the links of its tags box come first, then its plain search keywords
(``<meta name="keywords">``) (issue #13, sixth round)."""

import json

import lxml.html
import pytest

from archive.extract import html_metadata

TEXT = "<p>The ferry between the two lake towns ran again on Monday for the first time since the storm.</p>"


def _tags(head: str, body: str = "") -> list:
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
            f"<article><h1>Ferry service resumes</h1>{TEXT}{body}</article></body></html>")
    return html_metadata.page_metadata(lxml.html.fromstring(page)).tags


def _ld(**fields) -> str:
    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry service resumes", **fields}
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


@pytest.mark.parametrize("head, body, tags", [
    # the section beside stated keywords is left out, from JSON-LD or from meta tags
    (_ld(keywords="Ferries, Storms", articleSection="Regions"), "", ["Ferries", "Storms"]),
    ('<meta property="article:tag" content="Ferries"><meta property="article:section" content="Regions">', "",
     ["Ferries"]),
    # JSON-LD's section does not hide the meta tags' keywords, nor the page's tags box
    (_ld(articleSection="Regions") + '<meta name="news_keywords" content="Ferries, Storms">', "", ["Ferries", "Storms"]),
    (_ld(articleSection="Regions"), '<div class="tags">Tags: <a href="/t/f">Ferries</a> <a href="/t/s">Storms</a></div>',
     ["Ferries", "Storms"]),
    # the page's plain search keywords: below its tags and its tags box, above its section
    ('<meta name="keywords" content="Ferries, Storms"><meta property="article:section" content="Regions">', "",
     ["Ferries", "Storms"]),
    ('<meta name="keywords" content="lake news, boats"><meta property="article:tag" content="Ferries">', "", ["Ferries"]),
    ('<meta name="keywords" content="lake news, boats">',
     '<div class="tags">Tags: <a href="/t/f">Ferries</a> <a href="/t/s">Storms</a></div>', ["Ferries", "Storms"]),
    # with nothing else stated, the section is the tag
    (_ld(articleSection="Regions"), "", ["Regions"]),
    ('<meta property="article:section" content="Regions">', "", ["Regions"]),
])
def test_a_section_is_a_tag_only_where_none_is_stated(head, body, tags):
    assert _tags(head, body) == tags
