"""Round 30 (helper fields30): dates by family, with invented texts: year-first dates written with
the year's word or stop (Uzbek, Kazakh, Lithuanian, Latvian, Hungarian) and in Chinese, Japanese and
Korean figures; a Finnish stamp's "14.9. 2023"; the publication label of other languages beside a
revision's ("Aktualisiert am ... · Erstellt am ..."); an event's date beside the publication's (a
parliament's question asked, its answer given); the date in brackets after a dateline's name; a
postal address as a sign of the order of an ambiguous numeric date; a table row's stamp cell."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from archive.extract.date_evidence import order_evidence
from archive.extract.dateline_years import full_dateline
from archive.extract.dates import iso_date, read_date
from archive.extract.header_dates import date_in
from archive.readers.page_date import page_date_line


@pytest.mark.parametrize("text, iso", [
    ("2022 йил 14 март", "2022-03-14"),  # Uzbek Cyrillic
    ("2022-yil 14-mart", "2022-03-14"),  # Uzbek Latin
    ("2022 жылғы 14 наурыз", "2022-03-14"),  # Kazakh
    ("2022 m. kovo 14 d.", "2022-03-14"),  # Lithuanian
    ("2022. gada 14. martā", "2022-03-14"),  # Latvian
    ("2022. március 14.", "2022-03-14"),  # Hungarian
    ("2022年3月14日", "2022-03-14"),
    ("2022년 3월 14일", "2022-03-14"),
    ("14 наурыз 2022", "2022-03-14"),
    ("14.3. 2022", "2022-03-14"),  # a Finnish stamp: a space after the month's stop only
    ("14.3. 2022 08:15", "2022-03-14"),
])
def test_year_first_and_spaced_dates(text, iso):
    assert iso_date(text) == iso


def test_a_year_first_date_in_a_paper_s_issue_line():
    assert iso_date(date_in("2022 йил 14 март, №51 (8120)")) == "2022-03-14"
    assert read_date("2022 March 14").date is None  # a year without its word or stop: no year-first date


@pytest.mark.parametrize("line, iso", [
    ("Aktualisiert am 05.04.2022 um 10:02 · Erstellt am 04.04.2022 um 21:40", "2022-04-04"),
    ("Julkaistu: 4.4. 2022 21:40 | Päivitetty: 5.4. 10:02", "2022-04-04"),
    ("Date of incident: 1 April 2022 | Published: 4 April 2022", "2022-04-04"),
    ("Fråga ställd: 12-03-2022  Besvarad: 04-04-2022", "2022-04-04"),
])
def test_the_publication_label_beside_another_date(line, iso):
    assert iso_date(date_in(line)) == iso


@pytest.mark.parametrize("opening, iso", [
    ("Lawwire (March 9, 2022, 4:10 PM EST) -- A federal judge in Ohio ruled", "2022-03-09"),
    ("RICHMOND (June 2, 2021) — The state's attorney general said", "2021-06-02"),
])
def test_a_dateline_with_its_date_in_brackets(opening, iso):
    assert full_dateline(opening) == iso
    assert full_dateline(opening.replace(opening[opening.index("("):opening.index(")") + 1], "(Reuters)")) is None


def test_a_us_postal_address_reads_an_ambiguous_date_month_first():
    evidence = order_evidence("04/06/2022", dt.date(2022, 6, 4), dt.date(2022, 4, 6), "A short story.", "en",
                              others=("© 2022 Lakeside Ledger. 120 Main St, Springfield, IL 62701",))
    assert evidence.order == "mdy"


def test_a_british_postcode_reads_an_ambiguous_date_day_first():
    evidence = order_evidence("04/06/2022", dt.date(2022, 6, 4), dt.date(2022, 4, 6), "A short story.", "en",
                              others=("Harbour Press Ltd, 12 Quay Street, Bristol BS1 4DJ",))
    assert evidence.order == "dmy"


def test_a_table_row_s_asked_date_is_not_the_page_s():
    page = lxml.html.fromstring(
        "<html><body><h1>Question 88: on the camps</h1><table>"
        "<tr><td>Question asked:</td><td>09-02-2022</td></tr>"
        "<tr><td>Answered:</td><td>04-03-2022</td></tr></table>"
        "<p>The minister answered that the ministry follows the situation closely.</p></body></html>")
    assert page_date_line(page) == "04-03-2022"  # read in the page's order by the import
