"""Round 37 (issue #13): a document's kind written over the headline ("COMMUNIQUÉ DE PRESSE",
"Comunicado de prensa") is a label no one signs, never the byline: header_labels.txt [no_name_words]
has the words of a press release in the press's languages, and a credit's particles ("de", "di")
between such words name nobody either (byline_desks.names_nobody). Through the real CLI."""

import sqlite_utils

from archive.extract.byline_desks import names_nobody

TEXT = ("Dakar, 21 novembre 2023 – Le bureau régional a réuni cette semaine une trentaine de magistrats de la "
        "région pour un atelier consacré aux dossiers des personnes revenues des zones de conflit.\n\n"
        "Les participants ont examiné les règles de preuve applicables et les garanties dues aux accusés, "
        "a indiqué le bureau dans un communiqué publié à l'issue de la rencontre.\n")


def test_a_press_releases_label_over_the_headline_names_nobody(cli, db_path, tmp_path):
    (tmp_path / "communique.txt").write_text("Bureau régional des Nations Unies\n\nCOMMUNIQUÉ DE PRESSE\n\n"
                                             "Des magistrats formés au traitement des dossiers de retour\n\n" + TEXT,
                                             encoding="utf-8")
    result = cli("import", db_path, tmp_path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = list(sqlite_utils.Database(db_path).query("select * from articles"))
    assert row["author"] is None


def test_names_with_particles_are_still_names():
    assert names_nobody("Communiqué de presse") and names_nobody("Comunicado de prensa")
    assert not names_nobody("Jean de Presse") and not names_nobody("Di Maria")
