"""The whole build: read → clean → extract (seeds.py) → corpus → render → write.

A build whose inputs are those of the last build, with docs/ as that build left it, stops before
rendering: it would write nothing. Otherwise pages whose inputs did not change are taken
from docs/ instead of being rendered again (see state.py).
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .config import Settings
from .model import Briefing, SeedError
from .seeds import LoadedSeeds, find_seeds, load_extractors, load_seeds
from .state import (
    BuildState,
    PageReuse,
    forget_state,
    inputs_digest,
    load_state,
    output_stats,
    outputs_untouched,
    package_fingerprint,
    save_state,
)
from .write import KnownFilesChanged, plan_changes, recover, write_outputs


def usable_cpus() -> int:
    """The CPUs this process may run on: the number of processes a build uses unless told otherwise."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class BuildReport:
    briefings: tuple[Briefing, ...]  # none when nothing was rendered (`rendered`): they were not loaded
    errors: tuple[SeedError, ...]
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: int = 0
    stale: tuple[str, ...] = ()  # with check=True: files that a build would write or remove
    rendered: bool = True  # False when the inputs were unchanged and nothing was rendered
    count: int = 0  # how many briefings the site holds


def build_site(
    settings: Settings, *, jobs: int = 1, check: bool = False, use_cache: bool = True, progress=None
) -> BuildReport:
    if not check:
        recover(settings.docs_dir)
    # read, clean, extract: one Briefing per good seed, one SeedError per bad one
    paths, skipped = find_seeds(settings.seeds_dir)
    extractors = load_extractors(settings)
    digest = inputs_digest(settings, paths, skipped, extractors.fingerprint, use_cache)
    # --no-cache trusts nothing from earlier builds: no skipping, no reused pages
    previous = load_state(settings.cache_dir) if use_cache else BuildState()
    unchanged = bool(previous.digest) and previous.digest == digest and outputs_untouched(settings.docs_dir, previous)
    if unchanged:  # same inputs, docs/ as the last build left it: a build would change nothing
        errors = tuple(SeedError(source_file, reason) for source_file, reason in previous.errors)
        return BuildReport((), errors, unchanged=len(previous.outputs), rendered=False, count=previous.briefings)
    early = _EarlyConverter()
    prepare = partial(_prepare_rendering, settings.cache_dir if use_cache else None)
    try:
        if progress:
            progress.start(len(paths))
        loaded = load_seeds(
            paths,
            extractors,
            cache_dir=settings.cache_dir / "extract" if use_cache else None,
            jobs=jobs,
            on_done=progress.advance if progress else None,
            before_extracting=early.start_before_extracting,
            while_extracting=prepare,
        )
        early.start()
        errors = tuple(sorted((*skipped, *loaded.errors), key=lambda e: e.source_file))
        # The briefings live to the end of the build: taken out of the cyclic collector's reach, they are not
        # scanned again and again by the collections that corpus and rendering set off (at 10,000 articles
        # those scans were a large part of both). Given back at the end, for a long-lived process (mkdocs serve).
        gc.freeze()
        try:
            return _render_and_write(
                settings, check, use_cache, progress, digest, previous, loaded, errors, jobs, early.converter
            )
        finally:
            gc.unfreeze()
    finally:
        early.close()


# Fewer seeds to extract than this, and rendering is left to load what it needs on first use (see below).
PREPARE_RENDERING_FROM = 200


def _prepare_rendering(cache_dir: Path | None, to_extract: int) -> None:
    """Import what rendering needs and compile its templates (about 0.4 s of CPU), while forked workers
    extract the seeds: then this process extracts fewer of them, and the time is shared rather than added
    after extraction. Only when many seeds are extracted: a build that extracts a few (a seed added) may
    not need Altair at all (the chart templates are in the cache), and there is little extraction to
    share the time with."""
    if to_extract < PREPARE_RENDERING_FROM:
        return
    import altair  # noqa: F401  (render/charts.py imports it on first use)

    from . import corpus  # noqa: F401
    from .render.environment import environment, use_bytecode_cache

    use_bytecode_cache(cache_dir / "templates" if cache_dir else None)  # as render_site will
    templates = environment()
    for name in templates.list_templates():
        templates.get_template(name)


