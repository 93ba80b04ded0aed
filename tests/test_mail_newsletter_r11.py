"""Issue #13 round 11: a newsletter saved with its mail header (From/To/Date/Subject lines):
the header is no title, the headline the subject repeats is, the mail's date is the date; a day
and month alone ("Aug 4") are a date line beside the writer's name."""

from archive.extract.header_dates import states_date
from archive.readers.text import parse_text_article

MAIL = """From: Lakeside Letters <letters@example.org>
To: me
Date: Mon, 5 Feb 2024 08:00:00 +0000
Subject: #12 Water comes back to the valley
View in browser

Water comes back to the valley
A week of notes from the pumping stations
Jane Holloway
Feb 5

The council met on Tuesday evening to discuss the new water pipeline for the district. Officials said the work would take most of the coming year.

Residents who attended the meeting asked about the schedule and the closures of roads along the route, and the engineers promised a plan within a month.

More next week.
"""


def test_month_and_day_alone_state_a_date():
    assert states_date("Aug 4") and states_date("4 March")
    assert not states_date("Aug 4 rally") and not states_date("March on")


def test_newsletter_mail_header():
    record = parse_text_article(MAIL)
    assert record.title == "Water comes back to the valley"
    assert record.author == "Jane Holloway"
    assert record.published and "2024" in record.published and "Feb" in record.published
