"""A page's tags where its visible tag links show part of the list its search keywords state
(archive/extract/page_tags.py, through the HTML reader): the keywords complete a labelled tags box
that they agree with; a "read more" row, keywords missing a shown tag, and an outlet's site-wide
keywords leave the visible links as they are."""

import json

import lxml.html

from archive.extract import page_tags
from archive.extract.html_metadata import page_metadata
from archive.readers.html import parse_html

BODY = "".join(
    f"<p>{sentence}</p>\n"
    for sentence in (
        "Water trucks reached the eastern district of the town on Tuesday after the pumping station stopped for a week.",
        "The local council said repairs to the main pipe would take until the end of the month at the earliest.",
        "Residents queued for hours at the distribution points, and several families said they had bought water privately.",
        "An aid group working in the area said it would add two more trucks from Thursday if fuel arrived in time.",
    )
)


def page(keywords: str = "", box: str = "", head: str = "", site: str = "Valley Courier") -> str:
    meta = f'<meta name="keywords" content="{keywords}">' if keywords else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<meta property="og:site_name" content="{site}">{meta}{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/region">Region</a></nav>'
        f"<article><h1>Water trucks reach the eastern district</h1>{BODY}{box}</article>"
        f"<footer><p>© 2024 {site}</p></footer></body></html>"
    )


def tags_of(html: str, url: str = "https://valleycourier.example/2024/water-trucks") -> list:
    return parse_html(html, "page.html", url=url).tags


def test_a_labelled_tags_box_is_completed_by_keywords_that_name_all_of_it():
    box = '<div class="tags">Topics: <a href="/t/water">Water</a>, <a href="/t/aid">Aid</a></div>'
    assert tags_of(page("Water, Aid, Pumping stations, Eastern district", box)) == [
        "Water", "Aid", "Pumping stations", "Eastern district"]


def test_merge_is_case_folded_and_keeps_the_links_order():
    box = '<div class="post-tags">Tags: <a>Aid</a> <a>WATER</a></div>'
    html = page("water, aid, fuel", box)
    assert tags_of(html) == ["Aid", "WATER", "fuel"]
    tree = lxml.html.fromstring(html)
    assert page_metadata(tree).sources["tags"] == "markup+keywords"


def test_an_arabic_tags_label_and_arabic_commas():
    box = '<div class="post-tags">الوسوم: <a>المياه</a> <a>الصهاريج</a></div>'
    assert tags_of(page("المياه، الصهاريج، محطة الضخ", box)) == ["المياه", "الصهاريج", "محطة الضخ"]


def test_a_read_more_row_is_left_as_it_is():
    box = '<div class="article-topics">Read more on <a href="/topic/water/">Water</a> <a href="/topic/aid/">Aid</a></div>'
    assert tags_of(page("Water, Aid, Fuel", box)) == ["Water", "Aid"]


def test_keywords_missing_a_shown_tag_are_another_list():
    box = '<div class="tags">Tags: <a>Water</a> <a>Aid</a> <a>Council</a></div>'
    assert tags_of(page("Water, Aid, Fuel, Pipes", box)) == ["Water", "Aid", "Council"]


def test_the_outlets_site_wide_keywords_complete_nothing():
    box = '<div class="tags">Tags: <a>Water</a> <a>Aid</a></div>'
    assert tags_of(page("Water, Aid, Valley Courier, Courier news", box)) == ["Water", "Aid"]
    assert tags_of(page("Water, Aid, valleycourier", box)) == ["Water", "Aid"]  # the domain's name


def test_site_wide_keywords_are_no_tags_where_the_page_shows_none():
    assert tags_of(page("Valley Courier, news, region")) == []
    assert tags_of(page("News, Latest news, Breaking news, Water")) == []
    assert tags_of(page("أخبار, عاجل, آخر الأخبار", site="Example")) == []
    assert tags_of(page("Water, Aid, Fuel")) == ["Water", "Aid", "Fuel"]  # a page's own list
    assert tags_of(page("Conflict, International, Water")) == ["Conflict", "International", "Water"]


def test_json_ld_keywords_split_at_the_arabic_comma():
    ld = {"@type": "NewsArticle", "headline": "Water trucks reach the eastern district", "keywords": "المياه، الحسكة"}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    assert tags_of(page(head=head)) == ["المياه", "الحسكة"]


def test_site_wide_needs_a_name_or_mostly_generic_words():
    assert page_tags.site_wide(["Rudaw News", "Kurdistan"], ["Rudaw"])
    assert page_tags.site_wide(["Syria", "kurdistan24"], [], "https://www.kurdistan24.net/en/story/1")
    assert not page_tags.site_wide(["Syria", "Kurds"], ["Syria Direct"], "https://syriadirect.org/x")
    assert not page_tags.site_wide(["Syria", "Live updates", "Camps"], [])
    assert page_tags.site_wide(["News", "Live updates", "Camps"], [])
    # a site's search phrases: most items hold a news word
    assert page_tags.site_wide(["Ghana breaking news", "NPP news", "sport news", "Accra", "Kumasi"], [])
    assert not page_tags.site_wide(["Fox News", "Syria", "Kurds"], [])
