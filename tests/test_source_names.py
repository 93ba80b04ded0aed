"""Round 28 (issue #13): an outlet's pages that share no template and store no common name (a saved
web page signed by the outlet's letters, a short note signed by them, the outlet's newsletters) are one
source for the order of numeric dates, by the name the import writes in full for their signs
(archive/extract/source_names.py)."""

import sqlite_utils

from archive.extract.import_outlets import ImportNames
from archive.extract.source_names import full_name_of, name_key, named_sources
from archive.pipeline import Importer
from indexer.sync import Archive

ISSUES = [("41", "9/21/2022", "Dust storms closed the camp's schools for three days this week."),
          ("42", "10/19/2022", "The water trucks came late again, and the queue stretched past the clinic."),
          ("43", "11/23/2022", "A new bakery opened near the market and sells bread at the old price.")]


def _issue(number, stamp, story):
    return ("From: The Quarry Yard Review <letters@quarryyardreview.example>\nTo: reader@example.org\n"
            f"Subject: The Quarry Yard Review, issue {number}\nDate: Mon, 1 Jan 2024 08:00:00 +0000\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n\n"
            f"Issue {number} | {stamp}\n\n{story} Families said the council had promised help before the winter, "
            "and that the promises were repeated at every meeting without a date being set.\n\n"
            "Volunteers counted the tents that need new covers and sent the list to the agencies in town.\n\n"
            "You receive this because you subscribed. Unsubscribe\n")


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Who pays for the clinics? The spring gap — QYR</title></head>
<body><article><h1>Who pays for the clinics? The spring gap</h1>
<p class="meta">By Lena Morrow · Published 3/4/2023</p>
<p>Clinics in the valley enter the spring with less money than a year ago, and two of them have cut their opening hours to four days a week.</p>
<p>Donors said new funds would come in the summer, but the clinics' staff said they could not wait that long without closing a ward.</p>
</article><footer>© 2023 quarryyardreview.example</footer></body></html>
"""


def test_a_page_signed_by_letters_takes_the_order_of_the_newsletters_named_in_full(tmp_path):
    inputs = tmp_path / "in"
    (inputs / "mail").mkdir(parents=True)
    (inputs / "saved").mkdir()
    for number, stamp, story in ISSUES:
        (inputs / "mail" / f"issue-{number}.eml").write_text(_issue(number, stamp, story), encoding="utf-8")
    (inputs / "saved" / "clinics.html").write_text(PAGE, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(inputs)])
    [published] = [row[0] for row in sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select published from articles where source_path like '%clinics.html'")]
    assert published == "2023-03-04"  # month-first, as the newsletters (9/21, 10/19, 11/23) decide


def test_signs_named_in_full_and_the_pages_stating_the_name():
    names = ImportNames()
    names.add_name("The Quarry Yard Review")
    assert full_name_of("— QYR", names) == "Quarry Yard Review"
    assert full_name_of("QYR", names) == "Quarry Yard Review"
    assert full_name_of("Quarry Yard Review", names) is None  # a name, not a sign to expand
    assert name_key("The Quarry Yard Review") == name_key("quarry  yard review")
    found = named_sources({0: ("QYR",), 1: ("The Quarry Yard Review",), 2: ("Jane Doe",)}, names)
    assert found == {0: "quarry yard review", 1: "quarry yard review"}  # the forwarder's name joins nothing
