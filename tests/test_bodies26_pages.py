"""Round 26 (bodies26): pages stored that are not articles, refused by shape: a site's error page
(its words as data, in many languages), an author's or a topic's page listing teaser links with a
date or a reading time and no paragraph of prose. Texts written for these tests."""

from __future__ import annotations

import pytest

from archive.extract.gate_pages import ERROR_PAGE, error_line, error_page, gate_page
from archive.extract.listing_pages import listing_page
from archive.readers.text import read_text_file

HEADLINES = ["Harbour workers vote to end the long strike", "New ferry line links the two islands",
             "Council approves the budget for the old town", "Winter storms close the mountain pass"]


def _page(items: str, extra: str = "") -> object:
    import trafilatura

    return trafilatura.load_html(f"<html><body><h1>Anna Vell</h1><p>Reporter</p>{extra}<ul>{items}</ul>"
                                 f"<button>Load more</button></body></html>")


def test_author_page_of_dated_links_is_a_listing():
    items = "".join(f'<li><a href="/s/{n}">{h}</a> Mar. {n + 3}, 2021</li>' for n, h in enumerate(HEADLINES))
    assert listing_page(_page(items))


def test_topic_page_of_links_with_reading_times_is_a_listing():
    items = "".join(f'<li><a href="/s/{n}">{h}</a> <span>Report · {n + 2} min read</span></li>'
                    for n, h in enumerate(HEADLINES))
    assert listing_page(_page(items))


def test_article_with_a_list_of_dated_links_is_no_listing():
    items = "".join(f'<li><a href="/s/{n}">{h}</a> Mar. {n + 3}, 2021</li>' for n, h in enumerate(HEADLINES))
    prose = ("<p>The harbour reopened on Monday after a strike that lasted six weeks and left dozens of "
             "ships waiting at anchor outside the port, their crews unable to come ashore.</p>")
    assert not listing_page(_page(items, prose))


def test_menu_of_short_links_is_no_listing():
    items = "".join(f'<li><a href="/s/{n}">{w}</a> {n}</li>' for n, w in enumerate(["News", "Sport", "Culture"]))
    assert not listing_page(_page(items))


@pytest.mark.parametrize("line", ["Page not found", "Seite nicht gefunden", "Η σελίδα δεν βρέθηκε",
                                  "الصفحة المطلوبة غير موجودة", "Sorry, the page you requested could not be found.",
                                  "Sayfa bulunamadı"])
def test_error_words_in_many_languages(line):
    assert error_line(line)


def test_error_page_refused_with_its_reason():
    content = ["The Valley Post", "News | Sport | Culture", "Page not found",
               "We are sorry: it may have been moved or deleted.", "Go to the homepage.", "© The Valley Post"]
    body = content[3:5]
    assert error_page(body, content)
    with pytest.raises(ValueError, match="error page"):
        gate_page(body, content, [None] * len(content))
    assert ERROR_PAGE.startswith("an error page")


def test_story_that_mentions_a_missing_page_is_no_error_page():
    story = ("The ministry said the page you requested from its archive was withdrawn last year, after the "
             "court ruled that the records of the trial had to stay sealed until the appeal was heard, and "
             "lawyers for the families said they would ask the court again in the spring.")
    assert not error_page([story], ["Ministry withdraws trial records", story])


def test_text_reader_refuses_an_error_page(tmp_path):
    path = tmp_path / "missing.txt"
    path.write_text("The Valley Post\n\nNews | Sport | Culture\n\nSeite nicht gefunden\n\n"
                    "Leider wurde die Seite verschoben oder gelöscht.\n\nZur Startseite\n\n© 2024 The Valley Post\n",
                    encoding="utf-8")
    records = list(read_text_file(path))
    assert len(records) == 1 and "error page" in records[0].reason
