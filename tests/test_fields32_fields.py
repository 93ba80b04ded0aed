"""Round 32 (fields32): a name right under the date line, a byline in capitals joined by "AND", a
series' numbered rubric over the <h1>, a print stamp and a call to subscribe or get the app over the
headline, a page copied into an e-mail under the sender's note. Invented texts."""

import pytest
from lxml import html as lxml_html

from archive.extract.byline_blocks import name_over_date
from archive.extract.bylines import byline
from archive.extract.html_titles import page_headline
from archive.extract.title_copied_pages import copied_page
from archive.extract.title_guards import saving_note
from archive.readers.text import parse_text_article

BODY = ("The water board said on Tuesday that the pumping station would stay closed for another week while "
        "engineers replaced two damaged transformers, leaving several districts without a regular supply.")


@pytest.mark.parametrize("header, name", [
    (["4 March 2023", "Tomas Virtanen", BODY], "Tomas Virtanen"),
    (["٤ آذار ٢٠٢٣", "سامر الحلبي", BODY], "سامر الحلبي"),
    (["٤ آذار ٢٠٢٣", "سامر الحلبي - دمشق", BODY], "سامر الحلبي"),
    (["٤ آذار ٢٠٢٣", "نسخ الرابط", BODY], None),  # a share button's words: no given name
    (["4 March 2023", "Tomas Virtanen", "Lena Okafor", BODY], None),  # two names: which is the writer unknown
])
def test_a_name_right_under_the_date_line(header, name):
    found = name_over_date(header)
    assert (found[0] if found else None) == name


def test_a_joiner_in_capitals_is_written_small():
    assert byline("BY NORA LIND-PARK AND SAMI OKONJO")[0] == "Nora Lind-Park and Sami Okonjo"
    assert byline("PAR JEAN DUVAL ET LÉA MOREAU")[0] == "Jean Duval et Léa Moreau"


def _page(title: str, kicker: str, h1: str):
    return lxml_html.fromstring(
        f"<html><head><title>{title}</title></head><body><p class='kicker'>{kicker}</p><h1>{h1}</h1>"
        f"<p>{BODY}</p></body></html>")


def test_a_numbered_rubric_of_a_series_is_no_part_of_the_headline():
    headline = "Pumping station stays shut for a second week"
    tree = _page(f"Weekly Brief No. 7: {headline}", "Weekly Brief No. 7", headline)
    assert page_headline(headline, tree) == headline
    assert page_headline(f"Weekly Brief No. 7: {headline}", tree) == headline
    topic = _page(f"Water crisis in the north: {headline}", "Water crisis in the north", headline)
    assert page_headline(headline, topic) == f"Water crisis in the north: {headline}"  # a topic line stays (round 30)


def test_a_print_stamp_is_a_saving_note():
    assert saving_note("Printed from example-news.org 03.04.2022")
    assert saving_note("Udskrevet fra example.dk 03.04.2022")
    assert not saving_note("Printed from the heart: a baker's story")


@pytest.mark.parametrize("call", ["Pretplatite se na štampano izdanje", "حمّل تطبيق الموقع على هاتفك",
                                  "Laden Sie unsere App herunter", "Ce contenu est réservé aux abonnés. Se connecter"])
def test_a_call_to_the_reader_over_the_headline_is_no_title(call):
    text = f"The Valley Courier\n\n{call}\n\nPumping station stays shut for a second week\n\n4 March 2023\n\n{BODY}\n"
    assert parse_text_article(text, "page.txt").title == "Pumping station stays shut for a second week"


def test_a_page_copied_under_the_senders_note():
    note = ["saving this for the water chapter, link lost.\nNora"]
    page = ["Pumping station stays shut for a second week", "4 March 2023", BODY]
    found = copied_page(note + page)
    assert found.startswith("Pumping station stays shut for a second week\n")
    assert copied_page(page) is None  # the message opens with the page: read as it is
    assert copied_page(note + [page[0], BODY]) is None  # no date line under the headline


@pytest.mark.parametrize("header, name", [
    (["Tomas Virtanen", "tomas.virtanen@example-courier.se", "Publicerad 4 mars 2023 kl 06.00", BODY], "Tomas Virtanen"),
    (["Tomas Virtanen", "Tel. 040-123 45 67", "4 March 2023", BODY], "Tomas Virtanen"),
    (["Tomas Virtanen, Associated Press", "Published 6:01 a.m. ET March 4, 2023", BODY], "Tomas Virtanen"),
])
def test_a_local_reporters_name_with_contact_or_a_wires_name(header, name):
    assert name_over_date(header)[0] == name


def test_a_weekdays_abbreviation_is_no_author():
    from archive.extract.stored_authors import stored_author

    assert stored_author("za", None) is None
    assert stored_author("Tomas Virtanen", None) == "Tomas Virtanen"
    assert stored_author("jdx", None) == "jdx"  # a handle stays


def test_tags_a_paragraph_each_under_a_tags_heading():
    text = (f"Pumping station stays shut for a second week\n\nBy Tomas Virtanen\n\n4 March 2023\n\n{BODY}\n\n{BODY}\n\n"
            "Tags:\n\nWater supply\n\nHarbour district\n\nLakeview\n\nMost Read\n\n"
            "Lakeview council approves new budget for the harbour district after long debate\n")
    assert parse_text_article(text, "page.txt").tags == ["Water supply", "Harbour district", "Lakeview"]


def test_a_date_stated_only_in_the_readers_comments_is_no_pages_date():
    from archive.readers.page_date import comment_only_date

    story = (f"<html><body><article><h1>Pumping station stays shut</h1><p>{BODY}</p>{{own}}</article>"
             "<section>{heading}<div><b>Mark Ellis</b><span>12 April 2023 at 09:14</span><p>Far too long.</p></div>"
             "</section></body></html>")
    assert comment_only_date(lxml_html.fromstring(story.format(own="", heading="<h3>Comments (1)</h3>")), "2023-04-12")
    assert comment_only_date(lxml_html.fromstring(story.format(own="", heading="<h3>التعليقات</h3>")), "2023-04-12")
    assert not comment_only_date(lxml_html.fromstring(story.format(own="<p>12 April 2023</p>", heading="<h3>Comments</h3>")),
                                 "2023-04-12")
    assert not comment_only_date(lxml_html.fromstring(story.format(own="", heading="<h3>Related stories</h3>")), "2023-04-12")
