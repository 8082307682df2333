"""Progress of a build, and how many processes a build uses when not told."""

from __future__ import annotations

import io
import threading

import generator.build
from generator import cli
from generator.progress import BAR_FROM, PLAIN_EVERY, Progress

from .conftest import make_project


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_off_a_terminal():
    stream = io.StringIO()
    with Progress(stream=stream) as progress:
        progress.start(PLAIN_EVERY * 2)
        for number in range(PLAIN_EVERY * 2):
            progress.advance(f"{number}.txt")
        progress.stage("rendering pages")
    assert stream.getvalue().splitlines() == [
        f"extracting {PLAIN_EVERY * 2} articles",
        f"  {PLAIN_EVERY}/{PLAIN_EVERY * 2}",
        f"  {PLAIN_EVERY * 2}/{PLAIN_EVERY * 2}",
        "rendering pages",
    ]


def test_quiet_and_small_builds_print_nothing():
    for quiet, total in ((True, PLAIN_EVERY), (False, BAR_FROM - 1)):
        stream = io.StringIO()
        with Progress(quiet=quiet, stream=stream) as progress:
            progress.start(total)
            for number in range(total):
                progress.advance(f"{number}.txt")
            progress.stage("rendering pages")
        assert stream.getvalue() == ""


def test_the_bar_at_a_terminal_is_drawn_without_a_thread_of_its_own():
    """The build forks workers while the bar is shown: no other thread may hold a lock then."""
    stream = _Terminal()
    threads = threading.active_count()
    with Progress(stream=stream) as progress:
        progress.start(BAR_FROM)
        for number in range(BAR_FROM):
            progress.advance(f"{number}.txt")
            assert threading.active_count() == threads
        assert f"{BAR_FROM}/{BAR_FROM}" in stream.getvalue()  # the last article is always drawn
        progress.stage("rendering pages")
    assert stream.getvalue().endswith("rendering pages\n")


def test_a_build_uses_one_process_per_usable_cpu_unless_told(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p", seeds=[])
    asked: list[int] = []

    def build_site(settings, *, jobs, **options):
        asked.append(jobs)
        return generator.build.BuildReport((), ())

    monkeypatch.setattr(generator.build, "build_site", build_site)
    monkeypatch.setattr(generator.build, "usable_cpus", lambda: 3)
    assert cli.main(["build", "--root", str(project), "-q"]) == 0
    assert cli.main(["build", "--root", str(project), "-q", "--jobs", "1"]) == 0
    assert asked == [3, 1]


def test_usable_cpus_counts_at_least_one():
    assert generator.build.usable_cpus() >= 1
