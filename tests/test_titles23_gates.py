"""A paywall's or log-in's prompt saved instead of the article (issue #13, round 23:
archive/extract/gate_pages.py): a text shorter than a brief between calls to the reader. A brief
with no calls around it, or a longer text between them, is kept. Texts written for the test."""

from archive.extract import paragraphs
from archive.extract.gate_pages import gate_page


def _judge(page: str, body: list) -> bool:
    content = [line.strip() for line in page.split("\n") if line.strip()]
    lines = paragraphs.classify(content, marked=[False] * len(content))
    return gate_page(body, content, lines)


GATE = ("The River Ledger\n\nWater pumps restart on the eastern bank\n\n"
        "This story is for subscribers only.\n\nSubscribe now to keep reading. Already a subscriber? Sign in.\n\n"
        "Full access from $2 a week.\n\nSubscribe\n\nSign in\n\n© 2024 The River Ledger\n")
BRIEF = ("The River Ledger\n\nWater pumps restart on the eastern bank\n\n2 March 2024\n\n"
         "The district board restarted both pumps on Monday after the winter's repairs, officials said.\n\n"
         "Related: fuel deliveries late again\n")
LONG = ("The River Ledger\n\nWater pumps restart on the eastern bank\n\nSubscribe now to keep reading. Already a subscriber? Sign in.\n\n"
        "The district board restarted both pumps on Monday after the winter's repairs, officials said, and the "
        "villages along the eastern bank had water again by the evening for the first time since November.\n\n"
        "Subscribe\n\nSign in\n")


def test_gate_prompt_is_no_article():
    assert _judge(GATE, ["Full access from $2 a week."])


def test_brief_without_calls_is_kept():
    assert not _judge(BRIEF, ["The district board restarted both pumps on Monday after the winter's repairs, officials said."])


def test_longer_text_between_calls_is_kept():
    body = [line for line in LONG.split("\n\n") if line.startswith("The district")]
    assert not _judge(LONG, body)


def test_the_text_reader_refuses_a_gate_page_with_its_reason():
    # the reader's hook (archive/readers/text.py): the page is refused, not stored as an article
    import pytest
    from archive.extract.gate_pages import GATE_ONLY
    from archive.readers.text import parse_text_article

    with pytest.raises(ValueError, match=GATE_ONLY):
        parse_text_article(GATE, "<test>")
    assert parse_text_article(BRIEF, "<test>").body.startswith("The district board restarted")
