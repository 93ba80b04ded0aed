"""A month-first outlet's HTML page and newsletter e-mail take the order of numeric dates its text copies
agree on (issue #13, round 27): they join the copies' source group by what they say of their source
(their copyright line, their site name, their sender's name) where the copies' template holds it; and
an event's date ("Date of incident: ...") is no publication date."""

import datetime as dt

from archive.extract.date_stamps import stamp_only
from archive.readers.folder_profiles import FolderProfiles
from archive.readers.page_groups import date_profile

MASTHEAD = "The Harbour Ledger"
MENU = "LOCAL  STATE  NATION  OPINION  OBITUARIES"
FOOT = "Copyright © 2024 Harbour Ledger Media Company. All rights reserved."
SHARE = "Share this story on your favourite network"


def _text_page(title: str, stamp: str, story: str) -> str:
    return "\n".join(["Skip to main content", MASTHEAD, "Sign in | Subscribe", MENU, "", title, "By Ella Marsh",
                      stamp, SHARE, "", story, "", story.replace("The", "Then the", 1), "",
                      "Most read this week", "Tide tables for the coming month", FOOT]) + "\n"


STORIES = [
    ("Ferry pier gets new lights", "Posted: 3/14/2024", "The harbour board installed new lights on the ferry pier this week."),
    ("Fish market hours change", "Posted: 4/2/2024", "The fish market will open an hour earlier on weekdays from next month."),
    ("Lifeboat crew honoured", "Posted: 4/25/2024", "The lifeboat crew received an award for a rescue in the winter storms."),
    ("Dredging starts in the channel", "Posted: 5/6/2024", "The dredging of the main channel started on Monday after a long delay."),
]

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Seawall vote delayed – Harbour Ledger</title></head>
<body><header><nav>LOCAL STATE NATION</nav></header><main><article><h1>Seawall vote delayed</h1>
<div class="byline">By Ella Marsh</div><time>Posted: 6/7/2024</time>
<p>The council delayed its vote on the new seawall after residents asked for more time to read the plan.</p>
<p>The engineers' report will be published in full before the next meeting of the council in the summer.</p>
</article></main><footer>Copyright © 2024 Harbour Ledger Media Company. All rights reserved.</footer></body></html>
"""

MAIL = """From: The Harbour Ledger <letters@harbourledger.example>
To: desk@example.org
Subject: Weekend edition: Beach huts repainted
Date: Sat, 08 Jun 2024 07:00:00 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Good morning, here is this weekend's edition.

Beach huts repainted
By Ella Marsh
6/7/2024

Volunteers repainted forty beach huts along the promenade in two days of fine weather.

Unsubscribe | Manage your preferences
"""


def _collection(tmp_path):
    for n, (title, stamp, story) in enumerate(STORIES):
        folder = tmp_path / f"2024-0{3 + n % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"ledger-{n}.txt").write_text(_text_page(title, stamp, story), encoding="utf-8")
    other = tmp_path / "2024-06"
    other.mkdir(exist_ok=True)
    (other / "seawall.html").write_text(HTML, encoding="utf-8")
    (other / "weekend.eml").write_text(MAIL, encoding="utf-8")
    return other


class _Options:
    def __init__(self, folders):
        self.folders = folders


def test_an_html_page_and_an_email_take_the_order_of_the_outlets_text_copies(tmp_path):
    other = _collection(tmp_path)
    folders = FolderProfiles()
    folders.learn_import([tmp_path])
    options = _Options(folders)
    assert date_profile(options, other / "seawall.html").date_order == "mdy"  # by its copyright line
    assert date_profile(options, other / "weekend.eml").date_order == "mdy"  # by its sender's name


def test_an_event_date_is_no_publication_date():
    assert stamp_only("Date of incident: 2 July 2024")
    assert stamp_only("تاريخ الحادثة: 2 تموز 2024")
    assert stamp_only("Reporting period: 1 March 2024")
    assert not stamp_only("Date: 2 July 2024")
    assert not stamp_only("Published 3 July 2024 | Date of incident: 2 July 2024")


def test_an_event_date_line_in_a_text_page_gives_it_no_date():
    from archive.readers.text import parse_text_article

    text = ("Border Rights Monitor\n\nIncident report: two shepherds detained near the border crossing\n"
            "Date of incident: 12 May 2024\n\nOn 12 May 2024 two shepherds were detained near the crossing while "
            "grazing their flocks, their relatives told the monitor.\n\nThey were released two days later without "
            "charge, the relatives said, and their phones were kept by the guards.\n")
    assert parse_text_article(text).published is None
