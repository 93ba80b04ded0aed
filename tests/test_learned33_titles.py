"""A saved page's headline where its sharing title is rewritten (round 33, learned33): the page's one
<h1> is the headline a reader cites, not the og:title / JSON-LD headline written for sharing; the
<h1> is not taken where it names the site, is shorter than a headline, or prints a topic word over
the title the metadata gives alone."""

import pytest
import trafilatura

from archive.extract.html_titles import page_headline

PAGE = """<html><head><title>{title}</title>{meta}</head>
<body><header><div class="logo">{site}</div></header>
<article><h1>{h1}</h1><p class="standfirst">A short line under the headline.</p>
<p>The river rose through the night and the levee gave way before dawn, the engineers said on Friday.</p>
</article><footer>{site}</footer></body></html>"""


def _headline(meta_title: str, h1: str, site: str = "Harbour Review", ld: bool = False) -> str:
    meta = (f'<script type="application/ld+json">{{"@type": "Article", "headline": "{meta_title}"}}</script>' if ld
            else f'<meta property="og:title" content="{meta_title}">')
    tree = trafilatura.load_html(PAGE.format(title=f"{meta_title} | {site}", meta=meta, site=site, h1=h1))
    return page_headline(meta_title, tree, [site], "https://harbourreview.example/2024/levee")


@pytest.mark.parametrize("meta_title, h1, ld", [
    ("Levee failure on the lower river, explained.", "Why Did the Old Levee Give Way?", False),
    ("Flussufer - Der Deich brach vor dem Morgengrauen", "Der Deich brach vor dem Morgengrauen", False),
    ("Rivière : une nuit sur la digue qui a cédé, 300 familles évacuées", "La nuit de la digue", True),
])
def test_the_pages_own_headline_over_a_rewritten_sharing_title(meta_title, h1, ld):
    assert _headline(meta_title, h1, ld=ld) == h1


def test_the_h1_is_not_taken_where_it_is_no_headline():
    assert _headline("Why Did the Old Levee Give Way?", "Flood Watch: Why Did the Old Levee Give Way?", ld=True) \
        == "Why Did the Old Levee Give Way?"  # a topic word the <h1> prints over the metadata's headline
    assert _headline("Levee failure on the lower river, explained.",
                     '<span class="kicker">Flood Watch</span> Why Did the Old Levee Give Way?') \
        == "Levee failure on the lower river, explained."  # a kicker set inside the <h1> would run into it
    assert _headline("Why Did the Old Levee Give Way?", "Harbour Review") == "Why Did the Old Levee Give Way?"  # the site
    assert _headline("Why Did the Old Levee Give Way?", "Levee") == "Why Did the Old Levee Give Way?"  # too short
    assert _headline("Levee failure on the lower river, explained.", "Why Did the Old Levee Give Way?") \
        == "Why Did the Old Levee Give Way?"  # and the case above still moves
