"""Labels of the collection's languages as data (issue #13, round 22): Kurmanji months in their
oblique case ("9ê Sibatê 2025"), a Kurmanji reading time under the byline ("2–3 deqe"), a desk
credited as the author in English, Kurmanji or Arabic (no person), an export's columns named with a
record word before every name ("post_author", "post_tags") or in another language, and a tag list
separated by semicolons whose tags hold commas. Texts written here for the test."""

import datetime as dt
import json

import pytest

from archive.extract.article import build_article
from archive.extract.byline_desks import not_a_person
from archive.extract.dates import read_date
from archive.extract.header_times import without_reading_time
from archive.extract.tags import split_tags
from archive.readers.columns import by_name
from archive.readers.records import read_jsonl
from archive.readers.text import parse_text_article

KU_TEXT = ("GUNDÊ JÊRÎN – Şaredariya bajêr roja Sêşemê rêya nû ya di navbera du gundan de vekir û "
           "gundiyan got ku êdî zarok dikarin bi rehetî biçin dibistanê.\n\n"
           "Karmendekî şaredariyê got ku xebata rêyê çar mehan dom kir û ji bo havînê pireke din jî tê plankirin.\n\n")


def _kurmanji(header: str):
    page = "Şaredariyê rêya nû ya navbera gundan vekir\n\n" + header + "\n\n" + KU_TEXT + "Etîket: Rê, Gund, Şaredarî\n"
    return build_article(parse_text_article(page))


@pytest.mark.parametrize("text, day", [
    ("9ê Sibatê 2025", dt.date(2025, 2, 9)),
    ("20ê Sibatê 2025", dt.date(2025, 2, 20)),
    ("12ê Adarê 2025", dt.date(2025, 3, 12)),
    ("3ê Gulanê 2023", dt.date(2023, 5, 3)),
    ("Weşandin: 30ê Îlonê 2022", dt.date(2022, 9, 30)),
])
def test_a_kurmanji_month_in_its_oblique_case(text, day):
    assert read_date(text).date == day


@pytest.mark.parametrize("line", ["2–3 deqe", "4 deqe", "3 min de lecture"])
def test_reading_times_in_more_languages(line):
    assert without_reading_time(line) == ""


def test_a_kurmanji_byline_over_a_reading_time_and_a_dated_label():
    article = _kurmanji("Rojda Bekir\n\n2–3 deqe\n\nWeşandin: 14ê Sibatê 2024")
    assert article.author == "Rojda Bekir"
    assert article.published == "2024-02-14"
    assert article.title == "Şaredariyê rêya nû ya navbera gundan vekir"
    assert article.tags == ["Rê", "Gund", "Şaredarî"]


@pytest.mark.parametrize("credit", ["Valley Newsdesk", "Navenda Nûçeyan", "المركز الإخباري", "La rédaction"])
def test_a_desk_credit_names_no_person(credit):
    assert not_a_person(credit, None)


@pytest.mark.parametrize("name", ["Rojda Bekir", "Jane Desmond", "فراس حداد"])
def test_a_person_stays_a_person(name):
    assert not not_a_person(name, None)


def test_a_kurmanji_news_centre_credit_is_no_author():
    article = _kurmanji("Nûçe: Navenda Nûçeyan\n\n2–3 deqe\n\nWeşandin: 14ê Sibatê 2024")
    assert article.author is None
    assert article.published == "2024-02-14"


def test_columns_behind_a_record_word_and_in_other_languages():
    found = by_name(["post_id", "post_title", "post_date", "post_author", "post_tags", "post_content", "site_name"])
    assert found == {"post_id": "id", "post_title": "title", "post_date": "published", "post_author": "author",
                     "post_tags": "tags", "post_content": "body", "site_name": "outlet"}
    assert by_name(["sernav", "nivîskar", "naverok", "etîket"]) == {
        "sernav": "title", "nivîskar": "author", "naverok": "body", "etîket": "tags"}
    assert by_name(["author_name", "tag_list"]) == {"author_name": "author", "tag_list": "tags"}
    assert by_name(["postscript", "newsroom"]) == {}  # no known name behind the word


