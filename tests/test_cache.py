"""The extraction cache: reused when nothing changed, invalidated by a rule or config change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.config import load_settings
from generator.seeds import code_fingerprint, find_seeds, load_briefings, load_extractors

from .conftest import make_project


def count_extractions(monkeypatch):
    import generator.seeds as seeds

    calls = []
    original = seeds.briefing_from_bytes

    def counting(data, name, extractors):
        calls.append(name)
        return original(data, name, extractors)

    monkeypatch.setattr(seeds, "briefing_from_bytes", counting)
    return calls


def test_cached_briefings_are_reused_and_a_changed_extractor_fingerprint_invalidates_them(tmp_path, monkeypatch):
    project = make_project(tmp_path / "p")
    settings = load_settings(project)
    paths, _ = find_seeds(settings.seeds_dir)
    extractors = load_extractors(settings)
    calls = count_extractions(monkeypatch)
    first, _ = load_briefings(paths, extractors, cache_dir=tmp_path / "cache")
    assert len(calls) == len(paths)
    again, _ = load_briefings(paths, extractors, cache_dir=tmp_path / "cache")
    assert len(calls) == len(paths)  # all from the cache
    assert again == first
    changed = replace(extractors, fingerprint=extractors.fingerprint + "-rule-changed")
    load_briefings(paths, changed, cache_dir=tmp_path / "cache")
    assert len(calls) == 2 * len(paths)


_IMPORTED_BY_EXTRACTION = """
import sys
from pathlib import Path
from generator.config import load_settings
from generator.seeds import briefing_from_bytes, load_extractors, prepare_extraction
extractors = load_extractors(load_settings(Path(sys.argv[1])))
prepare_extraction(extractors)
for seed in sorted(Path(sys.argv[2]).iterdir()):
    briefing_from_bytes(seed.read_bytes(), seed.name, extractors)
print("\\n".join(module.__file__ for name, module in sys.modules.items() if name.split(".")[0] == "generator"))
"""


def test_the_fingerprint_covers_every_module_extraction_uses(tmp_path):
    """A module that extraction imports but the fingerprint leaves out would let a stale cache through."""
    import subprocess
    import sys

    from generator.seeds import EXTRACTION_CODE, PACKAGE_DIR

    from .conftest import FIXTURES, ROOT

    project = make_project(tmp_path / "p")
    run = subprocess.run(
        [sys.executable, "-c", _IMPORTED_BY_EXTRACTION, str(project), str(FIXTURES / "articles")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    modules = [Path(line).resolve().relative_to(PACKAGE_DIR.resolve()) for line in run.stdout.split()]
    assert len(modules) > 20
    assert not [str(module) for module in modules if module.parts[0] not in EXTRACTION_CODE]


def test_the_fingerprint_covers_extraction_code_and_user_configuration(tmp_path):
    assert len(code_fingerprint()) == 64
    project = make_project(tmp_path / "p")
    plain = load_extractors(load_settings(project)).fingerprint
    (project / "config").mkdir()
    (project / "config" / "topics.yaml").write_text("topics:\n  shipping:\n    keywords: [vessel, freight]\n")
    (project / "briefing.yml").write_text("topics: config/topics.yaml\n")
    assert load_extractors(load_settings(project)).fingerprint != plain


def _last_good_files(cache: Path) -> list[Path]:
    return sorted((cache / "last-good").iterdir())


def test_each_last_good_briefing_is_a_second_name_of_its_cache_entry(tmp_path):
    """No second copy: the last good briefing of a seed is a hard link to the entry just written."""
    project = make_project(tmp_path / "p")
    settings = load_settings(project)
    paths, _ = find_seeds(settings.seeds_dir)
    cache = tmp_path / "cache"
    load_briefings(paths, load_extractors(settings), cache_dir=cache)
    entries = {path.stat().st_ino for path in cache.glob("??/*.pickle")}
    last_good = _last_good_files(cache)
    assert len(last_good) == len(paths) == len(entries)
    assert {path.stat().st_ino for path in last_good} == entries
    assert not list(cache.rglob("*.tmp"))


def test_without_hard_links_the_last_good_briefing_is_a_copy(tmp_path, monkeypatch):
    import os

    def no_links(source, target):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    project = make_project(tmp_path / "p")
    settings = load_settings(project)
    paths, _ = find_seeds(settings.seeds_dir)
    cache = tmp_path / "cache"
    load_briefings(paths, load_extractors(settings), cache_dir=cache)
    entries = {path.read_bytes() for path in cache.glob("??/*.pickle")}
    last_good = _last_good_files(cache)
    assert len(last_good) == len(paths)
    assert {path.read_bytes() for path in last_good} == entries
    assert not {path.stat().st_ino for path in last_good} & {p.stat().st_ino for p in cache.glob("??/*.pickle")}
