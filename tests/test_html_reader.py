"""The HTML reader on the project's own pages (sample/html/ and pages written inline here)."""

import gzip
import json

import pytest
import sqlite_utils

from archive.extract import html_metadata
from archive.extract.article import build_article
from archive.model import BadRecord, RawRecord
from archive.readers import reader_for
from archive.readers.exports import read_html_or_export
from archive.readers.html import declared_charset, decode_html, parse_html, read_html_file
from archive.readers.source import MemberSource

from conftest import SAMPLE

HTML_SAMPLE = SAMPLE / "html"

BODY = "".join(
    f"<p>{sentence}</p>\n"
    for sentence in (
        "Guards at the prison in Hasakah moved forty detainees to a new wing on Sunday after a wall cracked in the rain.",
        "The administration said nobody was hurt and that engineers would inspect the older buildings this week.",
        "Families who visited on Monday said they were not told where their relatives had been taken.",
        "A spokesman promised that a list of the transferred men would be posted at the gate by Thursday.",
    )
)


def page(head: str = "", body: str = BODY, lang: str = "en", before: str = "", after: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
        f'<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/camps">Camps</a></nav>{before}'
        f"<article><h1>Detainees moved after wall cracks</h1>{body}</article>{after}"
        "<footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>"
    )


def one(path):
    records = list(read_html_file(path))
    assert len(records) == 1
    return records[0]


def article_of(path):
    record = one(path)
    assert isinstance(record, RawRecord), record
    return record, build_article(record)


# -- the sample pages ---------------------------------------------------------------------------


def test_json_ld_wins_over_meta_tags_and_guesses():
    # The page's og:title, og:site_name, meta author and article:published_time all disagree
    # with its JSON-LD @graph: the JSON-LD article (author and publisher by @id) wins.
    raw, article = article_of(HTML_SAMPLE / "al-hol-water-trucks.html")
    assert raw.source_format == "html"
    assert article.title == "Water trucks fail to reach parts of al-Hol camp for a third day"
    assert article.outlet == "Khabur Daily"
    assert article.published == "2023-08-14"
    assert article.date_source == "text"
    assert article.author == "Layla Hassan"
    assert article.tags == ["al-Hol", "Camps", "Water"]  # the section ("Syria") only where no tag is stated
    assert article.language == "en"
    assert article.url == "https://khabur-daily.example/camps/2023/08/14/al-hol-water-trucks"
    assert article.lede.startswith("Residents of the annex in al-Hol camp say deliveries have stopped")


def test_boilerplate_is_not_in_the_body():
    _, article = article_of(HTML_SAMPLE / "al-hol-water-trucks.html")
    assert article.body.startswith("Women living in the foreign section of al-Hol camp")
    assert article.body.endswith("normal deliveries should resume the same evening.")
    assert "Heat makes shortages dangerous" in article.paragraphs  # a sub-heading is kept
    assert len(article.paragraphs) == 7
    for junk in ("Home", "Share on Facebook", "Copy link", "Sign up for our newsletter", "Related stories",
                 "Roj camp clinic", "comments", "shameful", "Leave a comment", "All rights reserved",
                 "Privacy policy", "By Layla Hassan"):
        assert junk not in article.body, junk
    assert article.title not in article.body  # the headline is not repeated as a paragraph


def test_meta_tags_when_there_is_no_json_ld_and_windows_1252_is_decoded():
    raw, article = article_of(HTML_SAMPLE / "roj-camp-appeal-cp1252.html")
    assert b"\xe9" in (HTML_SAMPLE / "roj-camp-appeal-cp1252.html").read_bytes()  # really not UTF-8
    assert article.title == "French families take Roj camp appeal to Paris court"
    assert article.outlet == "Jazira Monitor"
    assert article.published == "2022-03-09"
    assert article.author == "René Aubert"
    assert article.tags == ["Roj camp", "Repatriation", "France"]  # not the section ("Detention")
    assert article.language == "en"
    assert article.url == "https://jazira-monitor.example/detention/french-families-roj-appeal"
    assert "Hélène Marchand" in article.body
    assert "the state’s case-by-case approach" in article.body
    assert "“They are asking France" in article.body
    assert "\ufffd" not in article.body and "Ã" not in article.body
    for junk in ("Share this", "WhatsApp", "Front page", "Tags:", "independent reporting"):
        assert junk not in article.body, junk


