"""Round 39 (issue #13): a page's tag links copied as text stand two spaces apart in a row under the
story ("Siria  Yihadismo  Terrorismo"), read as the row of tags the story names (a row under a heading
of its own, "Mehr zum Thema", is related links); a collector's note of where a story came from ("Outlet: Fair Trials (NGO)",
"Source : Public Sénat", "Link: https://..."), a field of a record's names, is never its headline.
Through the real CLI; texts written for the test."""

import json

import sqlite_utils

from archive.extract.tag_shapes import named_row
from archive.extract.title_guards import field_line

STORY = ("El Gobierno ha repatriado a dos mujeres y a trece menores que permanecían en el campo de Roj, en el "
         "noreste de Siria, según fuentes del Ministerio del Interior.\n\n"
         "Las dos mujeres fueron detenidas a su llegada por su presunta relación con el yihadismo y puestas a "
         "disposición de la Audiencia Nacional, que las investiga por terrorismo.\n\n"
         "Los menores quedarán bajo la tutela de los servicios de protección, que evaluarán con qué familiares "
         "pueden vivir a partir de ahora en España.\n")


def rows(cli, db_path, folder) -> list:
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return list(sqlite_utils.Database(db_path).query("select title, tags from articles"))


def test_a_row_of_tags_two_spaces_apart_under_the_story(cli, db_path, tmp_path):
    (tmp_path / "story.txt").write_text(
        "España repatría a dos mujeres y trece menores del campo sirio de Roj\n\n" + STORY
        + "\nSiria  Yihadismo  Terrorismo\n", encoding="utf-8")
    [row] = rows(cli, db_path, tmp_path)
    assert json.loads(row["tags"]) == ["Siria", "Yihadismo", "Terrorismo"]


def test_rows_by_shape():
    text = "clashes spread in eastern syria as the middle east watches; home office figures"
    assert named_row("Syria  Middle East", text) == ["Syria", "Middle East"]
    assert named_row("News  Sport  Weather", text) is None  # a menu the story does not name
    assert named_row("Syria / Middle East", text) is None  # a slash parts a dateline's place and outlet as often
    assert named_row("Syria and the Middle East", text) is None  # no separator: a line of words


def test_a_row_under_a_heading_of_its_own_is_related_links(cli, db_path, tmp_path):
    (tmp_path / "story.txt").write_text(
        "España repatría a dos mujeres y trece menores del campo sirio de Roj\n\n" + STORY
        + "\nMás sobre el tema\nSiria  Yihadismo  Terrorismo\n", encoding="utf-8")
    [row] = rows(cli, db_path, tmp_path)
    assert json.loads(row["tags"]) == []


def test_a_collectors_note_is_no_headline(cli, db_path, tmp_path):
    headline = "Iraq: death sentences for French nationals transferred from Syria raise concerns"
    (tmp_path / "note.txt").write_text(
        "Outlet: Fair Trials (NGO)\nURL: https://www.fairtrials.org/articles/news/iraq/\nAccessed: 2019-06-20\n\n"
        f"Fair Trials\nNews\n{headline}\n4 June 2019\n\n"
        "Courts in Baghdad have sentenced several French nationals to death for membership of the Islamic State "
        "after they were transferred from the custody of Kurdish-led forces in Syria earlier this year.\n\n"
        "Defence lawyers and observers reported that the hearings lasted less than an hour and that the "
        "defendants said they had been mistreated during interrogation by the Iraqi authorities.\n",
        encoding="utf-8")
    [row] = rows(cli, db_path, tmp_path)
    assert row["title"] == headline


def test_field_lines_by_shape():
    assert field_line("Outlet: Fair Trials (NGO)")
    assert field_line("Source : Public Sénat")
    assert field_line("Link: https://www.nd-aktuell.de/ (abgerufen am 05.02.2021)")
    assert field_line("المصدر: رويترز")
    assert field_line("Accessed: 2019-06-20")  # the day it was captured
    assert not field_line("Syria: Humanitarian Update")  # a headline's topic before its colon
    assert not field_line("Media: BBC accused of bias over its coverage of the camps")  # a headline's words
    assert not field_line("Date: 4 June 2019")  # a date line: the date guards read it
    assert not field_line("Title: Camps in Syria")


def test_a_to_do_list_of_links_is_no_article(cli, db_path, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "links to check.txt").write_text(
        "TODO - links to read / archive before they vanish\n\n"
        "[ ] https://www.example.org/ar/2020/07/08/feature/  -> already saved? check folder camps/\n"
        "[ ] apache terugkeer juli 2021 — cijfers kinderen\n"
        "[x] benarnews indonesia feb 2020\n"
        "[ ] https://www.example.de/politik/  (Hasaka, 26.01.)\n"
        "[ ] find the PDF full version (pp. 1-3 missing!!)\n", encoding="utf-8")
    result = cli("import", db_path, folder, "--silent")
    assert "0 imported" in result.output and "1 failed" in result.output, result.output


def test_link_notes_by_shape():
    from archive.extract.gate_pages import _link_notes

    assert _link_notes(["links to check", "https://a.example/ - find date https://b.example/ - have it",
                        "TODO: ask Dana about the archive", "chawder - Sorani piece (check)"])
    story = ("The rapporteur said that conditions in the camps remained incompatible with the most basic "
             "standards of human dignity and called for the children's return.")
    assert not _link_notes(["Sources", "https://a.example/ - report", "https://b.example/ - data", story])
    assert not _link_notes(["Links", "https://a.example/", "a line of its own", "another line", "and one more"])


def test_a_section_index_by_shape():
    from archive.extract.gate_pages import headline_list

    assert headline_list(["Middle East", "Iraq brings home families from al-Hol camp",
                          "Kurdish authorities hand over fighters to Baghdad", "Who guards the prisons?",
                          "Load more stories"])
    assert not headline_list(["Iraq brought home 150 families from al-Hol camp on Tuesday.", "More will follow.",
                              "The ministry said so.", "Officials agreed."])  # sentences: a story, however short
    assert not headline_list(["Middle East", "Iraq brings home families"])  # too few lines to say
