"""UTF-8 Arabic read as windows-1256 and saved again ("ط§ظ„" for "ال"): repaired, said, and a real
Arabic text, however many of the rare letters ط and ظ it holds, left as written."""

import json

from archive.extract.mojibake import repair
import sqlite_utils

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


def rows(db_path, sql):
    return list(sqlite_utils.Database(db_path).query(sql))


def _garbled(text: str) -> str:
    return text.encode("utf-8").decode("cp1256")


def test_a_records_short_fields_are_repaired_with_its_body(cli, db_path, tmp_path):
    """A title, byline and outlet of a few words carry too few signs to be judged alone; once the
    record's body is found to be Arabic read as windows-1256, they are read in the same encoding."""
    title, outlet, author = "نقل من غويران", "شبكة الخابور", "سامر الأحمد"
    assert repair(_garbled(title)) == (_garbled(title), False)  # alone: too short to judge
    record = {"title": _garbled(title), "body": _garbled(ARABIC), "outlet": _garbled(outlet),
              "author": _garbled(author), "tags": [_garbled("الحسكة")], "date": "2022-01-25",
              "url": "https://x.example/ar/1"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = cli("import", db_path, tmp_path / "a.jsonl", "--silent")
    assert result.exit_code == 0, result.output
    [row] = rows(db_path, "select a.title, a.body, o.name as outlet, a.author, a.tags"
                         " from articles a left join outlets o on o.id = a.outlet")
    assert (row["title"], row["body"], row["outlet"], row["author"]) == (title, ARABIC, outlet, author)
    assert json.loads(row["tags"]) == ["الحسكة"]


def test_a_records_real_arabic_title_is_left_beside_a_repaired_body(cli, db_path, tmp_path):
    """Only what reads as the same mojibake is repaired: a title already in Arabic letters (ط and ظ
    among them) stays as written."""
    title = "ظروف صعبة في مخيم الهول"
    record = {"title": title, "body": _garbled(ARABIC), "date": "2022-01-25", "url": "https://x.example/ar/2"}
    (tmp_path / "b.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("import", db_path, tmp_path / "b.jsonl", "--silent").exit_code == 0
    [row] = rows(db_path, "select title, body from articles")
    assert (row["title"], row["body"]) == (title, ARABIC)
