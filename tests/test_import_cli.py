"""`archive import` on real files, asserting the rows stored in the real SQLite file."""

import json
import shutil

import sqlite_utils

from conftest import SAMPLE

SAMPLE_TEXT_FILES = len(list((SAMPLE / "text").glob("*.txt")))
SAMPLE_RECORDS = sum(1 for line in open(SAMPLE / "records" / "articles.jsonl") if line.strip())


def rows(db_path, sql, params=None):
    return list(sqlite_utils.Database(db_path).query(sql, params or {}))


def test_sample_imports_every_article(cli, db_path):
    result = cli("import", db_path, SAMPLE, "--silent")
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    by_format = dict(db.execute("select source_format, count(*) from articles group by 1").fetchall())
    assert by_format["text"] == SAMPLE_TEXT_FILES
    assert by_format["jsonl"] == SAMPLE_RECORDS
    assert by_format["csv"] >= 4
    total = db["articles"].count
    assert f"{total} imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 0 failed" in result.output
    [batch] = rows(db_path, "select * from imports")
    assert batch["status"] == "completed"
    assert batch["imported"] == total
    assert json.loads(batch["paths"]) == [str(SAMPLE)]
    assert {r["name"] for r in rows(db_path, "select name from outlets")} >= {"Rudaw", "Kurdistan24", "Syrian Observatory for Human Rights"}


def test_reimport_changes_nothing(cli, db_path):
    cli("import", db_path, SAMPLE, "--silent")
    before = rows(db_path, "select * from articles order by id")
    result = cli("import", db_path, SAMPLE, "--silent")
    assert result.exit_code == 0
    assert f"0 imported, 0 updated, {len(before)} unchanged" in result.output
    assert rows(db_path, "select * from articles order by id") == before
    assert cli("check", db_path).exit_code == 0


def test_jsonl_and_csv_fields(cli, db_path):
    cli("import", db_path, SAMPLE / "records", "--silent")
    jsonl = rows(db_path, "select a.*, o.name as outlet_name from articles a join outlets o on o.id = a.outlet "
                          "where source_format = 'jsonl' order by source_record")
    first = json.loads((SAMPLE / "records" / "articles.jsonl").read_text().splitlines()[0])
    assert jsonl[0]["title"] == first["title"]
    assert jsonl[0]["outlet_name"] == first["outlet"]
    assert jsonl[0]["published"] == first["published"]
    assert jsonl[0]["year"] == int(first["published"][:4])
    assert jsonl[0]["month"] == first["published"][:7]
    assert json.loads(jsonl[0]["tags"]) == first["tags"]
    assert jsonl[0]["url"] == first["url"]
    assert jsonl[0]["source_record"] == 1
    csv_rows = rows(db_path, "select * from articles where source_format = 'csv' order by source_record")
    assert csv_rows[0]["source_record"] == 2  # row 1 is the header
    assert all(r["published"] and r["date_source"] == "text" for r in csv_rows)
    tag_links = rows(db_path, "select count(*) as n from article_tags")[0]["n"]
    assert tag_links == sum(len(json.loads(r["tags"])) for r in rows(db_path, "select tags from articles"))


def test_column_mapping(cli, db_path, tmp_path):
    path = tmp_path / "theirs.csv"
    path.write_text("headline,story,paper,when,kw\nCamp fire,Two tents burned in the night.,Enab Baladi,2023-05-02,fire;camp\n")
    result = cli("import", db_path, path, "--map", "story=body", "--map", "paper=outlet", "--map", "when=published",
                 "--map", "kw=tags", "--silent")
    assert result.exit_code == 0, result.output
    [row] = rows(db_path, "select a.*, o.name as outlet_name from articles a join outlets o on o.id = a.outlet")
    assert (row["title"], row["body"], row["outlet_name"], row["published"]) == (
        "Camp fire", "Two tents burned in the night.", "Enab Baladi", "2023-05-02")
    assert json.loads(row["tags"]) == ["fire", "camp"]
    bad = cli("import", db_path, path, "--map", "story")
    assert bad.exit_code == 2 and "THEIRS=OURS" in bad.output


