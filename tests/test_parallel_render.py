"""Rendering with several processes gives the files of rendering in one, in the same order."""

from __future__ import annotations

import os
import time
from functools import partial

import pytest

from generator.render import _render_tasks


class _NoConverter:
    """Stands in for vl-convert's process: these tasks draw no chart."""

    def start(self) -> None:
        pass


def _pages(number: int) -> dict[str, str]:
    # two files per task, one of them bytes, as the renderers return
    return {f"part/{number}.md": f"page {number}\n" * (number + 1), f"part/{number}.json": b"{}"}


def _tasks(count: int) -> list:
    return [partial(_pages, number) for number in range(count)]


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("count", [2, 5, 40])
def test_several_processes_give_the_files_of_one_in_the_same_order(jobs, count):
    serial = _render_tasks(_tasks(count), None, 1, _NoConverter())
    parallel = _render_tasks(_tasks(count), None, jobs, _NoConverter())
    assert list(parallel.items()) == list(serial.items())  # every task once, in the order of the tasks
    assert all(isinstance(data, bytes) for data in parallel.values())


def _where(number: int) -> dict[str, str]:
    time.sleep(0.05)  # long enough that one process cannot take every task before the other starts
    return {f"part/{number}.md": str(os.getpid())}


def test_the_process_that_renders_in_parallel_renders_too():
    """It takes tasks itself instead of waiting (one worker fewer holding a copy of the corpus)."""
    tasks = [partial(_where, number) for number in range(8)]
    pids = set(_render_tasks(tasks, None, 2, _NoConverter()).values())
    assert str(os.getpid()).encode() in pids
