"""Round 23 (bodies23): an editor's note in brackets and a contact block closing the text.
Texts written for these tests."""

from archive.extract import boilerplate
from archive.extract.closing_blocks import closing_note, without_closing_note, without_contact_tail

STORY = [
    "Engineers reopened the pumping station on the river on Sunday after three weeks of repairs, officials said.",
    "Villagers downstream said the water reached their fields by the evening, though the pressure was still low.",
]


def test_editor_note_in_parentheses_closes_nothing_of_the_story():
    note = "(This report comes from a partner agency's feed and was not changed by our desk.)"
    assert closing_note(note)
    assert closing_note("[Some names in this story have been changed.]")
    assert not closing_note("(AFP)")
    assert without_closing_note(STORY + [note]) == STORY
    assert boilerplate.clean_paragraphs(STORY + [note]) == STORY


def test_a_paragraph_in_brackets_alone_is_kept():
    note = "(This report comes from a partner agency's feed and was not changed by our desk.)"
    assert without_closing_note([note]) == [note]


def test_contact_block_under_the_last_paragraph():
    block = ["More details:", "Water Directorate", "Press desk", "Tel. +00 12 345 67 89", "Issued by", "The Ministry"]
    assert without_contact_tail(STORY + block) == STORY
    assert boilerplate.clean_paragraphs(STORY + block) == STORY


def test_a_short_list_without_any_address_is_kept():
    items = ["The crossings reopened:", "Semalka", "Faysh Khabur", "Rabia"]
    assert without_contact_tail(STORY + items) == STORY + items


def test_line_of_contact_and_what_is_under_it():
    from archive.extract.closing_blocks import without_contact_sentence

    tail = ["For interviews or background, contact media@example.org.",
            "The Lakeside Trust is a charity working on water access."]
    assert without_contact_sentence(STORY + tail) == STORY
    assert without_contact_sentence(STORY + ["Read the report at www.example.org today."]) == \
        STORY + ["Read the report at www.example.org today."]  # no contact word


def test_contact_block_headed_by_a_long_line_ending_in_a_colon():
    block = ["The agency's pages can also be opened at these other addresses:", "www.example.org",
             "Follow the agency on its channels", "Newsroom"]
    assert without_contact_tail(STORY + block) == STORY


def test_footnote_to_an_asterisk():
    from archive.extract.closing_blocks import without_star_note

    story = ["Members of the Example* movement crossed the river at night, officials said on Monday.",
             "The crossing was closed again in the morning."]
    note = "*Example (also known as the Other Name) is a group banned in several countries."
    assert without_star_note(story + [note]) == story
    assert without_star_note(STORY + [note]) == STORY + [note]  # no word marked in the text


def test_a_note_naming_the_series_closes_nothing_of_the_text():
    note = "This analysis is part of a series on water and displacement in the region."
    assert boilerplate.disclaimer(note)
    assert boilerplate.clean_paragraphs(STORY + [note]) == STORY
