"""A web page whose <title> names the site or the page's kind, not the story (issue #13, round 18):
the headline element is the title. A title sharing a word with the headline stays."""

from archive.readers.html import parse_html

PARAGRAPHS = [
    "The district council voted on Tuesday to keep the winter shelter open for another year, after "
    "volunteers told members that demand had doubled since the spring and that the building was full most nights.",
    "Members agreed to find the money from the reserve fund, and asked officers to report back in March "
    "on how many people the shelter had helped and what a permanent site would cost the district.",
    "The shelter's manager said the decision would let the team plan ahead for the first time in three "
    "years, and thanked the residents who had written to the council in support of the scheme.",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Council keeps the winter shelter open for another year"


def _page(head: str, heading: str) -> str:
    return (f"<html><head>{head}</head><body><div>Home | News | About | Contact</div>"
            f"{heading}{TEXT}</body></html>")


def test_a_page_titled_with_its_kind_takes_the_headline_element():
    assert parse_html(_page("<title>Story</title>", f"<h2>{HEADLINE}</h2>"), "x.html").title == HEADLINE


def test_a_page_titled_with_a_site_name_no_logo_spells_takes_the_headline_element():
    page = _page("<title>Riverside Online</title>", f"<h2>{HEADLINE}</h2>")
    assert parse_html(page, "x.html").title == HEADLINE
    page = _page("<title>REGISTRY - Press release</title>", f"<h2>{HEADLINE}</h2>")
    assert parse_html(page, "x.html").title == HEADLINE


def test_a_page_without_a_title_takes_its_large_font_headline_not_its_menu():
    page = ("<html><body><table><tr><td><b>Riverside</b> | Local | World | Business</td></tr></table>"
            f"<font size='5'>{HEADLINE}</font><br>{TEXT}</body></html>")
    assert parse_html(page, "x.html").title == HEADLINE


def test_a_short_title_sharing_a_word_with_the_headline_stays():
    page = _page("<title>Winter shelter stays open</title>", f"<h2>{HEADLINE}</h2>")
    assert parse_html(page, "x.html").title == "Winter shelter stays open"


def test_a_page_without_a_title_never_takes_a_subheading_under_a_short_h1():
    page = (f"<html><body><h1>Shelter stays</h1>{TEXT}<h2>What the volunteers asked the council</h2>"
            f"{TEXT.replace('Tuesday', 'Monday')}</body></html>")
    assert parse_html(page, "x.html").title != "What the volunteers asked the council"
