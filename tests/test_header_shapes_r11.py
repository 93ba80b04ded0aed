"""Issue #13 round 11: header shapes read by method (bylines with a role after a comma or a
label word before "by", a glued "By", desks and the outlet's kind as credits, Kurdish written
dates, a bracketed credit under the name, a site's motto line over the headline)."""

from archive.extract import bylines, page_layout
from archive.readers.text import parse_text_article

BODY = ("The council met on Tuesday evening to discuss the new water pipeline for the district. "
        "Officials said the work would take most of the coming year and cost several million.\n\n"
        "Residents who attended the meeting asked about the schedule and the closures of roads "
        "along the route, and the engineers promised a plan within a month.\n")


def test_byline_shapes():
    assert bylines.header_byline("ByJane Holloway")[0] == "Jane Holloway"
    assert bylines.header_byline("Jane Holloway, Regional Correspondent")[0] == "Jane Holloway"
    assert bylines.header_byline("Report by Jane Holloway, Lakeside TV Political Editor")[0] == "Jane Holloway"
    assert bylines.header_byline("Commentary by Jane Holloway")[0] == "Jane Holloway"
    assert bylines.name_before_date("By Jane Holloway // 3 March 2021") == "Jane Holloway"
    assert bylines.name_before_date("By LT - Mar 3,2021 - Last updated at Mar 3,2021") is None


def test_desks_and_outlet_kind_are_no_person():
    assert bylines.not_a_person("جريدة المدينة", "المدينة")
    assert not bylines.not_a_person("Jane Holloway", None)


def test_kurdish_written_dates():
    assert bylines.date_in("3ê Çileya Paşîn 2022 – 09:10")
    assert bylines.date_in("٣ی کانوونی دووەمی ٢٠٢٢")
    assert bylines.date_in("٣ی ئازاری ٢٠٢٢")


def test_bracketed_credit_under_name():
    text = ("Lakeside pipeline plan approved after long debate\nJane Holloway\n(Lakeside Wire Service)\n"
            "March 3, 2021 9:10am\n\n" + BODY)
    record = parse_text_article(text)
    assert record.title == "Lakeside pipeline plan approved after long debate"
    assert record.author == "Jane Holloway"
    assert record.published


def test_motto_line_is_no_title():
    assert page_layout.masthead_shape("The Lakeside Courier | The County's Own Paper")
    assert not page_layout.masthead_shape("Pipeline plan approved after a long debate in the council")
    text = ("The Lakeside Courier | The County's Own Paper\nPipeline plan approved after long debate\n"
            "By Jane Holloway\n3 March 2021\n\n" + BODY)
    assert parse_text_article(text).title == "Pipeline plan approved after long debate"
