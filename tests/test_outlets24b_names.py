"""Round 24 (outlets24b): an outlet found but named wrong. The forms kept with a name: an Arabic kind
word a name needs ("وكالة X للأنباء", "صحيفة X الجديدة"), an organisation's "Group"."""

import pytest

from archive.extract.outlet_forms import bare_name


@pytest.mark.parametrize("written, kept", [
    ("وكالة النهرين للأنباء", "وكالة النهرين للأنباء"),  # "X's agency for news": the kind is the name's
    ("وكالة السهل الإخبارية", "وكالة السهل الإخبارية"),  # an adjective agreeing with the kind word
    ("صحيفة وادي النهر الجديدة", "صحيفة وادي النهر الجديدة"),
    ("صحيفة السهل", "السهل"),  # a description before a name: left out
    ("موقع نهر برس", "نهر برس"),
    ("جريدة الفجر الجديد", "الفجر الجديد"),  # the adjective agrees with the name, not the kind word
])
def test_arabic_kind_word_kept_where_the_name_needs_it(written, kept):
    assert bare_name(written) == kept


@pytest.mark.parametrize("written, kept", [
    ("Landmine Clearance Group", "Landmine Clearance Group"),  # an NGO's name ends in "Group"
    ("Valley Research Group", "Valley Research Group"),
    ("Lakeside Media Group", "Lakeside"),  # a media group: the company behind the site
    ("Herald Publishing Group Ltd", "Herald"),
    ("Camp Gazette DAC", "Camp Gazette"),
])
def test_group_alone_is_no_company_form(written, kept):
    assert bare_name(written) == kept


# --- a known outlet the data names by an acronym: the full name the page writes as a name --------

from archive.extract.outlet_full_names import abbreviates, is_acronym, name_line, written_full_name  # noqa: E402


def test_an_acronym_abbreviates_its_full_name_initials_or_syllables():
    assert is_acronym("FENA") and is_acronym("UzA") and not is_acronym("Reuters")
    assert abbreviates("FENA", "Federalna novinska agencija")  # syllables
    assert abbreviates("ORF", "Österreichischer Rundfunk")  # accents folded
    assert not abbreviates("NRK", "NRK Nyheter")  # an edition writes the acronym itself
    assert not abbreviates("ABC", "Lakeside Broadcasting Company")


def test_the_full_name_written_as_a_name_line_is_stored():
    assert written_full_name("NRK", ["Nyheter", "NRK – Norsk rikskringkasting AS"]) == "Norsk rikskringkasting"
    assert written_full_name("MIA", ["MIA", "Macedonian Information Agency", "Skopje (MIA) - ..."]) \
        == "Macedonian Information Agency"


def test_a_copyright_holder_or_a_sentence_is_no_name_line():
    assert written_full_name("CNN", ["© 2024 Cable News Network. All Rights Reserved."]) is None
    assert written_full_name("CNN", ["Cable News Network said on Monday that its reporters had left."]) is None
    assert name_line("Cable News Network (CNN)", "CNN") == "cablenewsnetwork"
    assert written_full_name("CNN", ["CNN", "By a reporter, CNN"]) is None  # nothing but the acronym


def test_a_page_writing_the_agencys_name_stores_it(tmp_path):
    from archive.extract.article import build_article
    from archive.readers.text import read_text_file

    page = ["Home | News | World", "", "Storm floods the river valley", "", "12.03.2024 10:15", "",
            "SKOPJE, March 12 (MIA) - Heavy rain flooded villages along the river on Tuesday, the crisis centre said.",
            "", "Rescue teams moved about two hundred people to schools on higher ground, officials said.", "",
            "Roads to three villages stayed closed on Tuesday evening, the police said.", "",
            "MIA - Macedonian Information Agency", "All rights reserved."]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (raw,) = list(read_text_file(path))
    assert build_article(raw).outlet == "Macedonian Information Agency"


# --- a text page in Arabic script: its outlet named in its own script where it writes it ----------

from archive.extract.outlet_script_forms import file_names, page_script_name  # noqa: E402

ARABIC_BODY = ["افتتحت البلدية مدرسة جديدة في الحي الشرقي بعد أشهر من الانتظار، وقال الأهالي إن الصفوف امتلأت في اليوم الأول.",
               "وأضاف المدرس أن المدرسة تحتاج إلى كتب ومقاعد إضافية قبل نهاية الفصل."]


