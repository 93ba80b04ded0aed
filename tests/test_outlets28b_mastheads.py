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


def test_a_wires_dateline_of_a_date_alone_names_the_wire():
    from archive.extract.outlet_signs import outlet_from_dateline

    assert outlet_from_dateline("Mar 3 (Harbour Line Wire) - Ferry operators on the lake said on Friday they would "
                                "cut winter sailings.") == "Harbour Line Wire"
    assert outlet_from_dateline("Mar 3 (Updated) - Ferry operators on the lake said on Friday.") is None


def test_a_first_line_naming_its_kind_in_persian_or_a_research_centres_name():
    page = ("روزنامه صبح دریاچه\nبازگشایی اسکله شمالی پس از تعمیر\nنویسنده: سارا احمدی\n۱۲ آذر ۱۴۰۲\n\n"
            "اسکله شمالی دریاچه پس از سه ماه تعمیر دوباره به روی قایق‌ها باز شد و مسافران از امروز می‌توانند از آن استفاده کنند.\n\n"
            "شهرداری گفت که هزینه تعمیر از بودجه سال آینده پرداخت خواهد شد.\n")
    assert parse_text_article(page, "/tmp/x/khabar.txt").outlet == "روزنامه صبح دریاچه"
    page = ("Centre for Lakeshore Studies | University of Elsewhere\nPOLICY NOTE No. 3\n"
            "Policy note: ferry fares and the island economy\nDr Ana Ruiz\nMay 2024 (published 6 May 2024)\n\n"
            "This note summarises interviews with thirty ferry passengers who travel to the mainland for work every week.\n\n"
            "Most said fares had risen faster than their wages since the operator changed.\n")
    assert parse_text_article(page, "/tmp/x/note.txt").outlet == "Centre for Lakeshore Studies"


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav">World  Politics  Sport</div>
<h1>Ferry returns to the island after winter repairs</h1>
<p>The island ferry returned to service on Monday after two months of repairs to its engine, the operator said.</p>
<p>Fares stay the same until the summer, when the timetable changes.</p>
</body></html>"""


def test_a_cms_title_of_headline_section_and_site_names_the_site():
    from archive.readers.html import parse_html

    title = "Ferry returns to the island after winter repairs | World | Lakeshore Evening Star"
    assert parse_html(HTML_PAGE.format(title=title), "/tmp/x/p.html").outlet == "Lakeshore Evening Star"
    title = "Ferry returns to the island after winter repairs | Jane Doe | Lakeshore Evening Star"
    assert parse_html(HTML_PAGE.format(title=title), "/tmp/x/p.html").outlet is None  # no section between


def test_a_brand_written_together_over_a_local_papers_menu():
    top = "LakeshoreOnline\nNews | Sport | Jobs | Property | Motors | What's On | Lakeshore Radio"
    assert _outlet(top) == "LakeshoreOnline"


def test_a_share_bars_verb_in_another_language_is_no_outlet():
    from archive.extract.outlet_refusals import furniture_name

    assert furniture_name("Udostępnij") and furniture_name("Teilen") and furniture_name("Paylaş")
    assert not furniture_name("La Stampa")


def test_a_subscribe_link_to_a_known_outlets_domain_is_no_longer_name():
    from archive.extract.outlet_guards import longer_masthead
    from archive.extract.outlet_refusals import furniture_name

    assert furniture_name("Subskrybuj rp.pl") and furniture_name("Subscribe lakeside.example")
    assert longer_masthead("Rzeczpospolita", ["Zaloguj się", "Subskrybuj rp.pl", "Świat"]) is None
    assert longer_masthead("Rzeczpospolita", ["Zaloguj się", "Nowa Rzeczpospolita", "Świat"]) == "Nowa Rzeczpospolita"
