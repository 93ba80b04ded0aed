"""Round 28's hooks in files the helpers did not own (issue #13): an old table-laid page's byline
written as a bare run of text between line breaks (readers/html.py, fields28's page_bylines); a desk
taken for the byline takes no tag away (readers/text.py); a podcast's episode and a live page's
stamped entry give the title (extract/title_guards.py, text28's title_entries)."""

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


def test_episode_and_stamped_live_entry_titles():
    # title_guards.title_at asks text28's title_entries.story_title
    from archive.readers.text import parse_text_article

    show = ("Harbour Voices - conversations from the coast\nEpisode 7: The last net maker\n"
            "Hosted by Ines Moreau | 4 Apr 2024 | 31 min\nTRANSCRIPT\n\n"
            "INES MOREAU: Welcome back. Today I am with a man who has mended fishing nets on the quay for fifty years.\n\n"
            "TOMAS: My father taught me, and his father taught him. Nobody wants to learn it now.\n")
    assert parse_text_article(show, "show.txt").title == "Episode 7: The last net maker"
    live = ("LIVE: Floods in the valley - all the latest\nRefresh for updates\n09:40 GMT, 3 Apr 2024\n"
            "Posted by Dan Reyes\nRiver peaks below the town walls\n\n"
            "The river peaked overnight half a metre below the town walls, the flood agency said this morning.\n\n"
            "Engineers said the temporary barriers had held and that the water would fall through the day.\n\n"
            "Share this update\n08:10 GMT - Schools closed across the valley\n07:30 GMT - Rail line suspended\n")
    assert parse_text_article(live, "live.txt").title == "River peaks below the town walls"
