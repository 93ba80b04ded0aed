"""A gazetteer name after a word that makes a name of it (a kunya: Abu, Umm, أبو; archive/data/kunya_words.txt)
is another name: "Abu al-Hol" (the Sphinx) is not al-Hol, in either script (inner_names._after_kunyas); a
bare Arabic name typed for its articled place (رقه) searches the place, not the bare word of a text
("بكل رقّة", gently); UNICEF's Arabic spelling with its long vowel (اليونيسيف) is UNICEF's."""

from archive import search_data
from conftest import index_of

REPORTS = [
    ("camp", "Camp in winter", "Aid reached al-Hol camp in Hasakah after the storm."),
    ("camp_ar", "مخيم الهول", "وصلت المساعدات إلى مخيم الهول في ريف الحسكة."),
    ("sphinx", "Tourists in Giza", "Tourists photographed the great statue known in Arabic as Abu al-Hol."),
    ("sphinx_ar", "زيارة الجيزة", "زار السياح أبو الهول والأهرامات في الجيزة."),
    ("raqqa_ar", "الرقة", "عاد النازحون إلى مدينة الرقة بعد انتهاء المعارك."),
    ("gently_ar", "حديث المرشد", "تحدث المرشد عن تاريخ المكان بكل رقّة وهدوء."),
    ("unicef_ar", "حقائب مدرسية", "وزّعت اليونيسيف حقائب مدرسية على الأطفال في القامشلي."),
]


def _found(index, query):
    return set(index.matching_ids(query))


def test_a_name_after_a_kunya_is_another_name(tmp_path):
    search_data.provide()
    index = index_of(tmp_path, REPORTS)
    for query in ("al-Hol", "Hawl", "الهول", "مخيم الهول", '"al-Hol"'):
        assert _found(index, query) == {"camp", "camp_ar"}, query
    assert "sphinx" in _found(index, '"Abu al-Hol"')  # the longer name itself is still found


def test_a_bare_articled_name_typed_is_the_place(tmp_path):
    search_data.provide()
    index = index_of(tmp_path, REPORTS)
    assert _found(index, "رقه") == {"raqqa_ar"}
    assert _found(index, "الرقة") == {"raqqa_ar"}


def test_unicef_with_its_long_vowel(tmp_path):
    search_data.provide()
    index = index_of(tmp_path, REPORTS)
    for query in ("اليونيسف", "UNICEF"):
        assert _found(index, query) == {"unicef_ar"}, query


def test_a_lower_case_acronym_with_dots_is_the_acronym(tmp_path):
    """"d.m.c." typed is DMC (the analysis reads S.D.F. as SDF only in capitals); "a.k.a." is no acronym."""
    search_data.provide()
    index = index_of(tmp_path, [
        ("dmc", "Curfew", "The Deir ez-Zor Military Council lifted its curfew in Hajin."),
        ("dmc2", "Curfew", "The DMC lifted its curfew in Hajin."),
        ("aka", "Nickname", "The singer, a.k.a. the Voice, toured Europe."),
    ])
    assert _found(index, "d.m.c.") == {"dmc", "dmc2"}
    assert _found(index, "a.k.a.") == {"aka"}
    assert _found(index, "Abu al-Hol") <= {"sphinx"}  # nothing of this index


def test_the_tagger_reads_a_name_after_a_kunya_as_another_name():
    """The import's entity tagger follows the search: "Abu al-Hol" / "أبو الهول" (the Sphinx) is no
    mention of al-Hol; al-Hol camp and Abu Kamal still are."""
    from archive.extract.entities import find_entities

    assert not find_entities("Tourists photographed the Sphinx, known in Arabic as Abu al-Hol.")
    assert not find_entities("زار وفد سياحي أبو الهول والأهرامات في الجيزة")
    assert find_entities("Aid reached al-Hol camp.") and find_entities("وصلت المساعدات إلى مخيم الهول")
    assert find_entities("Fighting near Abu Kamal.")
