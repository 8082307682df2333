"""The extraction cache: reused when nothing changed, invalidated by a rule or config change."""

from __future__ import annotations

from dataclasses import replace

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


def test_the_fingerprint_covers_extraction_code_and_user_configuration(tmp_path):
    assert len(code_fingerprint()) == 64
    project = make_project(tmp_path / "p")
    plain = load_extractors(load_settings(project)).fingerprint
    (project / "config").mkdir()
    (project / "config" / "topics.yaml").write_text("topics:\n  shipping:\n    keywords: [vessel, freight]\n")
    (project / "briefing.yml").write_text("topics: config/topics.yaml\n")
    assert load_extractors(load_settings(project)).fingerprint != plain
