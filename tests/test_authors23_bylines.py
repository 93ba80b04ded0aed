"""Round 23 (authors23): bylines, what a person's name looks like and what is never one."""

from archive.extract.byline_desks import not_a_person
from archive.extract.person_names import bare_name, person_name


# -- a name, then where it was filed from ------------------------------------------------------

def test_name_then_a_dateline_place_in_capitals():
    assert bare_name("Koray Demirtaşoğlu - DEIR EZ-ZOR") == "Koray Demirtaşoğlu"


def test_arabic_name_then_a_place_of_the_gazetteer():
    assert bare_name("وليد السماك - أربيل") == "وليد السماك"


def test_arabic_outlet_then_a_desk_word_is_no_name():
    assert bare_name("صوت الجزيرة - متابعات") is None


def test_a_place_then_a_desk_word_is_no_name():
    assert bare_name("دير الزور - خاص") is None


def test_a_count_label_is_no_name():
    assert bare_name("عدد المشاهدات: 5120") is None


# -- what an Arabic name looks like ------------------------------------------------------------

def test_arabic_heading_with_a_particle_is_no_person():
    assert not person_name("مقالات قد تعجبك")


def test_arabic_share_button_is_no_person():
    assert not person_name("شارك المقال")


def test_arabic_statement_heading_is_no_person():
    assert bare_name("بيان إلى أهالي المنطقة") is None or not person_name("بيان إلى أهالي المنطقة")


def test_arabic_names_with_a_patronymic_or_kunya_are_persons():
    assert person_name("سعد بن ناصر القحطاني")
    assert person_name("أم سامر")
    assert bare_name("سعد بن ناصر القحطاني") == "سعد بن ناصر القحطاني"


# -- the outlet's own names, desks -------------------------------------------------------------

def test_the_outlets_initials_are_no_person():
    assert not_a_person("MRN", "Morning Radio Network")


def test_the_outlets_short_form_is_no_person():
    assert not_a_person("Springfield Herald", "SpringHerald")
    assert not_a_person("Cleveland Ledger", "ClevyLedger")


def test_a_person_beside_the_outlets_short_form_stays():
    assert not not_a_person("Maren Oakhurst", "SpringHerald")


def test_an_outlet_ending_on_news_is_no_person():
    assert not_a_person("البصرة نيوز", None)
    assert not_a_person("Lakeshore News", None)


def test_an_explainers_desk_is_no_person():
    assert not_a_person("XY Explainers", None)