def test_canonical_link_wins_over_og_url_and_authors_are_listed():
    raw, article = article_of(HTML_SAMPLE / "ghuwayran-year-on.html")
    assert article.url == "https://hasakah-report.example/2023/01/20/ghuwayran-a-year-on"
    assert article.title == "A year after the Ghuwayran attack, mothers still wait for word of their sons"
    assert article.author == "Dara Sleman and Mona Khalil"  # as the page prints its byline (JSON-LD lists the two)
    assert article.tags == ["Ghuwayran", "Hasakah", "Prisons", "Children"]
    assert article.language == "en"  # inLanguage en-GB, stored as the language
    assert article.published == "2023-01-20"
    assert article.lede.startswith("Families of teenage boys held in the prison")
    assert "“I do not ask them to free him." in article.body  # a blockquote is article text
    for junk in ("cookies", "Accept all", "Most read", "Drone strike", "Join the discussion",
                 "Thank you for this report", "Share:", "Terms"):
        assert junk not in article.body, junk


def test_import_command_stores_the_sample_pages(cli, db_path):
    result = cli("import", db_path, HTML_SAMPLE, "--silent")
    assert result.exit_code == 0, result.output
    assert "3 imported" in result.output and "0 failed" in result.output
    db = sqlite_utils.Database(db_path)
    found = {
        r["url"]: r
        for r in db.query(
            "select a.*, o.name as outlet_name from articles a left join outlets o on o.id = a.outlet order by a.url"
        )
    }
    assert set(found) == {
        "https://hasakah-report.example/2023/01/20/ghuwayran-a-year-on",
        "https://jazira-monitor.example/detention/french-families-roj-appeal",
        "https://khabur-daily.example/camps/2023/08/14/al-hol-water-trucks",
    }
    row = found["https://khabur-daily.example/camps/2023/08/14/al-hol-water-trucks"]
    assert row["source_format"] == "html"
    assert row["title"] == "Water trucks fail to reach parts of al-Hol camp for a third day"
    assert row["outlet_name"] == "Khabur Daily"
    assert (row["published"], row["year"], row["month"]) == ("2023-08-14", 2023, "2023-08")
    assert row["author"] == "Layla Hassan"
    assert json.loads(row["tags"]) == ["al-Hol", "Camps", "Water"]
    assert row["language"] == "en"
    assert row["body"].count("\n\n") == 6
    roj = found["https://jazira-monitor.example/detention/french-families-roj-appeal"]
    assert roj["author"] == "René Aubert" and "Hélène Marchand" in roj["body"]
    tags = {r["name"] for r in db.query("select name from tags")}
    assert {"al-Hol", "Roj camp", "Ghuwayran"} <= tags and "Detention" not in tags  # a section, beside stated tags
    again = cli("import", db_path, HTML_SAMPLE, "--silent")
    assert "0 imported, 0 updated, 3 unchanged" in again.output


# -- inline pages --------------------------------------------------------------------------------


def test_og_and_article_meta_tags_are_used(tmp_path):
    head = (
        '<title>Detainees moved after wall cracks | Example News</title>'
        '<meta property="og:title" content="Detainees moved after wall cracks">'
        '<meta property="og:site_name" content="Example News">'
        '<meta property="og:url" content="https://news.example.com/2024/02/04/detainees-moved">'
        '<meta property="og:description" content="Forty men were taken to a new wing.">'
        '<meta property="article:published_time" content="2024-02-04T23:30:00-05:00">'
        '<meta property="article:author" content="https://www.facebook.com/some.profile">'
        '<meta property="article:author" content="Sara Ahmed">'
        '<meta property="article:tag" content="Hasakah"><meta property="article:tag" content="Prisons">'
        '<meta property="article:section" content="Syria">'
    )
    path = tmp_path / "moved.html"
    path.write_text(page(head, lang="en-US"), encoding="utf-8")
    _, article = article_of(path)
    assert article.title == "Detainees moved after wall cracks"
    assert article.outlet == "Example News"
    assert article.published == "2024-02-04"  # the day as the page writes it, not converted to UTC
    assert article.author == "Sara Ahmed"  # a profile URL is not a name
    assert article.tags == ["Hasakah", "Prisons"]  # article:section is a tag only where no tag is stated
    assert article.url == "https://news.example.com/2024/02/04/detainees-moved"
    assert article.language == "en"
    assert article.lede == "Forty men were taken to a new wing."
    assert article.body.startswith("Guards at the prison in Hasakah")
    assert "Home" not in article.body and "All rights reserved" not in article.body


def test_guesses_when_the_page_states_nothing():
    html = page(
        head="<title>Detainees moved after wall cracks - Rudaw</title>",
        before='<div class="byline">By <a href="/authors/omar-khalid">Omar Khalid</a> · 3 March 2021</div>',
        body="<p class='date'>Published 3 March 2021</p>" + BODY,
        lang="",
    )
    raw = parse_html(html, "inline.html")
    assert raw.title == "Detainees moved after wall cracks"
    assert raw.author == "Omar Khalid"
    assert raw.published == "2021-03-03"  # htmldate, from the page's text
    assert raw.outlet == "Rudaw"  # a known outlet named in <title>
    assert raw.url is None and raw.language is None
    assert build_article(raw).language == "en"  # guessed later from the text


