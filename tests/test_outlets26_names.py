"""Round 26 (outlets26): outlets a page names in ways the rules missed: only by its own address,
by an acronym beside its expansion, under a logo block of stacked single words."""

from __future__ import annotations

from archive.extract.article import build_article
from archive.readers.text import parse_text_article

ADDRESS_PAGE = """Home    Stories    Maps    About

Stories ›

Pumping station on the Lakeland river stops again

3 days ago · 2 min read

The pumping station that feeds the towns along the Lakeland river stopped on Monday for the third time this month, engineers said.

Crews blamed a shortage of spare parts and said repairs could take a week while families buy water from tankers.

Filed under: Water

— Omar Tal

Posted 9 March 2024
Permalink: https://www.lakelandwatchdesk.org/stories/pumping-station
"""


def _article(text: str, name: str = "/tmp/x/page.txt"):
    return build_article(parse_text_article(text, name))


def test_domain_label_read_as_words_the_page_and_word_data_give():
    from archive.extract.domain_names import domain_outlet

    lines = ADDRESS_PAGE.splitlines()
    assert domain_outlet(lines[:4], lines[-8:], lines) == "Lakeland Watch Desk"


def test_page_named_only_by_its_permalink_gets_the_sites_name():
    assert _article(ADDRESS_PAGE).outlet == "Lakeland Watch Desk"


def test_label_that_reads_as_no_words_names_no_outlet_on_a_latin_page():
    from archive.extract.domain_names import domain_outlet

    text = ADDRESS_PAGE.replace("lakelandwatchdesk.org", "qorvexilnu.net")
    lines = text.splitlines()
    assert domain_outlet(lines[:4], lines[-8:], lines) is None  # round 28: a bare address is no name


def test_social_network_address_names_no_outlet():
    from archive.extract.domain_names import domain_outlet

    text = ADDRESS_PAGE.replace("https://www.lakelandwatchdesk.org/stories/pumping-station",
                                "https://www.facebook.com/some.page/posts/1")
    lines = text.splitlines()
    assert domain_outlet(lines[:4], lines[-8:], lines) is None


def test_two_hosts_at_the_edges_name_none():
    from archive.extract.domain_names import own_host

    assert own_host(["https://lakelandwatchdesk.org/a"], ["Source: https://www.otherhilltimes.com/b"]) is None
    assert own_host([], ["Source: https://www.otherhilltimes.com/b"]) == "otherhilltimes.com"


def test_segmentation_prefers_one_reading_and_refuses_ties():
    from archive.extract.domain_names import segment

    assert segment("riverdailytimes", {"river": "River"}) == ["River", "Daily", "Times"]
    assert segment("xq", {}) is None


ACRONYM_PAGE = """LRC

Home | News | Programmes | Listen Live

Evening Report

Evening Report: Ferry service across the lake resumes

Reporter: Dana Kell

Aired 05/03/2023

The ferry that links the two shores of the lake resumed its crossings on Tuesday after a month of repairs to its engine.

Passengers said the crossing saves them two hours of driving around the shore each way.

Download the LRC app | Listen Live
© 2024 Lakeland Radio Corporation
"""


def test_acronym_masthead_named_by_the_copyright_lines_expansion():
    assert _article(ACRONYM_PAGE).outlet == "Lakeland Radio Corporation"


def test_acronym_beside_its_expansion_keeps_the_whole_expansion():
    from archive.extract.outlet_acronyms import expanded
    from archive.extract.outlet_guards import PageLines

    page = PageLines([], [], [])
    known = lambda name: False  # noqa: E731
    assert expanded("LRC - Lakeland Radio", "LRC - Lakeland Radio Corporation", page,
                    known, known) == "Lakeland Radio Corporation"
    assert expanded("LRC", "LRC", PageLines([], [], ["Follow the Lakeland Radio Council on social media"]),
                    known, known) == "Lakeland Radio Council"
    assert expanded("Hill Post", "Hill Post", page, known, known) == "Hill Post"


