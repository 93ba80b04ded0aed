"""Issue #13, round 17 (helper bylines7): the story's stamp standing alone under the text where the
header gave no date; a stamp beside a date is no reporter's name; two name-shaped lines over a date
line give no byline. Pages written for these tests."""

import pytest

from archive.extract import byline_blocks, bylines
from archive.extract.dateline_years import stamp_under_text
from archive.extract.dates import iso_date
from archive.readers.text import parse_text_article

STORY = [
    "Lakeside Courier", "Home | Region | Sport | Opinion", "",
    "Ferry service to the islands resumes after three weeks", "",
    "The ferry between the harbour and the two northern islands sailed again on Monday morning, three "
    "weeks after a storm damaged the landing stage at the smaller of them.", "",
    "Islanders had relied on a fishing boat chartered by the council to bring in food and medicine, "
    "and pupils had been taught online since the storm.", "",
    "The council said repairs to the landing stage had cost less than first feared.", "",
]


@pytest.mark.parametrize("stamp, date", [
    ("2023-05-30 16:21", "2023-05-30"),
    ("Fri 10 Nov 2023", "2023-11-10"),
    ("2024-01-11  |  13:40", "2024-01-11"),
])
def test_the_stamp_under_the_text_dates_the_story(stamp, date):
    text = "\n".join(STORY + [stamp, "Story code: 4411", "", "Follow us", "Related", "Bus fares rise in May"])
    assert iso_date(parse_text_article(text).published) == date


def test_the_stamp_after_the_comment_rules():
    text = "\n".join(STORY + ["Sponsored", "Comments: Our rules", "We want our comments to be lively.",
                              "Tue 14 Mar 2023", "© Copyright 2023 Lakeside Courier"])
    assert iso_date(parse_text_article(text).published) == "2023-03-14"


def test_an_arabic_stamp_alone():
    assert stamp_under_text(["الأربعاء 15 شباط 2023", "اشترك في النشرة البريدية"]) == "الأربعاء 15 شباط 2023"


@pytest.mark.parametrize("under", [
    ["Related", "Bus fares rise in May", "2023-05-29", "Harbour wall to be rebuilt", "2023-05-30"],  # two dates: a list's
    ["2023-05-30 16:21", "Updated 2023-06-02 09:00"],  # a second date under it
    ["Related", "Bus fares rise in May 2023, the council says"],  # no stamp alone
    ["2 thoughts on this post", "1. Ann", "August 22, 2018 at 5:57 am", "Great post!", "2. Tom",
     "August 23, 2018 at 7:19 am", "Thanks."],  # comments, each under its stamp
])
def test_no_stamp(under):
    assert stamp_under_text(under) is None


def test_a_dated_header_keeps_its_date():
    text = "\n".join(STORY[:4] + ["", "By Jane Doe", "12 March 2023", ""] + STORY[5:] + ["2023-05-30 16:21"])
    assert iso_date(parse_text_article(text).published) == "2023-03-12"


def test_a_relative_stamp_beside_the_date_is_no_name():
    assert bylines.person_before_date("الأحد 3 تشرين الأول 2021 | منذ سنة") is None
    assert bylines.person_before_date("15 September 2022 | 5 min read") is None
    assert bylines.person_before_date("15 September 2022 | Jane Doe") == "Jane Doe"


def test_two_name_lines_over_the_date_give_no_byline():
    assert byline_blocks.name_over_date(["Mary Oduya", "Kota Bharu", "June 3, 2020 5:42 p.m.", "The court"]) is None
    assert byline_blocks.name_over_date(["Mary Oduya", "June 3, 2020 5:42 p.m."])[0] == "Mary Oduya"
    assert byline_blocks.name_over_date(["Mary Oduya", "& Tom Roe", "June 3, 2020"])[0] == "Mary Oduya & Tom Roe"


def test_no_stamp_among_comments():
    above = ["Great post, thank you.", "August 10, 2018 at 9:40 am", "I agree with every word."]
    assert stamp_under_text(["August 11, 2018 at 11:34 am", "Comments are closed."], above) is None
    assert stamp_under_text(["August 11, 2018 at 11:34 am", "Comments are closed."], above[::2]) is not None
