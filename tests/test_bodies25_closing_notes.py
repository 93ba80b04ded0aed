"""The publisher's closing notes have a module of their own (archive.extract.closing_notes);
boilerplate still offers the same functions."""

from archive.extract import boilerplate, closing_notes

TEXT = ["The bridge reopened to traffic on Friday after two years of repairs to its central span.",
        "Engineers said the new deck would carry heavier lorries than the old one."]


def test_the_notes_module_and_the_old_names_agree():
    note = "This briefing was funded by the Harbour Trust."
    assert closing_notes.disclaimer(note) and boilerplate.disclaimer is closing_notes.disclaimer
    assert closing_notes.without_notes(TEXT + ["Notes", "[1] An interview in May.", "[2] The council's minutes."]) == TEXT
    assert closing_notes.without_citation(TEXT + ["Cite as: Harbour Review, 2021."]) == TEXT
    assert closing_notes.publication_note("This report was first published on 3 May 2021.")
    assert closing_notes.without_disclaimers(TEXT + [note]) == TEXT
