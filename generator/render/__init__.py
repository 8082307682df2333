"""Stage 4 — Corpus → pages: {path under docs/: bytes}. Writes nothing."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import vl_convert

from ..model import Corpus
from . import paths
from .charts import Converter, build_charts
from .environment import use_bytecode_cache
from .exports import render_exports, render_feed
from .pages import (
    PageSource,
    Site,
    recently_added,
    render_briefing,
    render_briefings_pages,
    render_entity_pages,
    render_figures_pages,
    render_home_partial,
    render_new_page,
    render_quotes_pages,
    render_review_pages,
    render_timeline_pages,
    render_topic_pages,
)
from .split import ROWS_PER_PAGE


def render_site(
    corpus: Corpus,
    site_title: str,
    cache_dir: Path | None = None,
    rows_per_page: int = ROWS_PER_PAGE,
    reuse: PageSource | None = None,
    code: str = "",
) -> dict[str, bytes]:
    """Every generated file. With `reuse`, a page whose inputs are unchanged (see `Site.render`; `code`
    is a fingerprint of the renderer) is taken from `reuse` instead of being rendered again.

    vl-convert's work (chart SVGs and the script bundle not in the cache) is done by another process
    while this one renders the pages."""
    use_bytecode_cache(cache_dir / "templates" if cache_dir else None)
    converter = Converter()
    bundle = _cached_bundle(cache_dir)
    if bundle is None:
        converter.bundle()
    charts = build_charts(corpus, cache_dir, code, converter)
    converter.start()
    site = Site(corpus, charts, site_title, rows_per_page, reuse, code)
    pages: dict[str, str] = {}
    for briefing in corpus.briefings:
        pages[site.briefing_page(briefing.article.slug)] = render_briefing(site, briefing)
    pages.update(render_briefings_pages(site))
    pages.update(render_timeline_pages(site))
    pages.update(render_quotes_pages(site))
    pages.update(render_entity_pages(site))
    pages.update(render_figures_pages(site))
    pages.update(render_topic_pages(site))
    pages.update(render_review_pages(site))
    pages["new/index.md"] = render_new_page(site)
    pages[paths.HOME_PARTIAL] = render_home_partial(site)

    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files["new/feed.xml"] = render_feed(corpus, recently_added(site), site_title)
    files.update(render_exports(corpus))
    files.update(charts.files())
    files.update(static_assets(cache_dir, bundle if bundle is not None else _bundle_from(converter, cache_dir)))
    return files


def static_assets(cache_dir: Path | None = None, bundle: bytes | None = None) -> dict[str, bytes]:
    """The chart script, style sheet and the Vega/Vega-Lite/vega-embed bundle from vl-convert."""
    package = resources.files("generator.render") / "assets"
    return {
        f"{paths.ASSETS}/charts.js": (package / "charts.js").read_bytes(),
        f"{paths.ASSETS}/briefing.css": (package / "briefing.css").read_bytes(),
        f"{paths.ASSETS}/search.js": (package / "search.js").read_bytes(),
        f"{paths.ASSETS}/vega.js": bundle if bundle is not None else vega_bundle(cache_dir),
    }


def vega_bundle(cache_dir: Path | None = None) -> bytes:
    """vl-convert's bundle of vega, vega-lite and vega-embed, matching the specs Altair writes.

    Building it takes seconds, so it is cached by vl-convert's version."""
    bundle = _cached_bundle(cache_dir)
    if bundle is None:
        converter = Converter()
        converter.bundle()
        bundle = _bundle_from(converter, cache_dir)
    return bundle


def _bundle_path(cache_dir: Path) -> Path:
    return cache_dir / f"vega-{vl_convert.__version__}.js"


def _cached_bundle(cache_dir: Path | None) -> bytes | None:
    if cache_dir is None:
        return None
    try:
        return _bundle_path(cache_dir).read_bytes()
    except OSError:
        return None


def _bundle_from(converter: Converter, cache_dir: Path | None) -> bytes:
    bundle = converter.javascript_bundle()
    if cache_dir is not None:
        cached = _bundle_path(cache_dir)
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(".tmp")
        temporary.write_bytes(bundle)
        temporary.replace(cached)
    return bundle
