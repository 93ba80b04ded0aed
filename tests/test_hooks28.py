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


def test_a_desk_taken_for_the_byline_takes_no_tag_away(tmp_path):
    from archive.readers.text import parse_text_article

    page = ("A ministry's website\nMINISTRY of FOREIGN AFFAIRS\n"
            "Home > Press Office > Statements > Four children returned from camps in Syria\n"
            "Four children returned from camps in Syria\nSTATEMENT\nPRESS OFFICE\nMARCH 3, 2024\n"
            "The ministry said four children were returned from camps in north-east Syria on Saturday and are now "
            "with relatives, after months of talks with the local authorities.\n\n"
            "A spokesperson said further returns were planned but gave no dates, citing the security of the "
            "families still in the camps.\n"
            "TAGS\nPress Office\nRepatriation\nSyria\nRelated Articles\n")
    record = parse_text_article(page, str(tmp_path / "media-note.txt"))
    assert record.author is None and "Press Office" in record.tags
