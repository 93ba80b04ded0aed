"""Issue #13 round 18 (outlets8): an outlet the data does not know, whose name stands on the page's
first line and again at its foot (in full or by its initials), is the page's outlet; a bar's word
guessed as the outlet ("Share") no longer hides the page's other signs."""

from archive.extract.masthead_footers import foot_form, named_at_foot
from archive.readers.text import parse_text_article

TEXT = ("Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer.\n\n"
        "Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.\n\n")


def _page(top: str, foot: str) -> str:
    return top + "\n\nPumps idle as summer nears in the valley\n\nMarch 3, 2024\n\n" + TEXT + foot + "\n"


def test_initials_at_the_foot_confirm_the_first_line():
    page = _page("Lakeside Water Forum\nThe forum for water engineers\nHome › Journal › Issue 12",
                 "Comments\nPlease log in to leave a comment.\n\nLWF is hosted by the Lakeside Trust, 12 Mill Road")
    assert parse_text_article(page, "ngo/pumps.txt").outlet == "Lakeside Water Forum"


def test_the_name_again_at_the_foot_in_mixed_case():
    page = _page("RIVERSIDE RIGHTS WATCH (RRW)\nHome   Reports   Statistics   Contact us",
                 "Riverside Rights Watch calls on the authorities to restore the supply at once.")
    assert parse_text_article(page, "ngo/brief.txt").outlet == "Riverside Rights Watch"


def test_a_name_of_two_parts_written_again_at_the_foot():
    page = _page("Kalo – Alliance for Missing Persons\nAbout   Reports   Statements   Contact",
                 "Kalo – Alliance for Missing Persons is an independent organisation documenting disappearances.")
    assert parse_text_article(page, "ngo/statement.txt").outlet == "Kalo – Alliance for Missing Persons"


def test_no_foot_no_outlet():
    page = _page("Lakeside Water Forum\nThe forum for water engineers\nHome › Journal › Issue 12",
                 "Comments\nPlease log in to leave a comment.")
    assert parse_text_article(page, "ngo/pumps.txt").outlet is None


def test_named_at_foot_needs_two_words_or_three_initials():
    foot = ["text"] * 3 + ["Read more from Mercury today.", "LM is part of a group."]
    assert not named_at_foot("Mercury", foot)  # one word: a section's label is repeated too
    assert not named_at_foot("Lakeside Mercury", foot)  # two words: no initials
    assert named_at_foot("Lakeside Mercury Daily", ["x", "Subscribe to LMD today"])
    assert not named_at_foot("Lakeside Mercury Daily", ["x", "Subscribe to lmd today"])  # capitals only
    assert not named_at_foot("Lakeside Mercury Daily", ["LMD", "x"] + ["line"] * 6)  # the foot only


def test_foot_form():
    content = ["JUSTICE FOR LAKES (JFL)", "menu", "Justice for Lakes calls on ..."]
    assert foot_form("JUSTICE FOR LAKES (JFL)", content, 0) == "Justice for Lakes"
    assert foot_form("JUSTICE FOR LAKES (JFL)", content[:2], 0) == "JUSTICE FOR LAKES (JFL)"  # no foot: as it is


def test_a_bar_word_guessed_gives_way_to_the_newsletters_footer():
    page = ("Issue #12: Ten litres\nJane Roe\nMar 20, 2023\n\nShare\n\n" + TEXT
            + "Thanks for reading. Reply to this email with a story.\n\n"
              "You're receiving this because you subscribed to Valley Letters.\nUnsubscribe\n")
    assert parse_text_article(page, "newsletters/issue-12.txt").outlet == "Valley Letters"


def test_a_label_or_list_at_the_foot_confirms_nothing():
    top = "Water Crisis\nThe forum for water engineers"
    for foot in ("Tags: Water Crisis, Syria", "More from Water Crisis", "Water Crisis, Syria"):
        assert parse_text_article(_page(top, foot), "downloads/page.txt").outlet is None, foot
    assert parse_text_article(_page(top, "Water Crisis is edited by volunteers."), "downloads/page.txt").outlet \
        == "Water Crisis"
    assert not named_at_foot("Water Crisis Weekly", ["x", "#WCW #Syria"])  # a hashtag
    assert named_at_foot("Water Crisis Weekly", ["x", "Support WCW today"])
