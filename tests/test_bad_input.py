"""Bad input: each bad seed is named with a reason, the others still build, nothing breaks."""

from __future__ import annotations

import pytest

from generator.build import build_site
from generator.config import load_settings

from .conftest import make_project, mkdocs_build
from .hostile import BAD_INPUT, GOOD


def test_there_are_at_least_sixty_cases():
    assert len(BAD_INPUT) >= 60


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_seed_is_reported_by_name_and_the_good_one_still_builds(tmp_path, case):
    file_name, data, expected = BAD_INPUT[case]
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    (project / "seeds" / file_name).write_bytes(data)
    report = build_site(load_settings(project), use_cache=False)
    built = {b.article.source_file for b in report.briefings}
    failed = {e.source_file: e.reason for e in report.errors}
    assert "good.txt" in built
    if expected == "error":
        assert file_name in failed, f"{case}: expected a refusal, got a briefing"
        assert len(failed[file_name]) > 10  # a reason in words
    else:
        assert file_name in built, f"{case}: {failed.get(file_name)}"
    assert (project / "docs" / "briefings" / "index.md").exists()


def test_the_site_still_builds_strictly_with_every_bad_seed_present(tmp_path):
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    for file_name, data, _ in BAD_INPUT.values():
        if len(data) < 1_000_000:
            (project / "seeds" / file_name).write_bytes(data)
    report = build_site(load_settings(project), use_cache=False)
    assert report.errors and report.briefings
    mkdocs_build(project)


def test_two_seeds_with_the_same_slug_both_build_under_distinct_pages(tmp_path):
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "Gwadar Talks.txt").write_text(GOOD, encoding="utf-8")
    (project / "seeds" / "gwadar-talks.txt").write_text(GOOD.replace("Monday", "Tuesday"), encoding="utf-8")
    report = build_site(load_settings(project), use_cache=False)
    slugs = sorted(b.article.slug for b in report.briefings)
    assert len(slugs) == 2 and len(set(slugs)) == 2
    assert all(any("same page name" in w for w in b.warnings) for b in report.briefings)
    mkdocs_build(project)


def test_a_seed_that_turns_bad_keeps_its_last_good_page_and_is_still_reported(tmp_path):
    """Nothing already built is lost: the last good extraction stands in, with a warning."""
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    (project / "seeds" / "other.txt").write_text(GOOD.replace("Gwadar", "Karachi"), encoding="utf-8")
    build_site(load_settings(project))
    (project / "seeds" / "other.txt").write_bytes(b"")
    report = build_site(load_settings(project))
    assert [e.source_file for e in report.errors] == ["other.txt"]
    kept = {b.article.source_file: b for b in report.briefings}
    assert sorted(kept) == ["good.txt", "other.txt"]
    assert any("last good version" in w for w in kept["other.txt"].warnings)
    assert "Karachi" in " ".join(kept["other.txt"].article.paragraphs)
