"""Round 38 (bodies38): a text hard-wrapped at a column, its paragraphs joined again
(archive/extract/hard_wraps.py). Invented texts."""

import textwrap

import pytest

from archive.extract import hard_wraps
from archive.readers.text_lines import split_lines

STORY = [
    "Dozens of volunteers cleared the riverbank on Saturday after the spring floods left the lower town covered in mud and broken branches.",
    "The council said the clean-up would continue next weekend, and asked residents to report blocked drains on its website.",
    "Shop owners on the market square said they had reopened, although some cellars were still being pumped out by the fire service.",
    "The fire service said it had pumped out more than forty cellars since Thursday and expected to finish by the middle of the week.",
]


def _wrapped(width: int) -> str:
    lines = ["Valley Courier", "Volunteers clear the riverbank after the floods", "Mara Lindqvist", "12 March 2024", ""]
    for paragraph in STORY:
        lines += textwrap.wrap(paragraph, width) + [""]
    return "\n".join(lines)


@pytest.mark.parametrize("width", [64, 72, 80])
def test_a_text_wrapped_at_a_column(width):
    content, raw, gaps, numbers = hard_wraps.unwrapped(*split_lines(_wrapped(width)))
    assert content[-4:] == STORY
    assert content[:4] == ["Valley Courier", "Volunteers clear the riverbank after the floods", "Mara Lindqvist",
                           "12 March 2024"]
    assert numbers[4] == 6 and gaps[4]


def test_a_list_of_headlines_and_dates_is_no_wrapped_text():
    lines = []
    for n in range(8):
        lines += [f"Kurdish forces say the prison operation in Hasakah is over, day {n}", f"2022-01-{n + 10} 08:12:30"]
    assert hard_wraps.joins(lines, [False] * len(lines)) == []


def test_paragraphs_on_one_line_each_are_left_alone():
    text = "\n".join(["Valley Courier", "Volunteers clear the riverbank", ""] + STORY * 3)
    assert hard_wraps.unwrapped(*split_lines(text))[0][2:] == STORY * 3
