"""Mixed-script results in real headless Chromium (issue #17): an Arabic query finds the Arabic and
the English reports, names what it also searched in both scripts, and each title, snippet and
paragraph takes its own direction (dir="auto"): Arabic right to left, English left to right."""

import urllib.parse
import urllib.request

import pytest

from conftest import ROOT, archive_served, run_cli

pytestmark = pytest.mark.browser

SET = ROOT / "bench" / "scripts_set" / "articles.jsonl"


@pytest.fixture(scope="module")
def served_scripts(tmp_path_factory):
    db = tmp_path_factory.mktemp("scripts") / "scripts.db"
    assert run_cli("import", db, SET, "--silent").exit_code == 0
    with archive_served(db, db.parent / "serve.log") as base:
        yield base


@pytest.fixture
def page(browser, served_scripts):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside = []

    def guard(route):
        if route.request.url.startswith(served_scripts + "/"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert outside == [] and errors == []


DIRECTIONS = """(selector) => Array.from(document.querySelectorAll(selector)).map(
    el => [el.textContent.trim(), getComputedStyle(el).direction])"""


def test_arabic_query_finds_both_scripts_each_in_its_direction(page, served_scripts, artifacts_dir):
    page.goto(served_scripts + "/-/search?q=" + urllib.parse.quote("الهول"))
    titles = page.evaluate(DIRECTIONS, "h3")
    arabic = [(t, d) for t, d in titles if "الهول" in t or "الهَوْلِ" in t]
    english = [(t, d) for t, d in titles if "al-Hol" in t]
    assert arabic and english, titles
    assert {d for _, d in arabic} == {"rtl"} and {d for _, d in english} == {"ltr"}, titles
    snippets = page.evaluate(DIRECTIONS, "p.archive-snippet")
    assert {"rtl", "ltr"} <= {d for _, d in snippets}, snippets
    expanded = page.locator("p.archive-expanded").inner_text()
    assert "al-Hol" in expanded and "al-Hawl" in expanded, expanded
    page.screenshot(path=str(artifacts_dir / "arabic_search.png"), full_page=True)

    # the Arabic report's own page: its title and paragraphs read right to left
    page.locator("h3 a", has_text="قسد تنقل عائلات").click()
    page.wait_for_load_state()
    heading = page.evaluate(DIRECTIONS, "h1")
    assert heading and heading[0][1] == "rtl", heading
    paragraphs = [d for t, d in page.evaluate(DIRECTIONS, "p[dir=auto]") if "الهَوْل" in t]
    assert paragraphs == ["rtl"], paragraphs


def test_latin_query_finds_arabic_reports(page, served_scripts):
    page.goto(served_scripts + "/-/search?q=" + urllib.parse.quote("Ghuwayran"))
    titles = [t for t, _ in page.evaluate(DIRECTIONS, "h3")]
    assert any("سجن الصناعة" in t or "غويران" in t for t in titles), titles
    assert any("Ghuwayran" in t for t in titles), titles
    assert "سجن غويران" in page.locator("p.archive-expanded").inner_text()
