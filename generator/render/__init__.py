"""Stage 4 — Corpus → pages: {path under docs/: bytes}. Writes nothing."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable
from functools import partial
from importlib import resources
from pathlib import Path

from ..model import Corpus
from . import paths, vega_bundle
from .charts import Converter, build_charts
from .entities import render_entity_pages
from .environment import use_bytecode_cache
from .exports import render_exports, render_feed
from .figures import render_figures_pages
from .pages import recently_added, render_briefing, render_briefings_pages, render_home_partial, render_new_page
from .quotes import render_quotes_pages
from .review import render_review_pages
from .site import PageSource, Site
from .split import ROWS_PER_PAGE
from .timeline import render_timeline_pages
from .topics import render_topic_pages


def render_site(
    corpus: Corpus,
    site_title: str,
    cache_dir: Path | None = None,
    rows_per_page: int = ROWS_PER_PAGE,
    reuse: PageSource | None = None,
    code: str = "",
    digests: dict[str, str] | None = None,
    jobs: int = 1,
    converter: Converter | None = None,
) -> dict[str, bytes]:
    """Every generated file. With `reuse`, a page whose inputs are unchanged (see `Site.render`; `code`
    is a fingerprint of the renderer, `digests` one of each briefing by slug, from seeds.load_seeds) is
    taken from `reuse` instead of being rendered again.

    vl-convert's work (chart SVGs not in the cache; the script bundle when this machine keeps none yet,
    see vega_bundle.py) is done by another process while this one renders the pages (`converter`: one
    made earlier, its process spawned already); with `jobs` > 1 the pages are rendered by that many
    processes."""
    use_bytecode_cache(cache_dir / "templates" if cache_dir else None)
    converter = converter or Converter()
    bundle = vega_bundle.stored_bundle()
    if bundle is None:
        converter.bundle()
    charts = build_charts(corpus, cache_dir, code, converter)
    site = Site(corpus, charts, site_title, rows_per_page, reuse, code, digests or {})
    files = _render_tasks(_tasks(site, jobs), reuse, jobs, converter)
    files["new/feed.xml"] = render_feed(corpus, recently_added(site), site_title)
    files.update(charts.files())
    files.update(static_assets(bundle if bundle is not None else _bundle_from(converter)))
    return files


def _tasks(site: Site, jobs: int) -> list[Callable[[], dict[str, str | bytes]]]:
    """The pages and exports in pieces of work, the longest first (for several processes to share)."""
    briefings = site.corpus.briefings
    size = max(1, -(-len(briefings) // (4 * jobs)))
    return [
        partial(render_topic_pages, site),
        partial(render_entity_pages, site),
        partial(render_figures_pages, site),
        partial(render_timeline_pages, site),
        partial(render_exports, site.corpus),
        partial(render_briefings_pages, site),
        partial(render_quotes_pages, site),
        partial(render_review_pages, site),
        partial(_small_pages, site),
        *(partial(_briefing_pages, site, briefings[start : start + size]) for start in range(0, len(briefings), size)),
    ]


def _briefing_pages(site: Site, briefings) -> dict[str, str]:
    return {site.briefing_page(briefing.article.slug): render_briefing(site, briefing) for briefing in briefings}


def _small_pages(site: Site) -> dict[str, str]:
    return {"new/index.md": render_new_page(site), paths.HOME_PARTIAL: render_home_partial(site)}


# The work of a parallel rendering: set before the worker processes are forked, so they inherit it,
# with the shared number of the next task not yet taken (by a worker or by this process).
_WORK: tuple[list[Callable[[], dict[str, str | bytes]]], PageSource | None] | None = None
_NEXT_TASK = None


def _render_tasks(tasks, reuse: PageSource | None, jobs: int, converter: Converter) -> dict[str, bytes]:
    """The files of all `tasks` (in the order of the tasks), rendered here or, with `jobs` > 1, here and
    in `jobs` - 1 forked processes.

    This process renders too rather than wait for the workers: each worker comes to hold a private copy
    of most of the corpus (reference counts written as it renders dirty the pages it shares with this
    process), so one worker fewer is that much less memory at the build's peak, for the same speed."""
    from ..state import PageReuse  # not at the top: state imports write, which imports render.paths

    global _WORK, _NEXT_TASK
    parallel = (
        jobs > 1
        and len(tasks) > 1
        and (reuse is None or isinstance(reuse, PageReuse))
        and "fork" in multiprocessing.get_all_start_methods()
    )
    if not parallel:
        converter.start()
        return {path: _encoded(data) for task in tasks for path, data in task().items()}
    context = multiprocessing.get_context("fork")
    _WORK, _NEXT_TASK = (tasks, reuse), context.Value("i", 0)
    # The corpus is shared with the workers: the collector touching it would copy it into each. (Frozen
    # objects stay out of the collector's reach until `gc.unfreeze`, which build_site calls at its end.)
    gc.freeze()
    by_task: dict[int, dict[str, bytes]] = {}
    try:
        with context.Pool(processes=jobs - 1) as pool:
            converter.start()  # after forking: the workers do not inherit its thread
            # as many calls as tasks: each takes the next task left, if any (this process takes some)
            from_workers = pool.imap_unordered(_run_next_task, range(len(tasks)))
            while (number := _take_task(len(tasks))) is not None:
                by_task[number] = {path: _encoded(data) for path, data in tasks[number]().items()}
            for result in from_workers:
                if result is None:
                    continue
                number, pages, keys, reused = result
                by_task[number] = pages
                if isinstance(reuse, PageReuse):
                    reuse.keys.update(keys)
                    reuse.reused += len(reused)
                    reuse.reused_paths.update(reused)
    finally:
        _WORK = _NEXT_TASK = None
    return {path: data for number in range(len(tasks)) for path, data in by_task[number].items()}


