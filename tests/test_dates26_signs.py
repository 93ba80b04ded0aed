"""A dateline naming a US state ("TAMPA, Fla. –") as a sign of month-first dates, for one ambiguous
value that no group and no other sign of its page settles (issue #13, round 26)."""

import datetime as dt

from archive.extract.date_evidence import order_evidence
from archive.extract.publication_dates import AMBIGUOUS, publication_date

TODAY = dt.date(2026, 1, 1)
LEDE = "{} — The county commission voted to close the old ferry landing for repairs, officials said."


def test_a_dateline_in_a_us_state_reads_the_value_month_first():
    for place in ("BOISE, Idaho", "SANTA FE, N.M.", "DULUTH, Minn. (AP)"):
        value, notes = publication_date("06/11/2021", text=LEDE.format(place), today=TODAY)
        assert value == "2021-06-11" and "month-first" in notes[0], place


def test_no_dateline_no_sign():
    for place in ("HASAKAH, Syria", "The ferry from Duluth, Minn.", "LYON, France"):
        assert publication_date("06/11/2021", text=LEDE.format(place), today=TODAY) == ("2021-11-06", [AMBIGUOUS])


def test_signs_for_day_first_on_the_page_oppose_it_and_nothing_is_decided():
    june, november = dt.date(2021, 11, 6), dt.date(2021, 6, 11)
    assert order_evidence("06.11.2021 17:05", june, november, LEDE.format("BOISE, Idaho")).order is None
