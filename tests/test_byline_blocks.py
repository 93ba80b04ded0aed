"""Byline blocks the header reading missed (issue #13, round 16, helper bylines6): a reporter's
name alone on its line under the title, the outlet, a role, a second name or the name again under
it, then the date line; the name and the stamp on one line; "Name / DESK"; a blog's writer by a
handle in small letters after "Posted ... by". Pages written for these tests."""

import pytest

from archive.extract import bylines
from archive.extract.byline_blocks import name_over_date
from archive.extract.person_names import bare_name
from archive.readers.text import parse_text_article

BODY = ("The council met on Monday to discuss the new water pipeline, which has been delayed for two years "
        "by disputes over funding and land.\n\nResidents said the delays had left whole streets without "
        "running water for weeks at a time during the summer.\n\nThe council said work would resume in "
        "the spring once the last contracts were signed.")


def page(*header: str) -> str:
    return "\n".join(header) + "\n\n" + BODY


def test_name_over_a_known_outlet_over_the_date():
    record = parse_text_article(page(
        "Lakeside Herald", "News  Sport  Business", "",
        "Pipeline delays leave residents without water for weeks",
        "Marit Okafor-Lindgren", "Al Jazeera", "Tue, 30 November 2021 4:30AM"))
    assert record.author == "Marit Okafor-Lindgren"
    assert record.lede != "Marit Okafor-Lindgren"


def test_name_under_a_standfirst_then_the_date():
    record = parse_text_article(page(
        "Pipeline delays leave residents without water for weeks",
        "The council says work will resume in spring.",
        "Summary",
        "A second standfirst line about the delays and the contracts still unsigned",
        "Teodora Vasquez-Brandt",
        "Published 2:30 PM, June 03, 2024"))
    assert record.author == "Teodora Vasquez-Brandt"
    assert record.published and "2024" in record.published


def test_two_names_joined_on_two_lines():
    record = parse_text_article(page(
        "Pipeline delays leave residents without water for weeks",
        "The council says work will resume in spring once contracts are signed.",
        "Idris Mwangi", "& Helga Sorensen", "March 14, 2025"))
    assert record.author == "Idris Mwangi & Helga Sorensen"


def test_name_and_stamp_on_one_line_and_the_name_printed_twice():
    assert name_over_date(["TOMASZ WIERUSZ-KOWALCZYK 11:02 pm, Feb 20, 2024", "Staff Reporter"])[0] \
        == "TOMASZ WIERUSZ-KOWALCZYK"
    assert name_over_date(["Priya Ramdeen", "Priya Ramdeen", "Feb 9, 2021, 7:02 PM"])[0] == "Priya Ramdeen"


@pytest.mark.parametrize("header", [
    ["منذ ساعتين", "نشر في: 29 أكتوبر 2022"],  # "two hours ago": a stamp, not a name
    ["Jane Doe", "The council met on Monday to discuss it.", "May 2, 2024"],  # a sentence between
    ["Latest Stories", "May 2, 2024"],  # common words
    ["Al Jazeera", "May 2, 2024"],  # the outlet
    ["Jane Doe"],  # no date: too weak a sign
])
def test_no_block(header):
    assert name_over_date(header) is None


def test_name_then_a_desk_after_a_slash():
    assert bare_name("Ravi Menon-Pillai / TNN") == "Ravi Menon-Pillai"
    assert bare_name("Jane Doe - AP") == "Jane Doe"


@pytest.mark.parametrize("line, name", [
    ("Posted 3 days ago by samir", "samir"),
    ("posted 2 days ago (12/08/2020) by rk", "rk"),
    ("Posted on 12 July 2019 by jd_writes", "jd_writes"),
])
def test_posted_by_a_handle(line, name):
    assert bylines.byline(line) == (name, None)


@pytest.mark.parametrize("line", ["Posted by admin", "Posted on 2 May 2022 by staff",
                                  "Posted on 2 May 2022 by editor", "Posted on 2 May 2022 by email"])
def test_posted_by_no_handle(line):
    assert bylines.byline(line) is None


def test_a_saved_page_drops_a_name_kept_over_its_text():
    from archive.readers.html_edges import without_header_lines

    body = ["The council met on Monday to discuss the new water pipeline.", "Residents said the delays were long."]
    assert without_header_lines(["Marit Okafor-Lindgren"] + body) == body
    assert without_header_lines(["The council says work resumes in spring.", "Marit Okafor-Lindgren",
                                 "9 avril 2021"] + body) == body
    assert without_header_lines(["Latest Stories"] + body) == ["Latest Stories"] + body


def test_a_latin_given_name_spelled_like_a_place_is_kept():
    from archive.extract.stored_authors import stored_author

    assert stored_author("Soran Bakir Aziz", None) == "Soran Bakir Aziz"  # a given name, not where from
    assert stored_author("القامشلي آزاد ملا", None) == "آزاد ملا"  # the place the reporter files from


def test_the_text_starts_under_the_block():
    record = parse_text_article(page(
        "Pipeline delays leave residents without water for weeks",
        "The council says work will resume in spring once the last of the contracts are signed.",
        "Idris Mwangi", "& Helga Sorensen", "March 14, 2025"))
    assert record.body.startswith("The council met on Monday")


def test_a_block_under_the_story_moves_nothing():
    """The reporter's name and date after the last paragraph (fresh16's court report): the text still
    starts under the title, not under the block (before, nothing was left and the page was refused)."""
    paragraphs = [f"Paragraph {n} of the court report says the jury heard from witness number {n} today."
                  for n in range(1, 8)]
    text = "\n\n".join(["Jury convicts a man who ran a prison guard unit"] + paragraphs
                       + ["IDRIS MWANGI", "September 14, 2023", "Read the daily roundup"])
    record = parse_text_article(text)
    assert record.body.startswith("Paragraph 1 of the court report")
    assert record.author == "IDRIS MWANGI"
