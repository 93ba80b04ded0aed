"""Round 39 (bodies39): a record's text field cleaned at its end (archive/extract/record_edges.py): a
publishing system's credit line ("The post X appeared first on Y.", in its languages:
archive/data/cms_credit_lines.txt) under the only record of its outlet; and a "read also" line
among the text in other scripts (archive/extract/closing_credits.py: an Arabic label with its vowel
marks, a quoted headline, Georgian, a picture's credit under it). Invented records; the real CLI and
SQLite."""

import csv
import sqlite3

from click.testing import CliRunner

from archive.cli import cli
from archive.extract.closing_credits import without_teaser_lines
from archive.extract.record_edges import cms_credit

P1 = ("Four years after the country brought back hundreds of women and children from camps in Syria, most of them "
      "live quietly in their home regions, officials say.")
P2 = "The government's rehabilitation programme combined psychological support, schooling and help finding work."


def _bodies(tmp_path, name: str, write) -> dict:
    (tmp_path / "in").mkdir()
    write(tmp_path / "in" / name)
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "a.db"), str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    return dict(sqlite3.connect(tmp_path / "a.db").execute("select title, body from articles").fetchall())


def test_a_publishing_systems_credit_line_in_its_languages():
    assert cms_credit("The post Returnee charged appeared first on Camp News.")
    assert cms_credit("L’article Les enfants du camp attendent toujours est apparu en premier sur Info Syrie.")
    assert cms_credit("La entrada Ayuda retrasada se publicó primero en Noticias Siria.")
    assert cms_credit("ظهرت المقالة الأوضاع في مخيم الروج أولاً على أخبار 24.")
    # a story's sentence is none
    assert not cms_credit("The footage appeared first on social media before it was deleted.")
    assert not cms_credit("The post office appeared closed when reporters visited the town on Monday.")


def test_the_credit_line_under_the_only_record_of_its_outlet(tmp_path):
    rows = [{"title": f"Returnee charged {i}", "url": f"https://news{i}.example/charged", "date": "2024-05-08",
             "content": f"<p>{P1}</p><p>{P2}</p><p>{lead} <a href='x'>Returnee charged</a> {after} <a href='y'>Site {i}</a>.</p>"}
            for i, (lead, after) in enumerate([("The post", "appeared first on"), ("L’article", "est apparu en premier sur")])]

    def write(path):
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)

    bodies = _bodies(tmp_path, "scrape.csv", write)
    assert len(bodies) == 2 and set(bodies.values()) == {f"{P1}\n\n{P2}"}


def test_a_read_also_line_among_the_text_in_other_scripts():
    prose = "وقالت مصادر داخل المخيم إن العملية رافقها حظر تجول في القطاعات التي شملتها المداهمات خلال الأيام الماضية."
    assert without_teaser_lines([prose, "اقرأ أيضاً: «الداخلية» تضبط شبكة لتمويل الإرهاب", prose]) == [prose, prose]
    ka = "ამის გამო ნახევარ მილიონამდე ადამიანი, მათ შორის ბანაკის მაცხოვრებლები, სასმელი წყლის გარეშე დარჩა."
    kept = without_teaser_lines([ka, "ასევე წაიკითხეთ: ბათუმში წყლის მიწოდება დროებით შეწყდება", "ფოტო: AFP / არქივი", ka])
    assert kept == [ka, "ფოტო: AFP / არქივი", ka]
