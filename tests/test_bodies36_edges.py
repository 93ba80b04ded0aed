"""Round 36 (bodies36): the edge rules a text file or a web page gets, given to every layout whatever
the order its furniture comes in: a record's body (JSON Lines, CSV) loses the residue a call to action
stood over ("With AFP" over "Share this article") and a label over its first paragraph ("Premium"),
and a web page's label under its date line ("Introduction") goes once the date line has gone."""

import json

import sqlite_utils

from archive.extract.boilerplate import clean_record_paragraphs
from archive.readers.html import parse_html

STORY = [
    "The regional council voted on Tuesday to reopen the old ferry line between the two harbours.",
    "Fishermen on both sides had asked for the service since the bridge was closed for repairs last winter.",
    "The first crossing is planned for the spring, the council's transport officer told reporters at the quay.",
]


BRIEF = ["The port authority has doubled the fees for ferry operators on the northern route this year.",
         "The ministry said it did not comment on individual cases."]


def test_a_records_residue_goes_once_the_call_under_it_has_gone():
    assert clean_record_paragraphs(BRIEF + ["With AFP", "Share this article: Comments"]) == BRIEF
    assert clean_record_paragraphs(BRIEF + ["Additional reporting by agencies", "Join our commenting forum"]) == BRIEF
    assert clean_record_paragraphs(BRIEF) == BRIEF  # a story's own short last sentence stays


def test_a_label_over_a_records_first_paragraph_goes():
    assert clean_record_paragraphs(["Premium"] + STORY) == STORY
    with_headings = ["Premium"] + STORY[:2] + ["The timetable"] + STORY[2:]
    assert clean_record_paragraphs(with_headings) == with_headings  # the text heads its sections so: a heading


def test_records_through_the_cli(cli, db_path, tmp_path):
    rows = [{"title": "Ferry fees doubled", "body": "\n\n".join(BRIEF + ["With AFP", "Share this article: Comments"]),
             "outlet": "Harbour Post", "published": "2024-03-05"},
            {"title": "Ferry timetable set", "body": "\n\n".join(["Premium"] + STORY), "outlet": "Harbour Post",
             "published": "2024-03-06"}]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    bodies = {r["title"]: r["body"] for r in sqlite_utils.Database(db_path).query("select title, body from articles")}
    assert bodies == {"Ferry fees doubled": "\n\n".join(BRIEF), "Ferry timetable set": "\n\n".join(STORY)}


def test_a_pages_label_under_its_date_line_goes():
    page = ("<html><head><title>The ferry question</title></head><body><article><h1>The ferry question</h1>"
            "<p>08 February 2021</p><p>Introduction</p>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>")
    assert parse_html(page.encode(), "page.html").body == "\n\n".join(STORY)
