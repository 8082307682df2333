"""The built site in Chromium: search works, charts draw, nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
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
    # Results are shown as placeholders first, then filled in as their pages' data arrives: wait for all.
    page.wait_for_function(
        """() => {
            const shown = [...document.querySelectorAll('.pagefind-ui__result')];
            return shown.length > 0 && shown.every(result => result.querySelector('.pagefind-ui__result-link'));
        }""",
        timeout=15000,
    )
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


def test_pagefind_and_its_index_metadata_load_before_the_first_key(site):
    base, browser, _ = site
    page = browser.new_page()
    watch = Watch(page)
    page.goto(base)
    page.locator("#briefing-search input").wait_for(timeout=15000)
    # Nothing typed, nothing focused: the worker has already fetched the WebAssembly and the metadata.
    page.wait_for_load_state("networkidle")
    loaded = [url for url in watch.requests if "/pagefind/" in url]
    assert any(url.endswith("/pagefind/pagefind.js") for url in loaded), loaded
    assert any(".pf_meta" in url for url in loaded) and any("wasm." in url for url in loaded), loaded
    assert not any(".pf_index" in url for url in loaded), "no index chunk before a word is typed"
    assert watch.outside() == [] and watch.errors == []
    page.close()


def test_the_box_does_not_preload_the_index_for_a_letter_or_two_but_does_for_a_word(site):
    base, browser, _ = site
    page = browser.new_page()
    watch = Watch(page)
    page.route("**/assets/briefing/search.js", lambda route: route.abort())  # the module alone, by hand
    page.goto(base + "about/")
    page.evaluate(
        """async (module) => {
            window.pagefind = await import(module);  // what search.js gives Pagefind UI
            await pagefind.options({ baseUrl: "/" });
            await pagefind.init();
            await pagefind.preload("G");
            await pagefind.preload("Gw");
        }""",
        base + "pagefind/briefing/pagefind.js",
    )
    page.wait_for_timeout(300)
    assert not [url for url in watch.requests if url.endswith(".pf_index")]
    page.evaluate("pagefind.preload('Gwadar')")
    page.wait_for_timeout(300)
    assert [url for url in watch.requests if url.endswith(".pf_index")]
    assert page.evaluate("pagefind.search('Gwadar').then((found) => found.results.length)") > 0
    page.close()


@pytest.fixture(scope="module")
def split_site(site, built_project, tmp_path_factory):
    """The built site indexed as a large one is: briefings spread over several Pagefind bundles."""
    import shutil

    from generator import mkdocs_hooks

    site_dir = tmp_path_factory.mktemp("split") / "site"
    shutil.copytree(built_project / "site", site_dir)
    shutil.rmtree(site_dir / "pagefind")
    limit = mkdocs_hooks.SEARCH_PART_PAGES
    mkdocs_hooks.SEARCH_PART_PAGES = 4  # a few dozen pages: sixteen parts, those with pages written
    try:
        mkdocs_hooks.on_post_build({"site_dir": str(site_dir)})
    finally:
        mkdocs_hooks.SEARCH_PART_PAGES = limit
    _, browser, _ = site  # one Playwright per module
    with serve(site_dir) as base:
        yield base, browser, built_project, site_dir


def test_a_split_index_is_searched_as_one_and_its_results_open_from_a_nested_page(split_site):
    base, browser, project, site_dir = split_site
    parts = json.loads((site_dir / "pagefind" / "parts.json").read_text(encoding="utf-8"))["parts"]
    assert len(parts) >= 2, parts

    def pages_in(bundle: Path) -> int:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(language["page_count"] for language in entry["languages"].values())

    split = pages_in(site_dir / "pagefind") + sum(pages_in(site_dir / "pagefind" / part) for part in parts)
    assert split == pages_in(project / "site" / "pagefind")  # the same pages, each in one part
    page = browser.new_page()
    watch = Watch(page)
    briefing = next(p for p in all_pages(site_dir) if p.startswith("briefings/") and p.count("/") >= 3)
    page.goto(base + briefing.removesuffix("index.html"))
    links = search(page, "Gwadar").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    mentioning = [
        p.stem
        for p in (project / "docs" / "briefings").rglob("*.md")
        if p.name != "index.md" and "Gwadar" in p.read_text(encoding="utf-8")
    ]
    assert links, "results are listed"
    # Every result, not only the first page of them: the page's Pagefind (the module the box uses)
    # answers from the parts, each briefing that mentions the word among them.
    urls = page.evaluate(
        """async (module) => {
            const pagefind = await import(module);
            const found = await pagefind.search("Gwadar");
            return Promise.all(found.results.map((result) => result.data().then((data) => data.url)));
        }""",
        base + "pagefind/pagefind.js",
    )
    assert mentioning and all(any(stem in url for url in urls) for stem in mentioning), (urls, mentioning)
    assert any("/pagefind/part-" in url and ".pf_fragment" in url for url in watch.requests)
    first = page.locator(".pagefind-ui__result-link").first
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
