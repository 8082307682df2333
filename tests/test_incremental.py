"""Incremental builds (state.py): a no-change build renders and writes nothing; any change to a seed,
the configuration, the code or docs/ itself is noticed; reused pages are byte-identical to a fresh build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import generator.build as build
import generator.state as state
from generator.config import load_settings
from generator.write import owned_files

from .conftest import FIXTURES, make_project

EXTRA = sorted((FIXTURES / "articles").iterdir())[:2]


def docs_bytes(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {path: (docs / path).read_bytes() for path in owned_files(docs)}


def build_now(project: Path, **options) -> build.BuildReport:
    return build.build_site(load_settings(project), **options)


@pytest.fixture
def project(tmp_path) -> Path:
    project = make_project(tmp_path / "p")
    report = build_now(project)
    assert report.rendered and report.written
    return project


def forbid_rendering(monkeypatch) -> None:
    import generator.render

    def fail(*args, **kwargs):
        raise AssertionError("rendered although nothing changed")

    monkeypatch.setattr(generator.render, "render_site", fail)


def test_a_no_change_build_renders_and_writes_nothing(project, monkeypatch):
    before = docs_bytes(project)
    forbid_rendering(monkeypatch)
    report = build_now(project)
    assert not report.rendered
    assert report.written == () and report.removed == ()
    assert report.unchanged == len(before)
    assert report.count == len(list((project / "seeds").iterdir()))
    assert report.briefings == (), "nothing to render: the briefings were not even loaded"
    assert docs_bytes(project) == before
    check = build_now(project, check=True)
    assert not check.rendered and check.stale == ()


def test_a_no_change_build_loads_no_briefing_and_reports_the_last_builds_errors(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    (project / "seeds" / "empty.txt").write_bytes(b"")
    (project / "seeds" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    first = build_now(project)
    assert len(first.errors) == 2

    def fail(*args, **kwargs):
        raise AssertionError("a seed was loaded although nothing changed")

    monkeypatch.setattr(build, "load_seeds", fail)
    again = build_now(project)
    assert not again.rendered and again.briefings == ()
    assert again.errors == first.errors
    assert again.count == first.count == len(first.briefings) == len(list((project / "seeds").iterdir())) - 2


def test_a_state_written_by_an_older_version_means_a_full_build(project):
    path = load_settings(project).cache_dir / state.STATE_FILE
    stored = json.loads(path.read_text("utf-8"))
    for key in ("briefings", "errors"):
        del stored[key]
    path.write_text(json.dumps({**stored, "version": 1}), "utf-8")
    assert state.load_state(path.parent) == state.BuildState()
    report = build_now(project)
    assert report.rendered and report.count == len(report.briefings)


@pytest.mark.parametrize("change", ["edit a seed", "add a seed", "remove a seed"])
def test_a_changed_seed_is_rebuilt_and_equals_a_fresh_build(project, tmp_path, change):
    seeds = project / "seeds"
    first = sorted(seeds.iterdir())[0]
    if change == "edit a seed":
        first.write_text(first.read_text(encoding="utf-8") + "\nThe Gwadar port will open next year.\n", "utf-8")
    elif change == "add a seed":
        shutil.copy(EXTRA[0], seeds / EXTRA[0].name)
    else:
        first.unlink()
    report = build_now(project)
    assert report.rendered and (report.written or report.removed)
    fresh = make_project(tmp_path / "fresh", seeds=sorted(seeds.iterdir()))
    build_now(fresh, use_cache=False)
    assert docs_bytes(project) == docs_bytes(fresh)


def test_a_generated_file_edited_or_deleted_by_hand_is_restored(project):
    before = docs_bytes(project)
    docs = project / "docs"
    edited, deleted = sorted(before)[0], sorted(before)[-1]
    (docs / edited).write_bytes(b"edited by hand\n")
    (docs / deleted).unlink()
    (docs / "briefings" / "stray.md").write_text("# not generated\n", encoding="utf-8")
    report = build_now(project)
    assert report.rendered
    assert set(report.written) == {edited, deleted} and report.removed == ("briefings/stray.md",)
    assert docs_bytes(project) == before


def test_a_configuration_change_is_rebuilt(project):
    (project / "briefing.yml").write_text("site_title: Another title\n", encoding="utf-8")
    report = build_now(project)
    assert report.rendered


def test_a_code_change_is_rebuilt(project, monkeypatch):
    monkeypatch.setattr(state, "package_fingerprint", lambda: "changed code")
    monkeypatch.setattr(build, "package_fingerprint", lambda: "changed code")
    report = build_now(project)
    assert report.rendered
    assert report.written == ()  # the same code in fact: every page renders to the same bytes


def test_a_missing_or_corrupt_state_means_a_full_build(project):
    cache = load_settings(project).cache_dir
    (cache / state.STATE_FILE).write_text("{not json", encoding="utf-8")
    assert build_now(project).rendered
    assert not build_now(project).rendered
    (cache / state.STATE_FILE).unlink()
    assert build_now(project).rendered


def test_an_uncached_build_never_trusts_the_state(project):
    assert build_now(project, use_cache=False).rendered
    assert build_now(project, use_cache=False).rendered


def test_pages_are_reused_only_when_their_inputs_are_unchanged(project):
    seeds = project / "seeds"
    shutil.copy(EXTRA[1], seeds / EXTRA[1].name)
    settings = load_settings(project)
    previous = state.load_state(settings.cache_dir)
    build_now(project)
    current = state.load_state(settings.cache_dir)
    kept = [path for path, key in current.pages.items() if previous.pages.get(path) == key]
    changed = [path for path, key in current.pages.items() if previous.pages.get(path) != key]
    assert kept and changed  # some pages did not depend on the new seed, the listings did
    assert "briefings/index.md" in changed


def test_page_keys_do_not_depend_on_whether_briefings_were_just_extracted(project):
    """Just extracted, briefings share strings that briefings read back from the cache hold a copy each
    of; keys made from either must be equal, or the build after extracting re-renders pages for nothing."""
    cache = load_settings(project).cache_dir
    extracted = state.load_state(cache).pages  # the fixture's build extracted every seed
    (cache / state.STATE_FILE).unlink()
    assert build_now(project).rendered  # every briefing from the extraction cache now
    assert state.load_state(cache).pages == extracted


def test_reused_pages_changed_by_another_build_meanwhile_are_rendered_after_all(project, tmp_path, monkeypatch):
    """Reused pages are not read back, so when another build's write is finished under this one (write
    recovers it), this build renders them after all instead of trusting docs/."""
    import generator.write as write

    shutil.copy(EXTRA[0], project / "seeds" / EXTRA[0].name)
    recovered = []

    def another_build_finished(docs_dir):
        recovered.append(docs_dir)
        return len(recovered) == 1  # the first write finds another build's journal

    monkeypatch.setattr(write, "recover", another_build_finished)
    report = build_now(project)
    assert len(recovered) == 2 and report.written
    fresh = make_project(tmp_path / "fresh", seeds=sorted((project / "seeds").iterdir()))
    build_now(fresh, use_cache=False)
    assert docs_bytes(project) == docs_bytes(fresh)
    monkeypatch.undo()
    assert not build_now(project).rendered  # and the state it saved is sound


_BUILD_AND_REPORT_ALTAIR = """
import sys
from pathlib import Path
from generator.build import build_site
from generator.config import load_settings
build_site(load_settings(Path(sys.argv[1])), jobs=2)
print("altair loaded" if "altair" in sys.modules else "altair not loaded")
"""


def test_a_build_that_extracts_a_few_seeds_does_not_load_the_chart_library(tmp_path):
    """Rendering is prepared while workers extract only when many seeds are (build.PREPARE_RENDERING_FROM):
    a seed added to a built project is rendered with the chart templates in the cache, without Altair."""
    import subprocess
    import sys

    from .conftest import ROOT

    project = make_project(tmp_path / "p")

    def build_in_new_process() -> str:
        command = [sys.executable, "-c", _BUILD_AND_REPORT_ALTAIR, str(project)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert build_in_new_process() == "altair loaded"  # the first build makes the chart templates
    shutil.copy(FIXTURES / "articles" / "05_prnewswire_solar.txt", project / "seeds" / "zz_added.txt")
    assert build_in_new_process() == "altair not loaded"


_BUILD_AND_REPORT_ORDER = """
import sys
from pathlib import Path
import generator.render.charts as charts
import generator.seeds as seeds
from generator.build import build_site
from generator.config import load_settings

