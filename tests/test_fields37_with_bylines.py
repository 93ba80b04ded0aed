"""Round 37 (issue #13): a byline joining a writer to a second credit by the page's "with" ("avec",
"with", "mit": the byline openers data/byline_words.txt reads only before names joined): the
writer alone where the second credit is an agency the outlet data knows (the agency vouching for
a signature of initials), both writers where it is a person's name. Through the real CLI; texts
written for the test."""

import sqlite_utils

from archive.extract.byline_with import with_byline

TEXT = ("Local councils in the east of the province reopened two schools on Tuesday after repairs that took "
        "most of the winter, the education office said in a statement on its website.\n\n"
        "Teachers said attendance on the first day was higher than expected, with families returning from "
        "the villages where they had spent the cold months.\n")


def authors(cli, db_path, folder) -> dict:
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return {row["title"]: row["author"] for row in sqlite_utils.Database(db_path).query("select * from articles")}


def test_a_writer_with_an_agency(cli, db_path, tmp_path):
    (tmp_path / "ecoles.txt").write_text("Deux écoles rouvrent dans l'est de la province\n\nJ.D. avec AFP\n"
                                         "Publié le 12-03-2024 à 07h42\n\n" + TEXT, encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"Deux écoles rouvrent dans l'est de la province": "J.D."}


def test_two_writers_joined_by_with(cli, db_path, tmp_path):
    (tmp_path / "schools.txt").write_text("Two schools reopen in the east of the province\n\n"
                                          "Lea Moreau avec Karim Haddad (JRI)\n12 March 2024\n\n" + TEXT,
                                          encoding="utf-8")
    assert authors(cli, db_path, tmp_path) == {"Two schools reopen in the east of the province":
                                               "Lea Moreau and Karim Haddad"}


def test_lines_that_are_no_such_byline():
    assert with_byline("La rédaction avec AFP") is None  # no person before the word
    assert with_byline("Advertise with us") is None
    assert with_byline("Was passiert mit den Kindern?") is None
    assert with_byline("Bremerin mit drei Kindern aus Syrien zurückgekehrt") is None
    assert with_byline("J.D. avec Karim") is None  # initials need the agency's word for it
    assert with_byline("Jane Doe with AFP") == ("Jane Doe", None)
