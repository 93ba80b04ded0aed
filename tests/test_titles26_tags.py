"""Tags, round 26 of issue #13 (titles26): a tag line's label in the page's own language, a blog
system's placeholder category, a share bar read as a row of tags.

- the words for tags, keywords, topics and subjects in the languages a news archive meets, before a
  colon (``tag_labels.txt [tag_labels]``), and the words for tags alone over their list;
- "Filed under: Uncategorized" (and its translations) names no subject: no tags;
- a row of short items naming a share bar's networks or verbs ("Condividi | Facebook | E-mail") is
  never a tag list read by its shape.
"""

import pytest

from archive.extract.article import build_article
from archive.extract.tag_labels import label_value, placeholders_only, share_item, tag_word_heading
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, and cut the fares for pupils.\n\n")


def _tags(after: str, header: str = "") -> list:
    page = "Ferry service resumes across the lake\n4 April 2022\n" + header + "\n" + TEXT + after
    return build_article(parse_text_article(page)).tags


@pytest.mark.parametrize("line, tags", [
    ("Ετικέτες: Λίμνη, Πλοία", ["Λίμνη", "Πλοία"]),
    ("Tagi: jezioro, promy", ["jezioro", "promy"]),
    ("Štítky: jezero, trajekty", ["jezero", "trajekty"]),
    ("Címkék: tó, kompok", ["tó", "kompok"]),
    ("Етикети: езеро, фериботи", ["езеро", "фериботи"]),
    ("Avainsanat: järvi, lautat", ["järvi", "lautat"]),
    ("Cuvinte cheie: lac, feriboturi", ["lac", "feriboturi"]),
    ("Kata kunci: danau, feri", ["danau", "feri"]),
    ("标签：湖泊, 渡轮", ["湖泊", "渡轮"]),
])
def test_a_tag_label_in_the_pages_language(line, tags):
    assert _tags(line + "\n") == tags


def test_the_label_is_read_only_before_its_colon():
    assert label_value("Θέματα: Λίμνη") == "Λίμνη"
    assert label_value("Temat rozmowy był prosty i wszyscy go znali") is None


def test_a_word_for_tags_alone_heads_the_list_below_it():
    assert tag_word_heading("Ετικέτες") and tag_word_heading("Címkék:")
    assert not tag_word_heading("Ετικέτες και άλλα")
    assert _tags("Ετικέτες\nΛίμνη\nΠλοία\n") == ["Λίμνη", "Πλοία"]


@pytest.mark.parametrize("line", ["Filed under: Uncategorized", "Posted in: Uncategorised", "Catégorie : Non classé",
                                  "التصنيف: غير مصنف"])
def test_a_placeholder_category_is_no_tag(line):
    assert _tags(line + "\n") == []


def test_a_real_category_is_still_read():
    assert _tags("Filed under: Ferries, Lakeport\n") == ["Ferries", "Lakeport"]
    assert placeholders_only(["Uncategorized"]) and not placeholders_only(["Uncategorized", "Ferries"])


@pytest.mark.parametrize("row", ["Condividi su Telegram | Condividi su WhatsApp | Copia link",
                                 "اشتراک در تلگرام | اشتراک در واتساپ | کپی لینک"])
def test_a_share_bar_under_the_date_is_no_tag_row(row):
    assert _tags("", header=row + "\n") == []
    assert share_item(row.split(" | ")[0]) and not share_item("Lakeport")
