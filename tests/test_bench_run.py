"""bench/run.py's folders: what a run resets is moved aside and deleted only when the benchmark ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import bench_module


@pytest.fixture(scope="module")
def bench():
    return bench_module("run")


def _project(root: Path) -> Path:
    project = root / "project"
    (project / "docs" / "briefings").mkdir(parents=True)
    for name in ("index.md", "about.md", "timeline.md", "briefings/a.md"):
        (project / "docs" / name).write_text(name)
    (project / ".briefing-cache" / "extract").mkdir(parents=True)
    (project / ".briefing-cache" / "extract" / "x.pickle").write_bytes(b"cached")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("<p>site</p>")
    return project


def test_reset_moves_outputs_aside_and_keeps_the_hand_written_pages(bench):
    workspace = bench.Workspace()
    try:
        project = _project(workspace.root)
        bench.reset_outputs(project, workspace)
        assert sorted(p.name for p in (project / "docs").iterdir()) == ["about.md", "index.md"]
        assert not (project / ".briefing-cache").exists() and not (project / "site").exists()
        kept = sorted(p.relative_to(workspace.aside).as_posix() for p in workspace.aside.rglob("*") if p.is_file())
        assert kept == ["1-briefings/a.md", "2-timeline.md", "3-.briefing-cache/extract/x.pickle", "4-site/index.html"]
        assert {p.read_bytes() for p in workspace.aside.rglob("*") if p.is_file()} == {
            b"briefings/a.md",
            b"timeline.md",
            b"cached",
            b"<p>site</p>",
        }
        bench.reset_outputs(project, workspace)  # nothing left to reset: no error, nothing lost
        assert len([p for p in workspace.aside.rglob("*") if p.is_file()]) == 4
    finally:
        workspace.cleanup()
    assert not workspace.root.exists()


def test_creation_probe_times_new_files_and_sets_its_folder_aside(bench):
    workspace = bench.Workspace()
    try:
        milliseconds = bench.creation_probe(workspace, count=50)
        assert 0 < milliseconds < 1000
        assert [p.name for p in workspace.root.iterdir()] == ["aside"]
        (probe,) = workspace.aside.iterdir()
        assert len(list(probe.iterdir())) == 50
    finally:
        workspace.cleanup()


def test_the_probe_is_a_row_of_the_results_table(bench):
    result = bench.SizeResult(100)
    result.add("create_ms", 0.0312)
    result.add("create_ms", 0.05)
    assert "| creating an empty file ms (probe) | 0.041 |" in bench.table([result])


def test_cpu_probe_times_a_fixed_piece_of_work_and_is_a_row_of_the_table(bench):
    milliseconds = bench.cpu_probe(rounds=2, repeats=5)
    assert 0 < milliseconds < 1000
    result = bench.SizeResult(100)
    result.add("cpu_ms", 40.0)
    result.add("cpu_ms", 44.0)
    assert "| fixed CPU work ms (probe) | 42.0 |" in bench.table([result])


def test_extraction_rate_reads_the_seeds_again_until_the_measure_is_long_enough(bench, tmp_path):
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    for number in range(3):
        (project / "seeds" / f"{number}.txt").write_text(
            f'Story {number}\n\nISLAMABAD: "We will sign in March," said Ali Khan on Monday.\n', encoding="utf-8"
        )
    once = bench.extraction_rate(project, limit=2, min_seconds=0.0)
    assert once["articles"] == 2  # one pass over the first `limit` seeds
    longer = bench.extraction_rate(project, limit=2, min_seconds=0.3)
    assert longer["articles"] % 2 == 0 and longer["articles"] > 2
    assert longer["per_s"] > 0 and longer["setup_s"] > 0
