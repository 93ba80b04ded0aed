"""Round 33 (helper outlets33): a news database's source line is the paper's name without the
database's qualifiers; a weekend or sister title is its own outlet; services that deliver documents
are never the outlet; a short brand holding initials is written out where the page writes it in full;
an institution's name over its breadcrumb trail; a menu's entries and a section are no site name; a
mailbox that spells its owner's accented name. Invented texts and names throughout."""

import re

import pytest
from lxml import html

from archive.extract.crumb_mastheads import crumb_masthead, header_crumb_name
from archive.extract.outlet_data import outlet_table
from archive.extract.outlet_full_names import written_full_name
from archive.extract.outlet_names import canonical_outlet
from archive.extract.outlet_refusals import personal_sender
from archive.extract.page_names import named_site
from archive.readers.database_sources import publication_name
from tests.imported_outlet import imported_outlet


@pytest.mark.parametrize("line, name", [
    ("The Tidewater Ledger (Maine)", "The Tidewater Ledger"),
    ("Lakeshore Courier (Halifax, Nova Scotia)", "Lakeshore Courier"),
    ("Harbour Gazette (Online)", "Harbour Gazette"),
    ("The Harbour Gazette (London) - Final Edition", "The Harbour Gazette"),
    ("Valley Monitoring Europe - Political Supplied by Valley Worldwide Monitoring", "Valley Monitoring Europe"),
    ("Port Ellen Times (f/k/a The Port Ellen Mail) (Canada)", "Port Ellen Times"),
    ("Agence Lorvanienne de Presse -- English", "Agence Lorvanienne de Presse"),
    ("Sud Harbour - Bordeaux", "Sud Harbour - Bordeaux"),  # a dash inside a name is kept
    ("Radio Lakeside (FM 93.5)", "Radio Lakeside (FM 93.5)"),
])
def test_a_database_source_line_without_its_qualifiers(line, name):
    assert publication_name(line) == name


NEXIS = """Ferry crossing reopens after the storm
The Tidewater Ledger (Maine)
March 4, 2021 Thursday
Copyright 2021 Tidewater Media Company All Rights Reserved

Section: NEWS; Pg. A3
Length: 61 words
Byline: Ruth Calloway

Body

The ferry between the two harbour towns resumed its crossings on Wednesday after a week in which
high winds kept the boats tied up, the operator said.

Passengers queued from dawn, and the first boat left twenty minutes late with every seat taken.

Load-Date: March 5, 2021

End of Document
"""


def test_a_nexis_documents_outlet_is_its_publication_line_without_its_place(tmp_path):
    assert imported_outlet(tmp_path, "Files (1).txt", NEXIS) == "The Tidewater Ledger"


def test_a_weekend_title_is_its_own_outlet():
    assert canonical_outlet("The Sunday Times") == "The Sunday Times"
    assert canonical_outlet("The Times & The Sunday Times") == "The Times"  # the shared site's masthead
    assert canonical_outlet("Welt am Sonntag") == "Welt am Sonntag"
    weekend = {"sunday", "sonntag", "dimanche", "domingo", "domenica", "weekend"}
    folded = []  # an alias that is the daily's name with a weekend word added ("The Times": "The Sunday Times")
    for outlet in outlet_table().outlets:
        own = {w for w in outlet.name.casefold().split() if w not in ("the", "die", "der", "le", "la", "les", "el", "il")}
        for alias in outlet.aliases:
            words = set(alias.casefold().replace("am ", " ").split())
            if own <= words and words & weekend - own and not re.search(r"\s(?:&|and)\s", alias):
                folded.append((outlet.name, alias))
    assert not folded, f"weekend titles folded into their dailies: {folded}"


@pytest.mark.parametrize("service", ["Nexis Uni", "LexisNexis", "Factiva", "ProQuest", "Google Alerts", "Meltwater"])
def test_a_service_that_delivers_documents_is_no_outlet(service):
    assert canonical_outlet(service) is None


def test_a_short_brand_holding_initials_is_written_out_where_the_page_writes_it():
    lines = ["Le Journal du Dimanche", "12 mars 2022", "Copyright 2022 Le Journal du Dimanche"]
    assert written_full_name("Le JDD", lines) == "Le Journal du Dimanche"
    assert written_full_name("Le JDD", ["Le JDD", "12 mars 2022"]) is None


