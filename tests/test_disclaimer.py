"""A publisher's disclaimer closing a text (in several languages) is not the writer's text; the
same words inside the text, or in a long closing paragraph, stay."""

import pytest

from archive.extract.boilerplate import clean_paragraphs, disclaimer

TEXT = ["The river authority raised the flood wall by half a metre over the summer.",
        "Residents of the lower town say the work came two winters too late."]


@pytest.mark.parametrize("note", [
    "The opinions in this column do not necessarily reflect the position of the Valley Review.",
    "Las opiniones de esta columna no reflejan necesariamente la línea del periódico.",
    "المقالات المنشورة لا تعبر بالضرورة عن رأي المجلة.",
])
def test_a_closing_disclaimer_is_left_out(note):
    assert disclaimer(note)
    assert clean_paragraphs(TEXT + [note]) == TEXT


def test_the_words_inside_the_text_stay():
    middle = "Officials insist the figures do not necessarily reflect the damage to farms upstream."
    assert clean_paragraphs([TEXT[0], middle, TEXT[1]]) == [TEXT[0], middle, TEXT[1]]


def test_a_long_closing_paragraph_is_no_disclaimer():
    long = "The survey results do not necessarily reflect " + " ".join(["the losses of every farm along the valley"] * 8) + "."
    assert not disclaimer(long)
    assert clean_paragraphs(TEXT + [long]) == TEXT + [long]


def test_a_text_that_is_only_the_note_keeps_it():
    note = "The views expressed in this article are those of the author."
    assert clean_paragraphs([note]) == [note]
