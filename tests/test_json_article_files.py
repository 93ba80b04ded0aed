"""A JSON file that is one article (a scraper's file per article: newspaper3k, news-please,
trafilatura's JSON) is read as that article, through the real CLI. Articles written for the test."""

import json

import sqlite_utils

BODY = ("Officials in Qamishli said on Tuesday that 41 children held in al-Hol camp had been handed to a "
        "delegation from their home country at the Semalka crossing.\n\nThe children, most of them under "
        "ten, were to be placed with relatives after medical checks, a spokesman for the local "
        "administration told reporters.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query("select * from articles order by source_path"))


def test_a_news_please_file_is_one_article(cli, db_path, tmp_path):
    (tmp_path / "qamishli-handover.json").write_text(json.dumps({
        "authors": ["Lena Hartmann", "Omar Saleh"], "date_download": "2022-05-02 08:00:11",
        "date_modify": None, "date_publish": "2022-04-26 14:05:00", "description": "A handover at Semalka.",
        "filename": "https%3A%2F%2Fwww.plainsgazette.example%2Fworld%2Fhandover.json", "image_url": None,
        "language": "en", "localpath": None, "maintext": BODY, "source_domain": "www.plainsgazette.example",
        "title": "Forty-one children leave al-Hol for home", "title_page": None, "title_rss": None,
        "url": "https://www.plainsgazette.example/world/handover"}), encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["title"] == "Forty-one children leave al-Hol for home"
    assert row["published"].startswith("2022-04-26")
    assert row["author"] == "Lena Hartmann, Omar Saleh"
    assert row["body"].startswith("Officials in Qamishli") and row["source_record"] is None


def test_a_newspaper3k_file_with_lists_of_objects_inside_is_still_one_article(cli, db_path, tmp_path):
    (tmp_path / "article.json").write_text(json.dumps({
        "title": "Forty-one children leave al-Hol for home", "text": BODY, "authors": ["Omar Saleh"],
        "publish_date": "2022-04-26T00:00:00", "url": "https://www.plainsgazette.example/world/handover",
        "keywords": ["children", "camp"], "movies": [],
        "images": [{"src": "https://www.plainsgazette.example/a.jpg", "alt": "A bus at the crossing"}]}),
        encoding="utf-8")
    result = cli("import", db_path, tmp_path / "article.json", "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["title"] == "Forty-one children leave al-Hol for home" and row["published"].startswith("2022-04-26")
    assert "A bus at the crossing" not in row["body"]


def test_a_json_file_of_settings_in_a_folder_is_still_left_alone(cli, db_path, tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"theme": "dark", "columns": ["title", "date"]}),
                                            encoding="utf-8")
    (tmp_path / "story.txt").write_text("Forty-one children leave al-Hol for home\n\n" + BODY, encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    assert [row["source_path"].rsplit("/", 1)[-1] for row in stored(db_path)] == ["story.txt"]
