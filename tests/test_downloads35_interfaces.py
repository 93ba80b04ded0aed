"""Nexis Uni downloads from its other interface languages: labels, the body marker and the "End of
Document" line in Spanish and French (archive/data/nexis_labels.txt), Spanish dates ("12 de abril
de 2021"), as DOCX and as a PDF bundle with a cover page and "Page n de N" footers."""

import docx
import sqlite_utils

from tiny_pdf import pdf_bytes

SPANISH = [
    ["Documentos (2)", "1. Guardias de Ghuwayran piden más apoyo", "2. Irak recibe a otras familias de al Hol"],
    ["Guardias de Ghuwayran piden más apoyo", "La Voz del Ebro", "3 de febrero de 2022 jueves",
     "Copyright 2022 Ediciones del Ebro S.L. Todos los derechos reservados", "Sección: MUNDO; Pág. 12",
     "Longitud: 240 palabras", "Firma: Irene Castaño", "Cuerpo",
     "Los guardias de la prisión de Ghuwayran, en Hasaka, piden más apoyo internacional una semana después del asalto.",
     "Las autoridades kurdas dicen que no pueden retener indefinidamente a miles de presos extranjeros.",
     "Fecha de carga: 4 de febrero de 2022", "Fin del documento"],
    ["Irak recibe a otras familias de al Hol", "Diario Atlántico", "18 de mayo de 2022 miércoles",
     "Copyright 2022 Diario Atlántico", "Sección: INTERNACIONAL", "Longitud: 190 palabras", "Firma: Pablo Ferrer",
     "Cuerpo", "Un nuevo convoy llevó el martes a unas cien familias iraquíes desde el campo de al Hol hasta un centro cerca de Mosul.",
     "Los responsables del campo dicen que aún quedan allí más de veinte mil iraquíes. Fin del documento"],
]

FRENCH_PDF = [
    "Utilisateur : Bibliothèque de recherche", "Date et heure : lundi 6 mai 2024 09:30:00 CEST", "Documents (2)",
    "1. Alouk : la station de pompage de nouveau à l'arrêt", "2. Hassaké : la prison sous haute surveillance",
    "Termes de recherche : Alouk OR Ghouayran", "\f",
    "Alouk : la station de pompage de nouveau à l'arrêt", "Le Courrier du Val", "23 août 2020 dimanche",
    "Copyright 2020 Le Courrier du Val Tous droits réservés", "Rubrique : MONDE", "Longueur : 210 mots",
    "Auteur : Hélène Marchal", "Corps",
    "La station de pompage d'Alouk, près de Ras al-Aïn, a de nouveau cessé de fonctionner cette semaine, privant "
    "des centaines de milliers d'habitants de la région de Hassaké d'eau potable pendant plusieurs jours.",
    "Les organisations humanitaires ont acheminé de l'eau par camions jusqu'au camp d'al-Hol, mais les quantités "
    "restent très en dessous des besoins, selon les responsables locaux qui demandent une solution durable.",
    "Date de chargement : 24 août 2020", "Fin du document", "\f",
    "Hassaké : la prison sous haute surveillance", "La Tribune de l'Ouest", "4 février 2022 vendredi",
    "Copyright 2022 La Tribune de l'Ouest", "Rubrique : INTERNATIONAL", "Longueur : 180 mots",
    "Auteur : Julien Morel", "Corps",
    "Les forces kurdes ont renforcé la surveillance autour de la prison de Ghouayran, à Hassaké, après dix jours "
    "de combats qui ont fait des centaines de morts selon leurs propres chiffres.",
    "Des familles de gardiens tués demandent une aide que l'administration locale dit ne pas pouvoir assurer seule, "
    "faute de moyens et de soutien de la coalition internationale.",
    "Date de chargement : 5 février 2022", "Fin du document",
]


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query(
        "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet "
        "order by source_path, source_record"))


def test_a_nexis_uni_docx_from_the_spanish_interface(cli, db_path, tmp_path):
    document = docx.Document()
    for block in SPANISH:
        for line in block:
            document.add_paragraph(line)
    path = tmp_path / "Files (2).DOCX"
    document.save(path)
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"], r["author"], r["length"]) for r in rows] == [
        ("Guardias de Ghuwayran piden más apoyo", "La Voz del Ebro", "2022-02-03", "Irene Castaño", 240),
        ("Irak recibe a otras familias de al Hol", "Diario Atlántico", "2022-05-18", "Pablo Ferrer", 190)]
    assert rows[0]["load_date"] == "2022-02-04" and rows[0]["language"] == "es"
    assert rows[0]["body"].startswith("Los guardias de la prisión") and "Fecha de carga" not in rows[0]["body"]
    assert rows[1]["body"].rstrip().endswith("más de veinte mil iraquíes.")  # the end marker glued to the text


def test_a_nexis_uni_pdf_bundle_from_the_french_interface(cli, db_path, tmp_path):
    path = tmp_path / "Fichiers (2).pdf"
    path.write_bytes(pdf_bytes(FRENCH_PDF, footer="Page {n} de {total}"))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"], r["author"]) for r in rows] == [
        ("Alouk : la station de pompage de nouveau à l'arrêt", "Le Courrier du Val", "2020-08-23", "Hélène Marchal"),
        ("Hassaké : la prison sous haute surveillance", "La Tribune de l'Ouest", "2022-02-04", "Julien Morel")]
    for row in rows:
        assert "Fin du document" not in row["body"] and "Date de chargement" not in row["body"]
        assert "Page 1 de" not in row["body"] and "Termes de recherche" not in row["body"]


