"""Article text is data: hostile payloads in seeds show as text and never run, load or restyle."""

from __future__ import annotations

import pytest

from .browser import Watch, chromium, serve
from .conftest import briefing, make_project, mkdocs_build
from .hostile import FRONT_MATTER_INJECTION, INJECTION, injection_seed

pytestmark = pytest.mark.browser

# Elements that only a payload could have created.
FORBIDDEN = (
    "article script, article iframe, article object, article embed, article img[src='x'], article svg[onload], "
    "article [onerror], article [onload], article [onclick], article a[href^='javascript'], article a[href^='data'], "
    "article style, article meta, .md-content .admonition.danger, article a[href^='http://example.com']"
)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("hostile") / "p", seeds=[])
    for index, (name, payload) in enumerate(sorted(INJECTION.items())):
        (project / "seeds" / f"payload-{index:02d}.txt").write_text(injection_seed(name, payload), encoding="utf-8")
    (project / "seeds" / "front-matter.md").write_text(FRONT_MATTER_INJECTION, encoding="utf-8")
    briefing("build", "--strict", cwd=project)
    mkdocs_build(project)
    pages = sorted(
        p.relative_to(project / "site").parent.as_posix() + "/"
        for p in (project / "site" / "briefings").rglob("index.html")
        if p.parent.name != "briefings"
    )
    with serve(project / "site") as base, chromium() as browser:
        yield base, browser, pages


def test_payload_pages_fire_no_dialog_fetch_nothing_outside_and_create_no_payload_element(hostile_site):
    base, browser, pages = hostile_site
    assert len(pages) == len(INJECTION) + 1
    page = browser.new_page()
    watch = Watch(page)
    for path in pages:
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        assert page.locator(FORBIDDEN).count() == 0, path
        assert page.evaluate("document.title").find("<script") == -1
    assert watch.dialogs == []
    assert watch.outside() == []
    page.close()


@pytest.mark.parametrize("name", sorted(INJECTION))
def test_payload_is_visible_as_text(hostile_site, name):
    base, browser, pages = hostile_site
    payload = INJECTION[name]
    index = sorted(INJECTION).index(name)
    path = next(p for p in pages if f"payload-{index:02d}" in p)
    page = browser.new_page()
    page.goto(base + path)
    text = " ".join(page.locator("article").inner_text().split())
    first_line = " ".join(payload.splitlines()[0].split())
    assert first_line in text
    page.close()


def test_cross_article_pages_with_payloads_stay_clean(hostile_site):
    base, browser, _ = hostile_site
    page = browser.new_page()
    watch = Watch(page)
    for path in ("", "briefings/", "timeline/", "quotes/", "entities/", "figures/", "topics/", "review/", "new/"):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        assert page.locator(FORBIDDEN).count() == 0, path
    assert watch.dialogs == [] and watch.outside() == []
    page.close()
