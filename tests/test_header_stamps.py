"""Header lines that are no headline and dates read from a story id (issue #13, round 10): a
wire's status mark before the headline ("(LEAD) ..."), a periodical's volume and issue line, a
URL whose story id opens on the day."""

import pytest

from archive.extract import bylines
from archive.extract.article import build_article
from archive.extract.header_dates import url_date
from archive.extract.header_times import issue_stamp
from archive.extract.title_suffixes import title_suffix
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n"
        "The operator said it would add a second boat in the summer, once repairs to the pier are done.\n")


@pytest.mark.parametrize("title, headline", [
    ("(LEAD) Ferry runs again across the lake", "Ferry runs again across the lake"),
    ("(2nd LD) Ferry runs again across the lake", "Ferry runs again across the lake"),
])
def test_a_wire_status_mark_is_no_part_of_the_headline(title, headline):
    assert title_suffix(title, []) == (headline, None)


def test_a_headline_opening_on_a_parenthesis_of_words_is_kept():
    assert title_suffix("(Lakeside Interview) Ferry runs again across the lake", []) is None


def test_a_wire_status_mark_in_a_text():
    text = "(LEAD) Ferry runs again across the lake\n4 April 2022\n" + TEXT
    assert build_article(parse_text_article(text)).title == "Ferry runs again across the lake"


@pytest.mark.parametrize("line, stamp", [
    ("Lake Studies Monitor Volume: 19 Issue: 14", True),
    ("Publication: Lake Studies Monitor Volume: 20 Issue: 18", True),
    ("Vol. 3, No. 7", True),
    ("Volume 12 of the report was released today.", False),
    ("Ferry runs again across the lake", False),
])
def test_an_issue_line_states_no_headline(line, stamp):
    assert issue_stamp(line) is stamp
    assert bylines.states_date(line) is stamp


def test_the_headline_under_an_issue_line():
    text = ("Lake Studies Monitor Volume: 19 Issue: 14\nFerry networks keep the lake towns connected\n"
            "By: Jane Doe\nJuly 16, 2021\n" + TEXT)
    assert build_article(parse_text_article(text)).title == "Ferry networks keep the lake towns connected"


@pytest.mark.parametrize("url, day", [
    ("https://news.example.com/view/AEN20230314004500315", "2023-03-14"),
    ("https://news.example.com/article/20210612", "2021-06-12"),
    ("https://news.example.com/news/2020/02/07/slug.html", "2020-02-07"),
    ("https://news.example.com/a/20191301.html", None),  # no month 13
    ("https://news.example.com/p/12345678901", None),
])
def test_a_day_in_a_story_id(url, day):
    assert url_date(url) == day
