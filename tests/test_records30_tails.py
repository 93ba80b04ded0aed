"""Round 30 (records30): the page's lines a scraper kept under a record's text, judged as a text
file's last lines; an outlet's lines repeated under its records of one export; ids an export gives
to two different stories. Texts invented for the tests."""

import csv
import json

from archive.extract.article import build_article
from archive.extract.record_edges import record_body
from archive.extract.record_tails import own_names
from archive.model import RawRecord
from archive.readers.records import read_csv, read_jsonl

STORY = [
    "The regional council voted on Thursday to rebuild the flooded bridge over the river before the winter, "
    "after months of debate over who should pay for the work and how long it would take.",
    "Engineers told the council that the old piers could not be saved and that a new crossing would need "
    "deeper foundations, raising the cost by almost a third.",
    "Residents of the villages on the far bank have been driving forty minutes around the valley since the "
    "flood in March, and several shops say they have lost most of their customers.",
]


def _write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _bodies(records):
    return {r.source_record: build_article(r, details=False).body for r in records if isinstance(r, RawRecord)}


def test_flattened_body_loses_the_lines_glued_under_its_last_sentence(tmp_path):
    flat = " ".join(STORY) + " Follow the Valley Courier on Telegram for the latest news. © 2024 Valley Courier Media Ltd"
    file = tmp_path / "monitor.csv"
    _write_csv(file, ["Headline", "Source", "Full Text"], [["Council votes to rebuild bridge", "Valley Courier", flat]])
    body = _bodies(read_csv(file))[2]
    assert body.endswith("lost most of their customers.")
    assert "Telegram" not in body and "©" not in body


def test_a_line_naming_the_records_own_outlet_under_the_text_is_the_pages():
    body = "\n\n".join(STORY + ["Valley Courier - Regional desk"])
    kept = record_body(body, own_names("Valley Courier", "https://www.valleycourier.example/news/1"))
    assert kept.endswith("lost most of their customers.")


def test_a_story_sentence_naming_its_outlet_and_an_agency_credit_stay():
    sentence = "The ministry did not reply to questions sent by the Valley Courier."
    body = "\n\n".join(STORY + [sentence])
    assert record_body(body, own_names("Valley Courier")) == body
    flat = " ".join(STORY) + " The hearing was adjourned until May. (ANSA)"
    assert record_body(flat, own_names("ANSA")) == flat


def test_a_line_repeated_under_two_records_of_one_outlet_is_its_furniture(tmp_path):
    related = "Further coverage: Council budget talks stall again"
    rows = [
        {"site": "valleycourier.example", "url": "https://valleycourier.example/a", "title": "Bridge to be rebuilt",
         "body": "\n\n".join(STORY + [related])},
        {"site": "valleycourier.example", "url": "https://valleycourier.example/b", "title": "Shops count losses",
         "body": "\n\n".join(list(reversed(STORY)) + [related])},
        {"site": "hilltimes.example", "url": "https://hilltimes.example/c", "title": "Hill road reopens",
         "body": "\n\n".join(STORY[1:] + ["The road reopened on Friday morning after two weeks of repairs by the county."])},
    ]
    file = tmp_path / "scrape.jsonl"
    file.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    bodies = _bodies(read_jsonl(file))
    assert not bodies[1].endswith("stall again") and not bodies[2].endswith("stall again")
    assert bodies[3].endswith("two weeks of repairs by the county.")


def test_a_source_written_as_an_address_takes_the_name_the_pages_line_spells(tmp_path):
    flat = " ".join(STORY) + " This report was brought to you free of charge by the Valley Courier"
    file = tmp_path / "monitor.csv"
    _write_csv(file, ["Headline", "Source", "Full Text"], [["Council votes to rebuild bridge", "valleycourier.example", flat]])
    records = [r for r in read_csv(file) if isinstance(r, RawRecord)]
    assert records[0].outlet == "Valley Courier"
    assert records[0].body.endswith("lost most of their customers.")
