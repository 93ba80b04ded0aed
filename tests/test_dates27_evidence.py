"""An ambiguous numeric date is no day after the one its file's name or URL states (issue #13, round 27):
a page is published on or before the day it is saved, sent or filed under."""

from archive.extract.date_evidence import order_evidence
from archive.extract.publication_dates import publication_date
import datetime as dt

TEXT = "Volunteers repainted the beach huts along the promenade in two days of fine weather."


def test_the_reading_after_the_file_names_day_is_dropped():
    value, notes = publication_date("6/9/2024", text=TEXT, others=("2024-06-10_weekend-edition.eml",), language="en")
    assert value == "2024-06-09" and "month-first" in notes[0]
    value, _ = publication_date("9/6/2024", text=TEXT, others=("2024-06-10_weekend-edition.eml",), language="en")
    assert value == "2024-06-09"


def test_a_url_day_bounds_it_too():
    evidence = order_evidence("5/8/2023", dt.date(2023, 8, 5), dt.date(2023, 5, 8), TEXT, "en",
                              url="https://example.com/news/2023/05/09/huts")
    assert evidence.order == "mdy"


def test_no_bound_when_both_readings_fall_before_it():
    evidence = order_evidence("5/8/2023", dt.date(2023, 8, 5), dt.date(2023, 5, 8), TEXT, "en",
                              others=("20231201_story.txt",))
    assert evidence.order is None
