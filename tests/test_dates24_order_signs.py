"""One ambiguous numeric date (03/02/2025) on a page of no column or folder: the order its page's signs
settle (archive/extract/date_evidence.py), the weekday its own line names, and today's default
(day-first, with a warning) where the signs are absent or disagree (issue #13, round 24)."""

import datetime as dt

from archive.extract.date_evidence import order_evidence
from archive.extract.date_orders import DateOrderVotes, readings
from archive.extract.dates import read_date
from archive.extract.publication_dates import AMBIGUOUS, publication_date

TODAY = dt.date(2026, 1, 1)
FEB_3, MAR_2 = dt.date(2025, 2, 3), dt.date(2025, 3, 2)  # 3 February 2025 was a Monday, 2 March a Sunday


def test_the_weekday_on_the_date_line_settles_the_value():
    assert read_date("Monday 02/03/2025", TODAY) == read_date("2025-02-03", TODAY)
    assert read_date("Mon, 02/03/2025 18:05", TODAY).date == FEB_3
    assert read_date("الاثنين ٠٣-٠٢-٢٠٢٥", TODAY).date == FEB_3
    assert read_date("Sunday 02.03.2025", TODAY, order="mdy").date == MAR_2  # the weekday outranks an order
    # a weekday neither reading falls on settles nothing
    assert read_date("Tuesday 02/03/2025", TODAY).other is not None
    # a group's votes count such a value as one order's
    assert readings("Mon 02/03/2025") == {"mdy"} and readings("02/03/2025") == {"dmy", "mdy"}
    votes = DateOrderVotes()
    for value in ("Mon 02/03/2025", "Thursday 01/09/2025", "12/05/2024"):
        votes.add(value)
    assert votes.order() == "mdy"


def test_a_page_in_a_language_that_writes_day_first_needs_no_warning():
    text = ("Die Behörden haben am Montag eine Gruppe von Frauen und Kindern aus dem Lager im Nordosten "
            "Syriens zurückgeholt, wie das Ministerium mitteilte.")
    assert publication_date("03/02/2025", text=text, today=TODAY) == ("2025-02-03", [])
    # English says nothing of the order: day-first, reported
    text = "The authorities brought a group of women and children home from the camp, the ministry said."
    assert publication_date("03/02/2025", text=text, today=TODAY) == ("2025-02-03", [AMBIGUOUS])


def test_the_clock_beside_the_date():
    assert publication_date("Filed 03/02/2025 17:40", today=TODAY) == ("2025-02-03", [])  # 24-hour
    assert publication_date("03.02.2025, 09.15 Uhr", today=TODAY) == ("2025-02-03", [])
    assert publication_date("Le 03/02/2025 à 9h15", today=TODAY) == ("2025-02-03", [])
    # am/pm and a two-digit year lean month-first, but not enough alone
    assert publication_date("02/03/25 9:05pm", today=TODAY) == ("2025-03-02", [AMBIGUOUS])


def test_signs_that_agree_read_month_first_and_say_so():
    text = ("Hundreds of students filled the auditorium on Monday night to hear two doctors describe "
            "the clinics they ran in the desert camps.")
    date, notes = publication_date("02/03/25 9:05pm", text=text, today=TODAY)
    assert date == "2025-02-03" and "month-first" in notes[0] and "12-hour clock" in notes[0]
    # an update stamp two days after under one reading, two months under the other
    date, notes = publication_date("02/03/25 9:05pm", stamps=("Updated 02/05/25 8:30am",), today=TODAY)
    assert date == "2025-02-03" and "update stamp" in notes[0]
    # a site of the United States, or another date of the page written month-first
    assert publication_date("02/03/2025 9:05 pm", url="https://news.example.edu/story", today=TODAY)[0] == "2025-02-03"
    assert publication_date("02/03/2025", others=("Posted 01/28/2025",), today=TODAY)[0] == "2025-02-03"


def test_signs_that_disagree_keep_the_default_and_the_warning():
    # am/pm says month-first; the weekday the text names is 3 February's only under day-first
    text = ("Hundreds of students filled the auditorium on Monday night to hear two doctors describe "
            "the clinics they ran in the desert camps.")
    assert publication_date("03/02/25 9:05pm", text=text, today=TODAY) == ("2025-02-03", [AMBIGUOUS])
    # a national domain against a 12-hour clock and a two-digit year
    assert publication_date("02/03/25 9:05pm", url="https://www.example.co.uk/a", today=TODAY) == (
        "2025-03-02", [AMBIGUOUS])


def test_weak_signs_never_override_a_groups_order():
    text = ("Hundreds of students filled the auditorium on Monday night to hear two doctors describe "
            "the clinics they ran in the desert camps.")
    assert publication_date("02/03/25 9:05pm", "dmy", decided=True, text=text, today=TODAY) == ("2025-03-02", [])
    assert publication_date("03/02/2025 17:40", "mdy", decided=True, today=TODAY) == ("2025-03-02", [])


def test_the_weights():
    evidence = order_evidence("02/03/2025", MAR_2, FEB_3, language="en-US")
    assert evidence.order is None  # a publishing system's default locale alone decides nothing
    assert order_evidence("02/03/2025", MAR_2, FEB_3, language="en-GB", url="https://example.ie/x").order == "dmy"
    assert order_evidence("02/03/2025", MAR_2, FEB_3, url="https://example.io/x").order is None  # sold for any use
    # Arabic weekdays count in running text with their article only ("اثنين" is also "two")
    assert order_evidence("02/03/2025", MAR_2, FEB_3, text="قال اثنين من المسؤولين", language="en").order is None


def test_the_day_a_url_or_a_file_name_states():
    assert publication_date("02/03/2025", url="https://example.com/news/2025/02/03/pumps", today=TODAY)[0] == "2025-02-03"
    assert publication_date("02/03/2025", others=("20250302_pumps.txt",), today=TODAY) == ("2025-03-02", [])
    # both readings' days stated: nothing settled
    assert publication_date("02/03/2025", others=("2025-02-03_a.txt", "2025-03-02_b.txt"), today=TODAY)[1] == [AMBIGUOUS]
