"""The timeline: an index of years, and one page per year (split by month when long) plus undated events."""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from . import paths
from .site import Site
from .split import Part, by_period, is_split, part_page, split_listing


def _event_inputs(site: Site, events) -> list[tuple]:
    """What `_event_rows` shows of each event, without the links worked out."""
    return [
        (
            e.mention.value,
            e.mention.precision,
            e.mention.event,
            e.mention.text,
            e.mention.span.paragraph,
            e.mention.span.sentence,
            site.briefing_page(e.slug),
            site.title_of(e.slug),
        )
        for e in events
    ]


def _event_rows(site: Site, page: str, events) -> list[dict]:
    return [
        {
            "value": e.mention.value,
            "precision": e.mention.precision,
            "event": e.mention.event,
            "text": e.mention.text,
            "title": site.title_of(e.slug),
            "href": site.fact_href(page, e.slug, e.mention.span),
        }
        for e in events
    ]


def render_timeline_pages(site: Site) -> dict[str, str]:
    """timeline/index.md (years, recent events, chart) and one page per year plus undated."""
    by_year: dict[int | None, list] = defaultdict(list)
    for event in site.corpus.timeline:
        by_year[int(event.mention.value[:4]) if event.mention.value else None].append(event)
    years = sorted((y for y in by_year if y is not None), reverse=True)
    pages = {}
    index = "timeline/index.md"
    year_links = [
        {"label": str(y), "href": site.href(index, paths.timeline_year_path(y)), "count": len(by_year[y])}
        for y in years
    ]
    if None in by_year:
        year_links.append(
            {"label": "Undated", "href": site.href(index, paths.timeline_year_path(None)), "count": len(by_year[None])}
        )
    topic_links = [
        {"name": topic, "href": site.href(index, paths.topic_path(topic))} for topic, _ in site.corpus.topics
    ]
    groups = []
    if len(site.corpus.timeline) <= site.rows_per_page:  # large corpora: the index lists years only
        groups = [{"label": str(y), "events": _event_rows(site, index, by_year[y])} for y in sorted(years)]
        if None in by_year:
            groups.append(
                {
                    "label": "Undated (the text gives no date that can be resolved)",
                    "events": _event_rows(site, index, by_year[None]),
                }
            )
    pages[index] = site.render(
        index,
        "timeline.md.j2",
        heading="Timeline",
        intro="Every dated event across the briefings, oldest first, each linked to the sentence it comes from. "
        "Precision says whether the text gave a day, a month or only a year.",
        up=None,
        chart=site.charts.embed("timeline", index),
        years=year_links,
        topic_links=topic_links,
        parts=None,
        groups=groups,
    )
    for year in [*years, None]:
        if year in by_year:
            pages.update(_timeline_year_pages(site, year, by_year[year]))
    return pages


def _timeline_year_pages(site: Site, year: int | None, events: list) -> dict[str, str]:
    """A year of events (by month when it is long); undated events by their briefing's publication."""
    page = paths.timeline_year_path(year)
    label = str(year) if year is not None else "Undated events"
    if year is None:
        levels = by_period(lambda event: site.period_of(event.slug))
        how = "by the date the briefings were published, newest first"
        events = sorted(events, key=lambda e: site.briefing_rank(e.slug))
    else:
        levels = by_period(
            lambda event: (year, int(event.mention.value[5:7]) if len(event.mention.value) >= 7 else None)
        )[1:]
        how = "by month"
    parts = split_listing(events, lambda _: 1, levels, site.rows_per_page)
    intro = (
        "Events the text dates but cannot place in time (no publication date to resolve against)."
        if year is None
        else f"Dated events of {year}, in order."
    )
    up_to_timeline = {"label": "Timeline", "href": None}

    def inputs(part: Part) -> tuple:
        return (year, part.key, part.label, _event_inputs(site, part.items))

    def context(part: Part, part_path: str) -> dict[str, object]:
        return dict(
            heading=f"Timeline: {part.label}" if part.key else f"Timeline: {label}",
            intro=intro,
            up={"label": f"Timeline: {label}", "href": site.href(part_path, page)}
            if part.key
            else {**up_to_timeline, "href": site.href(part_path, "timeline/index.md")},
            chart=None,
            years=[],
            topic_links=[],
            parts=None,
            groups=[{"label": part.label or label, "events": _event_rows(site, part_path, part.items)}],
        )

    pages = {}
    for part in parts:
        part_path = part_page(page, part.key) if part.key else page
        pages[part_path] = site.render_from(
            part_path,
            "timeline.md.j2",
            partial(inputs, part),
            partial(context, part, part_path),
        )
    if is_split(parts):
        pages[page] = site.render(
            page,
            "timeline.md.j2",
            heading=f"Timeline: {label}",
            intro=intro,
            up={**up_to_timeline, "href": site.href(page, "timeline/index.md")},
            chart=None,
            years=[],
            topic_links=[],
            parts=site.part_links(page, parts),
            parts_how=how,
            groups=[],
        )
    return pages
