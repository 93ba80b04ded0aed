"""Round 23 (authors23): bylines, what a person's name looks like and what is never one."""

from archive.extract.byline_desks import not_a_person
from archive.extract.person_names import bare_name, person_name


# -- a name, then where it was filed from ------------------------------------------------------

def test_name_then_a_dateline_place_in_capitals():
    assert bare_name("Koray Demirtaşoğlu - DEIR EZ-ZOR") == "Koray Demirtaşoğlu"


def test_arabic_name_then_a_place_of_the_gazetteer():
    assert bare_name("وليد السماك - أربيل") == "وليد السماك"


def test_arabic_outlet_then_a_desk_word_is_no_name():
    assert bare_name("صوت الجزيرة - متابعات") is None


def test_a_place_then_a_desk_word_is_no_name():
    assert bare_name("دير الزور - خاص") is None


def test_a_count_label_is_no_name():
    assert bare_name("عدد المشاهدات: 5120") is None


# -- what an Arabic name looks like ------------------------------------------------------------

def test_arabic_heading_with_a_particle_is_no_person():
    assert not person_name("مقالات قد تعجبك")


def test_arabic_share_button_is_no_person():
    assert not person_name("شارك المقال")


def test_arabic_statement_heading_is_no_person():
    assert bare_name("بيان إلى أهالي المنطقة") is None or not person_name("بيان إلى أهالي المنطقة")


def test_arabic_names_with_a_patronymic_or_kunya_are_persons():
    assert person_name("سعد بن ناصر القحطاني")
    assert person_name("أم سامر")
    assert bare_name("سعد بن ناصر القحطاني") == "سعد بن ناصر القحطاني"


# -- the outlet's own names, desks -------------------------------------------------------------

def test_the_outlets_initials_are_no_person():
    assert not_a_person("MRN", "Morning Radio Network")


def test_the_outlets_short_form_is_no_person():
    assert not_a_person("Springfield Herald", "SpringHerald")
    assert not_a_person("Cleveland Ledger", "ClevyLedger")


def test_a_person_beside_the_outlets_short_form_stays():
    assert not not_a_person("Maren Oakhurst", "SpringHerald")


def test_an_outlet_ending_on_news_is_no_person():
    assert not_a_person("البصرة نيوز", None)
    assert not_a_person("Lakeshore News", None)


def test_an_explainers_desk_is_no_person():
    assert not_a_person("XY Explainers", None)


# -- a byline glued to the date line under it ---------------------------------------------------

def test_latin_byline_glued_to_a_weekday():
    from archive.extract.bylines import byline
    assert byline("By Imke HalvorsenThursday 9 March 2023")[0] == "Imke Halvorsen"


def test_arabic_byline_glued_to_a_weekday():
    from archive.extract.bylines import byline
    assert byline("كتب: ليلى المصري وعمر الحايكالخميس 09 آذار 2023")[0] == "ليلى المصري وعمر الحايك"


def test_a_name_ending_on_a_months_letters_is_not_cut():
    from archive.extract.bylines import byline
    assert byline("By Ana Tamay 9 March 2023")[0] == "Ana Tamay"


# -- a byline line read by its shape ------------------------------------------------------------

def test_exclusive_mark_beside_a_reporters_name():
    from archive.extract.byline_shapes import byline_by_shape
    assert byline_by_shape("حصري - يوسف الكردي") == "يوسف الكردي"


def test_exclusive_mark_beside_an_outlet_names_nobody():
    from archive.extract.byline_shapes import byline_by_shape
    assert byline_by_shape("خاص - الشبكة الإخبارية") is None


def test_date_name_and_a_one_word_place():
    from archive.extract.byline_shapes import byline_by_shape
    assert byline_by_shape("الخميس 09/03/2023 - هاني العتيبي - الدمام") == "هاني العتيبي"


# -- bylines under the text, beside the date, over the date -------------------------------------

def test_a_wire_signature_with_its_tag_glued_after_a_slash():
    assert bare_name("Sigrid Holmqvist/NTB") == "Sigrid Holmqvist"


def test_a_slash_between_capitals_is_no_signature():
    assert bare_name("AC/DC") is None


def test_a_date_then_a_name_set_apart_by_spaces_only():
    from archive.extract.bylines import name_before_date
    assert name_before_date("March 14, 2019   Karim Nasrallah") == "Karim Nasrallah"
    assert name_before_date("12 March 2021 Middle East") is None


def test_a_wire_credit_with_its_colon():
    from archive.extract.bylines import byline
    assert byline("Reporting by: Karim Nasrallah")[0] == "Karim Nasrallah"


def test_a_long_author_label():
    from archive.extract.bylines import byline
    assert byline("Author of the article: Wendell Okafor")[0] == "Wendell Okafor"


