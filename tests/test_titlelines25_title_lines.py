"""The learned check for the headline line (archive/extract/title_lines.py, round 25): the fitted
file loads, decides hand-written cases, and moves the title off an issue line the rules took."""



from archive.extract import title_lines
from archive.readers.text import parse_text_article

ISSUE_LINE_PAGE = """northbay.example
The lighthouse keepers who never left

Corin Maddox
Winter 2024 edition
Published 3 February 2024
9 min read

The keepers of the northern light worked in pairs for most of the last century, and the last pair stayed on long after the lamp was automated in 1991.

They say the island taught them patience, and that the sea taught them everything else about the trade they chose as young men.

Today the tower is a museum, but the two men still row out every morning to check the brass and wind the old clock by hand.
"""

PLAIN_PAGE = """Valley Courier — Local news since 1952

Council approves new footbridge over the mill stream

By Petra Olsen
14 January 2023

The council voted on Tuesday to build a footbridge over the mill stream, ending a decade of debate about the crossing near the old school.

Work will begin in the spring and should take about four months, the council's engineer told the meeting, if the weather holds.

Residents who had campaigned for the bridge said they were relieved that the vote had finally been taken.
"""


def test_the_fitted_file_loads():
    model = title_lines.load()
    assert model is not None
    assert tuple(model["features"]) == title_lines.FEATURES
    assert len(model["weights"]) == len(title_lines.FEATURES)
    assert 0 < model["swap"] < 1 and 0 < model["keep"] <= 1


def test_without_the_file_nothing_changes(tmp_path):
    assert title_lines.load(tmp_path / "missing.json") is None


def test_decide_moves_only_where_sure():
    # the rules' line unlikely, another likely: moved
    assert title_lines.decide([(0, 0.01), (1, 0.9), (3, 0.05)], 3, keep=0.8, swap=0.1) == 1
    # the rules' line likely: kept
    assert title_lines.decide([(0, 0.01), (1, 0.9), (3, 0.85)], 3, keep=0.8, swap=0.1) is None
    # no other line sure enough
    assert title_lines.decide([(0, 0.01), (1, 0.08), (3, 0.02)], 3, keep=0.8, swap=0.1) is None
    # another line likelier than the rules' but the rules' line not unlikely enough to leave
    assert title_lines.decide([(1, 0.95), (3, 0.5)], 3, keep=0.4, swap=0.1) is None
    # never to a line less likely than the rules' own
    assert title_lines.decide([(1, 0.3), (3, 0.5)], 3, keep=0.8, swap=0.1) is None
    # the rules silent: the best line over the threshold
    assert title_lines.decide([(1, 0.6), (2, 0.2)], None, keep=0.8, swap=0.1) == 1


def test_a_row_per_candidate_with_every_feature():
    from archive.extract import paragraphs

    content = [line for line in PLAIN_PAGE.splitlines() if line.strip()]
    lines = paragraphs.classify(content)
    found = title_lines.rows(content, lines, 4, 1)
    assert [i for i, _ in found] == [0, 1, 2, 3, 4]
    assert all(len(row) == len(title_lines.FEATURES) for _, row in found)


def test_the_headline_over_an_issue_line_is_the_title():
    # a magazine's issue line under the writer's name, over the date: the headline is the line the
    # page sets apart above them
    assert parse_text_article(ISSUE_LINE_PAGE, "issue.txt").title == "The lighthouse keepers who never left"


def test_the_issue_line_without_the_check(monkeypatch):
    monkeypatch.setattr(title_lines, "load", lambda path=None: None)
    assert parse_text_article(ISSUE_LINE_PAGE, "issue.txt").title == "Winter 2024 edition"  # the rules alone


def test_a_plain_page_keeps_its_title():
    record = parse_text_article(PLAIN_PAGE, "plain.txt")
    assert record.title == "Council approves new footbridge over the mill stream"
    assert record.author == "Petra Olsen"
