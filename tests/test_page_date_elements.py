"""The page's short elements found in one pass (issue #13, round 19): the same elements and texts
as reading every element's text, whatever the nesting and the white space."""

import lxml.html

from archive.model import collapse_whitespace
from archive.readers.page_date import page_date_line, short_elements

PAGE = """<html><head><style>p { color: red }</style></head><body>
<div class="bar"><span>Lakeport</span> | <span>Monday 9 March 2020</span></div>
<div class="story"><h2>Ferry service resumes</h2>
<p>The ferry between the two lake towns ran again on Monday for the first time since the storm, the operator said.</p>
<p>      <b>   short   </b>      </p>
<ul><li><a href="/a"><span>Ferries</span></a></li><li><a href="/b">Storms</a>&#160;&#160;</li></ul>
<script>var x = "a very long script text that is no element's visible text but is counted in text_content";</script>
</div></body></html>"""


def _naive(tree, limit=80):
    found = []
    for element in tree.xpath("//body//*[not(self::script or self::style)]"):
        text = collapse_whitespace(element.text_content() or "")
        if text and len(text) <= limit:
            found.append((element, text))
    return found


def test_short_elements_are_those_every_elements_text_gives():
    tree = lxml.html.fromstring(PAGE)
    for limit in (5, 20, 80, 200):
        assert short_elements(tree, limit) == _naive(tree, limit)


def test_the_page_date_line_of_a_date_bar():
    assert page_date_line(lxml.html.fromstring(PAGE)) == "2020-03-09"
