"""Dates whose day, month and year a language joins with a word (issue #13): Spanish and Portuguese
"23 de marzo de 2021", "5 de março de 2020", "del 2021"; Catalan "3 d'abril de 2019"; English "the 3rd
of May 2021". Read whole, and inside a line."""

import datetime as dt

from archive.extract.dates import parse_date, stated_dates


def test_whole_values():
    assert parse_date("23 de marzo de 2021 | 06:00") == dt.date(2021, 3, 23)
    assert parse_date("5 de março de 2020") == dt.date(2020, 3, 5)
    assert parse_date("7 de octubre del 2022") == dt.date(2022, 10, 7)
    assert parse_date("3 d'abril de 2019") == dt.date(2019, 4, 3)
    assert parse_date("3rd of May 2021") == dt.date(2021, 5, 3)


def test_inside_a_line():
    assert [date for date, _ in stated_dates("Publicado el 23 de marzo de 2021, a las 06:00")] == [dt.date(2021, 3, 23)]


def test_no_month_no_date():
    assert parse_date("23 de los 40 detenidos 2021") is None
