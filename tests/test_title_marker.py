"""A channel's post puts a pictograph before its headline: the title is the words after it."""

import pytest

from archive.extract.article import build_article
from archive.model import RawRecord

BODY = "The ferry to the island was cancelled on Sunday after the wind rose above fifty knots in the strait."


@pytest.mark.parametrize("title,expected", [
    ("🔴 Storm halts the island ferry", "Storm halts the island ferry"),
    ("⚡️ Storm halts the island ferry", "Storm halts the island ferry"),
    ("🚨🚨 عاصفة توقف العبارة", "عاصفة توقف العبارة"),
    ("Storm halts the island ferry 🔴", "Storm halts the island ferry 🔴"),  # only before the words
    ("Storm halts the island ferry", "Storm halts the island ferry"),
])
def test_a_pictograph_before_the_headline_is_left_out(title, expected):
    raw = RawRecord(source_path="post.txt", source_format="text", title=title, body=BODY)
    assert build_article(raw).title == expected


def test_a_title_that_is_only_a_symbol_stays():
    raw = RawRecord(source_path="post.txt", source_format="text", title="🔴", body=BODY)
    assert build_article(raw).title == "🔴"
