"""Nothing lost (a build killed mid-write leaves old or new output) and the output is deterministic."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from generator.write import owned_files, recover

from .conftest import ROOT, briefing, make_project, mkdocs_build
from .test_build_e2e import tree_digest

KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from generator.build import build_site
    from generator.config import load_settings
    import generator.build as build_module
    from generator import write

    stop_after = int(sys.argv[2])
    calls = []
    original = write.write_outputs

    def killing_write(files, docs_dir, after_each=None, **options):
        def hook(stage, path):
            calls.append(stage)
            if len(calls) == stop_after:
                os.kill(os.getpid(), signal.SIGKILL)
        return original(files, docs_dir, after_each=hook, **options)

    build_module.write_outputs = killing_write
    build_site(load_settings(Path(sys.argv[1])))
    """
)


def docs_state(project) -> dict[str, bytes]:
    docs = project / "docs"
    return {path: (docs / path).read_bytes() for path in owned_files(docs)}


@pytest.mark.parametrize("stop_after", [1, 5, 20, 40, 60])
def test_a_build_killed_in_the_write_phase_leaves_the_complete_old_or_new_output(tmp_path, stop_after):
    project = make_project(tmp_path / "p")
    briefing("build", cwd=project)
    old = docs_state(project)
    hand_written = (project / "docs" / "index.md").read_bytes()
    seed = sorted((project / "seeds").iterdir())[0]
    seed.write_bytes(seed.read_bytes() + b"\n\nA closing paragraph about Gwadar port was added on Tuesday.\n")
    (project / "seeds" / sorted((project / "seeds").iterdir())[-1].name).unlink()
    result = subprocess.run([sys.executable, "-c", KILLER, str(project), str(stop_after)], cwd=ROOT, timeout=300)
    killed = result.returncode == -9
    recover(project / "docs")
    state = docs_state(project)
    fresh = make_project(tmp_path / "fresh", seeds=sorted((project / "seeds").iterdir()))
    briefing("build", cwd=fresh)
    new = docs_state(fresh)
    assert state in (old, new), f"mixed output after a kill at operation {stop_after}"
    if not killed:
        assert state == new
    assert (project / "docs" / "index.md").read_bytes() == hand_written
    briefing("build", cwd=project)
    assert docs_state(project) == new


def test_two_builds_in_different_disk_orders_give_byte_identical_docs_and_site(tmp_path):
    seeds = sorted((ROOT / "seeds").iterdir())
    first = make_project(tmp_path / "a", seeds=seeds)
    second = make_project(tmp_path / "b", seeds=[])
    for seed in reversed(seeds):  # created in the opposite order
        shutil.copy(seed, second / "seeds" / seed.name)
    for project in (first, second):
        briefing("build", "--no-cache", cwd=project)
        mkdocs_build(project)
    assert tree_digest(first / "docs") == tree_digest(second / "docs")
    site_a, site_b = tree_digest(first / "site"), tree_digest(second / "site")
    stamped = {"sitemap.xml.gz"}  # MkDocs compresses the sitemap with a timestamp in the gzip header
    assert {k: v for k, v in site_a.items() if k not in stamped} == {
        k: v for k, v in site_b.items() if k not in stamped
    }
