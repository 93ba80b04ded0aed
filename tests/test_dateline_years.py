"""A wire's dateline with a day and month and no year (issue #13, round 16, helper bylines6): the
year from a stamp under the text stating the same day, else from the page's copyright line. Pages
written for these tests."""

import pytest

from archive.extract.dateline_years import dateline_date
from archive.readers.text import parse_text_article


def test_year_from_the_copyright_line():
    assert dateline_date("OSLO, February 11. /NWA/. Twelve families were moved on Friday.",
                         ["Tags", "Norway", "© 2004-2019 Nordic Wire Agency. All rights reserved"]) == "2019-02-11"
    assert dateline_date("Lagos, May 7 (WAN) - The ministry said on Tuesday ...",
                         ["(WAN)", "KO/PL", "Copyright © 2021 WAN. All rights reserved"]) == "2021-05-07"


def test_year_from_the_stamp_under_the_text():
    assert dateline_date("(WAN) - Accra, July 9 - The court ruled on Monday that ...",
                         ["ACC/KO", "09 July 2022 14:05", "© 2024 WAN"]) == "2022-07-09"
    assert dateline_date("القاهرة في 12 مارس / وان / قال مسؤول", ["ع.ح", "وان 1021 جمت 12/03/2020"]) == "2020-03-12"


@pytest.mark.parametrize("opening, tail", [
    ("Lagos, May 7, 2021 (WAN) - The ministry said ...", ["© 2023 WAN"]),  # the year is there: not this rule's
    ("Lagos, May 7 (WAN) - The ministry said ...", ["Related", "more news"]),  # no year anywhere
    ("Lagos, May 7 (WAN) - The ministry said ...", ["© 2020 WAN", "© 2021 Other"]),  # two years
    ("Lagos, May 7 (WAN) - The ministry said ...", ["7 May 2020 10:00", "7 May 2021 10:00"]),  # two stamps
    ("The ministry said on May 7 and on June 9 that ...", ["© 2021 WAN"]),  # two days: no dateline
])
def test_no_year(opening, tail):
    assert dateline_date(opening, tail) is None


def test_the_reader_dates_a_wire_page():
    text = "\n".join([
        "WAN", "West Africa Newswire", "Politics | Economy | World", "",
        "Ghana returns nine children from camps abroad", "",
        "Accra, March 3 (WAN) - Nine Ghanaian children held in camps abroad arrived in Accra on Thursday "
        "evening, the ministry said in a statement.", "",
        "The children, aged between three and eleven, were received at the airport by a team of social "
        "workers and doctors, the ministry added.", "",
        "They will stay at a specialised centre before being handed over to their families.", "",
        "(WAN)", "KO/PL", "", "Copyright © 2022 WAN. All rights reserved"])
    assert parse_text_article(text).published == "2022-03-03"
