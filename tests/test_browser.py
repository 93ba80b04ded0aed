"""The pages in real headless Chromium, against `archive serve` on a free port."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


def count_of(page) -> int:
    return int(re.search(r"(\d+)", page.locator(".archive-count strong").inner_text()).group(1))


def test_search_box_highlights_and_outlet_facet(page, served_sample, artifacts_dir):
    page.goto(served_sample + "/")
    box = page.locator("form.archive-searchbox input[name=q]")
    box.fill("prison")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/-/search\?q=prison"))
    total = count_of(page)
    assert total >= 3
    marks = page.locator(".archive-hit mark")
    assert marks.count() >= 3
    assert marks.first.is_visible()
    assert marks.first.inner_text().lower().startswith("prison")
    page.screenshot(path=str(artifacts_dir / "search.png"), full_page=True)

    outlet_link = page.locator('.archive-facet[data-facet="outlet"] a').first
    outlet = outlet_link.get_attribute("data-value")
    expected = int(outlet_link.locator("xpath=following-sibling::span").inner_text())
    outlet_link.click()
    page.wait_for_url(re.compile(r"outlet="))
    assert count_of(page) == expected < total
    outlets = page.locator(".archive-hit .archive-hit-meta .outlet").all_inner_texts()
    assert outlets and set(outlets) == {outlet}
    assert page.locator(".archive-filter").first.inner_text().startswith(f"outlet: {outlet}")

    # Removing the filter brings every hit back.
    page.locator(".archive-filter").first.click()
    page.wait_for_load_state()
    assert count_of(page) == total
    assert page.js_errors == []


def test_article_page_and_bad_query(page, served_sample, artifacts_dir):
    page.goto(served_sample + "/-/search?q=Baghouz")
    page.locator(".archive-hit h3 a").first.click()
    page.wait_for_url(re.compile(r"/-/article/[0-9a-f]{16}$"))
    assert page.locator("article h1").inner_text()
    assert page.locator("article p").count() >= 3
    assert page.locator(".archive-provenance dt", has_text="Source").count() == 1
    page.screenshot(path=str(artifacts_dir / "article.png"), full_page=True)

    box = page.locator("form.archive-searchbox input[name=q]")
    box.fill('"al-Hol camp')
    box.press("Enter")
    page.wait_for_load_state()
    assert "Unclosed quote" in page.locator(".archive-error").inner_text()
    assert page.js_errors == []


def test_articles_table_facets_in_browser(page, served_sample):
    page.goto(served_sample + "/archive/articles")
    for facet in ("outlet", "year", "month", "tags"):
        assert page.locator(f'.facet-info[data-column="{facet}"]').count() == 1, facet
    first_title = page.locator("td.col-title a").first
    first_title.click()
    page.wait_for_url(re.compile(r"/-/article/[0-9a-f]{16}$"))
    assert page.locator("article h1").is_visible()
