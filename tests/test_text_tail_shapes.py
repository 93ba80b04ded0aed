"""Shapes at the end of a text and between its paragraphs: a few words ending no sentence under
the last paragraph (a link, a heading whose section was cut) and a pull quote (a quotation printed
again, large, beside the paragraph it repeats)."""

from archive.extract.boilerplate import clean_paragraphs, dangling
from archive.extract.pull_quotes import pull_quote, without_pull_quotes
from archive.readers.text import parse_text_article

TEXT = [
    "Women held in the camp say they have heard nothing about new flights for more than a year, after a "
    "series of returns organised in 2019.",
    "Three mothers who spoke to the paper through messaging apps said the camp's managers had told them "
    "that the capital no longer answered their requests.",
    "“They promised us the buses would come back in spring, and then nobody called again,” said one woman, "
    "who has two sons in the camp.",
    "The ministry did not respond to a request for comment.",
]


def test_a_text_never_ends_on_a_few_words_without_a_sentence():
    assert clean_paragraphs(TEXT + ["Read in Russian"]) == TEXT
    assert clean_paragraphs(TEXT + ["Versión en español"]) == TEXT
    assert not dangling(TEXT[:1] + ["Read in Russian"] + TEXT[1:])  # inside the text: a subheading
    assert not dangling(TEXT + ["- camps in the north"])  # a list's item
    assert not dangling(TEXT + ["ERBIL, 4 May 2021"])  # a figure or a date: not a link
    text = "\n".join(["Mothers say the flights have stopped", "By Jane Doe", *TEXT, "Read in Russian", "Tags: camps"])
    assert parse_text_article(text).body.endswith("request for comment.")


def test_a_pull_quote_beside_the_paragraph_it_repeats_is_left_out():
    quote = "“They promised us the buses would come back, then nobody called.”"
    text = TEXT[:2] + [quote] + TEXT[2:]
    assert pull_quote(text, 2)
    assert without_pull_quotes(text) == TEXT
    assert clean_paragraphs(text) == TEXT
    # a quotation the text holds once, or far from the paragraph it echoes, is text
    assert not pull_quote(TEXT, 2)
    far = TEXT + ["The women say they will keep writing.", quote]
    assert not pull_quote(far, len(far) - 1)
    # a quotation whose words the paragraph beside it holds in another order
    other = ["Whether his second attempt will be a film or a series is not yet known, the studio said.",
             "“This will be his second film”", TEXT[3]]
    assert not pull_quote(other, 1)


def test_a_wire_desks_codes_close_the_story():
    from archive.extract.line_furniture import furniture_reason

    assert furniture_reason("VNA ABC XYZ RHL") == "initials"
    assert furniture_reason("WHAT YOU NEED TO KNOW") != "initials"  # a heading in capitals
    text = "\n".join(["https://example.com/story/1", "Valley News Agency", "NATIONAL",
                      "Centre not keen on bringing back women held in camps: officials", "New Delhi, Jun 12 (VNA)",
                      *TEXT, "VNA ABC XYZ RHL", "This is an unedited, unformatted feed from the Valley News Agency wire.",
                      "Follow VNA on Twitter"])
    assert parse_text_article(text).body.endswith("request for comment.")


def test_the_publishers_note_on_where_the_text_comes_from_closes_it():
    note = ("This article originally appeared in the Valley Courier and is republished here in translation "
            "under an agreement between the two newsrooms.")
    assert clean_paragraphs(TEXT + [note]) == TEXT
    # inside the text, or a sentence that does not speak of the article, stays
    assert clean_paragraphs(TEXT[:2] + [note] + TEXT[2:])[2] == note
    assert clean_paragraphs(TEXT + ["The study first appeared in a journal in 2019."])[-1].startswith("The study")


