"""Header lines that are never a title (issue #13, third round, tuned on fresh2): lines a small
folder's headers repeat (numbers masked), dates in more languages and shapes, relative and
reading times."""

import pytest

from archive.extract import bylines, header_times, page_layout
from archive.extract.article import build_article
from archive.extract.dates import iso_date
from archive.readers.text import parse_text_article
from conftest import build_folder


STORIES = [("Ferry service resumes across the lake after storm", "2 May 2018", 3),
           ("Town council votes to rebuild the old covered market", "9 June 2020", 1)]


def test_a_line_two_files_repeat_above_the_headline_numbers_masked_is_never_the_title(tmp_path):
    pages = {f"p{n}.txt": (f"Home\nRegion\nThis story is more than {age} years old\n{headline}\n"
                           f"Tomas Berg in Lakeside\n{date}\n\n"
                           f"Officials said on Monday that the change announced in story {n} would take effect within weeks.\n\n"
                           "Residents said they hoped it would last longer than the previous attempts.")
             for n, (headline, date, age) in enumerate(STORIES)}
    for n, article in enumerate(build_folder(tmp_path, pages).values()):
        assert article.title == STORIES[n][0]
        assert article.author == "Tomas Berg"


def test_a_label_over_the_date_with_the_headline_under_it_in_a_folder_of_two(tmp_path):
    pages = {f"p{n}.txt": (f"Lake Authority\nMenu\nPress statement\n0{n + 1}-03-2021\n{headline}\n"
                           f"Lakeside (LA) – The authority said the work described in statement {n} had begun on schedule.\n\n"
                           "It thanked volunteers and asked visitors to follow the signs on the shore.")
             for n, (headline, _, _) in enumerate(STORIES)}
    for n, article in enumerate(build_folder(tmp_path, pages).values()):
        assert article.title == STORIES[n][0]
        assert article.published == f"2021-03-0{n + 1}"


def test_wire_copies_in_a_folder_of_two_keep_their_shared_headline(tmp_path):
    story = ("Grain convoy reaches the northern towns\n4 April 2022\n\n"
             "A convoy of forty lorries carrying grain reached the northern towns on Monday, aid officials said.\n\n"
             "The officials said a second convoy would leave the port at the end of the week.\n\n"
             "Farmers in the area have lost two harvests to drought.")
    pages = {"a.txt": "Home\nNorthern provinces\n" + story, "b.txt": "Home\nFood security\n" + story + "\n\nFiled by the night desk."}
    for article in build_folder(tmp_path, pages).values():
        assert article.title == "Grain convoy reaches the northern towns"


@pytest.mark.parametrize("line, iso", [
    ("Yekşem, 20 Adar 2022, 10:15", "2022-03-20"),  # Kurmanji weekday and month
    ("Duşem, 3 Çile 2022", "2022-01-03"),
    ("14 Mijdar 2019", "2019-11-14"),
    ("21 - يناير - 2022", "2022-01-21"),  # an Arabic month between dashes
    ("26 - مارس - 2019", "2019-03-26"),
])
def test_dates_in_kurmanji_and_between_dashes(line, iso):
    assert iso_date(bylines.date_in(line)) == iso


def test_a_section_path_and_date_ending_in_a_reading_time_is_a_date_line():
    line = "Briefing / Europe & Central Asia 3 March 2021 6 minutes"
    assert iso_date(bylines.date_in(line)) == "2021-03-03"
    assert bylines.states_date("4 min read")
    # without a reading time a headline ending in a date is a headline
    assert not bylines.states_date("Parliament sets the vote for 10 October 2021")
    assert not bylines.states_date("The siege lasted 8 minutes and ended in a surrender")


@pytest.mark.parametrize("line", ["3 hours ago", "Updated 2 days ago", "a week ago", "منذ 3 ساعات", "منذ ساعتين",
                                  "قبل 5 دقائق"])
def test_relative_times_are_header_lines(line):
    assert header_times.relative_time(line)
    assert bylines.states_date(line)


