"""Hostile articles and hostile queries are shown as text on every page: no script runs, in Chromium.

Every payload sets ``window.__pwned`` or opens a dialog if it ever runs. Each page is loaded in
headless Chromium against `archive serve`; then ``window.__pwned`` must be undefined, no dialog
may have opened, and the DOM must hold no element or attribute the payloads tried to create
(scripts naming ``__pwned``, ``on*`` handlers, ``javascript:``/``data:`` links).
"""

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest
import sqlite_utils

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import load  # noqa: E402

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned='{n}';alert('{n}')</script>"
IMG = '<img src=x onerror="window.__pwned=\'{n}\'">'
SVG = "<svg/onload=alert('{n}')>"
BREAKOUT = '"><script>window.__pwned=\'{n}\'</script>'
ENTITY = "&lt;script&gt;window.__pwned='{n}'&lt;/script&gt;"
TEMPLATE = "{{{{ 7*7 }}}} {{% raw %}}"


def payload(n: int) -> str:
    return " ".join(p.format(n=n) for p in (SCRIPT, IMG, SVG, BREAKOUT, ENTITY)) + " " + TEMPLATE.format()


ARTICLES = [
    {
        "title": "Camp report " + payload(1),
        "body": "Guards said " + payload(2) + " nothing more.\n\n"
                "The word script appears here: <script>alert('mark')</script> and <mark>marked</mark> text.\n\n"
                "An onerror handler <b onmouseover=\"window.__pwned='3'\">bold</b> &amp;lt;i&amp;gt; &#60;script&#62;.",
        "outlet": "Evil News " + SCRIPT.format(n=4),
        "author": IMG.format(n=5),
        "tags": [SCRIPT.format(n=6), 'x" onmouseover="window.__pwned=\'7\'', "javascript:window.__pwned='8'", "camp"],
        "url": "javascript:window.__pwned='9'",
        "lede": BREAKOUT.format(n=10),
        "published": "2022-01-20",
        "language": "<script>alert(11)</script>",
    },
    {
        "title": "Second camp report </title><script>window.__pwned='12'</script>",
        "body": "Convoy crossed the border. " + payload(13) + "\n\nSecond paragraph about the camp.",
        "outlet": "Evil News " + SCRIPT.format(n=4),
        "tags": ["camp", SCRIPT.format(n=6)],
        "url": "  JaVaScRiPt:window.__pwned='14'",
        "published": "2021-06-01",
    },
    {
        "title": "Third report with a data link",
        "body": "Camp residents were moved. data:text/html,<script>alert(15)</script>\n\nMore text about the camp.",
        "outlet": IMG.format(n=16),
        "tags": ["camp"],
        "url": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=",
        "published": "2020-02-02",
    },
    {
        "title": "Fourth report, a real link",
        "body": "A report on the camp with a good link and a bad one.\n\nThe camp was quiet.",
        "outlet": "Fine Outlet",
        "url": 'https://example.org/a"><script>window.__pwned=\'18\'</script>',
        "published": "2019-03-23",
    },
]

