"""A corpus too large for one page per listing: part pages, reachable, linked, within the limit."""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from generator.render.paths import page_url

from .conftest import FIXTURES, ROOT, briefing, make_project, mkdocs_build
from .test_site_links import broken_links

LIMIT = 4
PART_NAME = re.compile(r"^(\d{4}(-\d{2})?|undated)(-\d+)?\.md$")
HREF = re.compile(r'href="([^"#]*)')


def linked_pages(docs: Path, page: Path) -> list[Path]:
    """The pages under docs/ that `page` links to: its links are URLs relative to where it is served."""
    served = page_url(page.relative_to(docs).as_posix())
    targets = []
    for href in HREF.findall(page.read_text(encoding="utf-8")):
        url = posixpath.normpath(posixpath.join(served, href)) if href else served
        if url.startswith("..") or not href.endswith("/"):
            continue
        if url == ".":
            targets.append(docs / "index.md")
            continue
        targets.extend([c for c in (docs / f"{url}.md", docs / url / "index.md") if c.is_file()][:1])
    return targets


def briefing_links(docs: Path, page: Path) -> list[Path]:
    return [p for p in linked_pages(docs, page) if (docs / "briefings") in p.parents and p.parent != docs / "briefings"]


@pytest.fixture(scope="module")
def split_project(tmp_path_factory) -> Path:
    seeds = sorted((ROOT / "seeds").iterdir()) + sorted((FIXTURES / "articles").glob("*.txt"))
    project = make_project(tmp_path_factory.mktemp("split") / "project", seeds)
    (project / "briefing.yml").write_text(f"rows_per_page: {LIMIT}\n", encoding="utf-8")
    briefing("build", cwd=project)
    mkdocs_build(project)
    return project


def part_pages(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md") if PART_NAME.match(p.name) and "briefings" not in p.parts[-3:-1])


def test_every_listing_over_the_limit_becomes_an_overview_linking_its_parts(split_project):
    docs = split_project / "docs"
    for overview in ("briefings/index.md", "figures/index.md", "quotes/index.md", "review/index.md"):
        text = (docs / overview).read_text(encoding="utf-8")
        assert "too many" in text, overview
        linked = linked_pages(docs, docs / overview)
        parts = [page for page in linked if PART_NAME.match(page.name) and page.parent == (docs / overview).parent]
        assert parts and all(part.is_file() for part in parts), (overview, linked)


def test_each_part_page_holds_at_most_the_limit_or_a_single_briefing(split_project):
    docs = split_project / "docs"
    checked = 0
    for page in part_pages(docs):
        if page.parent.name == "timeline":  # timeline parts hold events of one period, checked below
            continue
        targets = set(briefing_links(docs, page))
        assert len(targets) <= LIMIT or len(targets) == 1, (page, len(targets))
        checked += 1
    assert checked > 10


def test_every_briefing_is_listed_on_exactly_one_briefings_part_page(split_project):
    docs = split_project / "docs"
    briefing_pages = {p for p in (docs / "briefings").rglob("*.md") if p.parent != docs / "briefings"}
    seen: dict[Path, int] = {}
    for page in (docs / "briefings").glob("*.md"):
        if page.name == "index.md":
            continue
        for target in briefing_links(docs, page):
            seen[target.resolve()] = seen.get(target.resolve(), 0) + 1
    assert set(seen) == {p.resolve() for p in briefing_pages}
    assert set(seen.values()) == {1}


def test_part_pages_link_back_to_their_overview(split_project):
    docs = split_project / "docs"
    page = next(p for p in (docs / "figures").glob("*.md") if p.name != "index.md")
    assert '<a href="../">← Figures</a>' in page.read_text(encoding="utf-8")


def test_the_split_site_builds_strictly_with_no_broken_link(split_project):
    site = split_project / "site"
    assert (site / "figures" / "index.html").is_file()
    assert broken_links(site) == []


def test_a_rows_per_page_that_is_not_a_positive_number_is_refused_naming_the_file(tmp_path):
    project = make_project(tmp_path / "project")
    (project / "briefing.yml").write_text("rows_per_page: 0\n", encoding="utf-8")
    result = briefing("build", cwd=project, check=False)
    assert result.returncode != 0
    assert "briefing.yml" in result.stderr + result.stdout and "rows_per_page" in result.stderr + result.stdout