def test_an_institutions_name_over_its_home_trail():
    top = ["Republic of Lorvania", "Office of the Water Ombudsman", "Home > News > Statements",
           "Ombudsman asks for a review of the dam's inspections"]
    assert crumb_masthead(top, 3) == "Office of the Water Ombudsman"
    acronym = ["Lorvanian Security Intelligence Service", "LSIS", "Forside › Nyheder", "Threat assessment 2024"]
    assert crumb_masthead(acronym, 3) == "Lorvanian Security Intelligence Service"
    assert crumb_masthead(["World", "Home > World > Europe", "Talks resume"], 2) is None  # a section's label
    tree = html.fromstring("<html><head><title>Ruling on the appeal</title></head><body><header><nav><ul>"
                           "<li>Ministry of Justice of Lorvania</li><li>Court of Appeal of Port Ellen</li>"
                           "<li>Startseite &gt; Presse &gt; Mitteilungen</li></ul></nav></header>"
                           "<article><h1>Ruling on the appeal</h1><p>The court ruled.</p></article></body></html>")
    assert header_crumb_name(tree) == "Court of Appeal of Port Ellen"


TEXT_PAGE = """Office of the Water Ombudsman
Home › News
Ombudsman asks for a review of the dam's inspections
12 March 2024

The Office of the Water Ombudsman has asked the regional authority to review how the dam above the
valley is inspected, after residents reported cracks in the spillway last winter.

In a letter published on Tuesday, the ombudsman said the inspections had been carried out by the
same contractor for eleven years and that the reports did not record who had checked the concrete.

The authority said it would answer within a month.

Press contact: Office of the Water Ombudsman, press office
"""


def test_a_text_page_of_an_institution_names_it_by_the_line_over_its_trail(tmp_path):
    assert imported_outlet(tmp_path, "ombudsman-dam.txt", TEXT_PAGE) == "Office of the Water Ombudsman"


MENU_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le bac reprend ses traversées - lorvania.tv - Monde</title></head><body>
<div class="top">lorvania.tv</div><div class="top">Info</div><div class="top">Monde</div>
<div class="top">Sport</div><div class="top">Play Lorvania</div>
<article><h1>Le bac reprend ses traversées</h1><div class="meta">4 mars 2021</div>
<p>Le bac entre les deux ports a repris ses traversées mercredi après une semaine de vents forts.</p>
<p>Les passagers faisaient la queue dès l'aube et le premier bateau est parti avec vingt minutes de retard.</p>
</article><div class="foot">Lorvania Info - Radio Télévision Lorvanienne</div></body></html>"""


def test_a_menus_entries_and_a_titles_section_are_no_site_name():
    tree = html.fromstring(MENU_PAGE)
    assert named_site(tree, None) not in ("Monde", "Info", "Sport")


def test_a_mailbox_spelling_its_owners_accented_name_is_a_person():
    assert personal_sender("Zoë Ångström <zoe.angstrom@mail.example>")
    assert not personal_sender("Lakeside Ledger <news@lakesideledger.example>")



def test_an_unknown_publishers_initials_spelled_out_in_its_own_text():
    from archive.extract.outlet_full_names import spelled_initials

    text = ["Réunie lundi, la Commission lorvanienne des droits de l'enfant (CLDE) a adopté un avis.",
            "La CLDE demande le retour des enfants."]
    assert spelled_initials("CLDE", text) == "Commission lorvanienne des droits de l'enfant"
    assert spelled_initials("LWA", ["the Lakeside Water Authority (LWA) said", "the Lower Weir Agency (LWA)"]) is None


NEWSLETTER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Valley Brief — Issue 3</title>
</head><body><div class="top">View in browser</div><div class="top">Valley Brief</div>
<div class="top">A monthly letter on the valley's water and its politics</div>
<article><h1>Issue 3: The weir nobody repairs</h1><p>The weir above the town has leaked since spring.</p></article>
<div class="foot">You are receiving this because you subscribed to Valley Brief.</div></body></html>"""


def test_a_newsletters_top_bar_of_three_lines_is_no_menu():
    assert named_site(html.fromstring(NEWSLETTER), None) == "Valley Brief"


def test_a_press_offices_sender_named_by_the_body_its_release_heads():
    from archive.extract.outlet_full_names import spelled_initials

    release = ["LMWA Press Office", "REPUBLIC OF LORVANIA\nLorvanian Ministry of Water Affairs\nPRESS RELEASE",
               "Lorvanian Ministry of Water Affairs welcomes the new dam inspections"]
    assert spelled_initials("LMWA Press Office", release) == "Lorvanian Ministry of Water Affairs"
    other = ["LMWA Press Office", "REPUBLIC OF LORVANIA\nLorvanian Ministry of Water and Forests\nPRESS RELEASE"]
    assert spelled_initials("LMWA Press Office", other) is None  # another body's initials
