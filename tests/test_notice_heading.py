"""A correction box under the story ("Correction" over its note) closes the text."""

from archive.readers.text import parse_text_article

PARAGRAPHS = [
    "The harbour authority closed the northern quay on Thursday after cracks were found in its oldest section.",
    "Engineers said the stone wall had shifted by several centimetres since the storms of last winter.",
    "Fishing boats have been moved to the southern basin, where space is short during the herring season.",
    "The authority expects to publish a plan for the repairs before the summer, its director told the council.",
]


def page(after: list) -> str:
    return "\n".join(["Harbour closes its northern quay after cracks are found", "Tove Lindqvist", "4 May 2023"]
                     + PARAGRAPHS + after) + "\n"


def test_a_correction_box_under_the_story_is_left_out():
    raw = parse_text_article(page(["Correction", "This article was amended on May 5th, 2023, to give the right length of the quay."]))
    assert raw.body.rstrip().endswith(PARAGRAPHS[-1]), raw.body[-120:]
    assert "amended" not in raw.body
