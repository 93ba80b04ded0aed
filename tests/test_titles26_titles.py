"""Titles, round 26 of issue #13 (titles26).

- an HTML page's ``<title>`` that joins the headline to the site's name or section ("Site --
  Headline", "Headline | Site", "Site | Section | Headline"), with no og:title or ``<h1>`` giving the
  headline alone: the parts the page names as the site (its site name, domain, logo, masthead or
  footer) or a section are dropped; a headline with a dash of its own is kept whole.
"""

import pytest

from archive.readers.html import parse_html

BODY = ("<p>The ferry between the two lake towns ran again on Monday for the first time since the storm "
        "that closed the harbour in March, the operator said in a statement.</p>"
        "<p>It will add a second boat in the summer and cut the fares for pupils who cross every day, "
        "the operator said, and the town council has promised a new landing stage.</p>"
        "<p>Residents of the smaller town had waited six weeks for the service to return.</p>")


def _page(title: str, top: str = "", foot: str = "", head: str = "",
          heading: str = "Ferry service resumes across the lake") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>{top}"
            f"<div><font size='4'><b>{heading}</b></font><br>{BODY}</div>"
            f"{foot}</body></html>")


@pytest.mark.parametrize("title, top, foot, head", [
    ("Lakeland Post -- Ferry service resumes across the lake", "<td class='logo'>Lakeland Post</td>", "", ""),
    ("Ferry service resumes across the lake | Lakeland Post", "", "<footer>Lakeland Post</footer>", ""),
    ("Lakeland Post | World | Ferry service resumes across the lake", "<div id='masthead'>Lakeland Post</div>", "", ""),
    ("Ferry service resumes across the lake - The Shore Gazette", "", "",
     "<meta property='og:site_name' content='The Shore Gazette'>"),
])
def test_the_sites_name_beside_the_headline_is_dropped(title, top, foot, head):
    record = parse_html(_page(title, top, foot, head), "<test>")
    assert record.title == "Ferry service resumes across the lake"


def test_a_headline_with_a_dash_of_its_own_stays_whole():
    title = "Ferries return -- the lake town that waited six weeks"
    record = parse_html(_page(title, "<td class='logo'>Shore Gazette</td>", heading=title), "<test>")
    assert record.title == title


# A live page: the ticker title over entries each headed by a time stamp alone on its line.

from archive.extract.article import build_article  # noqa: E402
from archive.extract.title_guards import system_name  # noqa: E402
from archive.extract.title_live import ticker_title, time_alone  # noqa: E402
from archive.readers.text import parse_text_article  # noqa: E402

ENTRY = ("The ferry between the two lake towns ran again on Monday for the first time since the storm "
         "closed the harbour, the operator said in a short statement to reporters.\n\n"
         "It will add a second boat in the summer and cut the fares for pupils who cross every day.\n")


@pytest.mark.parametrize("ticker, stamps", [
    ("Liveblog: Storm over the lake +++ Ferries run again +++", ("11:58 Uhr", "10:41 Uhr")),
    ("LIVE: Storm over the lake", ("9.05pm", "8.40pm")),
    ("En direct - Tempête sur le lac", ("11h58", "10h41")),
])
def test_a_live_pages_first_entry_heading_is_the_title(ticker, stamps):
    page = (f"Lakeland Post\n{ticker}\nUpdated 4 April 2022\n{stamps[0]}\nFerries run again across the lake\n"
            f"{ENTRY}{stamps[1]}\nHarbour still closed to small boats\nOlder entries\n")
    assert build_article(parse_text_article(page)).title == "Ferries run again across the lake"


def test_a_headline_without_a_ticker_is_kept():
    assert not ticker_title("Live music returns to the lake towns") and ticker_title("Liveticker: Sturm +++")
    assert time_alone("11:58 Uhr") and time_alone("10:41") and not time_alone("11:58 Uhr Berlin Mitte")
    page = "Lakeland Post\nLive music returns to the lake towns\n4 April 2022\n11:58\nBand one\n" + ENTRY
    assert build_article(parse_text_article(page)).title == "Live music returns to the lake towns"


# A site's system or portal named over the page is furniture, never the title.

def test_a_system_name_over_the_headline_is_not_the_title():
    page = ("Lakeland County Council\nDocumentation and Information System for Council Papers\n"
            "Minutes 12/4 · Lakeport, 4 April 2022\nQuestion time: ferry fares for pupils\n" + ENTRY)
    assert build_article(parse_text_article(page)).title == "Question time: ferry fares for pupils"


@pytest.mark.parametrize("line, named", [
    ("Documentation and Information System for Council Papers", True),
    ("Dokumentations- und Informationssystem für Ratsunterlagen", True),
    ("Lake Ferry System Faces Overload", False),
    ("Ferry fares rise for pupils", False),
])
def test_a_system_name_by_its_head_noun(line, named):
    assert system_name(line) is named


# Header lines no title is, by their shape in any language: a relative stamp, a date of another
# calendar or digits, a byline after a word for "by" or before a trailing separator.

from archive.extract.title_guards import stamp_or_byline  # noqa: E402


@pytest.mark.parametrize("line, stamp", [
    ("Mis en ligne il y a 5 heures", True),
    ("vor 20 Minuten", True),
    ("منذ 4 ساعات", True),
    ("2 saat önce", True),
    ("۲۲ آبان ۱۴۰۱", True),
    ("Lunedì 7 marzo 2022", True),
    ("di Marta Bianchi", True),
    ("Lena Okafor |", True),
    ("Hosted by Lena Okafor and Marta Bianchi", True),
    ("Moderiert von Anna Weber", True),
    ("Sunk by Autumn Storms", False),
    ("Hosted by the ferry crews for the pupils", False),
    ("Day 5 of the ferry strike", False),
    ("4 hours on the lake with the ferrymen", False),
    ("Ferry Crews Demand Pay", False),
])
def test_stamp_or_byline_by_shape(line, stamp):
    assert stamp_or_byline(line) is stamp


@pytest.mark.parametrize("header", [
    "Lena Okafor |\nPublished: 4 April 2022, 10:05",
    "di Marta Bianchi\n4 April 2022",
    "Lakeland Post\nMis en ligne il y a 5 heures\nPublié le 4 avril 2022",
])
def test_the_headline_over_its_standfirst_and_a_header_of_another_language(header):
    page = ("Lakeland Post\nHome | Lakes | Towns\n\nFerry service resumes across the lake\n\n"
            "Pupils will pay less when the second boat arrives in the summer, the operator says\n\n"
            f"{header}\n\n" + ENTRY)
    article = build_article(parse_text_article(page))
    assert article.title == "Ferry service resumes across the lake"
    assert article.published is not None and article.published.startswith("2022-04-04")


def test_an_episodes_credit_is_no_title():
    page = ("Lake Voices — a podcast about the towns\nHome | Lakes | Towns | Podcasts\nEpisodes > Episode 12\n\n"
            "Episode 12: The last ferry of the winter\n\nTwo crews remember the storm and the long wait.\n\n"
            "Hosted by Lena Okafor and Marta Bianchi\n4 April 2022 · 41 min\n\n"
            "Share on Facebook | Share on X | Copy link\n\n" + ENTRY)
    assert build_article(parse_text_article(page)).title == "Episode 12: The last ferry of the winter"
