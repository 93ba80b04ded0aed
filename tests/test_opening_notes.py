"""The header's notes and buttons a text file's block takes in over the first paragraph ("Author" /
a name / "Disclosure statement" / a note / "Republish this article"): short lines over a button
over a paragraph of the story's length are the page's."""

from archive.readers.text import parse_text_article

STORY = [
    "When officials brought four women and thirteen children home from the camp in October, one group "
    "was conspicuously absent: teenage boys who had already been moved elsewhere.",
    "Across the region, hundreds of boys who arrived in the camps as young children are now adolescents, "
    "and camp authorities regard many of them as a security risk.",
    "Governments worried about risk have a better option than leaving boys to turn eighteen behind bars.",
]


def test_notes_and_a_button_over_the_first_paragraph_are_left_out():
    page = "\n".join(["The Review", "Politics  Society  Science  Health  Education",
                      "Boys in detention camps are growing up. What happens when they turn 18?",
                      "Published: April 5, 2023", "Author", "Jane Doe", "Senior Lecturer in Criminology",
                      "Disclosure statement", "Jane Doe receives funding from the Research Council.",
                      "Republish this article", *STORY])
    assert parse_text_article(page).body.startswith("When officials brought")


def test_a_short_opening_over_a_subheading_stays_when_no_button_stands_over_the_story():
    page = "\n".join(["Boys in detention camps are growing up", "Published: April 5, 2023",
                      "ERBIL —", *STORY])
    assert parse_text_article(page).body.startswith("ERBIL")
    # a paragraph of the story's length over a short line: the text has begun
    from archive.extract import paragraphs, text_edges

    content = [STORY[0], "What comes next", *STORY[1:]]
    lines = paragraphs.classify(content)
    assert text_edges.without_opening_notes(content, lines, [0, 1, 2, 3]) == [0, 1, 2, 3]


def test_an_abstract_opening_the_text_is_its_standfirst():
    abstract = ("Abstract: More than a year after the territorial defeat of the group, the camps of the "
                "region remain one of the most difficult security problems left by the conflict, and this "
                "article examines how they are governed.")
    page = "\n\n".join(["The camp problem: governance and persistence", "Authors: Jane Doe and John Roe",
                        abstract, *STORY])
    record = parse_text_article(page)
    assert record.body.startswith("When officials brought")
    assert record.lede.startswith("More than a year after")
    # a line of results under a "Summary:" label is text
    results = "Summary: 5-1A: the diver from Salina South won the state title with a score of 409.30."
    page = "\n\n".join(["State diving results", "Published: May 2, 2021", results, *STORY])
    assert parse_text_article(page).body.startswith("Summary: 5-1A")
