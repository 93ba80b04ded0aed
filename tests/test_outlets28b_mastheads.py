"""Round 28 (outlets28b): an outlet a whole page names once, by its masthead over a section menu or
by its language edition's line (archive/extract/menu_mastheads.py)."""

import sqlite_utils

from archive.extract.menu_mastheads import _name_shaped, language_edition, section_menu_line
from archive.pipeline import Importer
from archive.readers.text import parse_text_article
from indexer.sync import Archive

STORY = """{top}
Neue Fähre verbindet die beiden Ufer des Sees
Von Marta Lindner
4. März 2022, 09:10

Seit Montag fährt eine neue Fähre zwischen den beiden Ufern des Sees, teilte die Gemeinde am Dienstag mit. Sie fasst vierzig Fahrgäste und zwölf Fahrräder.

Die alte Fähre war nach dreißig Jahren im Dienst im Herbst stillgelegt worden, weil ihr Motor nicht mehr zu reparieren war.

Artikel teilen
Impressum | Datenschutz
"""


def _outlet(top: str):
    return parse_text_article(STORY.format(top=top), "/tmp/x/seite.txt").outlet


def test_the_name_over_a_section_menu_is_the_outlet(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "seite.txt").write_text(STORY.format(top="Seeufer Morgenblick\nPolitik  Wirtschaft  Sport  Kultur"),
                                      encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(inputs)])
    [outlet] = [row[0] for row in sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select o.name from articles a join outlets o on o.id = a.outlet")]
    assert outlet == "Seeufer Morgenblick"
    assert _outlet("Φωνή της Λίμνης\nΑρχική | Ελλάδα | Κόσμος | Οικονομία") == "Φωνή της Λίμνης"
    assert _outlet("صدای دریاچه\nسیاسی | اقتصادی | ورزشی") == "صدای دریاچه"


def test_a_language_editions_line_names_its_outlet():
    assert _outlet("The Lakeshore Daily Bugle - English edition\nLinz | Wels | Steyr | Enns") == "The Lakeshore Daily Bugle"
    assert language_edition("Édition française") and not language_edition("Weekend edition")


def test_no_name_from_furniture_a_fragment_or_a_bar_of_no_sections():
    assert _outlet("Hoppa till huvudinnehåll\nNyheter | Sport | Ekonomi | Kultur") is None  # a skip link
    assert not _name_shaped("BLICK") and not _name_shaped("Latest News")  # a logo's single word, sections' words
    assert _outlet("Seeufer Morgenblick\nLinz | Wels | Steyr | Enns") is None  # towns, no sections
    assert not section_menu_line("Subscribe | Log in")
