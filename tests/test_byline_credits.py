"""Bylines of more shapes (issue #13, round 10): an edition's or desk's credit ending on "Report"
or "Desk" names nobody; a title before the name is dropped; a standfirst signed "..., writes Dr
Jane Doe"; "Authors: A, B" names both; "place - outlet - reporter" as Arabic newsrooms sign; a
role in the plural ("Political reporters") under the names."""

import pytest

from archive.extract import bylines
from archive.extract.article import build_article
from archive.readers.text import parse_text_article


@pytest.mark.parametrize("credit", ["Lakeside Online Report", "Metro Desk", "Gulf Bureau"])
def test_a_desk_or_edition_credit_names_nobody(credit):
    assert bylines.not_a_person(credit, "The Lakeside Gazette")


def test_a_reporter_is_still_a_person():
    assert not bylines.not_a_person("Jane Doe", "The Lakeside Gazette")


@pytest.mark.parametrize("line, name", [
    ("By Dr Jane Doe", "Jane Doe"),
    ("By Prof. John Roe", "John Roe"),
    ("Authors: Lotte van Dijk, Pieter Hermans", "Lotte van Dijk, Pieter Hermans"),
    ("Authors: Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("The ferry cannot wait for a perfect season, writes Dr Jane Doe", "Jane Doe"),
])
def test_bylines(line, name):
    assert bylines.header_byline(line)[0] == name


@pytest.mark.parametrize("line", [
    "The ferry is back on the lake, writes the operator",
    "Authors: Jane Doe, Lakeside News",
])
def test_no_such_byline(line):
    found = bylines.header_byline(line)
    assert found is None or found[0] == "Jane Doe"


@pytest.mark.parametrize("line, name", [
    ("بغداد - العين الإخبارية - سلام الجاف", "سلام الجاف"),
    ("Erbil - Agency24 - Jane Doe", "Jane Doe"),
])
def test_place_outlet_reporter(line, name):
    assert bylines.bare_name(line) == name


def test_a_name_first_is_no_place():
    assert bylines.bare_name("Jane Doe - Ankara - Lakeside Gazette") is None


def test_a_plural_role_is_a_role_line():
    assert bylines.role_line("Political reporters")


def test_an_edition_credit_in_a_text_header_stores_no_author():
    text = ("Ferry service resumes across the lake\nLakeside Online Report\nPublished: 4 April 2022\n"
            "The ferry between the two lake towns ran again on Monday for the first time since the storm.\n"
            "The operator said it would add a second boat in the summer, once repairs to the pier are done.\n")
    assert build_article(parse_text_article(text)).author is None


@pytest.mark.parametrize("line, name", [
    ("Jane Doe, London - Lakeside Research Centre", "Jane Doe"),
    ("Pressesprecherin: Dr. Jane Doe", None),  # a press office's contact, no writer
    ("Spokesperson: Jane Doe", None),
    ("Qamishli: Jane Doe", "Jane Doe"),
])
def test_name_place_unit_and_contacts(line, name):
    assert bylines.bare_name(line) == name


@pytest.mark.parametrize("credit, nobody", [
    ("لايك نيوز - الحسكة (خاص)", True),
    ("خاص - لايك نيوز", True),
    ("Exclusive - Lakeside Gazette", True),
    ("خالد الخاص", False),  # a name with the mark's letters is no mark ("تقارير خاصة", special reports, names nobody since round 20)
    ("Jane Doe", False),
])
def test_a_credit_marking_the_story_exclusive_names_nobody(credit, nobody):
    assert bylines.not_a_person(credit, None) is nobody


@pytest.mark.parametrize("line, name", [
    ("By JANE DOE Associated Press", "Jane Doe"),  # a name in capitals, then a known outlet
    ("By Jane Doe, Jenny Roe and Sam Poe", "Jane Doe, Jenny Roe and Sam Poe"),
    ("By Jane Doe, Erbil and Duhok", "Jane Doe"),  # places, not names
    ("Text: Jane Doe", "Jane Doe"),
    ("Interview by Jane Doe", "Jane Doe"),
])
def test_more_byline_shapes(line, name):
    assert bylines.header_byline(line)[0] == name


def test_a_name_then_a_role_after_a_dash():
    assert bylines.bare_name("Jane Doe - Staff Writer") == "Jane Doe"
    assert bylines.bare_name("Raqqa - Jane Doe") == "Jane Doe"


@pytest.mark.parametrize("line, name", [
    ("Jane Doe | Transport Reporter", "Jane Doe"),
    ("Jane Doe - Staff Writer", "Jane Doe"),
])
def test_a_name_beside_its_role(line, name):
    assert bylines.header_byline(line) == (name, None)


@pytest.mark.parametrize("line", ["Erbil - Staff Writer", "Lakeside News | Senior Editor"])
def test_a_place_or_outlet_beside_a_role_is_no_name(line):
    assert bylines.header_byline(line) is None


def test_a_name_beside_its_role_in_a_text_header():
    text = ("Ferry service resumes across the lake\nJane Doe | Transport Reporter\n4 April 2022\n"
            "The ferry between the two lake towns ran again on Monday for the first time since the storm.\n"
            "The operator said it would add a second boat in the summer, once repairs to the pier are done.\n")
    assert build_article(parse_text_article(text)).author == "Jane Doe"
