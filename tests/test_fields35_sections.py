"""A site's section is no tag where the page's own menu lists it (issue #13, round 35: fields34's hook 1,
placed in archive/extract/html_metadata.page_metadata): "MENA", "Esteri" as article:section are where
the page is filed, the menu's entry read as a tag. A section the menu does not list is still a tag where
the page states none. Pages written for the test."""

import lxml.html

from archive.extract.html_metadata import page_metadata

PAGE = """<html><head><meta property="og:title" content="Camp fire kills two">
<meta property="article:section" content="{section}"></head><body>
<nav><a href="/">Home</a> <a href="/mena">MENA</a> <a href="/world">World</a></nav>
<h1>Camp fire kills two</h1><p>A fire in the camp killed two people on Sunday, officials said.</p>
</body></html>"""


def test_a_section_the_menu_lists_is_no_tag():
    assert page_metadata(lxml.html.fromstring(PAGE.format(section="MENA"))).tags == []


def test_a_section_the_menu_does_not_list_is_a_tag_where_none_is_stated():
    assert page_metadata(lxml.html.fromstring(PAGE.format(section="Refugees"))).tags == ["Refugees"]
