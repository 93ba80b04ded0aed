"""Issue #13: a saved page whose markup names no author and whose byline carries no "By": a reporter's
name alone in an element under the headline, over the date line, is the author (bylines6's byline
block, read in HTML as in text); a section's word there is not."""

from archive.readers.html import parse_html

STORY = "".join(f"<p>The ferry between the two lake towns ran again on day {n} after the storm, the operator said.</p>"
                for n in range(1, 6))


def _page(under_headline: str) -> str:
    return (f"<html><head><title>Ferry runs again</title></head><body><h1>Ferry runs again after the storm</h1>"
            f"{under_headline}<article>{STORY}</article></body></html>")


def test_a_name_over_the_date_is_the_author():
    record = parse_html(_page("<div>Petra Holm-Ansari</div><div>12 March 2024</div>"), "p.html")
    assert record.author == "Petra Holm-Ansari"


def test_a_section_word_over_the_date_is_no_author():
    record = parse_html(_page("<div>Regional news</div><div>12 March 2024</div>"), "p.html")
    assert record.author is None
