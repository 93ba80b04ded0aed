"""Web archives (WARC, ARC) and feeds (RSS, Atom) through `archive import`, asserting stored rows.

The WARC files are written here with warcio's own writer; the pages in them are our own text.
"""

import gzip
import io
import json
import re
import shutil

import pytest
import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.extract.article import identity
from archive.model import BadRecord, RawRecord, article_id
from conftest import SAMPLE

FEEDS = SAMPLE / "feeds"


def rows(db_path, sql, params=None):
    return list(sqlite_utils.Database(db_path).query(sql, params or {}))


def page(title: str, paragraphs: list, published: str, encoding: str = "utf-8", meta_charset: bool = True) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    charset = f'<meta charset="{encoding}">' if meta_charset else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{charset}<title>{title} | Camps Review</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Camps Review">
<meta property="article:published_time" content="{published}">
</head><body>
<nav><a href="/">Home</a> <a href="/camps">Camps</a> <a href="/prisons">Prisons</a></nav>
<article><h1>{title}</h1><time datetime="{published}">{published[:10]}</time>
{body}
</article>
<footer>Copyright Camps Review. All rights reserved.</footer>
</body></html>""".encode(encoding)


ARTICLES = [
    ("https://camps-review.example.com/2022/01/ghuwayran-day-three", "2022-01-23T06:10:00Z",
     "Fighting continues around Ghuwayran prison on the third day",
     ["HASAKAH - Clashes went on through the night around the prison in the Ghuwayran district, where "
      "hundreds of detainees accused of belonging to ISIS are held.",
      "Residents of nearby streets said they had left their homes after bullets struck walls and windows, "
      "and that they were sheltering with relatives in other parts of the city.",
      "Officials said they were negotiating with the attackers inside the building while the outer "
      "perimeter was being secured, and asked people to stay away from the area."],
     "2022-01-22"),
    ("https://camps-review.example.com/2022/06/roj-school-tents", "2022-06-14T15:45:30Z",
     "Teachers in Roj camp hold lessons in tents as summer heat rises",
     ["ROJ CAMP - Volunteer teachers in the Roj camp have moved their lessons into larger tents so that "
      "more children can attend in the afternoons.",
      "The women who teach said they had no printed books and wrote exercises by hand for each class, "
      "often late in the evening after the generators were switched off.",
      "Aid workers said they hoped to bring proper classrooms before the next school year, but that no "
      "money had yet been promised for the building work."],
     "2022-06-13"),
    ("https://camps-review.example.com/2022/09/al-hol-water", "2022-09-05T08:00:00Z",
     "Water deliveries to al-Hol resume after a week-long pause",
     ["AL-HOL - Tanker trucks returned to the al-Hol camp on Monday after a pause that residents said had "
      "lasted more than a week.",
      "Families in the camp's outer sections queued from early morning with plastic containers, and some "
      "said they had been buying water from traders at high prices.",
      "The camp's administration blamed a fuel shortage for the interruption and said deliveries would "
      "now follow a fixed timetable every day of the week."],
     "2022-09-05"),
]


def http(status: str, content_type: str, extra=()):
    return StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")


def write_warc(path, gzipped: bool, articles=ARTICLES[:2]):
    """warcinfo, request, two article pages, an image, a 404 page, a redirect, metadata, a revisit,
    an HTML page with no article; then any further articles. Returns the record numbers of the articles."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)

        def add(record):
            writer.write_record(record)

        add(writer.create_warcinfo_record(path.name, {"software": "test-crawler/1.0", "format": "WARC 1.1"}))
        first_url = articles[0][0]
        request = StatusAndHeaders("GET /2022/01/ghuwayran-day-three HTTP/1.1",
                                   [("Host", "camps-review.example.com")], is_http_request=True)
        add(writer.create_warc_record(first_url, "request", http_headers=request,
                                      warc_headers_dict={"WARC-Date": articles[0][1]}))
        numbers = []
        for url, captured, title, paragraphs, published in articles[:2]:
            add(writer.create_warc_record(url, "response", payload=io.BytesIO(page(title, paragraphs, published)),
                                          http_headers=http("200 OK", "text/html; charset=utf-8"),
                                          warc_headers_dict={"WARC-Date": captured}))
            numbers.append(2 + len(numbers) + 1)
        add(writer.create_warc_record("https://camps-review.example.com/img/tents.png", "response",
                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
                                      http_headers=http("200 OK", "image/png")))
        add(writer.create_warc_record("https://camps-review.example.com/missing", "response",
                                      payload=io.BytesIO(b"<html><body><h1>Page not found</h1></body></html>"),
                                      http_headers=http("404 Not Found", "text/html")))
        add(writer.create_warc_record("http://camps-review.example.com/", "response", payload=io.BytesIO(b""),
                                      http_headers=http("301 Moved Permanently", "text/html",
                                                        [("Location", "https://camps-review.example.com/")])))
        add(writer.create_warc_record(first_url, "metadata", payload=io.BytesIO(b"outlink: https://example.com/\r\n"),
                                      warc_content_type="application/warc-fields"))
        add(writer.create_revisit_record(first_url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", first_url,
                                         articles[0][1], http_headers=http("200 OK", "text/html")))
        add(writer.create_warc_record("https://camps-review.example.com/empty", "response",
                                      payload=io.BytesIO(b"<html><head><title></title></head><body></body></html>"),
                                      http_headers=http("200 OK", "text/html")))
        for url, captured, title, paragraphs, published in articles[2:]:
            add(writer.create_warc_record(url, "response", payload=io.BytesIO(page(title, paragraphs, published)),
                                          http_headers=http("200 OK", "text/html; charset=utf-8"),
                                          warc_headers_dict={"WARC-Date": captured}))
            numbers.append(10 + len(numbers) - 1)
    return numbers


