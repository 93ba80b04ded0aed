"""Calls to action written in sentences at a text's edges, whatever their words: an imperative of
the data with a second sign (a question to the reader, "your"/"our"/"please", a web address, a
[strong] phrase); never a person's quoted words, nor a reader addressed inside the text."""

from archive.extract.boilerplate import clean_paragraphs, clean_record_paragraphs
from archive.extract.calls_to_action import is_call, without_calls
from archive.readers.html import parse_html
from archive.readers.text import parse_text_article

TEXT = [
    "The provincial council voted on Tuesday to reopen the river crossing at Fishkhabour after a "
    "closure of three weeks that had stranded hundreds of lorries on both banks.",
    "Traders said the closure had doubled the price of flour in the markets of Dohuk, and several "
    "bakeries in the city had cut their hours while they waited for deliveries.",
    "Officials on the other bank said they would allow the first convoys through on Thursday morning, "
    "once the customs staff who had been moved elsewhere returned to their posts.",
]
CALLS = [
    "Want to report? Pitch a story and join a network of more than 2,000 local reporters.",
    "Want the full picture? For the data behind this analysis, please enquire about our plans at example.com/plans",
    "Regional reporting needs your help. Become a member today.",
]


def test_calls_in_sentences():
    for call in CALLS:
        assert is_call(call), call
    for text in TEXT + [
        "“Join us or leave the valley,” the commander told the villagers, according to two witnesses.",
        "What is your favourite walk in the valley? Ours starts at the old mill.",  # a blog asking its readers
        "Support for the measure grew after the floods, our correspondent in Dohuk said.",
    ]:
        assert not is_call(text), text


def test_only_the_edges_are_cut():
    assert without_calls(TEXT + CALLS) == TEXT
    middle = TEXT[:1] + CALLS[:1] + TEXT[1:]
    assert without_calls(middle) == middle
    assert without_calls(CALLS[:1]) == CALLS[:1]  # never the only paragraph
    assert clean_paragraphs(TEXT + CALLS[1:2]) == TEXT
    assert clean_record_paragraphs(TEXT + CALLS[2:]) == TEXT


def test_readers_leave_a_closing_call_out():
    text = "\n\n".join(["Crossing to reopen, council says", "By Jane Doe", *TEXT, CALLS[0], "© 2021 Valley Times"])
    assert parse_text_article(text).body.endswith("returned to their posts.")
    page = ("<html><body><h1>Crossing to reopen, council says</h1><article>"
            + "".join(f"<p>{p}</p>" for p in TEXT + CALLS[1:2]) + "</article></body></html>")
    assert parse_html(page, "story.html").body.endswith("returned to their posts.")


def test_a_widgets_error_message_under_the_text_is_furniture():
    from archive.extract.line_furniture import furniture_reason

    assert furniture_reason("We’re sorry, this feature is currently unavailable.") == "call to action"
    assert furniture_reason("We’re working to restore it. Please try again later.") == "call to action"
    text = "\n".join(["Crossing to reopen, council says", "By Jane Doe", *TEXT,
                      "We’re sorry, this feature is currently unavailable.",
                      "We’re working to restore it. Please try again later.", "License this article"])
    assert parse_text_article(text).body.endswith("returned to their posts.")
