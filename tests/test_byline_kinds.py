"""Bylines that name no reporter, and reporters named where no byline stands (issue #13, fifth
round): an author given as an organisation in JSON-LD, the outlet's staff, a section beside the
date, a dash after "By", a line crediting the reporter under the text."""

import json

import pytest

from archive.extract import bylines, paragraphs
from archive.extract.article import build_article
from archive.readers.html import parse_html
from archive.readers.text import parse_text_article

PARAGRAPHS = ("The ferry between the two lake towns ran again on Monday for the first time since the storm.",
              "The operator said it would add a second boat in the summer, once the pier on the north shore is repaired.",
              "Passengers said the crossing took twice as long as before because the boat had to avoid the wreckage.")


def _html(author_node, markup: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry runs again",
          "datePublished": "2022-04-04", "author": author_node,
          "publisher": {"@type": "Organization", "name": "Lake Courier"}}
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<html lang="en"><head><script type="application/ld+json">{json.dumps(ld)}</script>'
            f'<meta property="og:site_name" content="Lake Courier"></head><body><article><h1>Ferry runs again</h1>'
            f"{markup}{body}</article></body></html>")


def test_an_organisation_as_the_json_ld_author_is_no_reporter():
    assert parse_html(_html({"@type": "Organization", "name": "Lake Courier"}), "p.html").author is None
    assert parse_html(_html({"@type": "Person", "name": "Petra Holm"}), "p.html").author == "Petra Holm"


def test_the_outlets_staff_is_no_reporter():
    markup = '<div class="byline"><span class="author">Courier Staff</span></div>'
    ld = {"@type": "Organization", "name": "Lake Courier"}
    assert parse_html(_html(ld, markup).replace("Lake Courier", "Courier"), "p.html").author is None
    assert bylines.not_a_person("Lake Courier Team", "Lake Courier")
    assert bylines.outlet_staff("Lake Courier Team", "Lake Courier")
    assert not bylines.not_a_person("Petra Holm", "Lake Courier")


def test_a_page_whose_byline_is_the_outlet_keeps_it():
    # pages credited to the outlet itself ("BBC News") keep that byline in HTML, as the
    # article-extraction corpus's truth has it; only the outlet's staff and JSON-LD
    # organisations are dropped
    markup = '<div class="byline"><span class="author">Lake Courier</span></div>'
    assert parse_html(_html([], markup), "p.html").author == "Lake Courier"


def _text(header: str, after: str = "") -> str:
    return "Ferry service resumes across the lake\n" + header + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n\n" + after


def test_a_dash_after_by_is_not_part_of_the_name():
    assert build_article(parse_text_article(_text("By — Petra Holm\n4 April 2022"))).author == "Petra Holm"


def test_a_section_in_common_words_beside_the_date_is_no_byline():
    assert parse_text_article(_text("Weekly Reports | April 4, 2022")).author is None
    assert parse_text_article(_text("Petra Holm | April 4, 2022")).author == "Petra Holm"


def test_a_line_crediting_the_reporter_under_the_text():
    record = parse_text_article(_text("4 April 2022", "Petra Holm reported from the north shore.\n\nMore stories"))
    assert record.author == "Petra Holm"
    assert record.body.endswith("avoid the wreckage.")


def test_a_contributor_credit_ends_the_text_but_names_no_author():
    record = parse_text_article(_text("4 April 2022", "Tomas Berg contributed reporting.\n\nMore stories"))
    assert record.author is None
    assert record.body.endswith("avoid the wreckage.")


@pytest.mark.parametrize("line", ["Officials reported from the camp that the water ran out.",
                                  "The Pentagon reported from Baghdad.",
                                  "Human Rights Watch reported from the camp that the water ran out."])
def test_a_sentence_about_reports_is_no_credit(line):
    assert paragraphs.reporter_credit(line) is None
