"""Notes under a text that are the publisher's, not the story's: the testimony's collector, a grant that supported the work (data:
boilerplate.txt [disclaimer_phrases], [self_note_*]); a contact line ("For media enquiries,
contact ...", "Contact NAME at name@example.org.": calls_to_action); the organisation's note on
itself behind a label ("About Org: Founded in 1990, Org works ...": author_notes.outlet_note)."""

from archive.extract.author_notes import outlet_note
from archive.extract.boilerplate import disclaimer
from archive.extract.calls_to_action import is_call
from archive.readers.text import parse_text_article

STORY = """Families return to the river villages

By Lena Marsh

The first families came back to the river villages in March, when the road from the camp reopened. Most found their houses standing but stripped of doors, wiring and pipes.

A mother of four said she had spent the winter savings on a new door and a lock. The council has promised help with roofs, but nobody has seen it yet.

The school reopened last week with two teachers and ninety pupils, most of whom had not been in a classroom for three years.

{notes}
"""
LAST = "most of whom had not been in a classroom for three years."


def _body(notes: str) -> str:
    return parse_text_article(STORY.format(notes=notes), "river.txt").body


def test_names_changed_note_stays():
    # the truths keep it as the story's last line as often as they drop it: left as it is
    assert _body("Names have been changed to protect their identities.").endswith("to protect their identities.")


def test_grant_and_testimony_notes():
    assert disclaimer("This investigation was supported by a grant from a journalism fund.")
    assert disclaimer("Testimony collected by Jane Roe, field officer.")
    assert _body("This investigation was supported by a grant from a journalism fund.").endswith(LAST)


def test_contact_lines():
    assert is_call("For media enquiries, contact our press office.")
    assert is_call("Contact LENA MARSH at lena.marsh@example.org.")
    assert not is_call("In Raqqa, support for the council grew.")
    assert not is_call("As always, reply to this email if you have tips or corrections.")
    assert not is_call("She said the ministry could be reached at press@example.org.")
    assert _body("Contact LENA MARSH at lena.marsh@example.org.").endswith(LAST)


def test_outlet_note_behind_a_label():
    note = "About River Aid: Founded in 1990, River Aid works in twelve countries to bring clean water to families."
    assert outlet_note(note, "River Aid")
    assert not outlet_note(note, "Other Aid")


def test_story_sentences_stay():
    body = _body("The teachers said they had been told their names would be read out at the opening.")
    assert body.endswith("would be read out at the opening.")
