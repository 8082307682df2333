"""What a person should check: unknown dates, unattributed quotes, dropped text, conflicting figures..."""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import NamedTuple

from . import paths
from .site import Site
from .split import Part, is_split, part_page
from .titles import display_title

INDEX = "review/index.md"


class Item(NamedTuple):
    """One thing to check, and where: `target` (a page under docs/) at `anchor`."""

    title: str
    target: str
    anchor: str | None
    note: str
    slug: str | None  # the briefing it belongs to; None for an entity


Groups = list[tuple[str, list[Item]]]  # (label, items), by label


def review_groups(site: Site) -> Groups:
    """Everything a person should check, grouped by kind (links are made per page: `_linked`)."""
    return site.once("review groups", lambda: _gather(site))


def _gather(site: Site) -> Groups:
    groups: dict[str, list[Item]] = defaultdict(list)
    for briefing in site.corpus.briefings:
        slug = briefing.article.slug
        target = site.briefing_page(slug)
        title = display_title(briefing)
        article = briefing.article
        if article.published is None:
            groups["Publication date unknown or only a year"].append(
                Item(title, target, None, "no full publication date in the text", slug)
            )
        for quote in briefing.quotes:
            if quote.speaker is None:
                groups["Unattributed quotes"].append(
                    Item(title, target, quote.span.anchor, f"“{quote.text[:80]}”", slug)
                )
        if article.dropped:
            note = f"{len(article.dropped)} line(s) removed as page furniture or a second article"
            groups["Text dropped by cleaning"].append(Item(title, target, None, note, slug))
        for mention in briefing.dates:
            if mention.value is None:
                groups["Dates that could not be resolved"].append(
                    Item(title, target, mention.span.anchor, f"“{mention.text}”", slug)
                )
        for warning in briefing.warnings:
            if "same page name" in warning:
                groups["Seeds with clashing names"].append(Item(title, target, None, warning, slug))
    for conflict in site.corpus.conflicts:
        first, second = conflict.first, conflict.second
        groups["Conflicting figures"].append(
            Item(
                site.title_of(first.slug),
                site.briefing_page(first.slug),
                first.span.anchor,
                f"{first.text} vs {second.text} in “{site.title_of(second.slug)}”",
                first.slug,
            )
        )
    for record in site.corpus.entities:
        if record.kind == "person" and len(record.name.split()) == 1:
            groups["People known by one name only"].append(
                Item(record.name, paths.entity_path(record.kind, record.key), None, "check who this is", None)
            )
    return [(label, groups[label]) for label in sorted(groups)]


def review_total(site: Site) -> int:
    return sum(len(items) for _, items in review_groups(site))


def render_review_pages(site: Site) -> dict[str, str]:
    """review/index.md: what to check; for a large corpus, split by the briefings' publication.

    A part page shows its items, nothing else: they are its inputs (its links are worked out from them)."""
    groups = review_groups(site)
    total = sum(len(items) for _, items in groups)
    rows_of: dict[str, int] = defaultdict(int)
    for _, items in groups:
        for item in items:
            if item.slug is not None:
                rows_of[item.slug] += 1
    parts = site.split_by_briefing(rows_of)
    if not is_split(parts):
        linked = _linked(site, INDEX, groups)
        return {
            INDEX: site.render(INDEX, "review.md.j2", heading="Review", up=None, groups=linked, total=total, parts=None)
        }
    shared_out = [(label, site.by_part(parts, items, _slug_of)) for label, items in groups]

    def inputs(part: Part, part_groups: Groups) -> tuple:
        return (part.key, part.label, part_groups)

    def context(part: Part, page: str, part_groups: Groups) -> dict[str, object]:
        return dict(
            heading=f"Review: {part.label}",
            up={"label": "Review", "href": site.href(page, INDEX)},
            groups=_linked(site, page, part_groups),
            total=sum(len(items) for _, items in part_groups),
            parts=None,
        )

    pages = {}
    for number, part in enumerate(parts):
        page = part_page(INDEX, part.key)
        part_groups = [(label, items[number]) for label, items in shared_out if items[number]]
        pages[page] = site.render_from(
            page,
            "review.md.j2",
            partial(inputs, part, part_groups),
            partial(context, part, page, part_groups),
        )
    unlinked = [(label, [i for i in items if i.slug is None][: site.rows_per_page]) for label, items in groups]
    pages[INDEX] = site.render(
        INDEX,
        "review.md.j2",
        heading="Review",
        up=None,
        groups=_linked(site, INDEX, [(label, items) for label, items in unlinked if items]),
        total=total,
        parts=site.part_links(INDEX, parts),
    )
    return pages


def _linked(site: Site, page: str, groups: Groups) -> list[dict]:
    """The groups as the template shows them on `page`: one line per briefing and kind, its title linked to
    its page and each thing to check in it (a date, a quote) linked to its sentence."""
    linked = []
    for label, items in groups:
        lines: list[dict] = []
        for item in items:
            mention = {"text": item.note, "href": site.href(page, item.target, item.anchor) if item.anchor else None}
            last = lines[-1] if lines else None
            if (
                last
                and last["slug"] is not None
                and last["slug"] == item.slug
                and item.anchor
                and last["mentions"][0]["href"]
            ):
                last["mentions"].append(mention)
                continue
            lines.append(
                {"title": item.title, "href": site.href(page, item.target), "slug": item.slug, "mentions": [mention]}
            )
        linked.append({"label": label, "items": lines})
    return linked


def _slug_of(item: Item) -> str | None:
    return item.slug
