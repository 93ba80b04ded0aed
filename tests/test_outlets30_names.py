"""The readers of names and signs changed in round 30 (helper outlets30), one shape each."""

from archive.extract.outlet_names import canonical_outlet
from archive.extract.outlet_refusals import refused, the_author
from archive.extract.outlet_signs import outlet_from_dateline


def test_a_name_slashed_as_its_acronym_in_two_languages():
    assert canonical_outlet("OIM / IOM") == canonical_outlet("IOM")
    assert canonical_outlet("AFP / Getty") == "AFP / Getty"  # two outlets' credit


def test_a_signature_of_a_name_and_an_initial_is_no_outlet():
    assert refused("Jana K.")
    assert refused("Мария П.")
    assert not refused("Lakeside Times")


def test_a_role_signing_a_mail_is_no_outlet():
    assert refused("Field Researcher")


def test_a_quoted_part_of_a_byline_is_not_its_writer():
    assert not the_author("Harbour Qalam", "Aigerim Tasova, «Harbour Qalam»")
    assert the_author("Aigerim Tasova", "Aigerim Tasova, «Harbour Qalam»")


def test_a_transcripts_speaker_label_is_no_dateline():
    assert outlet_from_dateline("MARTA (MOTHER): I just want them home. The children did not choose this.") is None
    assert outlet_from_dateline("GAZIANTEP (Levant Wire) — Families returned on Tuesday.") == "Levant Wire"


def test_an_abbreviated_word_opening_a_record_is_no_agencys_initials():
    assert outlet_from_dateline("Anf. 12 Utrikesminister: Fru talman! Jag tackar för frågan.") is None
    assert outlet_from_dateline("ANF - Families returned on Tuesday.") == canonical_outlet("ANF")


def test_intergovernmental_bodies_are_known_by_their_acronyms():
    assert canonical_outlet("OSCE") == "Organization for Security and Co-operation in Europe"
    assert canonical_outlet("ECOWAS") == "Economic Community of West African States"
    assert canonical_outlet("https://www.fatf-gafi.org/en/publications") == "Financial Action Task Force"


def test_a_call_to_become_a_member_names_no_division():
    from archive.extract.outlet_parents import own_division

    lines = ["Become a member", "Become a member of The Lakeside Ledger and support our journalism.",
             "© The Lakeside Ledger. All rights reserved."]
    assert own_division("The Lakeside Ledger", lines) is None
    assert own_division("Harbour Media", ["Lakeside Star", "© 2024 Lakeside Star, part of Harbour Media Group"]) \
        == "Lakeside Star"


def test_a_public_broadcasters_regional_stations_are_outlets_of_their_own():
    from archive.extract.outlet_names import outlet_from_url

    assert outlet_from_url("https://france3-regions.francetvinfo.fr/bretagne/finistere/story.html") == "France 3 Bretagne"
    assert outlet_from_url("https://www.francetvinfo.fr/monde/story.html") == canonical_outlet("franceinfo")
    assert canonical_outlet("Radio Bremen") == "Radio Bremen"


def test_european_institutes_of_international_affairs_are_known():
    assert canonical_outlet("Elcano Royal Institute") == "Real Instituto Elcano"
    assert canonical_outlet("PISM") == "Polish Institute of International Affairs"
    assert canonical_outlet("https://www.fiia.fi/en/publication/x") == "Finnish Institute of International Affairs"
