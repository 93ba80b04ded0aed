"""Issue #13 round 21 (outguards21): every format's outlet gets every guard, in one place
(``outlets.article_outlet``), against the lines the record has: a web page's head and foot lines,
a record's own fields and body, a text page's lines. A known outlet's name written only inside a
longer name is not that outlet (English and Arabic); a name written only as a credited source
never beats the page's own signs; two independent signs that agree outrank one; a guess the page's
own unknown signs contradict is none. Real readers, real imports."""

import json

from archive.extract.article import build_article
from archive.extract.credited_outlets import credited_only
from archive.extract.outlet_agreement import agreed_name, contradicted, own_names
from archive.extract.outlet_guards import PageLines, page_lines
from archive.extract.outlet_lines import Guessed
from archive.model import RawRecord
from archive.readers.html import parse_html
from archive.readers.records import read_csv, read_jsonl
from archive.readers.text import parse_text_article

BODY = ("Residents of the lower city gathered on Tuesday evening to discuss the plan for the new bridge, "
        "which the council approved last month after two years of debate.")
BODY2 = "The mayor said the work would begin in spring and last for about eighteen months, with one lane kept open."
ARABIC = ("تجمع سكان المدينة السفلى مساء الثلاثاء لمناقشة خطة الجسر الجديد التي أقرها المجلس الشهر الماضي "
          "بعد عامين من النقاش الطويل بين الأعضاء والسكان في الأحياء المجاورة للنهر.")
ARABIC2 = "وقال رئيس البلدية إن العمل سيبدأ في الربيع ويستمر نحو ثمانية عشر شهرا مع إبقاء مسار واحد مفتوحا."


def _page(title, footer="", head="", paragraphs=(BODY, BODY2), heading="Council backs bridge plan"):
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>{head}</head><body><header><nav>Home</nav></header>"
            f"<article><h1>{heading}</h1>{text}</article><footer><p>{footer}</p></footer></body></html>")


def _stored(raw):
    article = build_article(raw)
    return article.outlet, article.outlet_source


def test_a_web_pages_arabic_masthead_holding_a_known_name_is_its_own():
    html = _page("المجلس يوافق على خطة الجسر | شرفة الجزيرة", "© 2024 شرفة الجزيرة", paragraphs=(ARABIC, ARABIC2),
                 heading="المجلس يوافق على خطة الجسر")
    raw = parse_html(html, "pages/bridge.html")
    assert _stored(raw)[0] == "شرفة الجزيرة"  # the title's site part and the © line agree; not Al Jazeera


def test_a_web_pages_english_longer_name_is_not_the_known_one():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council backs bridge plan", '
          '"publisher": {"@type": "Organization", "name": "The Spectator"}}</script>')
    html = _page("Council backs bridge plan | The Hamilton Spectator", "© 2024 The Hamilton Spectator", head=ld)
    raw = parse_html(html, "pages/bridge.html")
    assert _stored(raw)[0] == "The Hamilton Spectator"


def test_a_records_arabic_copyright_holding_a_known_name_is_not_that_outlet(tmp_path):
    path = tmp_path / "rows.jsonl"
    row = {"id": "r1", "title": "المجلس يوافق على خطة الجسر", "published": "2024-03-03",
           "body": "\n\n".join([ARABIC, ARABIC2, "© 2024 شرفة الجزيرة"])}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    raw = next(r for r in read_jsonl(path) if isinstance(r, RawRecord))
    assert _stored(raw)[0] != "Al Jazeera"
    row["body"] = "\n\n".join(["الدوحة - الجزيرة نت: " + ARABIC, ARABIC2, "© 2024 شرفة الجزيرة"])
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    raw = next(r for r in read_jsonl(path) if isinstance(r, RawRecord))
    assert _stored(raw)[0] == "Al Jazeera"  # its dateline writes the known name alone: kept


