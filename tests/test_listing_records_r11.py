"""Issue #13 round 11: a JSON Lines record holding its text under another of the body's names
than the file's other records ("content_html" among "text"), and a plain-text topic page of dated
teasers refused whatever one teaser's summary was taken for."""

import json

import pytest

from archive.extract.teaser_pages import TEASER_LIST
from archive.readers.records import read_jsonl
from archive.readers.text import parse_text_article

TEXT = ("The council met on Tuesday evening to discuss the new water pipeline for the district. "
        "Officials said the work would take most of the coming year.")


def test_record_with_body_under_other_name(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [{"id": 1, "title": "Pipeline plan approved", "text": TEXT},
            {"id": 2, "title": "Roads to close for the works", "content_html": "<p>" + TEXT + "</p>"},
            {"id": 3, "title": "An empty one", "text": ""}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    got = list(read_jsonl(path))
    bodies = [getattr(r, "body", None) for r in got]
    assert bodies[0] == TEXT and bodies[1] == TEXT
    assert not hasattr(got[2], "body") or not got[2].body


def test_topic_page_of_dated_teasers_is_refused():
    page = ["Lakeside Courier", "Home  |  Region  |  Sport", "", "Topic: Water", ""]
    for n, when in enumerate(["2 hours ago", "3 days ago", "5 days ago", "6 days ago"]):
        page += [f"Pipeline works reach the {n + 2}th district of the county",
                 "Engineers said the work was on schedule.", when, ""]
    page += ["Load more stories", "© 2024 Lakeside Courier"]
    with pytest.raises(ValueError, match="teasers"):
        parse_text_article("\n".join(page))
    assert TEASER_LIST


def test_short_story_beside_dated_links_is_kept():
    page = ["Pipeline plan approved after long debate", "By Jane Holloway", "4 March 2024", "",
            "The council approved the new water pipeline on Tuesday. Work starts in spring.", "",
            "Latest news", ""]
    for n, when in enumerate(["2 hours ago", "3 days ago", "5 days ago"]):
        page += [f"Roads close in the {n + 2}th district of the county", "Engineers said the work was on schedule.", when, ""]
    record = parse_text_article("\n".join(page))
    assert record.body.startswith("The council approved")
