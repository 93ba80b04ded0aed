"""How a monitoring tool writes an outlet in its Source column, a person's mailbox, a quoted name, a
place with its edition's word (round 31, helper outlets31): one shape each, invented names."""

import pytest

from archive.extract.outlet_names import canonical_outlet, tidy_outlet
from archive.extract.outlet_refusals import personal_sender
from archive.extract.source_columns import tool_source


@pytest.mark.parametrize("cell, text, expected", [
    ("LAKESIDE HERALD (UK) - Web", "Lakeside Herald is a reader-funded paper.", "Lakeside Herald"),
    ("Valley Courier, The (Online)", "", "The Valley Courier"),
    ("Quotidien, Le [Print]", "", "Le Quotidien"),
    ("Harbourwatch.org", "She reports on ports for HarbourWatch.", "HarbourWatch"),
    ("harbour-notes.net", "Harbour Notes asked the ministry.", "Harbour Notes"),
    ("VALLEY VOICE / صوت الوادي - Web", "قالت مصادر محلية إن المياه عادت إلى الأحياء", "صوت الوادي"),
    ("Web", "", ""),
    ("Valley Radio - valleyradio.de (Online)", "", "Valley Radio"),
])
def test_a_source_cell_written_the_tools_way(cell, text, expected):
    assert tool_source(cell, text) == expected


@pytest.mark.parametrize("cell, text", [
    ("Associated Press (AP)", ""),  # an acronym's own initials are no country's code
    ("Civil.ge", "Civil society groups said"),  # a brand written as its address, the text writing a common word
    ("ab.com", "AB said"),  # a label too short to spell a name
    ("Harbour Post | هاربور بوست", "نص عربي"),  # a site's own name in two scripts stays for the canonical rule
])
def test_a_source_cell_the_tool_did_not_write_its_way_is_kept(cell, text):
    assert tool_source(cell, text) is None


@pytest.mark.parametrize("sender, personal", [
    ("Ilona Marsh <ilona.marsh@mail.example.org>", True),
    ("Ilo <ilo.m@example.net>", True),
    ("Ilona Marsh <imarsh@example.org>", True),
    ("Harbour Notes <harbournotes@mail.example>", False),  # a newsletter's mailbox may spell its name
    ("Harbourwatch <harbourwatch@harbourwatch.org>", False),  # the outlet's own domain
    ("The Weekly Tide <weekly.tide@example.com>", False),
])
def test_a_sender_writing_from_a_mailbox_of_their_own_name_is_a_person(sender, personal):
    assert personal_sender(sender) is personal


def test_a_quoted_part_closing_a_name_keeps_its_closing_mark():
    assert tidy_outlet("ИА «Долина-Пресс»") == "ИА «Долина-Пресс»"
    assert tidy_outlet("«Valley Press»") == "Valley Press"


def test_a_place_and_its_edition_word_is_one_name():
    assert canonical_outlet("Lebanon Online") == "Lebanon Online"
    assert canonical_outlet("Harbour Herald Online") == "Harbour Herald"


def test_an_acronym_paired_with_its_name_in_sentence_case():
    from archive.extract.acronym_shapes import expansions

    assert expansions("CVR", ["CVR - Centar za vodne resurse"]) == ["Centar za vodne resurse"]
    assert expansions("CVR", ["CVR - Come visit rivers today"]) == []
