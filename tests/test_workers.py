"""Tasks shared with forked workers: each done once, every result taken here, none lost to a dying worker."""

from __future__ import annotations

import os
import threading
import time

import pytest

from generator.workers import run_shared


def _collect(count: int, work, workers: int) -> dict[int, object]:
    results: dict[int, object] = {}

    def take(number: int, result: object) -> None:
        assert number not in results, f"task {number} taken twice"
        results[number] = result

    run_shared(count, work, workers, take)
    return results


@pytest.mark.parametrize("workers", [0, 1, 3])
@pytest.mark.parametrize("count", [0, 1, 2, 40])
def test_every_task_once_with_its_result(count, workers):
    results = _collect(count, lambda number: {"square": number * number, "text": "é" * number}, workers)
    assert results == {n: {"square": n * n, "text": "é" * n} for n in range(count)}


def test_this_process_works_too_and_starts_no_thread():
    threads = threading.active_count()
    seen_threads: list[int] = []

    def work(number: int) -> int:
        time.sleep(0.02)  # long enough that one process cannot take every task before the other starts
        if os.getpid() == parent:
            seen_threads.append(threading.active_count())
        return os.getpid()

    parent = os.getpid()
    where = set(_collect(12, work, 1).values())
    assert parent in where and len(where) == 2
    assert set(seen_threads) == {threads}


def test_the_tasks_of_a_worker_that_dies_are_done_here():
    parent = os.getpid()

    def work(number: int) -> int:
        if os.getpid() != parent:
            time.sleep(0.05)
            os._exit(1)  # as if killed, before giving anything back
        return number

    assert _collect(10, work, 2) == {n: n for n in range(10)}


def test_an_error_here_stops_the_workers_and_is_raised():
    parent = os.getpid()
    started = time.monotonic()

    def work(number: int) -> int:
        if os.getpid() == parent:
            raise ValueError("bad task")
        time.sleep(0.05)
        return number

    with pytest.raises(ValueError, match="bad task"):
        _collect(200, work, 1)
    assert time.monotonic() - started < 5  # the worker did not go on through the 200 tasks (10 s)


def test_a_worker_that_cannot_write_its_results_leaves_its_tasks_to_this_process(monkeypatch):
    """A full disk: the worker's write fails part-way; the record left short is not read."""
    parent = os.getpid()
    real_write = os.write

    def write(descriptor: int, data) -> int:
        if os.getpid() != parent:
            real_write(descriptor, bytes(data)[:5])  # a record begun, then the disk is full
            raise OSError(28, "No space left on device")
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", write)

    def work(number: int) -> list[int]:
        time.sleep(0.01)
        return [number] * 3

    assert _collect(8, work, 1) == {n: [n] * 3 for n in range(8)}