def test_expansion_skips_lower_case_joining_words_of_any_language():
    from archive.extract.outlet_acronyms import expansions

    assert expansions("RTL", ["Siga-nos · Rádio e Televisão de Lagoa"]) == ["Rádio e Televisão de Lagoa"]
    assert expansions("RTL", ["RADIO TELE LAGOA"]) == []


def test_stacked_motto_words_yield_to_the_body_named_under_them():
    from archive.extract.masthead_stacks import unstacked

    lines = ["Unité", "Travail", "Progrès", "Ministère de l'Eau de Lagoa", "Accueil > Actualités",
             "Communiqué", "Lagoa – Reprise du pompage", "Publié le 3 mai 2023", "Le pompage reprend."]
    known = {"Unité": "Unité"}.get  # a newspaper named like the motto's first word
    assert unstacked("Unité", "Unité", lines, known) == "Unité"  # the ministry is no kind the data lacks
    kinds = lambda name: {"Unité": "Unité"}.get(name)  # noqa: E731
    lines[3] = "Ministère de l'Eau et de l'Énergie de Lagoa"
    assert unstacked("Unité", "Unité", lines, kinds) in ("Unité", "Ministère de l'Eau et de l'Énergie de Lagoa")
    lines[3] = "Lagoa Water Ministry"
    assert unstacked("Unité", "Unité", lines, kinds) == "Lagoa Water Ministry"
    assert unstacked("Unité", "Unité", ["Unité", "Lagoa Water Ministry"], kinds) == "Unité"  # no block: one word


def test_wire_credit_alone_under_the_date_yields_to_a_known_masthead():
    from archive.extract.wire_credits import masthead_over_wire

    lines = ["Hürriyet Haber", "Dünya", "Gölde yeni feribot seferi başladı", "03.02.2025 - 10:12", "AA",
             "Göl kıyısındaki iki kasaba arasında feribot seferleri yeniden başladı."]
    assert masthead_over_wire("Anadolu Agency", "AA", lines) == "Hürriyet"
    assert masthead_over_wire("Anadolu Agency", "AA", ["Gölde yeni sefer"] + lines[3:]) is None  # no masthead
    assert masthead_over_wire("Hürriyet", "Hürriyet", lines) is None  # no wire


def test_greek_or_cyrillic_article_stores_the_datas_spelling_in_its_script():
    from archive.extract.outlets import article_outlet_name

    assert article_outlet_name("Ta Nea", "Η κυβέρνηση ανακοίνωσε σήμερα την επιστροφή δύο οικογενειών.") == "Τα Νέα"
    assert article_outlet_name("Izvestia", "Правительство сообщило сегодня о возвращении двух семей.") == "Известия"
    assert article_outlet_name("Ta Nea", "The government said today that two families came home.") == "Ta Nea"
    assert article_outlet_name("Ta Nea", "Η κυβέρνηση ανακοίνωσε σήμερα.", "latin") == "Ta Nea"


def test_copyright_holder_written_as_a_site_names_the_outlet_as_written():
    text = ADDRESS_PAGE.replace("Permalink: https://www.lakelandwatchdesk.org/stories/pumping-station",
                                "Copyright 1999-2006 LakeWatchDesk.com. Views are the writers' own.")
    assert _article(text).outlet == "LakeWatchDesk.com"


def test_known_acronym_takes_the_datas_expansion_the_page_writes_outside_a_copyright_line():
    from archive.extract.outlet_acronyms import expanded
    from archive.extract.outlet_guards import PageLines

    canonical = {"Rádio e Televisão de Portugal": "RTP", "Cable News Network": "CNN"}.get
    known = lambda name: name in ("RTP", "CNN")  # noqa: E731
    page = PageLines([], [], ["Siga-nos nas redes · Rádio e Televisão de Portugal"])
    assert expanded("RTP", "RTP", page, known, canonical) == "Rádio e Televisão de Portugal"
    page = PageLines([], [], ["© 2024 Cable News Network. All Rights Reserved."])
    assert expanded("CNN", "CNN", page, known, canonical) == "CNN"  # the company's legal name
