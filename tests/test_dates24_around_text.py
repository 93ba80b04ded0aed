"""A story's date where its header gave none, from the lines right over its text (a date line under
the pictures' captions; a day and month alone, its year from the page) and a wire's year from the
page's own URL (archive/extract/dateline_years.py, issue #13 round 24)."""

from archive.extract.dateline_years import dateline_date, stamp_over_text
from archive.readers.text import parse_text_article

TEXT = ("Engineers restored the pumping station on the river after a week without power, the council said, "
        "and the first tankers reached the northern districts by the evening.")


def test_a_date_line_alone_right_over_the_text():
    head = ["Pumps back on", "Photo: A. Writer", "Caption: Workers at the station.", "14.05.2023"]
    assert stamp_over_text(head) == "14.05.2023"
    # two date lines there: none
    assert stamp_over_text(["Pumps back on", "14.05.2023", "15.05.2023"]) is None
    page = "\n\n".join(["Pumps back on at the river station", "Photo: A. Writer",
                        "Caption: Workers at the pumping station on Sunday.", "14.05.2023", TEXT, TEXT.replace("week", "month")])
    assert parse_text_article(page, "x/pumps.txt").published == "14.05.2023"


def test_a_day_and_month_alone_take_the_pages_year():
    tail = ["Reply · Share", "© 2023 A Letter From The River · Privacy"]
    assert stamp_over_text(["Issue 12: pumps", "Jo Writer", "Jun 7"], tail) == "2023-06-07"
    # no year on the page, or two: none
    assert stamp_over_text(["Issue 12: pumps", "Jo Writer", "Jun 7"], ["Reply"]) is None
    assert stamp_over_text(["Jun 7"], ["© 2022 Site", "© 2023 Other"]) is None


def test_a_wires_year_from_the_pages_url():
    head = ["https://www.example-wire.com/story/world/2022/11/04/pumps-back-on", "Example Wire", "Pumps back on"]
    assert dateline_date("Basra, Nov 4 (EW) Engineers restored the pumps", [], head) == "2022-11-04"
    # a URL of another day says nothing of the year
    head[0] = "https://www.example-wire.com/story/world/2022/11/05/pumps-back-on"
    assert dateline_date("Basra, Nov 4 (EW) Engineers restored the pumps", [], head) is None


def test_a_web_pages_date_line_in_figures():
    import lxml.html

    from archive.readers.page_date import page_date_line

    page = ("<html><body><div class='kicker'>Analysis</div><div class='headline'>Pumps back on at the river</div>"
            "<div class='meta'>Analysis &middot; By Jo Writer &middot; {}</div><p>{}</p></body></html>")
    assert page_date_line(lxml.html.fromstring(page.format("11.28.22", TEXT))) == "2022-11-28"  # reads one way only
    # either way: the value as written, for the import to read in its group's order or report (round 26)
    assert page_date_line(lxml.html.fromstring(page.format("11.04.22", TEXT))) == "11.04.22"