class _EarlyConverter:
    """vl-convert's process (render/charts.py, `Converter.spawn`), started before the seeds are extracted:
    its first drawing, most of its cost (it starts vl-convert's JavaScript engine), then runs beside this
    process preparing extraction (compiling the rules, which it does alone before forking the workers, so
    a core would idle) or extracting a few seeds, instead of beside the page rendering, which keeps every
    core busy. It then waits for the charts' specs. Without seeds to extract it is started once they are
    loaded, to warm up beside the corpus (made by one process)."""

    def __init__(self) -> None:
        self.converter = None

    def start_before_extracting(self, to_extract: int) -> None:
        self.start()

    def start(self) -> None:
        if self.converter is None:
            from .render.charts import Converter  # here: a build that stops before rendering does not import it

            self.converter = Converter()
            self.converter.spawn()

    def close(self) -> None:
        if self.converter is not None:
            self.converter.close()  # it has its work by now, unless the build failed


def _render_and_write(
    settings, check, use_cache, progress, digest, previous, loaded: LoadedSeeds, errors, jobs, converter
):
    briefings = loaded.briefings
    if progress:
        progress.stage("rendering pages")
    # imported here: a build that stops above does not pay for the renderer's libraries
    from .corpus import build_corpus
    from .render import render_site

    # corpus: across articles. Its objects, like the briefings, live to the end of the build and hold no
    # cycles: made with the cyclic collector paused (its full collections scanned them again and again, a
    # quarter of the time at 10,000 articles), then frozen out of its reach (see build_site).
    collecting = gc.isenabled()
    gc.disable()
    try:
        corpus = build_corpus(briefings)
    finally:
        if collecting:
            gc.enable()
    gc.freeze()

    # render: {path under docs/: bytes}; pages with unchanged inputs are left in docs/
    def render(reuse: PageReuse | None, converter=None) -> dict[str, bytes]:
        return render_site(
            corpus,
            settings.site_title,
            cache_dir=settings.cache_dir if use_cache else None,
            rows_per_page=settings.rows_per_page,
            reuse=reuse,
            code=package_fingerprint(),
            digests=loaded.digests,
            jobs=jobs,
            converter=converter,
        )

    reuse = PageReuse(settings.docs_dir, previous) if use_cache else None
    files = render(reuse, converter)
    # write: only changed files, atomically
    # pages reused from docs/ are known to be unchanged: writing leaves them alone (their text is not in `files`)
    known = frozenset(reuse.reused_paths) if reuse else frozenset()
    if not check:
        settings.docs_dir.mkdir(parents=True, exist_ok=True)
        forget_state(settings.cache_dir)  # until the new state is saved, no build may trust the old one
    try:
        plan = (
            plan_changes(files, settings.docs_dir, known)
            if check
            else write_outputs(files, settings.docs_dir, known=known, jobs=jobs)
        )
    except KnownFilesChanged:  # another build wrote docs/ meanwhile: the reused pages are rendered after all
        reuse = None
        files = render(None)
        plan = plan_changes(files, settings.docs_dir) if check else write_outputs(files, settings.docs_dir, jobs=jobs)
    if check:
        stale = (*plan.written, *plan.removed)
        return BuildReport(corpus.briefings, errors, unchanged=plan.unchanged, stale=stale, count=len(briefings))
    skipped = tuple((error.source_file, error.reason) for error in errors)
    stats = output_stats(settings.docs_dir, files)
    save_state(settings.cache_dir, BuildState(digest, stats, reuse.keys if reuse else {}, len(briefings), skipped))
    return BuildReport(corpus.briefings, errors, plan.written, plan.removed, plan.unchanged, count=len(briefings))
