"""Stage 4 — Corpus → pages: {path under docs/: bytes}. Writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Protocol

import vl_convert

from ..model import Corpus
from . import paths
from .charts import build_charts
from .exports import render_exports, render_feed
from .pages import (
    Site,
    briefing_links,
    briefing_page_key,
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


class PageSource(Protocol):
    """Where briefing pages come from when a build may reuse the last one's (`state.PageReuse`)."""

    def page(self, path: str, key: str, render: Callable[[], str]) -> bytes: ...


def render_site(
    corpus: Corpus,
    site_title: str,
    cache_dir: Path | None = None,
    rows_per_page: int = ROWS_PER_PAGE,
    reuse: PageSource | None = None,
    code: str = "",
) -> dict[str, bytes]:
    """Every generated file. With `reuse`, a briefing page whose key (its briefing, its links and
    `code`, a fingerprint of the renderer) is unchanged comes from `reuse` instead of being rendered."""
    charts = build_charts(corpus, cache_dir)
    site = Site(corpus=corpus, charts=charts, site_title=site_title, rows_per_page=rows_per_page)
    files: dict[str, bytes] = {}
    for briefing in corpus.briefings:
        path = site.briefing_page(briefing.article.slug)
        links = briefing_links(site, briefing)
        if reuse is None:
            files[path] = render_briefing(site, briefing, links).encode("utf-8")
        else:
            key = briefing_page_key(site, briefing, links, code)
            files[path] = reuse.page(path, key, lambda b=briefing, ln=links: render_briefing(site, b, ln))
    pages: dict[str, str] = {}
    pages.update(render_briefings_pages(site))
    pages.update(render_timeline_pages(site))
    pages.update(render_quotes_pages(site))
    pages.update(render_entity_pages(site))
    pages.update(render_figures_pages(site))
    pages.update(render_topic_pages(site))
    pages.update(render_review_pages(site))
    pages["new/index.md"] = render_new_page(site)
    pages[paths.HOME_PARTIAL] = render_home_partial(site)

    files.update((path, text.encode("utf-8")) for path, text in pages.items())
    files["new/feed.xml"] = render_feed(corpus, recently_added(site), site_title)
    files.update(render_exports(corpus))
    files.update(charts.files())
    files.update(static_assets(cache_dir))
    return files


def static_assets(cache_dir: Path | None = None) -> dict[str, bytes]:
    """The chart script, style sheet and the Vega/Vega-Lite/vega-embed bundle from vl-convert."""
    package = resources.files("generator.render") / "assets"
    return {
        f"{paths.ASSETS}/charts.js": (package / "charts.js").read_bytes(),
        f"{paths.ASSETS}/briefing.css": (package / "briefing.css").read_bytes(),
        f"{paths.ASSETS}/search.js": (package / "search.js").read_bytes(),
        f"{paths.ASSETS}/vega.js": vega_bundle(cache_dir),
    }


def vega_bundle(cache_dir: Path | None = None) -> bytes:
    """vl-convert's bundle of vega, vega-lite and vega-embed, matching the specs Altair writes.

    Building it takes seconds, so it is cached by vl-convert's version."""
    cached = cache_dir / f"vega-{vl_convert.__version__}.js" if cache_dir else None
    if cached is not None and cached.exists():
        return cached.read_bytes()
    bundle = vl_convert.javascript_bundle().encode("utf-8")
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(".tmp")
        temporary.write_bytes(bundle)
        temporary.replace(cached)
    return bundle
