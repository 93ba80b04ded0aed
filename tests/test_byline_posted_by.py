"""Blog bylines (issue #13, round 10): "Posted by Jane D. at 8:05 AM" names the writer, the time
after the name cut off and the full stop of a last initial kept."""

import pytest

from archive.extract import bylines


@pytest.mark.parametrize("line, name", [
    ("Posted by Sami R. at 8:05 AM", "Sami R."),
    ("Posted by Jane Doe at 11:58 PM", "Jane Doe"),
    ("Posted on 2 May 2022 by Jane Doe", "Jane Doe"),
    ("By Jane Doe on 11/13/19 at 4:00 PM", "Jane Doe"),
    ("By Jane Doe.", "Jane Doe"),
])
def test_posted_by_with_a_time(line, name):
    assert bylines.byline(line)[0] == name
