"""A kicker before the headline, dropped where the page repeats the headline alone
(archive/extract/title_kickers.py)."""

from archive.extract.title_kickers import kicker_headline
from archive.readers.text import parse_text_article

HEADLINE = "Two Weeks After the Storm, the Island Ferry Still Runs Late"


def test_kicker_dropped_only_where_the_headline_stands_alone_under_it():
    assert kicker_headline(f"LONG READ — {HEADLINE}", [HEADLINE, "By Jane Doe"]) == HEADLINE
    assert kicker_headline(f"Analysis | {HEADLINE}", ["By Jane Doe", HEADLINE]) == HEADLINE
    assert kicker_headline(f"LONG READ — {HEADLINE}", ["By Jane Doe", "12 March 2024"]) is None
    assert kicker_headline("Orkney: the island ferry still runs late after the storm", ["the island ferry still runs late"]) is None
    assert kicker_headline(f"A long label of many words here — {HEADLINE}", [HEADLINE]) is None


def test_text_file_title_loses_its_kicker():
    page = "\n".join([
        "THE ISLAND COURIER", f"LONG READ — {HEADLINE}", HEADLINE, "By Jane Doe", "12 March 2024", "",
        "The ferry to the northern islands sailed again on Tuesday for the first time since the storm closed the harbour.",
        "",
        "Islanders said the two weeks without a crossing had emptied the shops and kept patients from the mainland hospital.",
    ])
    assert parse_text_article(page).title == HEADLINE
