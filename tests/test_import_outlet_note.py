"""`archive import` names the folders whose articles got no outlet, so the user gives it once with
``--outlet``; the imports table keeps the same counts. Real files through the CLI; every name is
made up."""

import json

import sqlite_utils

from archive.import_report import FolderNames, ImportReport


def _story(title: str, first: str) -> str:
    return (f"{title}\n\n12 March 2021\n\n{first} Residents of the camp said water deliveries had stopped for "
            "a week and that families were queuing for hours at the last working tap.\n\n"
            "Aid workers said a new pipeline would not be finished before the summer, and that trucks "
            "could bring only part of what the camp needs each day.\n")


def _collection(root):
    """3 stories in downloads/, 2 in saved/ with no sign of their outlet; 2 in wires/ with a dateline."""
    for folder, count, dateline in (("downloads", 3, ""), ("saved", 2, ""), ("wires", 2, "BEIRUT (Reuters) - ")):
        (root / "collection" / folder).mkdir(parents=True)
        for n in range(count):
            text = _story(f"Water runs short in the camp, week {n + 1} of {folder}", f"{dateline}Week {n + 1}:")
            (root / "collection" / folder / f"story-{n}.txt").write_text(text, encoding="utf-8")


def test_the_summary_names_the_folders_without_an_outlet(cli, tmp_path, monkeypatch):
    _collection(tmp_path)
    monkeypatch.chdir(tmp_path)  # the folders are shown as the user gave them: relative here
    result = cli("import", "archive.db", "collection", "--silent")
    assert result.exit_code == 0, result.output
    assert ("no outlet found for 5 of 7 articles: 3 in collection/downloads/, 2 in collection/saved/ "
            "(name a folder's outlet: import it again with --outlet NAME)") in result.output
    [row] = sqlite_utils.Database("archive.db").query("select * from imports")
    assert row["no_outlet"] == 5
    assert json.loads(row["no_outlet_folders"]) == {"collection/downloads/": 3, "collection/saved/": 2}

    # named once, for the folder: its articles are updated in place and the summary says nothing more
    result = cli("import", "archive.db", "collection/downloads", "--outlet", "Camp Courier", "--silent")
    assert result.exit_code == 0, result.output
    assert "0 imported, 3 updated" in result.output and "no outlet found" not in result.output
    db = sqlite_utils.Database("archive.db")
    assert db["articles"].count == 7
    outlets = dict(db.execute("select o.name, count(*) from articles a left join outlets o on o.id = a.outlet "
                              "group by 1").fetchall())
    assert outlets == {"Camp Courier": 3, "Reuters": 2, None: 2}
    assert db.execute("select no_outlet, no_outlet_folders from imports where id = 2").fetchone() == (0, "{}")


def test_no_line_when_every_article_has_its_outlet(cli, tmp_path):
    _collection(tmp_path)
    result = cli("import", tmp_path / "archive.db", tmp_path / "collection" / "wires", "--silent")
    assert result.exit_code == 0, result.output
    assert "2 imported" in result.output and "no outlet found" not in result.output


def test_at_most_five_folders_most_first():
    report = ImportReport()
    for n, folder in enumerate(["a/", "b/", "c/", "d/", "e/", "f/", "g/"]):
        for _ in range(n + 1):
            report.outlet_of(folder, None)
    report.outlet_of("a/", "Camp Courier")
    assert report.outlet_note() == (
        "no outlet found for 28 of 29 articles: 7 in g/, 6 in f/, 5 in e/, 4 in d/, 3 in c/ and 3 in 2 more "
        "folders (name a folder's outlet: import it again with --outlet NAME)")
    assert json.loads(report.outlet_counts()["no_outlet_folders"])["a/"] == 1


def test_folders_as_the_user_named_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shown = FolderNames(["collection", "loose.txt", str(tmp_path / "elsewhere")])
    assert shown(str(tmp_path / "collection" / "saved" / "a.txt")) == "collection/saved/"
    assert shown(str(tmp_path / "loose.txt")) == "./"
    assert shown(str(tmp_path / "elsewhere" / "b.txt")) == f"{tmp_path}/elsewhere/"
    assert shown(str(tmp_path / "collection" / "x.zip") + "!/inner/c.txt") == "collection/x.zip!/inner/"


def test_help_says_what_outlet_does(cli):
    result = cli("import", "--help")
    assert "--outlet NAME" in result.output and "got no outlet" in " ".join(result.output.split())
