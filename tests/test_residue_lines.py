"""The page's residue under an article's text, cut by its shape (archive/extract/residue_lines.py)."""

from archive.extract.residue_lines import residue, without_residue
from archive.readers.html_edges import without_edge_furniture
from archive.readers.text import parse_text_article

STORY = [
    "The council met on Tuesday to discuss the new water pipeline for the eastern districts of the town.",
    "Engineers said the work would take two years and cost more than the budget set aside for it last spring.",
]


def test_residue_shapes():
    assert residue("Loading")
    assert residue("O.K.")
    assert residue("Kommentare (7)")
    assert residue("Artikel-ID: 4471920")
    assert residue("Schlagworte :")
    assert residue("Siehe auch: Neue Brücke über den Fluss eröffnet")
    assert not residue("The work starts next month.")
    assert not residue("Next week: what the drivers earn, and who pays them.")
    assert not residue("Cheers,")
    assert not residue("He said: the camp is full and nobody knows what comes next.")


def test_without_residue_cuts_from_the_end_only_never_everything():
    body = STORY + ["Siehe auch: Neue Brücke über den Fluss eröffnet", "Kommentare (7)"]
    assert without_residue(body) == STORY
    assert without_residue(["Loading"]) == ["Loading"]
    assert without_residue(["Loading"] + STORY) == ["Loading"] + STORY


def test_text_file_drops_a_comment_counter_under_the_text():
    page = "\n\n".join(["Pipeline work to start in eastern districts", "By Jane Doe", "12 March 2024"] + STORY
                       + ["Commentaires (4)", "Licence this story", "Most read in Local"])
    record = parse_text_article(page)
    assert record.body.split("\n\n")[-1] == STORY[-1]


def test_html_paragraphs_lose_a_comment_counter():
    assert without_edge_furniture(STORY + ["Reacties (31)"]) == STORY


def test_a_lone_token_that_is_a_sentence_a_link_or_a_credit_stays():
    assert not residue("これで作業はすべて終わりました。")
    assert not residue("https://example.org/report-2024")
    assert not residue("[Reuters]")


def test_a_writers_block_over_a_date_line_under_the_headline_is_no_text():
    from archive.extract.head_date_lines import after_date_line

    block = ["Jane Doe", "Contributing Columnist", "Jane Doe covered the islands for twenty years.", "4 March 2024"]
    assert after_date_line(block + STORY) == STORY
    prose = " ".join(STORY)
    assert after_date_line([prose, "4 March 2024"] + STORY) == [prose, "4 March 2024"] + STORY  # prose over it


def test_text_file_drops_the_writers_block_over_its_date():
    summary = ("IN SHORT: The pipeline will reach the eastern districts in two years, but the money for its last "
               "stretch has not been found and the council has not said who pays.")
    page = "\n".join(["THE ISLAND COURIER", "Pipeline Work to Start in the Eastern Districts", summary, "Jane Doe",
                        "Contributing Columnist", "Jane Doe covered the islands for twenty years.", "4 March 2024"]
                       + STORY)
    assert parse_text_article(page).body.split("\n\n")[0] == STORY[0]
