"""Round 39 (issue #13): a text page in Arabic script writing a known outlet's Arabic name alone
stores that name, as a web page does (:func:`archive.extract.outlet_page_forms.own_script_written`,
round 36), unless a folder it was filed in names the outlet in Latin letters or by its initials
(:func:`archive.extract.outlet_page_forms.folder_writes_latin`).
"""

import sqlite_utils

from archive.pipeline import Importer
from indexer.sync import Archive


def _imported_at(tmp_path, relative: str, text: str):
    path = tmp_path / "in" / relative
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    with Archive(tmp_path / "archive.db") as archive:
        Importer(archive).run([str(tmp_path / "in")])
    rows = list(sqlite_utils.Database(tmp_path / "archive.db").execute(
        "select o.name from articles a left join outlets o on o.id = a.outlet"))
    assert len(rows) == 1
    return rows[0][0]


ARABIC_PAGE = "\n".join([
    "مدى مصر", "", "مصريات في مخيم الهول ينتظرن العودة", "",
    "تعيش عشرات النساء المصريات مع أطفالهن في مخيم الهول شمال شرق سوريا منذ سنوات، في انتظار قرار يعيدهن إلى "
    "بلادهن، بينما تقول عائلاتهن إن الإجراءات متوقفة ولا أحد يجيب عن أسئلتهن حول مصير الأطفال.", "",
    "وقالت إحدى الأمهات إن ابنها لم يعرف مدرسة منذ ولادته، وإن الخيام لا تحمي من برد الشتاء ولا من حر الصيف، "
    "وإنها كتبت إلى السفارة مرات دون رد.", "",
    "ادعم مدى مصر"])


def test_a_text_page_writing_a_known_outlets_arabic_name_alone(tmp_path):
    assert _imported_at(tmp_path, "camps/notes hol.txt", ARABIC_PAGE) == "مدى مصر"


def test_a_folder_named_for_the_outlet_in_latin_letters_keeps_its_latin_name(tmp_path):
    assert _imported_at(tmp_path, "mada-masr/2020/notes hol.txt", ARABIC_PAGE) == "Mada Masr"


def test_a_folder_names_the_outlet_by_its_name_or_initials():
    from archive.extract.outlet_page_forms import folder_writes_latin

    assert folder_writes_latin("Mada Masr", ("mada-masr",))
    assert folder_writes_latin("Mada Masr", ("2020", "Mada Masr"))
    assert folder_writes_latin("Bahrain News Agency", ("bna",))
    assert not folder_writes_latin("Mada Masr", ("camps",))
    assert not folder_writes_latin("Mada Masr", ("مدى مصر",))


def test_a_masthead_writing_the_latin_logo_beside_the_arabic_name_keeps_the_latin_name():
    from archive.extract.outlet_guards import PageLines
    from archive.extract.outlet_page_forms import latin_kept

    head = ["SMART | وكالة سمارت للأنباء", "الرئيسية  أخبار  تقارير"]
    assert latin_kept("SMART News Agency", PageLines(head, head, [], (), True, False, ("أرشيف",)))
    head = ["وكالة سمارت للأنباء", "الرئيسية  أخبار  تقارير"]
    assert not latin_kept("SMART News Agency", PageLines(head, head, [], (), True, False, ("camps",)))
