"""Bylines (issue #13, sixth round): a role written before the name ("Middle East correspondent
Jane Doe") is cut off, and a byline joining outlets and agencies names no reporter."""

import pytest

from archive.extract import bylines


@pytest.mark.parametrize("line, name", [
    ("By Middle East correspondent Tomas Varga", "Tomas Varga"),
    ("By senior reporter Aisha Karim Haddad", "Aisha Karim Haddad"),
    ("By Tomas Varga, Middle East correspondent", "Tomas Varga"),
    ("By Tomas Varga", "Tomas Varga"),
])
def test_the_role_before_or_after_the_name_is_cut_off(line, name):
    assert bylines.header_byline(line)[0] == name


@pytest.mark.parametrize("author, person", [
    ("Lakeside Gazette With Afp", False),  # an outlet of the page and an agency's dateline tag
    ("Rudaw and agencies", False),
    ("Reuters and AFP", False),
    ("Tomas Varga with AFP", True),  # a reporter with an agency's help
    ("Tomas Varga and Li Wei", True),
])
def test_a_byline_joining_outlets_names_no_reporter(author, person):
    assert bylines.not_a_person(author, "Lakeside Gazette") is not person


@pytest.mark.parametrize("line, day", [
    ("Published 02. Jun 2022", "2022-06-02"),  # the day an ordinal with its stop
    ("14. January 2021", "2021-01-14"),
    ("Posted 3rd March 2020", "2020-03-03"),
])
def test_a_day_written_as_an_ordinal_with_a_stop(line, day):
    from archive.extract.dates import parse_date
    assert str(parse_date(bylines.date_in(line))) == day


@pytest.mark.parametrize("line, outlet", [
    ("Tomas Varga · LGN News · Posted: Apr 06, 2023 6:00 AM EDT | Last Updated: April 6, 2023", "LGN News"),
    ("Tomas Varga | Reuters | 23.10.2023", "Reuters"),  # an outlet the data knows
    ("Tomas Varga · Li Wei · Apr 6, 2023", None),  # two reporters
    ("Tomas Varga · Updated: May 2, 2023 · Apr 6, 2023", None),
    ("Tomas Varga | 23.10.2023", None),
])
def test_the_outlet_between_the_name_and_the_date(line, outlet):
    assert bylines.outlet_between_name_and_date(line) == outlet


def test_a_place_over_a_desk_is_no_reporter_and_the_name_above_it_is():
    from archive.readers.text import parse_text_article

    assert bylines.header_byline("Lakeport - Gazette News Desk") is None
    assert bylines.header_byline("Gazette News Desk") == ("Gazette News Desk", None)
    page = ("Lakeport Gazette\n\nFerry service resumes across the lake\nPetra Holm\nLakeport - Gazette News Desk\n"
            "4 April 2022, Monday 10:15\n\nThe ferry between the two lake towns ran again on Monday for the first time "
            "since the storm damaged the pier.\n\nThe operator said it would add a second boat in the summer.\n")
    assert parse_text_article(page).author == "Petra Holm"


@pytest.mark.parametrize("button", ["Add a comment", "أضف تعليقاً", "Follow us", "Join the conversation"])
def test_a_button_is_no_author(button):
    assert bylines.not_a_person(button, None)
    assert not bylines.not_a_person("Adam Follows", None)
