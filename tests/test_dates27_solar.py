"""Solar Hijri dates (issue #13, round 27): converted exactly, read beside or instead of the Gregorian
date, a line giving both checked for agreement."""

import datetime as dt

import pytest

from archive.extract.dates import iso_date, read_date
from archive.extract.solar_dates import solar_days, solar_to_gregorian, solar_year

TODAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize("year, first", [
    (1375, dt.date(1996, 3, 20)), (1396, dt.date(2017, 3, 21)), (1399, dt.date(2020, 3, 20)),
    (1400, dt.date(2021, 3, 21)), (1403, dt.date(2024, 3, 20)), (1404, dt.date(2025, 3, 21)),
])
def test_nowruz_falls_on_its_day(year, first):
    assert solar_to_gregorian(year, 1, 1) == first


def test_the_last_day_of_a_year_and_leap_years():
    assert solar_to_gregorian(1399, 12, 30) == dt.date(2021, 3, 20)  # 1399 is a leap year
    assert solar_to_gregorian(1403, 12, 30) == dt.date(2025, 3, 20)
    assert solar_to_gregorian(1402, 12, 30) is None  # a common year's Esfand has 29 days
    assert solar_to_gregorian(1402, 12, 29) == dt.date(2024, 3, 19)
    assert solar_to_gregorian(1401, 7, 31) is None  # the second half's months have 30 days
    assert solar_to_gregorian(1401, 6, 31) == dt.date(2022, 9, 22)


def test_the_year_of_today():
    assert solar_year(dt.date(2025, 3, 20)) == 1403
    assert solar_year(dt.date(2025, 3, 21)) == 1404


@pytest.mark.parametrize("line, iso", [
    ("۱۸ اردیبهشت ۱۴۰۲", "2023-05-08"),
    ("دوشنبه ۱۸ اردیبهشت ۱۴۰۲", "2023-05-08"),
    ("تاریخ انتشار: ۱۴۰۲/۰۲/۱۸ - ۰۹:۴۵", "2023-05-08"),
    ("1402/02/18", "2023-05-08"),
    ("3 Sawr 1402", "2023-04-23"),  # Dari names, Latin script
    ("۳ ثور ۱۴۰۲", "2023-04-23"),
])
def test_a_line_holding_only_a_solar_date(line, iso):
    assert iso_date(line, TODAY) == iso


def test_both_calendars_on_one_line_agree():
    assert iso_date("یکشنبه ۵ آذر ۱۴۰۲ - 26 نوامبر 2023", TODAY) == "2023-11-26"
    assert iso_date("۵ آذر ۱۴۰۲ (۲۶ نوامبر ۲۰۲۳)", TODAY) == "2023-11-26"


def test_an_ambiguous_gregorian_value_is_settled_by_the_solar_date_beside_it():
    assert iso_date("۱۴ آبان ۱۴۰۲ - 05/11/2023", TODAY) == "2023-11-05"  # not 11 May
    assert iso_date("۱۴ آبان ۱۴۰۲ - 11/05/2023", TODAY) == "2023-11-05"  # month-first here


def test_a_line_whose_two_calendars_disagree_gives_no_date():
    reading = read_date("۵ آذر ۱۴۰۲ - 3 نوامبر 2023", TODAY)
    assert reading.date is None and reading.problem


def test_a_year_first_value_of_a_recent_lunar_year_is_no_solar_date():
    assert solar_days("1445/04/21", TODAY) == []
    assert read_date("1445/04/21", TODAY).date is None


def test_a_solar_date_in_running_text_is_no_date_line():
    assert iso_date("در ۱۸ اردیبهشت ۱۴۰۲ نشست شورای شهر در تهران برگزار شد و اعضا درباره بودجه گفتگو کردند", TODAY) is None
