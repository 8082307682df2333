"""Render the Markdown pages of the site from a Corpus: one function per kind of page."""

from __future__ import annotations

import hashlib
import pickle
import posixpath
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from markupsafe import Markup

from ..corpus import publication_key
from ..model import Briefing, Corpus, Span
from . import paths
from .charts import Charts
from .environment import render_template
from .split import ROWS_PER_PAGE, Part, by_initial, by_period, is_split, part_page, period_of_date, split_listing
from .titles import display_title

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
LATEST_ON_HOME = 10
# A topic page lists its briefings and events; of their quotes and figures only the strongest
# (the rest are on the briefing pages and on Quotes and Figures), so topics do not copy the corpus.
TOPIC_KEY_QUOTES = 5
TOPIC_LARGEST_FIGURES = 10


class PageSource(Protocol):
    """Where pages come from when a build may reuse the last one's (`state.PageReuse`)."""

    def page(self, path: str, key: str, render: Callable[[], str]) -> str: ...


@dataclass(frozen=True)
class Site:
    """What every page renderer needs: the corpus and lookups built once."""

    corpus: Corpus
    charts: Charts
    site_title: str
    rows_per_page: int = ROWS_PER_PAGE  # a listing longer than this is split into part pages
    reuse: PageSource | None = None  # pages of the last build, reused where their inputs are unchanged
    code: str = ""  # fingerprint of the renderer (code and templates), part of every page key
    digests: Mapping[str, str] = field(default_factory=dict)  # slug → digest of the briefing (with reuse)

    def briefing_page(self, slug: str) -> str:
        return self._briefing_paths[slug]

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_briefing_paths", {b.article.slug: paths.briefing_path(b.article) for b in self.corpus.briefings}
        )
        object.__setattr__(self, "_entity_keys", dict(self.corpus.entity_of_name))
        object.__setattr__(self, "_records", {r.key: r for r in self.corpus.entities})
        object.__setattr__(self, "_briefings", {b.article.slug: b for b in self.corpus.briefings})
        object.__setattr__(self, "_ranks", {b.article.slug: rank for rank, b in enumerate(self.corpus.briefings)})
        # asked for hundreds of thousands of times at 10,000 briefings: worked out once each
        object.__setattr__(self, "_titles", {b.article.slug: display_title(b) for b in self.corpus.briefings})
        object.__setattr__(
            self, "_whens", {b.article.slug: publication_key(b) or "date unknown" for b in self.corpus.briefings}
        )

    def render(self, page: str, template: str, /, **context: object) -> str:
        """The template rendered with `context`, as the Markdown of `page` (a path under docs/).

        With `reuse`, the page's key is a hash of the renderer's fingerprint, the template name and
        the pickled context, which is all a template sees; an unchanged key takes the page from the
        last build instead. A context that cannot be pickled is simply rendered.
        """
        if self.reuse is None:
            return render_template(template, **context)
        try:
            key = self._key(("context", template), context)
        except (pickle.PicklingError, TypeError, AttributeError):
            return render_template(template, **context)
        return self.reuse.page(page, key, lambda: render_template(template, **context))

    def render_from(
        self, page: str, template: str, inputs: Callable[[], object], context: Callable[[], dict[str, object]]
    ) -> str:
        """As `render`, for a page whose context costs much more to build than its inputs: its key is made
        from `inputs()`, a cheap stand-in for `context()` that changes whenever the context would (briefings
        by their digest, other briefings' titles and paths, entity keys...; the incremental tests check
        that reused pages equal a clean build's). An unchanged page is taken from the last build without
        building its context.
        """
        if self.reuse is None:
            return render_template(template, **context())
        key = self._key(("inputs", template), inputs())
        return self.reuse.page(page, key, lambda: render_template(template, **context()))

    def _key(self, kind: tuple[str, str], data: object) -> str:
        blob = pickle.dumps((kind, data), protocol=pickle.HIGHEST_PROTOCOL)
        return hashlib.sha256(self.code.encode() + b"\0" + blob).hexdigest()

    def digest(self, slug: str) -> str:
        """The briefing's digest (seeds.load_seeds): equal digests, equal briefings."""
        return self.digests[slug]

    def link_info(self, slug: str) -> tuple[str, str, str]:
        """What a link to a briefing shows: its page, title and publication date."""
        return (self._briefing_paths[slug], self.title_of(slug), self.when_of(slug))

    def entity_ref(self, name: str | None) -> tuple[str, str] | None:
        """(kind, key) of the entity page a name links to, if any."""
        key = self._entity_keys.get(name or "")
        return None if key is None else (self._records[key].kind, key)

    def href(self, from_page: str, to_page: str, anchor: str | None = None) -> Markup:
        """The URL of `to_page` from `from_page` for the pages' HTML blocks (render/rawhtml.py)."""
        return Markup(paths.url(from_page, to_page, anchor))

    def fact_href(self, from_page: str, slug: str, span: Span) -> Markup:
        return self.href(from_page, self.briefing_page(slug), span.anchor)

    def entity_href(self, from_page: str, name: str | None) -> Markup | None:
        key = self._entity_keys.get(name or "")
        if key is None:
            return None
        record = self._records[key]
        return self.href(from_page, paths.entity_path(record.kind, key))

    def part_links(self, listing_page: str, parts: list[Part]) -> list[dict]:
        return [
            {"label": p.label, "href": self.href(listing_page, part_page(listing_page, p.key)), "count": p.rows}
            for p in parts
        ]

    def period_of(self, slug: str) -> tuple[int | None, int | None]:
        """(year, month) the briefing was published, as far as the text says."""
        article = self._briefings[slug].article
        return period_of_date(article.published, article.published_year)

    def briefing_rank(self, slug: str) -> int:
        """Position in the corpus order (newest first)."""
        return self._ranks[slug]

    def split_by_briefing(self, rows_of: dict[str, int]) -> list[Part]:
        """Split a listing whose rows come from briefings, by when those briefings were published."""
        ranks = self._ranks
        slugs = sorted((slug for slug, rows in rows_of.items() if rows and slug in ranks), key=ranks.__getitem__)
        return split_listing(slugs, rows_of.__getitem__, by_period(self.period_of), self.rows_per_page)

    def by_part(
        self, parts: list[Part], items, slug_of: Callable[[object], str], part_of: Mapping[str, int] | None = None
    ) -> list[list]:
        """`items` shared out among `parts` by the part holding each item's briefing, in their order
        (one pass, instead of filtering all items again for every part). `part_of`: `part_index(parts)`,
        for a caller that shares out many lists among the same parts."""
        if part_of is None:
            part_of = part_index(parts)
        buckets: list[list] = [[] for _ in parts]
        for item in items:
            number = part_of.get(slug_of(item))
            if number is not None:
                buckets[number].append(item)
        return buckets

    def title_of(self, slug: str) -> str:
        return self._titles[slug]

    def when_of(self, slug: str) -> str:
        return self._whens[slug]


