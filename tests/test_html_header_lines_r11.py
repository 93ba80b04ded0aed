"""Issue #13 round 11: the header lines an HTML extraction keeps over the text (a date line, a
byline, the standfirst over them) are no body; a German date line ("17. 5. 2022, 18:04 Uhr")."""

from archive.extract import bylines
from archive.extract.dates import iso_date
from archive.readers.html import parse_html
from archive.readers.html_edges import without_header_lines

LEAD = "LAKESIDE — The council met on Tuesday evening to discuss the new water pipeline for the district."
MORE = "Officials said the work would take most of the coming year and cost several million to finish."


def test_german_date_line():
    assert bylines.states_date("17. 5. 2022, 18:04 Uhr")
    assert iso_date("17. 5. 2022, 18:04 Uhr") == "2022-05-17"


def test_header_lines_over_the_text():
    assert without_header_lines(["2023-08-08", LEAD, MORE]) == [LEAD, MORE]
    assert without_header_lines(["A summary of the story in one sentence.", "3 May 2022", LEAD, MORE]) == [LEAD, MORE]
    assert without_header_lines([LEAD, MORE]) == [LEAD, MORE]
    two = ["First real paragraph of the text.", "Second real paragraph of the text.", "3 May 2022", LEAD]
    assert without_header_lines(two) == two


PAGE = f"""<html><head><title>Pipeline plan approved</title></head><body><article>
<h1>Pipeline plan approved after long debate</h1>
<p class="intro">The council backs the plan. Work starts in spring.</p>
<p class="date">17. 5. 2022, 18:04 Uhr</p>
<p>{LEAD}</p><p>{MORE}</p>
<p>Residents who attended the meeting asked about the schedule and the closures of roads along the route.</p>
</article></body></html>"""


def test_page_body_starts_with_text():
    assert parse_html(PAGE, "page.html").body.startswith("LAKESIDE")
