"""A newsletter's closing under its last item ("Thanks for reading. Next week: ...") is the
writer signing off, not the issue's text (archive/extract/newsletter_closings.py)."""

from archive.extract.newsletter_closings import closing
from archive.readers.text import parse_text_article

ISSUE = """Issue 7 · Tue 4 Jun 2024

The ferry men of the lower river

By Hana Lindqvist

The ferries that cross the river below the dam carry more than people. On a Tuesday in May I counted sacks of flour, two motorbikes, a wardrobe and a goat on one crossing, which the boatman said was a quiet day.

The crossings are licensed by the local council, which sets the fares and collects a small fee from each boat. Several boatmen told me the fee had doubled since the winter, and that the fares had not.

The oldest of them has worked the river for thirty years. He says the water is lower every summer, and that one day there will be no need for boats at all.

{closing}

Like · Comment · Restack
You're receiving this because you subscribed to River Notes.
Unsubscribe
"""


def test_closing_lines():
    assert closing("Thanks for reading. Next week: the bakers of the old market, and what bread costs.")
    assert closing("Thank you for reading. Reply to this email if you have tips or corrections.")
    assert closing("شكراً لقراءتكم، ونلقاكم في العدد القادم.")
    assert closing("Merci de m’avoir lu. La semaine prochaine : les passeurs du fleuve.")
    assert not closing("“Thanks for reading it to me,” she said, and folded the letter away.")  # quoted speech
    assert not closing("Thanksgiving came early to the camp this year.")
    assert not closing("Next week: the bakers of the old market.")  # a preview alone: the truths keep it as often as not
    assert not closing("Thanks for reading " + "and for the letters, which I answer one by one " * 5)  # too long


def test_closing_cut_from_the_text_end():
    text = ISSUE.format(closing="Thanks for reading. Next week: the bakers of the old market, and what bread costs.")
    record = parse_text_article(text, "river-notes-7.txt")
    assert record.body.endswith("there will be no need for boats at all.")
    assert "Thanks for reading" not in record.body


def test_preview_alone_kept():
    text = ISSUE.format(closing="Next week: the bakers of the old market, and what bread costs.")
    record = parse_text_article(text, "river-notes-7.txt")
    assert record.body.endswith("and what bread costs.")


def test_thanks_inside_the_text_kept():
    text = ISSUE.format(closing="Thanks for reading. Next week: the bakers.").replace(
        "The oldest of them", "Thanks for reading my last letter, one of them wrote to me afterwards. The oldest of them")
    record = parse_text_article(text, "river-notes-7.txt")
    assert "Thanks for reading my last letter" in record.body
