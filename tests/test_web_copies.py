"""Pages saved from a web archive's copy: the archive's bar is no part of the page, its capture date
is the capture date and never the article's (archive/readers/web_copies.py, article.archived_at)."""

from pathlib import Path

import sqlite_utils

from archive.extract.article import archived_at
from archive.readers.web_copies import without_archive_bars

STORY = ("<article><h1>Families leave al-Hol for Raqqa countryside</h1><p>By Omar Khalil</p>"
         "<p>A second convoy of 48 families left al-Hol camp on Sunday for villages in the Raqqa countryside, "
         "under an agreement between tribal elders and the camp administration.</p>"
         "<p>The families, most of them women and children, travelled in buses escorted by the internal "
         "security forces, according to a camp official who asked not to be named.</p>"
         "<p>Tribal elders said they would guarantee the families on their return.</p></article>")
WAYBACK = ("<!DOCTYPE html><html><head><title>Families leave al-Hol for Raqqa countryside - Valley Courier</title>"
           "<link rel='canonical' href='https://web.archive.org/web/20220620101500/https://valleycourier.example/n/1'>"
           "<meta property='og:site_name' content='Valley Courier'></head><body>"
           "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base'><div id='wm-ipp'><div>Wayback Machine</div>"
           "<div>245 captures<br>18 Jun 2022 - 03 Jan 2024</div><div><div>JUN</div><div>2022</div></div></div></div>"
           "<!-- END WAYBACK TOOLBAR INSERT -->" + STORY + "</body></html>")
ARCHIVE_TODAY = ("<html><head><title>Families leave al-Hol</title></head><body><div id='HEADER'><table><tr>"
                 "<td>archive.today<br>webpage capture</td><td>Saved from https://valleycourier.example/n/1</td>"
                 "<td>20 Jun 2022 10:15:00 UTC</td></tr></table><div>All snapshots from host</div></div>"
                 "<div id='CONTENT'>" + STORY + "</div></body></html>")


def test_the_bars_are_taken_off_and_nothing_else():
    assert "captures" not in without_archive_bars(WAYBACK) and "convoy of 48" in without_archive_bars(WAYBACK)
    assert "webpage capture" not in without_archive_bars(ARCHIVE_TODAY)
    assert "convoy of 48" in without_archive_bars(ARCHIVE_TODAY)
    plain = "<html><body><div id='HEADER'>Menu</div>" + STORY + "</body></html>"  # no archive's marks
    assert without_archive_bars(plain) == plain


def test_the_capture_time_is_read_from_the_archives_address():
    assert archived_at("https://web.archive.org/web/20220620101500/https://x.example/a") == "2022-06-20T10:15:00"
    assert archived_at("http://web.archive.org/web/20190311id_/https://x.example/a") == "2019-03-11"
    assert archived_at("https://archive.ph/2022.06.20-101500/https://x.example/a") == "2022-06-20T10:15:00"
    assert archived_at("https://archive.ph/AbCdE") is None
    assert archived_at("https://x.example/web/20220620101500/") is None


def test_a_saved_wayback_page_keeps_its_own_date_or_none(cli, db_path, tmp_path):
    (tmp_path / "wayback.html").write_text(WAYBACK, encoding="utf-8")
    result = cli("import", db_path, tmp_path / "wayback.html", "--silent")
    assert result.exit_code == 0, result.output
    [row] = sqlite_utils.Database(db_path).query("select * from articles")
    assert row["published"] is None  # not 2024-01-03 from the bar, not the capture's 2022-06-20
    assert row["captured_at"] == "2022-06-20T10:15:00"
    assert row["title"] == "Families leave al-Hol for Raqqa countryside"
    assert "captures" not in row["body"] and row["body"].startswith("A second convoy")


def test_a_wayback_page_copied_as_text_keeps_its_capture_date(cli, db_path, tmp_path):
    path = tmp_path / "copied from the wayback machine.txt"
    path.write_text(
        "The Wayback Machine - https://web.archive.org/web/20220620101500/https://valleycourier.example/n/1\n"
        "Families leave al-Hol for Raqqa countryside\nBy Omar Khalil\n\n"
        "A second convoy of 48 families left al-Hol camp on Sunday for villages in the Raqqa countryside, under "
        "an agreement between tribal elders and the camp administration.\n\nThe families, most of them women and "
        "children, travelled in buses escorted by the internal security forces.\n", encoding="utf-8")
    cli("import", db_path, path, "--silent")
    [row] = sqlite_utils.Database(db_path).query("select * from articles")
    assert row["url"] == "https://valleycourier.example/n/1" and row["captured_at"] == "2022-06-20T10:15:00"
    assert row["published"] is None and row["title"] == "Families leave al-Hol for Raqqa countryside"
