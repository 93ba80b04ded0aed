"""Round 27 (rejects27): the page's notes under a text (a licence notice, a note on how the text
was made) and a record body's block of short furniture lines, cleaned as a text page's are. Texts
written for the test."""

import json

from archive.extract.closing_notes import disclaimer, licence_notice, made_note
from archive.extract.record_edges import record_body
from archive.readers.records import read_jsonl
from archive.readers.text import parse_text_article

STORY = ("The water board said on Friday that the new pumping station had doubled the supply to the "
         "eastern villages, where families had relied on tankers since the summer.")


def test_notes_on_the_text_itself():
    assert made_note("The interview below is auto-generated and lightly edited.")
    assert made_note("This transcript has been edited for length and clarity.")
    assert licence_notice("Photos and text available under CC BY-SA 4.0.")
    assert disclaimer("Published under a Creative Commons licence.")
    assert not made_note("The board said the report was edited by its chairman before it was published.")
    assert not licence_notice(STORY)


def test_a_text_page_leaves_out_a_note_on_how_it_was_made():
    page = ("Episode 12: Water for the eastern villages\n\n" + STORY + "\n\n"
            "Engineers said a second station would follow next year if donors kept their pledges.\n\n"
            "The interview below is auto-generated and lightly edited.\n")
    record = parse_text_article(page, "episode.txt")
    assert "auto-generated" not in record.body
    assert record.body.endswith("pledges.")


def test_a_record_body_closing_on_furniture_lines_and_a_licence(tmp_path):
    body = STORY + "\n\nEngineers said a second station would follow next year.\n\nComments\nMore from the Valley Post\nFollow us on Facebook for the latest news"
    html = "<p>" + STORY + "</p><p>Engineers said a second station would follow next year.</p><footer>All text available under CC BY 4.0.</footer>"
    path = tmp_path / "clips.jsonl"
    path.write_text("\n".join(json.dumps({"headline": "Pumps double the supply", "text": b}) for b in (body, html)) + "\n",
                    encoding="utf-8")
    first, second = [r for r in read_jsonl(path)]
    # since round 30 the reader judges the page's lines under a record's text itself (record_tails): gone
    assert "More from the Valley Post" not in first.body and first.body.endswith("next year.")
    assert "CC BY" not in second.body and second.body.endswith("next year.")


def test_a_record_body_of_prose_is_unchanged():
    body = STORY + "\n\nEngineers said a second station would follow next year.\nThe board agreed."
    assert record_body(body) == body.replace("\nThe board agreed.", "\n\nThe board agreed.") or record_body(body) == body
