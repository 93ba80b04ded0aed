"""Round 32 (bodies32): the head of a text under its header: a revision's stamp left over the first
paragraph of a copied page, a standfirst set in bold in a reader view, a kicker and headline the
page's title joins. Invented texts."""

import pytest

from archive.readers.html import parse_html
from archive.readers.text import parse_text_article

STORY = [
    "Dozens of volunteers cleared the riverbank on Saturday after the spring floods left the lower town covered in mud and broken branches.",
    "The council said the clean-up would continue next weekend, and asked residents to report blocked drains on its website.",
    "Shop owners on the market square said they had reopened, although some cellars were still being pumped out by the fire service.",
]


@pytest.mark.parametrize("stamp", ["Updated 12 March 2024 at 09.42", "Oppdatert 12. mars 2024 kl. 09.42",
                                   "Aktualisiert am 12.03.2024, 09:42 Uhr"])
def test_revision_stamp_over_the_first_paragraph(stamp):
    text = "\n\n".join(["Valley Courier", "News  Sport  Weather  Culture  Opinion  Family", "Lakeside",
                        "Volunteers clear the riverbank after the floods",
                        "Ten days after the river burst its banks, the lower town counts what the water took.",
                        "Mara Lindqvist", "mara.lindqvist@example.org", "Published 12 March 2024 at 06.00", stamp]
                       + STORY) + "\n"
    record = parse_text_article(text, "courier.txt")
    assert record.body.startswith("Dozens of volunteers")
    assert record.body.rstrip().endswith("fire service.")


def _reader_view(first: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<html><head><title>Riverbank cleared after the floods</title></head><body>"
            "<div class='header'><a class='domain'>valleycourier.example</a>"
            "<h1 class='reader-title'>Riverbank cleared after the floods</h1>"
            "<div class='credits'>Mara Lindqvist</div></div><hr><div class='content'><div class='page'>"
            f"{first}{paragraphs}</div></div></body></html>")


def test_a_standfirst_in_bold_over_the_text():
    page = _reader_view("<p><strong>Volunteers worked all weekend; the council promises more help for the lower town.</strong></p>")
    assert parse_html(page, "view.html").body.startswith("Dozens of volunteers")


def test_kicker_and_headline_the_title_joins():
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = ("<html><head><title>Bulletin No. 7: Riverbank cleared after the floods</title></head><body>"
            "<div class='nav'><ul><li>Home</li><li>Bulletins</li></ul></div><div class='entry'>"
            "<p class='kicker'>Bulletin No. 7</p><h1>Riverbank cleared after the floods</h1>"
            f"<p class='meta'>Posted 12/03/2024 by Mara Lindqvist</p>{paragraphs}</div></body></html>")
    assert parse_html(page, "bulletin.html").body.startswith("Dozens of volunteers")
