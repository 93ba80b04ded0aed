"""Issue #13, round 17 (helper bylines7): an outlet's appeal for money at a text's edge, with no
imperative: the reader's words and a word of paying for the journalism ("Thank you for donating
to ...", "Readers like you keep ... free from paywalls"). Sentences written for these tests."""

import pytest

from archive.extract.boilerplate import clean_paragraphs
from archive.extract.calls_to_action import is_call, without_calls

STORY = [
    "The regional council approved the budget for the new ferry landing on Tuesday after a two-hour debate.",
    "Work is due to start in the spring and should take about eighteen months, the council's engineer said.",
]


@pytest.mark.parametrize("appeal", [
    "Thank you for donating to Lakeside-Courier.org.",
    "Readers like you keep our reporting free of paywalls.",
    "As a subscriber to the Lakeside Courier you can read every premium story in full.",
    "Your donation keeps the Courier's newsroom open.",
])
def test_an_appeal_closing_the_text_is_cut(appeal):
    assert is_call(appeal)
    assert without_calls(STORY + [appeal]) == STORY


@pytest.mark.parametrize("sentence", [
    "The charity is funded by donations from its members, its director said.",
    "The ministry said subscribers to the scheme would be paid in June.",
    "You can read our earlier report on the ferry here.",  # the reader's words, no paying
    "Donations to the appeal rose by a third last year.",  # paying, no reader's words
    "\u201cYour donations keep this shelter open,\u201d the director told donors.",  # a person's words
])
def test_news_sentences_stay(sentence):
    assert not is_call(sentence)
    assert without_calls(STORY + [sentence]) == STORY + [sentence]


def test_never_the_only_paragraph():
    assert without_calls(["Thank you for donating to Lakeside-Courier.org."]) == \
        ["Thank you for donating to Lakeside-Courier.org."]


def test_the_cleaned_text_loses_the_appeal():
    assert clean_paragraphs(STORY + ["Readers like you keep our reporting free of paywalls."]) == STORY
