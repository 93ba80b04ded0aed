"""Issue #13 round 19 (outlets9): a web page's own slots that name its site: a known outlet in a
``<title>``'s trail ("Story > Site > Section"), the address a browser wrote over the page it saved
("<!-- saved from url=(0082)https://... -->"), and a logo's ``alt`` that the title's first part
writes too ("Name | headline")."""

from archive.readers.html import parse_html

BODY = ("<p>Engineers working on the pumping station said repairs had been delayed for months because "
        "spare parts could not be brought across the border in time for the summer season.</p>"
        "<p>Residents of the eastern districts said they had bought water from private trucks at "
        "prices that doubled over the year, and that the shortage had reached the camps first.</p>"
        "<p>Aid groups said the station would need a new generator before the summer, and that the "
        "cost of diesel had tripled since the spring, leaving the pumps idle for most of the day.</p>")


def _page(head: str, top: str = "", before: str = "") -> str:
    return (f"{before}<html><head>{head}</head><body><header>{top}</header><article>"
            f"<h1>Pumps idle as summer nears in the valley</h1>{BODY}</article></body></html>")


def test_a_known_outlet_in_the_titles_trail():
    page = _page("<title>Pumps idle as summer nears &gt; Sky News &gt; World</title>")
    assert parse_html(page, "gov/pumps.html").outlet == "Sky News"


def test_the_address_a_browser_wrote_over_the_page():
    page = _page("<title>Pumps idle as summer nears</title>",
                 before="<!-- saved from url=(0061)https://www.france24.com/en/middle-east/20240303-pumps-idle -->\n")
    assert parse_html(page, "saved/page.html").outlet == "France 24"


def test_a_logo_and_the_titles_first_part_agree():
    page = _page("<title>البحيرة | توقف المضخات مع اقتراب الصيف</title>",
                 top='<a href="/"><img class="logo" src="/img/logo.png" alt="البحيرة"></a>')
    assert parse_html(page, "arabic/pumps.html").outlet == "البحيرة"
    page = _page("<title>البحيرة | توقف المضخات مع اقتراب الصيف</title>")
    assert parse_html(page, "arabic/pumps.html").outlet is None  # the title alone: no second sign
