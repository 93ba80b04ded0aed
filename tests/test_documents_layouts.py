"""Issue 18: the export layouts added after checking the first ones against what public parsers of
real exports read (bench/documents_variants.py; sources in bench/README.md): LexisNexis with
"FOCUS -", French LexisNexis, Nexis Uni as its DOCX has it (no-break spaces after labels), Factiva
HTML with an article a <div>; dates without a day; one Factiva article in two export files."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from archive.extract.outlet_names import latin_name

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "bench" / "documents"
TRUTH = json.loads((DOCUMENTS / "truth.json").read_text(encoding="utf-8"))


def stored(db_path):
    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("select a.*, o.name as outlet_name from articles a "
                                            "left join outlets o on o.id = a.outlet order by a.source_record")]


@pytest.mark.parametrize("name", ["nexis-classic-focus.txt", "nexis-classic-focus.docx", "nexis-classic-fr.rtf",
                                  "nexis-uni-advance.docx", "nexis-uni-advance.html",
                                  "factiva-plain-fr.txt", "factiva-plain-fr.rtf", "nexis-classic-de.docx",
                                  "factiva-plain-de.rtf"])
def test_layouts_of_real_exports_split_with_their_header(cli, db_path, name):
    result = cli("import", db_path, DOCUMENTS / name)
    assert result.exit_code == 0, result.output
    assert "10 imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 0 failed" in result.output
    articles = stored(db_path)
    truth = TRUTH[name]["articles"]
    assert [a["source_record"] for a in articles] == list(range(1, 11))
    for article, true in zip(articles, truth):
        for field in ("title", "published", "author", "language", "section", "length", "load_date", "copyright", "body"):
            assert article[field] == true[field], (article["source_record"], field)
        assert latin_name(article["outlet_name"]) == true["outlet"]  # an Arabic article: the outlet's Arabic name


def test_a_date_without_its_day_is_stored_as_no_date_and_reported(cli, tmp_path):
    """"March 2019", "2021", "Spring 2022", "juin 2019" on a document's date line: the document is
    split and stored, without a date (the archive keeps whole dates; no day is made up), and the
    import says what the export gave."""
    for name, partial in (("nexis-classic-focus.txt", {4: "March 2019", 7: "2021"}),
                          ("nexis-uni-advance.html", {8: "Spring 2022"}), ("nexis-classic-fr.txt", {2: "juin 2019"}),
                          ("nexis-classic-de.txt", {9: "Februar 2023"})):
        db_path = tmp_path / f"{name}.db"
        result = cli("import", db_path, DOCUMENTS / name)
        assert result.exit_code == 0, result.output
        for number, said in partial.items():
            assert (f"the export dates this document '{said}' (no day): stored without a date: "
                    f"{DOCUMENTS / name}:{number}") in result.output
        dates = {a["source_record"]: a["published"] for a in stored(db_path)}
        assert [n for n, published in dates.items() if published is None] == sorted(partial)
        assert len(dates) == 10


def test_dates_editions_and_partial_dates():
    from archive.readers.export_dates import date_and_edition, partial_date
    from archive.readers.exports import word_count

    assert date_and_edition("March 5, 2019 Tuesday Late Edition - Final") == ("2019-03-05", "Late Edition - Final")
    assert date_and_edition("10 décembre 2019 mardi 3:00 AM GMT") == ("2019-12-10", None)
    assert [date_and_edition(v)[0] for v in ("Dienstag 10.Dezember 2019", "1er mars 2019", "dinsdag 5 maart 2019")] == [
        "2019-12-10", "2019-03-01", "2019-03-05"]
    assert date_and_edition("February 30, 2019") is None
    assert date_and_edition("March 5, 2019 The Guardian") is None  # not an edition: no date line
    assert date_and_edition("March 2019") is None
    assert [partial_date(v) for v in ("March 2019", "mars 2019", "Spring 2019", "March/April 2019", "2019",
                                      "Copyright 2019", "March 5, 2019")] == ["2019-03", "2019-03", "2019", "2019", "2019", None, None]
    assert [word_count(v) for v in ("1,234 words", "634 mots", "634 Wörter", "634 apples")] == [1234, 634, 634, None]


@pytest.mark.parametrize("batch_size", ["1", "7", "2000"])
def test_the_same_factiva_article_in_two_exports_of_one_import_is_no_failure(cli, db_path, batch_size):
    """Two overlapping Factiva searches imported together: the articles both hold (same accession
    number, same text) are duplicates of the first copy naming its place, never failures, whatever
    the batch size; the first export named again is unchanged."""
    txt, html = DOCUMENTS / "factiva-codes.txt", DOCUMENTS / "factiva-codes.html"
    result = cli("import", db_path, txt, html, txt, "--batch-size", batch_size)
    assert result.exit_code == 0, result.output
    assert "10 imported, 0 updated, 10 unchanged, 10 skipped as duplicate, 0 failed" in result.output
    assert f"duplicate: {html}:1 (same text as article " in result.output
    assert f", first at {txt}:1)" in result.output
    assert len(stored(db_path)) == 10


def test_an_error_document_is_reported_and_the_others_imported(cli, db_path, tmp_path):
    """Nexis Uni sometimes exports an error message in place of a document: it is reported with its
    number and line, not taken for an article nor left to break the next one."""
    export = tmp_path / "uni.txt"
    export.write_text(
        "Water cuts in Hasakah\nThe Example Monitor\nAugust 2, 2022 Tuesday\nLength: 20 words\nBody\n"
        "The Alouk station stopped again, officials said.\nClassification\nLanguage: ENGLISH\n"
        "Load-Date: August 3, 2022\nEnd of Document\n"
        "We are sorry but there is an error in this document and it is not possible to display it.\nEnd of Document\n"
        "Guards moved at Ghuwayran\nThe Example Monitor\nJanuary 24, 2022 Monday\nLength: 12 words\nBody\n"
        "Guards were moved to the prison on Monday. End of Document\n", encoding="utf-8")
    result = cli("import", db_path, export)
    assert result.exit_code == 1
    assert (f"{export}:2: Nexis document 2 (line 11): the database put an error message in its place "
            "('We are sorry but there is an error in this document and it is not possible to display it.'); "
            "export it again") in result.output
    articles = stored(db_path)
    assert [(a["source_record"], a["title"]) for a in articles] == [(1, "Water cuts in Hasakah"), (3, "Guards moved at Ghuwayran")]
    assert articles[1]["body"] == "Guards were moved to the prison on Monday."
