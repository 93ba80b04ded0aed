"""Round 33 (bodies33): a drop cap's word split, a release's end mark, a disclaimer written with a
typographic apostrophe, the outlet's own lines under the last sentence. Invented texts."""

import pytest

from archive.extract.body_heads import joined_drop_cap, without_issue_lines, without_transcript_note, without_update_note
from archive.extract.boilerplate import clean_paragraphs, clean_record_paragraphs
from archive.extract.closing_notes import disclaimer
from archive.extract.outlet_runs import without_outlet_run
from archive.readers.text import parse_text_article

STORY = [
    "The ferry to the outer islands sailed again on Tuesday after a week of storms kept it in the harbour.",
    "Islanders said the shop had run out of bread and milk by Friday, and two patients waited for the crossing.",
    "The operator said a second boat would join the route in the spring, once its engines were repaired.",
]


def test_a_drop_caps_letter_alone_over_its_paragraph():
    text = ("THE ISLAND REVIEW\n\nThe ferry sails again\nBy Mara Quist\nMay 4, 2023\n\nT\n"
            "he ferry to the outer islands sailed again on Tuesday after a week of storms kept it in the harbour.\n\n"
            + "\n\n".join(STORY[1:]) + "\n")
    assert parse_text_article(text, "ferry.txt").body.startswith("The ferry to the outer islands")


@pytest.mark.parametrize("first, joined", [
    ("T wo ferries sailed on Tuesday after a week of storms.", "Two ferries sailed"),
    ("Л одка вышла в море во вторник, после недели штормов.", "Лодка вышла"),
    ("A year after the storms, two ferries sail again.", "A year after"),  # "ayear": no word of the text
])
def test_a_drop_caps_letter_split_from_its_word(first, joined):
    rest = ["The two boats carry forty passengers each.", "Лодка и паром ходят дважды в день."]
    assert joined_drop_cap([first] + rest)[0].startswith(joined)


@pytest.mark.parametrize("mark", ["- KONIEC -", "-ENDE-", "— FIN —", "###", "SLUT"])
def test_a_releases_end_mark_and_the_notes_under_it(mark):
    notes = [mark, "Press office of the Ministry", "Tel: +00 11 222 333", "This e-mail went to accredited media."]
    assert clean_paragraphs(STORY + notes) == STORY
    assert clean_record_paragraphs(STORY + [f"{mark} Press office Tel: +00 11 222 333"]) == STORY
    text = STORY[:1] + ["— Advertisement —"] + STORY[1:]  # a decorated word the data does not hold: no mark
    assert clean_paragraphs(text)[-1] == STORY[-1]


def test_a_disclaimer_written_with_a_typographic_apostrophe():
    assert disclaimer("Les tribunes publiées sur le site de L’Observateur n’engagent que leurs auteurs.")


@pytest.mark.parametrize("run", [
    ["Support The Island Review, an independent magazine", "The Island Review – 4 Quay Street, Portree",
     "This article is free to read. The Island Review lives from its readers."],
    ["Abonnez-vous à The Island Review dès 1 €"],
])
def test_the_outlets_own_lines_under_the_last_sentence(run):
    assert without_outlet_run(STORY + run, "The Island Review") == STORY
    text = STORY + ["The Island Review asked the operator for its timetable."]  # the story's sentence naming it
    assert without_outlet_run(text, "The Island Review") == text


@pytest.mark.parametrize("note", ["(Updates with harbour master's comment, adds details of the second boat)",
                                  "(Aktualisiert mit Angaben des Hafenmeisters)"])
def test_a_wires_note_on_its_version_over_the_text(note):
    assert without_update_note([note] + STORY) == STORY
    credited = ["(ISLA) - Portree, May 4 - " + STORY[0]] + STORY[1:]  # an agency's credit opening the text stays
    assert without_update_note(credited) == credited


@pytest.mark.parametrize("stamp", ["aus Inselblick 45/2021", "Paru dans L'Île n° 2543", "Heft 3/2022"])
def test_the_print_issues_line_over_or_under_the_text(stamp):
    assert without_issue_lines([stamp] + STORY) == STORY
    assert without_issue_lines(STORY + [stamp]) == STORY
    assert without_issue_lines(["In 2021, 45/2021 of the crossings ran late."] + STORY)[0].startswith("In 2021")


def test_a_press_offices_line_under_a_records_text():
    assert clean_record_paragraphs(STORY + ["For media inquiries please contact the Harbour Board's press office"]) == STORY


def test_a_signature_separator_under_a_copied_message():
    text = ("The ferry sails again\n\n" + "\n\n".join(STORY) + "\n\n--\nIsland Ferry Trust | islandferry.example\n"
            "The Trust is a registered charity (No. 1234567).\n")
    assert parse_text_article(text, "ferry.txt").body.rstrip().endswith("once its engines were repaired.")


TURNS = ["HOST: Good evening. Tonight, the ferry to the outer islands.", "SKIPPER: We sailed on Tuesday at last.",
         "HOST: How long were you kept in?", "SKIPPER: A week. The shop ran out of bread."]


@pytest.mark.parametrize("note", ["Dit is een bewerkte transcriptie van de uitzending.",
                                  "This is a lightly edited transcript of the programme."])
def test_the_pages_note_over_a_transcript(note):
    assert without_transcript_note([note] + TURNS) == TURNS
    assert without_transcript_note(["Transcription de l'émission : " + TURNS[0]] + TURNS[1:]) == TURNS
    intro = ["The island's skipper talks to our host about a week in harbour."]  # an introduction stays
    assert without_transcript_note(intro + TURNS) == intro + TURNS