events = []
real_spawn, real_prepare = charts.Converter.spawn, seeds.prepare_extraction
charts.Converter.spawn = lambda self: (events.append("converter spawned"), real_spawn(self))[1]
seeds.prepare_extraction = lambda extractors: (events.append("extraction prepared"), real_prepare(extractors))[1]
build_site(load_settings(Path(sys.argv[1])), jobs=2, use_cache=sys.argv[2] == "cache")
print(",".join(events))
"""


def test_the_chart_converter_warms_up_while_extraction_is_prepared_and_not_for_an_unchanged_build(tmp_path):
    """vl-convert's process starts before this process prepares extraction (alone, before forking the
    workers): its costly first drawing then runs on the core that would idle. A build that finds every seed
    in the cache starts it once they are loaded; a build with nothing to render does not start it."""
    import subprocess
    import sys

    from .conftest import ROOT

    project = make_project(tmp_path / "p")

    def events(cache: str) -> list[str]:
        command = [sys.executable, "-c", _BUILD_AND_REPORT_ORDER, str(project), cache]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return [event for event in result.stdout.strip().split(",") if event]

    assert events("no-cache") == ["converter spawned", "extraction prepared"]
    assert events("cache") == ["converter spawned", "extraction prepared"]  # fills the cache
    (project / "docs" / "briefings").rename(project / "docs" / "moved-away")  # every seed cached, pages missing
    assert events("cache") == ["converter spawned"]
    assert events("cache") == []  # unchanged: stops before rendering


_BUILD_AND_REPORT_RENDERER = """
import sys
from pathlib import Path
from generator.build import build_site
from generator.config import load_settings
report = build_site(load_settings(Path(sys.argv[1])), jobs=2)
loaded = sorted(m for m in sys.modules if m.startswith("generator.render") or m in ("jinja2", "vl_convert", "altair"))
print("rendered" if report.rendered else "not rendered", *loaded)
"""


def test_a_build_with_nothing_to_render_does_not_import_the_renderer(tmp_path):
    """Writing and the build's state know the owned folders from docs_layout.py, not render/paths.py, whose
    package imports Jinja and vl-convert (about 80 ms): a no-change build stops before rendering without them."""
    import subprocess
    import sys

    from .conftest import ROOT

    project = make_project(tmp_path / "p")

    def build_in_new_process() -> list[str]:
        command = [sys.executable, "-c", _BUILD_AND_REPORT_RENDERER, str(project)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return result.stdout.split()

    first = build_in_new_process()
    assert first[0] == "rendered" and "generator.render" in first and "jinja2" in first
    assert build_in_new_process() == ["not", "rendered"]
