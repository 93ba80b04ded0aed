"""An opinion piece's box on its author under the text: the note (in English with a verb after
the name, in Arabic without one) and the box's heading are left out; a last paragraph naming
someone else, or a heading without a note under it, stays."""

from archive.extract.page_layout import author_bio, without_author_box

TEXT = ["The council met twice in March and agreed nothing on the bridge.",
        "Until it does, the ferry will remain the only way across the river."]


def test_the_note_and_the_boxs_heading_are_left_out():
    body = TEXT + ["On the writer", "Lena Moravec is a columnist who writes about rivers and towns."]
    assert without_author_box(body, "Lena Moravec") == TEXT


def test_an_arabic_note_without_a_verb_after_the_name_is_left_out():
    body = ["انتهى الاجتماع دون اتفاق على الجسر.", "نبذة", "هالة ناصر صحفية وباحثة مقيمة في عمّان، تكتب عن المياه."]
    assert author_bio(body[-1], "هالة ناصر")
    assert without_author_box(body, "هالة ناصر") == body[:1]


def test_a_last_paragraph_naming_someone_else_stays():
    body = TEXT + ["On the writer", "Pavel Novak is a ferryman who has crossed the river for thirty years."]
    assert without_author_box(body, "Lena Moravec") == body


def test_a_short_closing_line_stays_when_no_note_was_found():
    body = TEXT + ["Lena Moravec, Brno"]
    assert without_author_box(body, "Lena Moravec") == body


def test_a_long_paragraph_opening_with_the_name_is_no_note_without_a_verb():
    long = "Lena Moravec " + " ".join(["crossed the river again that spring with the council's papers"] * 6)
    assert not author_bio(long, "Lena Moravec")