SKIPPED_RECORDS = 8  # warcinfo, request, image, 404, redirect, metadata, revisit, page with no article


@pytest.mark.parametrize("name, gzipped", [("crawl.warc", False), ("crawl.warc.gz", True), ("gzipped.warc", True)])
def test_warc_pages_become_articles_with_provenance(cli, db_path, tmp_path, name, gzipped):
    path = tmp_path / name
    numbers = write_warc(path, gzipped)
    cli("import", db_path, path, "--silent")
    stored = rows(db_path, "select * from articles order by source_record")
    assert [(r["url"], r["captured_at"], r["source_record"], r["source_format"]) for r in stored] == [
        (url, captured, number, "warc") for (url, captured, *_), number in zip(ARTICLES[:2], numbers)
    ]
    assert [r["title"] for r in stored] == [a[2] for a in ARTICLES[:2]]
    assert all(r["body_kind"] == "full" and r["source_path"] == str(path) for r in stored)
    assert "hundreds of detainees accused of belonging to ISIS" in stored[0]["body"]


def test_skipped_records_are_counted_not_failed(cli, db_path, tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, gzipped=False)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    assert "2 imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 0 failed" in result.output
    assert re.search(rf"not (?:an )?articles?\b[^;(]*\b{SKIPPED_RECORDS}\b", result.output), result.output
    [batch] = rows(db_path, "select * from imports")
    assert json.loads(batch["errors"] or "[]") == []
    assert batch["failed"] == 0 and batch.get("skipped", SKIPPED_RECORDS) == SKIPPED_RECORDS


def test_reader_says_why_each_record_is_skipped(tmp_path):
    from archive.readers.warc import SkippedRecord, read_warc

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzipped=True)
    items = list(read_warc(path))
    assert [type(i).__name__ for i in items] == [
        "SkippedRecord", "SkippedRecord", "RawRecord", "RawRecord", "SkippedRecord", "SkippedRecord",
        "SkippedRecord", "SkippedRecord", "SkippedRecord", "SkippedRecord"]
    reasons = {i.source_record: i.reason for i in items if isinstance(i, SkippedRecord)}
    assert reasons[1] == "warcinfo record" and reasons[2] == "request record"
    assert reasons[5] == "not HTML (image/png)"
    assert reasons[6] == "HTTP status 404"
    assert reasons[7] == "redirect (HTTP 301)"
    assert reasons[8] == "metadata record" and reasons[9].startswith("revisit record")
    assert reasons[10].startswith("no article in the page")
    assert all(i.where == f"{path}:{i.source_record}" for i in items)


def test_truncated_warc_keeps_what_came_before(cli, db_path, tmp_path):
    whole = tmp_path / "whole.warc"
    numbers = write_warc(whole, gzipped=False, articles=ARTICLES)
    data = whole.read_bytes()
    cut = data.index(ARTICLES[2][3][1].encode())  # the middle of the last record's page
    for name, content in [("cut.warc", data[:cut]), ("cut.warc.gz", gzip.compress(data[:cut]))]:
        path = tmp_path / name
        path.write_bytes(content)
        db = tmp_path / f"{name}.db"
        result = cli("import", db, path, "--silent")
        assert result.exit_code == 1
        assert f"failed: {path}:{numbers[2]}: truncated web archive" in result.output
        assert [r["url"] for r in rows(db, "select url from articles order by source_record")] == [
            a[0] for a in ARTICLES[:2]]
        [batch] = rows(db, "select * from imports")
        assert [e["where"] for e in json.loads(batch["errors"])] == [f"{path}:{numbers[2]}"]


