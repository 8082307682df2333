"""What a person should check: unknown dates, unattributed quotes, dropped text, conflicting figures..."""

from __future__ import annotations

import posixpath
from collections import defaultdict

from . import paths
from .site import Site
from .split import is_split, part_page
from .titles import display_title


def review_items(site: Site, page: str) -> list[dict]:
    """Everything a person should check, grouped by kind, each linking to its place."""
    groups: dict[str, list] = defaultdict(list)
    for briefing in site.corpus.briefings:
        slug = briefing.article.slug
        target = site.briefing_page(slug)
        title = display_title(briefing)
        article = briefing.article
        if article.published is None:
            groups["Publication date unknown or only a year"].append(
                {
                    "title": title,
                    "href": site.href(page, target),
                    "note": "no full publication date in the text",
                    "slug": slug,
                }
            )
        for quote in briefing.quotes:
            if quote.speaker is None:
                groups["Unattributed quotes"].append(
                    {
                        "title": title,
                        "href": site.fact_href(page, slug, quote.span),
                        "note": f"“{quote.text[:80]}”",
                        "slug": slug,
                    }
                )
        if article.dropped:
            groups["Text dropped by cleaning"].append(
                {
                    "title": title,
                    "href": site.href(page, target),
                    "note": f"{len(article.dropped)} line(s) removed as page furniture or a second article",
                    "slug": slug,
                }
            )
        for mention in briefing.dates:
            if mention.value is None:
                groups["Dates that could not be resolved"].append(
                    {
                        "title": title,
                        "href": site.fact_href(page, slug, mention.span),
                        "note": f"“{mention.text}”",
                        "slug": slug,
                    }
                )
        for warning in briefing.warnings:
            if "same page name" in warning:
                groups["Seeds with clashing names"].append(
                    {"title": title, "href": site.href(page, target), "note": warning, "slug": slug}
                )
    for conflict in site.corpus.conflicts:
        groups["Conflicting figures"].append(
            {
                "title": site.title_of(conflict.first.slug),
                "href": site.fact_href(page, conflict.first.slug, conflict.first.span),
                "note": f"{conflict.first.text} vs {conflict.second.text} in “{site.title_of(conflict.second.slug)}”",
                "slug": conflict.first.slug,
            }
        )
    for record in site.corpus.entities:
        if record.kind == "person" and len(record.name.split()) == 1:
            groups["People known by one name only"].append(
                {
                    "title": record.name,
                    "href": site.href(page, paths.entity_path(record.kind, record.key)),
                    "note": "check who this is",
                    "slug": None,
                }
            )
    return [{"label": label, "items": groups[label]} for label in sorted(groups)]


def render_review_pages(site: Site) -> dict[str, str]:
    """review/index.md: what to check; for a large corpus, split by the briefings' publication."""
    index = "review/index.md"
    rows_of: dict[str, int] = defaultdict(int)
    groups = review_items(site, index)
    for group in groups:
        for item in group["items"]:
            if item["slug"] is not None:
                rows_of[item["slug"]] += 1
    parts = site.split_by_briefing(rows_of)
    if not is_split(parts):
        total = sum(len(g["items"]) for g in groups)
        return {
            index: site.render(index, "review.md.j2", heading="Review", up=None, groups=groups, total=total, parts=None)
        }
    pages = {}
    # The items link to briefings and entities, never into review/, so their URLs are the same from every
    # page served at the same depth in the same folder: part pages side by side share one set of items.
    shared: dict[str, dict] = {}
    for number, part in enumerate(parts):
        page = part_page(index, part.key)
        folder = posixpath.dirname(page)
        if folder not in shared:
            shared[folder] = {g["label"]: site.by_part(parts, g["items"], _slug_of) for g in review_items(site, page)}
        by_label = shared[folder]
        part_groups = [{"label": label, "items": items[number]} for label, items in by_label.items()]
        part_groups = [g for g in part_groups if g["items"]]
        pages[page] = site.render(
            page,
            "review.md.j2",
            heading=f"Review: {part.label}",
            up={"label": "Review", "href": site.href(page, index)},
            groups=part_groups,
            total=sum(len(g["items"]) for g in part_groups),
            parts=None,
        )
    unlinked = [
        {"label": g["label"], "items": [i for i in g["items"] if i["slug"] is None][: site.rows_per_page]}
        for g in groups
    ]
    pages[index] = site.render(
        index,
        "review.md.j2",
        heading="Review",
        up=None,
        groups=[g for g in unlinked if g["items"]],
        total=sum(len(g["items"]) for g in groups),
        parts=site.part_links(index, parts),
    )
    return pages


def _slug_of(item: dict) -> str | None:
    return item["slug"]