QUERIES = [
    "camp",
    "script",  # matches inside an escaped <script> tag: highlighting must not make it live
    "mark",  # matches the word inside a literal <mark> in the body
    "onerror OR onmouseover",
    SCRIPT.format(n=30),
    BREAKOUT.format(n=31),
    IMG.format(n=32),
    '"><svg/onload=alert(33)>',
    "javascript:alert(34)",
    "camp " + ENTITY.format(n=35),
    "</textarea><script>alert(36)</script>",
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = folder / 'evil"><img src=x onerror=alert(40)>.jsonl'
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = folder / "archive.db"
    result = subprocess.run(
        [sys.executable, "-m", "archive.cli", "import", str(db), str(source), "--silent",
         "--tag", "<script>alert(41)</script>"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    with load.serve(db, log_path=folder / "serve.log") as base:
        yield base, db


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.js_errors = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    yield page
    context.close()


INSPECT = """() => {
  const handlers = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on')) handlers.push(el.tagName + ' ' + attr.name);
    }
  }
  const links = [...document.querySelectorAll('a[href], area[href], iframe[src], form[action]')]
    .map(el => (el.getAttribute('href') || el.getAttribute('src') || el.getAttribute('action') || '').trim().toLowerCase())
    .filter(h => h.startsWith('javascript:') || h.startsWith('data:') || h.startsWith('vbscript:'));
  return {
    pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
    scripts: [...document.scripts].filter(s => s.textContent.includes('__pwned') || /alert\\(/.test(s.textContent)).length,
    handlers, links,
    svgs: document.querySelectorAll('svg[onload], img[src="x"]').length,
    text: document.body ? document.body.innerText : '',
  };
}"""


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("load")
    found = page.evaluate(INSPECT)
    assert found["pwned"] is None, (url, found["pwned"])
    assert page.dialogs == [], (url, page.dialogs)
    assert found["scripts"] == 0, url
    assert found["handlers"] == [], (url, found["handlers"])
    assert found["links"] == [], (url, found["links"])
    assert found["svgs"] == 0, url
    assert not [e for e in page.js_errors if "pwned" in e or "alert" in e], (url, page.js_errors)
    return response, found


def article_ids(db):
    return [r["id"] for r in sqlite_utils.Database(db).query("select id from articles order by published desc")]


def test_hostile_articles_are_text_on_every_page(page, hostile_site):
    base, db = hostile_site
    ids = article_ids(db)
    assert len(ids) == len(ARTICLES)
    db_name = "archive"
    tag = SCRIPT.format(n=6)
    pages = ["/", f"/{db_name}", f"/{db_name}/articles", f"/{db_name}/articles?_facet=author&_facet=language",
             f"/{db_name}/articles?" + urllib.parse.urlencode({"_facet_array": "tags", "tags__arraycontains": tag}),
             f"/{db_name}/outlets", f"/{db_name}/tags", f"/{db_name}/imports", f"/{db_name}/article_tags",
             f"/{db_name}/articles_per_outlet_per_month", f"/{db_name}/articles_per_tag",
             f"/{db_name}/outlets_covering_term?" + urllib.parse.urlencode({"term": "camp"})]
    pages += [f"/{db_name}/articles/{i}" for i in ids] + [f"/-/article/{i}" for i in ids]
    for path in pages:
        response, found = visit(page, base + path)
        assert response.status == 200, path
    # The payloads are there, as text.
    _, found = visit(page, base + f"/-/article/{ids[0]}")
    assert SCRIPT.format(n=1) in found["text"] and "{{ 7*7 }}" in found["text"]
    assert "<b onmouseover" in found["text"] and "&amp;lt;i&amp;gt;" in found["text"]  # entities shown, not decoded
    assert page.locator("article h1").inner_text().startswith("Camp report <script>")
    _, found = visit(page, base + f"/{db_name}/articles")
    assert "Evil News <script>" in found["text"]


def test_hostile_queries_and_highlights_are_text(page, hostile_site):
    base, db = hostile_site
    for query in QUERIES:
        for extra in ({}, {"sort": "date"}, {"outlet": "Evil News " + SCRIPT.format(n=4)}, {"tag": SCRIPT.format(n=6)}):
            url = base + "/-/search?" + urllib.parse.urlencode(dict({"q": query}, **extra))
            response, found = visit(page, url)
            assert response.status in (200, 400), url
            assert page.locator("form.archive-search-form input[name=q]").input_value() == query
    # Highlighting a word inside an escaped tag marks the word, and the tag stays text.
    visit(page, base + "/-/search?q=script")
    snippets = page.locator(".archive-snippet")
    assert snippets.count() >= 1
    html = "".join(snippets.evaluate_all("els => els.map(e => e.innerHTML)"))
    assert "&lt;<mark" in html and "</mark>&gt;" in html
    assert page.locator(".archive-hits script, .archive-hits img, .archive-hits svg, .archive-hits b").count() == 0
    assert set(page.locator(".archive-hits *").evaluate_all("els => els.map(e => e.tagName)")) <= {
        "LI", "H3", "A", "MARK", "P", "SPAN"}
    # A literal <mark> in the text is text, not a highlight.
    visit(page, base + "/-/search?q=marked")
    assert "<mark>" in page.locator(".archive-snippet").first.inner_text()
    # Every facet link (hostile outlets and tags) leads to a page that is safe too.
    visit(page, base + "/-/search?q=camp")
    hrefs = page.locator(".archive-facet a").evaluate_all("els => els.map(e => e.href)")
    assert len(hrefs) >= 5
    for href in hrefs:
        response, _ = visit(page, href)
        assert response.status == 200, href
        assert page.locator(".archive-filter").count() >= 1
    # The filter chips show the hostile values as text.
    visit(page, base + "/-/search?" + urllib.parse.urlencode({"q": "camp", "tag": SCRIPT.format(n=6)}))
    assert page.locator(".archive-filter").first.inner_text().startswith("tag: <script>")


def test_hostile_sql_and_canned_queries_are_text(page, hostile_site):
    base, _ = hostile_site
    for sql in ["select '<script>window.__pwned=50</script>' as x", "select title, body, url from articles",
                "select '<img src=x onerror=alert(51)>' as \"<script>alert(52)</script>\""]:
        visit(page, base + "/archive?" + urllib.parse.urlencode({"sql": sql}))
    visit(page, base + "/archive/outlets_covering_term?" + urllib.parse.urlencode({"term": SCRIPT.format(n=53)}))
    visit(page, base + "/archive/search_ranked?" + urllib.parse.urlencode({"query": "camp"}))


def test_article_links_only_to_the_web(hostile_site):
    base, db = hostile_site
    pages = {}
    for article_id in article_ids(db):
        html = urllib.request.urlopen(f"{base}/-/article/{article_id}").read().decode()
        pages[article_id] = html
        for href in re.findall(r'href="([^"]*)"', html):
            assert not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")), href
    [good] = [r["id"] for r in sqlite_utils.Database(db).query("select id from articles where url like 'https:%'")]
    # The web link stays a link, its quote escaped inside the attribute.
    assert re.search(r'href="https://example.org/a(&#34;|&quot;)&gt;&lt;script&gt;', pages[good]), pages[good][-3000:]


def test_the_checks_catch_a_script_that_runs(page):
    """A control: the same checks on a page where the payloads are live must see them."""
    page.set_content("<p>x</p>" + payload(60) + '<a href=" JavaScript:void(0)">y</a>')
    page.wait_for_timeout(200)
    found = page.evaluate(INSPECT)
    assert found["pwned"] == "60"
    assert page.dialogs
    assert found["scripts"] and found["handlers"] and found["links"] and found["svgs"]
