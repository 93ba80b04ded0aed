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
