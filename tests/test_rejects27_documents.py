"""Round 27 (rejects27): text files that are no article page as they stand (a note about the
collection, an e-mail forwarding an article), and an e-mail digest of headlines and links only.
Texts written for the test."""

from pathlib import Path

import pytest

from archive.extract.collection_notes import NOTES, collection_note
from archive.readers.mail import message_records
from archive.readers.text import read_text_file

NOTES_TEXT = """TEAM ARCHIVE - HOW WE FILE THINGS

One folder per quarter (2023-Q1, 2023-Q2 ...).
Name each file DD-MM-YYYY_source_topic.txt, all lower case.
Web pages: keep the .html only if the copied text is broken.
Mail alerts go in as .eml, never forwarded.
Ask Sam before moving anything.
"""

ARTICLE_TEXT = """Port authority extends night shifts

The port authority said on Tuesday it would keep the container terminal open at night until the end
of the harvest season, after exporters complained of queues of lorries stretching back to the ring road.

Officials said the extra shifts would be paid from the terminal's reserve fund.
"""


def test_a_note_about_the_collections_files_is_no_article(tmp_path):
    assert collection_note(NOTES_TEXT, "filing.txt")
    path = tmp_path / "HOW WE FILE.txt"
    path.write_text(NOTES_TEXT, encoding="utf-8")
    [record] = list(read_text_file(path))
    assert record.reason == NOTES


def test_an_article_naming_one_file_is_kept():
    assert not collection_note(ARTICLE_TEXT.replace("fund.", "fund, its report.pdf shows."), "port.txt")
    assert not collection_note("Leaked files\n\nThe file passwords.txt was found on a server.\n" * 2, "leak.txt")


FORWARD = """---------- Forwarded message ---------
From: Dana Reyes <dana@example.org>
Date: Tue, Mar 5, 2024 at 8:40 AM
Subject: look at this
To: desk
worth keeping for the port file

Port authority extends night shifts
Omar Haddad | Harbour Times
BASRA, March 5

The port authority said on Tuesday it would keep the container terminal open at night until the end of the harvest season, after exporters complained of queues of lorries.

Officials said the extra shifts would be paid from the terminal's reserve fund.
"""


def test_a_forward_saved_as_text_is_read_as_the_article_it_forwards(tmp_path):
    path = tmp_path / "Fwd look at this.txt"
    path.write_text(FORWARD, encoding="utf-8")
    [record] = list(read_text_file(path))
    assert record.title == "Port authority extends night shifts"
    assert record.body.startswith("The port authority said on Tuesday")
    assert "worth keeping" not in record.body and "Forwarded" not in record.body
    assert record.published and "2024" in record.published


DIGEST = """From: The Lake Post <news@lakepost.example>
To: reader@example.org
Subject: Your evening headlines
Date: Tue, 5 Mar 2024 18:00:00 +0100
Content-Type: text/plain; charset="utf-8"

Good evening. Tonight's top stories from the Lake Post.

1. Night ferries return to the northern shore
   Lesen Sie weiter >

2. Council votes to repave the market square
   Lesen Sie weiter >

3. Lake water level rises after a week of rain
   Lesen Sie weiter >

You receive this because you signed up for the Lake Post. Unsubscribe.
"""


def test_a_digest_of_headlines_and_links_only_is_refused():
    [record] = list(message_records(DIGEST.encode("utf-8"), "digest.eml", None, 1))
    assert "boilerplate only" in record.reason and "3 teasers" in record.reason


def test_an_issue_with_its_own_story_over_links_is_not_refused():
    story = ("The ferry company said on Monday that night crossings to the northern shore would resume next week, "
             "after the harbour lights were repaired and two new crews were trained over the winter. Passengers "
             "had waited since October for the service, which links the shore villages with the hospital in town.")
    text = DIGEST.replace("Good evening. Tonight's top stories from the Lake Post.", story)
    records = list(message_records(text.encode("utf-8"), "digest.eml", None, 1))
    assert not any("boilerplate only" in (getattr(r, "reason", "") or "") for r in records)
