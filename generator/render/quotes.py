"""Quotes by speaker: one page, or for a large corpus a speaker table and part pages by publication."""

from __future__ import annotations

from functools import partial
from operator import itemgetter

from . import paths
from .site import Site, part_index
from .split import Part, is_split, part_page


def render_quotes_pages(site: Site) -> dict[str, str]:
    """quotes/index.md: quotes by speaker; for a large corpus, a speaker table and part pages."""
    index = "quotes/index.md"
    rows_of = {b.article.slug: len(b.quotes) for b in site.corpus.briefings}
    parts = site.split_by_briefing(rows_of)
    if not parts:
        parts = [Part("", "", (), 0)]
    speakers_with_quotes = [r for r in site.corpus.entities if r.quotes]
    pages = {}
    part_of = part_index(parts)
    unattributed_in = site.by_part(
        parts,
        [(b.article.slug, q) for b in site.corpus.briefings for q in b.quotes if q.speaker is None],
        _first,
        part_of,
    )
    # per part: (record, its quotes in that part), in the order of the records
    speakers_in: list[list] = [[] for _ in parts]
    for record in speakers_with_quotes:
        quotes_in: dict[int, list] = {}
        for pair in record.quotes:
            number = part_of.get(pair[0])
            if number is not None:
                quotes_in.setdefault(number, []).append(pair)
        for number, quotes in quotes_in.items():
            speakers_in[number].append((record, quotes))
    for part, unattributed, speakers in zip(parts, unattributed_in, speakers_in, strict=True):
        page = part_page(index, part.key) if part.key else index
        pages[page] = site.render_from(
            page,
            "quotes.md.j2",
            partial(_part_inputs, site, page, part, unattributed, speakers),
            partial(_part_context, site, page, part, unattributed, speakers),
        )
    if is_split(parts):
        speakers = sorted(speakers_with_quotes, key=lambda r: (-len(r.quotes), r.name.lower()))
        pages[index] = site.render(
            index,
            "quotes.md.j2",
            heading="Quotes by speaker",
            up=None,
            total=sum(rows_of.values()),
            speaker_count=len(speakers),
            unattributed_count=sum(1 for b in site.corpus.briefings for q in b.quotes if q.speaker is None),
            chart=site.charts.embed("quotes", index),
            table=[
                {
                    "name": r.name,
                    "role": r.roles[0].role if r.roles else "–",
                    "count": len(r.quotes),
                    "href": site.href(index, paths.entity_path(r.kind, r.key)),
                }
                for r in speakers[: site.rows_per_page]
            ],
            parts=site.part_links(index, parts),
            speakers=[],
            unattributed=[],
        )
    return pages


_first = itemgetter(0)  # the slug of a (slug, quote) pair


def _part_inputs(site: Site, page: str, part: Part, unattributed_quotes: list, records_quotes: list) -> tuple:
    """What a quotes page shows: its quotes, their speakers' names, roles and pages, and of each briefing
    what a link to it shows."""

    def quotes(pairs) -> list[tuple]:
        return [(slug, q.text, q.span.paragraph, q.span.sentence) for slug, q in pairs]

    return (
        part.key,
        part.label,
        quotes(unattributed_quotes),
        [(r.name, r.roles[0].role if r.roles else None, r.kind, r.key, quotes(pairs)) for r, pairs in records_quotes],
        [site.link_info(slug) for slug in part.items],
        None if part.key else site.charts.embed("quotes", page),
    )


def _part_context(
    site: Site, page: str, part: Part, unattributed_quotes: list, records_quotes: list
) -> dict[str, object]:
    """One quotes page: `unattributed_quotes` as (slug, quote), `records_quotes` as (record, [(slug, quote)])."""
    unattributed = [
        {
            "text": quote.text,
            "title": site.title_of(slug),
            "href": site.fact_href(page, slug, quote.span),
        }
        for slug, quote in unattributed_quotes
    ]
    speakers = []
    for record, quotes in records_quotes:
        speakers.append(
            {
                "name": record.name,
                "role": record.roles[0].role if record.roles else None,
                "href": site.href(page, paths.entity_path(record.kind, record.key)),
                "quotes": [
                    {
                        "text": q.text,
                        "title": site.title_of(slug),
                        "when": site.when_of(slug),
                        "href": site.fact_href(page, slug, q.span),
                    }
                    for slug, q in quotes
                ],
            }
        )
    speakers.sort(key=lambda s: (-len(s["quotes"]), s["name"].lower()))
    return dict(
        heading=f"Quotes: {part.label}" if part.key else "Quotes by speaker",
        up={"label": "Quotes by speaker", "href": site.href(page, "quotes/index.md")} if part.key else None,
        total=sum(len(s["quotes"]) for s in speakers) + len(unattributed),
        speaker_count=len(speakers),
        unattributed_count=len(unattributed),
        chart=None if part.key else site.charts.embed("quotes", page),
        table=[],
        parts=None,
        speakers=speakers,
        unattributed=unattributed,
    )
