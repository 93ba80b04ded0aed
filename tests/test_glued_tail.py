"""Lines glued under a text's last paragraph, in a text whose paragraphs each stand apart by a
blank line, are the page's (issue #13 round 12: a boilerplate line must not survive at a text's
edges): a disclaimer, "About the organisation", a publisher's line."""

from pathlib import Path

from archive.readers.text import read_text_file

PARAGRAPHS = [
    "The water station near the river was shut again on Monday, leaving thousands of households without a regular supply for the third time this year.",
    "Engineers said the station needed a steady power line before any repairs could last, and that spare parts had been waiting at the border for weeks.",
    "Local officials asked aid groups to fund tanker deliveries while talks over the power supply continue between the two sides.",
]


def _read(tmp_path: Path, text: str):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return list(read_text_file(path))[0]


def test_lines_glued_under_the_last_paragraph_are_left_out(tmp_path):
    text = ("Water station shut again as talks stall\n\nBy Jane Doe\n12 March 2024\n\n" + "\n\n".join(PARAGRAPHS)
            + "\nThis note was prepared to help readers follow the council's work and is not part of its minutes.\n"
              "Lakeside Review belongs to a family of regional titles printed in Oxford since 1921.\n")
    record = _read(tmp_path, text)
    assert record.body.endswith("continue between the two sides.")
    assert "prepared to help" not in record.body and "regional titles" not in record.body


def test_a_text_glued_throughout_keeps_its_lines(tmp_path):
    # paragraphs on consecutive lines: the layout says nothing, the last line stays
    text = "Water station shut again as talks stall\n\n" + "\n".join(PARAGRAPHS) + \
        "\nThe ministry said a new line would be laid by the end of the month, weather allowing.\n"
    record = _read(tmp_path, text)
    assert record.body.rstrip().endswith("weather allowing.")


def test_a_last_paragraph_standing_apart_is_kept(tmp_path):
    text = "Water station shut again as talks stall\n\n" + "\n\n".join(PARAGRAPHS) + \
        "\n\nThe ministry said a new line would be laid by the end of the month, weather allowing.\n"
    record = _read(tmp_path, text)
    assert record.body.rstrip().endswith("weather allowing.")


def test_glued_lines_that_speak_of_the_story_are_kept(tmp_path):
    text = ("Water station shut again as talks stall\n\n" + "\n\n".join(PARAGRAPHS)
            + "\nEngineers at the station said the power supply for the pumps had failed twice since March.\n")
    record = _read(tmp_path, text)
    assert record.body.rstrip().endswith("failed twice since March.")
