"""Round 38 (bodies38, hook H1): a text hard-wrapped at a column is read as its paragraphs
(archive/extract/hard_wraps.py, called by the text reader). Invented texts; the real CLI and SQLite."""

import sqlite3
import textwrap

import pytest
from click.testing import CliRunner

from archive.cli import cli

STORY = [
    "Vor dem Oberlandesgericht hat am Dienstag der Prozess gegen einen 29 Jahre alten Mann aus der Stadt begonnen, der sich nach Überzeugung der Anklage einer Miliz angeschlossen hat.",
    "Laut Anklage soll er eine Ausbildung absolviert und anschließend Wachdienste für die Organisation verrichtet haben. Im Februar ergab er sich kurdischen Kräften.",
    "Der Angeklagte äußerte sich zum Auftakt nicht zu den Vorwürfen. Sein Verteidiger kündigte eine Erklärung für einen der nächsten Verhandlungstage an.",
    "Für den Prozess sind zunächst zwölf Verhandlungstage bis Ende November angesetzt.",
]


@pytest.mark.parametrize("width", [66, 72, 79])
def test_a_wrapped_text_is_stored_as_its_paragraphs(tmp_path, width):
    lines = ["Stadtblatt", "Rückkehrer muss sich vor Gericht verantworten", "Thomas Krüger", "14.09.2021", ""]
    for paragraph in STORY:
        lines += textwrap.wrap(paragraph, width) + [""]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "prozess.txt").write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "a.db"), str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    body, = sqlite3.connect(tmp_path / "a.db").execute("select body from articles").fetchone()
    assert body.split("\n\n") == STORY
