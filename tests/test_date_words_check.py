"""A numeric date checked against the day and month its own line states in words (issue #13: "a
date the text states is used as a check; a disagreement is reported")."""

import datetime as dt

from archive.extract.dates import read_date, words_day_month
from archive.extract.publication_dates import publication_date
from archive.extract.header_dates import date_in, invalid_date_in


def test_words_choose_the_reading_of_an_ambiguous_number():
    assert read_date("4.11.2024 (11 April)").date == dt.date(2024, 4, 11)
    assert read_date("Date: 4/11/2024 (April 11th)").date == dt.date(2024, 4, 11)
    assert read_date("04.11.2024 (4 November)").date == dt.date(2024, 11, 4)
    assert read_date("4.11.2024 (11 April)").other is None  # decided: nothing to warn about


def test_words_outrank_the_group_order():
    published, notes = publication_date("4/11/2024 (11 April)", order="mdy", decided=True)
    assert published == "2024-04-11" and notes == []
    published, _ = publication_date("Filed: 4.11.2024 (11 April) • Syria", order="dmy", decided=True)
    assert published == "2024-04-11"


def test_a_header_line_that_contradicts_itself_gives_no_date_and_is_reported():
    line = "Filed: 4.11.2024 (12 April) • Syria"
    assert date_in(line) is None
    assert invalid_date_in(line) is not None
    assert read_date("4.11.2024 (12 April)").problem


def test_lines_without_words_are_read_as_before():
    assert read_date("Date: 4/11/2024 | 10:22").other == dt.date(2024, 4, 11)
    assert date_in("Filed: 4.11.2024 (11 April) • Syria")
    assert words_day_month("on 11 April and May 3rd") == {(4, 11), (5, 3)}
    assert words_day_month("4.11.2024") == set()
