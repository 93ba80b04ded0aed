"""Round 29 (helper fields29): tags, titles and refusals read from the second wave's read halves,
by family, with invented texts: a tags box its markup names but whose label the data lacks, or that
holds its list as text or as links saved without their address; a labelled row under the text whose
items the story names; a heading "Topics in the article" over a one-a-line list; a blog's meta line
"date | categories"; a list page whose links lost their address; an e-mail subject cut short of the
headline its text states; a digest's subject naming the issue over one story; a reader's note over
the text they saved."""

from __future__ import annotations

import sqlite3

import lxml.html
import pytest

from archive.extract.listing_pages import listing_page
from archive.extract.page_tags import labelled_block_tags
from archive.extract.tag_labels import about_the_article
from archive.extract.tag_shapes import dated_tag_segment, labelled_row
from archive.extract.title_guards import note_line
from archive.readers.mail_newsletters import split_plain_blocks
from archive.readers.text import parse_text_article

PROSE = ("The ferry company said the new boats would enter service on the northern route in spring, "
         "after two winters in which storms cancelled more than a third of the crossings.")


def _stored(cli, tmp_path, name: str, content, encoding: str = "utf-8") -> list:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding=encoding)
    db = tmp_path / "a.db"
    result = cli("import", db, path, "--silent")
    assert result.exit_code in (0, 1), result.output
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    rows = [dict(row) for row in connection.execute("select * from articles")]
    connection.close()
    return rows


# -- tags: a box its markup calls tags ---------------------------------------------------------------

@pytest.mark.parametrize("box, tags", [
    # a label in a language the label data lacks
    ('<div class="tags">Bêje: Keştî, Bakur</div>', ["Keştî", "Bakur"]),
    # the list alone
    ('<div class="post-tags">Ferries, Harbour, Storms</div>', ["Ferries", "Harbour", "Storms"]),
    # links saved without their address, after a label of one word and no colon
    ('<span class="tags-links">Tagged <a>Ferries</a>, <a>Harbour</a></span>', ["Ferries", "Harbour"]),
])
def test_a_tags_box_written_as_text_gives_its_list(box, tags):
    tree = lxml.html.fromstring(f"<html><body><article><h1>New boats</h1><p>{PROSE}</p>{box}</article></body></html>")
    assert labelled_block_tags(tree) == tags


def test_a_box_of_another_class_or_a_sentence_is_no_tags():
    tree = lxml.html.fromstring(f'<html><body><p>{PROSE}</p><div class="note">Bêje: Keştî, Bakur</div>'
                                '<div class="tags">The boats were built in a yard in the south, said the firm.</div>'
                                '</body></html>')
    assert labelled_block_tags(tree) == []


# -- tags: a labelled row under the text, a heading about the article, a meta line ------------------

def test_a_row_under_a_label_no_data_lists_is_tags_where_the_story_names_its_items():
    text = "ferries of the harbourê sailed; the stormên came to the bakur coast"
    assert labelled_row("Bêje: Ferries, Bakur", text) == ["Ferries", "Bakur"]
    assert labelled_row("Bêje: Ferries, Lisbon", text) is None  # the story does not name Lisbon


def test_a_byline_or_a_date_is_no_labelled_row():
    assert labelled_row("By: Jane Roe, John Doe", "jane roe and john doe wrote") is None
    assert labelled_row("Posted: 12 May, 2022", "posted") is None


@pytest.mark.parametrize("line, about", [
    ("Ämnen i artikeln", True), ("Dela artikeln", True), ("Topics in this article", True),
    ("Partager l'article", True), ("Ferries", False), ("Harbour Authority", False),
])
def test_a_line_ending_on_the_article_speaks_of_the_page(line, about):
    assert about_the_article(line) is about


def test_tags_one_a_line_under_a_heading_about_the_article():
    page = ("Nya färjor på norra linjen\n\n"
            "Rederiet säger att de nya färjorna ska börja trafikera den norra linjen i vår, efter två vintrar "
            "med många inställda turer.\n\n"
            "Hamnen i Vindö får en ny kaj för färjorna som byggs under sommaren och hösten.\n\n"
            "Färjorna tas i bruk i april.\n\n"
            "Ämnen i artikeln\nFärjor\nVindö\n\nDela artikeln\n")
    record = parse_text_article(page, "faerjor.txt")
    assert record.tags == ["Färjor", "Vindö"]


def test_a_meta_line_of_a_date_and_categories_under_the_headline():
    assert dated_tag_segment("Mar 10, 2019 | Ferries, Harbour, Storms") == ["Ferries", "Harbour", "Storms"]
    assert dated_tag_segment("Ferries, Harbour, Storms") is None  # no date segment: read by header_tag_line
    assert dated_tag_segment("Mar 10, 2019 | Lisbon, Portugal, 2019") is None


