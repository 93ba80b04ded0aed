"""Issue #13, round 17 (helper bylines7): a publisher's disclaimer under the text over one or two
of the page's short notes ("Cite this: ...", "Image credit: ...") goes with them. Sentences
written for these tests."""

import pytest

from archive.extract.boilerplate import clean_paragraphs, without_disclaimers

STORY = [
    "The regional council approved the budget for the new ferry landing on Tuesday after a two-hour debate.",
    "Work is due to start in the spring and should take about eighteen months, the council's engineer said.",
]


@pytest.mark.parametrize("tail", [
    ["The views expressed here belong to the author.", 'Cite this: Jane Doe, "Ferries," Courier Notes, 3 May 2022.'],
    ["The opinions expressed in this article are those of the author.", "Image credit: Tom Roe, Courier"],
    ["These views do not necessarily reflect those of the Courier.", "Photo: Tom Roe", "Editing: Ann Lee"],
    ["The views expressed are the author's own."],
])
def test_the_disclaimer_and_the_notes_under_it_go(tail):
    assert without_disclaimers(STORY + tail) == STORY
    assert clean_paragraphs(STORY + tail) == STORY


@pytest.mark.parametrize("tail", [
    # a person's words holding the phrase, over the story's last sentence
    ["The statement does not necessarily reflect the government's position, he said.",
     "The court adjourned until Monday."],
    # three notes under it: too far from the end to be sure
    ["The views expressed here belong to the author.", "Photo: Tom Roe", "Editing: Ann Lee", "Map: Courier"],
])
def test_kept(tail):
    assert without_disclaimers(STORY + tail) == STORY + tail


def test_never_the_only_paragraph():
    assert without_disclaimers(["The views expressed here belong to the author."]) == \
        ["The views expressed here belong to the author."]
