"""A page saved from a search engine's cache (Google's "This is Google's cache of ..."): the cache's
header is no part of the page, its snapshot date is the capture date (never the publication date)
and the address it names is the page's URL. HTML and text copies, through the real CLI. Pages
written for the test."""

import sqlite_utils

PARAGRAPHS = ["Guards at the Ghuwayran prison in Hasakah were reinforced on Sunday after a night of unrest "
              "in two of its wings, a spokesman for the Kurdish-led administration said.",
              "He said no detainee had escaped and that the situation had been brought under control by "
              "morning, after negotiations that lasted several hours.",
              "The prison holds several thousand men accused of belonging to the Islamic State group, "
              "among them hundreds of foreign nationals whose countries have not taken them back."]

CACHE_HEADER = ("<div id=\"bN015htcoyT__google-cache-hdr\" style=\"background:#f5f5f5\"><div><span>This is "
                "Google&#39;s cache of <a href=\"https://www.northlight.example/news/ghuwayran-unrest\">"
                "https://www.northlight.example/news/ghuwayran-unrest</a>. It is a snapshot of the page as it "
                "appeared on 12 Feb 2023 10:31:48 GMT. The <a href=\"#\">current page</a> could have changed in "
                "the meantime. <a href=\"#\">Learn more</a>.</span></div><div><span><a href=\"#\">Full version"
                "</a></span><span><a href=\"#\">Text-only version</a></span><span><a href=\"#\">View source</a>"
                "</span></div><span>Tip: To quickly find your search term on this page, press Ctrl+F or "
                "⌘-F (Mac) and use the find bar.</span></div>")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query("select * from articles"))


def test_a_google_cache_page_keeps_its_header_out(cli, db_path, tmp_path):
    page = ("<html><head><meta charset=\"utf-8\"><title>Unrest at Ghuwayran prison</title></head><body>"
            + CACHE_HEADER + "<div style=\"position:relative\"><article><h1>Unrest at Ghuwayran prison</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></div></body></html>")
    (tmp_path / "ghuwayran - Google cache.html").write_text(page, encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["published"] is None  # the page states no date; the snapshot's is the capture's
    assert row["captured_at"].startswith("2023-02-12")
    assert row["url"] == "https://www.northlight.example/news/ghuwayran-unrest"
    assert "cache" not in row["body"] and "snapshot" not in row["body"] and row["body"].startswith("Guards at")


def test_a_google_cache_page_copied_as_text(cli, db_path, tmp_path):
    text = ("This is Google's cache of https://www.northlight.example/news/ghuwayran-unrest. It is a snapshot of "
            "the page as it appeared on 12 Feb 2023 10:31:48 GMT.\n\nUnrest at Ghuwayran prison\n\n"
            + "\n\n".join(PARAGRAPHS) + "\n")
    (tmp_path / "ghuwayran cache.txt").write_text(text, encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["published"] is None and row["captured_at"].startswith("2023-02-12")
    assert row["url"] == "https://www.northlight.example/news/ghuwayran-unrest"
    assert row["title"] == "Unrest at Ghuwayran prison" and "snapshot" not in row["body"]


def test_a_cache_header_without_an_id_is_found_by_its_sentence(cli, db_path, tmp_path):
    header = ("<div style=\"position:relative;z-index:9\"><div style=\"background:#fff\"><div>This is the cached "
              "version of <a href=\"https://www.northlight.example/news/ghuwayran-unrest\">https://www.northlight"
              ".example/news/ghuwayran-unrest</a>. Its contents may have changed since it was cached.</div>"
              "<div>Cached on 19.09.2022.</div></div></div>")
    page = ("<html><head><meta charset=\"utf-8\"><title>Unrest at Ghuwayran prison</title></head><body>" + header
            + "<div class=\"shell\"><article><h1>Unrest at Ghuwayran prison</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></div></body></html>")
    (tmp_path / "cached.html").write_text(page, encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["published"] is None and "cached" not in row["body"].lower()
    assert row["body"].startswith("Guards at") and row["body"].endswith("taken them back.")
