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
