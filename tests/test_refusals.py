"""Pages that hold no article are refused with a reason, by their shape: a consent wall whose
buttons stand on one row, a tag or section page listing teasers; and articles of the same
furniture are still stored."""

from pathlib import Path

import pytest

from archive.extract.teaser_pages import TEASER_LIST, teaser_list
from archive.readers.html import NotAnArticle, parse_html, read_html_file
from archive.readers.text import parse_text_article, read_text_file
from archive.model import BadRecord

PROSE = [
    "The provincial council voted on Tuesday to reopen the river crossing at Fishkhabour after a "
    "closure of three weeks that had stranded hundreds of lorries on both banks.",
    "Traders said the closure had doubled the price of flour in the markets of Dohuk, and several "
    "bakeries in the city had cut their hours while they waited for deliveries.",
    "Officials on the other bank said they would allow the first convoys through on Thursday morning, "
    "once the customs staff who had been moved elsewhere returned to their posts.",
]


def test_a_consent_wall_with_its_buttons_on_one_row_is_refused(tmp_path: Path):
    wall = "\n".join([
        "Evening Ledger",
        "English | Français",
        "Your choices about data",
        "We and our 120 partners store and access information on your device, such as cookies and unique "
        "identifiers, and process personal data for advertising and audience measurement.",
        "You may accept, refuse or change your preferences at any time from the footer of the site.",
        "[ACCEPT ALL]   [REJECT ALL]   [MORE OPTIONS]",
        "Privacy Policy | Partners",
    ])
    path = tmp_path / "ledger-wall.txt"
    path.write_text(wall, encoding="utf-8")
    (record,) = list(read_text_file(path))
    assert isinstance(record, BadRecord) and "consent" in record.reason and record.source_path.endswith("ledger-wall.txt")
    # the same row of buttons on the page of a story about data is no reason to refuse the story
    story = "\n".join(["Regulator fines app over location data", *PROSE, "[ACCEPT ALL]   [REJECT ALL]"])
    assert "river crossing" in parse_text_article(story).body


TAG_PAGE = """<!DOCTYPE html><html><head><title>Fishkhabour Archives - Valley Times</title></head>
<body><header><a href="/">VALLEY TIMES</a><nav>News | Business | Opinion</nav></header><main>
<h1>Tag: Fishkhabour</h1>
<article><h2><a href="/a">Council votes to reopen river crossing</a></h2><span>May 2, 2021</span>
<p>The provincial council voted on Tuesday to reopen the crossing after a closure of three&hellip;</p></article>
<article><h2><a href="/b">Flour prices double in Dohuk markets</a></h2><span>April 20, 2021</span>
<p>Traders said the closure had doubled the price of flour&hellip;</p></article>
<article><h2><a href="/c">Lorries stranded on both banks</a></h2><span>April 12, 2021</span>
<p>Hundreds of drivers have waited for more than a week&hellip;</p></article>
</main><footer>&copy; 2021 Valley Times</footer></body></html>"""


def test_a_tag_page_listing_teasers_is_refused(tmp_path: Path):
    with pytest.raises(NotAnArticle, match="list of teasers"):
        parse_html(TAG_PAGE, "tag.html")
    path = tmp_path / "tag-fishkhabour.html"
    path.write_text(TAG_PAGE, encoding="utf-8")
    (record,) = list(read_html_file(path))
    assert isinstance(record, BadRecord) and record.reason == TEASER_LIST and record.source_path.endswith("tag-fishkhabour.html")


def test_an_article_with_related_teasers_under_it_is_stored():
    page = ("<html><body><h1>Council votes to reopen river crossing</h1><article>"
            + "".join(f"<p>{p}</p>" for p in PROSE)
            + "</article><aside><h3>Related</h3>"
            + "".join(f"<div><h4><a href='/x{i}'>Story {i}</a></h4><p>An opening cut short{i}&hellip;</p></div>"
                      for i in range(4))
            + "</aside></body></html>")
    assert "river crossing" in parse_html(page, "story.html").body


def test_teaser_list_shape():
    teasers = ["Council votes to reopen crossing", "May 2, 2021", "The council voted on Tuesday to reopen…",
               "Traders said the closure had doubled…", "Hundreds of drivers have waited for more than a week..."]
    assert teaser_list(teasers)
    assert not teaser_list(teasers[:3])  # two teasers: too few to call it a list
    assert not teaser_list(teasers + PROSE[:1])  # a paragraph of prose: an article may be there


def test_a_saved_page_holding_only_a_consent_notice_is_refused():
    page = ("<html><body><div class='consent'><h1>We value your privacy</h1>"
            "<p>We and our 120 partners store and access information on your device, such as cookies and unique "
            "identifiers, and process personal data for advertising, content measurement and audience insights.</p>"
            "<p>You may accept, refuse or change your preferences at any time from the footer of the site.</p>"
            "<button>Accept all</button><button>Reject all</button><a href='#'>More options</a></div></body></html>")
    with pytest.raises(NotAnArticle, match="consent"):
        parse_html(page, "wall.html")
    story = page.replace("</div>", "".join(f"<p>{p}</p>" for p in PROSE) + "</div>")
    assert "river crossing" in parse_html(story, "story.html").body
