"""Round 28's hooks in the readers the helpers did not own (issue #13): an old table-laid page's
byline written as a bare run of text between line breaks (readers/html.py, fields28's
page_bylines.page_byline)."""

from archive.readers.html import parse_html

OLD_PAGE = """<html><head><title>Valley news</title></head><body>
<table width="760"><tr><td class="main">
<font size="4"><b>Bridge over the canal reopens after repairs</b></font><br>
Posted: 14/12/2019 by Rowan Pike<br>
<p>The bridge over the main canal reopened on Friday after four months of repairs, the county engineer said, and buses returned to their old route the same afternoon.</p>
<p>Shopkeepers on both banks said trade had fallen by a third while the bridge was closed, and asked the council to warn them earlier of the next works.</p>
</td></tr></table>
</body></html>
"""


def test_an_old_pages_bare_byline_run_names_its_writer():
    record = parse_html(OLD_PAGE.encode(), "old-table.html")
    assert record.author == "Rowan Pike"