def test_a_records_english_longer_name_guarded_and_its_field_kept(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("id,title,outlet,published,body\n"
                    f'1,Council backs bridge plan,,2024-03-03,"{BODY}\n\n{BODY2}\n\nPhoto: The Hamilton Spectator"\n'
                    f'2,Council backs bridge plan,The Spectator,2024-03-03,"{BODY}\n\n{BODY2}"\n', encoding="utf-8")
    raws = [r for r in read_csv(path) if isinstance(r, RawRecord)]
    page = page_lines(raws[0], [BODY, BODY2, "Photo: The Hamilton Spectator"])
    from archive.extract.outlet_guards import guarded

    assert guarded("The Spectator", page.lines) is None  # the record writes it only inside the longer name
    assert _stored(raws[1])[0] == "The Spectator"  # the record's own field writes it alone


def test_two_independent_signs_agreeing_outrank_none():
    html = _page("Council backs bridge plan", "© 2024 Lantern Weekly. All rights reserved.")
    raw = parse_html(html, "pages/bridge.html", url="https://www.lanternweekly.example/news/1")
    assert _stored(raw)[0] == "Lantern Weekly"  # the © line and the domain agree
    raw = parse_html(html, "pages/bridge.html", url="https://www.otherdomain.example/news/1")
    assert _stored(raw)[0] is None  # one sign alone, the domain another: no guess


def test_an_arabic_masthead_and_copyright_agreeing_outrank_none():
    html = _page("المجلس يوافق على خطة الجسر | صوت الفرات", "© 2024 صوت الفرات", paragraphs=(ARABIC, ARABIC2),
                 heading="المجلس يوافق على خطة الجسر")
    assert _stored(parse_html(html, "pages/bridge.html"))[0] == "صوت الفرات"


def test_a_credited_source_never_beats_the_pages_own_signs():
    lines = ["Council backs bridge plan", "By Jane Doe for The Guardian", BODY,
             "“We are ready,” the mayor told Reuters.", "© 2024 Lantern Weekly"]
    assert credited_only("The Guardian", lines) and credited_only("Reuters", lines)
    assert not credited_only("The Guardian", lines + ["The Guardian"])
    assert not credited_only("Lantern Weekly", lines)
    page = PageLines(lines[:1], lines, lines[-2:])
    from archive.extract.outlet_agreement import settled

    assert settled("The Guardian", "text", page, None, field=False)[0] == "Lantern Weekly"
    assert settled("The Guardian", "text", PageLines([], lines[:-1], []), None, field=False)[0] == "The Guardian"
    arabic = ["نقلا عن الجزيرة نت " + ARABIC, "© 2024 صوت الفرات"]
    assert credited_only("Al Jazeera", arabic)
    assert settled("Al Jazeera", "footer", PageLines([], arabic, arabic[-1:]), None, field=False)[0] == "صوت الفرات"


def test_a_record_credited_source_yields_to_its_own_footer(tmp_path):
    path = tmp_path / "rows.jsonl"
    body = "\n\n".join([BODY, "“We are ready,” the mayor told Reuters on Tuesday.",
                        "This story was first reported by Reuters.", "© 2024 Lantern Weekly"])
    path.write_text(json.dumps({"id": "r1", "title": "Bridge", "published": "2024-03-03", "body": body}) + "\n")
    raw = next(r for r in read_jsonl(path) if isinstance(r, RawRecord))
    assert _stored(raw)[0] == "Lantern Weekly"


def test_a_short_line_under_the_date_is_a_guess():
    text = "Council backs bridge plan\n\nMarch 3, 2024\n\nMarket Watch\n\n" + BODY + "\n\n" + BODY2 + "\n"
    raw = parse_text_article(text, "local/bridge.txt")
    assert isinstance(raw.outlet, Guessed) and str(raw.outlet) == "Market Watch"
    assert _stored(raw)[0] == "Market Watch"  # no other sign: the guess stands
    raw = parse_text_article(text, "local/bridge.txt")
    raw.url = "https://www.reuters.com/world/bridge"
    assert _stored(raw)[0] == "Reuters"  # a URL's known outlet outranks the guess


def test_a_guess_the_pages_own_unknown_signs_contradict_is_none():
    lines = ["Council backs bridge plan", "March 3, 2024", "Market Watch", BODY, "© 2024 Lantern Weekly"]
    page = PageLines(lines[:3], lines, lines[-2:])
    assert contradicted(Guessed("Market Watch"), page, None)
    assert not contradicted(Guessed("Market Watch"), PageLines(lines[:3], lines[:-1], lines[-2:-1]), None)
    assert not contradicted(Guessed("Lantern Weekly"), page, None)  # it agrees


def test_own_names_and_agreement():
    page = PageLines(["Lantern Weekly"], ["Lantern Weekly", BODY, "© 2024 Lantern Weekly"], ["© 2024 Lantern Weekly"])
    names = own_names(page, "https://lanternweekly.example/x")
    assert ("Lantern Weekly", "head") in names and ("Lantern Weekly", "foot") in names
    assert agreed_name(names) == "Lantern Weekly"
    assert agreed_name([("Lantern Weekly", "head"), ("Lantern Weekly", "head")]) is None  # one kind: one sign
    assert agreed_name([("Lantern Weekly", "foot"), ("lanternweekly", "domain-label")]) == "Lantern Weekly"
    assert agreed_name([("Lantern Weekly", "foot"), ("weekly", "domain-label")]) is None


def test_a_known_outlets_domain_is_left_alone(tmp_path):
    path = tmp_path / "rows.jsonl"
    body = "\n\n".join([BODY, "The Hamilton Spectator first reported the plan.", BODY2])
    row = {"id": "r1", "title": "Bridge", "published": "2024-03-03", "body": body,
           "url": "https://www.spectator.co.uk/article/bridge"}
    path.write_text(json.dumps(row) + "\n")
    raw = next(r for r in read_jsonl(path) if isinstance(r, RawRecord))
    from archive.extract.outlets import outlet_from_url

    assert _stored(raw)[0] == outlet_from_url(row["url"])  # read from the address: no guard of the page's words


def test_spellings_take_a_hyphen_for_a_space_and_a_masthead_writing_the_name_keeps_it():
    from archive.extract.outlet_guards import inside_longer_name, longer_masthead
    from archive.extract.outlets import canonical_outlet

    majalla = canonical_outlet("Al Majalla")
    assert majalla and not inside_longer_name(majalla, ["Al Majalla | المجلة", "© 2024 Al Majalla Magazine"])
    yle = canonical_outlet("Yle News")
    assert yle and longer_masthead(yle, ["Yle News", "Yle Uutiset in Finnish", "Svenska Yle"]) is None
    assert longer_masthead(yle, ["Menu", "Search", "Svenska Yle"]) == "Svenska Yle"
