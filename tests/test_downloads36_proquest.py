"""A ProQuest export saved as HTML with its details in a table (issue #13, round 36): each field's
name in one cell and its value in the next ("Publication title" | "Northern Ledger"), no colon,
under the text's "Full text:"; the table ends the text, its heading ("Details") is no text."""

import sqlite_utils

TEXTS = [("Guards regain Ghuwayran prison after ten days",
          ["Guards at the Ghuwayran prison in al-Hasakah said on Sunday that the last group of gunmen holding out in "
           "the dormitories had surrendered after ten days of fighting.",
           "The local administration said the district around the prison would stay closed while engineers check "
           "the buildings for explosives."], "Idris Kane", "Northern Ledger", "Jan 30, 2022", "English", "2624400011"),
         ("Les enfants du camp de Roj rentrent en France",
          ["Douze enfants du camp de Roj, dans le nord-est de la Syrie, ont été rapatriés mardi, a annoncé le "
           "ministère des Affaires étrangères dans un communiqué.",
           "Les mères, qui les accompagnaient, ont été présentées à un juge antiterroriste dès leur arrivée."],
          "Hélène Marchal", "L'Écho de l'Est", "Feb 1, 2022", "French", "2624400012")]


def page():
    parts = ["<html><head><title>ProQuest Document View</title></head><body>",
             "<p>Report Information from ProQuest</p><p>February 03 2022 10:15</p>"]
    for k, (title, paragraphs, author, outlet, date, language, doc_id) in enumerate(TEXTS, 1):
        parts.append(f"<h2>Document {k} of {len(TEXTS)}</h2><h3>{title}</h3><p>Author: {author}</p>"
                     f"<p>Publication info: {outlet}; [{outlet}]. {date}.</p><p>Full text:</p>")
        parts += [f"<p>{p}</p>" for p in paragraphs]
        rows = [("Title", title), ("Author", author), ("Publication title", outlet), ("Publication date", date),
                ("Language of publication", language), ("ProQuest document ID", doc_id),
                ("Document URL", f"https://www.proquest.com/newspapers/docview/{doc_id}/se-2"),
                ("Database", "ProQuest Central")]
        parts.append("<h4>Details</h4><table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
                     + "</table>")
    parts.append("<p>Contact ProQuest</p></body></html>")
    return "".join(parts)


def test_a_proquest_html_export_with_its_details_in_a_table(cli, db_path, tmp_path):
    path = tmp_path / "ProQuestDocuments-2022-02-03.html"
    path.write_text(page(), encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet order by source_record"))
    assert [(r["title"], r["author"], r["outlet_name"], r["published"], r["language"]) for r in rows] == [
        ("Guards regain Ghuwayran prison after ten days", "Idris Kane", "Northern Ledger", "2022-01-30", "en"),
        ("Les enfants du camp de Roj rentrent en France", "Hélène Marchal", "L'Écho de l'Est", "2022-02-01", "fr")]
    assert rows[0]["body"].rstrip().endswith("check the buildings for explosives.")
    assert rows[1]["body"].rstrip().endswith("dès leur arrivée.")