def test_json_ld_plain_object_with_author_list_and_keywords_string():
    ld = {
        "@context": "https://schema.org",
        "@type": ["ReportageNewsArticle"],
        "headline": "Detainees moved after wall cracks",
        "datePublished": "2024-02-05",
        "author": [{"@type": "Person", "name": "By Sara Ahmed"}, "Omar Khalid", {"@type": "Person", "name": "Sara Ahmed"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": "North Press"},
        "keywords": "Hasakah, prisons; detainees",
        "inLanguage": {"@type": "Language", "name": "Arabic", "alternateName": "ar"},
        "url": "/2024/02/05/detainees-moved",
    }
    head = (
        f'<script type="application/ld+json"><!--\n{json.dumps(ld)}\n--></script>'
        '<link rel="canonical" href="https://npasyria.example/2024/02/05/detainees-moved">'
    )
    raw = parse_html(page(head), "ld.html", url="https://npasyria.example/2024/02/05/detainees-moved?ref=x", record=7)
    assert raw.source_record == 7
    assert raw.author == "Sara Ahmed, Omar Khalid"
    assert raw.tags == ["Hasakah", "prisons", "detainees"]
    assert raw.language == "ar"  # JSON-LD inLanguage over <html lang>
    assert raw.url == "https://npasyria.example/2024/02/05/detainees-moved"
    assert build_article(raw).outlet == "North Press Agency"  # a known outlet's alias


def test_given_url_is_kept_when_the_page_names_none():
    raw = parse_html(page(), "capture", url="https://example.org/story/1")
    assert raw.url == "https://example.org/story/1"


def test_a_home_page_canonical_is_not_the_article_url():
    head = '<link rel="canonical" href="https://news.example.com/">'
    raw = parse_html(page(head), "x.html", url="https://news.example.com/2024/story")
    assert raw.url == "https://news.example.com/2024/story"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "empty file"),
        (b"Just some words in a file that is called .html but has no markup at all.", "not HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (page(body="").encode(), "no article text"),
        (b"<html><head><title>Home</title></head><body><nav><ul>"
         + b"".join(b'<li><a href="/s%d">Section %d</a></li>' % (i, i) for i in range(20))
         + b"</ul></nav></body></html>", "no article text"),
    ],
    ids=["empty", "blank", "plain-text", "binary", "only-title", "only-navigation"],
)
def test_a_page_without_an_article_is_a_bad_record(tmp_path, content, reason):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    record = one(path)
    assert isinstance(record, BadRecord)
    assert reason in record.reason
    assert record.source_path == str(path)
    with pytest.raises(ValueError, match=reason):
        parse_html(content, str(path))


def test_unreadable_file_is_a_bad_record(tmp_path):
    record = one(tmp_path / "missing.html")
    assert isinstance(record, BadRecord) and "cannot read" in record.reason


def test_windows_1252_declared_in_http_equiv(tmp_path):
    html = page(
        head='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        body="<p>The transfer cost £40,000 – more than the café’s yearly takings, officials said on Monday.</p>" + BODY,
    ).replace('<meta charset="utf-8">', "")
    path = tmp_path / "latin.htm"
    path.write_bytes(html.encode("cp1252"))
    assert reader_for(path) is read_html_or_export  # an .htm page goes to the HTML reader (a database export is split)
    _, article = article_of(path)
    assert "The transfer cost £40,000 – more than the café’s yearly takings" in article.body


def test_declared_charset_is_not_trusted_over_valid_utf8():
    html = page(head='<meta charset="windows-1252">', body="<p>Qamishli’s court heard the case of the café owner on Monday morning.</p>" + BODY)
    raw = parse_html(html.replace('<meta charset="utf-8">', "").encode("utf-8"), "x.html")
    assert "Qamishli’s court heard the case of the café owner" in raw.body


def test_other_declared_charsets_and_boms():
    assert declared_charset(b'<html><head><meta charset="Shift_JIS">') == "cp932"
    assert declared_charset(b'<?xml version="1.0" encoding="ISO-8859-1"?><html>') == "cp1252"
    assert declared_charset(b"<html><head><title>x</title>") is None
    text = "<html><body><p>Raqqa – ar-Raqqah</p></body></html>"
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_html(text.encode("utf-16")) == text
    arabic = '<html><head><meta charset="windows-1256"></head><body><p>مخيم الهول</p></body></html>'
    assert decode_html(arabic.encode("cp1256")) == arabic
    assert decode_html(gzip.compress(text.encode("utf-8"))) == text


def test_member_source_and_gzipped_page():
    member = MemberSource("pages.zip!/2024/moved.html", gzip.compress(page().encode("utf-8")))
    [record] = list(read_html_file(member))
    assert isinstance(record, RawRecord)
    assert record.source_path == "pages.zip!/2024/moved.html"
    assert record.body.startswith("Guards at the prison in Hasakah")