def test_the_arabic_name_the_page_writes_replaces_its_transliteration():
    assert page_script_name("Nida al-Sahil", ["نداء الساحل - جميع الحقوق محفوظة"], ARABIC_BODY) == "نداء الساحل"
    assert page_script_name("Nida al-Sahil", ["© 2023 Nida al-Sahil"], ARABIC_BODY, ("نداء الساحل - المدرسة",)) \
        == "نداء الساحل"  # the name its file was saved under


def test_the_latin_name_stays_for_a_brand_in_two_scripts_or_a_latin_page():
    assert page_script_name("Nida al-Sahil", ["Nida al-Sahil | نداء الساحل"], ARABIC_BODY) is None
    assert page_script_name("Nida al-Sahil", ["نداء الساحل"], ["The school opened on Monday in the eastern district."]) is None
    assert page_script_name("Nida al-Sahil", ["صوت المدينة"], ARABIC_BODY) is None  # another name


def test_file_names_are_the_files_and_its_folders():
    assert file_names("/data/عربي/نداء الساحل - المدرسة.txt") == ("نداء الساحل - المدرسة", "عربي")
    assert file_names(None) == ()


def test_a_text_page_in_arabic_stores_the_name_it_writes_in_its_script(tmp_path):
    from archive.extract.article import build_article
    from archive.readers.text import read_text_file

    folder = tmp_path / "نداء الساحل"
    folder.mkdir()
    page = ["الرئيسية | أخبار | تقارير", "", "افتتاح مدرسة جديدة في الحي الشرقي", "", "الإثنين 21 آب 2023", "",
            *ARABIC_BODY, "", "© 2023 Nida al-Sahil - جميع الحقوق محفوظة"]
    path = folder / "مدرسة.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (raw,) = list(read_text_file(path))
    assert build_article(raw).outlet == "نداء الساحل"


# --- the site's masthead and footer agree on a known outlet: a wire's credit line is its source --

def test_a_masthead_link_home_in_other_languages_names_the_outlet():
    from archive.extract.outlet_agreement import _head_name
    from archive.extract.outlet_names import known_outlet

    assert known_outlet("Reuters Startseite") == "Reuters"
    assert known_outlet("Reuters Accueil") == "Reuters"
    assert _head_name("Reuters Startseite | Abo | Anmelden") == "Reuters"


def test_the_sites_masthead_and_footer_outrank_a_wires_credit_line(tmp_path):
    from archive.extract.article import build_article
    from archive.readers.text import read_text_file

    page = ["The Guardian Startseite | Abo | Anmelden", "", "Flood waters reach the old town", "", "12.03.2024",
            "Agenturmeldung / AFP", "",
            "Heavy rain flooded the old town on Tuesday after the river burst its banks, the fire service said.", "",
            "Rescue teams moved about two hundred people to schools on higher ground, officials said.", "",
            "© Guardian News & Media Limited 2024. Alle Rechte vorbehalten."]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(page) + "\n", encoding="utf-8")
    (raw,) = list(read_text_file(path))
    assert build_article(raw).outlet == "The Guardian"


# --- a known outlet the data names in English, on a page in its own language ---------------------

def test_own_language_spellings_are_full_names_in_another_language():
    from archive.extract.outlet_full_names import own_language_spellings

    assert "Anadolu Ajansı" in own_language_spellings("Anadolu Agency")
    assert own_language_spellings("Reuters") == ()


def test_a_page_in_the_outlets_own_language_stores_its_own_name():
    from archive.extract.outlet_full_names import own_language_name

    turkish = ["Ankara'da belediye meclisi yeni bütçeyi kabul etti ve yatırımlar için ek kaynak ayırdı.",
               "Belediye başkanı, yeni yolların ve okulların yapımının önümüzdeki ay başlayacağını söyledi."]
    english = ["The city council in Ankara approved the new budget and set aside more money for roads.",
               "The mayor said that work on the new roads and schools would begin next month."]
    assert own_language_name("Anadolu Agency", turkish) == "Anadolu Ajansı"
    assert own_language_name("Anadolu Agency", english) is None

