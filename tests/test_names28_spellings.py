"""names28: families read off held27's misses (texts written for the tests): press spellings of
French, German and Turkish reports the gazetteer lacked (Turkish "Tabka"; German s for
Arabic z, "Deir es-Sor"; Turkish "barajı", German "-staudamm" for a dam; a Kurdish town name), and
bare names in a Persian text; Turkish final p read as Arabic b (Arap)."""

from names_index import index_bodies


def test_turkish_and_german_press_spellings(tmp_path):
    index = index_bodies(tmp_path, {
        "kobani": "Shops in Kobane reopened after the holiday.",
        "deir": "Teachers in Deir ez-Zor went unpaid for a month.",
        "dam": "Engineers at the Tishrin dam asked for spare parts.",
        "other": "Wheat prices rose in Qamishli.",
    })
    assert set(index.matching_ids("Ayn al-Arap")) == {"kobani"}
    assert set(index.matching_ids("Deir es-Sor")) == {"deir"}
    assert set(index.matching_ids("Tişrin Barajı")) == {"dam"}


def test_a_towns_other_names_in_kurdish_and_a_short_transliteration(tmp_path):
    index = index_bodies(tmp_path, {
        "kurdish": "Officials in Kaniya Xezalê kept the gate shut.",
        "turkish": "Ceylanpınar's market was busy.",
        "busayra": "Farmers near Bseira moved their sheep.",
        "other": "The gate at Akçakale opened.",
    })
    assert set(index.matching_ids("Ceylanpinar")) == {"kurdish", "turkish"}
    assert set(index.matching_ids("al-Busayrah")) == {"busayra"}



def test_a_persian_text_writes_names_without_the_arabic_article(tmp_path):
    """arabic_terms.in_persian_text: Persian has no Arabic article, so a bare name in a Persian text
    (به رقه, رود فرات) is the name; in Arabic the bare word stays the common word (هول, "horror")."""
    index = index_bodies(tmp_path, {
        "persian": "خانواده‌های زیادی به رقه رفتند و کشاورزان کنار رود فرات ماندند.",
        "arabic": "نزحت عائلات إلى الرقة.",
        "horror": "تحدث الناجون عن هول ما رأوه.",
    })
    assert set(index.matching_ids("الرقة")) == {"persian", "arabic"}
    assert set(index.matching_ids("Raqqa")) == {"persian", "arabic"}
    assert set(index.matching_ids("Euphrates")) == {"persian"}
    assert set(index.matching_ids("الهول")) == set()


def test_turkish_writes_a_final_b_as_p(tmp_path):
    """orthographies: Turkish makes a word's final voiced consonant voiceless, Arabic b after a vowel is
    p (Arap, Halep): read back as b, "Ain el-Arap" is Ain al-Arab (Kobani), no spelling listed."""
    from indexer.fulltext.orthographies import reading

    assert reading("Arap", "turkish") == "arab" and reading("Kapı", "turkish") == "kapi"
    index = index_bodies(tmp_path, {
        "kobani": "Shops in Kobane reopened after the holiday.",
        "other": "Wheat prices rose in Qamishli.",
    })
    assert set(index.matching_ids("Ain el-Arap")) == {"kobani"}
    assert set(index.matching_ids("Ayn al-Arap")) == {"kobani"}
