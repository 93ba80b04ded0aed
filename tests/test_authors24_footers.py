"""Round 24 (authors24): the writer a page names under its text: a name beside the title signed
again under the text, a note opening with the writer's role, a personal page's copyright. Texts
written for these tests."""

import pytest

from archive.readers.text import parse_text_article


# -- a name beside the title that the page signs again under its text -----------------------------

_SIGNED_TWICE = ("LAKESIDE POLICY REVIEW\n\n{name_line}\n\nWhat the river dams mean for the farms downstream\n\n"
                 "The new dams upstream have cut the summer flow of the river by a third, and farmers in the "
                 "lower valley say their wells are drying up faster than in any year they remember.\n\n"
                 "The regional water board has promised a study, but no date has been set for it, and the "
                 "farmers' union says it will take the matter to the courts.\n\n"
                 "{footer}\n\n© Lakeside Institute, 2024\n")


def test_name_over_the_title_signed_again_under_the_text_is_the_author():
    text = _SIGNED_TWICE.format(name_line="Tobias Wernecke",
                                footer="Dr Tobias Wernecke is a Fellow in the Water Policy Programme.")
    assert parse_text_article(text).author == "Tobias Wernecke"


def test_name_signed_once_is_not_enough():
    text = _SIGNED_TWICE.format(name_line="Tobias Wernecke", footer="Comments are closed.")
    assert parse_text_article(text).author is None


def test_name_the_text_speaks_of_is_no_author():
    text = _SIGNED_TWICE.format(name_line="Tobias Wernecke",
                                footer="Tobias Wernecke said he would appeal.").replace(
        "The regional water board", "Tobias Wernecke, who farms near the dam, said the board")
    assert parse_text_article(text).author is None


# -- a note on the writer opening with her role ----------------------------------------------------

def test_role_before_the_name_of_a_note():
    from archive.extract.byline_footers import bio_author
    assert bio_author("Reporter Lena Okafor is based in Duhok and covers the camps.") == "Lena Okafor"
    assert bio_author("Staff correspondent Lena Okafor covers northern Iraq.") == "Lena Okafor"


def test_a_title_that_is_no_newsroom_role_gives_no_writer():
    from archive.extract.byline_footers import bio_author
    assert bio_author("Senator Lena Okafor is a member of the committee.") is None


# -- a personal page's copyright names its writer ---------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("© 2023 Omar Haddad", "Omar Haddad"),
    ("Copyright © 2021 Sarah Lindqvist. All rights reserved.", "Sarah Lindqvist"),
])
def test_copyright_naming_a_person(line, name):
    from archive.extract.footer_metadata import copyright_person
    assert copyright_person(line) == name


@pytest.mark.parametrize("line", ["© 2024 Lakeside Gazette", "© 2023 Sara Media Group", "© Valley Wire 2024"])
def test_copyright_naming_an_outlet(line):
    from archive.extract.footer_metadata import copyright_person
    assert copyright_person(line) is None
