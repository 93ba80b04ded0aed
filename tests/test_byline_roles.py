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
