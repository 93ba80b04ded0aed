"""Round 12: a line of a date and a comment count closing a text ("Thu 08 Sep 2022 · Comments
(14)") is the story's stamp: its date where the header gave none, and never body text; the
author's note above it is then the text's edge, and left out as well."""

from pathlib import Path

from archive.extract.dates import iso_date
from archive.extract.page_layout import date_stamp
from archive.readers.text import read_text_file

TEXT = [
    "The ministry said on Tuesday that forty families had been moved from the camp to a reception centre near the capital.",
    "Officials said the families would stay at the centre for several weeks while their papers were checked.",
    "A spokesperson said further transfers were planned before the end of the year.",
]


def test_the_stamp_shape():
    assert date_stamp("Thu 08 Sep 2022 · Comments (14)")
    assert date_stamp("5 March 2021 | 3 comments")
    assert not date_stamp("He said on 5 March 2021 that it was over")
    assert not date_stamp("Comments (14)")


def test_the_stamp_under_the_text_dates_it_and_leaves_the_body(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Families moved from camp to reception centre\nAmara Okafor-Lindqvist\n5 min read\n\n"
                    + "\n\n".join(TEXT) + "\n\nAmara Okafor-Lindqvist is a reporter covering migration. Send tips to amara@example.org.\n\n"
                    "Wed 07 Sep 2022 · Comments (3)\n", encoding="utf-8")
    record = list(read_text_file(path))[0]
    assert iso_date(record.published) == "2022-09-07"
    assert record.body.rstrip().endswith("before the end of the year.")
