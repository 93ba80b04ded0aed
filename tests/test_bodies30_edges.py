"""Round 30 (helper bodies30): furniture at a text's edges by its layout, in any language.

- A saved page marks up apart what it sets at the text's edges: a paragraph with a class of its
  own, sharing none with the text's paragraphs ("<p class='note'>", "<p class='cite'>") under the
  text, or between the headline and the text (a standfirst, a byline, a date line).
- A page copied as text sets its story's paragraphs apart by blank lines, its footer's boxes as a
  run of lines with none between them: the run's lines the reader kept as text are the page's.
"""

from archive.readers.html import parse_html
from archive.readers.text import parse_text_article

STORY = [
    "The harbour authority said on Monday that the northern quay would close for repairs from the "
    "first of next month, after divers found cracks in two of its oldest pillars.",
    "Fishing crews who moor there will be moved to the southern basin, where the authority has "
    "promised extra berths and a temporary ice plant for the summer season.",
    "Several skippers told the meeting that the southern basin silts up every spring and that larger "
    "boats could be stranded at low tide while the work goes on.",
    "The authority's engineer replied that dredging would start this week and that the repairs "
    "should be finished before the autumn storms arrive.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in STORY)


def _page(head: str, tail: str) -> str:
    return (f"<html><head><title>Quay to close</title></head><body><article><h1>Quay to close for repairs</h1>"
            f"{head}<div class='text'>{PARAGRAPHS}</div>{tail}</article>"
            "<footer>Harbour Gazette</footer></body></html>")


def test_a_note_marked_up_under_the_text_is_the_pages():
    tail = ("<p class='zitat'>Vorschlag zum Zitieren: Quay to close. In: Harbour Gazette, 03.04.2023</p>"
            "<p class='kommentare'>Kommentieren · 4 Kommentare</p>")
    body = parse_html(_page("", tail), "quay.html").body
    assert body.endswith("before the autumn storms arrive.")
    assert "Kommentare" not in body and "Zitieren" not in body
    # the story's own last line, in the text's own markup, and a class the text's paragraphs share
    tail = "<p>Dredging starts on Thursday.</p>"
    assert parse_html(_page("", tail), "quay.html").body.endswith("Dredging starts on Thursday.")
    page = _page("", "").replace("<p>", "<p class='para'>") \
        .replace("</div>", "<p class='para last'>Dredging starts on Thursday.</p></div>")
    assert parse_html(page, "quay.html").body.endswith("Dredging starts on Thursday.")


def test_lines_marked_up_between_the_headline_and_the_text_are_the_header():
    head = ("<p class='occhiello'>Il porto chiude la banchina nord per lavori di riparazione urgenti</p>"
            "<p class='firma'>di MARIA ROSSI</p><p class='ora'>Aggiornato alle 10:12</p>")
    body = parse_html(_page(head, ""), "quay.html").body
    assert body.startswith("The harbour authority said on Monday")


TEXT_PAGE = "\n\n".join(["Quay to close for repairs", "By Maria Rossi", *STORY]) + "\n\n"


def test_a_footers_boxes_running_on_under_a_text_copied_from_a_browser_are_the_pages():
    footer = ("Dette er en del af vores fokus på havnen.\n"
              "Få vores nyhedsbrev direkte i din indbakke.\n"
              "Havnebladet · Kajgade 3, 8000 Aarhus · Alle rettigheder forbeholdes\n")
    body = parse_text_article(TEXT_PAGE + footer, "quay.txt").body
    assert body.endswith("before the autumn storms arrive.")
    assert "fokus" not in body and "nyhedsbrev" not in body
    # a last paragraph set apart stays; a text whose lines all run on is not cut
    footer = "The quay reopens in October.\n\nHavnebladet · Kajgade 3 · Alle rettigheder forbeholdes\n"
    assert parse_text_article(TEXT_PAGE + footer, "quay.txt").body.endswith("The quay reopens in October.")
    single = "\n".join(["Quay to close for repairs", "By Maria Rossi", *STORY, "The quay reopens in October.",
                        "Havnebladet · Kajgade 3 · Alle rettigheder forbeholdes"]) + "\n"
    assert parse_text_article(single, "quay.txt").body.endswith("The quay reopens in October.")
