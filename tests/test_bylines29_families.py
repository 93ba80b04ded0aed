"""Round 29 (archive/extract/byline_parts.py, bylines.py, byline_blocks.py, byline_openers.py): byline families read from the misses of coll9 and fresh28a, each as a method for every
language of its family (the articles here are invented):

- writers listed with commas and no joiner ("By: Jane Doe, Omar Roe");
- a relative time sharing the byline's line ("كتب: سلمى الحسن منذ ٣ ساعات", "Jane Doe 3 hours ago");
- a credit naming nobody in other scripts (the outlet "and the agencies", a compiling desk's "رصد");
- the interface's buttons beside the byline ("Download PDF", "تحميل الملف", "More news");
- a name over an outlet the data does not know, over the date line."""

import pytest

from archive.extract.byline_blocks import meta_line, name_over_date
from archive.extract.bylines import byline
from archive.extract.stored_authors import stored_author


def test_writers_listed_with_a_comma_and_no_joiner():
    assert byline("By: Hana Kowalski, Omar Lindqvist")[0] == "Hana Kowalski, Omar Lindqvist"
    assert byline("By Maria Santos, Ahmed Karimi")[0] == "Maria Santos, Ahmed Karimi"
    # a place, a role or a desk after the comma is no second writer
    for line in ("By Hana Kowalski, New Haven", "By Hana Kowalski, Staff Writer", "By Hana Kowalski, Paris Bureau"):
        assert byline(line)[0] == "Hana Kowalski"


@pytest.mark.parametrize("line, name", [
    ("كتب: سلمى الحسن منذ ٣ ساعات | ٢٠٢٢/٠٤/١١", "سلمى الحسن"),
    ("كتب: سلمى الحسن منذ ساعتين", "سلمى الحسن"),
    ("By Hana Kowalski 3 hours ago", "Hana Kowalski"),
])
def test_a_relative_time_on_the_bylines_line_is_cut(line, name):
    assert byline(line)[0] == name


@pytest.mark.parametrize("credit", [
    "الأفق والوكالات",       # the outlet and the agencies
    "نبض المدينة - رصد",      # a site's compiling desk
])
def test_credits_naming_nobody_in_arabic(credit):
    assert stored_author(credit, None) is None


def test_a_name_with_such_a_word_inside_stays():
    assert stored_author("سمير رصدي", None) == "سمير رصدي"
    assert stored_author("الأفق ووكالات", None) is None


@pytest.mark.parametrize("label", ["Download PDF", "تحميل الملف", "هەواڵی زیاتر", "Télécharger le rapport",
                                   "دانلود", "Read more"])
def test_a_buttons_label(label):
    from archive.extract.byline_parts import button

    assert button(label)


@pytest.mark.parametrize("name", ["Hana Kowalski", "Dela Cruz", "Thomas More", "سلمى الحسن", "Ladda Tammy"])
def test_names_are_no_buttons(name):
    from archive.extract.byline_parts import button

    assert not button(name)


def test_a_button_joined_to_the_name_is_left_out():
    from archive.extract.byline_parts import without_buttons

    assert without_buttons("سلمى الحسن and تحميل الملف") == "سلمى الحسن"
    assert stored_author("سلمى الحسن and تحميل الملف", None) == "سلمى الحسن"
    assert stored_author("هەواڵی زیاتر", None) is None


def test_a_meta_line_with_a_button_beside_the_stamp():
    assert meta_line("Hana Kowalski | 2022-03-08 | Download PDF") == ("Hana Kowalski", "2022-03-08")


def test_a_name_over_an_unknown_outlet_over_the_date():
    header = ["Hana Kowalski", "Lakeview News", "04-10-2021 06:20 PM", "LAKEVIEW - The council met on Monday."]
    assert name_over_date(header)[0] == "Hana Kowalski"
    # two names over the date: which is the reporter is unclear
    assert name_over_date(["Hana Kowalski", "Omar Lindqvist", "04-10-2021"]) is None



@pytest.mark.parametrize("line, name", [
    ("di Chiara Valli | 7 aprile 2024", "Chiara Valli"),
    ("Door Femke van Loon · 3 mei 2023", "Femke van Loon"),
])
def test_another_languages_byline_word_with_the_date_beside_it(line, name):
    from archive.extract.bylines import header_byline

    assert header_byline(line)[0] == name
    assert header_byline("Di Maria | 7 aprile 2024") is None  # a name as written, no byline word
