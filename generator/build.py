"""The whole build: read → clean → extract (seeds.py) → corpus → render → write."""

from __future__ import annotations

from dataclasses import dataclass

from .config import Settings
from .corpus import build_corpus
from .model import Briefing, SeedError
from .render import render_site
from .seeds import find_seeds, load_briefings, load_extractors
from .write import plan_changes, recover, write_outputs


@dataclass(frozen=True)
class BuildReport:
    briefings: tuple[Briefing, ...]
    errors: tuple[SeedError, ...]
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    stale: tuple[str, ...] = ()  # with check=True: files that a build would write or remove


def build_site(
    settings: Settings, *, jobs: int = 1, check: bool = False, use_cache: bool = True, progress=None
) -> BuildReport:
    if not check:
        recover(settings.docs_dir)
    # read, clean, extract: one Briefing per good seed, one SeedError per bad one
    paths, skipped = find_seeds(settings.seeds_dir)
    extractors = load_extractors(settings)
    if progress:
        progress.start(len(paths))
    briefings, errors = load_briefings(
        paths,
        extractors,
        cache_dir=settings.cache_dir / "extract" if use_cache else None,
        jobs=jobs,
        on_done=progress.advance if progress else None,
    )
    errors = tuple(sorted((*skipped, *errors), key=lambda e: e.source_file))
    if progress:
        progress.stage("rendering pages")
    # corpus: across articles
    corpus = build_corpus(briefings)
    # render: {path under docs/: bytes}
    files = render_site(
        corpus,
        settings.site_title,
        cache_dir=settings.cache_dir if use_cache else None,
        rows_per_page=settings.rows_per_page,
    )
    # write: only changed files, atomically
    if check:
        plan = plan_changes(files, settings.docs_dir)
        return BuildReport(corpus.briefings, errors, unchanged=plan.unchanged, stale=(*plan.written, *plan.removed))
    settings.docs_dir.mkdir(parents=True, exist_ok=True)
    report = write_outputs(files, settings.docs_dir)
    return BuildReport(corpus.briefings, errors, report.written, report.removed, report.unchanged)