def part_index(parts: list[Part]) -> dict[str, int]:
    """Slug → number of the part holding it."""
    return {slug: number for number, part in enumerate(parts) for slug in part.items}


def format_amount(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"


# ---- one briefing ------------------------------------------------------------------------


def _linked_names(briefing: Briefing) -> list[str | None]:
    """The names a briefing page links to entity pages (a quote's speaker may be None)."""
    names = {q.speaker for q in briefing.quotes}
    names.update(p.name for p in briefing.entities.people)
    names.update(o.name for o in briefing.entities.organizations)
    return sorted(names, key=lambda n: n or "")


def briefing_inputs(site: Site, briefing: Briefing) -> tuple:
    """Everything a briefing page shows, cheaply: the briefing itself (by digest) and what its links
    depend on (`briefing_links`): the entity page of each name, and the page, title and date of each
    related briefing (topic pages are named by the topics, which are in the briefing)."""
    slug = briefing.article.slug
    return (
        site.digest(slug),
        [(name, site.entity_ref(name)) for name in _linked_names(briefing)],
        [site.link_info(other) for other in site.corpus.related_to(slug)],
    )


def briefing_links(site: Site, briefing: Briefing) -> dict:
    """What a briefing page shows that depends on other briefings: links to entity and topic pages and
    the related briefings. With the briefing itself, these are all the inputs of its page."""
    page = site.briefing_page(briefing.article.slug)
    return {
        "entities": {name: site.entity_href(page, name) for name in _linked_names(briefing)},
        "topics": [{"name": t, "href": site.href(page, paths.topic_path(t))} for t in briefing.topics],
        "related": [
            {"title": site.title_of(s), "href": site.href(page, site.briefing_page(s)), "when": site.when_of(s)}
            for s in site.corpus.related_to(briefing.article.slug)
        ],
    }


def render_briefing(site: Site, briefing: Briefing) -> str:
    return site.render_from(
        site.briefing_page(briefing.article.slug),
        "briefing.md.j2",
        lambda: briefing_inputs(site, briefing),
        lambda: _briefing_context(site, briefing),
    )


def _briefing_context(site: Site, briefing: Briefing) -> dict[str, object]:
    article = briefing.article
    links = briefing_links(site, briefing)
    entity_href = links["entities"]
    sentence_text = {(s.paragraph, s.index): s.text for paragraph in article.sentences for s in paragraph}
    anchor = lambda span: Markup(f"#{span.anchor}")  # noqa: E731 — facts link within the page
    quotes = sorted(briefing.quotes, key=lambda q: (-q.score, q.span.paragraph, q.span.sentence))
    figures = [
        {
            "text": m.text,
            "amount": f"{format_amount(m.amount)} {m.currency}",
            "usd": format_amount(m.usd),
            "refers_to": m.refers_to,
            "span": m.span,
            "href": anchor(m.span),
        }
        for m in briefing.money
    ] + [
        {
            "text": p.text,
            "amount": f"{format_amount(p.value)} %",
            "usd": "–",
            "refers_to": p.refers_to,
            "span": p.span,
            "href": anchor(p.span),
        }
        for p in briefing.percentages
    ]
    return dict(
        title=display_title(briefing),
        article=article,
        warnings=briefing.warnings,
        topics=briefing.topics,
        summary=[
            {"text": sentence_text.get((s.paragraph, s.sentence), ""), "href": anchor(s)} for s in briefing.summary
        ],
        quotes=[{"quote": q, "href": anchor(q.span), "speaker_href": entity_href[q.speaker]} for q in quotes],
        events=[{"mention": d, "href": anchor(d.span)} for d in briefing.dates],
        figures=sorted(figures, key=lambda f: (f["span"].paragraph, f["span"].sentence)),
        people=[{"name": p.name, "role": p.role, "href": entity_href[p.name]} for p in briefing.entities.people],
        organizations=[{"name": o.name, "href": entity_href[o.name]} for o in briefing.entities.organizations],
        places=[p.name for p in briefing.entities.places],
        topics_linked=links["topics"],
        related=links["related"],
    )


# ---- across briefings -----------------------------------------------------------------------


def render_briefings_pages(site: Site) -> dict[str, str]:
    """briefings/index.md: every briefing by year, or (for a large corpus) links to part pages."""
    index = "briefings/index.md"
    parts = split_listing(site.corpus.briefings, lambda _: 1, by_period(_published_period), site.rows_per_page)
    pages = {}
    for part in parts:
        page = part_page(index, part.key) if part.key else index
        groups: dict[str, list] = defaultdict(list)
        for briefing in part.items:
            year = _published_period(briefing)[0]
            groups[str(year) if year else "Date unknown"].append(
                {
                    "when": publication_key(briefing) or "date unknown",
                    "title": display_title(briefing),
                    "href": site.href(page, site.briefing_page(briefing.article.slug)),
                    "source": briefing.article.source or "–",
                    "topics": ", ".join(briefing.topics) or "–",
                }
            )
        pages[page] = site.render(
            page,
            "briefings_index.md.j2",
            heading=f"Briefings: {part.label}" if part.key else "Briefings",
            up={"label": "All briefings", "href": site.href(page, index)} if part.key else None,
            count=len(part.items),
            parts=None,
            groups=[{"label": label, "items": items} for label, items in groups.items()],
        )
    if is_split(parts):
        pages[index] = site.render(
            index,
            "briefings_index.md.j2",
            heading="Briefings",
            up=None,
            count=len(site.corpus.briefings),
            parts=site.part_links(index, parts),
            groups=[],
        )
    return pages


def _published_period(briefing: Briefing) -> tuple[int | None, int | None]:
    return period_of_date(briefing.article.published, briefing.article.published_year)


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
    groups = [{"label": str(y), "events": _event_rows(site, index, by_year[y])} for y in sorted(years)]
    if None in by_year:
        groups.append(
            {
                "label": "Undated (the text gives no date that can be resolved)",
                "events": _event_rows(site, index, by_year[None]),
            }
        )
    if sum(len(g["events"]) for g in groups) > site.rows_per_page:  # large corpora: the index lists years only
        groups = []
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
    pages = {}
    for part in parts:
        part_path = part_page(page, part.key) if part.key else page
        pages[part_path] = site.render(
            part_path,
            "timeline.md.j2",
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


def render_quotes_pages(site: Site) -> dict[str, str]:
    """quotes/index.md: quotes by speaker; for a large corpus, a speaker table and part pages."""
    index = "quotes/index.md"
    rows_of = {b.article.slug: len(b.quotes) for b in site.corpus.briefings}
    parts = site.split_by_briefing(rows_of)
    if not parts:
        parts = [Part("", "", (), 0)]
    speakers_with_quotes = [r for r in site.corpus.entities if r.quotes]
    pages = {}
    unattributed_in = site.by_part(
        parts, [(b.article.slug, q) for b in site.corpus.briefings for q in b.quotes if q.speaker is None], _first
    )
    # per part: (record, its quotes in that part), in the order of the records
    speakers_in: list[list] = [[] for _ in parts]
    for record in speakers_with_quotes:
        for number, quotes in enumerate(site.by_part(parts, record.quotes, _first)):
            if quotes:
                speakers_in[number].append((record, quotes))
    for part, unattributed, speakers in zip(parts, unattributed_in, speakers_in, strict=True):
        page = part_page(index, part.key) if part.key else index
        pages[page] = _quotes_page(site, page, unattributed, speakers, part)
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


def _first(pair: tuple) -> str:
    return pair[0]


def _quotes_page(site: Site, page: str, unattributed_quotes: list, records_quotes: list, part: Part) -> str:
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
    return site.render(
        page,
        "quotes.md.j2",
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


def render_figures_pages(site: Site) -> dict[str, str]:
    """figures/index.md: every figure; for a large corpus, the chart, disagreements and part pages."""
    index = "figures/index.md"
    figures = site.corpus.figures
    rows_of: dict[str, int] = defaultdict(int)
    for figure in figures:
        rows_of[figure.slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    split = is_split(parts)
    pages = {}
    for part, chosen in zip(parts, site.by_part(parts, figures, lambda f: f.slug), strict=True):
        page = part_page(index, part.key) if part.key else index
        pages[page] = _figures_page(
            site,
            page,
            heading=f"Figures: {part.label}" if part.key else "Figures",
            up={"label": "Figures", "href": site.href(page, index)} if part.key else None,
            figures=chosen,
            conflicts=() if split else site.corpus.conflicts,
            parts=None,
        )
    if split:
        pages[index] = _figures_page(
            site, index, heading="Figures", up=None, figures=[], conflicts=site.corpus.conflicts, parts=parts
        )
    return pages


def _figures_page(site: Site, page: str, *, heading: str, up, figures, conflicts, parts) -> str:
    def row(figure) -> dict:
        return {
            "text": figure.text,
            "currency": figure.currency,
            "amount": format_amount(figure.value),
            "usd": format_amount(figure.usd),
            "refers_to": figure.refers_to,
            "period": figure.period or "–",
            "title": site.title_of(figure.slug),
            "href": site.fact_href(page, figure.slug, figure.span),
        }

    shown = conflicts[: site.rows_per_page]
    return site.render(
        page,
        "figures.md.j2",
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
    """A topic's briefings, events, quotes and figures; for a large corpus, split by publication."""
    page = paths.topic_path(topic)
    rows_of: dict[str, int] = defaultdict(int)
    for slug in slugs:
        rows_of[slug] += 1
    for event in events:
        rows_of[event.slug] += 1
    parts = site.split_by_briefing(rows_of) or [Part("", "", (), 0)]
    pages = {}
    slugs_in = site.by_part(parts, slugs, lambda slug: slug)
    events_in = site.by_part(parts, events, lambda e: e.slug)
    figures_in = site.by_part(parts, figures, lambda f: f.slug)
    for part, part_slugs, part_events, part_figures in zip(parts, slugs_in, events_in, figures_in, strict=True):
        part_path = part_page(page, part.key) if part.key else page
        briefings = [site.corpus.briefing(slug) for slug in part_slugs]
        pages[part_path] = site.render(
            part_path,
            "topic.md.j2",
            name=topic,
            heading=f"{topic}: {part.label}" if part.key else topic,
            up={"label": topic, "href": site.href(part_path, page)} if part.key else None,
            parts=None,
            articles=[
                {
                    "title": display_title(b),
                    "href": site.href(part_path, site.briefing_page(b.article.slug)),
                    "when": publication_key(b) or "date unknown",
                }
                for b in briefings
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
                for slug, q in _key_quotes(briefings, TOPIC_KEY_QUOTES)
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


def _key_quotes(briefings: list[Briefing], limit: int) -> list[tuple[str, object]]:
    """The highest-ranked quotes of these briefings (rank from extraction), attributed first."""
    quotes = [(b.article.slug, q) for b in briefings for q in b.quotes]
    quotes.sort(key=lambda sq: (sq[1].speaker is None, -sq[1].score, _quote_position(sq)))
    return quotes[:limit]


def _quote_position(slug_quote: tuple) -> tuple:
    slug, quote = slug_quote
    return (slug, quote.span.paragraph, quote.span.sentence)


def _largest_dollar_figures(figures: list, limit: int) -> list:
    dollars = [f for f in figures if f.kind == "money" and f.usd is not None]
    return sorted(dollars, key=lambda f: (-f.usd, f.slug, f.span.paragraph, f.span.sentence))[:limit]


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


def _latest(site: Site, page: str, briefings) -> list[dict]:
    return [
        {
            "title": display_title(b),
            "href": site.href(page, site.briefing_page(b.article.slug)),
            "when": publication_key(b) or "date unknown",
            "source": b.article.source,
            "added": b.article.added.isoformat() if b.article.added else None,
        }
        for b in briefings
    ]


def recently_added(site: Site) -> list[Briefing]:
    def key(briefing: Briefing) -> tuple:
        added = briefing.article.added
        return (added is None, -(added.toordinal()) if added else 0)

    return sorted(site.corpus.briefings, key=key)[:20]  # stable: corpus order breaks ties


def render_new_page(site: Site) -> str:
    page = "new/index.md"
    return site.render(
        page, "new.md.j2", latest=_latest(site, page, recently_added(site)), feed_href=site.href(page, "new/feed.xml")
    )


def render_home_partial(site: Site) -> str:
    """The generated part of the home page; the hook puts it into the hand-written docs/index.md."""
    page = "index.md"  # the partial is shown as docs/index.md: links are relative to it
    corpus = site.corpus
    review_count = sum(len(g["items"]) for g in review_items(site, page))
    counts = {
        "briefings": len(corpus.briefings),
        "events": sum(1 for e in corpus.timeline if e.mention.value),
        "quotes": sum(len(b.quotes) for b in corpus.briefings),
        "people": sum(1 for r in corpus.entities if r.kind == "person"),
        "organizations": sum(1 for r in corpus.entities if r.kind == "organization"),
        "figures": len(corpus.figures),
        "review": review_count,
    }
    return site.render(
        paths.HOME_PARTIAL,
        "home.md.j2",
        counts=counts,
        latest=_latest(site, page, corpus.briefings[:LATEST_ON_HOME]),
        review_href=site.href(page, "review/index.md"),
        all_href=site.href(page, "briefings/index.md"),
        timeline_href=site.href(page, "timeline/index.md"),
        quotes_href=site.href(page, "quotes/index.md"),
        entities_href=site.href(page, "entities/index.md"),
        figures_href=site.href(page, "figures/index.md"),
        topics_href=site.href(page, "topics/index.md"),
        new_href=site.href(page, "new/index.md"),
        chart=site.charts.embed("timeline", page),
    )
