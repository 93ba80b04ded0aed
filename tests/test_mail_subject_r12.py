"""Round 12: a newsletter mail's headline, which its "Subject:" repeats, is the title even where a
line of the text block stands over it ("View this post on the web at ..."): a line with a URL is
never the title when the subject names another."""

from pathlib import Path

from archive.readers.text import read_text_file


def test_the_subjects_headline_under_a_web_link_line(tmp_path):
    path = tmp_path / "newsletter.txt"
    path.write_text(
        "From: The Riverside Letter <letter@example.org>\nDate: Sun, 5 Nov 2023 07:30:12 +0000\n"
        "Subject: #12 — Ferries on the upper river\nTo: me\n\n"
        "View this post on the web at https://letter.example.org/p/12\n\n"
        "#12 — Ferries on the upper river\nBy Jana Whitcombe-Ade\n"
        "The ferries that cross the upper river start before dawn, carrying bread, fuel and schoolchildren between the two banks.\n\n"
        "Most of the boats are older than the men who steer them, and spare parts come from the market in the next town.\n\n"
        "A third paragraph says the crossing takes twenty minutes when the water is calm and an hour when it is not.\n\n"
        "Next week: the bakeries that feed the ferry crews.\n"
        "Thanks for reading The Riverside Letter! Subscribe for free to receive new posts.\nUnsubscribe\n", encoding="utf-8")
    record = list(read_text_file(path))[0]
    assert record.title == "#12 — Ferries on the upper river"
    assert record.author == "Jana Whitcombe-Ade"
    assert record.body.startswith("The ferries that cross")


def test_the_subject_line_is_looked_for_a_few_lines_into_the_text_block():
    from archive.readers.text_header import mail_subject_line

    content = ["From: The Riverside Letter <letter@example.org>", "Date: Sun, 5 Nov 2023 07:30:12 +0000",
               "Subject: #12 — Ferries on the upper river", "To: me",
               "View this post on the web at https://letter.example.org/p/12",
               "#12 — Ferries on the upper river", "By Jana Whitcombe-Ade", "The ferries that cross ..."]
    assert mail_subject_line(content, {0, 1, 2, 3}, 4) == 5
