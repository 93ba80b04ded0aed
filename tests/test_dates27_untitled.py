"""A page whose headline was not found still has its header's date line read (issue #13, round 27):
the one line over the text that states a date, never a print's, a revision's or an event's stamp."""

from archive.extract.dateline_years import untitled_head_date

HEAD = ["Skip to content", "The Harbour Ledger", "Sign in | Subscribe", "LOCAL STATE NATION",
        "Two ferries collide in fog. Nobody was hurt.", "By Ella Marsh"]


def test_the_one_date_line_over_the_text():
    assert untitled_head_date(HEAD + ["POSTED: Friday, 3/15/2024", "Share this:", "Share on Facebook"]) == \
        "POSTED: Friday, 3/15/2024"


def test_two_date_lines_give_none():
    assert untitled_head_date(["Monday, 4 March 2024"] + HEAD + ["POSTED: Friday, 3/15/2024"]) is None


def test_a_stamp_is_no_date():
    assert untitled_head_date(HEAD + ["Printed on 20 March 2024"]) is None
    assert untitled_head_date(HEAD + ["Date of incident: 12 March 2024"]) is None
    assert untitled_head_date(HEAD + ["Updated: 16 March 2024"]) is None