def test_notes_numbered_without_brackets_and_a_citation_line_close_the_text():
    notes = ["Footnotes", "1 ECtHR (GC), H.F. and Others v. France, nos. 24384/19 and 44234/20.",
             "2 Compare the earlier decisions of national courts."]
    cite = "Cite as: Jane Doe, A Duty to Consider, ValleyBlog, 2022/09/15."
    assert clean_paragraphs(TEXT + notes + [cite]) == TEXT
    assert clean_paragraphs(TEXT + [cite]) == TEXT
    # numbers without a notes heading, or out of order, are the text's
    counted = ["2 people died on Monday and three on Tuesday, officials said.", "1 more was missing."]
    assert clean_paragraphs(TEXT + ["Footnotes"] + counted)[-2:] == counted
    assert clean_paragraphs(TEXT + notes[1:]) == TEXT + notes[1:]


def test_a_social_media_post_embedded_in_the_text_is_left_out():
    text = "\n\n".join(["Forces close in on the prison", "By Jane Doe", TEXT[0],
                        "The media office chief posted on Twitter that negotiations were underway.",
                        "Jane Roe @jane_roe\nOur forces are tightening the siege on the remaining attackers. #Hasakah\n"
                        "10:02 AM · Jan 25, 2022", *TEXT[1:]])
    body = parse_text_article(text).body
    assert "negotiations were underway." in body and "@jane_roe" not in body and "tightening" not in body
    assert body.endswith("request for comment.")


def test_headlines_under_a_read_more_heading_the_folder_repeats_are_links(tmp_path):
    from archive.extract.line_furniture import furniture_reason
    assert furniture_reason("The content you requested does not exist or is not available anymore.") == "call to action"
    stories = [("Council votes to reopen river crossing", TEXT), ("Mothers wait for word from the camp", TEXT[::-1]),
               ("Lorries stranded on both banks", TEXT[1:] + TEXT[:1])]
    for n, (title, text) in enumerate(stories):
        lines = ["VALLEY NEWS", "Home  World  Politics", title, "By Jane Doe", "2 May 2021", *text,
                 "Read more", "Who are the women still in the camps?", "Topics: camps", "© Valley News 2021"]
        (tmp_path / f"story-{n}.txt").write_text("\n".join(lines), encoding="utf-8")
    from archive.readers.folder_profiles import FolderProfiles

    folders = FolderProfiles()  # the folder's template, as an import makes it
    for n in range(len(stories)):
        path = tmp_path / f"story-{n}.txt"
        record = parse_text_article(path.read_text(encoding="utf-8"), str(path), profile=folders.for_file(path))
        assert record.body.endswith(stories[n][1][-1]), record.body[-80:]


def test_a_headline_written_as_short_sentences_under_a_listed_one_is_a_link():
    from archive.extract import paragraphs

    texts = TEXT + ["Read more:", "Fears grow in crowded camps for families",
                    "A teenager grew up in the camp. Now she wants to go home.", "© Valley News 2021"]
    lines = paragraphs.classify(texts)
    assert [line.furniture for line in lines[-3:-1]] == ["link", "link"]
    # the text resuming under a single link keeps its sentences
    texts = TEXT[:2] + ["Read more:", "Fears grow in crowded camps for families", TEXT[2], TEXT[3]]
    lines = paragraphs.classify(texts)
    assert lines[4].furniture is None


def test_the_text_resuming_under_a_list_is_no_link():
    from archive.extract import paragraphs

    # under bulleted items, an unmarked sentence; under a caption after the items, any sentence
    texts = TEXT[:2] + ["Related articles", "* Fears grow in crowded camps", "* Mothers wait for word",
                        "However, the other 28 people showed no signs of illness."] + TEXT[2:]
    assert paragraphs.classify(texts)[5].furniture is None
    texts = TEXT[:2] + ["Don't miss", "Fears grow in crowded camps [INSIGHT]", "Protesters wore masks (Image: GETTY)",
                        "Protesters believe the bill erodes the city's autonomy."] + TEXT[2:]
    assert paragraphs.classify(texts)[5].furniture is None
