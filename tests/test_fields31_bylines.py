"""Round 31 (helper fields31): bylines, titles, dates and tags by family, with invented texts: any
language's byline word with its colon ("Müəllif:", "Autori:"), a team's label listing its writers, a
blog's meta line ("date · by Name · 2 Comments", "date - di Name"), a name, an outlet and a date with
no separator, an author's box whose name opens a sentence, writers credited each for their craft, a
record's "Surname, Given" column, a desk compounded or of a press office, a broadcast's guest; a
reading time in more languages, a blog's site name in its <h1>, a footer sentence's tags, the page's
dates in words as a sign of the order, comments' dates left out of the page's date line."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from archive.extract import bylines
from archive.extract.author_lines import _guest_line
from archive.extract.byline_desks import not_a_person
from archive.extract.byline_shapes import byline_by_shape
from archive.extract.date_evidence import order_evidence
from archive.extract.html_titles import page_headline
from archive.extract.page_tags import labelled_block_tags
from archive.extract.stored_authors import stored_author
from archive.extract.title_guards import reading_time
from archive.readers.page_bylines import box_author
from archive.readers.page_date import other_date_lines, page_date_line


@pytest.mark.parametrize("line, name", [
    ("Müəllif: Leyla Qasımova", "Leyla Qasımova"),  # Azerbaijani
    ("Autori: Amra Hodžić i Edin Kovač", "Amra Hodžić i Edin Kovač"),  # Bosnian, two writers
    ("Reporting team: Nina Falk, Omar Idris, Petra Lund", "Nina Falk, Omar Idris, Petra Lund"),
    ("Autoren: Jonas Weber, Ines Krause", "Jonas Weber, Ines Krause"),
])
def test_a_byline_word_of_any_language_with_its_colon(line, name):
    assert bylines.byline(line)[0] == name
    assert bylines.byline("Text: The ministry said on Monday that it would appeal") is None  # no name after it


@pytest.mark.parametrize("line, name", [
    ("March 4, 2021 · by Lotte Van der Berg-Akin · 5 Comments", "Lotte Van der Berg-Akin"),
    ("12 Marzo 2022 - di Chiara Bellini-Haddad", "Chiara Bellini-Haddad"),
    ("3 mart 2021 10:15 · Müəllif: Leyla Qasımova · Baxış: 2811", "Leyla Qasımova"),
])
def test_a_blog_s_meta_line(line, name):
    assert byline_by_shape(line) == name


def test_a_name_an_outlet_and_a_date_with_no_separator():
    assert byline_by_shape("Amra Hodžić BIRN BiH Mostar 4. March 2021.") == "Amra Hodžić"
    assert byline_by_shape("Court Upholds Sentence BIRN BiH Mostar 4. March 2021.") is None


def test_an_author_box_whose_name_opens_the_sentence():
    page = lxml.html.fromstring(
        "<html><body><article><p>Text of the story, long enough.</p>"
        "<div class='author-bio'><strong>Rustam Aliyev</strong> is a researcher based in Ganja.</div>"
        "</article></body></html>")
    assert box_author(page) == "Rustam Aliyev"


@pytest.mark.parametrize("value, stored", [
    ("Ines Krause (Text) und Omar Idris (Bilder)", "Ines Krause"),
    ("Petra Lund (Text), Rami Saad (Fotos)", "Petra Lund"),
    ("Weber, Jonas", "Jonas Weber"),
    ("van Dijk, Femke", "Femke van Dijk"),
    ("Jonas Weber, ZDF-Studio Amman", "Jonas Weber"),
    ("Onlineredaktion", None),
    ("Comunicación Tribunal Supremo", None),
])
def test_the_stored_author(value, stored):
    assert stored_author(value, None) == stored
    assert stored_author("Nina Falk, Omar Idris", None) == "Nina Falk, Omar Idris"  # two writers keep their comma
    assert not not_a_person("Petra Lund", None)


def test_a_broadcast_s_guest_is_no_writer():
    assert _guest_line("Avec : Claire Morin, avocate au barreau de Lyon")
    assert not _guest_line("With Nina Falk and Omar Idris")


@pytest.mark.parametrize("line", ["3–4 minuta", "5 minuti", "2 хвилини"])
def test_a_reading_time_in_more_languages(line):
    assert reading_time(line)


def test_a_blog_s_name_in_its_h1_over_the_post_s_h2():
    page = lxml.html.fromstring(
        "<html><head><title>Notes on the camps | Fieldbook</title></head><body>"
        "<div id='header'><h1 class='site-title'>Fieldbook</h1></div>"
        "<h2 class='entry-title'>Notes on the camps</h2><p>Text.</p></body></html>")
    assert page_headline("Fieldbook", page, ["Fieldbook"]) == "Notes on the camps"


def test_the_tags_a_blog_s_footer_sentence_names():
    page = lxml.html.fromstring(
        "<html><body><div class='entry-utility'>This entry was posted in Analysis and tagged Roj, "
        "repatriation, courts. Bookmark the permalink.</div></body></html>")
    assert labelled_block_tags(page) == ["Roj", "repatriation", "courts"]


def test_the_page_s_dates_in_words_settle_the_order():
    evidence = order_evidence("09/04/2022", dt.date(2022, 4, 9), dt.date(2022, 9, 4),
                              "The council met again to discuss the camp and its schools.", None,
                              ["— Sam, September 5, 2022 at 8:02 pm"])
    assert evidence.order == "mdy"
    evidence = order_evidence("09/04/2022", dt.date(2022, 4, 9), dt.date(2022, 9, 4),
                              "The council met again to discuss the camp and its schools.", None,
                              ["— Sam, 10 April 2022, 20:02"])
    assert evidence.order != "mdy"
    evidence = order_evidence("12/03/21, 4:21 pm", dt.date(2021, 3, 12), dt.date(2021, 12, 3),
                              "The council met again to discuss the camp and its schools.", None,
                              ["Published 12/03/21, 4:21 pm"])
    assert evidence.order is None  # the value's own line is no other line of the page


def test_a_reader_s_comment_dates_no_page_and_its_date_line_with_the_byline():
    page = lxml.html.fromstring(
        "<html><body><h2>Notes on the camps</h2><div class='entry-meta'>Posted on 09/04/2022 by Sam Roe</div>"
        "<p>Text of the post.</p><div id='comments'><div class='comment'>Thanks! "
        "<span>— Ana, September 5, 2022 at 8:02 pm</span></div></div></body></html>")
    assert page_date_line(page) == "09/04/2022"
    assert any("September 5, 2022" in line for line in other_date_lines(page, "09/04/2022"))
    assert other_date_lines(page, "2022-04-09") == []


PROSE = ("The ferry company said on Tuesday that two of its four boats would stay in port until the "
         "harbour wall is repaired, leaving the island with one crossing a day for most of the winter.")
MORE = ("Residents said the single crossing meant that children would miss school on stormy days and "
        "that the island's shop would run short of fresh food before the weekend boat arrived.")


def test_a_show_s_name_over_the_episode_s_headline_and_its_air_line():
    from archive.readers.text import parse_text_article

    text = "\n\n".join(["Radio Nordvik", "Podcasts · Programmes · Live", "Morning Call on Radio Nordvik",
                        "Ferries: the island waits for its boats", "Tuesday 8 October 2024 — 7:40 — 18 min",
                        PROSE, MORE])
    assert parse_text_article(text).title == "Ferries: the island waits for its boats"


@pytest.mark.parametrize("text, iso", [
    ("7 ოქტომბერი 2022, 09:15", "2022-10-07"),  # Georgian
    ("7 հոկտեմբերի 2022", "2022-10-07"),  # Armenian
    ("7 mrt 2022", "2022-03-07"),  # Dutch abbreviation
])
def test_month_names_of_more_languages(text, iso):
    from archive.extract.dates import iso_date

    assert iso_date(text) == iso


def test_a_dateline_with_its_time_and_a_blog_s_category_after_the_date():
    from archive.extract.dateline_years import full_dateline
    from archive.extract.header_dates import date_in

    assert full_dateline("Ош, 7 марта 2022, 10:40 — Агентство. Власти города сообщили") == "2022-03-07"
    assert date_in("BY SAM ROE-LEWIS ON 7 MARCH 2022 IN COURTS AND TRIBUNALS") == "7 MARCH 2022"
    assert bylines.byline("BY SAM ROE-LEWIS")[0] == "Sam Roe-Lewis"
