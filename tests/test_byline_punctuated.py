"""A reporter's name alone with the byline's comma or stop after it, beside the date line (issue
#13, round 19): "Jane Doe," over the date, "Jane Doe." under it, "Jane D." a given name and an
initial. Pages written for the test."""

from archive.extract.article import build_article
from archive.extract.byline_blocks import name_over_date, punctuated_name
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.\n")


def _page(header: str):
    return build_article(parse_text_article("Ferry service resumes across the lake\n\n" + header + "\n\n" + TEXT))


def test_a_name_with_a_comma_over_the_date():
    article = _page("Martine Dufresne,\nle 16/01/2024 à 06:00")
    assert (article.author, article.published) == ("Martine Dufresne", "2024-01-16")


def test_a_name_with_a_stop_under_the_date():
    article = _page("Publié le 20/10/2022 à 08h12\nLoïc Garnier.")
    assert (article.author, article.published) == ("Loïc Garnier", "2022-10-20")
    assert "Loïc" not in article.body


def test_a_given_name_and_an_initial_keep_the_initials_stop():
    assert name_over_date(["Notes from the lake shore", "Dana K.", "Feb 27, 2023"])[0] == "Dana K."


def test_a_punctuated_line_with_no_date_beside_it_is_no_byline():
    assert name_over_date(["Martine Dufresne,", "The operator said it would add a boat."]) is None
    assert punctuated_name("Thank you.") is None
    assert punctuated_name("Martine Dufresne...") is None


def test_a_body_of_the_outlets_people_is_no_reporter():
    # the word before the desk word need not be an outlet the data knows
    from archive.extract.byline_desks import not_a_person

    assert not_a_person("Lakeport Reporters", None)
    assert not_a_person("Lakeshore Trust Communications", None)
    assert not not_a_person("Martine Dufresne", None)


def test_a_meta_line_of_name_and_date_apart_by_a_bar_a_dot_a_slash_or_an_arrow():
    from archive.extract.byline_blocks import meta_line

    assert meta_line("Martine Dufresne | 2021-06-15 18:32") == ("Martine Dufresne", "2021-06-15 18:32")
    assert meta_line("Tue 21 Jun 2022 · 09:12 · by Jan De Smet") == ("Jan De Smet", "Tue 21 Jun 2022")
    assert meta_line("Martine Dufresne, Deputy News Editor | 7 November 2023")[0] == "Martine Dufresne"
    assert meta_line("MARTINE DUFRESNE / January 19, 2024")[0] == "MARTINE DUFRESNE"
    assert meta_line("Martine Dufresne > 21 mars 2024")[0] == "Martine Dufresne"


def test_a_section_or_a_place_beside_the_date_is_no_reporter():
    from archive.extract.byline_blocks import meta_line

    assert meta_line("North Africa | 12 May 2023") is None
    assert meta_line("Home | News | 12 May 2023") is None
    assert meta_line("By Staff | 12 May 2023") is None
    assert meta_line("Martine Dufresne | Lakeport") is None  # no date


def test_a_meta_line_under_the_title_gives_author_and_date():
    article = _page("Tue 21 Jun 2022 · 09:12 · by Jan De Smet")
    assert (article.author, article.published) == ("Jan De Smet", "2022-06-21")


def test_a_report_label_over_a_headline_is_no_byline():
    from archive.extract.bylines import byline

    assert byline("تقرير: سلمى الحسن") == ("سلمى الحسن", None)
    assert byline("تقرير: عشرات العائلات ما زالت تنتظر في المخيم منذ سنوات") is None
    article = _page("تقرير: عشرات العائلات ما زالت تنتظر في المخيم منذ سنوات\n\nكتب: سلمى الحسن\n4 April 2022")
    assert article.author == "سلمى الحسن"
