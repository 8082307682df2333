"""The built site in Chromium: search works, charts draw, nothing leaves 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from .browser import Watch, chromium, serve
from .conftest import ROOT

pytestmark = pytest.mark.browser
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def site(built_project):
    with serve(built_project / "site") as base, chromium() as browser:
        yield base, browser, built_project


def all_pages(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))


def search(page, word: str):
    """Type into the header's search box; the Pagefind result links once they are shown."""
    box = page.locator("#briefing-search input")
    box.wait_for(timeout=15000)
    box.press_sequentially(word, delay=30)
    # Pagefind searches after each key; wait for the answer to the whole word, not to a prefix of it.
    expect(page.locator(".pagefind-ui__message")).to_contain_text(f"for {word}", timeout=15000)
    page.locator(".pagefind-ui__result").first.wait_for(timeout=15000)
    return page.locator(".pagefind-ui__result-link")


def test_searching_gwadar_lists_the_briefing_that_mentions_it(site):
    base, browser, project = site
    page = browser.new_page()
    page.goto(base)
    links = search(page, "Gwadar").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    mentioning = [
        p
        for p in (project / "docs" / "briefings").rglob("*.md")
        if p.name != "index.md" and "Gwadar" in p.read_text(encoding="utf-8")
    ]
    assert mentioning, "a seed mentions Gwadar"
    assert any(path.stem in link for link in links for path in mentioning), links
    page.close()


def test_search_from_a_nested_page_opens_the_result_it_lists(site):
    base, browser, project = site
    page = browser.new_page()
    watch = Watch(page)
    briefing = next(p for p in all_pages(project / "site") if p.startswith("briefings/") and p.count("/") >= 3)
    page.goto(base + briefing.removesuffix("index.html"))
    first = search(page, "Sharif").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_load_state("load")
    assert page.url.split("#")[0].endswith(target.split("#")[0]), (page.url, target)
    assert page.locator("article h1").count() == 1
    assert watch.outside() == [] and watch.errors == []
    page.close()


def test_slash_key_moves_focus_to_the_search_box(site):
    base, browser, _ = site
    page = browser.new_page()
    page.goto(base)
    page.locator("#briefing-search input").wait_for(timeout=15000)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement && document.activeElement.closest('#briefing-search') !== null")
    page.close()


def test_no_generated_page_requests_another_host_or_logs_an_error(site):
    base, browser, project = site
    page = browser.new_page()
    watch = Watch(page)
    for path in all_pages(project / "site"):
        page.goto(base + path.removesuffix("index.html"))
        page.wait_for_load_state("networkidle")
    assert watch.outside() == []
    assert watch.errors == []
    page.close()


def test_every_chart_draws_marks_in_the_browser_and_screenshots_are_saved(site):
    base, browser, project = site
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    watch = Watch(page)
    charts_seen = 0
    for path in all_pages(project / "site"):
        page.goto(base + path.removesuffix("index.html"))
        count = page.locator(".briefing-chart").count()
        for index in range(count):
            chart = page.locator(".briefing-chart").nth(index)
            page.wait_for_function(
                "el => el.dataset.rendered === 'yes' || el.dataset.rendered === 'failed'",
                arg=chart.element_handle(),
                timeout=15000,
            )
            assert chart.get_attribute("data-rendered") == "yes", path
            box = chart.locator(".briefing-chart-live svg").first.bounding_box()
            assert box and box["width"] > 200 and box["height"] > 50, (path, box)  # drawn at a visible size
            assert (
                chart.locator("svg .mark-symbol path, svg .mark-rect path, svg .mark-rule line, svg path").count() > 0
            )
            charts_seen += 1
    assert charts_seen >= 4
    assert watch.errors == [] and watch.outside() == []
    for name, url in (("home", ""), ("timeline", "timeline/")):
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        page.wait_for_function("[...document.querySelectorAll('.briefing-chart')].every(c => c.dataset.rendered)")
        page.locator(".briefing-chart").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)
        assert (SCREENSHOTS / f"{name}.png").stat().st_size > 10_000
    page.close()
