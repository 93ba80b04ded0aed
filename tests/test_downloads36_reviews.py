"""An organisation's press review in Word (issue #13, round 36): its heading, a distribution line, a
table of contents naming the articles, an editor's note, then each article numbered, under its
"Quelle: Outlet, date – Name" line, closed by its "Link:" line and a rule of three stars, the
review's footer under the last; and a database's delivery holding no document (its search's fields,
however long, and "Documents (0)") refused."""

import docx
import sqlite_utils

CAMP = ("Im Lager Roj im Nordosten Syriens warten nach Angaben der Lagerverwaltung noch immer mehrere deutsche "
        "Frauen mit ihren Kindern auf eine Rückkehr.",
        "Eine Mitarbeiterin der Verwaltung sagte am Dienstag, die Familien hätten im Winter kaum Heizöl erhalten, "
        "die Kinder seien häufig krank.",
        "Das Auswärtige Amt teilte auf Anfrage mit, man stehe mit den örtlichen Behörden in Kontakt und prüfe "
        "jeden Einzelfall.")
PRISON = ("Zehn Tage nach dem Angriff auf das Gefängnis von Ghwayran in Hasaka haben die kurdisch geführten Kräfte "
          "nach eigenen Angaben die Kontrolle über alle Gebäude zurückgewonnen.",
          "Nach Angaben eines Sprechers ergaben sich die letzten Angreifer im Keller des Schlafsaals, nachdem ihnen "
          "Wasser und Lebensmittel ausgegangen waren.",
          "In den umliegenden Vierteln kehrten die ersten Familien am Montag in ihre beschädigten Häuser zurück.")
COURT = ("Vor einem Gericht in Qamischli hat am Sonntag der Prozess gegen mehrere Männer begonnen, die Gefängnisse "
         "der Terrormiliz bewacht haben sollen.",
         "Die Verteidiger zweier Angeklagter erklärten, ihre Mandanten seien zur Mitarbeit gezwungen worden, und "
         "baten um Zeit, um Zeugen zu laden.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_press_review_with_its_contents_and_each_article_under_its_source_line(cli, db_path, tmp_path):
    items = (("Warten im Lager Roj", "Quelle: Nordkurier Abendblatt, Dienstag, 8. Februar 2022 – von Anke Roth",
              "https://nordkurier-abendblatt.example/roj", CAMP),
             ("Kurdische Kräfte melden Ende der Kämpfe in Hasaka", "Quelle: Weser Bote, 31. Januar 2022 – Jonas Pfeil",
              "https://weser-bote.example/hasaka", PRISON),
             ("Prozess gegen Gefängniswärter in Qamischli", "Quelle: Rhein Anzeiger, 6. Februar 2022",
              "https://rhein-anzeiger.example/qamischli", COURT))
    document = docx.Document()
    for line in ("Arbeitskreis Nordostsyrien e.V.", "Pressespiegel Nr. 41 – 31. Januar bis 8. Februar 2022",
                 "Nur zur internen Verwendung. Bitte nicht weiterleiten.", "Inhalt"):
        document.add_paragraph(line)
    for k, (title, _, _, _) in enumerate(items, 1):
        document.add_paragraph(f"{k}. {title}")
    document.add_paragraph("Anmerkung der Redaktion: In dieser Woche stehen die Lage in den Lagern und das Ende der "
                           "Kämpfe um das Gefängnis in Hasaka im Mittelpunkt.")
    for k, (title, source, link, paragraphs) in enumerate(items, 1):
        document.add_paragraph(f"{k}.")
        document.add_paragraph(source)
        document.add_paragraph(title)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        document.add_paragraph(f"Link: {link}")
        document.add_paragraph("* * *")
    document.add_paragraph("Arbeitskreis Nordostsyrien – Pressespiegel der Redaktion. Kontakt: presse@ak-nos.example")
    path = tmp_path / "Pressespiegel 41.docx"
    document.save(path)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["source_record"], r["title"], r["outlet_name"], r["published"], r["author"], r["url"]) for r in rows] == [
        (1, "Warten im Lager Roj", "Nordkurier Abendblatt", "2022-02-08", "Anke Roth",
         "https://nordkurier-abendblatt.example/roj"),
        (2, "Kurdische Kräfte melden Ende der Kämpfe in Hasaka", "Weser Bote", "2022-01-31", "Jonas Pfeil",
         "https://weser-bote.example/hasaka"),
        (3, "Prozess gegen Gefängniswärter in Qamischli", "Rhein Anzeiger", "2022-02-06", None,
         "https://rhein-anzeiger.example/qamischli")]
    assert rows[0]["body"].startswith("Im Lager Roj") and rows[0]["body"].rstrip().endswith("jeden Einzelfall.")
    assert rows[2]["body"].rstrip().endswith("um Zeugen zu laden.")  # the review's footer is not the last article's


def test_a_database_delivery_without_documents_is_refused(cli, db_path, tmp_path):
    document = docx.Document()
    for line in ("User Name: = archive.desk@institute.example", "Date and Time: Monday, March 7, 2022 10:02:00 AM EST",
                 "Job Number: 2847112", "Search Summary",
                 "Search Terms: (Ghuwayran OR Ghwayran OR \"Sina'a prison\") AND (escape OR attack OR siege)",
                 "Narrowed by: Language: English, French; Timeline: Jan 20, 2022 to Feb 28, 2022; Sources: "
                 "Regional Newspapers, Wire Services",
                 "Results: 112", "Documents (0)",
                 "No documents were selected for delivery. Go back to the result list and try again."):
        document.add_paragraph(line)
    path = tmp_path / "Files (9).DOCX"
    document.save(path)
    result = cli("import", db_path, path)
    assert "search results that found nothing" in result.output, result.output
    assert stored(db_path) == []
