"""Round 27 (family 2): a report signed at its end by two writers and their outlet or desk after a
comma ("— A and B, XYZ"): the writers, the outlet cut off."""

import pytest

from archive.extract.byline_signatures import signature_names
from archive.readers.text import parse_text_article


@pytest.mark.parametrize("line, names", [
    ("— Maren Holt and Yusuf Demir, RVM", "Maren Holt and Yusuf Demir"),
    ("— Maren Holt, Valley Rights Monitor", "Maren Holt"),
    ("– Maren Holt and Yusuf Demir", "Maren Holt and Yusuf Demir"),
    ("— Maren Holt, Yusuf Demir", "Maren Holt, Yusuf Demir"),  # two writers apart by a comma
])
def test_the_outlet_after_the_names_is_cut(line, names):
    assert signature_names(line) == names


def test_a_report_signed_by_two_writers_and_their_desk():
    text = ("Valley Rights Monitor\n\nWater shortages reported in three sections of the camp\n\n"
            "Residents of three sections said water deliveries had fallen to twice a week since April, and "
            "that queues at the tanks now start before dawn.\n\n"
            "The monitor calls for a regular delivery schedule and for repairs to the main pipe before "
            "the summer.\n\n— Maren Holt and Yusuf Demir, RVM\n")
    record = parse_text_article(text, "report.txt")
    assert record.author == "Maren Holt and Yusuf Demir"
    assert "RVM" not in record.body
