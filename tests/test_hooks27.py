"""Round 27's hooks in the readers the helpers did not own (issue #13): an e-mail takes its source
group's order of numeric dates (readers/mail.py), a web page's closing "(Name, AGENCY)" names its
writer (readers/html.py), and a newsletter's lead story keeps a byline in a script without capitals
(readers/mail_newsletters.py)."""

import sqlite_utils

from archive.pipeline import Importer
from archive.readers.html import parse_html
from archive.readers.mail_newsletters import lead_story
from indexer.sync import Archive
from test_dates27_groups import STORIES, _text_page

MAIL = """From: The Harbour Ledger <letters@harbourledger.example>
To: desk@example.org
Subject: Weekend edition: Beach huts repainted
Date: Sat, 20 Jul 2024 07:00:00 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Good morning, here is this weekend's edition.

Beach huts repainted
By Ella Marsh
7/6/2024

Volunteers repainted forty beach huts along the promenade in two days of fine weather, the harbour board said.

The huts will be let again from next week, and the waiting list is open to residents of the town.

Unsubscribe | Manage your preferences
"""


def test_an_email_takes_the_date_order_of_its_outlets_text_copies(tmp_path):
    inputs = tmp_path / "in"
    for n, (title, stamp, story) in enumerate(STORIES):
        folder = inputs / f"2024-0{3 + n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"ledger-{n}.txt").write_text(_text_page(title, stamp, story), encoding="utf-8")
    (inputs / "2024-07").mkdir()
    (inputs / "2024-07" / "weekend.eml").write_text(MAIL, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(inputs)])
    [published] = [row[0] for row in sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select published from articles where source_path like '%weekend.eml'")]
    assert published == "2024-07-06"  # month-first, as the outlet's text copies (3/14, 4/25) decide


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Well repaired in the valley</title></head>
<body><main><article><h1>Well repaired in the valley</h1>
<p>Engineers repaired the main well of the valley on Sunday after three weeks in which families carried water from the river.</p>
<p>The district council said the pump would be checked every month and that a second well would be dug before the summer.</p>
<p>(Maryam Sadat, PNA)</p>
</article></main></body></html>
"""


def test_a_pages_closing_bracketed_signature_names_its_writer():
    record = parse_html(PAGE.encode(), "page.html")
    assert record.author == "Maryam Sadat"
    assert "(Maryam Sadat, PNA)" not in record.body


def test_a_newsletters_lead_story_keeps_an_arabic_byline():
    paragraphs = ["نشرة الصباح", "ترميم مكتبة عامة في الرقة", "بقلم سامر الخطيب",
                  "بدأ متطوعون ترميم المكتبة العامة في المدينة بعد سنوات من إغلاقها.",
                  "وقال القائمون على المبادرة إن العمل سيستمر حتى نهاية الصيف."]
    story, author = lead_story(paragraphs, "ترميم مكتبة عامة في الرقة")
    assert author == "سامر الخطيب"
    assert story[0].startswith("بدأ متطوعون")
