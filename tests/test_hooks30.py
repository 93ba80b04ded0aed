"""Round 30's hooks in files the helpers did not own (issue #13): a page's footer reaches the date's
order (extract/article.py, fields30's postal-address sign), one language under a macrolanguage's
codes in the bench, a byline over the masthead printed with its tagline (page_layout.py)."""

from archive.extract.article import build_article
from archive.readers.html import parse_html

PAGE = """<html><head><title>Rail yard plan approved</title></head><body>
<header><a href="/">The Prairie Ledger</a></header>
<article>
<h1>Council approves the rail yard plan after a year of hearings</h1>
<p class="byline">By Dana Whitfield <time>04/06/2022</time></p>
<p>The city council approved the plan for the old rail yard on Tuesday night by seven votes to two, ending a year of hearings that filled the chamber more than once.</p>
<p>The plan turns the yard into housing, a park and a bus depot, and sets aside a fifth of the homes for families on low incomes, the planning office said.</p>
<p>Opponents said the depot would bring noise to the streets around the yard and asked the council to move it to the industrial zone by the river.</p>
</article>
<footer><p>The Prairie Ledger, 120 Main St, Springfield, IL 62701</p><p>Contact the newsroom</p></footer>
</body></html>
"""


def test_a_footers_postal_address_reads_an_ambiguous_date_in_the_countrys_order():
    article = build_article(parse_html(PAGE.encode(), "ledger/rail-yard.html"))
    assert article.published == "2022-04-06"


def test_the_bench_compares_a_macrolanguage_with_its_members():
    from bench_modules import load

    bench = load("import_quality")
    assert bench.norm_language("ckb") == bench.norm_language("ku") == bench.norm_language("kmr")
    assert bench.norm_language("nb") == bench.norm_language("no-NO")
    assert bench.norm_language("ar") != bench.norm_language("ku")


def test_a_byline_over_the_masthead_its_page_printed_beside_a_tagline(tmp_path):
    from archive.readers.text import parse_text_article

    text = ("Valley News | News from the valley and beyond\nHome | Local | World | Opinion\n\n"
            "Water board opens a second pumping station on the canal\n\n"
            "Rania Haddad\nValley News\n09-11-2022 07:35 PM\n\n"
            "The water board opened a second pumping station on the eastern canal on Sunday, doubling the "
            "water that reaches the villages downstream in the dry months, its director said.\n\n"
            "The station cost less than planned because two of its pumps came from the old plant, which "
            "closed in the spring after forty years of service, the director told reporters at the site.\n\n"
            "Farmers along the canal said they had waited three summers for the water and would plant "
            "vegetables again on land they had left fallow.\n")
    record = build_article(parse_text_article(text, str(tmp_path / "courier" / "pumping.txt")))
    assert record.author == "Rania Haddad"


def test_read_also_lead_ins_in_more_languages_and_turkish_capitals():
    # records30's hooks: line_furniture.plain folds the dotted capital; page_furniture.txt [lead_ins]
    from archive.extract.line_furniture import furniture_reason

    for line in ("İLGİLİ HABERLER: Kamp yönetimi yeni kayıt başlattı", "Läs även: Vattnet når byarna igen",
                 "Nûçeyên peywendîdar: Av digihîje gundan", "Berita terkait: Air kembali mengalir ke desa",
                 "Shuningdek o'qing: Suv qishloqlarga yetib keldi"):
        assert furniture_reason(line) == "link", line
    assert furniture_reason("Les mers du Nord se réchauffent plus vite que prévu, selon une étude.") != "link"
