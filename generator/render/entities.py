"""A page per person and organisation, and the index of them all (split by initial when long)."""

from __future__ import annotations

from collections import defaultdict

from . import paths
from .site import Site
from .split import Part, by_initial, is_split, part_page, split_listing


def render_entity_pages(site: Site) -> dict[str, str]:
    pages = {}
    records = {r.key: r for r in site.corpus.entities}
    for record in site.corpus.entities:
        pages.update(_entity_pages(site, record, records))
    pages.update(_entities_index_pages(site))
    return pages


def _entity_pages(site: Site, record, records) -> dict[str, str]:
    """A person's or organisation's page; with many mentions, an overview and part pages."""
    page = paths.entity_path(record.kind, record.key)
    rows_of: dict[str, int] = defaultdict(int)
    for slug in record.articles:
        rows_of[slug] += 1
    for role in record.roles:
        rows_of[role.slug] += 1
    for slug, _ in record.quotes:
        rows_of[slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    kind_label = "Person" if record.kind == "person" else "Organisation"
    together = [
        {"name": records[key].name, "count": count, "href": site.href(page, paths.entity_path(records[key].kind, key))}
        for key, count in record.co_mentions
        if key in records
    ]
    pages = {}
    for part in parts:
        part_path = part_page(page, part.key) if part.key else page
        slugs = set(part.items)
        pages[part_path] = site.render(
            part_path,
            "entity.md.j2",
            record=record,
            heading=f"{record.name}: {part.label}" if part.key else record.name,
            up={"label": record.name, "href": site.href(part_path, page)} if part.key else None,
            kind_label=kind_label,
            roles=[
                {
                    "role": r.role,
                    "title": site.title_of(r.slug),
                    "href": site.href(part_path, site.briefing_page(r.slug)),
                    "when": site.when_of(r.slug),
                }
                for r in record.roles
                if r.slug in slugs
            ],
            quotes=[
                {
                    "text": q.text,
                    "title": site.title_of(slug),
                    "when": site.when_of(slug),
                    "href": site.fact_href(part_path, slug, q.span),
                }
                for slug, q in record.quotes
                if slug in slugs
            ],
            articles=[
                {
                    "title": site.title_of(s),
                    "href": site.href(part_path, site.briefing_page(s)),
                    "when": site.when_of(s),
                }
                for s in record.articles
                if s in slugs
            ],
            parts=None,
            together=[] if part.key else together,
        )
    if is_split(parts):
        pages[page] = site.render(
            page,
            "entity.md.j2",
            record=record,
            heading=record.name,
            up=None,
            kind_label=kind_label,
            roles=[],
            quotes=[],
            articles=[],
            parts=site.part_links(page, parts),
            together=together,
        )
    return pages


def _entities_index_pages(site: Site) -> dict[str, str]:
    """entities/index.md: people and organisations; long lists go to pages by initial."""
    index = "entities/index.md"
    pages = {}
    groups = []
    for kind, label, folder in (("person", "People", "people"), ("organization", "Organisations", "organizations")):
        records = [r for r in site.corpus.entities if r.kind == kind]
        parts = split_listing(records, lambda _: 1, by_initial(lambda r: r.name), site.rows_per_page)
        if not is_split(parts):
            groups.append({"label": label, "items": _entity_rows(site, index, records), "parts": None})
            continue
        links = []
        for part in parts:
            part_path = f"entities/{folder}-{part.key}.md"
            links.append({"label": part.label, "href": site.href(index, part_path), "count": part.rows})
            pages[part_path] = site.render(
                part_path,
                "entities_index.md.j2",
                heading=f"{label}: {part.label}",
                up={"label": "People and organisations", "href": site.href(part_path, index)},
                groups=[
                    {
                        "label": f"{label}: {part.label}",
                        "items": _entity_rows(site, part_path, part.items),
                        "parts": None,
                    }
                ],
            )
        groups.append({"label": label, "items": [], "parts": links})
    pages[index] = site.render(
        index, "entities_index.md.j2", heading="People and organisations", up=None, groups=groups
    )
    return pages


def _entity_rows(site: Site, page: str, records) -> list[dict]:
    return [
        {
            "name": record.name,
            "href": site.href(page, paths.entity_path(record.kind, record.key)),
            "articles": len(record.articles),
            "quotes": len(record.quotes),
            "aliases": ", ".join(record.aliases) or "–",
        }
        for record in records
    ]
