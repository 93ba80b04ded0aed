"""Tags of web pages, round 24 of issue #13: a tags box holding links to other stories under a
reading prompt is no tags (the page's keywords are read instead), and a block of the page that
writes a tags label before its list ("Themen: a, b") gives the tags where no markup says tags."""

import lxml.html
import pytest

from archive.extract.page_tags import completed_tags, labelled_block_tags, story_links


def test_links_under_a_reading_prompt_one_a_headline_are_no_tags():
    headline = ["Ferry fares to fall for pupils from September"]
    assert story_links(headline, "Read also:")
    assert completed_tags(headline, "Read also:", ["Ferries", "Lakeport"]) == []
    assert story_links(["ارتفاع أسعار تذاكر العبارة في البحيرة هذا الصيف"], "اقرأ أيضاً:")


@pytest.mark.parametrize("visible, label", [
    (["Ferries", "Lakeport"], "Read more on"),  # short topic links: the row stays as it is
    (["Ferry fares to fall for pupils from September"], "Tags:"),  # a tags label says tags
    (["Ferry fares to fall for pupils from September"], ""),
])
def test_links_kept_where_no_prompt_or_no_headline(visible, label):
    assert not story_links(visible, label)
    assert completed_tags(visible, label, []) == visible


def _page(block: str) -> object:
    return lxml.html.fromstring(
        "<html><body><nav><a>Home</a> <a>Tags: Menu</a></nav><article><h1>Ferry resumes</h1>"
        "<p>The ferry between the two lake towns ran again on Monday for the first time since the storm.</p>"
        + block + "</article></body></html>")


@pytest.mark.parametrize("block, tags", [
    ("<div class='themen'>Themen: Seen, Fähren, Stürme</div>", ["Seen", "Fähren", "Stürme"]),
    ("<div class='cats'>Filed under: <a>Ferries</a>, <a>Lakes, Rivers and Canals</a></div>",
     ["Ferries", "Lakes, Rivers and Canals"]),  # the links are the items: a comma inside one stays
    ("<p>الوسوم: البحيرة، العبارة</p>", ["البحيرة", "العبارة"]),
    ("<div>Trending Topics: Elections, Budget</div>", []),  # the site's list of the day
    ("<div>The ferry tags along the shore.</div>", []),
])
def test_a_labelled_block_gives_the_tags(block, tags):
    assert labelled_block_tags(_page(block)) == tags
