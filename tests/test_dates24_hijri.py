"""A Hijri date beside a Gregorian one on a date line (issue #13, round 24): a Hijri date in figures
is passed over for the Gregorian one, and settles its day-month order; and an event date in
figures read in the order of the text's own unambiguous numeric dates."""

import datetime as dt

from archive.extract.dates import read_date
from archive.extract.hijri_dates import hijri_to_gregorian

TODAY = dt.date(2026, 1, 1)


def test_the_tabular_calendar():
    assert hijri_to_gregorian(1445, 4, 21) == dt.date(2023, 11, 5)
    assert abs((hijri_to_gregorian(1444, 9, 1) - dt.date(2023, 3, 23)).days) <= 1  # 1 Ramadan 1444
    assert hijri_to_gregorian(1445, 13, 1) is None


def test_a_hijri_date_in_figures_is_passed_over_and_settles_the_order():
    # year-first Hijri beside a year-first Gregorian: no date before
    assert read_date("1446/03/12هـ الموافق 2024/09/15م", TODAY).date == dt.date(2024, 9, 15)
    # beside an ambiguous Gregorian date: the reading a few days from the Hijri date's
    assert read_date("12/03/1446 هـ - 15/09/2024 م", TODAY).date == dt.date(2024, 9, 15)
    reading = read_date("10-02-1446 هـ الموافق 08-16-2024 م", TODAY)
    assert reading.date == dt.date(2024, 8, 16)
    reading = read_date("12-03-1446 هـ الموافق 09-15-2024 م", TODAY)
    assert reading.date == dt.date(2024, 9, 15) and reading.other is None
    reading = read_date("09-02-1446 هـ الموافق 08-15-2024 م", TODAY)  # 14 or 15 August 2024
    assert reading.date == dt.date(2024, 8, 15)
    reading = read_date("04-05-1446 هـ الموافق 06-11-2024 م", TODAY)  # 6 November, not 11 June
    assert (reading.date, reading.other) == (dt.date(2024, 11, 6), None)
    # a Hijri date alone gives no Gregorian date and no complaint
    assert read_date("الأحد 1446/3/12 هـ", TODAY) == read_date("", TODAY)



def test_an_event_date_in_figures_read_in_the_texts_own_order():
    from archive.extract.event_dates import find_event_dates

    text = "The council voted on 01/27/2023 and the pumps were switched on 02/03/2023."
    assert [e.date for e in find_event_dates(text, "2023-02-10")] == ["2023-01-27", "2023-02-03"]
    text = "The council voted on 27/01/2023 and the pumps were switched on 02/03/2023."
    assert [e.date for e in find_event_dates(text, "2023-03-10")] == ["2023-01-27", "2023-03-02"]
    # no value that reads one way only: day first, as before
    assert [e.date for e in find_event_dates("The pumps were switched on 02/03/2023.", "2023-03-10")] == ["2023-03-02"]
