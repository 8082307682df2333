"""Figures: every money and percentage figure with the disagreements between briefings."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from operator import attrgetter

from .site import Site, format_amount
from .split import Part, is_split, part_page


def render_figures_pages(site: Site) -> dict[str, str]:
    """figures/index.md: every figure; for a large corpus, the chart, disagreements and part pages."""
    index = "figures/index.md"
    figures = site.corpus.figures
    rows_of: dict[str, int] = defaultdict(int)
    for figure in figures:
        rows_of[figure.slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    split = is_split(parts)
    if not split:
        context = _context(site, index, heading="Figures", up=None, figures=figures, conflicts=site.corpus.conflicts)
        return {index: site.render(index, "figures.md.j2", **context)}

    def part_inputs(part: Part) -> tuple:
        return (part.key, part.label, [site.digest(slug) for slug in part.items])

    def part_context(part: Part, page: str, chosen: list) -> dict[str, object]:
        up = {"label": "Figures", "href": site.href(page, index)}
        return _context(site, page, heading=f"Figures: {part.label}", up=up, figures=chosen, conflicts=())

    # A part page lists the figures of its briefings, nothing else: its inputs are their digests.
    pages = {}
    for part, chosen in zip(parts, site.by_part(parts, figures, attrgetter("slug")), strict=True):
        page = part_page(index, part.key)
        pages[page] = site.render_from(
            page,
            "figures.md.j2",
            partial(part_inputs, part),
            partial(part_context, part, page, chosen),
        )
    conflicts = site.corpus.conflicts
    context = _context(site, index, heading="Figures", up=None, figures=[], conflicts=conflicts, parts=parts)
    pages[index] = site.render(index, "figures.md.j2", **context)
    return pages


def _context(site: Site, page: str, *, heading: str, up, figures, conflicts, parts=None) -> dict[str, object]:
    def row(figure) -> dict:
        return {
            "text": figure.text,
            # the unit with the number, as on a briefing page: one column fewer on a wide table
            "amount": f"{format_amount(figure.value)} {figure.currency if figure.kind == 'money' else '%'}",
            "usd": format_amount(figure.usd),
            "refers_to": figure.refers_to,
            "period": figure.period or "–",
            "title": site.title_of(figure.slug),
            "href": site.fact_href(page, figure.slug, figure.span),
        }

    shown = conflicts[: site.rows_per_page]
    return dict(
        heading=heading,
        up=up,
        money=[row(f) for f in figures if f.kind == "money"],
        percentages=[row(f) for f in figures if f.kind == "percentage"],
        conflicts=[{"first": row(c.first), "second": row(c.second), "reason": c.reason} for c in shown],
        conflicts_total=len(conflicts),
        review_href=site.href(page, "review/index.md"),
        chart=site.charts.embed("figures", page) if up is None else None,
        parts=site.part_links(page, parts) if parts else None,
    )
