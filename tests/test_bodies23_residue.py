"""Round 23 (bodies23): a heading left closing the text once the box under it was cut. Texts
written for these tests."""

from archive.extract.residue_lines import without_residue

STORY = [
    "Engineers reopened the pumping station on the river on Sunday after three weeks of repairs, officials said.",
    "Villagers downstream said the water reached their fields by the evening.",
]


def test_heading_left_over_a_cut_note_goes():
    assert without_residue(STORY + ["About the Institute"]) == STORY


def test_a_short_sentence_or_a_dated_line_stays():
    assert without_residue(STORY + ["Nobody was hurt."]) == STORY + ["Nobody was hurt."]
    assert without_residue(STORY + ["Raqqa, 12 May 2022"]) == STORY + ["Raqqa, 12 May 2022"]
