"""Round 32 (bodies32): the lines closing a text on its writer's address and its comment box's
rule. Invented texts."""

import pytest

from archive.extract.closing_notes import without_contact_lines
from archive.readers.html import parse_html

STORY = [
    "The county's new bus line opened on Monday, linking the three villages south of the river with the market town.",
    "Riders said the first buses were full by seven in the morning, and the operator promised to add a second vehicle.",
    "The council will review the timetable in the autumn, after a survey of the passengers.",
]


@pytest.mark.parametrize("closing", [
    ["Contact Dana Reyes at dreyes@example.com. Follow her on X: @DanaReyesNews.", "Part of the Lakes Media Network"],
    ["Dana Reyes ist erreichbar unter dana.reyes@example.de"],
    ["Reach the newsroom at news@example.org or @ExampleNews."],
])
def test_a_contact_line_closing_the_text(closing):
    assert without_contact_lines(STORY + closing) == STORY


def test_a_quote_with_an_address_stays():
    text = STORY + ['"Write to us at help@example.org and we will answer," the operator said.']
    assert without_contact_lines(text) == text


def test_the_comment_boxs_rule_under_the_text():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<html><head><title>New bus line links the villages</title></head><body><article>"
            f"<h1>New bus line links the villages</h1>{paragraphs}"
            "<p>The Courier is committed to maintaining a lively but civil forum for discussion.</p>"
            "</article></body></html>")
    assert parse_html(page, "bus.html").body.rstrip().endswith("survey of the passengers.")
