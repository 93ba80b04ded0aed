"""A record's field that marks its own paragraphs (a pilcrow, an escaped newline, a doubled bar)
is read as paragraphs, so that the checks trimming a body's edges see the furniture at its end."""

import json
from pathlib import Path

from archive.extract.article import build_article
from archive.readers.fragments import marked_paragraphs
from archive.readers.records import read_csv, read_jsonl

STORY = [
    "Farmers in the hills above the river have begun replanting orchards lost to last winter's frost, "
    "working with saplings donated by a cooperative.",
    "The growers say it will take five years before the new trees bear fruit, and many have taken seasonal "
    "work in the town to cover the gap.",
    "A regional office has promised small grants, though none have been paid so far.",
]
TAIL = ["Share this: Facebook Twitter Email", "Related Stories", "© Example Media Group 2021"]


def _bodies(records):
    return [build_article(r).body for r in records]


def test_a_csv_cell_joined_by_pilcrows_loses_its_tail(tmp_path: Path):
    cell = " ¶ ".join(STORY + TAIL)
    path = tmp_path / "one.csv"
    path.write_text('url,title,published,text\nhttps://example.org/a,Orchards replanted,2021-03-04,"'
                    + cell + '"\n', encoding="utf-8")
    (body,) = _bodies(read_csv(path))
    assert body == "\n\n".join(STORY)


def test_a_jsonl_body_with_written_newline_escapes(tmp_path: Path):
    path = tmp_path / "one.jsonl"
    record = {"title": "Orchards replanted", "published": "2021-03-04", "body": "\\n\\n".join(STORY + TAIL)}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (body,) = _bodies(read_jsonl(path))
    assert body == "\n\n".join(STORY)


def test_marks_read_as_breaks():
    assert marked_paragraphs("One line.\u2029Two lines.") == "One line.\n\nTwo lines."
    assert marked_paragraphs("First part. || Second part. || Third part.") == \
        "First part.\n\nSecond part.\n\nThird part."
    assert marked_paragraphs("First&#10;Second") == "First\n\nSecond"


def test_text_without_marks_or_with_its_own_breaks_is_unchanged():
    once = "Prices rose || fell, traders said, depending on the day."  # a doubled bar written once
    assert marked_paragraphs(once) == once
    lines = "A first paragraph ¶ with a sign.\n\nA second one."
    assert marked_paragraphs(lines) == lines
    path = "Files kept in C:\\new folder stay as written."
    assert marked_paragraphs("See https://example.org/a for more.") == "See https://example.org/a for more."
    assert marked_paragraphs(path) == path
