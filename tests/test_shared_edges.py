"""Two files of one outlet, too few for a page template: the lines both hold at a text's edges
(a follow button over it, a "follow topics" box, its tags and the site's description under it)
are the page's, not the story's; a copy of one story in both files keeps its text."""

from tests.conftest import build_folder

HEADER = ["Lakeside Courier", "Sign in", "World", "Region", "Opinion"]
FOOTER = [
    "Tap the bell to follow these subjects:",
    "Water",
    "Harvest",
    "Elsewhere Today",
    "Lakeside Courier, the evening paper of the northern valley, brings you reports and columns from the valley.",
]


def story(title: str, paragraphs: list, tags: list) -> str:
    lines = HEADER + [title, "Mira Olsen", "Mar 3, 2023 9:10 am", "Be told when Mira Olsen writes Follow"]
    return "\n".join(lines + paragraphs + FOOTER[:1] + tags + FOOTER[3:]) + "\n"


FIRST = [
    "The northern reservoir fell to a third of its level by the end of February, the water board said on Friday.",
    "Farmers along the eastern bank have been told to expect half their usual share of water this spring.",
    "The board will meet again in April, when it hopes the snow on the hills will have begun to melt.",
]
SECOND = [
    "A cooperative of forty growers opened a shared cold store outside the town on Tuesday morning.",
    "Its members say the store will let them sell their apples in winter, when prices are higher.",
    "The regional fund paid for half of the building, and the growers borrowed the rest from a local bank.",
]


def test_lines_both_files_hold_at_the_edges_are_left_out(tmp_path):
    built = build_folder(tmp_path, {
        "a.txt": story("Reservoir falls to a third as dry winter ends", FIRST, ["Water", "Drought"]),
        "b.txt": story("Growers open a shared cold store for winter apples", SECOND, ["Harvest", "Apples"]),
    })
    for name, paragraphs in (("a.txt", FIRST), ("b.txt", SECOND)):
        body = built[name].body
        assert body.startswith(paragraphs[0]), body
        assert body.endswith(paragraphs[-1]), body
        assert "Follow" not in body and "evening paper" not in body and "Tap the bell" not in body


def test_a_copy_of_one_story_in_both_files_keeps_its_text(tmp_path):
    text = "\n".join(["Reservoir falls to a third as dry winter ends", "Mar 3, 2023"] + FIRST) + "\n"
    built = build_folder(tmp_path, {"a.txt": text, "b.txt": text.replace("Mar 3", "Mar 4")})
    for name in ("a.txt", "b.txt"):
        assert built[name].body.startswith(FIRST[0])
        assert built[name].body.endswith(FIRST[-1])


THIRD = [
    "The valley's bus company will add an early service to the market town from the first of May.",
    "Drivers had asked for the change for two years, the company's manager told the council.",
    "The new bus leaves the lake road at six and reaches the square before the stalls open.",
]
NOTE = "The desk of the Lakeside Courier checked this report; its opinions are its writer's alone."


def test_a_closing_note_two_of_three_files_hold_is_left_out(tmp_path):
    """Three files: a page template is learnt from lines in all three; the note under two of the
    texts, in too few files for it, still closes them as the page's."""
    def page(title, paragraphs, note):
        return "\n".join(["Lakeside Courier", title, "Mar 3, 2023"] + paragraphs + note + ["Elsewhere Today"]) + "\n"

    built = build_folder(tmp_path, {
        "a.txt": page("Reservoir falls to a third as dry winter ends", FIRST, [NOTE]),
        "b.txt": page("Growers open a shared cold store for winter apples", SECOND, [NOTE]),
        "c.txt": page("An early bus to the market town from May", THIRD, []),
    })
    for name, paragraphs in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", THIRD)):
        assert built[name].body.startswith(paragraphs[0])
        assert built[name].body.endswith(paragraphs[-1]), built[name].body



def test_short_buttons_over_the_first_paragraph_are_left_out():
    from archive.extract import paragraphs as classifier
    from archive.extract.text_edges import without_opening_widgets

    for opening, kept in ((["Discuss this story", "Listen"], 2), (["BERGEN"], 0), (["Dear friends,"], 0)):
        content = opening + FIRST
        lines = classifier.classify(content)
        body_at = list(range(len(content)))
        assert without_opening_widgets(content, lines, body_at) == body_at[kept:], opening
