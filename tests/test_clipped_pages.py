"""Pages as people preserve them: a browser's single-file save (.mhtml), a web clipper's Markdown
(.md with front matter) and a Webrecorder archive (.wacz), imported through the real CLI."""

import base64
import gzip
import io
import json
import quopri
import signal
import zipfile

import sqlite_utils

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Water trucks return to Hasakah after Alouk repairs | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2021-08-19T08:30:00+03:00"></head>
<body><nav>Home · World · Syria · Podcasts · Subscribe</nav>
<article><h1>Water trucks return to Hasakah after Alouk repairs</h1><p>By Mirna Haddad</p>
<p>Engineers restarted four of the twelve pumps at the Alouk station on Wednesday, and the first
tankers filled there reached the eastern districts of Hasakah by the evening, residents said.</p>
<p>The city of about half a million people had relied on wells and trucked water for most of the
summer, while temperatures passed 45 degrees and the price of a barrel tripled in the markets.</p>
<p>Aid groups warned that the repairs could not last without a steady supply of electricity from
the Mabrouka line, which has been cut several times since the spring.</p></article>
<footer>© 2021 Valley Courier Media. All rights reserved. Privacy · Terms</footer></body></html>"""
URL = "https://valleycourier.example/world/alouk"
FIRST = "Engineers restarted four of the twelve pumps"
LAST = "which has been cut several times since the spring."


def stored(db_path):
    return {r["source_path"]: r for r in sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet")}


def mhtml(page: bytes, transfer: str = "quoted-printable", charset: str = "", url: str = URL) -> bytes:
    encoded = quopri.encodestring(page) if transfer == "quoted-printable" else base64.encodebytes(page)
    kind = f"text/html; charset={charset}" if charset else "text/html"
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\n"
            "Subject: Water trucks return\r\nDate: Sat, 6 Jul 2024 21:04:11 +0200\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x1----"\r\n\r\n'
            "------MultipartBoundary--x1----\r\n"
            f"Content-Type: {kind}\r\nContent-ID: <frame-A1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {transfer}\r\nContent-Location: {url}\r\n\r\n")
    image = ("\r\n------MultipartBoundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Location: https://valleycourier.example/logo.png\r\n\r\niVBORw0KGgo=\r\n"
             "------MultipartBoundary--x1------\r\n")
    return head.encode() + encoded.replace(b"\n", b"\r\n") + image.encode()


def test_a_single_file_save_is_its_page(cli, db_path, tmp_path):
    (tmp_path / "alouk quoted.mhtml").write_bytes(mhtml(PAGE.encode("utf-8")))
    arabic = PAGE.replace('<meta charset="utf-8">', "").replace("Mirna Haddad", "ميرنا حداد")
    (tmp_path / "alouk base64.mht").write_bytes(mhtml(arabic.encode("cp1256"), "base64", "windows-1256", URL + "-ar"))
    for name, author, url in (("alouk quoted.mhtml", "Mirna Haddad", URL), ("alouk base64.mht", "ميرنا حداد", URL + "-ar")):
        db = tmp_path / f"{name}.db"  # one archive each: the same story twice is one article
        result = cli("import", db, tmp_path / name, "--silent")
        assert result.exit_code == 0, result.output
        row = stored(db)[str(tmp_path / name)]
        assert row["title"] == "Water trucks return to Hasakah after Alouk repairs"
        assert row["outlet_name"] == "Valley Courier"
        assert row["published"].startswith("2021-08-19")  # the page's date, not the save date (2024-07-06)
        assert row["captured_at"].startswith("2024-07-06")
        assert row["author"] == author
        assert row["url"] == url
        assert row["body"].startswith(FIRST) and row["body"].endswith(LAST)
        assert "Subscribe" not in row["body"] and "iVBOR" not in row["body"]


def test_a_single_file_save_without_a_page_is_reported(cli, db_path, tmp_path):
    path = tmp_path / "broken.mhtml"
    path.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                     b"Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n")
    result = cli("import", db_path, path, "--silent")
    assert f"{path}: not a single-file web page (no HTML part in the MIME message)" in result.output
    assert not stored(db_path)


CLIP = """---
title: "Iraq brings home another 600 people from al-Hol"
source: "https://www.valleycourier.example/world/iraq-al-hol-return"
author:
  - "[[Karim Abdulwahid]]"
  - "[[people/ls|Lina Saeed]]"
