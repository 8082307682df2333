"""A page per person and organisation, and the index of them all (split by initial when long)."""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from ..model import EntityRecord
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


def _entity_pages(site: Site, record: EntityRecord, records: dict[str, EntityRecord]) -> dict[str, str]:
    """A person's or organisation's page; with many mentions, an overview and part pages.

    Their inputs: what the record says (name, aliases, roles, quotes, briefings, who appears with it),
    and of each briefing in a part what a link to it shows (`Site.link_info`)."""
    page = paths.entity_path(record.kind, record.key)
    rows_of: dict[str, int] = defaultdict(int)
    for slug in record.articles:
        rows_of[slug] += 1
    for role in record.roles:
        rows_of[role.slug] += 1
    for slug, _ in record.quotes:
        rows_of[slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    header = (record.name, record.kind, len(record.articles), record.aliases)
    together = [(records[k].name, records[k].kind, k, count) for k, count in record.co_mentions if k in records]

    def part_inputs(part: Part) -> tuple:
        slugs = set(part.items)
        return (
            "part",
            header,
            part.key,
            part.label,
            [(r.role, r.slug) for r in record.roles if r.slug in slugs],
            [(slug, q.text, q.span.paragraph, q.span.sentence) for slug, q in record.quotes if slug in slugs],
            [s for s in record.articles if s in slugs],
            [site.link_info(s) for s in part.items],
            None if part.key else together,
        )

    pages = {}
    for part in parts:
        part_path = part_page(page, part.key) if part.key else page
        pages[part_path] = site.render_from(
            part_path,
            "entity.md.j2",
            partial(part_inputs, part),
            partial(_part_context, site, record, page, part_path, part, together),
        )
    if is_split(parts):
        pages[page] = site.render_from(
            page,
            "entity.md.j2",
            lambda: ("overview", header, [(p.key, p.label, p.rows) for p in parts], together),
            lambda: _context(
                site, record, page, heading=record.name, parts=site.part_links(page, parts), together=together
            ),
        )
    return pages


def _part_context(
    site: Site, record: EntityRecord, page: str, part_path: str, part: Part, together: list[tuple]
) -> dict[str, object]:
    slugs = set(part.items)
    return _context(
        site,
        record,
        part_path,
        heading=f"{record.name}: {part.label}" if part.key else record.name,
        up={"label": record.name, "href": site.href(part_path, page)} if part.key else None,
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
        together=[] if part.key else together,
    )


def _context(
    site: Site,
    record: EntityRecord,
    page: str,
    *,
    heading: str,
    up: dict | None = None,
    roles: list | None = None,
    quotes: list | None = None,
    articles: list | None = None,
    parts: list | None = None,
    together: list[tuple],
) -> dict[str, object]:
    """The context of an entity page; `together` as (name, kind, key, briefings shared)."""
    return dict(
        record=record,
        heading=heading,
        up=up,
        kind_label="Person" if record.kind == "person" else "Organisation",
        roles=roles or [],
        quotes=quotes or [],
        articles=articles or [],
        parts=parts,
        together=[
            {"name": name, "count": count, "href": site.href(page, paths.entity_path(kind, key))}
            for name, kind, key, count in together
        ],
    )


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
