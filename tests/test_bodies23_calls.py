"""Round 23 (bodies23): an appeal to subscribe in sentences, over the button the page's edge check
cut. Texts written for these tests."""

from archive.extract.calls_to_action import is_call
from archive.readers.html_edges import without_edge_furniture

STORY = [
    "Engineers reopened the pumping station on the river on Sunday after three weeks of repairs, officials said.",
    "Villagers downstream said the water reached their fields by the evening.",
]
APPEAL = "Local reporting costs more every year. By subscribing, you help us keep reporters in the field."


def test_subscribing_is_a_word_of_paying_for_the_journalism():
    assert is_call(APPEAL)


def test_appeal_over_a_cut_button_goes_too():
    assert without_edge_furniture(STORY + [APPEAL, "SUBSCRIBE TODAY"]) == STORY
