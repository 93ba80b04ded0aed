"""Round 23 (bodies23): datelines told by their place, read-also lead-ins in other languages, a
reproduction notice. Texts written for these tests."""

from archive.extract import paragraphs, text_edges
from archive.extract.place_datelines import colon_dateline, place_dash_line


def test_colon_dateline_names_a_place_of_the_gazetteer():
    assert colon_dateline("Erbil: Officials of the regional government on Monday opened a new border crossing.")
    assert colon_dateline("Deir ez-Zor: Farmers along the river said the water came back after two weeks.")
    assert not colon_dateline("Update: this story was changed after the ministry gave new figures on Monday.")
    assert not colon_dateline("Erbil: closed")  # a label's value, not a sentence
    # a place written in lower case opens no dateline ("hasakah: ..." is a tag's or a label's form)
    assert not colon_dateline("erbil: officials of the regional government on monday opened a new crossing.")
    # Arabic has no case: the gazetteer alone tells its places
    assert colon_dateline("أربيل: افتتح مسؤولون في حكومة الإقليم معبرا حدوديا جديدا للشاحنات يوم الاثنين.")


def test_standfirst_over_a_colon_dateline_is_left_out():
    content = [
        "The crossing had been shut since the spring floods.",
        "Erbil: Officials of the regional government on Monday opened a new border crossing for trucks.",
        "Traders said the queues would shorten within a week, though customs staff remain few.",
    ]
    assert text_edges.from_dateline(content, [0, 1, 2]) == [1, 2]


def test_place_and_name_alone_over_the_text_is_its_dateline():
    assert place_dash_line("Hasakah – Lakeside Radio")
    assert not place_dash_line("Hasakah - Syria")
    assert not place_dash_line("Hasakah - Lakeside Radio", author="Lakeside Radio")
    assert not place_dash_line("Home - World")
    content = ["A headline about the river", "12 May 2022", "Raqqa - Lakeside Radio",
               "Water returned to the eastern villages on Sunday after the pumping station was repaired by engineers."]
    assert text_edges.dateline_above(content, [3], 0) == [2, 3]


def test_read_also_in_other_languages_is_a_link():
    assert paragraphs.furniture_reason("À lire aussi") == "link"
    assert paragraphs.furniture_reason("A lire aussi") == "link"
    assert paragraphs.furniture_reason("Lesen Sie auch") == "link"


def test_reproduction_notice_is_furniture():
    assert paragraphs.furniture_reason(
        "All rights to this story belong to the agency. Reproduction without permission is prohibited.") is not None


def test_a_desk_taken_for_the_byline_does_not_hide_the_dateline():
    content = ["A headline about the river", "12 May 2022", "Raqqa - Lakeside News",
               "Water returned to the eastern villages on Sunday after the pumping station was repaired by engineers."]
    assert text_edges.dateline_above(content, [3], 0, author="Lakeside News") == [2, 3]
    assert text_edges.dateline_above(content[:2] + ["Raqqa - Jane Doe"] + content[3:], [3], 0, author="Jane Doe") == [3]
