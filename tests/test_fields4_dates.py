"""European date lines and headlines that end on a date (issue #13, helper fields4): a Dutch,
German, Spanish or Italian month's name reads as a date, so the date line is no headline; a
headline whose last part ends on a date ("... – Hauptverhandlung ab 7. März 2023") stays a
headline."""

from archive.extract.dates import parse_date
from archive.extract.header_dates import date_in
from archive.readers.text import parse_text_article


def test_european_month_names():
    assert str(parse_date("22 juni 2023, 07:31")) == "2023-06-22"
    assert str(parse_date("3. März 2024")) == "2024-03-03"
    assert str(parse_date("5 maggio 2022")) == "2022-05-05"


def test_a_headline_ending_on_a_date_is_no_date_line():
    assert date_in("Charges admitted against the accused – trial from 7 March 2023") is None
    assert date_in("Anklage gegen die Beschuldigte zugelassen – Hauptverhandlung ab 7. März 2023") is None
    assert date_in("Saturday - 20 Shaban 1442 AH - 3 April 2021 AD - issue 15468") == "3 April 2021 AD"
    assert date_in("By Jane Doe and John Roe | 5 May 2022") == "5 May 2022"
    assert date_in("Analysis by our regional desk team - Monday, 3 March 2024") is not None


def test_a_dutch_date_line_is_not_the_title():
    page = "\n".join([
        "Nederland haalt opnieuw vrouwen en kinderen terug uit kampen", "22 juni 2023, 07:31",
        "Nederland heeft opnieuw vrouwen en kinderen uit kampen in het noordoosten van Syrië teruggehaald, "
        "meldt het ministerie in een verklaring.",
        "De vrouwen werden direct na aankomst aangehouden en worden vandaag voorgeleid aan de rechter-commissaris.",
    ])
    record = parse_text_article(page, "nl/a.txt")
    assert record.title == "Nederland haalt opnieuw vrouwen en kinderen terug uit kampen"
