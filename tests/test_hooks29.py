"""Round 29's hooks in files the helpers did not own (issue #13): the HTML reader asks the text
reader's closing-credit and teaser-line cleaners (readers/html.py, text29's closing_credits)."""

from archive.readers.html import parse_html

PAGE = """<html><head><title>Canal news</title></head><body><article>
<h1>Pumping station on the canal restarts after repairs</h1>
<p>The pumping station on the eastern canal restarted on Monday after six weeks of repairs, the water board said, and the villages downstream had running water again by the evening.</p>
<p>Engineers replaced two of the four pumps and rewound the motor of a third, the board's chief engineer told reporters at the site.</p>
<p><strong>Read also:</strong> <a href="/2024/05/farmers-wait-for-water">Farmers along the canal wait for the water to return</a></p>
<p>The board said it would publish a schedule for the summer months once the last pump was tested, and asked farmers to report any leaks.</p>
<p>Edited by Tom Gale</p>
</article></body></html>
"""


def test_html_pages_teaser_line_and_editors_credit_leave_the_body():
    record = parse_html(PAGE.encode(), "canal.html")
    assert "Farmers along the canal" not in record.body
    assert "Tom Gale" not in record.body
    assert record.body.rstrip().endswith("report any leaks.")
    assert record.author != "Tom Gale"


def test_other_languages_credits_and_a_source_line_name_no_writer():
    # byline_parts._credit_labels reads text29's credit and source labels (archive/data/byline_roles.txt)
    from archive.extract.person_names import bare_name

    for line in ("Edição: Marta Figueira", "Redacción: Lucía Ferrer", "Bearbeitung: Jonas Feld",
                 "المصدر: صحيفة الوادي", "Fonte: Agência do Vale"):
        assert bare_name(line) is None, line
    assert bare_name("Marta Figueira") == "Marta Figueira"


def test_the_note_on_the_writer_over_a_publication_note_names_the_writer(tmp_path):
    # footer_metadata.metadata_under_text reads the writer's note a few lines over the text's end
    from archive.readers.text import parse_text_article

    text = ("Ankara weighs a new border post near the river crossing\n\n"
            "Officials in Ankara are weighing a new border post near the river crossing, two people familiar "
            "with the talks said, after a month of closures that stranded lorries on both sides.\n\n"
            "The plan would move customs checks a kilometre inland and add a lane for aid convoys, they said, "
            "though no date has been set for a decision.\n\n"
            "Deniz Aydan is a journalist based in Ankara covering security policy.\n\n"
            "This article was first published in Turkish on example.org.\n")
    record = parse_text_article(text, str(tmp_path / "border.txt"))
    assert record.author == "Deniz Aydan"


def test_a_scrapers_stamp_column_is_never_the_publication_date():
    # readers/columns._guess (dates29's hook): "scraped_at" repeats the day of the scrape
    from archive.readers.columns import resolve

    columns = ["scraped_at", "when", "headline", "text"]
    body = ("Water trucks reached the eastern villages on Sunday after the pumping station failed again, "
            "the local council said, and families stored what they could in tanks on their roofs.")
    samples = [{"scraped_at": "2024-08-02", "when": f"2023-0{month}-1{month}",
                "headline": f"Pumps fail again in the eastern villages, part {month}", "text": body}
               for month in range(1, 8)]
    result = resolve(columns, samples)
    assert result.fields.get("when") == "published"
    assert "scraped_at" not in result.fields

