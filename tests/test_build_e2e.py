"""End to end: the five seeds → docs/ → `mkdocs build --strict` → pages carrying the right facts."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .conftest import briefing, make_project, mkdocs_build

ROOT_PAGES = (
    "briefings/index.md",
    "timeline/index.md",
    "quotes/index.md",
    "entities/index.md",
    "figures/index.md",
    "topics/index.md",
    "review/index.md",
    "new/index.md",
    "new/feed.xml",
    "data/quotes.csv",
    "data/events.csv",
    "data/figures.csv",
    "data/entities.json",
    "data/timeline.json",
)


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_build_writes_one_page_per_seed_and_every_cross_article_page(built_project):
    docs = built_project / "docs"
    briefings = [p for p in (docs / "briefings").rglob("*.md") if p.name != "index.md"]
    assert len(briefings) == 5
    for page in ROOT_PAGES:
        assert (docs / page).is_file(), page
    for page in (
        "index.html",
        "timeline/index.html",
        "quotes/index.html",
        "figures/index.html",
        "entities/index.html",
        "topics/index.html",
        "review/index.html",
    ):
        assert (built_project / "site" / page).is_file(), page


def test_dated_seed_lands_in_its_year_and_month_and_undated_ones_say_date_unknown(built_project):
    docs = built_project / "docs" / "briefings"
    assert list((docs / "2024" / "09").glob("001*.md")), "the 2024-09-16 article is filed under 2024/09"
    assert list((docs / "2022" / "11").glob("003*.md"))
    undated = next((docs / "undated").glob("000*.md")).read_text(encoding="utf-8")
    assert "<em>date unknown</em>" in undated


def test_hand_written_pages_are_kept_and_home_gets_the_generated_block(built_project):
    index = (built_project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Latest briefings" in index
    assert "briefing:home" not in index  # the marker was replaced
    assert (built_project / "docs" / "about.md").read_text(encoding="utf-8").startswith("# About these briefings")


def test_every_fact_links_to_an_anchor_that_exists_in_its_briefing(built_project):
    docs = built_project / "docs"
    for page in (docs / "briefings").rglob("*.md"):
        if page.name == "index.md":
            continue
        text = page.read_text(encoding="utf-8")
        ids = set(re.findall(r'id="(s-\d+-\d+)"', text))
        for anchor in re.findall(r"\]\(#(s-\d+-\d+)\)", text):
            assert anchor in ids, f"{page.name}: #{anchor} has no sentence"


def test_second_build_writes_nothing_and_output_is_byte_identical(tmp_path):
    project = make_project(tmp_path / "p")
    briefing("build", cwd=project)
    before = tree_digest(project / "docs")
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*") if p.is_file()}
    result = briefing("build", cwd=project)
    assert "0 files written" in result.stdout
    assert tree_digest(project / "docs") == before
    assert mtimes == {p: p.stat().st_mtime_ns for p in (project / "docs").rglob("*") if p.is_file()}
    other = make_project(tmp_path / "q")
    briefing("build", "--no-cache", cwd=other)
    assert tree_digest(other / "docs") == before


def test_check_fails_when_a_seed_changes_and_passes_after_rebuild(tmp_path):
    project = make_project(tmp_path / "p")
    briefing("build", cwd=project)
    assert briefing("build", "--check", cwd=project).returncode == 0
    seed = sorted((project / "seeds").iterdir())[0]
    seed.write_bytes(seed.read_bytes() + b"\n\nA new closing paragraph about Gwadar port was added.\n")
    stale = briefing("build", "--check", cwd=project, check=False)
    assert stale.returncode == 1
    assert "out of date" in stale.stderr
    briefing("build", cwd=project)
    assert briefing("build", "--check", cwd=project).returncode == 0


def test_a_bad_seed_is_named_and_the_others_still_build(tmp_path):
    project = make_project(tmp_path / "p")
    (project / "seeds" / "empty.txt").write_bytes(b"")
    result = briefing("build", cwd=project)
    assert "empty.txt" in result.stderr
    assert len([p for p in (project / "docs" / "briefings").rglob("*.md") if p.name != "index.md"]) == 5
    strict = briefing("build", "--strict", cwd=project, check=False)
    assert strict.returncode == 1
    mkdocs_build(project)
