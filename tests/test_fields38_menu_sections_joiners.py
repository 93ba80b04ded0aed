"""Round 38 (issue #13): a section of the page's own menu, set over the headline, is no byline
("بین الملل" under the menu "سیاسی | بین الملل | اقتصادی"); a page's headline keeps the zero-width
non-joiners its markup writes ("اردوگاه‌های"), which the metadata reading drops. Through the real
CLI; pages written for the test."""

import sqlite_utils

from archive.extract.byline_desks import menu_section

TEXT_FA = ("با گذشت یک ماه از تحولات سیاسی در دمشق، نگرانی‌ها درباره سرنوشت هزاران زندانی وابسته به داعش در "
           "زندان‌های شمال شرق سوریه افزایش یافته است و مقام‌های محلی از کمبود امکانات سخن می‌گویند.\n\n"
           "کارشناسان امنیتی معتقدند هرگونه خلأ امنیتی در این مناطق می‌تواند به فرار زندانیان و بازسازی "
           "هسته‌های این گروه منجر شود و کشورهای مبدأ باید اتباع خود را بازگردانند.\n")


def rows(cli, db_path, folder) -> list:
    result = cli("import", db_path, folder, "--silent")
    assert result.exit_code == 0, result.output
    return list(sqlite_utils.Database(db_path).query("select title, author from articles"))


def test_a_menu_section_over_the_headline_is_no_author(cli, db_path, tmp_path):
    (tmp_path / "page.txt").write_text(
        "روزنامه نمونه\nصفحه اصلی | سیاسی | بین الملل | اقتصادی | اجتماعی | ورزشی\n"
        "یکشنبه ۲۳ دی ۱۴۰۳\nبین الملل\nنگرانی از سرنوشت زندانیان داعش در شمال شرق سوریه\n" + TEXT_FA,
        encoding="utf-8")
    assert [row["author"] for row in rows(cli, db_path, tmp_path)] == [None]


def test_menu_sections_by_shape():
    content = ["Site", "Home", "Politics", "World", "Sport", "Culture", "World", "Headline of the story here"]
    assert menu_section("World", content, 7)  # a menu one item a line, the section's label under it
    assert not menu_section("Jane Doe", content + ["Jane Doe"], 7)
    assert menu_section("World", ["Site", "Home | Politics | World | Sport", "World", "Headline"], 3)
    assert not menu_section("Jane Doe", ["Site", "Home | Politics | World", "Jane Doe", "Headline"], 3)
    assert not menu_section("World", ["Home", "Politics", "World", "Sport", "Headline"], 4)  # written once only


def test_a_headline_keeps_its_joiners(cli, db_path, tmp_path):
    headline = "توافق دمشق و «قسد» و آینده اردوگاه\u200cهای داعش"
    paragraph = ("<p>" + "دولت سوریه و نیروهای دموکراتیک سوریه در دمشق توافقی امضا کردند که آینده اردوگاه\u200cها "
                 "و زندان\u200cهای شمال شرق سوریه را روشن می\u200cکند و نگرانی\u200cها را کاهش می\u200cدهد. " * 3 + "</p>")
    (tmp_path / "page.html").write_text(
        "<!DOCTYPE html><html lang=\"fa\"><head><meta charset=\"utf-8\"><title>جوان آنلاین - نسخه چاپی</title></head>"
        f"<body><h1>{headline}</h1>{paragraph * 3}</body></html>", encoding="utf-8")
    assert [row["title"] for row in rows(cli, db_path, tmp_path)] == [headline]