def test_comments_are_left_out():
    comments = (
        '<section id="comments" class="comments-area"><h3>4 comments</h3>'
        '<div class="comment"><p>Those guards deserve a medal for what they do every single day there.</p></div>'
        '<div class="comment"><p>Why are foreign governments still refusing to take their citizens back?</p></div>'
        "</section>"
    )
    raw = parse_html(page(after=comments), "c.html")
    assert "medal" not in raw.body and "foreign governments" not in raw.body
    assert raw.body.endswith("posted at the gate by Thursday.")


# -- the metadata helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, day",
    [
        ("2021-11-01T10:52:50+0100", "2021-11-01"),
        ("2017-11-03 03:01:00.000000", "2017-11-03"),
        ("2019-01-03T23:00:02.000Z", "2019-01-03"),
        ("20190405T120000", "2019-04-05"),
        ("Wed, 18 Mar 2015 10:00:00 GMT", "2015-03-18"),
        ("Fri Mar 13 21:30:09 EST 2015", "2015-03-13"),
        ("March 3, 2019", "2019-03-03"),
        ("not a date", None),
        ("2999-01-01", None),
    ],
)
def test_iso_day(value, day):
    assert html_metadata.iso_day(value) == day


def test_language_codes_and_bylines():
    assert html_metadata.language_code("pt-BR") == "pt"
    assert html_metadata.language_code("en_GB") == "en"
    assert html_metadata.language_code("und") is None
    assert html_metadata.clean_byline("By Nathan Willis March 25, 2015") == "Nathan Willis"
    assert html_metadata.clean_byline("Jeff Foust Monday, November 18, 2019") == "Jeff Foust"
    assert html_metadata.clean_byline("Username") is None
    assert html_metadata.clean_person("https://www.facebook.com/someone") is None
    assert html_metadata.strip_site_suffix("Camp fire kills two | Rudaw", ["Rudaw"]) == "Camp fire kills two"


def test_broken_json_ld_is_ignored_not_fatal():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    raw = parse_html(page(head), "broken.html")
    assert raw.title == "Detainees moved after wall cracks"


def test_a_short_article_without_spaces_is_still_an_article():
    body = (
        "<p>哈塞克省的监狱周日将四十名被拘留者转移到新的牢房，因为一堵墙在雨中出现了裂缝。</p>"
        "<p>当局表示没有人受伤，工程师将在本周检查较旧的建筑。</p>"
    )
    raw = parse_html(page(body=body, lang="zh-CN"), "zh.html")
    assert raw.language == "zh"
    assert raw.body.startswith("哈塞克省的监狱")
    assert raw.body.count("\n\n") == 1


def test_utf8_page_with_a_stray_latin1_byte_is_not_garbled():
    text = page(body="<p>The camp’s “water” crisis – day three, and a tank costs £40 now.</p>" + BODY)
    data = text.encode("utf-8").replace("£".encode("utf-8"), b"\xa3")  # one Latin-1 byte in UTF-8
    raw = parse_html(data, "mixed.html")
    assert "The camp’s “water” crisis – day three, and a tank costs £40 now." in raw.body
    # A Windows-1252 page is still read as one, not as UTF-8 with stray bytes.
    assert "naïve café" in decode_html("<html><body><p>naïve café “quoted”</p></body></html>".encode("cp1252"))


def test_tags_from_rel_tag_links_or_a_tags_box_after_the_headline_and_a_role_cut_from_the_byline():
    tagged = parse_html(page(after='<div class="tags">Tags: <a rel="tag" href="/t/a">Hasakah</a>'
                                   '<a rel="tag" href="/t/b">Prisons</a></div>'), "a.html")
    assert tagged.tags == ["Hasakah", "Prisons"]
    boxed = parse_html(page(after='<div class="topics">Topics: <a>Detention</a> <a>Syria</a></div>'), "b.html")
    assert boxed.tags == ["Detention", "Syria"]
    kicker = parse_html(page(before='<div class="topics"><a>News</a>|<a>Camps</a></div>'), "c.html")
    assert kicker.tags == []
    signed = parse_html(page(body='<div class="author"><a>Rana Aziz</a> <span>Middle East Correspondent</span></div>'
                                  + BODY), "d.html")
    assert signed.author == "Rana Aziz"
    house = parse_html(page(body='<span class="byline">by Al Jazeera</span>' + BODY), "e.html")
    assert house.author is None


def test_a_sites_error_page_is_no_article():
    with pytest.raises(ValueError, match="error page"):
        parse_html(page(body="<h1>404</h1><p>Sorry, the page you are looking for may have been moved or deleted "
                             "or the link you followed is wrong.</p>").replace("<h1>Detainees moved after wall cracks</h1>", ""),
                   "gone.html")
