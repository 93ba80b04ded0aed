"""Round 39 (bodies39): a PDF viewer's copy pasted as text, its page breaks (a page number and the
page's running head between the last line of a page and the first of the next) read out of the text
(archive/extract/page_heads.py, through hard_wraps.unwrapped), and a word hyphenated at a wrapped
line's end joined. Invented texts; the real CLI and SQLite."""

import sqlite3
import textwrap

from click.testing import CliRunner

from archive.cli import cli
from archive.extract.page_heads import page_lines

STORY = [
    "Roughly two-thirds of the residents of the camp are children, and about half of those are under the age of twelve. Most of them were born in the camp itself, and many have never attended a school.",
    "The annex, which houses families from outside the country, is the most closely watched section. Access for aid organizations there is restricted, and children move between tents and a handful of learning spaces.",
    "Boys face a particular risk. When they approach adolescence, camp authorities often separate them from their mothers and transfer them to detention facilities, citing fears of radicalization.",
    "Repatriation remains the most effective remedy. States that have brought children home report that, with sustained support and schooling, most adjust well.",
]


def _import(tmp_path, text: str, name: str = "report.txt") -> str:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(tmp_path / "a.db"), str(tmp_path / "in")])
    assert result.exit_code == 0, result.output
    body, = sqlite3.connect(tmp_path / "a.db").execute("select body from articles").fetchone()
    return body


def _pages(head: str, numbered_head: bool) -> str:
    lines = ["INSTITUTE FOR CAMP STUDIES", "A Generation Waiting: The Children of the Camps", "Mary Lowe", "October 2022", ""]
    for at, paragraph in enumerate(STORY):
        lines += textwrap.wrap(paragraph, 64) + [""]
        if at == 1:  # the page ends here
            lines += (["6", f"{head}          7"] if numbered_head else ["4", f"{head}          camps.example.org"]) + [""]
    lines += ["7", f"{head}          8"] if numbered_head else ["5", f"{head}          camps.example.org"]  # the last page's foot
    return "\n".join(lines)


def test_a_page_number_and_running_head_between_paragraphs_are_no_text(tmp_path):
    body = _import(tmp_path, _pages("A GENERATION WAITING", numbered_head=False))
    assert body.split("\n\n") == STORY
    assert "GENERATION" not in body and "camps.example.org" not in body


def test_a_running_head_with_its_page_number_counting_up(tmp_path):
    text = "GAZETA NOVA   No. 12   27 March 2020          6\n\n" + _pages("GAZETA NOVA   No. 12   27 March 2020", numbered_head=True)
    body = _import(tmp_path, text)
    assert "GAZETA" not in body
    assert body.split("\n\n")[-1] == STORY[-1]


def test_a_paragraph_cut_by_the_page_goes_on_and_its_hyphen_joins():
    content = ["Header line", "A short title of the report",
               "The annex, which houses families from outside the country, is the most closely",
               "watched section. Access for aid organizations there is restricted and notif-",
               "5", "THE REPORT   camps.example.org",
               "ication of the boys' home countries is rare, lawyers said on Tuesday at the court.",
               "Repatriation remains the most effective remedy for the children of the camps, they said.",
               "6", "THE REPORT   camps.example.org", "Some closing words of the report here and there."]
    gaps = [True, True, True, False, True, False, True, True, True, False, True]
    assert page_lines(content, gaps) == {4, 5}
    from archive.extract.hard_wraps import unwrapped

    lines, _, _, _ = unwrapped(content, list(content), gaps, list(range(len(content))))
    assert not any("camps.example.org" in line for line in lines[:-3])


def test_repeated_lines_of_an_export_or_a_live_blog_stay():
    # an export's date line over each story (a number under it) and a live blog's times are no running heads
    content = ["1 of 2 DOCUMENTS", "The Weekly Paper", "March 10, 2019 Sunday", "1", "A headline here",
               "The lorries came out of the last sliver of territory at dusk, and the women in them were taken to the camp.",
               "2 of 2 DOCUMENTS", "Other Paper", "March 17, 2019 Sunday", "1", "Another headline",
               "A mother in the camp says she wants to come home with her three children, her family said on Sunday."]
    assert page_lines(content, [True] * len(content)) == set()
    blog = ["Live: the prison attack", "11:48pm", "Fighting continued through the night around the prison, the forces said in a statement.",
            "10:15pm", "Residents of the neighbourhood were told to stay indoors while the search went on, officials said."]
    assert page_lines(blog, [True] * len(blog)) == set()