FACTIVA_PDF = [
    "Court in The Hague hears woman returned from Roj", "By Femke de Vries", "512 words", "14 November 2022",
    "Haagse Avondpost", "HAAGAV", "English", "(c) 2022 Haagse Avondpost B.V. All rights reserved.",
    "A woman who lived for three years in the Roj camp in north-east Syria went on trial in The Hague on Monday, "
    "charged with membership of a terrorist organisation.",
    "Prosecutors said she had travelled to Syria in 2015 with her husband and two children and lived in Raqqa "
    "until the city fell.",
    "Document HAAGAV0020221114eibe0000b", "\f",
    "Belgium plans another flight from the camps", "892 words", "3 February 2023", "Flanders Morning", "FLMO",
    "English", "Copyright 2023 Flanders Morning NV",
    "Belgium is preparing to bring home more women and children from camps in north-east Syria, the justice "
    "minister said on Friday.",
    "About a dozen mothers and their children are expected on the flight, which officials said would leave in the "
    "coming months.",
    "Document FLMO000020230203ej230000c", "\f",
    "Search Summary", "Text: Roj OR al-Hol", "Date: 01/01/2022 to 12/31/2023", "Source: All Sources",
    "Results Found: 2", "Timestamp: 6 May 2024 9:30",
]


def test_a_factiva_pdf_whose_footer_ends_a_sentence(cli, db_path, tmp_path):
    path = tmp_path / "Factiva-20240506-0930.pdf"
    path.write_bytes(pdf_bytes(FACTIVA_PDF, footer="Page {n} of {total} © 2024 Factiva, Inc. All rights reserved."))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"]) for r in rows] == [
        ("Court in The Hague hears woman returned from Roj", "Haagse Avondpost", "2022-11-14"),
        ("Belgium plans another flight from the camps", "Flanders Morning", "2023-02-03")]
    assert all("Factiva, Inc." not in r["body"] for r in rows)


def test_a_nexis_pdf_whose_pages_carry_their_documents_title(cli, db_path, tmp_path):
    """Each page after the cover heads with the title of the document it holds: no line recurs on
    most pages, yet the heads are no text (each stands in the header's band, over the text, and
    repeats a line opening an earlier page or its own page's title)."""
    titles = ["Guards at Ghuwayran ask for more help", "Alouk water station stops again in the heat"]
    first = [f"Guards at the Ghuwayran prison in Hasakah described day {k} after the attack, when they searched "
             f"the dormitories one by one and counted the men who remained inside the walls." for k in range(1, 9)]
    second = [f"On day {k} the Alouk station near Ras al-Ain pumped nothing, and families in Hasakah and the al-Hol "
              f"camp waited for water trucks that came late and left too soon." for k in range(1, 9)]
    lines = (["Date and Time: Monday, May 6, 2024 9:30:00 AM CEST", "Documents (2)", f"1. {titles[0]}",
              f"2. {titles[1]}", "Search Terms: Ghuwayran OR Alouk", "\f",
              titles[0], "Northfield Gazette", "January 28, 2022 Friday", "Copyright 2022 Northfield Gazette Inc.",
              "Section: WORLD; Pg. A9", "Length: 412 words", "Byline: Martin Okoye", "Body"] + first
             + ["Load-Date: January 29, 2022", "End of Document", "\f",
                titles[1], "Eastbay Ledger", "August 20, 2020 Thursday", "Copyright 2020 Eastbay Ledger",
                "Section: NEWS", "Length: 301 words", "Byline: Chloe Brandt", "Body"] + second
             + ["Load-Date: August 21, 2020", "End of Document"])
    current = {}

    def head(number, page):
        current["title"] = next((line for line in page if line in titles), current.get("title"))
        return current["title"] if number > 1 else None

    path = tmp_path / "Files (2).PDF"
    path.write_bytes(pdf_bytes(lines, header=head, lines_per_page=40))
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    rows = stored(db_path)
    assert [(r["title"], r["outlet_name"], r["published"]) for r in rows] == [
        (titles[0], "Northfield Gazette", "2022-01-28"), (titles[1], "Eastbay Ledger", "2020-08-20")]
    assert [len(r["body"].split("\n\n")) for r in rows] == [8, 8]
    assert all(title not in row["body"] for row in rows for title in titles)


def test_a_factiva_export_of_one_article_from_the_spanish_interface(cli, db_path, tmp_path):
    """A headline list of one entry over the article ("Titulares"): the headline is the article's
    own line over its byline, which the list's entry repeats, not the list's heading."""
    path = tmp_path / "Factiva-20240506-0930.txt"
    path.write_text(
        "Titulares\n\nLos kurdos piden ayuda para la prisión de Hasaka -- La Gaceta del Norte, 2 de febrero de 2022\n\n"
        "Los kurdos piden ayuda para la prisión de Hasaka\nPor Marta Solís\n412 palabras\n2 de febrero de 2022\n"
        "La Gaceta del Norte\nGACNOR\nEspañol\n© 2022 La Gaceta del Norte S.A. Todos los derechos reservados.\n\n"
        "Las autoridades kurdas del noreste de Siria pidieron el martes más ayuda internacional para custodiar la "
        "prisión de Ghuwayran, en Hasaka, una semana después del asalto.\n\n"
        "Según la administración local, más de cien guardias murieron durante los combates.\n\n"
        "Documento GACNOR0020220202ei2200005\n\nResumen de búsqueda\nTexto: Hasaka\n", encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert (row["title"], row["outlet_name"], row["published"], row["author"], row["language"]) == (
        "Los kurdos piden ayuda para la prisión de Hasaka", "La Gaceta del Norte", "2022-02-02", "Marta Solís", "es")
    assert row["body"].rstrip().endswith("murieron durante los combates.")
