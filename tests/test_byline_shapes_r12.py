"""Round 12: a name over its role line is a byline, dated or not; a reading time given as a range
("6-7 minutes") is a header line; an editor's code in brackets ("(Res)") closes a wire story."""

from pathlib import Path

from archive.extract.header_times import without_reading_time
from archive.readers.text import read_text_file

TEXT = [
    "The ministry said on Tuesday that forty families had been moved from the camp to a reception centre near the capital.",
    "Officials said the families would stay at the centre for several weeks while their papers were checked.",
    "A spokesperson said further transfers were planned before the end of the year.",
]


def _read(tmp_path: Path, text: str):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return list(read_text_file(path))[0]


def test_a_name_over_its_role_line_is_the_author(tmp_path):
    record = _read(tmp_path, "Families moved from camp to reception centre\n\nAmara Okafor-Lindqvist\nSenior Reporter\n\n"
                   + "\n\n".join(TEXT) + "\n")
    assert record.author == "Amara Okafor-Lindqvist"
    assert record.body.startswith("The ministry said")


def test_a_reading_time_range_is_a_header_line(tmp_path):
    assert without_reading_time("6-7 minutes") == ""
    record = _read(tmp_path, "Families moved from camp to reception centre\nAmara Okafor-Lindqvist\n6-7 minutes\n\n"
                   + "\n\n".join(TEXT) + "\n")
    assert record.author == "Amara Okafor-Lindqvist"
    assert record.body.startswith("The ministry said")


def test_an_editors_code_in_brackets_closes_the_story(tmp_path):
    record = _read(tmp_path, "Families moved from camp to reception centre\n\nROME, 3 May 2024\n\n" + "\n\n".join(TEXT) + "\n(Lam)\n")
    assert record.body.rstrip().endswith("before the end of the year.")
