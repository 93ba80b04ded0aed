"""Round 36 (fields36's hooks H1, H2; add with them): a monitoring export's tags column that repeats the
search's terms on every row stores no tags; a Factiva document whose credit line over the word count
names no reporter ("AFP") is titled with its headline, not the section over it. Files written for the test."""

import csv
import io

import sqlite_utils

BODY = ("Kurdish-led forces said on Monday that they had retaken the whole of the Ghuwayran prison in Hasakah, "
        "ten days after it was stormed by gunmen of the Islamic State group.\n\nA spokesman said the last gunmen "
        "had surrendered in the basement, and that several hundred detainees had been moved to other sites.")


def stored(db_path):
    return list(sqlite_utils.Database(db_path).query("select * from articles order by source_record"))


def _export(rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Date", "Headline", "URL", "Full Text", "Source", "Keywords"])
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()


def test_the_search_terms_on_every_row_are_no_tags(cli, db_path, tmp_path):
    rows = [[f"2{n}-Jan-2022 09:14AM", f"Prison siege in Hasakah, day {n}", f"https://tribune.example/{n}",
             BODY.replace("Monday", day), "Plains Tribune", "Hasakah, prison"]
            for n, day in ((1, "Monday"), (2, "Tuesday"), (3, "Wednesday"))]
    path = tmp_path / "meltwater.csv"
    path.write_text(_export(rows), encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    assert [row["tags"] for row in stored(db_path)] == ["[]", "[]", "[]"]


def test_each_story_s_own_tags_are_kept(cli, db_path, tmp_path):
    rows = [[f"2{n}-Jan-2022 09:14AM", f"Prison siege in Hasakah, day {n}", f"https://tribune.example/{n}",
             BODY.replace("Monday", day), "Plains Tribune", tags]
            for n, day, tags in ((1, "Monday", "Hasakah, prison"), (2, "Tuesday", "SDF, Hasakah"),
                                 (3, "Wednesday", "detainees"))]
    path = tmp_path / "meltwater.csv"
    path.write_text(_export(rows), encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    assert [row["tags"] for row in stored(db_path)] == ['["Hasakah", "prison"]', '["SDF", "Hasakah"]', '["detainees"]']


FACTIVA = """Politik
Fast 500 Tote nach IS-Angriff auf Gefängnis
AFP
159 words
31 January 2022
Stuttgarter Nachrichten
STGNAC
German
(c) 2022 Stuttgarter Nachrichten. Alle Rechte vorbehalten.

Bei dem Angriff der Terrormiliz Islamischer Staat auf ein Gefängnis im Nordosten Syriens sind nach Angaben der Kurden fast 500 Menschen getötet worden.

Die Kämpfe hatten zehn Tage gedauert, bis die letzten Angreifer sich im Keller des Gefängnisses ergaben.

Document STGNAC0020220131ei1v0000b
"""


def test_a_factiva_headline_over_an_agency_credit(cli, db_path, tmp_path):
    path = tmp_path / "Factiva-20220131-0915.txt"
    path.write_text(FACTIVA, encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert row["title"] == "Fast 500 Tote nach IS-Angriff auf Gefängnis"
    assert row["author"] is None


def test_a_factiva_copyright_line_written_c_copyright_is_no_part_of_the_text(cli, db_path, tmp_path):
    # bodies36's hook: "(c) Copyright 2022 ..." is the copyright line as "(c) 2022 ..." is
    path = tmp_path / "Factiva-20220131-0916.txt"
    path.write_text(FACTIVA.replace("STGNAC\n", "").replace(
        "(c) 2022 Stuttgarter Nachrichten. Alle Rechte vorbehalten.",
        "(c) Copyright 2022 Stuttgarter Nachrichten. Alle Rechte vorbehalten."), encoding="utf-8")
    result = cli("import", db_path, path, "--silent")
    assert result.exit_code == 0, result.output
    [row] = stored(db_path)
    assert "Copyright" not in row["body"] and row["body"].startswith("Bei dem Angriff")
    assert row["copyright"].startswith("(c) Copyright 2022 Stuttgarter Nachrichten")
