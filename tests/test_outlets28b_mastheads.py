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


FOOTED = """Ferry timetable changes for the winter months
By Tom Reyes | Monday, November 6th 2023

The lake ferry will run every ninety minutes from December, the operator said on Monday, as fewer passengers travel in the cold months.

Weekend sailings keep their summer times, and the last boat leaves the north pier at eight in the evening.

{foot}
"""


def _foot_outlet(foot: str):
    return parse_text_article(FOOTED.format(foot=foot), "/tmp/x/ferry.txt").outlet


def test_a_footer_of_segments_names_the_holder_of_its_bare_notice():
    assert _foot_outlet("Topics: Transport\nThe Lakeshore Courier | Copyright 2023 | Terms of use") == "The Lakeshore Courier"
    assert _foot_outlet("Copyright 2023 | Terms of use | Privacy policy") is None


def test_a_source_line_closing_a_copied_text_names_its_outlet():
    assert _foot_outlet("Source: Lakeshore Evening Courier\nShared from a group chat") == "Lakeshore Evening Courier"
    assert _foot_outlet("Source: news agencies") is None
    assert _foot_outlet("Source: Lake Radio / Hill Press") is None


def test_a_tagline_saying_what_kind_of_publication_names_it():
    page = ("Harbour Lights Hour - a podcast about the towns along the coast\nEpisode 12: The last ferryman\n"
            "Hosted by Ana Ruiz | 3 May 2023\n\nANA RUIZ: Welcome back to the show. Today I talk to the man "
            "who ran the ferry for forty years before the bridge opened.\n\nGUEST: It was a good life, and a cold one.\n")
    assert parse_text_article(page, "/tmp/x/episode.txt").outlet == "Harbour Lights Hour"
    page = page.replace(" - a podcast about the towns along the coast", " - the towns along the coast")
    assert parse_text_article(page, "/tmp/x/episode.txt").outlet is None