def test_batch_metadata_and_override(cli, db_path, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("Prison guards on alert\n\nGuards in Hasakah were told to expect more attacks.")
    dated = SAMPLE / "text" / "01_hajin-captured.txt"
    result = cli("import", db_path, plain, dated, "--outlet", "Hawar News", "--date", "24 January 2022",
                 "--tag", "batch-one", "--silent")
    assert result.exit_code == 0, result.output
    query = ("select a.title, o.name as outlet, a.outlet_source, a.published, a.date_source, a.tags from articles a "
             "left join outlets o on o.id = a.outlet where a.source_path = :p")
    [row] = rows(db_path, query, {"p": str(plain)})
    assert (row["outlet"], row["outlet_source"], row["published"], row["date_source"]) == (
        "Hawar News Agency", "command-line", "2022-01-24", "command-line")
    assert json.loads(row["tags"]) == ["batch-one"]
    [row] = rows(db_path, query, {"p": str(dated)})
    assert row["outlet_source"] == "text" and row["date_source"] == "text" and row["published"] != "2022-01-24"
    assert "batch-one" in json.loads(row["tags"])
    # --override: the command line wins; the article is updated in place.
    result = cli("import", db_path, dated, "--outlet", "Hawar News", "--date", "2022-01-24", "--override", "--silent")
    assert "0 imported, 1 updated" in result.output
    [row] = rows(db_path, query, {"p": str(dated)})
    assert (row["outlet"], row["published"], row["date_source"]) == ("Hawar News Agency", "2022-01-24", "command-line")
    assert cli("import", db_path, plain, "--date", "someday").exit_code == 2


def test_edited_file_is_updated_and_copies_are_duplicates(cli, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    original = folder / "a.txt"
    original.write_text("Camp census\n\nThe camp held 56,000 people in 2022.")
    cli("import", db_path, folder, "--silent")
    original.write_text("Camp census\n\nThe camp held about 56,000 people in early 2022.")
    shutil.copy(original, folder / "b.txt")
    result = cli("import", db_path, folder, "--silent")
    assert "0 imported, 1 updated, 0 unchanged, 1 skipped as duplicate" in result.output
    assert "duplicate:" in result.output and "b.txt" in result.output
    [row] = rows(db_path, "select body, first_import_id, import_id from articles")
    assert row["body"] == "The camp held about 56,000 people in early 2022."
    assert (row["first_import_id"], row["import_id"]) == (1, 2)


def test_bad_input_is_reported_and_the_rest_goes_on(cli, db_path, tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "ok.txt").write_text("Roj camp visit\n\nDiplomats visited Roj camp on Tuesday.")
    cli("import", db_path, good, "--silent")
    before = rows(db_path, "select * from articles")

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_text("")
    (batch / "title-only.txt").write_text("Only a title\n")
    (batch / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 200)
    (batch / "page.html").write_text("<html></html>")
    (batch / "photo.png").write_bytes(b"\x89PNG\r\n")
    (batch / "rows.jsonl").write_text('{"title": "Good row", "body": "Detainees were moved."}\n{not json\n'
                                      '{"title": "No body"}\n[1, 2]\n')
    (batch / "rows.csv").write_text('title,body\n"Row one","Text one"\n"Row two"\n')
    (batch / "new.txt").write_text("Hasakah curfew\n\nA curfew was declared in Hasakah city.")
    result = cli("import", db_path, batch, "--silent")
    assert result.exit_code == 1
    out = result.output
    assert "Traceback" not in out
    assert f"failed: {batch / 'empty.txt'}: empty file" in out
    assert f"failed: {batch / 'title-only.txt'}: no article body" in out
    assert f"failed: {batch / 'binary.txt'}: binary file" in out
    assert f"failed: {batch / 'page.html'}: " in out
    assert "photo.png" not in out and "left alone: 1 .png" in out
    assert f"failed: {batch / 'rows.jsonl'}:2: invalid JSON" in out
    assert f"failed: {batch / 'rows.jsonl'}:3: no article body" in out
    assert f"failed: {batch / 'rows.jsonl'}:4: expected an object" in out
    assert f"failed: {batch / 'rows.csv'}:3: row has 1 fields, the header has 2" in out
    assert "3 imported, 0 updated, 0 unchanged, 0 skipped as duplicate, 8 failed" in out
    titles = {r["title"] for r in rows(db_path, "select title from articles")}
    assert titles == {"Roj camp visit", "Good row", "Row one", "Hasakah curfew"}
    assert [r for r in rows(db_path, "select * from articles") if r["title"] == "Roj camp visit"] == before
    [last] = rows(db_path, "select * from imports where id = 2")
    assert last["failed"] == 8 and len(json.loads(last["errors"])) == 8
    named = cli("import", db_path, batch / "photo.png", "--silent")
    assert named.exit_code == 1 and "unsupported file type .png" in named.output
    assert cli("check", db_path).exit_code == 0


def test_missing_path_and_missing_archive(cli, db_path, tmp_path):
    result = cli("import", db_path, tmp_path / "nope.txt", "--silent")
    assert result.exit_code == 1 and "no such file or folder" in result.output
    result = cli("search", tmp_path / "absent.db", "ISIS")
    assert result.exit_code == 1 and "no such archive" in result.output


def test_every_command_has_help(cli):
    from archive.cli import cli as group

    for name, command in group.commands.items():
        assert command.help, name
        result = cli(name, "-h")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_batch_size_default_is_the_pipelines():
    """The CLI's default (written out so `archive --help` need not import the pipeline) follows it."""
    from click.testing import CliRunner

    from archive.cli import cli
    from archive.pipeline import BATCH_SIZE

    option = next(p for p in cli.commands["import"].params if p.name == "batch_size")
    assert option.default == BATCH_SIZE
    assert f"default: {BATCH_SIZE}" in " ".join(CliRunner().invoke(cli, ["import", "--help"]).output.split())
