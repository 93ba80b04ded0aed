"""Round 24 (bodies24): the edges of a saved page's text (HTML), each by a general sign. Test texts
written for these tests."""

# --- a page's summary set apart under its headline; a labelled date line over the text (HTML) ---

from archive.readers.html import parse_html  # noqa: E402
from archive.readers import html_edges  # noqa: E402

STORY = [
    "Engineers in Tabqa reopened the eastern sluice gate on Monday after three weeks of repairs, the dam's administration said in a statement.",
    "Farmers downstream had complained that irrigation canals ran dry during the repairs, and several villages relied on tanker trucks for drinking water.",
    "The administration said a second gate would be inspected next month, and that water levels in the reservoir remained below the seasonal average.",
]


def _page(summary_tag: str, between: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><title>Dam gate reopens</title></head><body><article><h1>Dam gate reopens after repairs</h1>"
            f"{summary_tag}{between}{paragraphs}</article></body></html>")


def test_a_summary_marked_up_apart_under_the_headline_is_not_the_text():
    for summary in ('<h2 class="dek">The reservoir is still low, officials warn.</h2>',
                    '<p class="lede-summary">The reservoir is still low, officials warn.</p>'):
        record = parse_html(_page(summary), "dam.html")
        assert record.body.split("\n\n")[0].startswith("Engineers in Tabqa"), summary


def test_a_first_paragraph_marked_up_as_the_others_stays():
    record = parse_html(_page("<p>The reservoir is still low, officials warn, after a dry winter in the north.</p>"), "dam.html")
    assert record.body.startswith("The reservoir is still low")


def test_a_label_and_a_date_in_any_language_is_a_header_line():
    assert html_edges.labelled_date("Mis à jour le 6 avril 2023")
    assert html_edges.labelled_date("Bijgewerkt 3 maart 2022")
    assert not html_edges.labelled_date("On 6 April 2023 the council met")
    assert not html_edges.labelled_date("The council met on 6 April 2023.")


def test_a_text_laid_out_in_a_table_cell_loses_the_cell_bars_and_the_footer_row():
    cell = "| " + " ".join(STORY) + " |"
    footer = "| Optimised for 1024x768 \\| Hits since 2003: 001234 http://www.example.net |"
    assert html_edges.without_edge_furniture(["| Home page |", cell, footer]) == [" ".join(STORY)]


def test_a_summary_set_apart_under_the_headline_goes_under_a_masthead_line_too():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY + STORY[:1])
    page = ("<html><head><title>Dam gate reopens</title></head><body><div id='top'><h2>The Example Herald</h2>"
            "<p>The valley's weekly paper since 1990</p></div><h1>Dam gate reopens after repairs</h1>"
            "<p class='standfirst'>The reservoir is still low, officials warn</p>"
            f"{paragraphs}</body></html>")
    body = parse_html(page, "dam.html").body
    assert "The reservoir is still low" not in body
    assert "Engineers in Tabqa" in body