def test_a_role_in_small_letters_under_the_name():
    from archive.extract.person_names import role_line
    assert role_line("Senior diplomatic correspondent")
    assert not role_line("He was a reporter")


def test_a_name_over_an_outlet_and_place_credit_then_the_date():
    from archive.extract.byline_blocks import name_over_date
    block = name_over_date(["فيصل بن سعد الدوسري", "الوطن - الدمام", "نُشر في: 14 مارس 2022م - 09:15"])
    assert block and block[0] == "فيصل بن سعد الدوسري"


# -- several writers, a section beside the byline, a byline under section lines -----------------

def test_writers_apart_by_semicolons_each_with_a_role():
    from archive.extract.bylines import byline
    found = byline("Authors: Dr. Leyla Sharaf, Senior Fellow; Tomas Brandt, Research Associate")
    assert found[0] == "Leyla Sharaf and Tomas Brandt"


def test_a_section_word_beside_a_labelled_byline_and_the_date():
    from archive.extract.byline_blocks import meta_line
    assert meta_line("Commentary · By Ilse Varga and Omar Tahan · 04.11.22")[0] == "Ilse Varga and Omar Tahan"


def test_a_labelled_byline_under_section_lines_then_its_date():
    from archive.extract.byline_blocks import name_over_date
    block = name_over_date(["Business", "By Ruth Okonjo and Pita Sefo", "Economics reporters", "3 Mar, 2021 06:00 AM"])
    assert block and block[0] == "Ruth Okonjo and Pita Sefo"


def test_the_outlets_name_without_its_kind_word_is_no_person():
    from archive.extract.outlet_names import outlet_table
    from archive.extract.paragraphs import plain
    from archive.extract.outlets import known_outlet, the_less_outlet

    def kinded(entry, alias):  # "قناة <name>", the name alone neither the outlet's canonical name nor a known form
        words = plain(alias).split()
        return len(words) == 2 and words[0] in ("قناه", "وكاله", "صحيفه") and words[1] not in plain(entry.name) \
            and not known_outlet(alias.split()[1]) and not the_less_outlet(alias.split()[1])

    entry, alias = next((e, a) for e in outlet_table().outlets for a in e.aliases if kinded(e, a))
    assert not_a_person(alias.split()[1], entry.name)


# -- what stands between the name and the date line ---------------------------------------------

def test_a_place_line_between_the_name_and_the_date():
    from archive.extract.byline_blocks import name_over_date
    block = name_over_date(["Ingrid Solberg", "Raqqa, Syria", "Published June 2, 2020"])
    assert block and block[0] == "Ingrid Solberg"


def test_an_expert_role_and_a_note_on_the_writer_between_the_name_and_the_date():
    from archive.extract.byline_blocks import name_over_date
    block = name_over_date(["Conrad Ashby", "Policy Forum Expert",
                            "Conrad Ashby is a former envoy who served in Baghdad.", "May 9, 2023"])
    assert block and block[0] == "Conrad Ashby"


def test_a_second_name_shaped_line_still_gives_none():
    from archive.extract.byline_blocks import name_over_date
    assert name_over_date(["Ingrid Solberg", "Duluth Heights", "Published June 2, 2020"]) is None


# -- a press contact under a text is not its writer ---------------------------------------------

def test_a_press_contact_role_line():
    from archive.extract.footer_metadata import contact_role
    assert contact_role("Press Officer")
    assert contact_role("Pressesprecher")
    assert contact_role("الناطق الرسمي")
    assert not contact_role("Senior Reporter")


def test_a_name_over_a_press_contact_role_closing_a_release_is_no_author():
    from archive.readers.text import parse_text_article
    text = ("Regional Court of Example\n\nPress release 12/2024\n\n"
            "Court sentences returnee to four years in prison\n\n"
            "The regional court on Tuesday sentenced a 34-year-old woman to four years in prison for "
            "membership of a terrorist organisation abroad, the court said in a statement.\n\n"
            "The woman had lived in several towns held by the group before she was detained in a camp "
            "in 2019 and brought back with her children last year.\n\n"
            "The judgment is not yet final and can be appealed to the federal court.\n\n"
            "Hanna Vestergaard\nPress Officer\n")
    assert parse_text_article(text, "release.txt").author is None


def test_a_name_then_one_word_right_over_the_date_line():
    from archive.extract.byline_blocks import name_over_date
    assert name_over_date(["ياسمين العبدالله - عنب", "03 أيار 2022"])[0] == "ياسمين العبدالله"
    assert name_over_date(["Jane Doe - Updated", "May 5, 2021"]) is None
    assert name_over_date(["صوت الجزيرة - متابعات", "الاثنين 12 يونيو 2023"]) is None
