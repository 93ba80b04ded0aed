"""A page without a description: the summary set right under its headline, outside the element
holding the text, is a standfirst, not the text's first paragraph; a first paragraph inside the
text's element stays."""

from archive.readers.html import parse_html

PARAGRAPHS = [
    "The harbour authority closed the northern quay on Thursday after cracks were found in its oldest section.",
    "Engineers said the stone wall had shifted by several centimetres since the storms of last winter.",
    "Fishing boats have been moved to the southern basin, where space is short during the herring season.",
    "The authority expects to publish a plan for the repairs before the summer, its director told the council.",
]
SUMMARY = "Cracks in the old wall force fishing boats into the crowded southern basin for months"


def page(summary_html: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Harbour closes northern quay</title></head><body><article>"
            f"<h1>Harbour closes northern quay</h1>{summary_html}"
            f"<div class='byline'>By Tove Lindqvist</div><div class='date'>4 May 2023</div>"
            f"<div class='text'>{body}</div></article></body></html>")


def test_a_summary_right_under_the_headline_is_no_text():
    for summary in (f"<h2>{SUMMARY}</h2>", f"<p class='dek'>{SUMMARY}.</p>"):
        raw = parse_html(page(summary), "quay.html")
        assert raw.body.startswith(PARAGRAPHS[0]), raw.body[:120]
        assert SUMMARY not in raw.body


def test_the_first_paragraph_inside_the_texts_element_stays():
    raw = parse_html(page(""), "quay.html")
    assert raw.body.startswith(PARAGRAPHS[0])
    assert raw.body.rstrip().endswith(PARAGRAPHS[-1])
