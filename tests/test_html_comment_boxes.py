"""A class that only begins like a comments box's ("commentary", a think tank's section) is no
comments box: the page's tag box inside it is read."""

from archive.readers.html import parse_html

STORY = "".join(
    f"<p>Paragraph {n} of the report on water pumped again from the station near Hasakah, after weeks "
    f"in which families bought water from trucks at prices they could not keep paying.</p>"
    for n in range(1, 6)
)


def _page(body_class: str, extra: str) -> str:
    return (f"<html><head><title>Water returns to Hasakah</title></head><body class='{body_class}'>"
            f"<article><h1>Water returns to Hasakah</h1>{STORY}{extra}</article></body></html>")


def test_a_commentary_page_keeps_its_tag_box():
    page = _page("commentary", "<ul class='tags'><li><a href='/t/water'>Water</a></li>"
                               "<li><a href='/t/syria'>Syria</a></li></ul>")
    record = parse_html(page, "saved/commentary.html")
    assert record.tags == ["Water", "Syria"]



def test_a_commenters_name_is_no_author():
    page = _page("single", "<ol class='commentlist'><li><div class='comment-author vcard'>"
                           "<span class='author'>Jane Reader</span></div><p>Thanks for this.</p></li></ol>")
    assert parse_html(page, "saved/comments.html").author is None


def test_a_writers_name_also_written_in_the_comments_stays_the_author():
    page = _page("single", "<ol class='commentlist'><li><div class='comment-author vcard'>"
                           "<span class='author'>Omar Haddad</span></div><p>A reply.</p></li></ol>")
    page = page.replace("<h1>Water returns to Hasakah</h1>",
                        "<h1>Water returns to Hasakah</h1><p class='byline'>By Omar Haddad</p>")
    assert parse_html(page, "saved/writer.html").author == "Omar Haddad"
