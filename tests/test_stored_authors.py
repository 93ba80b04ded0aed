"""What any reader's byline stores (issue #13, round 10): bylines.stored_author, for the HTML,
CSV and JSONL readers as for texts; and header_dates.update_stamp, a revision's date line that a
publication date under it outranks."""

import pytest

from archive.extract import bylines


@pytest.mark.parametrize("author, stored", [
    ("عمان - الغد - رانيا الخطيب", "رانيا الخطيب"),
    ("نيويورك - وكالات", None),
    ("Istanbul - News Desk", None),
    ("Lakeside Online Report", None),
    ("Jane Doe", "Jane Doe"),
    ("Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("", None),
    (None, None),
])
def test_stored_author(author, stored):
    assert bylines.stored_author(author, "The Lakeside Gazette") == stored


@pytest.mark.parametrize("line, stamp", [
    ("Updated: 22 March 2021, 11:05", True),
    ("Last updated 3 May 2021", True),
    ("آخر تحديث: السبت 4 فبراير 2023", True),
    ("Published: 21 March 2021, 19:40", False),
    ("Published: 5 May 2021 | Updated: 6 May 2021", False),
    ("Updated", False),
])
def test_update_stamp(line, stamp):
    assert bylines.update_stamp(line) is stamp


@pytest.mark.parametrize("author, stored", [
    ("القامشلي آزاد ملا", "آزاد ملا"),  # a town of the gazetteer, then the reporter
    ("سلمى الحسن العلي", "سلمى الحسن العلي"),  # a name of three words
])
def test_a_place_before_the_name(author, stored):
    assert bylines.stored_author(author, None) == stored
    assert bylines.bare_name(author) == stored
