"""UTF-8 Arabic read as windows-1256 and saved again ("ط§ظ„" for "ال"): repaired, said, and a real
Arabic text, however many of the rare letters ط and ظ it holds, left as written."""

from archive.extract.mojibake import repair

ARABIC = ("هاجم تنظيم داعش سجن غويران في مدينة الحسكة في كانون الثاني عام ألفين واثنين وعشرين، "
          "وقالت قوات سوريا الديمقراطية إن الاشتباكات استمرت أياماً حول السجن والأحياء المجاورة له.")


def test_the_double_encoded_text_is_repaired():
    garbled = ARABIC.encode("utf-8").decode("cp1256", errors="strict")
    assert "ط§ظ„" in garbled
    assert repair(garbled) == (ARABIC, True)


def test_real_arabic_is_left_alone():
    text = "ظلّ الطبيب يعالج المرضى في مخيم الهول طوال الليل، وطلب الطاقم مزيداً من الأدوية. " * 3
    assert repair(text) == (text, False)
    assert repair(ARABIC) == (ARABIC, False)
