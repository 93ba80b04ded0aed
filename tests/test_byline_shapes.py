"""Byline and header-date shapes read by method (issue #13, round 9): what a byline line prints
around the name, a date sharing a byline's line, a note on the writer under the text."""

from archive.extract import bylines, byline_parts, page_layout
from archive.extract.page_values import clean_person


def test_outlet_acronym_and_parenthesis_after_the_name_are_cut():
    assert bylines.bare_name("Leena Virtanen HT") == "Leena Virtanen"
    assert bylines.bare_name("Dewi Lestari (The Harbour Times)") == "Dewi Lestari"
    assert bylines.split_byline("Omar Haddad (AFP)")[0] == "Omar Haddad"
    assert bylines.bare_name("John Roe III") == "John Roe III"  # a numeral is part of the name


def test_place_and_outlet_after_bars():
    assert bylines.bare_name("Mira Kovac | Skopje | NRB") == "Mira Kovac"
    assert bylines.header_byline("Mira Kovac | Skopje | NRB") == ("Mira Kovac", None)
    assert bylines.header_byline("Latest News | World | NRB") is None
    assert bylines.bare_name("Latest News | Sport | Weather") is None


def test_a_site_name_holding_a_digit_before_a_dash():
    assert bylines.bare_name("موقع24- سامر الخطيب") == "سامر الخطيب"
    assert clean_person("Site24- Jane Doe") == "Jane Doe"


def test_a_line_opening_with_a_function_word_is_no_name():
    assert bylines.bare_name("For Immediate Release") is None
    assert bylines.bare_name("The Evening Bulletin") is None
    assert byline_parts.opens_with_stop_word("Of Our Time")


def test_date_before_the_name_on_one_line():
    assert bylines.name_before_date("3 March 2021 | Hana Berger") == "Hana Berger"
    assert bylines.name_before_date("Hana Berger | 3 March 2021") == "Hana Berger"
    assert bylines.name_before_date("3 March 2021 | Latest News") is None


def test_date_ending_a_byline():
    line = "By Talgat Seitov in Region on 9 March 2021"
    assert bylines.date_in(line) == "9 March 2021"
    assert bylines.header_byline(line) == ("Talgat Seitov", None)
    assert bylines.header_byline("By Jane Doe On 11/13/19 at 4:00 PM") == ("Jane Doe", None)
    assert bylines.header_byline("By Jane Doe | 2 May 2022") == ("Jane Doe", None)  # a date is no outlet


def test_note_on_the_writer_names_the_author():
    assert bylines.bio_author("Pat Morgan is a Winnipeg-based reporter for the Courier.") == "Pat Morgan"
    assert bylines.bio_author("Pat Morgan is a researcher at a rights group.") is None  # perhaps a source
    assert bylines.bio_author("The camp is a place the writers never saw.") is None


def test_bare_name_beside_reading_time_masthead_or_date_over_headline():
    content = ["Ferry service resumes to the islands after storm", "Ana Silva", "4 min read", "Text."]
    assert page_layout.bare_byline(content, 1) == "Ana Silva"
    content = ["The Coast Herald", "Ferry service resumes to the islands after storm", "Ana Silva",
               "The Coast Herald", "Monday, 3 May 2021", "Text."]
    assert page_layout.bare_byline(content, 2) == "Ana Silva"
    content = ["Monday, 3 May 2021", "Ferry service resumes to the islands after storm", "Ana Silva", "Text."]
    assert page_layout.bare_byline(content, 2) == "Ana Silva"
    content = ["Monday, 3 May 2021", "Share this", "Morning Bulletin", "Text."]
    assert page_layout.bare_byline(content, 2) is None


def test_credits_of_others_are_no_byline():
    for line in ("Photo: Jane Doe", "Editor: John Roe", "تصوير: سامر الحلبي", "ترجمة: سامر الحلبي"):
        assert bylines.bare_name(line) is None
        assert bylines.header_byline(line) is None
    assert bylines.bare_name("Qamishli: Jane Doe") == "Jane Doe"  # a place before the colon
    assert bylines.header_byline("Reporter: Jane Doe; Editor: John Roe") == ("Jane Doe", None)


def test_published_and_updated_on_one_line_gives_the_published_date():
    from archive.extract.dates import parse_date
    for line in ("Published 5 May 2021 | Updated 6 May 2021", "Updated 6 May 2021 | Published 5 May 2021",
                 "Published: 5 May 2021 Last updated: 6 May 2021", "نشر في: ٥ أيار ٢٠٢١ - آخر تحديث: ٦ أيار ٢٠٢١"):
        assert str(parse_date(bylines.date_in(line))) == "2021-05-05", line
    assert str(parse_date(bylines.date_in("Updated: 6 May 2021"))) == "2021-05-06"  # no other date given
    assert bylines.date_in("3 hours ago") is None  # a relative time alone: no date stored


def test_date_in_a_lone_url_under_the_text():
    from archive.extract.header_dates import url_date
    assert url_date("https://www.example.com/news/2020/02/07/ferry-resumes.html") == "2020-02-07"
    assert url_date("https://www.example.com/news/2020/02/ferry-resumes") is None
    assert url_date("https://www.example.com/2020/13/45/x") is None
    assert url_date("Read https://www.example.com/2020/02/07/x") is None


def test_credits_naming_nobody():
    for credit in ("Staff Writer", "our correspondent", "Agencies", "Editorial Board", "Guest Contributor",
                   "Admin", "مراسلنا"):
        assert bylines.not_a_person(credit, None), credit
    for name in ("Jane Doe", "Will Young", "Grace Chief"):
        assert not bylines.not_a_person(name, None), name


def test_weekday_between_the_name_and_the_date():
    assert bylines.header_byline("By Jane Doe on Monday, 2 May 2022") == ("Jane Doe", None)


def test_bylines_in_more_languages_and_datelines_before_the_name():
    assert bylines.header_byline("Par Jean Dupont") == ("Jean Dupont", None)
    assert bylines.header_byline("Autor: Hans Müller") == ("Hans Müller", None)
    assert bylines.header_byline("Nivîskar: Azad Ehmed") == ("Azad Ehmed", None)
    for line in ("دمشق - سلمى الحسن", "دمشق ـ سلمى الحسن", "القامشلي/ سلمى الحسن", "أربيل- سلمى الحسن"):
        assert bylines.bare_name(line) == "سلمى الحسن", line
    assert bylines.bare_name("Jane Doe/Reuters") is None  # a picture's credit
