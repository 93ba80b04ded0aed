"""The edges of a saved page's text: a kicker set over the headline, a newsletter's pitch over the
text (furniture by its words), a page laid out in a table (the story in one cell, the menu in
another)."""

from archive.readers.html import parse_html

TEXT = [
    "The provincial council voted on Tuesday to reopen the river crossing at Fishkhabour after a "
    "closure of three weeks that had stranded hundreds of lorries on both banks.",
    "Traders said the closure had doubled the price of flour in the markets of Dohuk, and several "
    "bakeries in the city had cut their hours while they waited for deliveries.",
    "Officials on the other bank said they would allow the first convoys through on Thursday morning, "
    "once the customs staff who had been moved elsewhere returned to their posts.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in TEXT)


def test_a_kicker_over_the_headline_is_no_text():
    page = (f"<html><body><article><p class='kicker'>Press release</p><h1>Crossing to reopen</h1>{PARAGRAPHS}"
            f"<h2>What the council asks</h2>{PARAGRAPHS.replace('Tuesday', 'Monday')}</article></body></html>")
    assert parse_html(page, "kicker.html").body.startswith("The provincial council")
    # a short first paragraph under the headline stays (a dateline, a one-line opening)
    page = f"<html><body><article><h1>Crossing to reopen</h1><p>Dohuk, Iraq</p>{PARAGRAPHS}</article></body></html>"
    assert parse_html(page, "dateline.html").body.startswith("Dohuk, Iraq")


def test_a_newsletters_pitch_over_the_text_is_no_text():
    pitch = ("Valley Brief is a reader-supported newsletter on the region. Free subscribers get every issue; "
             "paid subscribers keep it going.")
    page = (f"<html><body><h1>Crossing to reopen</h1><div class='body'><p><em>{pitch}</em></p>{PARAGRAPHS}"
            "<p>More on that in the next issue.</p></div></body></html>")
    body = parse_html(page, "brief.html").body
    assert body.startswith("The provincial council") and body.endswith("More on that in the next issue.")


def test_a_page_laid_out_in_a_table_keeps_its_text_without_the_tables_cells():
    text = "".join(f"<p>{p}</p>" for p in TEXT + [f"On day {n} of the closure, {p[0].lower()}{p[1:]}" for n, p in enumerate(TEXT)])
    page = ("<html><body><table><tr><td class='menu'>Home | News | Editorial | Features | Sports</td></tr></table>"
            f"<table><tr><td><b>Crossing to reopen</b><br>By Jane Doe<br>{text}</td>"
            "<td><b>Latest News</b><br>Curfew extended in the north<br>Schools to reopen next week</td></tr></table>"
            "</body></html>")
    body = parse_html(page, "table.html").body
    assert body.startswith("The provincial council") and "Latest News" not in body and "|" not in body
