"""One outlet, one name over an import (round 28, helper outlets28a).

A small collection written for these tests: a wire known by its letters on its own pages, whose
full name only a spreadsheet row and a press release of the same import write; an organisation's
press release sent by its "Press Office"; a site's pages whose footer names the parent company; a
spreadsheet cell that adds a town in brackets."""

import sqlite_utils

from archive.pipeline import Importer
from indexer.sync import Archive

STORIES = [
    ("Ferry crossing reopens after spring floods",
     "The river ferry between the two banks carried its first passengers on Tuesday after six weeks of floods. "
     "Boatmen said the current was still strong and that they would only sail in daylight for now."),
    ("Teachers return to village schools",
     "Teachers went back to four village schools this week after the district paid three months of wages. "
     "Parents had kept their children at home since the autumn, when the last teachers left for the city."),
    ("Bakery prices rise again in the market town",
     "The price of a bundle of bread rose for the second time this month in the town's public bakeries. "
     "Bakery owners blamed the cost of diesel for their ovens, which has doubled since the start of the year."),
    ("Clinic opens night ward for children",
     "A clinic on the edge of the camp opened a night ward for sick children on Thursday evening. "
     "Nurses said the ward had twelve beds and would take children with fever and breathing problems."),
]


def _wire_page(title, text, day):
    return "\n\n".join(["QRV WIRE", "Wire | Region | Photos", title, f"Published: {day} March 2023 10:15 GMT",
                        f"LAKETOWN (QRV) — {text}", "Topics: region"]) + "\n"


def _site_page(title, text, day):
    return "\n\n".join(["Harbourlight", "Home | Local | World", title, f"Posted {day} March 2023", text,
                        "© 2024 Northgate Holdings Media. All rights reserved.", "Terms of Use | Privacy"]) + "\n"


SHEET = ("Headline,Source,Date,Text\n"
         "Dam gates opened for the dry season,Quillon River Vision (QRV),2 Apr 2023,"
         "\"The gates of the upper dam were opened on Monday for the first release of the dry season, engineers said, "
         "and farmers downstream were told to expect the canals to fill within two days.\"\n"
         "Harbour cranes repaired after storm,Harbourlight (Westport),3 Apr 2023,"
         "\"Two cranes at the harbour were working again on Wednesday after a storm bent their arms last month, "
         "the port's manager said, and ships that had waited offshore began to unload.\"\n")

RELEASE = """From: OWL Press Office <media@orchard-water.example>
To: desk@example.org
Subject: PRESS RELEASE: OWL warns of dry wells
Date: Tue, 21 Feb 2023 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

OWL warns of dry wells in the hill villages

HILLTOWN - The Orchard Water League today warned that the wells of twelve hill villages could run dry before the summer, after a second winter with little rain.

"Families are already walking an hour for water," said the league's director. "Trucks alone cannot close the gap."

OWL is delivering water to 40 villages and repairing hand pumps in a further nine.

About us: The Orchard Water League (OWL) is a group of local associations working on water and hygiene in the hills.
"""

