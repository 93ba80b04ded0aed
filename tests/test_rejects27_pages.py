"""Round 27 (rejects27): pages that hold no article by their shape, and titles the page's shape
gives. Texts written for the test."""

from pathlib import Path

import pytest

from archive.extract import paragraphs
from archive.extract.gate_pages import GATE_ONLY, gate_page
from archive.extract.teaser_pages import dated_headline, teaser_list
from archive.readers.text import parse_text_article


def _gate(page: str, body: list) -> bool:
    content = [line.strip() for line in page.split("\n") if line.strip()]
    lines = paragraphs.classify(content, marked=[False] * len(content))
    return gate_page(body, content, lines)


LEAD = ("Farm cooperatives along the lower valley have begun pooling their tractors for the spring "
        "planting, a first since the floods, and say the shared fleet could cover twice the land it did.")
STUB = ("The Valley Courier\nSubscribe\n\nTractor pools return to the lower valley\n\n" + LEAD + "\n\n"
        "This story is only for members.\nBecome a member to keep reading\nAlready a member? Sign in\nSubscribe from $3 a month\n")
BRIEF_WITH_BOX = ("The Valley Courier\n\nTractor pools return to the lower valley\n\n" + LEAD + "\n\n"
                  "Sign up for our newsletter\nSubscribe\n")


def test_a_lead_over_a_run_of_calls_is_a_paywall_stub():
    assert _gate(STUB, [LEAD])
    with pytest.raises(ValueError, match=GATE_ONLY.split(",")[0]):
        parse_text_article(STUB, "stub.txt")


def test_a_brief_over_a_sign_up_box_is_kept():
    assert not _gate(BRIEF_WITH_BOX, [LEAD])


def test_headlines_stamped_with_their_dates_are_a_listing():
    items = ["Ferry service resumes on the upper lake — 3 days ago",
             "Mayor opens the new grain market | 12.03.2024",
             "Teachers return to the border schools - 2 weeks ago"]
    assert all(dated_headline(p) for p in items)
    assert teaser_list(["News", "World"] + items)
    assert not dated_headline("The council met on Monday and agreed the budget - 2 weeks ago.")
    assert not teaser_list(items + ["The council met on Monday and agreed the budget for the year after a long debate."])


TAG_PAGE = """<html><head><title>harbour | The Coast Daily</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<h1>Tag: harbour</h1>
<div class="card"><a href="/1">Harbour dredging starts before the storm season — 1 day ago</a></div>
<div class="card"><a href="/2">Fishermen count losses after the spring gales — 4 days ago</a></div>
<div class="card"><a href="/3">New pier lights installed along the waterfront — 2 weeks ago</a></div>
<footer><p>Load more</p><p>The Coast Daily 2022</p></footer></body></html>"""


def test_a_tag_page_of_dated_links_is_refused():
    from archive.readers.html import parse_html

    with pytest.raises(ValueError, match="teasers"):
        parse_html(TAG_PAGE, "tag.html")


BRIEF_PAGE = """CRRS Policy Paper 4/2023
Caspian Centre for Refugee Studies

Policy paper: Schooling for returnee children in the northern districts

Anna Virtanen and Jonas Lund
Published 3.5.2023

This paper sets out what is known about schooling for children who returned to the northern districts over the past two years, based on visits to fourteen schools.

Teachers described crowded classrooms and a shortage of books in the languages the children speak at home, and several schools had no heating in winter.
"""


def test_the_headline_under_an_organisations_name_is_the_title():
    record = parse_text_article(BRIEF_PAGE, "paper.txt")
    assert record.title == "Policy paper: Schooling for returnee children in the northern districts"


DATELINED = """Grain barges return to the river port
Lena Ortiz | Port Gazette
MOSUL, March 9

Grain barges returned to the river port this week for the first time in two years, the port authority said, after the channel was cleared of wrecks.

Traders said the first cargoes had already lowered flour prices in the markets near the port.
"""


def test_a_dateline_alone_is_no_title():
    record = parse_text_article(DATELINED, "barges.txt")
    assert record.title == "Grain barges return to the river port"


DIGEST_PAGE = """Good evening, here is the evening's selection.

Night ferries return to the northern shore
Lire la suite >

Council votes to repave the market square
Lire la suite >

Lake water level rises after a week of rain
Lire la suite >

You get this letter because you asked for it. Unsubscribe.
"""


def test_headlines_over_a_repeated_link_label_are_a_listing_in_any_language():
    with pytest.raises(ValueError, match="teasers"):
        parse_text_article(DIGEST_PAGE, "digest.txt")


def test_a_brief_beside_such_a_list_is_kept():
    brief = ("Night ferries return to the northern shore\n\nThe ferry company said night crossings to the northern "
             "shore would resume next week after the harbour lights were repaired.\n\n")
    page = brief + DIGEST_PAGE.split("\n\n", 1)[1].replace("Night ferries return to the northern shore", "Bus fares frozen for a year")
    record = parse_text_article(page, "brief.txt")
    assert record.body.startswith("The ferry company said")


CARDS = """<html><body><h1>Topic: river ports</h1>
<section><div class="card"><a href="/a">Barges queue at the southern locks again</a> <span>3 May 2024</span></div>
<div class="card"><a href="/b">New cranes arrive at the river terminal</a> <span>28 April 2024</span></div>
<div class="card"><a href="/c">Dredging contract awarded after long delay</a> <span>19 April 2024</span></div></section>
</body></html>"""


def test_blocks_of_one_class_side_by_side_are_a_listings_items():
    import trafilatura

    from archive.extract.listing_pages import listing_page

    assert listing_page(trafilatura.load_html(CARDS))
    article = CARDS.replace("<section>", "<p>" + LEAD + " " + LEAD + "</p><section>")
    assert not listing_page(trafilatura.load_html(article))
