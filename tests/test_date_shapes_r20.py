"""Two written shapes of a date the reader missed (issue #13, round 20, helper bylines9): a comma
after the month's name ("February, 12, 2024"), the year's ordinal stop of Bosnian, Croatian and
Serbian dates ("11.10.2021. u 13:20"). Lines written for these tests."""

import pytest

from archive.extract import bylines
from archive.extract.dates import iso_date, stated_dates


@pytest.mark.parametrize("line, iso", [
    ("March, 7, 2023 - 09:15", "2023-03-07"),
    ("Objavljeno: 07.03.2023. u 09:15", "2023-03-07"),
    ("07.03.2023.", "2023-03-07"),
])
def test_date_lines(line, iso):
    assert iso_date(bylines.date_in(line)) == iso


def test_a_comma_after_the_month_inside_a_text():
    assert [value.isoformat() for value, _ in stated_dates("Posted March, 7, 2023 by the desk")] == ["2023-03-07"]


@pytest.mark.parametrize("line", ["May, 12 people were hurt in 2024", "Version 1.2.2021.5", "1.2.3.4"])
def test_no_date(line):
    assert bylines.date_in(line) is None


def test_a_time_after_a_slash_before_the_date():
    # the outlet's name, a slash, then the time before the date: a date line
    assert iso_date(bylines.date_in("The Valley Post / 07:45 AM March 07, 2023")) == "2023-03-07"
    # a name beside the stamp with no separator stays a byline's line, not a date line
    assert bylines.date_in("MARY-ANNE DOE-ROE 11:02 pm, Mar 7, 2023") is None
