"""Arabic place names that are also common words (archive/data/arabic_name_senses.txt,
indexer/fulltext/arabic_senses.py), a prison's Arabic name never written bare, and a body named by its
parent's acronym and a description. Reports written for these tests (no bench set's sentences); a real
Whoosh index; the entity tagger reads the same rule."""

import pytest

from archive import search_data
from conftest import index_of
from archive.extract.mentions import entities_of
from indexer.fulltext.arabic_senses import other_senses


@pytest.mark.parametrize("text, marked", [
    ("تراجعت الطبقة العاملة في المدن الكبرى", {"الطبقة"}),  # "the working class"
    ("نجا الأطفال من شدة الهول في تلك الليلة", {"الهول"}),  # "the height of horror"
    ("قالت النيابة إن المتهم روّج للعنف عبر الإنترنت", {"روّج"}),  # "promoted"
    ("برع الطلاب في شتى الميادين العلمية", {"الميادين"}),  # "in every field"
    ("وصلت قافلة إلى مخيم الهول الذي يضم آلاف النساء", set()),  # the camp: its place word before it
    ("عادت الكهرباء إلى الطبقة بعد انقطاع طويل", set()),
    ("الطبقة العاملة في الطبقة تطالب بالأجور", set()),  # the town named too: the report keeps the name
])
def test_what_makes_a_name_a_common_word(text, marked):
    assert other_senses(("", text)) == marked


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    search_data.provide()
    reports = {
        "class": ("أسعار", "يقول اقتصاديون إن الطبقة الوسطى تراجعت مع الغلاء"),
        "tabqa": ("كهرباء", "عادت الكهرباء إلى الطبقة بعد انقطاع طويل"),
        "horror": ("شهادات", "روى ناجون الهول الذي رأوه بعد الانفجار"),
        "camp": ("مساعدات", "وصلت قافلة إلى مخيم الهول الذي يضم آلاف النساء"),
        "sinaa": ("نقل", "نقلت سيارات إسعاف جرحى من سجن الصناعة إلى المستشفى"),
        "unhcr": ("Visit", "A UNHCR team met families who had returned to Raqqa."),
    }
    return index_of(tmp_path_factory.mktemp("index"), [(key, title, body) for key, (title, body) in reports.items()],
                    "2024-01-01")


def test_the_common_word_is_not_the_place(index):
    assert set(index.matching_ids("الطبقة")) == {"tabqa"}
    assert set(index.matching_ids("Tabqa")) == {"tabqa"}
    assert set(index.matching_ids("الهول")) == {"camp"}
    assert set(index.matching_ids("al-Hol")) == {"camp"}
    assert "class" in index.matching_ids("الوسطى")  # the report's words are still found


def test_a_prison_named_only_with_its_generic_word(index):
    assert "sinaa" in index.matching_ids("Sinaa prison")  # سجن الصناعة: الصناعة alone is "industry"


def test_a_body_named_by_its_parents_acronym_and_a_description(index):
    assert "unhcr" in index.matching_ids("UN refugee agency")


def test_the_tagger_follows_the_search():
    assert "place:tabqa" not in entities_of("أسعار", "يقول اقتصاديون إن الطبقة الوسطى تراجعت مع الغلاء")
    assert "place:tabqa" in entities_of("كهرباء", "عادت الكهرباء إلى الطبقة بعد انقطاع طويل")
    assert "place:al-hol-camp" not in entities_of("شهادات", "روى ناجون الهول الذي رأوه بعد الانفجار")
