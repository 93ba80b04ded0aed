"""Zip, tar and gzip inputs read in place, each member reported by its path inside."""

import gzip
import io
import json
import tarfile
import zipfile

import sqlite_utils

from conftest import SAMPLE

ARTICLE = "Camp fire\n\nA fire broke out in the annex of the camp on Monday night."


def stored(db_path):
    return {r["source_path"]: r for r in sqlite_utils.Database(db_path).query("select * from articles")}


def test_zip_members_are_articles(cli, db_path, tmp_path):
    path = tmp_path / "collection.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("2019/fire.txt", ARTICLE)
        archive.writestr("2019/records.jsonl", json.dumps({"title": "Convoy", "body": "A convoy left the camp."}) + "\n")
        archive.writestr("../../escape.txt", "Escape\n\nThis member's name tries to leave the archive.")
        archive.writestr("notes.odt", b"PK\x03\x04 not read")
        archive.writestr("__MACOSX/2019/._fire.txt", b"\x00\x05\x16\x07")
        archive.writestr("empty.txt", "")
    result = cli("import", db_path, path, "--silent")
    rows = stored(db_path)
    assert set(rows) == {f"{path}!/2019/fire.txt", f"{path}!/2019/records.jsonl", f"{path}!/../../escape.txt"}
    assert rows[f"{path}!/2019/records.jsonl"]["source_record"] == 1
    assert f"failed: {path}!/empty.txt: empty file" in result.output
    assert "left alone: 1 .odt" in result.output
    assert not (tmp_path.parent / "escape.txt").exists()
    again = cli("import", db_path, path, "--silent")
    assert "0 imported, 0 updated, 3 unchanged" in again.output


def test_tar_gz_and_gzip_files(cli, db_path, tmp_path):
    tar_path = tmp_path / "sample.tar.gz"
    with tarfile.open(tar_path, "w:gz") as archive:
        archive.add(SAMPLE / "text", arcname="text")
    gz_path = tmp_path / "single.txt.gz"
    gz_path.write_bytes(gzip.compress(ARTICLE.encode()))
    result = cli("import", db_path, tar_path, gz_path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert str(gz_path) in rows
    assert rows[str(gz_path)]["title"] == "Camp fire"
    members = [p for p in rows if p.startswith(f"{tar_path}!/text/")]
    assert len(members) == len(list((SAMPLE / "text").glob("*.txt")))


def test_zip_bomb_and_broken_container(cli, db_path, tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("huge.txt", b"A" * (80 * 1024 * 1024))
        archive.writestr("fine.txt", ARTICLE)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bomb.read_bytes()[:200])
    bad_gz = tmp_path / "bad.txt.gz"
    bad_gz.write_bytes(b"\x1f\x8b\x08\x00garbage")
    result = cli("import", db_path, bomb, broken, bad_gz, "--silent")
    assert result.exit_code == 1
    assert f"failed: {bomb}!/huge.txt: " in result.output and "not read" in result.output
    assert f"failed: {broken}: broken or truncated zip file" in result.output
    assert f"failed: {bad_gz}: broken or truncated gz file" in result.output
    assert set(stored(db_path)) == {f"{bomb}!/fine.txt"}
