"""Stage 4 — Corpus → pages: {path under docs/: bytes}. Writes nothing."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from importlib import resources
from pathlib import Path

from ..model import Corpus
from ..workers import run_shared
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


def _render_tasks(tasks, reuse: PageSource | None, jobs: int, converter: Converter) -> dict[str, bytes]:
    """The files of all `tasks` (in the order of the tasks), rendered here or, with `jobs` > 1, here and
    in `jobs` - 1 forked processes (workers.py).

    This process renders too rather than wait for the workers: each worker comes to hold a private copy
    of most of the corpus (reference counts written as it renders dirty the pages it shares with this
    process), so one worker fewer is that much less memory at the build's peak, for the same speed."""
    from ..state import PageReuse  # not at the top: state imports write, which imports render.paths

    parallel = jobs > 1 and len(tasks) > 1 and (reuse is None or isinstance(reuse, PageReuse))
    if not parallel:
        converter.start()
        return {path: _encoded(data) for task in tasks for path, data in task().items()}
    # The corpus is shared with the workers: the collector touching it would copy it into each. (Frozen
    # objects stay out of the collector's reach until `gc.unfreeze`, which build_site calls at its end.)
    gc.freeze()
    by_task: dict[int, dict[str, bytes]] = {}

    def render(number: int) -> tuple[dict[str, bytes], dict[str, str], set[str]]:
        """A task's files, and the page keys and reused pages it recorded (here or in a worker alike)."""
        if not isinstance(reuse, PageReuse):
            return {path: _encoded(data) for path, data in tasks[number]().items()}, {}, set()
        kept = reuse.keys, reuse.reused, reuse.reused_paths
        reuse.keys, reuse.reused, reuse.reused_paths = {}, 0, set()
        try:
            pages = {path: _encoded(data) for path, data in tasks[number]().items()}
            return pages, reuse.keys, reuse.reused_paths
        finally:
            reuse.keys, reuse.reused, reuse.reused_paths = kept

    def take(number: int, result: tuple[dict[str, bytes], dict[str, str], set[str]]) -> None:
        pages, keys, reused = result
        by_task[number] = pages
        if isinstance(reuse, PageReuse):
            reuse.keys.update(keys)
            reuse.reused += len(reused)
            reuse.reused_paths.update(reused)

    # the converter's thread is started once the workers are forked: they need not inherit it
    run_shared(len(tasks), render, jobs - 1, take, forked=converter.start)
    return {path: data for number in range(len(tasks)) for path, data in by_task[number].items()}


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
