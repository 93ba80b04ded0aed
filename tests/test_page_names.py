"""The name a web page gives its own site where its metadata states none: two of its signs agree
(logo, <title>'s last part, its own domain, its footer) (issue #13, round 10)."""

import lxml.html

from archive.extract.html_metadata import page_metadata
from archive.extract.page_names import own_site_name

BODY = "<p>The ferry between the two lake towns ran again on Monday for the first time since the storm.</p>"


def _tree(head: str, top: str, footer: str = ""):
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{top}<h1>Ferry runs again</h1>{BODY}"
                                f"<footer>{footer}</footer></body></html>")


def test_the_logo_and_the_title_agree():
    tree = _tree("<title>Ferry runs again - News item - Lake Authority</title>",
                 '<div class="header"><img src="/l.png" alt="Lake Authority - Ferries and Piers Service"></div>')
    assert own_site_name(tree) == "Lake Authority"
    meta = page_metadata(tree)
    assert (meta.site_name, meta.sources["site_name"]) == ("Lake Authority", "page")


def test_the_logo_and_the_sites_domain_agree():
    tree = _tree('<link rel="canonical" href="https://lakebrief.substack.com/p/ferry">',
                 '<div class="topbar"><a href="/"><img alt="Lake Brief" src="https://cdn.example/x.png"></a></div>')
    assert page_metadata(tree).site_name == "Lake Brief"
    tree = _tree('<link rel="canonical" href="https://thelakeherald.example/2019/ferry">',
                 '<table><tr><td><img src="/images/herald-masthead.gif" alt="The Lake Herald - the valley\'s paper"></td></tr></table>')
    assert own_site_name(tree, "https://thelakeherald.example/2019/ferry") == "The Lake Herald"


def test_one_sign_alone_names_nothing():
    assert own_site_name(_tree("<title>Ferry runs again - Lake Authority</title>", "")) is None
    assert own_site_name(_tree("", '<div class="logo"><img alt="Lake Authority" src="/l.png"></div>')) is None
    # a picture in the text is no logo, whatever the title says
    tree = _tree("<title>Ferry runs again - Pier View</title>", '<p><img alt="Pier View" src="/photo.jpg"></p>')
    assert own_site_name(tree) is None


def test_the_footer_naming_the_logo_again():
    tree = _tree("", '<header><a href="/">Lake Authority</a></header>', "This is a website of the Lake Authority")
    assert own_site_name(tree) == "Lake Authority"


def test_an_authors_photo_in_the_storys_header_is_no_logo():
    tree = _tree("<title>Ferry runs again - Jane Doe</title>",
                 '<div class="post-header"><img class="avatar" alt="Jane Doe" src="/jane.jpg"></div>')
    assert own_site_name(tree) is None
    tree = _tree("<title>Ferry runs again - Jane Doe</title>",
                 '<article><header><img alt="Jane Doe" src="/jane.jpg"></header></article>')
    assert own_site_name(tree) is None


def test_a_stated_name_that_is_only_the_domain_gives_way_to_the_name_it_spells():
    head = '<meta property="og:site_name" content="lakeherald.com"><title>Ferry runs again - The Lake Herald</title>'
    top = '<header><a href="/"><img alt="The Lake Herald" src="/logo.png"></a></header>'
    assert page_metadata(_tree(head, top)).site_name == "The Lake Herald"
    other = _tree(head.replace("The Lake Herald", "Shore Post"), top.replace("The Lake Herald", "Shore Post"))
    assert page_metadata(other).site_name == "lakeherald.com"  # not its letters: the stated name stays
