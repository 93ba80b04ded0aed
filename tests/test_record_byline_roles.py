"""A CSV or JSON Lines byline field that writes the reporter's role after a comma ("Jane Doe, Tigris
Wire correspondent") stores the name alone; names apart by commas stay names (issue #13). Records
written for the test."""

import json

from archive.readers.records import read_jsonl


def _authors(tmp_path, bylines):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"headline": f"Water station restarts {n}", "byline": b,
                                        "date": "2024-07-02", "text": "Engineers restarted the pumps on Monday after "
                                        "a week of repairs, officials said, and water reached the camp by evening."})
                            + "\n" for n, b in enumerate(bylines)), encoding="utf-8")
    return [record.author for record in read_jsonl(path)]


def test_a_role_after_the_comma_is_dropped(tmp_path):
    assert _authors(tmp_path, ["Jane Doe, Tigris Wire correspondent", "By John Roe, Middle East editor"]) \
        == ["Jane Doe", "John Roe"]


def test_names_apart_by_commas_stay(tmp_path):
    assert _authors(tmp_path, ["Jane Doe, John Roe", "Jane Doe"]) == ["Jane Doe, John Roe", "Jane Doe"]