def test_an_export_s_prefixed_author_and_tags_are_read(tmp_path):
    body = ("<p>افتتحت البلدية يوم الثلاثاء طريقاً جديداً بين قريتين بعد أربعة أشهر من العمل.</p>"
            "<p>وقال موظف في البلدية إن جسراً آخر سيبنى قبل الصيف.</p>")
    rows = [{"post_id": n, "post_title": f"افتتاح طريق جديد بين القريتين {n}", "post_date": "2024-06-1" + str(n),
             "post_author": "رامي حداد", "post_tags": json.dumps(["الطرق", "البلدية"], ensure_ascii=False),
             "post_content": body} for n in range(3)]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    records = list(read_jsonl(path))
    assert [r.author for r in records] == ["رامي حداد"] * 3
    assert [r.tags for r in records] == [["الطرق", "البلدية"]] * 3


def test_semicolons_keep_the_commas_inside_a_tag():
    assert split_tags("Roads; Villages; Water, sanitation and hygiene") == ["Roads", "Villages",
                                                                           "Water, sanitation and hygiene"]
    assert split_tags("Roads, Villages, Water") == ["Roads", "Villages", "Water"]
    page = ("Council opens the new road between the villages\n4 April 2022\n\n"
            "The council opened the new road on Tuesday after four months of work.\n\n"
            "An official said a second bridge would follow before the summer.\n\n"
            "Topics: Roads; Villages; Water, sanitation and hygiene\n")
    assert build_article(parse_text_article(page)).tags == ["Roads", "Villages", "Water, sanitation and hygiene"]


SO_TEXT = ("شارەوانی ڕۆژی سێشەممە ڕێگای نوێی نێوان دوو گوندەکەی کردەوە دوای چوار مانگ کارکردن.\n\n"
           "فەرمانبەرێکی شارەوانی گوتی پردێکی تریش پێش هاوین دروست دەکرێت.\n\nتاگەکان: ڕێگا، گوند\n")


@pytest.mark.parametrize("header, author", [
    ("ڕۆژان ئەحمەد\n٣ خولەک\nبڵاوکراوەتەوە: ٢٠ی شوباتی ٢٠٢٥", "ڕۆژان ئەحمەد"),
    ("ناوەندی هەواڵ\n٣ خولەک\n٢٠ی شوباتی ٢٠٢٥", None),
])
def test_a_sorani_header_a_name_or_a_news_centre_over_a_reading_time(header, author):
    article = build_article(parse_text_article("شارەوانی ڕێگای نوێی نێوان گوندەکانی کردەوە\n\n" + header + "\n\n" + SO_TEXT))
    assert article.author == author
    assert article.published == "2025-02-20"
    assert article.title == "شارەوانی ڕێگای نوێی نێوان گوندەکانی کردەوە"
    assert article.tags == ["ڕێگا", "گوند"]


@pytest.mark.parametrize("credit, nobody", [
    ("خاص نشرة الوادي", True),  # "exclusive to" the outlet: the mark in construct with its name
    ("القسم الإخباري", True),
    ("خالد الخاص", False),  # the word elsewhere in a name
    ("Exclusive Jane Doe", False),  # the construct is Arabic's
])
def test_an_arabic_exclusive_mark_before_the_outlet_and_a_news_section_name_nobody(credit, nobody):
    assert not_a_person(credit, None) is nobody


@pytest.mark.parametrize("credit, nobody", [
    ("Short Url", True),  # a share link's label
    ("الصورة أرشيفية", True),  # "archive photo"
    ("Valley Editorial", True),  # a desk's credit ending on "Editorial"
    ("Clare Short", False),
    ("Jane Link", False),
])
def test_interface_and_photo_labels_taken_for_a_byline_name_nobody(credit, nobody):
    assert not_a_person(credit, None) is nobody


@pytest.mark.parametrize("credit, nobody", [
    ("دير الزور", True),  # where the story comes from, read for a byline
    ("الحسكة", True),
    ("روج", False),  # a place's name and a given name: kept
    ("فراس حداد", False),
])
def test_an_arabic_place_alone_is_no_byline(credit, nobody):
    assert not_a_person(credit, None) is nobody
