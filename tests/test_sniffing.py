"""Files whose names choose no reader, or the wrong one, read by their first bytes
(archive/readers/sniffing.py): pages fetched with curl or wget, saved without an extension, under a
script's name, or as the gzip bytes the server sent."""

import gzip
import io

import pytest
import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.readers import sniffing

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Plains Courier</title>
<meta property="og:site_name" content="Plains Courier">
<meta property="article:published_time" content="2023-04-05T10:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>Dozens of families left {place} in north-east Syria on Wednesday and went back to villages near
Raqqa under a tribal sponsorship scheme agreed with the local administration.</p>
<p>Officials said 112 people travelled in the convoy, most of them women and children, and that
every name had been checked against the lists of the security forces before departure.</p>
<p>Aid groups have warned for years that conditions there are unsafe; they welcomed the returns and
asked for more help for the villages that receive the families.</p>
</article></body></html>
"""


def page(title, place="the al-Hol camp"):
    return PAGE.format(title=title, place=place)


def stored(db_path):
    return {r["source_path"]: r for r in sqlite_utils.Database(db_path).query("select * from articles")}


@pytest.mark.parametrize("start, suffix", [
    (b"<!DOCTYPE html>\n<html>", ".html"),
    (b"\xef\xbb\xbf  \r\n<html lang='ar' dir='rtl'>", ".html"),
    (b"<!-- saved from url=(0044)https://example.org/ -->\n<html>", ".html"),
    (b"<HEAD>\n<TITLE>x</TITLE>", ".html"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', ".html"),
    (b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>', ".xml"),
    (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', ".xml"),
    (b"%PDF-1.7\n%\xe2\xe3", ".pdf"),
    (b"{\\rtf1\\ansi\\deff0", ".rtf"),
    (b"WARC/1.1\r\nWARC-Type: warcinfo", ".warc"),
])
def test_signatures(start, suffix):
    assert sniffing.suffix_for(start) == suffix


@pytest.mark.parametrize("start", [
    b"Notes for the project\nThis folder holds pages fetched in April.\n",
    b'{"title": "Convoy", "body": "A convoy left the camp."}',
    b"title,body,published\nConvoy,A convoy left,2023-04-05\n",
    b"<abbr>not a page opening</abbr>",  # "<a" must be followed by a space or ">"
    b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    b"PK\x03\x04",
    b"",
])
def test_no_signature_no_reader(start):
    assert sniffing.suffix_for(start) is None


def test_gzip_is_looked_into():
    assert sniffing.is_gzip(gzip.compress(b"<html><body>x</body></html>"))
    assert sniffing.suffix_for(gzip.compress(b"<html><body>x</body></html>")) is None  # read inflated, then sniffed
    assert sniffing.suffix_for(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")) == ".warc"


def warc_bytes(url, html):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return buffer.getvalue()


def test_fetched_pages_are_read_by_what_they_hold(cli, db_path, tmp_path):
    folder = tmp_path / "fetched"
    (folder / "example.org" / "2023" / "04").mkdir(parents=True)
    (folder / "no-extension").write_text(page("Families leave the camp"), encoding="utf-8")
    (folder / "news.php?id=1432").write_text(page("Convoy reaches Hasakah", "the Roj camp"), encoding="utf-8")
    (folder / "example.org" / "2023" / "04" / "index.html").write_bytes(
        gzip.compress(page("Prison guards replaced", "Ghuwayran").encode()))
    (folder / "crawl-0001").write_bytes(warc_bytes("https://example.org/a/returns", page("Returns from Roj")))
    (folder / "README").write_text("Notes for the project\nPages fetched in April.\n", encoding="utf-8")
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    titles = {path.rsplit("/", 1)[-1]: row["title"] for path, row in rows.items()}
    assert titles == {"no-extension": "Families leave the camp", "news.php?id=1432": "Convoy reaches Hasakah",
                      "index.html": "Prison guards replaced", "crawl-0001": "Returns from Roj"}
    assert {row["published"] for row in rows.values()} == {"2023-04-05"}
    assert all(path.startswith(str(folder)) and ".html.html" not in path for path in rows)  # stored under its own name
    assert "left alone: 1 (no extension)" in result.output  # the README
    again = cli("import", db_path, folder, "--silent")
    assert "0 imported, 0 updated, 4 unchanged" in again.output


def test_named_file_without_extension(cli, db_path, tmp_path):
    fetched = tmp_path / "article"
    fetched.write_text(page("Families leave the camp"), encoding="utf-8")
    note = tmp_path / "notes"
    note.write_text("Call the camp office on Monday.\n", encoding="utf-8")
    result = cli("import", db_path, fetched, note, "--silent")
    assert [row["title"] for row in stored(db_path).values()] == ["Families leave the camp"]
    assert "unsupported file type (no extension)" in result.output


def test_broken_gzip_under_a_page_name(cli, db_path, tmp_path):
    broken = tmp_path / "index.html"
    broken.write_bytes(gzip.compress(page("Cut short").encode())[:60])
    result = cli("import", db_path, broken, "--silent")
    assert "Traceback" not in result.output
    assert str(broken) in result.output and not stored(db_path)
