"""Where a list of tags one a line ends (issue #13, sixth round): at the page's next block even with
no blank line between (a furniture heading, a share bar, a heading in capitals, a heading ending
on a preposition), a line with commas in such a list is one tag, a label glued to its value, and a
heading known only by its label word ("Follow the topics in this article")."""

import json

import pytest

from archive.extract import bylines
from archive.extract.article import build_article
from archive.readers.text import parse_text_article

TEXT = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.\n\n"
        "The operator said it would add a second boat in the summer, and cut the fares for pupils.\n\n")


def _tags(after: str, header: str = "") -> list:
    page = "Ferry service resumes across the lake\n4 April 2022\n" + header + "\n" + TEXT + after
    return build_article(parse_text_article(page)).tags


@pytest.mark.parametrize("next_block", [
    "Most Read\nBridge repairs run late again",  # a heading of related links
    "Weekly Lakes Newsletter\nGet the week's stories every Friday, free.",  # a sign-up box
    "Share this\nFacebook\nEmail",  # a share bar
    "MORE HEADLINES\nBridge repairs run late again",  # capitals under tags that are not
    "Recommended by\nBridge repairs run late again",  # ends on a preposition
    "Picked for you\nBridge repairs run late again",  # addresses the reader
    "© 2022 Lakeland Courier Ltd",  # the copyright line
    "Join LAKES+",  # a button asking the reader to sign up
    "تابعوا آخر أخبار البحيرة",  # the same in Arabic
])
def test_a_tag_list_ends_at_the_next_block(next_block):
    assert _tags("Tags\nFerries\nNorth Shore\nStorm damage\n" + next_block + "\n") == [
        "Ferries", "North Shore", "Storm damage"]


def test_a_share_button_named_like_a_place_is_a_tag_where_no_control_follows():
    assert _tags("Tags\nFerries\nHome Office\nStorm damage\n\nAbout us\n") == ["Ferries", "Home Office", "Storm damage"]


def test_acronyms_in_capitals_then_a_capital_heading():
    assert _tags("Tags\nNATO\nUNHCR\nLATEST NEWS\n") == ["NATO", "UNHCR"]


def test_a_line_with_commas_in_a_list_one_a_line_is_one_tag():
    assert _tags("Related topics\nFerries\nStorms, Floods and Weather\nNorth Shore\n") == [
        "Ferries", "Storms, Floods and Weather", "North Shore"]


def test_a_list_wrapped_over_lines_is_still_split():
    assert _tags("Tags\nFerries, Storms\nNorth Shore, Lakes\n") == ["Ferries", "Storms", "North Shore", "Lakes"]


def test_a_label_glued_to_its_value():
    assert bylines.tags_value("Topic:Ferries") == "Ferries"
    assert _tags("", header="Topic:Ferries\n") == ["Ferries"]


@pytest.mark.parametrize("heading", ["Follow the topics in this article", "Browse these keywords", "المواضيع في هذا الخبر"])
def test_a_heading_known_by_its_label_word(heading):
    assert _tags(heading + "\nFerries\nStorm damage\nNorth Shore\n") == ["Ferries", "Storm damage", "North Shore"]


@pytest.mark.parametrize("after", [
    # a blank line under it; related headlines under it: items too long for tags
    "Browse today's topics\n\nFerries\nStorms\n",
    "More topics from the region\nStorm closes the lake bridge for a whole week\nNew timetable begins\n",
    # a single item, a sentence, a question
    "Browse these topics\nFerries\n",
    "We covered these topics today.\nFerries\nStorms\n",
])
def test_a_heading_by_its_word_over_no_list_gives_no_tags(after):
    assert _tags(after) == []


def test_a_menu_over_the_breadcrumb_is_no_tag_list():
    page = ("Lake Towns Trust\nDonate\nIssues\nCountries\nOur work\nNews\nAbout us\nHome › News › Statements\n"
            "Ferry service resumes across the lake\n4 April 2022\n\n" + TEXT)
    assert build_article(parse_text_article(page)).tags == []


def test_one_tag_under_a_heading_known_by_its_word_where_the_next_block_follows():
    assert _tags("Related Tags\nLake transport\nSign up for our newsletter\n") == ["Lake transport"]


