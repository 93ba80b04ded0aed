"""Factiva articles whose header opens with the section's name (issue #13, round 36): "World" or
"Internacional" over the headline is the section, never the title; in a PDF a headline the page
wrapped over two lines is one headline; a credit line between the headline and the word count (an
agency's, a writer's name no byline word opens) is the article's credit."""

import sqlite_utils

from tiny_pdf import pdf_bytes

PARAGRAPHS = ["Guards at the Ghuwayran prison in al-Hasakah said on Sunday that the last group of gunmen holding out "
              "in the dormitories had surrendered after ten days of fighting.",
              "The local administration said that the district around the prison would stay closed while engineers "
              "check the buildings for explosives left behind by the attackers."]


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_factiva_pdf_with_sections_over_wrapped_headlines(cli, db_path, tmp_path):
    long_title = ("Last gunmen surrender at Ghuwayran prison as engineers begin to search the dormitories of the "
                  "northern wing")
    cut = long_title.index(" northern wing")  # the page's line ends there: its last words on the next line
    lines = ["World", long_title[:cut], long_title[cut + 1:], "Idris Kane", "431 words", "30 January 2022", "Northern Ledger", "NORLED", "English",
             "Copyright 2022 Northern Ledger Ltd. All rights reserved."] + PARAGRAPHS + [
             "Document NORLED0020220130ei1u0000a", "\f",
             "Middle East", "Roj camp hands twelve children to their mothers' country", "Mira Sandoval", "388 words",
             "1 February 2022", "Valley Courier", "VALCOU", "English", "(c) 2022 Valley Courier"] + [
             "Twelve children from the Roj camp crossed into Iraqi Kurdistan at Semalka on Tuesday, handed over by "
             "the north-east Syria administration to a delegation from their mothers' country.",
             "A camp official said the children had waited more than a year for their papers."] + [
             "Document VALCOU0020220201ei210000b", "\f", "Search Summary", "Text: Ghuwayran OR Roj",
             "Results Found: 2"]
    path = tmp_path / "Factiva-20220202-1015.pdf"
    path.write_bytes(pdf_bytes(lines, width=70))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["author"], r["outlet_name"], r["published"]) for r in rows] == [
        (long_title, "Idris Kane", "Northern Ledger", "2022-01-30"),
        ("Roj camp hands twelve children to their mothers' country", "Mira Sandoval", "Valley Courier", "2022-02-01")]


def test_a_factiva_text_export_with_a_section_over_the_headline_and_a_credit_under_it(cli, db_path, tmp_path):
    path = tmp_path / "Factiva-Export.txt"
    path.write_text(
        "Internacional\nSe rinden los últimos atacantes de la cárcel de Ghuwayran\nAgencia EFE\n301 palabras\n"
        "30 enero 2022\nDiario del Levante\nDIALEV\nEspañol\n© 2022 Diario del Levante. Todos los derechos reservados.\n\n"
        "Los guardias de la cárcel de Ghuwayran, en Hasaka, dijeron el domingo que el último grupo de atacantes "
        "atrincherado en los dormitorios se había rendido tras diez días de combates.\n\n"
        "La administración local mantendrá cerrado el barrio mientras los ingenieros revisan los edificios.\n\n"
        "Documento DIALEV0020220130ei1u00001\n\n", encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["language"]) == (
        "Se rinden los últimos atacantes de la cárcel de Ghuwayran", "Diario del Levante", "2022-01-30", "es")
    assert row["author"] in (None, "Agencia EFE")  # an agency's credit: the import may leave it out
    assert row["body"].startswith("Los guardias de la cárcel de Ghuwayran")
