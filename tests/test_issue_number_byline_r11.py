"""Issue #13 round 11: a newspaper's issue number alone on a header line ("Issue 1234",
"العدد 19940") is a header line, and a name under the headline is the byline where the date
stands over the headline with the issue line between them."""

from archive.extract import bylines
from archive.readers.text import parse_text_article


def test_issue_line_alone():
    assert bylines.states_date("العدد 19940")
    assert bylines.states_date("Issue 1234")
    assert not bylines.states_date("Issue of the day")


def test_name_under_headline_with_issue_line_over_it():
    text = ("The Lakeside Courier\nMonday 4 March 2024\nIssue 1234\n\n"
            "Pipeline plan approved after long debate\n\nJane Holloway\n\n"
            "The council met on Tuesday evening to discuss the new water pipeline for the district. "
            "Officials said the work would take most of the coming year.\n\n"
            "Residents who attended the meeting asked about the schedule and the closures of roads "
            "along the route, and the engineers promised a plan within a month.\n")
    record = parse_text_article(text)
    assert record.title == "Pipeline plan approved after long debate"
    assert record.author == "Jane Holloway"
