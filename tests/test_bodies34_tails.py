"""Round 34 (bodies34): the short lines under a text's last sentence, left out by their shape."""

import pytest

from archive.extract import closing_runs
from archive.extract.body_heads import finished_edges
from archive.extract.boilerplate import clean_record_paragraphs
from archive.extract.record_edges import record_body

STORY = [
    "The regional council voted on Tuesday to reopen the old ferry line between the two harbours.",
    "Fishermen on both sides had asked for the service since the bridge was closed for repairs last winter.",
    "The first crossing is planned for the spring, the council's transport officer told reporters at the quay.",
]


@pytest.mark.parametrize("tail", [
    ["Storm warning issued for the northern coast"],  # a related story's headline
    ["Watch the video: the council's vote (01:12)"],  # a video's label and length
    ["Maria KOVAC,", "harbour correspondent"],  # a sign-off split over two lines
    ["Kind regards, Tomas", "Sent from my phone"],  # a mail's closing and its device's note
    ["End of report/", "Related: Ferry prices to rise", "Join our channel for the latest news"],
])
def test_short_lines_under_the_last_sentence_are_left_out(tail):
    assert closing_runs.without_closing_run(STORY + tail) == STORY
    assert finished_edges(STORY + tail) == STORY
    assert finished_edges(STORY + tail, tail=False) == STORY + tail  # HTML pages: not these
    assert clean_record_paragraphs(STORY + tail) == STORY


@pytest.mark.parametrize("tail", [
    ["Tomas"],  # a newsletter writer's first name alone
    ["(AGI)"],  # an agency's credit in brackets
    ["„We will be the first on board.“"],  # a quotation closing the story
])
def test_the_story_and_its_credits_stay(tail):
    assert closing_runs.without_closing_run(STORY + tail) == STORY + tail


@pytest.mark.parametrize("items", [["North quay", "Island pier", "Old town"], ["North quay", "Island pier"]])
def test_a_list_the_text_announces_stays(items):
    text = STORY[:2] + ["The council listed the stops for the new line:"] + items
    assert closing_runs.without_closing_run(text) == text


def test_a_contact_under_the_text_is_left_to_the_contact_rules():
    text = STORY + ["Harbour Council, Quay Street 4, 12345 Northport"]
    assert closing_runs.without_closing_run(text) == text


def test_a_headline_glued_under_a_flattened_record():
    flat = " ".join(STORY * 2) + " Follow us for the latest news. Most read this week: Bus fares to rise in April"
    assert record_body(flat).endswith("told reporters at the quay.")  # the call above it judged as before


def test_the_headline_with_its_kicker_is_no_text():
    title = "Ferry line between the harbours to reopen"
    text = ["Island transport " + title] + STORY
    assert finished_edges(text, title) == STORY
    assert finished_edges([title + " in spring, council says."] + STORY, title)[0].endswith("council says.")


def test_a_standfirst_over_the_dateline_is_no_text():
    standfirst = "The council has voted to reopen the ferry. Fishermen had asked for it for a year."
    dated = "NORTHPORT – " + STORY[0]
    assert finished_edges([standfirst, dated] + STORY[1:]) == [dated] + STORY[1:]
    announced = "The following statement was released by the regional council on Tuesday:"
    assert finished_edges([announced, dated] + STORY[1:])[0] == announced


def test_notes_under_a_list_of_headlines_are_left_out():
    tail = ["Most read this week", "1. Bus fares to rise in April", "2. New school opens on the hill",
            "Harbour Post is an independent newsroom.", "Reuse only with a link to the source."]
    assert closing_runs.without_closing_run(STORY + tail) == STORY
    wrapped = STORY + ["the island's mayor said on the radio, and", "the council", "Officials agreed."]
    assert closing_runs.without_closing_run(wrapped) == wrapped  # a wrapped paragraph's pieces stay


def test_a_quotation_closed_low_high_ends_a_sentence():
    from archive.extract.paragraphs import ends_sentence

    assert ends_sentence("„Let them be tried here. But the children must come home.“")
    assert not ends_sentence("The word “home“ and")
