"""A plain-text listing whose teasers close with a "Read more" link instead of a date (a section or
search page saved as text: headline / one sentence / "Read more") is refused
(archive/extract/teaser_pages.py); a story with such links under it keeps its text."""

import pytest

from archive.readers.text import parse_text_article

PLACES = ["Kirkwall", "Stromness", "Lerwick", "Scalloway"]
ITEMS = "\n\n".join(f"Harbour at {p} reopens after the winter storms\n"
                    f"Boats returned to the quay at {p} as the council lifted its ban.\nRead more" for p in PLACES)
STORY = ("The ferry to the northern islands sailed again on Tuesday for the first time since the storm closed "
         "the harbour, and islanders queued on the quay from dawn to cross.\n\n"
         "Shops had run short of bread and milk during the two weeks without a crossing, and patients had "
         "missed appointments at the mainland hospital, the council said on Wednesday.\n\n"
         "The harbour master said repairs to the breakwater would take until the summer, and that "
         "crossings might be cancelled again if the wind rose above a gale.")


def test_a_text_listing_closed_by_read_more_links_is_refused():
    text = f"THE ISLAND COURIER\n\nSearch\n\nShowing 4 results for harbour\n\n{ITEMS}\n"
    with pytest.raises(ValueError, match="teasers"):
        parse_text_article(text, "search.txt")


def test_a_story_with_read_more_links_under_it_is_stored():
    text = f"THE ISLAND COURIER\n\nFerry sails again to the islands\n\n{STORY}\n\nRelated\n\n{ITEMS}\n"
    assert "ferry" in parse_text_article(text, "story.txt").body