def _take_task(count: int) -> int | None:
    """The number of the next task nobody has taken (and take it), or None when all are taken."""
    assert _NEXT_TASK is not None, "no parallel rendering under way"
    with _NEXT_TASK.get_lock():
        number = _NEXT_TASK.value
        if number >= count:
            return None
        _NEXT_TASK.value = number + 1
    return number


def _run_next_task(_call: int) -> tuple[int, dict[str, bytes], dict[str, str], set[str]] | None:
    """In a worker: the next task left (its number, files, and the page keys and reused pages it
    recorded), or None when all are taken."""
    from ..state import PageReuse

    assert _WORK is not None, "worker started without work"
    tasks, reuse = _WORK
    number = _take_task(len(tasks))
    if number is None:
        return None
    if isinstance(reuse, PageReuse):
        reuse.keys, reuse.reused_paths = {}, set()
    pages = {path: _encoded(data) for path, data in tasks[number]().items()}
    if isinstance(reuse, PageReuse):
        return number, pages, reuse.keys, reuse.reused_paths
    return number, pages, {}, set()


def _encoded(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


def static_assets(bundle: bytes | None = None) -> dict[str, bytes]:
    """The chart script, style sheet and the Vega/Vega-Lite/vega-embed bundle (vega_bundle.py)."""
    package = resources.files("generator.render") / "assets"
    return {
        f"{paths.ASSETS}/charts.js": (package / "charts.js").read_bytes(),
        f"{paths.ASSETS}/briefing.css": (package / "briefing.css").read_bytes(),
        f"{paths.ASSETS}/search.js": (package / "search.js").read_bytes(),
        f"{paths.ASSETS}/vega.js": bundle if bundle is not None else javascript_bundle(),
    }


def javascript_bundle() -> bytes:
    """vl-convert's bundle of vega, vega-lite and vega-embed, matching the specs Altair writes: the one
    kept for this vl-convert version, or made now (and kept)."""
    bundle = vega_bundle.stored_bundle()
    if bundle is None:
        converter = Converter()
        converter.bundle()
        bundle = _bundle_from(converter)
    return bundle


def _bundle_from(converter: Converter) -> bytes:
    bundle = converter.javascript_bundle()
    vega_bundle.keep(bundle)
    return bundle
