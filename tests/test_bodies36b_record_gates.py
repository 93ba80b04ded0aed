"""Round 36b (bodies36b): a record whose text is a consent wall is refused as a page holding one is
(archive/extract/record_gates.py). Texts invented for the tests."""

import json

import pytest

from archive.extract.article import ArticleError, build_article
from archive.model import RawRecord
from archive.readers.json_records import read_json

STORY = [
    "The regional council voted on Thursday to rebuild the flooded bridge over the river before the winter, "
    "after months of debate over who should pay for the work and how long it would take.",
    "Engineers told the council that the old piers could not be saved and that a new crossing would need "
    "deeper foundations, raising the cost by almost a third.",
    "Residents of the villages on the far bank have been driving forty minutes around the valley since the "
    "flood in March, and several shops say they have lost most of their customers.",
]


def _records(reader, path):
    return [r for r in reader(path) if isinstance(r, RawRecord)]


def test_a_scrapers_record_of_a_consent_wall_is_refused(tmp_path):
    file = tmp_path / "valley_1234.json"
    file.write_text(json.dumps({
        "title": "Datenschutz", "url": "https://www.talbote.example/politik/bruecke-1234.html", "language": "de",
        "source_domain": "talbote.example",
        "maintext": "Ihre Zustimmung ist uns wichtig\n\nWir und unsere Partner nutzen Cookies und vergleichbare "
                    "Techniken, um Inhalte zu personalisieren. Mit Klick auf \u201eAlle akzeptieren\u201c stimmen Sie "
                    "der Verarbeitung Ihrer Daten zu.\n\nAlle akzeptieren\n\nEinstellungen"}), encoding="utf-8")
    [record] = _records(read_json, file)
    with pytest.raises(ArticleError, match="consent"):
        build_article(record, details=False)


def test_a_story_that_mentions_cookies_is_kept(tmp_path):
    file = tmp_path / "valley_1235.json"
    text = "\n\n".join(STORY + ["The council's website asks visitors to accept all cookies before reading the minutes."])
    file.write_text(json.dumps({"title": "Council votes to rebuild bridge", "maintext": text}), encoding="utf-8")
    [record] = _records(read_json, file)
    assert build_article(record, details=False).body.startswith("The regional council")
