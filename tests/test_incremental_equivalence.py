"""An incremental build gives the bytes of a clean build of the same seeds.

A synthetic corpus (bench/make_corpus.py) with a small `rows_per_page`, so that listings, topics,
people and the timeline are split into part pages as they are at thousands of articles. After each
change (add a seed, edit one, remove one, a bad seed, several changes at once) the incremental
build's docs/ must equal a clean `--no-cache` build's, byte for byte. The clean builds render with two
processes, the incremental ones alternately with one and two.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import generator.render.charts as charts
from generator.build import build_site
from generator.config import load_settings
from generator.corpus import build_corpus
from generator.seeds import find_seeds, load_briefings, load_extractors
from generator.write import owned_files

from .conftest import bench_module, make_project

ROOT = Path(__file__).resolve().parent.parent
ROWS = 12  # rows per listing page: small, so that most listings are split


@pytest.fixture(scope="module")
def bench():
    return bench_module("make_corpus")


@pytest.fixture(scope="module")
def seeds(bench, tmp_path_factory) -> list[Path]:
    return bench.make_corpus(45, tmp_path_factory.mktemp("corpus"))


def _project(path: Path, seeds: list[Path]) -> Path:
    project = make_project(path, seeds=seeds)
    (project / "briefing.yml").write_text(f"rows_per_page: {ROWS}\n", encoding="utf-8")
    return project


def _docs(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {path: (docs / path).read_bytes() for path in owned_files(docs)}


def _assert_same_as_clean(project: Path, tmp_path: Path, name: str) -> None:
    fresh = _project(tmp_path / f"clean-{name}", sorted((project / "seeds").iterdir()))
    build_site(load_settings(fresh), use_cache=False, jobs=2)  # pages rendered by two processes
    built, clean = _docs(project), _docs(fresh)
    assert sorted(built) == sorted(clean), f"{name}: other files than a clean build"
    differing = [path for path in clean if built[path] != clean[path]]
    assert not differing, f"{name}: files differ from a clean build: {differing[:10]}"


def _new_article(bench, number: int, index: int) -> str:
    people, orgs = bench._people(random.Random(8)), bench._orgs(random.Random(9))
    return bench.make_article(random.Random(number), people, orgs, index)


def test_every_incremental_build_equals_a_clean_build(bench, seeds, tmp_path):
    project = _project(tmp_path / "p", seeds)
    report = build_site(load_settings(project))
    assert report.written
    assert any(p.startswith("quotes/") and p != "quotes/index.md" for p in report.written)  # split listings
    folder = project / "seeds"

    steps = []
    written: list[tuple[str, ...]] = []

    def step(name: str, change) -> None:
        change()
        steps.append(name)
        report = build_site(load_settings(project), jobs=1 + len(steps) % 2)  # reused pages in one process or two
        assert report.rendered
        written.append(report.written)
        _assert_same_as_clean(project, tmp_path, name)
        again = build_site(load_settings(project))  # and then nothing is left to do
        assert not again.rendered and again.written == () and again.removed == ()

    step("add one", lambda: (folder / "zz_added_1.txt").write_text(_new_article(bench, 1000, 45), "utf-8"))
    step("add another", lambda: (folder / "zz_added_2.txt").write_text(_new_article(bench, 1001, 46), "utf-8"))
    first, second = sorted(folder.iterdir())[:2]
    step("edit one", lambda: first.write_text(first.read_text("utf-8") + "\nThe Gwadar port opens in 2031.\n", "utf-8"))
    step("remove one", lambda: second.unlink())
    step("add a bad seed", lambda: (folder / "broken.txt").write_bytes(b""))
    step("remove the bad seed", lambda: (folder / "broken.txt").unlink())
    others = sorted(folder.iterdir())

    def several() -> None:
        others[3].unlink()
        others[5].write_text(_new_article(bench, 1002, 5), "utf-8")
        (folder / "zz_added_3.txt").write_text(_new_article(bench, 1003, 47), "utf-8")

    step("several at once", several)
    step("back to the first article", lambda: (folder / "zz_added_1.txt").unlink())
    # Pages reused by a key of their inputs (render/site.py, Site.render_from) must notice what they show
    # of other briefings: a linked briefing's new title, or its new date (another page path).
    linked = _seed_with_front_matter(folder)
    step("retitle a linked briefing", lambda: _edit_front_matter(linked, "title", '"A retitled briefing"'))
    briefing_pages = [p for p in written[-1] if p.startswith("briefings/") and p.count("/") >= 2]
    assert len(briefing_pages) >= 2, "no other briefing page links to the retitled one: the step tests nothing"
    step("redate a linked briefing", lambda: _edit_front_matter(linked, "date", "2019-02-03"))
    # The newest briefing gives a much-quoted person a new role, and quotes nothing itself: every part page
    # of Quotes that shows the person (under the role of their newest briefing) changes.
    speaker = _most_quoted_person(project)
    step("a quoted person's new role", lambda: (folder / "zz_role.txt").write_text(_role_article(speaker), "utf-8"))
    assert any(p.startswith("quotes/") and p != "quotes/index.md" for p in written[-1])


def _most_quoted_person(project: Path) -> str:
    settings = load_settings(project)
    briefings, _ = load_briefings(find_seeds(settings.seeds_dir)[0], load_extractors(settings))
    people = [r for r in build_corpus(briefings).entities if r.kind == "person" and " " in r.name]
    return max(people, key=lambda r: (len(r.quotes), r.name)).name


def _role_article(name: str) -> str:
    return (
        '---\ntitle: "A new role"\ndate: 2030-05-04\n---\n'
        f"ISLAMABAD, May 4 (APP): Federal Minister for Railways {name} visited Gwadar on Monday.\n\n"
        "The visit lasted two days.\n"
    )


def _seed_with_front_matter(folder: Path) -> Path:
    """A seed with a title in front matter that other briefings list as related."""
    return next(p for p in sorted(folder.iterdir()) if p.read_text("utf-8").startswith("---\ntitle:"))


def _edit_front_matter(seed: Path, key: str, value: str) -> None:
    lines = seed.read_text("utf-8").split("\n")
    end = lines.index("---", 1)
    lines = [f"{key}: {value}" if i < end and line.startswith(f"{key}:") else line for i, line in enumerate(lines)]
    seed.write_text("\n".join(lines), "utf-8")


def test_a_seed_that_turns_bad_keeps_its_pages(bench, seeds, tmp_path):
    project = _project(tmp_path / "p", seeds[:15])
    build_site(load_settings(project))
    victim = sorted((project / "seeds").iterdir())[4]
    pages_before = {path for path in _docs(project) if path.startswith("briefings/")}
    victim.write_bytes(b"")
    report = build_site(load_settings(project))
    assert [e.source_file for e in report.errors] == [victim.name]
    assert {path for path in _docs(project) if path.startswith("briefings/")} == pages_before
    assert len(report.briefings) == 15


def test_chart_specs_from_templates_equal_altairs(seeds, tmp_path, monkeypatch):
    """The spec made from a cached template with the rows put in is the one Altair makes in full."""
    settings = load_settings(_project(tmp_path / "p", seeds))
    extractors = load_extractors(settings)
    briefings, _ = load_briefings(find_seeds(settings.seeds_dir)[0], extractors)
    corpus = build_corpus(briefings)
    for marks in (charts.MAX_EVENT_MARKS, 10):  # events one by one, and counted by month
        monkeypatch.setattr(charts, "MAX_EVENT_MARKS", marks)
        monkeypatch.setattr(charts, "_TEMPLATES", {})
        full = charts.build_charts(corpus)  # no code fingerprint: Altair makes every spec
        made = charts.build_charts(corpus, tmp_path / "cache", code="fingerprint")
        monkeypatch.setattr(charts, "_TEMPLATES", {})
        stored = charts.build_charts(corpus, tmp_path / "cache", code="fingerprint")  # templates from the files
        assert sorted(full.charts) == ["figures", "quotes", "timeline", "topics"]
        for name, chart in full.charts.items():
            expected = json.dumps(chart.spec, sort_keys=True)
            assert json.dumps(made.charts[name].spec, sort_keys=True) == expected, name
            assert json.dumps(stored.charts[name].spec, sort_keys=True) == expected, name
            assert list(made.charts[name].spec) == list(chart.spec), name  # the key order vl-convert sees
        assert full._spec_bytes == made._spec_bytes == stored._spec_bytes
