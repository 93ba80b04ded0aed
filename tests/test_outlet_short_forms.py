"""Issue #13 round 17 (outlets7): an outlet the data does not know, read as a short form (a logo's
acronym, a mixed-case short name, a dateline's agency tag), takes the full name the page's header
writes for it: its initials, with or without one kind word first or last, or its words' beginnings."""

from archive.extract.masthead_lines import spelled_out
from archive.readers.text import parse_text_article


def test_initials_with_a_kind_word_first_or_last():
    assert spelled_out("LNP", ["LNP", "Agence Lakeside Nord Presse"]) == "Agence Lakeside Nord Presse"
    assert spelled_out("LW", ["Lakeside Wire Service"]) == "Lakeside Wire Service"
    # a kind word in the middle, or a word that is no kind, is not left out
    assert spelled_out("LNP", ["Lakeside Agency Nord Presse"]) == "LNP"
    assert spelled_out("LW", ["Lakeside Wire Gazette"]) == "LW"


def test_a_logo_line_gives_its_first_part():
    header = ["Lakeside Health Board - Northern Regional Office", "Home / News"]
    assert spelled_out("LHB", header) == "Lakeside Health Board"
    assert spelled_out("LHB", ["Northern Regional Office - Lakeside Health Board"]) == "LHB"  # the name comes first


def test_a_mixed_case_short_form_by_its_words_beginnings():
    assert spelled_out("LSWeekly", ["LSWeekly", "Lake Shore Weekly"]) == "Lake Shore Weekly"
    assert spelled_out("LakP", ["Lakeside Post"]) == "Lakeside Post"
    assert spelled_out("LSWeekly", ["Lake Side Wonders"]) == "LSWeekly"
    assert spelled_out("Lakeside", ["Lakeside Post"]) == "Lakeside"  # one capital: a name, not a short form


PAGE = """Lakeside Court Reporter                                Sign in
CRIMINAL

Former camp guard sentenced to twelve years

LAKEPORT, Ont. (LCR) — A former guard at a detention camp was sentenced on Friday to twelve years in prison for his part in the abuse of detainees, a judge ruled after a three-week trial.

JANE DOE / March 3, 2023

The judge said the sentence reflected the seriousness of the abuse and the years the man had already spent in detention abroad.

Prosecutors had sought fifteen years.
"""


def test_a_datelines_tag_spelled_out_by_the_first_line():
    assert str(parse_text_article(PAGE, "trials/guard.txt").outlet) == "Lakeside Court Reporter"
    other = PAGE.replace("Lakeside Court Reporter", "Riverside Daily Courier")
    assert str(parse_text_article(other, "trials/guard.txt").outlet) != "Riverside Daily Courier"
