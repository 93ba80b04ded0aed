"""Two signs of a numeric date's order that a page gives beside it: the dateline opening its story
("HASAKAH, 4 October 2022 –": the outlet's own statement of the day, as strong as a date line), and
a North American time zone after its time ("03/06/25 4:12 PM ET": a month-first date)."""

import datetime as dt

from archive.extract.dates import stated_dates
from archive.extract.publication_dates import publication_date

TODAY = dt.date(2026, 1, 1)


def test_a_date_in_a_dateline_is_strong():
    stated = stated_dates("HASAKAH, 4 October 2022 – Water supply to the camp could fall.", TODAY)
    assert stated == [(dt.date(2022, 10, 4), True)]
    assert stated_dates("Officials said on 4 October 2022 that supply fell.", TODAY) == [(dt.date(2022, 10, 4), False)]


def test_a_groups_order_yields_to_the_dateline():
    # the folder's other pages write month-first; this one's dateline says the 4th of October
    text = "HASAKAH, 4 October 2022 – Water supply to the camp could fall below standards."
    assert publication_date("04/10/2022", "mdy", decided=True, text=text, today=TODAY)[0] == "2022-10-04"
    # a date said in passing, not in a dateline, does not outweigh the group
    text = "The appeal, issued on 4 October 2022, warned that supply could fall."
    assert publication_date("04/10/2022", "mdy", decided=True, text=text, today=TODAY)[0] == "2022-04-10"


def test_a_north_american_time_zone_reads_month_first():
    date, notes = publication_date("03/06/25 4:12 PM ET", text="", today=TODAY)
    assert date == "2025-03-06" and "month-first" in notes[0]
    assert publication_date("03/06/2025 16:12 EST", text="", today=TODAY)[0] == "2025-03-06"
    # without one, day-first with the either-way warning, as before
    date, notes = publication_date("03/06/25 4:12 PM", text="", today=TODAY)
    assert date == "2025-06-03" and "either way" in notes[0]
    # the text's own date wins over the zone
    assert publication_date("03/06/25 4:12 PM ET", text="Friday 3 June 2025", today=TODAY)[0] == "2025-06-03"
