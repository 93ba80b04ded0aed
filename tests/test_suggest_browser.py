"""Query-term suggestions in real headless Chromium: typing in the header's search box fills its
<datalist> from /-/suggest; the form still submits as before. No request leaves the local server."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(local_page):
    return local_page


def options(page, list_id):
    return page.evaluate("(id) => Array.from(document.getElementById(id).options).map(o => o.value)", list_id)


def test_typing_in_the_header_box_suggests(page, served_sample, artifacts_dir):
    page.goto(served_sample + "/archive")
    box = page.locator("form.archive-searchbox input[name=q]")
    assert box.get_attribute("list") == "archive-suggest-header"
    assert options(page, "archive-suggest-header") == []
    asked = []
    page.on("request", lambda request: asked.append(request.url) if "/-/suggest" in request.url else None)
    with page.expect_response(re.compile(r"/-/suggest\?q=ISIS%20in%20Bagh$")) as answer:
        box.press_sequentially("ISIS in Bagh", delay=30)  # debounced: one request, for the whole text
    assert answer.value.ok
    assert 1 <= len(asked) <= 3, asked  # debounced: not one request a keystroke
    page.wait_for_function("document.getElementById('archive-suggest-header').options.length > 0")
    values = options(page, "archive-suggest-header")
    assert "ISIS in Baghouz" in values and all(value.startswith("ISIS in ") for value in values)
    page.screenshot(path=str(artifacts_dir / "suggest.png"))

    # a hostile query is shown as text, never run
    box.fill("")
    box.press_sequentially('<img src=x onerror="window.pwned=1">al-Ho', delay=5)
    page.wait_for_function("Array.from(document.getElementById('archive-suggest-header').options)"
                           ".some(o => o.value.includes('al-Hol'))")
    assert page.evaluate("window.pwned") is None and page.locator("datalist img").count() == 0

    # the plain form submit is unchanged
    box.fill("Baghouz")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/-/search\?q=Baghouz$"))
    assert page.locator(".archive-hit").count() >= 1
