"""Round 31's hooks placed by the lead in files the helpers did not own this round (issue #13): the
consent words of South Slavic, Czech, Polish and Russian notices (fields31), a feed reader's "feed"
key as the outlet where its values are names (outlets31), writers joined in another language counted
as writers by the bench (fields31)."""

import json

from archive.model import BadRecord
from archive.readers.records import ReaderOptions, read_jsonl
from archive.readers.text import read_text_file


def test_a_consent_wall_in_bosnian_is_refused(tmp_path):
    path = tmp_path / "portal.txt"
    path.write_text(
        "Dolinski portal\nCijenimo vašu privatnost\n"
        "Mi i naši partneri koristimo kolačiće i slične tehnologije za pohranu podataka na vašem uređaju, "
        "za prikaz oglasa i mjerenje posjeta. Vašu saglasnost možete povući u svakom trenutku.\n"
        "Prihvatam sve\nPodešavanja\nOdbij\n", encoding="utf-8")
    records = list(read_text_file(path))
    assert len(records) == 1 and isinstance(records[0], BadRecord), records
    assert "consent" in records[0].reason


def test_a_feed_readers_feed_title_is_the_outlet(tmp_path):
    body = ("The water board opened a second pumping station on the eastern canal on Sunday, doubling the water "
            "that reaches the villages downstream in the dry months, its director said at the site. ") * 3
    rows = [{"title": f"Pumping station {n} opens", "feed": name, "link": f"https://example.org/{n}",
             "published": "2024-03-0%d" % (n + 1), "content": body}
            for n, name in enumerate(["Canal Courier", "Valley Wire", "Canal Courier", "Delta Monitor"])]
    path = tmp_path / "feed_items.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = [r for r in read_jsonl(path, ReaderOptions()) if not isinstance(r, BadRecord)]
    assert [r.outlet for r in records] == ["Canal Courier", "Valley Wire", "Canal Courier", "Delta Monitor"]


def test_the_bench_counts_writers_joined_in_other_languages():
    from bench_modules import load

    bench = load("import_quality")
    pair = bench.norm_author("Azra Omerović and Selma Učanbarlić")
    assert bench.norm_author("Azra Omerović i Selma Učanbarlić") == pair
    assert bench.norm_author("Élise Marchetti; Hugo Lemaire") == bench.norm_author("Élise Marchetti et Hugo Lemaire")
    assert bench.norm_author("NOAH FELDSTEIN AND AMARA OKAFOR") == bench.norm_author("Noah Feldstein and Amara Okafor")
    assert len(bench.norm_author("John E. Smith")) == 1 and len(bench.norm_author("Maria Y Gomez")) == 1


BLOG = """<html><head><title>Notes on the river crossings</title></head><body>
<header><a href="/">Crossings Log</a></header>
<article><h1>Notes on the river crossings after the spring floods</h1>
<div class="entry-meta">Posted on 11/02/2023 by Tamsin Hale</div>
<p>The ferry at the northern crossing ran again this week after the spring floods had kept it tied up for a month, and the farmers who use it to reach the market on the other bank said the wait had cost them a season.</p>
<p>The river authority said the southern crossing would need another survey before it could carry lorries, because the floods had washed out part of the approach road on the eastern bank.</p>
<p>Two villages on the western bank asked the authority for a second ferry, saying one boat could not carry the harvest across in the weeks it has to reach the buyers.</p>
</article>
<div id="comments"><div class="comment">Thank you for keeping track of the crossings.
<span>— Ruth Okoye, November 3, 2023 at 9:14 am</span></div></div>
</body></html>
"""


def test_a_pages_dates_in_words_settle_its_ambiguous_numeric_date():
    # fields31's sign (other dates of the page written in words, month first, and an am/pm clock) reaches
    # the HTML reader's record (html.parse_html: page_dates)
    from archive.extract.article import build_article
    from archive.readers.html import parse_html

    article = build_article(parse_html(BLOG.encode(), "log/crossings.html"))
    assert article.published == "2023-11-02"


def test_a_sure_outlet_column_goes_before_a_collectors_feed_name(tmp_path):
    # outlets31's hook (columns.by_name): "feed" is the outlet only where no sure name is; here it is the
    # collector's own feed, beside a "source" naming each record's outlet
    body = ("The water board opened a second pumping station on the eastern canal on Sunday, doubling the water "
            "that reaches the villages downstream in the dry months, its director said at the site. ") * 3
    rows = [{"feed": "canal-watch", "title": f"Pumping station {n} opens", "source": name,
             "url": f"https://example.org/{n}", "date": "2024-03-0%d" % (n + 1), "text": body}
            for n, name in enumerate(["Canal Courier", "Valley Wire", "Delta Monitor"])]
    path = tmp_path / "watch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    records = [r for r in read_jsonl(path, ReaderOptions()) if not isinstance(r, BadRecord)]
    assert [r.outlet for r in records] == ["Canal Courier", "Valley Wire", "Delta Monitor"]


def test_a_persons_own_mailbox_names_no_outlet():
    from archive.readers.mail import sender_outlet

    assert sender_outlet("Jana Novak <jana.novak@postbox.example>") is None
    assert sender_outlet("Sam <sam.r@postbox.example>") is None
    assert sender_outlet("Canal Courier <newsletter@canalcourier.example>") == "Canal Courier"
