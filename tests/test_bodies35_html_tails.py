"""Round 35 (bodies35): the short lines under a web page's last sentence, left out by their shape as
on every other layout, with the two guards the 181 real pages of the extraction benchmark asked for."""

import pytest

from archive.extract import closing_runs
from archive.readers.html import parse_html

STORY = [
    "The regional council voted on Tuesday to reopen the old ferry line between the two harbours.",
    "Fishermen on both sides had asked for the service since the bridge was closed for repairs last winter.",
    "The first crossing is planned for the spring, the council's transport officer told reporters at the quay.",
]


def _page(paragraphs: list) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Ferry line to reopen</title></head><body><article><h1>Ferry line to reopen</h1>"
            f"{body}</article></body></html>").encode()


@pytest.mark.parametrize("tail", [
    ["Storm warning issued for the northern coast"],  # a related story's headline
    ["Maria KOVAC,", "harbour correspondent"],  # a sign-off split over two lines
])
def test_short_lines_under_a_pages_last_sentence_are_left_out(tail):
    assert parse_html(_page(STORY + tail), "page.html").body == "\n\n".join(STORY)


def test_a_last_line_announcing_an_embedded_post_stays():
    text = STORY + ["Residents on the island seemed a bit confused by the plan:"]
    assert closing_runs.without_closing_run(text) == text
    assert parse_html(_page(text), "page.html").body.endswith("confused by the plan:")


def test_a_sentence_wrapped_at_its_commas_is_no_list_of_headlines():
    text = ["島の住民は、新しい航路の再開を長い間求めてきました。" * 3,
            "市は、来年の春に、最初の便を運航する予定だと発表しました。" * 2,
            "また、その他にも、",
            "港の近くで店を営む人々や、",
            "観光業者の声もありました。",
            "※ 写真は市の提供です。"]
    assert closing_runs.noted_run(text) == 0