def test_an_arabic_heading_with_the_word_for_keywords():
    assert _tags("كلمات البحث:\nبحيرات|النقل النهري|العواصف\nاقرأ أيضًا\n") == ["بحيرات", "النقل النهري", "العواصف"]


def test_a_heading_of_another_list_ends_the_tags():
    assert _tags("Topics\nFerries\nStorm damage\nRegions & Countries\nStay in touch\nSign up for our newsletter\n") == [
        "Ferries", "Storm damage"]


def test_one_item_under_a_word_of_subjects_is_no_tag_list():
    # "tags" and "keywords" may head a single tag the next block closes; "topics" needs two
    assert _tags("More topics\nFerries\nSign up for our newsletter\n") == []


def test_a_menu_under_a_word_of_places_is_no_tag_list():
    page = ("Lake Towns Trust\nRegions\nOur Work\nLatest Updates\nPodcasts\nAbout\n"
            "Ferry service resumes across the lake\n4 April 2022\n\n" + TEXT)
    assert build_article(parse_text_article(page)).tags == []


def test_a_list_stops_at_the_footer_every_page_of_the_folder_ends_with():
    from archive.extract import tag_blocks, templates
    content = ["Tags", "Ferries", "Storm damage", "Promoted stories", "Help centre", "Contact"]
    gaps = [False] * len(content)
    tail = frozenset(templates.line_key(line) for line in content[3:])
    assert tag_blocks.tags_at(content, content, gaps, 0)[0] == ["Ferries", "Storm damage", "Promoted stories",
                                                                "Help centre", "Contact"]
    assert tag_blocks.tags_at(content, content, gaps, 0, tail=tail) == (["Ferries", "Storm damage"], 3)
    assert tag_blocks.tag_list_lines(content, gaps, tail) == {1, 2}


def test_a_folder_s_common_footer_ends_a_tag_list_in_an_import(tmp_path):
    """End to end: the folder's profile keeps the lines every file ends with, and the text reader
    stops a list of tags there (without it, the footer's links are read as tags)."""
    from archive.pipeline import Importer
    from indexer.sync import Archive

    folder = tmp_path / "harbour-gazette"
    folder.mkdir()
    footer = "Promoted stories\nHelp centre\nContact the newsroom\n"
    stories = [("Ferry routes cut after the storm", ["Ferries", "Storm damage"]),
               ("Harbour wall repairs begin in spring", ["Harbour", "Council budget"]),
               ("Fishing fleet returns to the north quay", ["Fishing"])]
    for n, (title, tags) in enumerate(stories):
        (folder / f"story-{n}.txt").write_text(
            f"{title}\n\nBy Morag Innes\n\n12 March 2024\n\n"
            f"The harbour board said on Tuesday that work on story {n} would go on through the month, "
            f"with crews from two yards sharing the berths.\n\n"
            f"Residents asked for the timetable to be posted at the terminal before the weekend.\n\n"
            "Tags\n" + "\n".join(tags) + "\n" + footer, encoding="utf-8")
    db = tmp_path / "a.db"
    with Archive(db, create=True) as archive:
        Importer(archive, workers=0).run([str(folder)])
    import sqlite_utils
    stored = {row["title"]: json.loads(row["tags"]) for row in sqlite_utils.Database(db)["articles"].rows}
    assert stored == {title: tags for title, tags in stories}, stored


def test_a_heading_ending_on_a_colon_may_be_a_few_words_longer():
    assert _tags("Tap the bell icon to follow these topics:\nFerries\nNorth Shore\nStorm damage\n") == [
        "Ferries", "North Shore", "Storm damage"]
    assert bylines.loose_tag_heading("Tap the bell icon to follow these topics today now") == 0  # no colon


def test_an_arabic_publishers_trade_after_its_name_is_no_part_of_it():
    from archive.extract.outlet_forms import bare_name
    assert bare_name("البحيرة للصحافة والطباعة والنشر") == "البحيرة"
    assert bare_name("دار البحيرة للنشر والتوزيع") == "دار البحيرة"
