"""JSON files of articles (.json): a news API's answer, a search engine's hits, a plain list; and the
JSON files that hold no articles, left alone in a folder, reported when named."""

import json

import sqlite_utils

ARTICLES = [
    {"source": {"id": None, "name": "Harbour Gazette"}, "author": "Selin Korkmaz",
     "title": "Drones strike near Qamishli power station", "description": "Power was cut to much of the city.",
     "url": "https://gazette.example/qamishli", "publishedAt": "2023-10-06T08:12:00Z",
     "content": "Drones hit targets around Qamishli on Thursday night, cutting power to large parts of the city, "
                "residents said. Officials said repairs to the transformers could take weeks."},
    {"source": {"id": "valley", "name": "Valley Courier"}, "author": None,
     "title": "Iraq brings home 600 more from al-Hol", "description": "The group reached Jeddah-1.",
     "url": "https://valley.example/iraq", "publishedAt": "2024-02-11T10:00:00Z",
     "content": "Iraqi authorities brought another 600 people back from al-Hol camp in Syria on Sunday, the "
                "migration ministry said, in the latest of a series of transfers to the Jeddah-1 centre."},
]


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_news_apis_answer_is_its_articles(cli, db_path, tmp_path):
    path = tmp_path / "newsapi al-hol.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": ARTICLES}), encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["source_record"], r["title"], r["outlet_name"], r["published"]) for r in rows] == [
        (1, "Drones strike near Qamishli power station", "Harbour Gazette", "2023-10-06"),
        (2, "Iraq brings home 600 more from al-Hol", "Valley Courier", "2024-02-11")]
    assert rows[0]["author"] == "Selin Korkmaz" and rows[0]["url"] == "https://gazette.example/qamishli"
    assert rows[1]["body"].startswith("Iraqi authorities brought another 600 people")
    again = cli("import", db_path, path, "--silent")
    assert "0 imported, 0 updated, 2 unchanged" in again.output


def test_a_search_engines_hits_and_a_plain_list(cli, db_path, tmp_path):
    (tmp_path / "hits.json").write_text(json.dumps({"took": 3, "hits": {"total": 1, "hits": [
        {"_index": "news", "_id": "a1", "_source": {
            "headline": "Court in Qamishli tries three", "date": "2022-05-03", "site": "Valley Courier",
            "text": "Three men accused of smuggling people out of al-Hol camp went on trial in Qamishli on "
                    "Tuesday, the court's clerk said. The hearing was adjourned until next month."}}]}}),
        encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"title": "Roj camp winter", "body": "Families in Roj camp "
                                        "burned plastic to keep warm during the coldest week of January."}]),
                                        encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    titles = {r["title"]: r for r in stored(db_path)}
    assert set(titles) == {"Court in Qamishli tries three", "Roj camp winter"}
    assert titles["Court in Qamishli tries three"]["outlet_name"] == "Valley Courier"
    assert titles["Court in Qamishli tries three"]["published"] == "2022-05-03"


def test_json_without_articles_is_left_alone_in_a_folder_and_reported_when_named(cli, db_path, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"theme": "dark", "fontSize": 12}), encoding="utf-8")
    expected = tmp_path / "expected.json"  # values keyed by file name, no article text: not a collection
    expected.write_text(json.dumps({"01.txt": {"title": "Hajin", "paragraphs": 7}}), encoding="utf-8")
    (tmp_path / "broken.json").write_text('[{"title": "cut', encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert "left alone: " in result.output and " 2 .json" in result.output
    assert f"failed: {tmp_path / 'broken.json'}: invalid JSON" in result.output  # damaged, never silent
    named = cli("import", db_path, settings, "--silent")
    assert f"failed: {settings}: no list of records in this JSON file" in named.output
    assert not stored(db_path)
