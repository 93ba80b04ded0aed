"""A dated dateline whose story runs on after the agency's tag with no dash ("New Delhi, May 5
(PTI) The ..."), as South Asian wires write it: the tag names the outlet when the data knows it
as a dateline tag, and only after a place and a date."""

import pytest

from archive.extract.outlet_signs import outlet_from_dateline


@pytest.mark.parametrize("first, outlet", [
    ("New Delhi, May 5 (PTI) The government said on Friday that three citizens had returned.", "Press Trust of India"),
    ("NEW DELHI, May 5 (IANS) Officials said the flight landed at dawn.", "Indo-Asian News Service"),
    ("Kabul, 3 March 2021 (Pajhwok) Afghan officials said the families were home.", "Pajhwok Afghan News"),
])
def test_a_known_tag_after_a_dated_place_names_the_agency(first, outlet):
    assert outlet_from_dateline(first) == outlet


@pytest.mark.parametrize("first", [
    "He said on May 5 (PTI) that the talks would resume.",  # no place before the date: a sentence
    "New Delhi, May 5 (Lakeside Weekly) The paper said.",  # a tag the data does not know as a dateline
    "Jane Doe, 2020 (AFP) The picture shows the camp.",  # a picture's credit, no dated place
])
def test_no_outlet_without_a_dated_place_and_a_known_tag(first):
    assert outlet_from_dateline(first) is None
