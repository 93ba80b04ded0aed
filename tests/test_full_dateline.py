"""A dateline stating the full date before the text's first words, read where the header gave no
date (issue #13, round 20, helper bylines9). Pages written for these tests."""

import pytest

from archive.extract.dateline_years import full_dateline
from archive.readers.text import parse_text_article


@pytest.mark.parametrize("opening, iso", [
    ("Windhoek, 12 March 2021 – The second group of families arrived on Friday.", "2021-03-12"),
    ("Oslo, Bergen, 3 February 2023. The two councils said on Friday that ...", "2023-02-03"),
    ("ACCRA, Aug. 9, 2022 (WAN) - The court ruled on Monday that ...", "2022-08-09"),
    ("عمّان، 14 آذار 2022 - قالت الوزارة إن ...", "2022-03-14"),
    ("Nairobi, 2022-06-07 - The ministry said ...", "2022-06-07"),
])
def test_full_dateline(opening, iso):
    assert full_dateline(opening) == iso


@pytest.mark.parametrize("opening", [
    "Monday, 12 March 2021 – the council met.",  # a weekday, not a place
    "Updated, 12 March 2021 – the council met.",  # a later revision's stamp
    "the report, 12 March 2021 – was published.",  # no capitalised place
    "Windhoek, 03/04/2021 - The order of day and month is unsaid.",
    "Windhoek, 12 March 2021 and 13 March – the two days of the visit.",  # no separator after the date
    "Windhoek, 12 March 2021 is the day the families arrived.",
])
def test_not_a_dateline(opening):
    assert full_dateline(opening) is None


def test_the_reader_dates_a_page_by_its_dateline():
    text = "\n".join([
        "Families return to Windhoek", "",
        "Windhoek, 12 March 2021 – The second group of families returned from camps abroad arrived in "
        "Windhoek on Friday evening, the ministry said in a statement.", "",
        "The group, eleven women and nineteen children, was received at the airport by social workers "
        "and doctors, the ministry added.", "",
        "They will stay at a centre in the capital before being handed over to their relatives.", ""])
    assert parse_text_article(text).published == "2021-03-12"