published: 2024-02-11
created: 2024-06-30T12:01:00+02:00
tags:
  - "clippings"
  - "repatriation"
  - "#Iraq"
---
Iraqi authorities brought another 600 people back from al-Hol camp in Syria on Sunday, the
migration ministry said, in the latest of a series of transfers to the Jeddah-1 centre.

![Buses at the crossing](https://img.example/bus.jpg)

[Share on X](https://x.com/share) · [Share on Facebook](https://facebook.com/share)

The convoy of buses crossed at **al-Qaim** and was escorted by Iraqi army units, an official said.
Most of those returned were women and children, and [the ministry](https://moi.example) said more would follow.
"""


def test_a_clippers_markdown_keeps_what_its_front_matter_states(cli, db_path, tmp_path):
    (tmp_path / "iraq returns.md").write_text(CLIP, encoding="utf-8")
    # A title with an unquoted colon is no YAML: the lines are read one by one. "date" is the post's.
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "roj.markdown").write_text(
        "---\ntitle: Roj camp: a winter of shortages\ndate: 2023-01-09\nsite_name: Valley Courier\n"
        "saved: 2023-03-01\ntags: []\n---\n\nFamilies in Roj camp burned plastic to keep warm during the coldest "
        "week of January, according to residents reached by telephone.\n\nThe camp's administration said fuel "
        "deliveries had been cut by half since November.\n", encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    clip = rows[str(tmp_path / "iraq returns.md")]
    assert clip["title"] == "Iraq brings home another 600 people from al-Hol"
    assert clip["published"] == "2024-02-11" and clip["captured_at"].startswith("2024-06-30")
    assert clip["author"] == "Karim Abdulwahid, Lina Saeed"
    assert json.loads(clip["tags"]) == ["repatriation", "Iraq"]  # the clipper's own "clippings" is no tag
    assert clip["url"] == "https://www.valleycourier.example/world/iraq-al-hol-return"
    assert clip["source_format"] == "markdown"
    assert clip["body"].startswith("Iraqi authorities brought another 600 people back")
    assert "escorted by Iraqi army units" in clip["body"] and "**" not in clip["body"]
    assert clip["body"].endswith("said more would follow.")
    assert "Share on" not in clip["body"] and "bus.jpg" not in clip["body"]
    roj = rows[str(tmp_path / "notes" / "roj.markdown")]
    assert roj["title"] == "Roj camp: a winter of shortages"
    assert roj["published"] == "2023-01-09" and roj["captured_at"] == "2023-03-01"
    assert roj["outlet_name"] == "Valley Courier"
    assert json.loads(roj["tags"]) == []


def test_markdown_without_front_matter_is_a_page(cli, db_path, tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("# Trial of three men opens in Qamishli\n\nThree men accused of smuggling people out of "
                    "al-Hol camp went on trial in Qamishli on Tuesday, the court's clerk said.\n\n"
                    "The hearing was adjourned until next month after defence lawyers asked for more time.\n",
                    encoding="utf-8")
    cli("import", db_path, path, "--silent")
    row = stored(db_path)[str(path)]
    assert row["title"] == "Trial of three men opens in Qamishli"
    assert row["body"].startswith("Three men accused") and row["published"] is None


def warc_record(headers: dict, payload: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return gzip.compress(f"{head}Content-Length: {len(payload)}\r\n\r\n".encode() + payload + b"\r\n\r\n")


def test_a_wacz_is_read_for_its_captures_only(cli, db_path, tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE.encode()
    warc = (warc_record({"WARC-Type": "warcinfo", "WARC-Record-ID": "<urn:uuid:1>", "WARC-Date": "2024-07-01T00:00:00Z",
                         "Content-Type": "application/warc-fields"}, b"software: ArchiveWeb.page\r\n")
            + warc_record({"WARC-Type": "response", "WARC-Record-ID": "<urn:uuid:2>", "WARC-Date": "2024-07-01T00:00:05Z",
                           "WARC-Target-URI": "https://valleycourier.example/world/alouk",
                           "Content-Type": "application/http; msgtype=response"}, http))
    path = tmp_path / "alouk capture.wacz"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
        archive.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n'
                         '{"url": "https://valleycourier.example/world/alouk", "title": "Water trucks"}\n')
        archive.writestr("archive/data.warc.gz", warc, compress_type=zipfile.ZIP_STORED)
        archive.writestr("indexes/index.cdx", "com,example)/ 20240701000005 {}\n")
    path.write_bytes(buffer.getvalue())
    empty = tmp_path / "empty.wacz"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("datapackage.json", "{}")
    result = cli("import", db_path, path, empty, "--silent")
    rows = stored(db_path)
    assert list(rows) == [f"{path}!/archive/data.warc.gz"]
    row = rows[f"{path}!/archive/data.warc.gz"]
    assert row["source_record"] == 2 and row["published"].startswith("2021-08-19")
    assert row["captured_at"].startswith("2024-07-01")
    assert f"{empty}: no files inside this wacz file" in result.output


def test_a_folders_readme_in_markdown_is_no_article(cli, db_path, tmp_path):
    path = tmp_path / "README.md"
    path.write_text("# Hasakah prison folder\n\n- `pages/*.html` — saved pages of the attack, one a day\n"
                    "- `clips/YYYY-MM-DD_slug.md` — clips made with the web clipper\n"
                    "- `exports/alerts.csv` — the monitoring service's export\n", encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert f"{path}: a note about the collection (its folders and file names), not an article" in result.output
    assert not stored(db_path)


def test_a_note_on_the_saved_page_beside_it_is_skipped(cli, db_path, tmp_path):
    item = tmp_path / "storage" / "K3X9QZ2A"
    item.mkdir(parents=True)
    (item / "Families in Roj camp wait for the winter fuel.txt").write_text(
        "Families in Roj camp wait for the winter fuel\n\nResidents of Roj camp said on Monday that the kerosene "
        "promised for December had not arrived, and that families were burning plastic to keep warm.\n",
        encoding="utf-8")
    (item / "notes.md").write_text("# my notes\n\nTitle: Families in Roj camp wait for the winter fuel\n"
                                   "Date: 12/12/2022\n\nUse in chapter 3; compare with the camp office's figures.\n",
                                   encoding="utf-8")
    # A clip named for its own title is no note on itself, nor a whole clip beside the page it copies.
    clip = "---\ntitle: Families in Roj camp wait for the winter fuel\n---\n\n" + " ".join(["Residents said fuel was late."] * 40)
    (item / "Families in Roj camp wait for the winter fuel.md").write_text(clip, encoding="utf-8")
    (tmp_path / "Court in Qamishli tries three men.md").write_text(
        "# Court in Qamishli tries three men\n\nThree men accused of smuggling people out of al-Hol camp went on "
        "trial in Qamishli on Tuesday, the court's clerk said.\n", encoding="utf-8")
    result = cli("import", db_path, tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(row["source_path"].rsplit("/", 1)[1] for row in stored(db_path).values()) == [
        "Court in Qamishli tries three men.md", "Families in Roj camp wait for the winter fuel.md",
        "Families in Roj camp wait for the winter fuel.txt"]
    assert "0 failed" in result.output and "not articles skipped: 1" in result.output


def test_a_clips_leftover_furniture_and_a_to_do_note(cli, db_path, tmp_path):
    (tmp_path / "qamishli.md").write_text(
        "---\ntitle: Drones strike near Qamishli power station\nsource: https://gazette.example/qamishli\n"
        "tags:\n  - clippings\n---\n\nDrones hit targets around Qamishli on Thursday night, cutting power to large "
        "parts of the city, residents said.\n\n![Smoke over the plant](https://img.example/1.jpg)\n"
        "*Smoke over the Swediya plant on Thursday. Photo: Example*\n\n[Share](https://x.example) | "
        "[Print](https://p.example)\n\nOfficials said repairs to the transformers could take weeks.\n\n"
        "![Generators](https://img.example/2.jpg)\n\n_Generators at the national hospital._\n\n"
        "Topics: Syria, Turkey\n", encoding="utf-8")
    (tmp_path / "to do.md").write_text("# To do\n\n- [ ] check the al-Hol figures\n- [x] call the camp office\n"
                                       "- [ ] read the UN report\n- ask about Roj\n", encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    row = stored(db_path)[str(tmp_path / "qamishli.md")]
    assert row["body"] == ("Drones hit targets around Qamishli on Thursday night, cutting power to large parts of "
                           "the city, residents said.\n\nOfficials said repairs to the transformers could take weeks.")
    assert json.loads(row["tags"]) == ["Syria", "Turkey"]  # the page's own, under a clipper's "clippings"
    assert f"{tmp_path / 'to do.md'}: a to-do list (its lines are tasks to tick), not an article" in result.output


def test_a_clippers_header_and_an_outliners_page(cli, db_path, tmp_path):
    (tmp_path / "roj.md").write_text(
        "---\ncreated: 2024-03-02T10:11:12 (UTC +01:00)\nsource: https://www.gazette.example/world/roj-winter\n---\n\n"
        "# Roj camp families face a winter without fuel | Harbour Gazette\n\n> ## Excerpt\n> Residents say kerosene "
        "deliveries have been halved.\n\n---\nFamilies in Roj camp burned plastic to keep warm during the coldest "
        "week of January, residents said by telephone.\n\nThe camp administration said deliveries of kerosene had "
        "been cut by half since November.\n", encoding="utf-8")
    (tmp_path / "court.md").write_text(
        "title:: Court in Qamishli tries three men\nsource:: https://valley.example/court\npublished:: 2022-05-03\n\n"
        "- Three men accused of smuggling people out of al-Hol camp went on trial in Qamishli on Tuesday.\n"
        "- The hearing was adjourned until next month after defence lawyers asked for more time.\n"
        "- Relatives of the accused waited outside the court building for most of the day.\n", encoding="utf-8")
    cli("import", db_path, tmp_path, "--silent")
    rows = stored(db_path)
    roj = rows[str(tmp_path / "roj.md")]
    assert roj["title"] == "Roj camp families face a winter without fuel"  # the page's <title>, its site cut
    assert roj["captured_at"] == "2024-03-02T10:11:12" and roj["published"] is None
    assert roj["body"].startswith("Families in Roj camp") and "Excerpt" not in roj["body"]
    court = rows[str(tmp_path / "court.md")]
    assert court["title"] == "Court in Qamishli tries three men" and court["published"] == "2022-05-03"
    assert court["body"].count("\n\n") == 2 and court["body"].startswith("Three men accused")


def test_a_web_archives_miss_and_a_bot_check_saved_by_mistake_are_refused(cli, db_path, tmp_path):
    (tmp_path / "wayback miss.html").write_text(
        "<html><head><title>Wayback Machine</title></head><body><div id='wm-ipp'>INTERNET ARCHIVE</div>"
        "<h2>Hrm.</h2><p>The Wayback Machine has not archived that URL.</p>"
        "<p>This page is not available on the web because the page does not exist.</p>"
        "<p><a href='/save'>Save this url in the Wayback Machine</a></p></body></html>", encoding="utf-8")
    (tmp_path / "archive check.html").write_text(
        "<html><head><title>archive.ph</title></head><body><h1>One more step</h1>"
        "<p>Please complete the security check to access archive.ph</p><form><div class='captcha'></div>"
        "</form><p>Why do I have to complete a CAPTCHA?</p></body></html>", encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert not stored(db_path), result.output
    assert "2 failed" in result.output


def test_a_front_matter_of_nested_aliases_is_read_as_lines_not_expanded(cli, db_path, tmp_path):
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [f"{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]"
                                                  for p, n in zip("abcdefgh", "bcdefghi")]
    path = tmp_path / "bomb.md"
    path.write_text("---\ntitle: Roj camp winter\n" + "\n".join(bomb) + "\ntags: *i\n---\n\nFamilies in Roj camp "
                    "burned plastic to keep warm during the coldest week of January, residents said.\n",
                    encoding="utf-8")
    def too_long(signum, frame):  # an expansion would run for hours: fail instead of hanging the suite
        raise AssertionError("the front matter's aliases were expanded (still importing after 120 s)")

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(120)
    try:
        result = cli("import", db_path, path, "--silent")  # 9**9 tags if the aliases were expanded
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.exit_code == 0, result.output
    [row] = stored(db_path).values()
    assert row["title"] == "Roj camp winter" and len(row["tags"]) < 100