def test_gzipped_warc_cut_mid_member(tmp_path):
    """Gzipped per record, cut inside the last member: warcio alone would end silently."""
    from archive.readers.warc import read_warc

    path = tmp_path / "crawl.warc.gz"
    numbers = write_warc(path, gzipped=True, articles=ARTICLES)
    path.write_bytes(path.read_bytes()[:-40])
    items = list(read_warc(path))
    assert [i.url for i in items if isinstance(i, RawRecord)] == [a[0] for a in ARTICLES[:2]]
    assert isinstance(items[-1], BadRecord) and items[-1].source_record == numbers[2]
    assert "truncated" in items[-1].reason


def test_charset_from_the_http_header(tmp_path):
    """A page that names no charset itself is decoded by the server's Content-Type, not guessed."""
    from archive.readers.warc import read_warc

    url, captured, title, paragraphs, published = ARTICLES[0]
    paragraphs = paragraphs + ["Reporting by Paweł Michał in Hasakah; editing by Agnieszka Wróbel."]
    path = tmp_path / "central-europe.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(page(title, paragraphs, published, "cp1250", meta_charset=False)),
            http_headers=http("200 OK", "text/html; charset=windows-1250"), warc_headers_dict={"WARC-Date": captured}))
    [record] = read_warc(path)
    assert record.body.endswith("Reporting by Paweł Michał in Hasakah; editing by Agnieszka Wróbel.")


def test_not_a_web_archive(tmp_path):
    from archive.readers.warc import read_warc

    path = tmp_path / "notes.warc"
    path.write_text("These are my notes about the camps, not a web archive.\n")
    [item] = read_warc(path)
    assert isinstance(item, BadRecord) and "not a WARC or ARC file" in item.reason
    path.write_bytes(b"")
    assert [i.reason for i in read_warc(path)] == ["empty file"]


def test_warc_reimport_is_idempotent(cli, db_path, tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzipped=True)
    cli("import", db_path, path, "--silent")
    before = rows(db_path, "select * from articles order by id")
    result = cli("import", db_path, path, "--silent")
    assert "0 imported, 0 updated, 2 unchanged" in result.output
    assert rows(db_path, "select * from articles order by id") == before


