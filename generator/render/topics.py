"""A page per topic: its briefings, dated events, strongest quotes and largest figures."""

from __future__ import annotations

from collections import defaultdict
from functools import cache, partial
from operator import attrgetter, itemgetter

from ..model import Briefing
from . import paths
from .site import Site, part_index
from .split import Part, is_split, part_page

# A topic page lists its briefings and events; of their quotes and figures only the strongest
# (the rest are on the briefing pages and on Quotes and Figures), so topics do not copy the corpus.
TOPIC_KEY_QUOTES = 5
TOPIC_LARGEST_FIGURES = 10


def render_topic_pages(site: Site) -> dict[str, str]:
    pages = {}
    index = "topics/index.md"
    items = []
    events_of: dict[str, list] = defaultdict(list)
    for event in site.corpus.timeline:
        if event.mention.value is None:  # undated: on the briefing page and the review list
            continue
        for topic in event.topics:
            events_of[topic].append(event)
    figures_of: dict[str, list] = defaultdict(list)
    for figure in site.corpus.figures:
        for topic in figure.topics:
            figures_of[topic].append(figure)
    for topic, slugs in site.corpus.topics:
        items.append({"name": topic, "href": site.href(index, paths.topic_path(topic)), "count": len(slugs)})
        pages.update(_topic_pages(site, topic, slugs, events_of[topic], figures_of[topic]))
    pages[index] = site.render(index, "topics_index.md.j2", topics=items, chart=site.charts.embed("topics", index))
    return pages


def _topic_pages(site: Site, topic: str, slugs, events, figures) -> dict[str, str]:
    """A topic's briefings, events, quotes and figures; for a large corpus, split by publication.

    A part page shows nothing but what its briefings hold (titles, dates, and their events, quotes and
    figures of this topic): its inputs are the topic, the part and its briefings' digests."""
    page = paths.topic_path(topic)
    rows_of: dict[str, int] = defaultdict(int)
    for slug in slugs:
        rows_of[slug] += 1
    for event in events:
        rows_of[event.slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    part_of = part_index(parts)
    slugs_in = site.by_part(parts, slugs, lambda slug: slug, part_of)

    @cache
    def shared_out() -> tuple[list[list], list[list]]:  # only when a part is rendered
        return site.by_part(parts, events, _slug_of, part_of), site.by_part(parts, figures, _slug_of, part_of)

    def inputs(part: Part, part_slugs: list[str]) -> tuple:
        return (topic, part.key, part.label, [site.digest(slug) for slug in part_slugs])

    def context(number: int, part: Part, part_path: str) -> dict[str, object]:
        events_in, figures_in = shared_out()
        shown = (slugs_in[number], events_in[number], figures_in[number])
        return _part_context(site, topic, page, part_path, part, *shown)

    pages = {}
    for number, part in enumerate(parts):
        part_path = part_page(page, part.key) if part.key else page
        pages[part_path] = site.render_from(
            part_path,
            "topic.md.j2",
            partial(inputs, part, slugs_in[number]),
            partial(context, number, part, part_path),
        )
    if is_split(parts):
        pages[page] = site.render(
            page,
            "topic.md.j2",
            name=topic,
            heading=topic,
            up=None,
            parts=site.part_links(page, parts),
            articles=[],
            events=[],
            quotes=[],
            figures=[],
            quote_total=0,
            figure_total=0,
        )
    return pages


def _part_context(
    site: Site, topic: str, page: str, part_path: str, part: Part, part_slugs, part_events, part_figures
) -> dict[str, object]:
    briefings = [site.corpus.briefing(slug) for slug in part_slugs]
    return dict(
        name=topic,
        heading=f"{topic}: {part.label}" if part.key else topic,
        up={"label": topic, "href": site.href(part_path, page)} if part.key else None,
        parts=None,
        articles=[
            {
                # display_title(b) and publication_key(b) or "date unknown" of the briefing of that slug
                "title": site.title_of(slug),
                "href": site.href(part_path, site.briefing_page(slug)),
                "when": site.when_of(slug),
            }
            for slug in part_slugs
        ],
        events=[
            {
                "value": e.mention.value,
                "event": e.mention.event,
                "title": site.title_of(e.slug),
                "href": site.fact_href(part_path, e.slug, e.mention.span),
            }
            for e in part_events
        ],
        quotes=[
            {
                "text": q.text,
                "speaker": q.speaker,
                "title": site.title_of(slug),
                "href": site.fact_href(part_path, slug, q.span),
            }
            for slug, q in _key_quotes(briefings, TOPIC_KEY_QUOTES, site.once("topics: ranked quotes", dict))
        ],
        figures=[
            {
                "text": f.text,
                "refers_to": f.refers_to,
                "title": site.title_of(f.slug),
                "href": site.fact_href(part_path, f.slug, f.span),
            }
            for f in _largest_dollar_figures(part_figures, TOPIC_LARGEST_FIGURES)
        ],
        quote_total=sum(len(b.quotes) for b in briefings),
        figure_total=len(part_figures),
    )


_slug_of = attrgetter("slug")  # the briefing of a timeline event or a figure row


def _key_quotes(
    briefings: list[Briefing], limit: int, ranked: dict[str, list] | None = None
) -> list[tuple[str, object]]:
    """The highest-ranked quotes of these briefings (rank from extraction), attributed first.

    With `ranked` (kept for the site: a briefing is in the parts of each of its topics), the quotes of each
    briefing are ranked once, and of those only the first `limit` of each briefing are ranked together: the
    same quotes in the same order as `_plain_key_quotes`, as a quote among the first `limit` of all is among
    the first `limit` of its own briefing, and a stable sort keeps the order of equal keys in both. (Unless
    a score is NaN, which no order holds: then the plain ranking.)"""
    if ranked is None:
        return _plain_key_quotes(briefings, limit)
    candidates = []
    for briefing in briefings:
        slug = briefing.article.slug
        best = ranked.get(slug)
        if best is None:
            best = ranked[slug] = _ranked_quotes(briefing, limit)
        if best is _UNRANKED:
            return _plain_key_quotes(briefings, limit)
        candidates.extend(best)
    candidates.sort(key=_first)
    return [pair for _, pair in candidates[:limit]]


_UNRANKED: list = []  # a briefing with a NaN score
_first = itemgetter(0)


def _ranked_quotes(briefing: Briefing, limit: int) -> list[tuple[tuple, tuple[str, object]]]:
    """The first `limit` quotes of the briefing by `_plain_key_quotes`' key, as (key, (slug, quote))."""
    slug = briefing.article.slug
    keyed = []
    for quote in briefing.quotes:
        if quote.score != quote.score:
            return _UNRANKED
        keyed.append(
            ((quote.speaker is None, -quote.score, (slug, quote.span.paragraph, quote.span.sentence)), (slug, quote))
        )
    keyed.sort(key=_first)
    return keyed[:limit]


def _plain_key_quotes(briefings: list[Briefing], limit: int) -> list[tuple[str, object]]:
    quotes = [(b.article.slug, q) for b in briefings for q in b.quotes]
    quotes.sort(key=lambda sq: (sq[1].speaker is None, -sq[1].score, _quote_position(sq)))
    return quotes[:limit]


def _quote_position(slug_quote: tuple) -> tuple:
    slug, quote = slug_quote
    return (slug, quote.span.paragraph, quote.span.sentence)


def _largest_dollar_figures(figures: list, limit: int) -> list:
    dollars = [f for f in figures if f.kind == "money" and f.usd is not None]
    return sorted(dollars, key=lambda f: (-f.usd, f.slug, f.span.paragraph, f.span.sentence))[:limit]
