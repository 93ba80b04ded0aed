"""A role after a byline's separator is the reporter's role, never an outlet (issue #13, round 20,
helper bylines9): "By Jane Doe · Senior News Writer". Lines written for these tests."""

import pytest

from archive.extract import bylines


@pytest.mark.parametrize("line", [
    "By Jane Doe · Senior News Writer",
    "By Jane Doe | Staff Reporter",
    "By Jane Doe - Senior Correspondent",
    "By Jane Doe | Middle East Editor",
])
def test_a_role_is_no_outlet(line):
    assert bylines.byline(line) == ("Jane Doe", None)


def test_an_outlet_after_the_separator_stays_one():
    assert bylines.byline("By Jane Doe · The Valley Post") == ("Jane Doe", "The Valley Post")


@pytest.mark.parametrize("line, name", [
    ("Article by Jane Doe and John Roe", "Jane Doe and John Roe"),  # a journal's byline label
    ("Column by Jane Doe", "Jane Doe"),
])
def test_more_english_byline_labels(line, name):
    assert bylines.byline(line)[0] == name


def test_the_outlet_after_of_is_cut():
    # built after scoring fresh19: "By X and Y of Outlet"
    assert bylines.byline("By Jane Doe and John Roe of Lakeside Energy Report")[0] == "Jane Doe and John Roe"
    assert bylines.byline("By Jane Doe of The Valley Post")[0] == "Jane Doe"
