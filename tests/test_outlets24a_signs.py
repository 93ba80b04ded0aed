"""Outlets missed or taken from another outlet's sign (round 24, outlets24a): a wire's credit line on a
paper's page, a first line naming its own kind, a closing note naming the issue, a run-on dateline,
two scripts side by side, a tagline phrase, a name beside its initials."""

from archive.extract.about_outlets import issue_note_outlet
from archive.extract.masthead_lines import masthead_name
from archive.extract.outlet_footers import footer_outlet
from archive.extract.outlet_signs import outlet_from_dateline
from archive.extract.outlets import initialled_form
from archive.extract.wire_credits import own_over_wire
from archive.readers.text import parse_text_article

BODY = ("The water board of the valley said on Tuesday that the pumping station would stay closed for "
        "at least another week while engineers replaced the damaged pipes along the river road.\n\n"
        "Residents of the eastern districts have been buying water from private tankers, and prices have "
        "doubled since the start of the month, according to the traders who run them.\n\n"
        "The board asked people to store water where they could and to report leaks to its office.\n")

ARABIC_BODY = ("قالت إدارة المياه في الوادي يوم الثلاثاء إن محطة الضخ ستبقى مغلقة أسبوعاً آخر على الأقل "
               "ريثما يستبدل المهندسون الأنابيب المتضررة على طريق النهر.\n\n"
               "ويشتري سكان الأحياء الشرقية المياه من صهاريج خاصة، وقد تضاعفت الأسعار منذ بداية الشهر.\n\n"
               "وطلبت الإدارة من الناس تخزين المياه حيث أمكن والإبلاغ عن التسربات.\n")


def outlet_of(text: str, path: str = "page.txt"):
    return parse_text_article(text, path).outlet


# -- a wire's credit on a page that is another outlet's own ------------------------------------------

HEAD = ["L.H.T. Home  |  Subscribe  |  Sign in", "Pumping station stays shut", "20.02.2024", "Agency report / dpa"]
FOOT = ["Topics: Water", "© Lakeside Herald Tribune GmbH 2024. All rights reserved."]


def test_the_papers_own_copyright_and_masthead_outrank_a_wire_credit():
    assert own_over_wire("Deutsche Presse-Agentur", "dpa", HEAD, FOOT) == "Lakeside Herald Tribune"


def test_a_wire_stays_where_the_page_is_the_wires_its_head_names_no_other_or_no_label_says_credit():
    assert own_over_wire("Deutsche Presse-Agentur", "dpa", HEAD, ["© dpa 2024. All rights reserved."]) is None
    assert own_over_wire("Deutsche Presse-Agentur", "dpa", HEAD[1:], FOOT) is None  # no masthead writes the holder
    alone = HEAD[:3] + ["DPA"]  # the wire alone under the headline: the truths disagree, left as it is
    assert own_over_wire("Deutsche Presse-Agentur", "DPA", alone, FOOT) is None
    assert own_over_wire("Lakeside Herald Tribune", "Agency report / Lakeside Herald Tribune", HEAD,
                         ["© Other Paper 2024"]) is None  # no wire


def test_an_arabic_rights_line_naming_the_house_of_a_known_paper():
    line = "جميع حقوق النشر محفوظة لمؤسسة الأهرام"
    assert footer_outlet(line) == "Al-Ahram"
    head = ["بوابة الأهرام", "الأهرام", "الرئيسية", "المصدر: أ ش أ"]
    assert own_over_wire("Middle East News Agency", "أ ش أ", head, [line]) == "Al-Ahram"


# -- a first line naming its own kind --------------------------------------------------------------

def test_a_first_line_naming_its_kind_is_the_masthead():
    text = "Rojnameya Çiyayê Kesk — Malper\n\nAv li taxên rojhilat hat birîn\n\n12.03.2023\n\n" + BODY
    assert outlet_of(text) == "Rojnameya Çiyayê Kesk"


def test_an_arabic_radio_masthead_with_a_tagline_over_its_menu():
    text = ("إذاعة الوادي الأخضر - صوت الناس\nالبث المباشر | البرامج | الأخبار\n\n"
            "إغلاق محطة الضخ في ريف الوادي أسبوعاً آخر بسبب أعطال الأنابيب\n\nتقرير: سلمى النهر\n5 آذار 2023\n\n"
            + ARABIC_BODY)
    assert outlet_of(text) == "إذاعة الوادي الأخضر"


