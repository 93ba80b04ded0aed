"""A tag line's label in more languages, a date's month in more languages (issue #13, round 19):
labels written here for the test, not taken from any page of the dev set."""

import datetime as dt

import pytest

from archive.extract.article import build_article
from archive.extract.dates import read_date
from archive.extract.tags import split_tags
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.\n\n")


def _article(after: str, header: str = "4 April 2022"):
    return build_article(parse_text_article("Ferry service resumes across the lake\n" + header + "\n\n" + TEXT + after))


@pytest.mark.parametrize("line, tags", [
    ("Emneord: Fergetrafikk, Innsjøer, Uvær", ["Fergetrafikk", "Innsjøer", "Uvær"]),
    ("Tagi: Promy, Jeziora, Burze", ["Promy", "Jeziora", "Burze"]),
    ("Stichwörter: Fähren, Seen", ["Fähren", "Seen"]),
    ("Themes: Transport, Storms", ["Transport", "Storms"]),
    ("تصنيفات: النقل - البحيرات", ["النقل", "البحيرات"]),
    ("Ключевые слова: паромы, озёра", ["паромы", "озёра"]),
])
def test_a_tag_label_in_another_language(line, tags):
    assert _article(line + "\n").tags == tags


def test_a_label_opening_links_takes_only_a_list_of_names():
    assert _article("Mehr zum Thema: Fähren, Seen, Stürme\n").tags == ["Fähren", "Seen", "Stürme"]
    assert _article("Mehr zum Thema: Warum die Fähre im Winter nicht fährt\n").tags == []


def test_a_longer_arabic_label_is_read_whole_with_dashes_between_items():
    assert _article("مواضيع ذات صلة: النقل - البحيرات - العواصف\n").tags == ["النقل", "البحيرات", "العواصف"]


def test_a_label_of_the_colon_list_without_its_colon_is_a_menu():
    # "Themes  Countries  Publications" over the page is the site's menu, not the article's tags
    page = "Themes  Countries  Publications  Blog  Get involved\n" + "Ferry service resumes across the lake\n4 April 2022\n\n" + TEXT
    assert build_article(parse_text_article(page)).tags == []


def test_the_arabic_comma_splits_a_tag_field():
    assert split_tags("مخيم الهول، حريق، الحسكة") == ["مخيم الهول", "حريق", "الحسكة"]


@pytest.mark.parametrize("text, day", [
    ("05 października 2022 / 11:08", dt.date(2022, 10, 5)),
    ("28. okt. 2023 kl. 21:14", dt.date(2023, 10, 28)),
    ("12 мая 2023", dt.date(2023, 5, 12)),
    ("3 Ekim 2022 14:05", dt.date(2022, 10, 3)),
    ("14ê Tîrmeha 2021ê", dt.date(2021, 7, 14)),
    ("9. srpnja 2021.", dt.date(2021, 7, 9)),
])
def test_month_names_in_more_languages(text, day):
    assert read_date(text).date == day


def test_a_date_line_in_polish_dates_the_article():
    assert _article("", header="05 października 2022 / 11:08").published == "2022-10-05"


def test_a_row_the_story_names_is_its_tags():
    # two items, or items in small letters, with bars or dots between them: tags where the text names them
    page = ("Ferry service resumes across the lake\n4 April 2022\nferries · Lake Transport\n\n" + TEXT
            + "The lake transport board met on Friday to talk about the two ferries and the timetable for the summer.\n")
    assert build_article(parse_text_article(page)).tags == ["ferries", "Lake Transport"]
    under = _article("Storms  |  Ferry\n")
    assert under.tags == ["Storms", "Ferry"]


def test_a_row_the_story_does_not_name_is_a_menu():
    assert _article("Politics  |  Culture  |  Sport\n").tags == []
    page = "Ferry service resumes across the lake\n4 April 2022\nLAKEPORT | NORTHSHORE\n\n" + TEXT
    assert build_article(parse_text_article(page)).tags == []
    page = "Ferry service resumes across the lake\n4 April 2022\nLakeport, Ohio\n\n" + TEXT + "Lakeport and Ohio.\n"
    assert build_article(parse_text_article(page)).tags == []


def test_a_lists_closing_stop_is_no_part_of_its_last_tag():
    assert _article("Filed under: Ferries, Storm Damage, Lakes.\n").tags == ["Ferries", "Storm Damage", "Lakes"]
    assert split_tags("U.S., Lakes") == ["U.S.", "Lakes"]


def test_read_more_on_heads_a_row_of_tags():
    assert _article("Read more on:\nferries  |  lake transport\n").tags == ["ferries", "lake transport"]
