"""The learned check for byline lines (archive/extract/author_lines.py, round 25): its fitted file
loads and decides hand-written pages; the text reader stores the name it finds only where no rule
found one, and nothing without the file."""

from __future__ import annotations

import pytest

from archive.extract import author_lines
from archive.readers.text import parse_text_article

BODY = (
    "The river crossing reopened on Tuesday after three weeks of repairs to the pontoon, local officials said, "
    "and the first lorries carrying flour reached the market towns on the far bank before noon.\n\n"
    "Drivers said the queue had stretched for several kilometres overnight, and some had waited since the "
    "weekend with perishable goods that spoiled in the heat before the crossing opened.\n\n"
    "The council said it would keep the crossing open at night for the rest of the month to clear the backlog, "
    "and that inspections of the pontoon would now take place every two weeks instead of every quarter.\n"
)


def page(header: str, masthead: str = "Riverside Courier") -> str:
    return f"{masthead}\nHome | Region | Economy | Opinion\n\nFerry crossing on the Kora river reopens after repairs\n\n{header}\n\n{BODY}"


@pytest.fixture(scope="module")
def model():
    found = author_lines.load()
    assert found is not None, "archive/data/author_lines.json is missing or fitted on other features"
    return found


def test_the_fitted_file_loads(model):
    assert tuple(model["features"]) == author_lines.FEATURES
    assert 0.5 <= model["threshold"] < 1.0
    assert len(model["weights"]) == len(author_lines.FEATURES)


@pytest.mark.parametrize("header, author", [
    ("Marta Velikova | Riverside Courier\n2 hours ago", "Marta Velikova"),  # the masthead after the bar
    ("av Henrik Solberg\nPublicerad 4 maj 2023 kl 09.10", "Henrik Solberg"),  # another language's "by"
    ("di Chiara Benvenuti\n12 Giugno 2021 alle 08:15", "Chiara Benvenuti"),
    ("Tomasz Wielgosz|\nPublished: 05.06.23, 14:20", "Tomasz Wielgosz"),  # a bar left at the end
])
def test_byline_lines_are_read(model, header, author):
    record = parse_text_article(page(header), "<test>")
    assert record.author == author


def test_a_byline_in_another_script_is_read(model):
    record = parse_text_article(page("Автор: Олег Ващенко-Бойко\n14 марта 2022, 10:05"), "<test>")
    assert record.author == "Олег Ващенко-Бойко"


@pytest.mark.parametrize("header", [
    "Economy\n3 hours ago",  # a section's label over the date
    "Riverside Courier | Dunmore\n3 hours ago",  # the masthead and a place: the outlet, no writer
    "Analysis | Economy\n3 hours ago",  # a kind of story and a section
    "News Desk\n3 hours ago",  # a desk's credit stays null
])
def test_no_writer_no_author(model, header):
    record = parse_text_article(page(header), "<test>")
    assert record.author is None


def test_the_rules_author_stands(model):
    record = parse_text_article(page("By Ellen Marsh\n3 hours ago"), "<test>")
    assert record.author == "Ellen Marsh"


def test_without_the_file_nothing_is_guessed(monkeypatch):
    # (round 27: "av Jane Doe" over the date is a rule's now, byline_openers; a name beside the masthead is not)
    text = page("Marta Velikova | Riverside Courier\n2 hours ago")
    assert parse_text_article(text, "<test>").author == "Marta Velikova"
    monkeypatch.setattr(author_lines, "load", lambda path=None: None)
    assert parse_text_article(text, "<test>").author is None


def test_clean_leaves_the_byline_word_and_the_outlet():
    assert author_lines.clean("door Sanne de Wit") == "Sanne de Wit"
    assert author_lines.clean("Hosted by Jane Roe and Sam Poe") == "Jane Roe and Sam Poe"
    assert author_lines.opener("Автор: Олег Ващенко") > 0
    assert author_lines.opener("Riverside Courier") == 0


def test_clean_reads_glued_and_listed_writers():
    assert author_lines.clean("ByAnna Kowalczyk") == "Anna Kowalczyk"  # spans copied without a space
    assert author_lines.clean("Jane Roe, Sam Poe") == "Jane Roe, Sam Poe"  # two writers, not a name and a role


def test_a_second_writer_on_the_next_line_is_joined():
    content = ["Riverside Courier", "Ferry crossing on the Kora river reopens after repairs", "Jane Roe",
               "and Sam Poe", "3 hours ago"] + [p for p in BODY.split("\n\n")]
    names = [name for i, name, _ in author_lines.rows(content, None, 1, [5, 6, 7])]
    assert "Jane Roe and Sam Poe" in names


def test_a_given_name_in_arabic_script_counts():
    content = ["صحيفة النهر", "افتتاح المعبر على النهر بعد أسابيع من الإصلاح", "سامر الخطيب", "3 hours ago"]
    row = next(row for i, name, row in author_lines.rows(content + ["x " * 40], None, 1, [4]) if name == "سامر الخطيب")
    assert row[author_lines.FEATURES.index("given_name")] == 1.0
