"""Round 23 (bodies23): the short line of a furniture box inside the text goes with the box.
Texts written for these tests."""

from archive.extract import paragraphs
from archive.extract.mid_body_boxes import without_box_lines

CONTENT = [
    "The council met on Tuesday to discuss the water supply of the eastern villages and the new pumps.",
    "Members said the repairs would take at least a month and cost more than planned at first.",
    "Read every story without limits",
    "Subscribe now for only $2 a month and support local reporting",
    "The mayor said the town would ask the province for help with the cost of the repairs.",
    "A decision is expected next week, after engineers report on the state of the old pipes.",
]


def _body(content):
    lines = paragraphs.classify(content, language="en")
    return lines, [i for i in range(len(content)) if paragraphs.is_text(lines[i])]


def test_short_line_beside_a_dropped_call_to_action_goes():
    lines, body_at = _body(CONTENT)
    assert 2 in body_at and 3 not in body_at  # the classifier keeps the short line, drops the prompt
    assert without_box_lines(CONTENT, lines, body_at) == [0, 1, 4, 5]


def test_a_subheading_between_prose_stays():
    content = CONTENT[:2] + ["The cost of the pipes"] + CONTENT[4:]
    lines, body_at = _body(content)
    assert without_box_lines(content, lines, body_at) == body_at
