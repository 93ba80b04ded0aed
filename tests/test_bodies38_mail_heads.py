"""Round 38 (bodies38, hook H2): a mail's story loses the page's lines over its first paragraph as a
page's text does (body_heads.finished_start): the sender's name and a date stamp, the headline again.
Invented message; the real CLI and SQLite."""

import sqlite3

from click.testing import CliRunner

from archive.cli import cli

STORY = [
    "Valley Rights Network is alarmed by reports that boys as young as eleven are being moved from the camp to detention centres without any decision by a judge.",
    "According to testimonies gathered by partner organisations, the transfers take place at night and families are not told where the boys are held.",
    "Valley Rights Network calls on the authorities to end these transfers and on states of nationality to repatriate the children with their mothers.",
]


def test_a_forwarded_statement_under_its_sender_and_date(tmp_path):
    headline = "Boys taken from their mothers must be released from detention"
    text = "\n\n".join(["Valley Rights Network (VRN)", "31 May 2023", headline] + STORY)
    message = ("From: Mara Lindqvist <mara@example.org>\nTo: desk@example.org\nSubject: Fwd: " + headline
               + "\nDate: Thu, 01 Jun 2023 09:12:00 +0000\nMessage-ID: <vrn-1@example.org>\n"
               "Content-Type: text/plain; charset=\"utf-8\"\n\n" + text + "\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "statement.eml").write_text(message, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "a.db"), str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    body, = sqlite3.connect(tmp_path / "a.db").execute("select body from articles").fetchone()
    assert body.startswith("Valley Rights Network is alarmed")