# -- refusals: a list page whose links lost their address -------------------------------------------

def test_a_list_page_of_headlines_in_links_without_address_is_refused():
    items = "".join(f"<li><a>Ferry number {n} leaves the northern harbour</a> <span>2023/0{n}/12</span></li>"
                    for n in range(1, 6))
    tree = lxml.html.fromstring(f"<html><body><h1>Category: Ferries</h1><ul>{items}</ul></body></html>")
    assert listing_page(tree)
    with_prose = lxml.html.fromstring(f"<html><body><h1>New boats</h1><p>{PROSE}</p><ul>{items}</ul></body></html>")
    assert not listing_page(with_prose)


# -- titles ---------------------------------------------------------------------------------------

def test_a_head_block_ending_on_a_byline_is_one_paragraph_a_line():
    block = ("The harbour's new ferries will sail on the northern route from April\n"
             "The company ordered two boats after the storms of the last winters.\n"
             "By Jane Roe · 04/11/2023")
    assert split_plain_blocks(block) == block.split("\n")


MAIL = """From: Harbour News <news@harbour.example>
To: reader@example.org
Subject: {subject}
Date: {date}
Content-Type: text/plain; charset="utf-8"

Harbour News Today

{head}

{prose}

The first boat is due in the harbour in the second week of April, the company said.

You are receiving this email because you signed up for Harbour News Today.
Unsubscribe | Update preferences
"""


def test_a_subject_cut_short_of_its_texts_headline_takes_the_headline(cli, tmp_path):
    head = ("The harbour's new ferries will sail on the northern route from April\n"
            "The company ordered two boats after the storms of the last winters.\n"
            "By Jane Roe · 04/11/2023")
    rows = _stored(cli, tmp_path, "m.eml", MAIL.format(subject="Harbour News Today: The harbour's new ferries",
                                                         date="Wed, 12 Apr 2023 09:14:22 +0200", head=head, prose=PROSE))
    assert rows[0]["title"] == "The harbour's new ferries will sail on the northern route from April"
    assert rows[0]["published"] == "2023-04-11"  # 04/11 read the way that falls just before the message was sent


def test_a_digests_subject_naming_its_issue_takes_the_storys_headline(cli, tmp_path):
    head = "FERRIES\nNew ferries to sail on the northern route\nBy Jane Roe\nPublished 11 April 2023"
    rows = _stored(cli, tmp_path, "m.eml", MAIL.format(subject="The evening digest of 11 April",
                                                         date="Tue, 11 Apr 2023 19:00:00 +0200", head=head, prose=PROSE))
    assert rows[0]["title"] == "New ferries to sail on the northern route"


@pytest.mark.parametrize("line, note", [
    ("NOTE TO SELF: ask the harbour master about the dates", True),
    ("TODO: check the figures", True),
    ("ملاحظة: التحقق من الأرقام", True),
    ("Ferries: the new boats sail in April", False),
    ("Note that the boats sail in April", False),
])
def test_a_readers_note_is_never_the_title(line, note):
    assert note_line(line) is note


def test_a_saved_text_under_a_readers_note_is_titled_by_its_headline():
    paragraphs = [
        PROSE,
        "Since 2021 the harbour office has rebuilt two quays and dredged the channel, and it has done so "
        "with remarkably little public debate in the town council.",
        "The approach owes much to the pilots, who argued early that a deeper channel was safer than a "
        "longer breakwater, and the council agreed after a year of studies.",
        "Not everyone agrees. Some fishermen have opposed every stage of the works, and some residents "
        "complain that the planning process is opaque.",
    ]
    page = ("TODO: ask the harbour office for the 2022 figures\n\n"
            "The harbour's quiet expansion\nJane Roe\n12 March 2023\n\n" + "\n\n".join(paragraphs) + "\n")
    record = parse_text_article(page, "notes.txt")
    assert record.title == "The harbour's quiet expansion"


def test_a_tags_box_over_the_headline_or_of_words_apart_by_spaces_is_left_alone():
    over = lxml.html.fromstring('<html><body><div class="topics"><a>News</a>|<a>Ferries</a></div>'
                                f'<h1>New boats</h1><p>{PROSE}</p></body></html>')
    assert labelled_block_tags(over) == []
    spaced = lxml.html.fromstring(f'<html><body><h1>New boats</h1><p>{PROSE}</p>'
                                  '<div class="tags">Ferries Harbour winter storms</div></body></html>')
    assert labelled_block_tags(spaced) == []
