"""Counts, exports and citations in real headless Chromium, at desktop and phone widths."""

import csv
import io
import re

import pytest

pytestmark = pytest.mark.browser


def test_facets_add_up_and_more_shows_all(local_page, served_sample):
    page = local_page
    page.goto(served_sample + "/-/search?q=al-Hol")
    total = int(page.locator(".archive-count strong").inner_text().replace(",", ""))
    outlet = page.locator('.archive-facet[data-facet="outlet"]')
    assert outlet.locator("li").count() == 13  # 12 values and "unknown outlet"
    assert outlet.locator("li.archive-missing").inner_text().startswith("unknown outlet")
    outlet.get_by_role("link", name="more…").click()
    page.wait_for_url(re.compile(r"more=outlet"))
    counts = [int(n.replace(",", "")) for n in page.locator('.archive-facet[data-facet="outlet"] .count').all_inner_texts()]
    assert len(counts) > 13 and sum(counts) == total
    year = [int(n) for n in page.locator('.archive-facet[data-facet="year"] .count').all_inner_texts()]
    assert sum(year) == total
    assert page.locator(".archive-undated").is_visible()


def test_csv_download_and_citation(local_page, served_sample, artifacts_dir):
    page = local_page
    page.goto(served_sample + "/-/search?q=camp")
    total = int(page.locator(".archive-count strong").inner_text().replace(",", ""))
    with page.expect_download() as download:
        page.locator(".archive-export").get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    assert len(rows) >= total > 20
    assert rows[0]["permalink"].startswith(served_sample + "/-/article/")

    page.goto(rows[0]["permalink"])
    citation = page.locator(".archive-citation")
    assert citation.is_visible()
    assert "Archived" in citation.inner_text()
    with page.expect_download() as download:
        page.locator(".archive-cite-downloads").get_by_role("link", name="RIS").click()
    text = open(download.value.path(), encoding="utf-8", newline="").read()
    assert text.startswith("TY  - NEWS\r\n") and text.endswith("ER  - \r\n")
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.locator("#cite").scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts_dir / f"article-cite-{width}.png"))
        box = citation.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, "the citation fits the screen"
