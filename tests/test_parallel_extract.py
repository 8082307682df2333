"""Extracting with several processes gives what one process gives, with the building process extracting
too, and a worker that dies costs nothing but time."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import generator.seeds as seeds
from generator.model import SeedError
from generator.seeds import load_extractors, load_seeds

from .conftest import ROOT, make_project


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The repository's seeds, each also under a second name, and two that cannot be read."""
    project = make_project(tmp_path_factory.mktemp("extract") / "p")
    for seed in sorted((ROOT / "seeds").iterdir()):
        (project / "seeds" / f"copy-{seed.name}").write_bytes(seed.read_bytes())
    (project / "seeds" / "empty.txt").write_bytes(b"")
    (project / "seeds" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return project


def _load(project: Path, jobs: int):
    from generator.config import load_settings

    settings = load_settings(project)
    paths = tuple(sorted((project / "seeds").iterdir()))
    finished: list[str] = []
    loaded = load_seeds(paths, load_extractors(settings), jobs=jobs, on_done=finished.append)
    return loaded, finished


@pytest.mark.parametrize("jobs", [2, 3, 50])
def test_several_processes_give_what_one_gives(project, jobs):
    serial, _ = _load(project, 1)
    parallel, finished = _load(project, jobs)
    assert parallel.briefings == serial.briefings
    assert parallel.errors == serial.errors and len(serial.errors) == 2
    assert sorted(finished) == sorted(path.name for path in (project / "seeds").iterdir())  # each once


def _where(data: bytes, source_file: str, extractors) -> SeedError:
    time.sleep(0.02)  # long enough that one process cannot take every chunk before the other starts
    return SeedError(source_file, str(os.getpid()))


def test_the_building_process_extracts_too(project, monkeypatch):
    """It takes chunks itself instead of waiting, so fewer briefings cross between processes."""
    monkeypatch.setattr(seeds, "_safe_briefing", _where)  # before the workers are forked: they have it too
    loaded, _ = _load(project, 2)
    where = {error.reason for error in loaded.errors}
    assert str(os.getpid()) in where and len(where) == 2


def test_seeds_of_a_worker_that_died_are_extracted_here(project, monkeypatch):
    parent = os.getpid()
    real = seeds._safe_briefing

    def dies_in_a_worker(data: bytes, source_file: str, extractors):
        if os.getpid() != parent:
            time.sleep(0.05)  # let this process take a chunk first
            os._exit(1)  # as if killed
        return real(data, source_file, extractors)

    serial, _ = _load(project, 1)
    monkeypatch.setattr(seeds, "_safe_briefing", dies_in_a_worker)
    parallel, finished = _load(project, 2)
    assert parallel.briefings == serial.briefings and parallel.errors == serial.errors
    assert len(finished) == len(set(finished)) == len(list((project / "seeds").iterdir()))


@pytest.mark.parametrize("jobs", [1, 2])
def test_while_extracting_is_called_here_once_the_workers_are_forked_and_not_for_a_cached_load(project, tmp_path, jobs):
    """build.py prepares rendering then, so that the extracting workers share that time."""
    import multiprocessing

    from generator.config import load_settings

    extractors = load_extractors(load_settings(project))
    # the good seeds only: a seed that fails is not cached, so it is extracted again at every load
    paths = tuple(
        path for path in sorted((project / "seeds").iterdir()) if path.name not in ("empty.txt", "binary.txt")
    )
    calls: list[tuple[int, int, int]] = []  # (process, live workers, seeds to extract)

    def record(to_extract: int) -> None:
        calls.append((os.getpid(), len(multiprocessing.active_children()), to_extract))

    cache = tmp_path / "cache"
    first = load_seeds(paths, extractors, cache_dir=cache, jobs=jobs, while_extracting=record)
    assert calls == [(os.getpid(), jobs - 1, len(paths))]
    again = load_seeds(paths, extractors, cache_dir=cache, jobs=jobs, while_extracting=record)
    assert len(calls) == 1, "every seed was in the cache: nothing was extracted, the hook was not called"
    assert again.briefings == first.briefings