@pytest.mark.parametrize("line", ["Hours ago the river rose", "منذ سنوات والمخيم ينتظر الحل", "Years ago"])
def test_sentences_with_time_words_are_not_relative_times(line):
    assert not header_times.relative_time(line)


def test_a_name_over_a_relative_time_is_the_byline_and_the_date_under_it_is_read():
    record = parse_text_article(
        "افتتاح سوق جديد في وسط المدينة بعد سنوات من الانتظار\nهالة يوسف\nمنذ 4 ساعات\n12 - مايو - 2021\n"
        "حجم الخط\n\n"
        "افتتحت البلدية صباح اليوم سوقاً جديداً في وسط المدينة بعد أشهر من أعمال البناء المتواصلة.\n\n"
        "وقال مسؤول في البلدية إن السوق سيضم أكثر من مئة محل تجاري.")
    article = build_article(record)
    assert article.title == "افتتاح سوق جديد في وسط المدينة بعد سنوات من الانتظار"
    assert article.author == "هالة يوسف"
    assert article.published == "2021-05-12"
    assert "حجم الخط" not in article.body


def test_a_byline_continued_on_the_next_line_joins_the_author_and_is_never_the_title():
    record = parse_text_article(
        "Sign in\nWorld\nFishermen return to the lake as the water rises again\n"
        "After two dry summers the boats are back on the shore, and so are the buyers\n"
        "By Petra Holm\nand Tomas Berg\nApril 3, 2023 at 9:12 a.m. EDT\nGift Article\nShare\n\n"
        "LAKESIDE — The first boats went out before dawn on Monday, the water higher than it has been for years.\n\n"
        "Buyers from the city waited on the shore with ice and cash, the fishermen said.")
    article = build_article(record)
    assert article.title == "Fishermen return to the lake as the water rises again"
    assert article.author == "Petra Holm and Tomas Berg"
    assert article.published == "2023-04-03"


@pytest.mark.parametrize("role", ["Freelance journalist based in Lakeside", "Reporter based in Lakeside",
                                  "Senior Analyst, Lakeside"])
def test_a_role_line_under_the_name_is_part_of_the_byline_never_the_title(role):
    record = parse_text_article(
        "Skip to main content\nNews\nAnalysis\nThe lake towns count the cost of two dry summers\n"
        "Fishing families say the help promised last year never came\n"
        f"Petra Holm\n{role}\nLAKESIDE, 7 December 2021\nShare on Facebook\n\n"
        "Six months after the government promised aid, the fishing families of the lake towns are still waiting.\n\n"
        "Many have sold their boats, and some have left for the city, the mayor said.")
    article = build_article(record)
    assert article.title == "The lake towns count the cost of two dry summers"
    assert article.author == "Petra Holm"
    assert article.published == "2021-12-07"


@pytest.mark.parametrize("line", ["Iraq arrests journalist in Mosul", "Veteran reporter killed in Raqqa",
                                  "and then the river rose"])
def test_headlines_with_role_words_are_not_role_lines(line):
    assert not bylines.role_line(line)
    assert page_layout.byline_continuation(line) is None


@pytest.mark.parametrize("label", ["Press statement", "Also available in"])
def test_a_short_label_over_the_date_gives_way_to_the_headline_under_the_date(label):
    record = parse_text_article(
        f"Lake Authority\nMenu\nHome\n{label}\n12-05-2021\nThe authority opens the northern shore to visitors again\n"
        "Lakeside (LA) – The authority said on Wednesday that the northern shore would reopen to visitors next week.\n\n"
        "It asked visitors to follow the signs and keep away from the nesting grounds.")
    article = build_article(record)
    assert article.title == "The authority opens the northern shore to visitors again"
    assert article.published == "2021-05-12"


def test_a_tag_list_ends_at_the_share_bar_under_it():
    record = parse_text_article(
        "Ferry service resumes across the lake\n4 April 2022\n\n"
        "The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.\n\n"
        "Topics\nLakes\nTransport\nStorms\nShare\nReuse this content\nMost viewed")
    assert build_article(record).tags == ["Lakes", "Transport", "Storms"]


