"""Per-archive identity: title, description, licence and source come from the archive (a file
beside it, or its contents), not from the sample; the URLs follow the database's file name."""

import re

import pytest

import conftest
from conftest import datasette_for, run_cli


def copy_archive(sample_db, folder, name: str):
    """The sample archive (database, WAL included, and Whoosh index) under another file name."""
    return conftest.copy_archive(sample_db, folder / f"{name}.db")


async def test_without_a_file_the_archive_describes_itself(ds, sample_db, sql):
    html = (await ds.client.get("/")).text
    assert "ISIS detainees" not in html and "Sample articles written by the project" not in html
    articles = sql("select count(*) as n from articles")[0]["n"]
    assert f"{articles:,} articles from" in html
    metadata = (await ds.client.get("/-/metadata.json")).json()
    assert metadata["title"] == "News archive" and "<h1>News archive</h1>" in html
    # No licence is claimed.
    assert "license" not in metadata and "License" not in html


async def test_identity_file_beside_the_archive(sample_db, tmp_path):
    db = copy_archive(sample_db, tmp_path, "hol-2019")
    (tmp_path / "hol-2019.metadata.yml").write_text(
        "title: Al-Hol reporting, 2019 <b>bold</b>\n"
        "description: Reports collected by the Example Monitor & partners.\n"
        "license: CC BY 4.0\n"
        "license_url: https://creativecommons.org/licenses/by/4.0/\n"
        "source: Example Monitor\n"
        "source_url: https://monitor.example.org/\n", encoding="utf-8")
    ds = datasette_for(db)
    html = (await ds.client.get("/")).text
    assert "Al-Hol reporting, 2019 &lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
    assert "Reports collected by the Example Monitor &amp; partners." in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>' in html
    assert re.search(r'href="https://monitor.example.org/">\s*Example Monitor</a>', html)
    # Every page of it, under the database's own name.
    for path in ("/hol-2019/articles", "/-/search?q=camp"):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        assert "CC BY 4.0" in response.text, path


async def test_another_file_name_gets_its_own_title_and_urls(sample_db, tmp_path):
    db = copy_archive(sample_db, tmp_path, "bbc")
    ds = datasette_for(db)
    html = (await ds.client.get("/")).text
    assert "<h1>News archive: bbc</h1>" in html
    assert (await ds.client.get("/bbc/articles")).status_code == 200
    timeline = (await ds.client.get("/-/timeline")).text
    assert "/bbc/articles?month__isnull=1" in timeline


@pytest.mark.parametrize("content, message", [
    ("title: [unclosed\n", "cannot read the archive's identity"),
    ("- a list\n", "expected keys such as title"),
    ("titel: typo\n", "unknown key titel"),
])
def test_a_bad_identity_file_is_one_line(sample_db, tmp_path, content, message):
    db = copy_archive(sample_db, tmp_path, "bad")
    (tmp_path / "bad.metadata.yml").write_text(content, encoding="utf-8")
    result = run_cli("serve", db, "--port", "1")
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
