"""Issue 18: Outlook .msg files, read with extract-msg (an optional dependency, in the test extra).
The files are real Compound Files written by bench/documents_msg.py (our own CFB and MS-OXMSG
writer; olefile and extract-msg, which read them, share no code with it)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import pytest

extract_msg = pytest.importorskip("extract_msg", reason="extract-msg is the optional 'msg' extra (pip install -e '.[test]')")

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "bench" / "documents"
TRUTH = json.loads((DOCUMENTS / "truth.json").read_text(encoding="utf-8"))
sys.path.insert(0, str(ROOT / "bench"))
import documents_msg  # noqa: E402


def stored(db_path):
    with sqlite3.connect(db_path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("select a.*, o.name as outlet_name from articles a left join outlets o "
                                            "on o.id = a.outlet order by a.source_path")]


def test_the_fixtures_are_valid_compound_files():
    """olefile, told to refuse any incorrect structure, opens them and finds MS-OXMSG's streams."""
    import olefile

    for name in NAMES:
        with olefile.OleFileIO(str(DOCUMENTS / name), raise_defects=olefile.DEFECT_INCORRECT) as ole:
            assert ole.exists("__properties_version1.0")
            assert ole.exists("__substg1.0_0037001F") or ole.exists("__substg1.0_0037001E")  # the subject
            assert ole.exists("__recip_version1.0_#00000000/__properties_version1.0")
    big = documents_msg.msg_bytes("Water", "Desk", "desk@example.org", dt.datetime(2023, 4, 2, tzinfo=dt.timezone.utc),
                                  "Alouk station. " * 600)  # a stream over 4,096 bytes: regular sectors
    with olefile.OleFileIO(big, raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert ole.openstream("__substg1.0_1000001F").read().decode("utf-16-le") == "Alouk station. " * 600


NAMES = ("newsletter-1.msg", "newsletter-2.msg", "newsletter-3.msg", "newsletter-4.msg")


def test_msg_newsletters_import_like_eml(cli, db_path):
    """With Internet headers (1), without (2), ANSI strings (3), the HTML only inside the RTF body (4)."""
    result = cli("import", db_path, *(DOCUMENTS / name for name in NAMES))
    assert result.exit_code == 0, result.output
    assert "4 imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 0 failed" in result.output
    articles = stored(db_path)
    for article, name in zip(articles, NAMES):
        [true] = TRUTH[name]["articles"]
        assert article["source_format"] == "msg"
        assert (article["title"], article["outlet_name"], article["published"], article["language"]) == \
            (true["title"], true["outlet"], true["published"], true["language"])
        assert article["body"] == true["body"]
    # "Guardian Today <newsletter@theguardian.com>": the outlet of the sender's domain
    assert articles[0]["outlet_name"] == "The Guardian"
    again = cli("import", db_path, *(DOCUMENTS / name for name in NAMES))
    assert "0 imported, 0 updated, 4 unchanged" in again.output


def test_a_plain_text_msg_keeps_its_paragraphs(cli, db_path, tmp_path):
    """No HTML anywhere: the plain body is the text, its paragraphs kept (extract-msg's htmlBody
    would make HTML of it with <br /> for every line break)."""
    path = tmp_path / "plain.msg"
    paragraphs = ["The Alouk station stopped again on Monday, officials said.",
                  "Trucks brought water to the camp's eastern sections."]
    path.write_bytes(documents_msg.msg_bytes("Water cuts in Hasakah", "Hasakah Desk", "desk@example.org",
                                             dt.datetime(2022, 8, 2, 9, 0, tzinfo=dt.timezone.utc),
                                             "\r\n\r\n".join(paragraphs), html=None, headers=False))
    result = cli("import", db_path, path)
    assert result.exit_code == 0, result.output
    [article] = stored(db_path)
    assert article["body"].split("\n\n") == paragraphs
    assert (article["title"], article["published"]) == ("Water cuts in Hasakah", "2022-08-02")


def test_bad_msg_files_are_reported_in_one_line(cli, db_path, tmp_path):
    cut = tmp_path / "cut.msg"
    cut.write_bytes((DOCUMENTS / "newsletter-1.msg").read_bytes()[:1500])
    fake = tmp_path / "fake.msg"
    fake.write_text("Subject: not outlook\n\nhello\n", encoding="utf-8")
    meeting = tmp_path / "meeting.msg"
    meeting.write_bytes(documents_msg.msg_bytes("Coordination meeting", "Desk", "desk@example.org",
                                                dt.datetime(2023, 4, 2, tzinfo=dt.timezone.utc), "Room 2.",
                                                message_class="IPM.Appointment"))
    good = DOCUMENTS / "newsletter-2.msg"
    result = cli("import", db_path, cut, fake, meeting, good)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"{cut}: damaged .msg file (" in result.output
    assert f"{fake}: not an Outlook .msg file (not a Compound File)" in result.output
    assert f"{meeting}: an Outlook item that is no e-mail (IPM.Appointment); not read" in result.output
    assert "1 imported" in result.output and "3 failed" in result.output


def test_damaged_msg_files_never_raise(tmp_path):
    """Bytes of a real .msg changed or cut at random (seeded): the reader yields articles or one-line
    reports, never an exception (extract-msg and olefile raise many kinds on such files)."""
    import random

    from archive.model import BadRecord, RawRecord
    from archive.readers.msg import read_msg

    data = (DOCUMENTS / "newsletter-1.msg").read_bytes()
    rng = random.Random(18)
    path = tmp_path / "damaged.msg"
    reports = 0
    for case in range(80):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)
        if case % 5 == 0:
            damaged = damaged[: rng.randrange(8, len(damaged))]
        path.write_bytes(bytes(damaged))
        items = list(read_msg(path))
        assert items and all(isinstance(item, (RawRecord, BadRecord)) for item in items)
        for item in items:
            if isinstance(item, BadRecord):
                reports += 1
                assert "\n" not in item.reason and "Traceback" not in item.reason
    assert reports  # the damage was seen


def test_a_msg_inside_a_zip_is_read_from_its_bytes(cli, db_path, tmp_path):
    """A container's member has no path of its own (the fuzzer found read_msg asking one for its
    size): the mail item is read from the member's bytes, as the other readers do."""
    import zipfile

    data = documents_msg.msg_bytes("Bakery reopens in Qamishli", "Qamishli Desk", "desk@example.org",
                                   dt.datetime(2023, 3, 7, 8, 0, tzinfo=dt.timezone.utc),
                                   "The council's second bakery opened on Tuesday.\r\n\r\nQueues were short.",
                                   html=None, headers=False)
    with zipfile.ZipFile(tmp_path / "mail.zip", "w") as bundle:
        bundle.writestr("inbox/bakery.msg", data)
    result = cli("import", db_path, tmp_path / "mail.zip")
    assert result.exit_code == 0, result.output
    [article] = stored(db_path)
    assert article["title"] == "Bakery reopens in Qamishli" and article["published"] == "2023-03-07"