def test_arc_file(cli, db_path, tmp_path):
    def record(header: str, body: bytes) -> bytes:
        return header.encode() + b" %d\n" % len(body) + body + b"\n"

    url, _, title, paragraphs, published = ARTICLES[2]
    response = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(title, paragraphs, published)
    path = tmp_path / "old-crawl.arc"
    path.write_bytes(
        record("filedesc://old-crawl.arc 0.0.0.0 20220905080000 text/plain",
               b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n")
        + b"\n" + record(f"{url} 192.0.2.7 20220905081530 text/html", response)
    )
    cli("import", db_path, path, "--silent")
    [row] = rows(db_path, "select url, captured_at, source_record, source_format, title from articles")
    assert row == {"url": url, "captured_at": "2022-09-05T08:15:30Z", "source_record": 2,
                   "source_format": "warc", "title": title}


# Feeds


def feed_rows(db_path):
    return {r["url"]: r for r in rows(
        db_path, "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet")}


def test_feeds_full_text_and_summaries(cli, db_path):
    result = cli("import", db_path, FEEDS, "--silent")
    assert result.exit_code == 0, result.output
    stored = feed_rows(db_path)
    assert len(stored) == 6
    rss = {u: r for u, r in stored.items() if r["source_format"] == "rss"}
    atom = {u: r for u, r in stored.items() if r["source_format"] == "atom"}
    assert len(rss) == 3 and len(atom) == 3
    assert {r["body_kind"] for r in rss.values()} == {"full"}
    assert {r["body_kind"] for r in atom.values()} == {"summary"}
    assert {r["outlet_name"] for r in rss.values()} == {"North-East Syria Detention Monitor"}
    assert {r["outlet_name"] for r in atom.values()} == {"Camps Watch"}
    assert {r["language"] for r in stored.values()} == {"en"}

    first = rss["https://detention-monitor.example.org/2023/01/ghuwayran-one-year-on"]
    assert first["title"] == "A year after the Ghuwayran siege, families still ask where the boys are"
    assert first["published"] == "2023-01-21"  # 01:15 +0300 on the 21st: the publisher's date, not UTC's
    assert first["author"] == "Leyla Hassan"
    assert json.loads(first["tags"]) == ["Ghuwayran prison", "Detainees", "Hasakah"]
    assert first["source_record"] == 1
    paragraphs = first["body"].split("\n\n")
    assert paragraphs[0].startswith("HASAKAH – One year after fighters stormed the prison")
    assert "Requests without answers" in paragraphs
    assert "the Autonomous Administration & to the governments of the boys’ home countries" in first["body"]
    assert paragraphs[-1] == "“We only want to know that he is alive,” one mother said."
    assert "<" not in first["body"] and "&#" not in first["body"] and "alert" not in first["body"]
    assert first["lede"].startswith("Relatives of teenage detainees")

    sweep = atom["https://camps-watch.example.net/notes/al-hol-sweep-ends"]
    assert sweep["published"] == "2022-09-03"
    assert json.loads(sweep["tags"]) == ["al-Hol camp", "Security operations"]
    assert "the camp’s sections" in sweep["body"] and "searched & phones" in sweep["body"]
    access = atom["https://camps-watch.example.net/notes/monitors-access"]
    assert access["body"].split("\n\n")[1] == "They said families deserve to know who is alive."


def test_feed_ids_come_from_guids_and_stay_stable(cli, db_path, tmp_path):
    cli("import", db_path, FEEDS, "--silent")
    before = rows(db_path, "select * from articles order by id")
    expected = {article_id(f"id:{guid}") for guid in (
        "tag:detention-monitor.example.org,2023:ghuwayran-one-year-on",
        "https://detention-monitor.example.org/2023/02/al-hol-convoy",
        "urn:uuid:0b7d3f52-1c1e-4f5a-b2de-77a0c4e1a002")}
    assert expected <= {r["id"] for r in before}
    result = cli("import", db_path, FEEDS, "--silent")
    assert "0 imported, 0 updated, 6 unchanged" in result.output
    assert rows(db_path, "select * from articles order by id") == before
    # The same feed saved elsewhere later gives the same articles: ids follow the guid, not the file.
    moved = tmp_path / "elsewhere" / "saved-feed.rss"
    moved.parent.mkdir()
    shutil.copy(FEEDS / "detention-monitor.rss.xml", moved)
    other_db = tmp_path / "other.db"
    cli("import", other_db, moved, "--silent")
    assert {r["id"] for r in rows(other_db, "select id from articles")} == {
        r["id"] for r in before if r["source_format"] == "rss"}


def test_bare_guids_are_qualified_by_the_feed():
    from archive.readers.feed import read_feed
    from archive.readers.source import MemberSource

    rss = (b"<rss version='2.0'><channel><title>Small Outlet</title><link>https://small.example.org/</link>"
           b"<item><title>Camp clinic opens</title><guid isPermaLink='false'>1042</guid>"
           b"<description>A clinic opened in the camp&#8217;s annex.</description></item></channel></rss>")
    [record] = read_feed(MemberSource("small.rss", rss))
    assert record.id == "https://small.example.org/#1042"
    assert record.is_summary and record.body == "A clinic opened in the camp’s annex."
    assert identity(record) == "id:https://small.example.org/#1042"


def test_rdf_feed(tmp_path):
    from archive.readers.feed import read_feed

    path = tmp_path / "desk.rdf"
    path.write_bytes(b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="https://rdf.example.org/"><title>RDF Desk</title><link>https://rdf.example.org/</link>
  <description>Notes</description><dc:language>fr</dc:language></channel>
 <item rdf:about="https://rdf.example.org/roj"><title>Retours depuis Roj</title><link>https://rdf.example.org/roj</link>
  <description>Des familles sont rentr&#233;es du camp de Roj.</description><dc:date>2023-02-01T23:30:00-05:00</dc:date>
  <dc:subject>Roj</dc:subject><dc:creator>Marie Dupont</dc:creator></item>
</rdf:RDF>""")
    [record] = read_feed(path)
    assert (record.source_format, record.title, record.body, record.published, record.tags, record.author,
            record.language, record.outlet, record.is_summary) == (
        "rss", "Retours depuis Roj", "Des familles sont rentrées du camp de Roj.", "2023-02-01", ["Roj"],
        "Marie Dupont", "fr", "RDF Desk", True)


def test_xml_that_is_not_a_feed_is_reported(cli, db_path, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(FEEDS / "camps-watch.atom.xml", folder / "camps-watch.atom")
    (folder / "sitemap.xml").write_text("<?xml version='1.0'?><urlset><url><loc>https://example.org/</loc></url></urlset>")
    (folder / "broken.xml").write_text("this is not xml at all")
    # Met in a folder, XML that is not a feed is left alone like any other unreadable file...
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    assert "3 imported" in result.output and "0 failed" in result.output and "left alone: 2 .xml" in result.output
    # ...named on the command line, it is reported.
    result = cli("import", db_path, folder / "sitemap.xml", folder / "broken.xml", "--silent")
    assert result.exit_code == 1
    assert f"failed: {folder / 'sitemap.xml'}: not an RSS, RDF or Atom feed (its root element is <urlset>)" in result.output
    assert f"failed: {folder / 'broken.xml'}: not an RSS, RDF or Atom feed" in result.output
