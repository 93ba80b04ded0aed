"""Month names of a language the date words lacked (issue #13, round 26): Greek, in the genitive a day
takes, the nominative, written in capitals without accents, and with a composed ΐ that casefold()
decomposes."""

import datetime as dt

from archive.extract.dates import read_date, stated_dates

TODAY = dt.date(2026, 1, 1)


def test_greek_date_lines():
    assert read_date("22 Ιανουαρίου 2024, 18:40", TODAY).date == dt.date(2024, 1, 22)
    assert read_date("9 ΟΚΤΩΒΡΙΟΥ 2021", TODAY).date == dt.date(2021, 10, 9)
    assert read_date("Δευτέρα, 6 Φεβρουαρίου 2023", TODAY).date == dt.date(2023, 2, 6)
    assert read_date("17 Μαΐου 2022", TODAY).date == dt.date(2022, 5, 17)  # ΐ composed, as typed
    assert read_date("17 Δεκ 2022", TODAY).date == dt.date(2022, 12, 17)


def test_a_greek_date_in_running_text():
    text = "Η σύσκεψη έγινε στις 30 Ιουνίου 2020 στο υπουργείο."
    assert stated_dates(text, TODAY) == [(dt.date(2020, 6, 30), False)]
