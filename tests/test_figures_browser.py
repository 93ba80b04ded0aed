"""The figures page in real headless Chromium against `archive serve` of the sample, at 1280 and at
390 px: the chart's points are drawn inside it, one per dated figure, and lead to their articles;
nothing scrolls sideways on a phone; the CSV downloads. Screenshots go to test-artifacts/."""

import csv
import io

import pytest

pytestmark = pytest.mark.browser


def save(page, artifacts_dir, name, width):
    path = artifacts_dir / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000, (name, len(data))
    assert page.evaluate("window.innerWidth") == width
    return path


@pytest.fixture
def phone(browser, served_sample):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    outside, errors = [], []

    def guard(route):
        url = route.request.url
        if url.startswith(served_sample + "/") or url == served_sample:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert outside == [] and errors == []


def test_figures_page_wide(local_page, served_sample, artifacts_dir, sql):
    page = local_page
    dated = sql("select count(*) as n from figures where kind = 'population' and published is not null")[0]["n"]
    total = sql("select count(*) as n from figures where kind = 'population'")[0]["n"]
    assert dated >= 3
    page.goto(served_sample + "/-/figures?kind=population")
    assert page.locator("h1").inner_text() == "Figures over time: population"
    chart = page.locator("svg.archive-figures-chart")
    assert chart.is_visible() and not page.locator("svg.archive-figures-chart-narrow").is_visible()
    box = chart.bounding_box()
    assert box["width"] > 800 and box["height"] > 200
    circles = page.locator("svg.archive-figures-chart circle.figure-point")
    assert circles.count() == dated
    for i in range(circles.count()):
        b = circles.nth(i).bounding_box()
        assert box["x"] <= b["x"] and b["x"] + b["width"] <= box["x"] + box["width"] + 1
        assert box["y"] <= b["y"] and b["y"] + b["height"] <= box["y"] + box["height"] + 1
    assert page.locator("[data-count=figures]").inner_text() == str(total)
    assert page.locator("table.archive-figures-list.dated tbody tr").count() == dated
    assert page.locator("table.archive-figures-list.undated tbody tr").count() == total - dated
    # the tooltip of the highest point names its outlet, source and sentence
    top = sql("select f.*, o.name as outlet_name from figures f left join outlets o on o.id = f.outlet "
              "where kind = 'population' and published is not null order by value desc limit 1")[0]
    point = page.locator(f"svg.archive-figures-chart circle[data-value='{top['value']}']").first
    title = point.locator("title").text_content()
    assert top["outlet_name"] in title and top["sentence"][:40] in " ".join(title.split())
    save(page, artifacts_dir, "figures-wide", 1280)
    point.click()
    page.wait_for_url(f"**/-/article/{top['article_id']}")
    assert page.locator("h1").is_visible()


def test_figures_page_phone(phone, served_sample, artifacts_dir, sql):
    page = phone
    page.goto(served_sample + "/-/figures")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("svg.archive-figures-chart-narrow").is_visible()
    assert not page.locator("svg.archive-figures-chart").is_visible()
    narrow = page.locator("svg.archive-figures-chart-narrow").bounding_box()
    assert narrow["x"] >= 0 and narrow["x"] + narrow["width"] <= 390
    # the tables are cards: no header row, every cell inside the screen
    assert not page.locator("table.archive-figures-list.dated thead").is_visible()
    cells = page.locator("table.archive-figures-list td, table.archive-figures-days td")
    widest = page.evaluate("""() => Math.max(...[...document.querySelectorAll(
        'table.archive-figures-list td, table.archive-figures-days td, form.archive-figures-form select')]
        .map(e => e.getBoundingClientRect().right))""")
    assert cells.count() > 10 and widest <= 390
    save(page, artifacts_dir, "figures-phone", 390)
    page.goto(served_sample + "/-/figures?kind=killed")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("[data-count=undated]").inner_text() == str(
        sql("select count(*) as n from figures where kind = 'killed' and published is null")[0]["n"])
    save(page, artifacts_dir, "figures-phone-killed", 390)


def test_figures_csv_downloads(local_page, served_sample, sql):
    page = local_page
    page.goto(served_sample + "/-/figures?kind=killed")
    with page.expect_download() as info:
        page.locator("a.archive-figures-csv").click()
    download = info.value
    assert download.suggested_filename == "figures-killed.csv"
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert sorted(int(r["value"]) for r in rows) == sorted(
        r["value"] for r in sql("select value from figures where kind = 'killed'"))
    assert {121, 374} <= {int(r["value"]) for r in rows}
