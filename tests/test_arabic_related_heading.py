"""Round 12: the Arabic headings of related links ("مقالات ذات صلة", related articles) are page
furniture (archive/data/page_furniture.txt): a list of tags ends above one, and none is a tag."""

from pathlib import Path

from archive.extract import paragraphs
from archive.readers.text import read_text_file


def test_the_heading_is_furniture():
    assert paragraphs.judge("مقالات ذات صلة", frozenset()).furniture == "link"


def test_tags_end_above_the_related_heading(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "عودة عائلات إلى قرى ريف دير الزور\n\n"
        "عادت عشرات العائلات خلال الأسابيع الماضية إلى قراها في ريف دير الزور الشرقي بعد سنوات من النزوح في المخيمات.\n\n"
        "ويقول الأهالي إن الخدمات ما تزال ضعيفة وإن المدارس تحتاج إلى ترميم قبل بداية العام الدراسي.\n"
        "الوسوم\n"
        "دير الزور، النزوح، المخيمات\n"
        "مقالات ذات صلة\n", encoding="utf-8")
    record = list(read_text_file(path))[0]
    assert record.tags == ["دير الزور", "النزوح", "المخيمات"]


def test_kurdish_related_headings_are_furniture_and_no_name():
    from archive.extract.page_layout import name_under_text

    assert paragraphs.judge("بابەتی پەیوەندیدار", frozenset()).furniture == "link"
    assert paragraphs.judge("Nûçeyên têkildar", frozenset()).furniture == "link"
    content = ["سەردێڕ", "دەقی هەواڵەکە لێرەدا دەنووسرێت و چەند ڕستەیەکی تێدایە بۆ تاقیکردنەوە.",
               "بابەتی پەیوەندیدار"]
    lines = paragraphs.classify(content)
    assert name_under_text(content, lines, [1], set()) is None
