"""Shared fixtures: the project's paths, the team's shared folder, and a built copy of the site."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

# Property tests are deterministic (the same examples every run) and untimed: a per-example deadline
# fails them on a loaded machine (CI, or -n 2 beside a build), which says nothing about the code.
settings.register_profile("briefing", deadline=None, derandomize=True, database=None)
settings.load_profile("briefing")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
BIN = Path(sys.executable).parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def bench_module(name: str) -> ModuleType:
    """bench/NAME.py (bench/ is no package), loaded once as the module `bench_NAME`."""
    module_name = f"bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def make_project(target: Path, seeds: list[Path] | None = None) -> Path:
    """A project folder like the repository's: mkdocs.yml, hand-written docs, the package, seeds."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "docs").mkdir(exist_ok=True)
    for page in ("index.md", "about.md"):
        shutil.copy(ROOT / "docs" / page, target / "docs" / page)
    (target / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml names the hooks file by path
    (target / "seeds").mkdir(exist_ok=True)
    for seed in seeds if seeds is not None else sorted((ROOT / "seeds").iterdir()):
        shutil.copy(seed, target / "seeds" / seed.name)
    return target


def run(*args: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


def briefing(*args: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    return run(BIN / "briefing", *args, cwd=cwd, check=check)


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return run(BIN / "mkdocs", "build", "--strict", cwd=project)


@pytest.fixture(scope="session", autouse=True)
def user_cache_folder(tmp_path_factory) -> Iterator[Path]:
    """What builds keep once per machine (render/vega_bundle.py) goes to a folder of the test session
    (of each worker), not the user's: the suite starts as a new machine does, whatever ran before."""
    folder = tmp_path_factory.mktemp("user-cache")
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    """The five seeds built into docs/ and site/ once per test session (per worker)."""
    project = make_project(tmp_path_factory.mktemp("built") / "project")
    briefing("build", "--strict", cwd=project)
    mkdocs_build(project)
    return project


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.fail(
            f"the team's shared folder is not at {SHARED} (set BRIEFING_SHARED); "
            "deselect these tests with -m 'not shared' where it cannot exist"
        )
    return SHARED