def test_tags_filed_under_the_text_outrank_a_menu_over_the_title():
    record = parse_text_article(
        "Skip to main content\nLake Review\nTopics\nSeries\nPodcasts\nAbout\n"
        "Ferry service resumes across the lake\nby Petra Holm\n4 April 2022\n\n"
        "The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.\n\n"
        "Filed Under\nTransport\nStorms\n\nSubscribe to our newsletter")
    assert build_article(record).tags == ["Transport", "Storms"]


STORY = ("Ferry service resumes across the lake\nBy Petra Holm and Tomas Berg\n4 April 2022\n\n"
         "The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
         "The operator said it would add a second boat in the summer.\n\n")


@pytest.mark.parametrize("after", [
    "Petra Holm (@pholm) is a lecturer in transport law. Tomas Berg is a former harbour master.",
    "Tomas Berg is a research analyst at the Lake Institute, covering transport.",
])
def test_a_note_on_the_author_under_the_text_is_not_text(after):
    article = build_article(parse_text_article(STORY + after))
    assert article.body.endswith("in the summer.")
    assert article.author == "Petra Holm and Tomas Berg"


def test_a_paragraph_opening_with_another_name_is_still_text():
    text = STORY + "Anna Lund is the operator's chief executive, and she said the timetable would change in May."
    assert build_article(parse_text_article(text)).body.endswith("change in May.")


@pytest.mark.parametrize("after", [
    "For further information, please contact:\nAnna Lund, Lake Authority, tel: +46 555 0101",
    "Read more:\nStorm closes the lake ferry for a week\nNew harbour opens on the northern shore",
    "RELATED NEWS:\nStorm closes the lake ferry for a week\nNew harbour opens on the northern shore",
])
def test_a_contact_block_or_a_list_of_links_under_the_text_is_not_text(after):
    article = build_article(parse_text_article(STORY + after))
    assert article.body.endswith("in the summer."), article.body[-80:]


@pytest.mark.parametrize("caption", [
    "Smoke rises over the harbour after the storm on Sunday.",
    "Boats moored at the northern pier. (Photo: Lake Review)",
])
def test_a_caption_above_the_dateline_paragraph_is_not_text(caption):
    record = parse_text_article(
        "Ferry service resumes across the lake\nBy Petra Holm\n4 April 2022\nShare\nSave\n"
        f"{caption}\n"
        "LAKESIDE — The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.")
    assert build_article(record).body.startswith("LAKESIDE — The ferry")


def test_a_name_alone_under_a_byline_is_a_second_reporter():
    record = parse_text_article(
        "News\nFerry service resumes across the lake after storm\nApril 4, 2022 9:51 AM\n"
        "By Petra Holm\nTomas Berg\nShare\n\n"
        "LAKESIDE — The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer.")
    assert build_article(record).author == "Petra Holm and Tomas Berg"


def test_a_labelled_byline_beside_a_known_outlet_keeps_the_name_without_its_label(tmp_path):
    """"By X | Outlet": the name is X (it was stored as "By X", as the PDF reader showed)."""
    assert page_layout.name_beside_outlet("By Mira Haddad | North Press Agency") == "Mira Haddad"
    assert page_layout.name_beside_outlet("Mira Haddad | North Press Agency") == "Mira Haddad"
    assert page_layout.name_beside_outlet("By Mira Haddad") is None
    article = build_folder(tmp_path, {"a.txt": (
        "Convoy of returning families leaves the camp\n\nBy Mira Haddad | North Press Agency\n\n"
        "QAMISHLI, Syria - A convoy of buses carrying families left the camp on Tuesday morning for towns "
        "across the border, camp officials said.\n\n"
        "It was the third such departure this month, and more are planned before the winter.")})["a.txt"]
    assert (article.title, article.author) == ("Convoy of returning families leaves the camp", "Mira Haddad")
