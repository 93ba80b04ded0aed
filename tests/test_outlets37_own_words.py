"""Round 37 (issue #13): a text page's first line names it where a word of that name that is no
common word, kind word or place is written again among its last lines ("Lakeview Podcast" over
"Support Lakeview on Patreon"; "CCN LK9" over a sign-off "Jane Roe, LK9 News.").
"""

from archive.extract.first_line_mastheads import repeated_own_word

from imported_outlet import imported_outlet

BODY = ("The regional council met on Tuesday to discuss the return of families from the camps in the "
        "north-east, and its members agreed to ask the ministry for a date before the summer recess.")


def test_first_line_confirmed_by_its_own_word():
    lines = ["Lakeview Podcast", "Episodes | About | Support us", "Episode 12: The council", BODY, BODY,
             "Subscribe to the show", "Support Lakeview on Patreon"]
    assert repeated_own_word(lines) == "Lakeview Podcast"
    lines = ["CCN LK9", "Programme: The Six O'Clock News", "Families plead for return", BODY,
             "REPORTER: Families will go on writing letters. Jane Roe, LK9 News."]
    assert repeated_own_word(lines) == "CCN LK9"


def test_common_and_place_words_confirm_nothing():
    lines = ["Syria Camp Report", "Home | About", "The council meets", BODY, BODY, "More from Syria"]
    assert repeated_own_word(lines) is None
    lines = ["Lakeview Podcast", "Episodes | About", "Episode 12", BODY, BODY, "Subscribe to the show"]
    assert repeated_own_word(lines) is None


def test_import_names_the_show(tmp_path):
    text = "\n".join(["Lakeview Podcast", "Episodes | About | Support us", "", "Episode 12: The council", "",
                      BODY, "", BODY, "", "Subscribe to the show", "Support Lakeview on Patreon"])
    assert imported_outlet(tmp_path, "episode-12-transcript.txt", text + "\n") == "Lakeview Podcast"