def test_a_ministry_over_its_menu():
    text = ("Ministry of Water and Rivers of Lakeland\nNews  Policy  Services  About us\n\n"
            "Pumping station to stay closed for another week\n\n07.10.2021\n\n" + BODY)
    assert outlet_of(text) == "Ministry of Water and Rivers of Lakeland"


def test_a_ministry_in_capitals_over_a_language_switch_not_its_breadcrumb():
    text = ("MINISTRY OF WATER AND RIVERS OF THE LAKE REPUBLIC\nКӨЛ РЕСПУБЛИКАСЫНЫН СУУ МИНИСТРЛИГИ\n"
            "Кыргызча | Русский | English\nMain / Press center / News\n\n"
            "Pumping station to stay closed for another week\n\n07.10.2021\n\n" + BODY)
    assert outlet_of(text) == "Ministry of Water and Rivers of the Lake Republic"


# -- a closing note naming the issue -----------------------------------------------------------------

def test_a_reader_view_closing_note_naming_the_issue_with_the_sites_domain_over_it():
    lines = ["lakereview.org", "Pumping station stays shut", "Sam River", BODY,
             "This article is from the May-June 2021 issue of Lake Review.",
             "You can read the whole archive with a subscription."]
    assert issue_note_outlet(lines) == "Lake Review"
    assert issue_note_outlet(["Pumping station stays shut", BODY,
                              "This article is from the May-June 2021 issue of Lake Review."]) is None  # one sign alone


# -- a run-on dateline -----------------------------------------------------------------------------

def test_a_dateline_whose_story_runs_on_after_the_agencys_tag():
    assert outlet_from_dateline("Lakeport (AFP) The water board said on Tuesday that") == "Agence France-Presse"
    assert outlet_from_dateline("LAKEPORT (Reuters) The water board said on Tuesday") == "Reuters"
    assert outlet_from_dateline("Jane Doe (AFP) The water board said on Tuesday") is None  # a picture's credit
    assert outlet_from_dateline("Queues for water (AFP) Residents said on Tuesday") is None


# -- names on a logo line --------------------------------------------------------------------------

def test_a_name_in_two_scripts_side_by_side():
    assert masthead_name("Lakeside Voice صوت البحيرة") == "Lakeside Voice"


def test_a_name_beside_a_tagline_phrase():
    assert masthead_name("Valley Courier | News about the towns of the valley") == "Valley Courier"
    assert masthead_name("World | Valley Courier") is None  # two names: no phrase to leave out


def test_a_name_beside_its_initials_keeps_the_word_the_initials_hold():
    assert masthead_name("LRG | Lakeside Relief Group") == "Lakeside Relief Group"
    assert initialled_form("Lakeside Relief Group", "Lakeside Relief", ["LRG | Lakeside Relief Group"]) \
        == "Lakeside Relief Group"
    assert initialled_form("Lakeside Relief Group", "Lakeside Relief", ["Lakeside Relief Group"]) == "Lakeside Relief"


class _Line:
    furniture = None


def test_a_kind_named_first_line_needs_two_words_and_leaves_the_naming_of_a_stripped_kind_word_to_others():
    from archive.extract.first_line_mastheads import kind_masthead

    lines = [_Line() for _ in range(4)]
    head = ["Lakeside Radio — Home", "Pumping station to stay closed for another week", "07.10.2021", BODY]
    assert kind_masthead(head, lines, 1) == "Lakeside Radio"
    assert kind_masthead(["Radio", *head[1:]], lines, 1) is None  # a kind's word alone names nothing
    assert kind_masthead(["Radio station reopens in the valley", *head[1:]], lines, 1) is None  # a sentence
    assert kind_masthead(["صحيفة الوادي الأخضر", *head[1:]], lines, 1) is None  # stored without its kind word
    assert kind_masthead(head, lines, 0) is None  # the headline itself


def test_a_pictures_or_writers_credit_before_an_agencys_tag_is_no_dateline():
    assert outlet_from_dateline("Photo: Jane Doe (AFP) - The camp holds thousands of families") is None
    assert outlet_from_dateline("Jane Doe (AFP) - The camp holds thousands of families") is None
    assert outlet_from_dateline("File photo (Reuters) - The camp holds thousands of families") is None
    assert outlet_from_dateline("LAKEPORT, Lakeland (AFP) - The camp holds thousands") == "Agence France-Presse"
