"""A wire story's last sentence signed with the agency's name in parentheses is the text's end,
not a picture's caption nor a credit line (issue #13, round 18: fresh11, 13 and 17)."""

from archive.extract.wire_endings import signed_sentence
from archive.readers.text import parse_text_article

STORY = [
    "Relief Convoy Reaches Border Town After Two Weeks",
    "Harbourtown, March 3 - A convoy of twelve lorries carrying food and medicine reached the border "
    "town on Friday after two weeks of delays at the crossing, the regional relief office said.",
    "The lorries carried flour, cooking oil and medical supplies for about 4,000 families, officials said, "
    "and more were expected next week if the crossing stays open.",
    "Local officials said the delays had been caused by paperwork at the crossing and by heavy rain that "
    "had closed the mountain road for several days.",
]


def _text(last: str, under: list) -> str:
    return "\n\n".join(STORY + [last] + under) + "\n"


def test_the_last_sentence_signed_with_the_wire_is_kept():
    last = "The relief office said it would publish the list of villages to be served on Monday. (HNA)"
    record = parse_text_article(_text(last, ["Related Stories", "Copyright © 2024 Harbour News Agency. All Rights Reserved."]))
    assert record.body.endswith("(HNA)")


def test_the_last_sentence_signed_with_a_known_wire_is_kept_and_the_wire_still_read():
    last = "It is the second convoy to reach the town from the coast this year. (AGI)"
    record = parse_text_article(_text(last, ["HAR/BOR", "03 March 2024 16:20"]))
    assert record.body.endswith("this year. (AGI)")


def test_a_picture_caption_under_the_text_stays_out():
    last = "Photo: lorries wait at the crossing near the border town on Friday. (AFP)"
    record = parse_text_article(_text(last, []))
    assert "Photo:" not in record.body


def test_a_signed_sentence_is_a_sentence_of_the_text_length():
    assert signed_sentence("It is the second convoy to reach the town from the coast this year. (AGI)")
    assert not signed_sentence("(AGI)")
    assert not signed_sentence("© 2024 (AGI)")
