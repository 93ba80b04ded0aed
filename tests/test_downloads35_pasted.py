"""A researcher's own file of articles pasted one after another (Word, RTF, text): each article a
headline over its "Outlet, date" and byline lines and its paragraphs, a page break or nothing
between them, the file's own heading over the first. One article each, through the real CLI."""

import docx
import sqlite_utils
from docx.enum.text import WD_BREAK

ARTICLES = [
    ("Norway brings home three women from Roj camp", "Fjord Evening News, 9 March 2023", "By Ingrid Solberg",
     ["Three Norwegian women and their seven children who had been held in the Roj camp in north-east Syria "
      "landed at Gardermoen on Thursday, the foreign ministry said.",
      "The women were questioned by police on arrival, and prosecutors said they would decide within weeks "
      "whether to charge them."]),
    ("Fire destroys tents in al-Hol annex", "Harbour Gazette | 2 April 2023", "By Selin Korkmaz",
     ["A fire destroyed more than twenty tents in the annex of the al-Hol camp on Sunday, camp officials said, "
      "and two children were treated for burns.",
      "The cause of the fire was not known, but officials said cooking stoves had started several fires this year."]),
]
EXPECTED = [("Norway brings home three women from Roj camp", "Fjord Evening News", "2023-03-09", "Ingrid Solberg"),
            ("Fire destroys tents in al-Hol annex", "Harbour Gazette", "2023-04-02", "Selin Korkmaz")]


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_word_file_of_pasted_articles_is_one_article_each(cli, db_path, tmp_path):
    document = docx.Document()
    document.add_paragraph("Press clippings: NE Syria camps, spring 2023")
    for k, (title, cited, byline, paragraphs) in enumerate(ARTICLES):
        document.add_heading(title, level=2)
        document.add_paragraph(cited)
        document.add_paragraph(byline)
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        if k == 0:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = tmp_path / "clippings spring 2023.docx"
    document.save(path)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"], r["author"]) for r in rows] == EXPECTED
    assert [r["source_record"] for r in rows] == [1, 2]
    assert rows[0]["body"].startswith("Three Norwegian women") and "Press clippings" not in rows[0]["body"]
    assert rows[1]["body"].rstrip().endswith("several fires this year.")


def test_a_text_file_of_pasted_articles_and_a_single_article_beside_it(cli, db_path, tmp_path):
    text = "\n\n".join("\n".join([title, cited, byline]) + "\n\n" + "\n\n".join(paragraphs)
                       for title, cited, byline, paragraphs in ARTICLES)
    (tmp_path / "pasted.txt").write_text(text, encoding="utf-8")
    (tmp_path / "single.txt").write_text(
        "Water trucks return to al-Hol\nValley Courier, 5 May 2023\nBy Rana Haddad\n\n"
        "Water trucks returned to the al-Hol camp on Friday after a week in which deliveries had stopped, "
        "camp officials said.\n\nAid groups said the camp needed a pipeline, not trucks.\n", encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    pasted = [r for r in rows if r["source_path"].endswith("pasted.txt")]
    assert [(r["title"], r["outlet_name"], r["published"], r["author"]) for r in pasted] == EXPECTED
    [single] = [r for r in rows if r["source_path"].endswith("single.txt")]  # one head: one article, as before
    assert (single["title"], single["author"]) == ("Water trucks return to al-Hol", "Rana Haddad")