SITE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:site_name" content="Harbourlight">
<title>{title} - Harbourlight</title></head><body><header><div>Harbourlight</div></header>
<main><article><h1>{title}</h1><p>{text}</p></article></main>
<footer><div>© 2024 Northgate Holdings Media</div></footer></body></html>
"""


def _collection(tmp_path):
    inputs = tmp_path / "in"
    wire, site, sheets, mail = (inputs / name for name in ("wire", "site", "sheets", "mail"))
    for folder in (wire, site, sheets, mail):
        folder.mkdir(parents=True)
    for n, (title, text) in enumerate(STORIES[:2]):
        (wire / f"wire-{n}.txt").write_text(_wire_page(title, text, n + 3), encoding="utf-8")
    (site / "site-0.txt").write_text(_site_page(*STORIES[2], 7), encoding="utf-8")
    for n, (title, text) in enumerate(STORIES[:3]):
        (site / f"saved-{n}.html").write_text(SITE_HTML.format(title=title + " (saved)", text=text), encoding="utf-8")
    (sheets / "sheet.csv").write_text(SHEET, encoding="utf-8")
    (mail / "release.eml").write_text(RELEASE, encoding="utf-8")
    return inputs


def _outlets(tmp_path, inputs):
    tmp_path.mkdir(exist_ok=True)
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(inputs)])
    rows = sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select a.source_path, a.source_record, o.name from articles a left join outlets o on o.id = a.outlet")
    return {path.rsplit("/", 1)[-1] + (f":{record}" if record else ""): outlet for path, record, outlet in rows}


def test_an_acronym_is_named_by_the_one_full_name_its_import_writes(tmp_path):
    outlets = _outlets(tmp_path, _collection(tmp_path))
    assert outlets["wire-0.txt"] == outlets["wire-1.txt"] == "Quillon River Vision"  # "QRV WIRE" on the pages
    assert outlets["release.eml"] == "Orchard Water League"  # "OWL Press Office", the body defines OWL


def test_a_town_in_brackets_and_a_footers_parent_company_are_not_the_outlet(tmp_path):
    outlets = _outlets(tmp_path, _collection(tmp_path))
    assert outlets["site-0.txt"] == "Harbourlight"  # the masthead, not "Northgate Holdings Media"
    assert outlets["sheet.csv:2"] == "Quillon River Vision"
    assert outlets["sheet.csv:3"] == "Harbourlight"  # "Harbourlight (Westport)": the town tells one from another


def test_two_full_names_of_the_same_letters_leave_the_acronym(tmp_path):
    inputs = _collection(tmp_path)
    assert _outlets(tmp_path / "one", inputs)["wire-0.txt"] == "Quillon River Vision"
    sheet = inputs / "sheets" / "sheet.csv"
    sheet.write_text(SHEET + "Wells dug in the hills,Quarry Road Voice (QRV),4 Apr 2023,"
                     "\"Three new wells were dug in the hill villages this spring, the council said, each of them "
                     "deeper than the old ones that ran dry last summer after a winter with little rain.\"\n",
                     encoding="utf-8")
    outlets = _outlets(tmp_path / "two", inputs)
    assert outlets["wire-0.txt"] == "QRV WIRE"


NEWSLETTER = """From: QRV Morning Wire <wire@qrv.example>
To: reader@example.org
Subject: Morning wire: the river towns
Date: Wed, 22 Feb 2023 06:00:00 +0000
Content-Type: text/plain; charset=utf-8

QRV MORNING WIRE

Ferries, bakeries and schools in the river towns

The ferry between the two banks sails again and teachers are back in four village schools, while the price of bread rose for the second time this month.

Bakery owners blamed the cost of diesel for their ovens, which has doubled since the start of the year, and families queued from dawn.
"""


def test_a_services_words_after_an_acronym_and_a_bare_address_in_a_cell_are_named_by_the_collection(tmp_path):
    inputs = _collection(tmp_path)
    (inputs / "mail" / "morning.eml").write_text(NEWSLETTER, encoding="utf-8")
    sheet = inputs / "sheets" / "sheet.csv"
    sheet.write_text(SHEET + "Harbour ferry timetable changes,harbourlight.com,5 Apr 2023,"
                     "\"The harbour ferry will sail every forty minutes from next week, the port said, instead of "
                     "every hour, after two more boats were repaired and returned to service this month.\"\n",
                     encoding="utf-8")
    outlets = _outlets(tmp_path, inputs)
    assert outlets["morning.eml"] == "Quillon River Vision"  # "QRV Morning Wire": the wire's morning service
    assert outlets["sheet.csv:4"] == "Harbourlight"  # the address of the site its pages name


def test_an_address_is_named_by_the_site_name_the_imports_rows_state_beside_it(tmp_path):
    inputs = _collection(tmp_path)
    (inputs / "sheets" / "clips.jsonl").write_text(
        '{"url": "https://www.hl-news.net/local/cranes", "site": "Harbourlight", "headline": "Cranes repaired", '
        '"text": "Two cranes at the harbour were working again on Wednesday after a storm bent their arms last '
        'month, the port manager said, and ships began to unload."}\n', encoding="utf-8")
    (inputs / "site" / "address.txt").write_text("\n\n".join([
        "https://www.hl-news.net/local/ferry-timetable", "Harbour ferry timetable changes next week",
        "5 April 2023",
        "The harbour ferry will sail every forty minutes from next week, the port said, instead of every hour.",
        "Two more boats were repaired and returned to service this month, and the night crossing comes back."]) + "\n",
        encoding="utf-8")
    assert _outlets(tmp_path, inputs)["address.txt"] == "Harbourlight"
