"""Render the Markdown pages of the site from a Corpus: one function per kind of page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from ..corpus import publication_key
from ..model import Briefing, Corpus, Span
from . import paths
from .charts import Charts
from .environment import render_template
from .fulltext import render_full_text
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


@dataclass(frozen=True)
class Site:
    """What every page renderer needs: the corpus and lookups built once."""

    corpus: Corpus
    charts: Charts
    site_title: str

    def briefing_page(self, slug: str) -> str:
        return self._briefing_paths[slug]

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_briefing_paths", {b.article.slug: paths.briefing_path(b.article) for b in self.corpus.briefings}
        )
        object.__setattr__(self, "_entity_keys", dict(self.corpus.entity_of_name))
        object.__setattr__(self, "_records", {r.key: r for r in self.corpus.entities})
        object.__setattr__(self, "_briefings", {b.article.slug: b for b in self.corpus.briefings})

    def href(self, from_page: str, to_page: str, anchor: str | None = None) -> Markup:
        return Markup(paths.link(from_page, to_page, anchor))

    def fact_href(self, from_page: str, slug: str, span: Span) -> Markup:
        return self.href(from_page, self.briefing_page(slug), span.anchor)

    def entity_href(self, from_page: str, name: str | None) -> Markup | None:
        key = self._entity_keys.get(name or "")
        if key is None:
            return None
        record = self._records[key]
        return self.href(from_page, paths.entity_path(record.kind, key))

    def title_of(self, slug: str) -> str:
        return display_title(self._briefings[slug])

    def when_of(self, slug: str) -> str:
        return publication_key(self._briefings[slug]) or "date unknown"


def format_amount(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"


# ---- one briefing ------------------------------------------------------------------------


def render_briefing(site: Site, briefing: Briefing) -> str:
    article = briefing.article
    page = site.briefing_page(article.slug)
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
    related = site.corpus.related_to(article.slug)
    return render_template(
        "briefing.md.j2",
        title=display_title(briefing),
        article=article,
        warnings=briefing.warnings,
        topics=briefing.topics,
        summary=[
            {"text": sentence_text.get((s.paragraph, s.sentence), ""), "href": anchor(s)} for s in briefing.summary
        ],
        quotes=[
            {"quote": q, "href": anchor(q.span), "speaker_href": site.entity_href(page, q.speaker)} for q in quotes
        ],
        events=[{"mention": d, "href": anchor(d.span)} for d in briefing.dates],
        figures=sorted(figures, key=lambda f: (f["span"].paragraph, f["span"].sentence)),
        people=[
            {"name": p.name, "role": p.role, "href": site.entity_href(page, p.name)} for p in briefing.entities.people
        ],
        organizations=[
            {"name": o.name, "href": site.entity_href(page, o.name)} for o in briefing.entities.organizations
        ],
        places=[p.name for p in briefing.entities.places],
        topics_linked=[{"name": t, "href": site.href(page, paths.topic_path(t))} for t in briefing.topics],
        related=[
            {"title": site.title_of(s), "href": site.href(page, site.briefing_page(s)), "when": site.when_of(s)}
            for s in related
        ],
        full_text=render_full_text(article),
    )


# ---- across briefings -----------------------------------------------------------------------


def render_briefings_index(site: Site) -> str:
    page = "briefings/index.md"
    groups: dict[str, list] = defaultdict(list)
    for briefing in site.corpus.briefings:
        article = briefing.article
        year = article.published.year if article.published else article.published_year
        groups[str(year) if year else "Date unknown"].append(
            {
                "when": publication_key(briefing) or "date unknown",
                "title": display_title(briefing),
                "href": site.href(page, site.briefing_page(article.slug)),
                "source": article.source or "–",
                "topics": ", ".join(briefing.topics) or "–",
            }
        )
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "Date unknown", [-ord(c) for c in kv[0]]))
    return render_template(
        "briefings_index.md.j2",
        count=len(site.corpus.briefings),
        groups=[{"label": label, "items": items} for label, items in ordered],
    )


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
    if sum(len(g["events"]) for g in groups) > 500:  # large corpora: the index lists years only
        groups = []
    pages[index] = render_template(
        "timeline.md.j2",
        heading="Timeline",
        intro="Every dated event across the briefings, oldest first, each linked to the sentence it comes from. "
        "Precision says whether the text gave a day, a month or only a year.",
        chart=site.charts.embed("timeline", index),
        years=year_links,
        topic_links=topic_links,
        groups=groups,
    )
    for year in [*years, None]:
        if year not in by_year:
            continue
        page = paths.timeline_year_path(year)
        label = str(year) if year is not None else "Undated events"
        pages[page] = render_template(
            "timeline.md.j2",
            heading=f"Timeline: {label}",
            intro="Events the text dates but cannot place in time (no publication date to resolve against)."
            if year is None
            else f"Dated events of {year}, in order.",
            chart=None,
            years=[],
            topic_links=[],
            groups=[{"label": label, "events": _event_rows(site, page, by_year[year])}],
        )
    return pages


def render_quotes_page(site: Site) -> str:
    page = "quotes/index.md"
    speakers = []
    unattributed = []
    for briefing in site.corpus.briefings:
        for quote in briefing.quotes:
            if quote.speaker is None:
                unattributed.append(
                    {
                        "text": quote.text,
                        "title": display_title(briefing),
                        "href": site.fact_href(page, briefing.article.slug, quote.span),
                    }
                )
    for record in site.corpus.entities:
        if not record.quotes:
            continue
        roles = [role.role for role in record.roles]
        speakers.append(
            {
                "name": record.name,
                "role": roles[0] if roles else None,
                "href": site.href(page, paths.entity_path(record.kind, record.key)),
                "quotes": [
                    {
                        "text": q.text,
                        "title": site.title_of(slug),
                        "when": site.when_of(slug),
                        "href": site.fact_href(page, slug, q.span),
                    }
                    for slug, q in record.quotes
                ],
            }
        )
    speakers.sort(key=lambda s: (-len(s["quotes"]), s["name"].lower()))
    total = sum(len(s["quotes"]) for s in speakers) + len(unattributed)
    return render_template(
        "quotes.md.j2",
        total=total,
        speakers=speakers,
        unattributed=unattributed,
        chart=site.charts.embed("quotes", page),
    )


def render_entity_pages(site: Site) -> dict[str, str]:
    pages = {}
    index = "entities/index.md"
    groups = {"person": [], "organization": []}
    records = {r.key: r for r in site.corpus.entities}
    for record in site.corpus.entities:
        page = paths.entity_path(record.kind, record.key)
        groups[record.kind].append(
            {
                "name": record.name,
                "href": site.href(index, page),
                "articles": len(record.articles),
                "quotes": len(record.quotes),
                "aliases": ", ".join(record.aliases) or "–",
            }
        )
        pages[page] = render_template(
            "entity.md.j2",
            record=record,
            kind_label="Person" if record.kind == "person" else "Organisation",
            roles=[
                {
                    "role": r.role,
                    "title": site.title_of(r.slug),
                    "href": site.href(page, site.briefing_page(r.slug)),
                    "when": site.when_of(r.slug),
                }
                for r in record.roles
            ],
            quotes=[
                {
                    "text": q.text,
                    "title": site.title_of(slug),
                    "when": site.when_of(slug),
                    "href": site.fact_href(page, slug, q.span),
                }
                for slug, q in record.quotes
            ],
            articles=[
                {"title": site.title_of(s), "href": site.href(page, site.briefing_page(s)), "when": site.when_of(s)}
                for s in record.articles
            ],
            together=[
                {
                    "name": records[key].name,
                    "count": count,
                    "href": site.href(page, paths.entity_path(records[key].kind, key)),
                }
                for key, count in record.co_mentions
                if key in records
            ],
        )
    pages[index] = render_template(
        "entities_index.md.j2",
        groups=[
            {"label": "People", "items": groups["person"]},
            {"label": "Organisations", "items": groups["organization"]},
        ],
    )
    return pages


def render_figures_page(site: Site) -> str:
    page = "figures/index.md"

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

    figures = site.corpus.figures
    return render_template(
        "figures.md.j2",
        money=[row(f) for f in figures if f.kind == "money"],
        percentages=[row(f) for f in figures if f.kind == "percentage"],
        conflicts=[{"first": row(c.first), "second": row(c.second), "reason": c.reason} for c in site.corpus.conflicts],
        chart=site.charts.embed("figures", page),
    )


def render_topic_pages(site: Site) -> dict[str, str]:
    pages = {}
    index = "topics/index.md"
    items = []
    for topic, slugs in site.corpus.topics:
        page = paths.topic_path(topic)
        items.append({"name": topic, "href": site.href(index, page), "count": len(slugs)})
        briefings = [site.corpus.briefing(slug) for slug in slugs]
        pages[page] = render_template(
            "topic.md.j2",
            name=topic,
            articles=[
                {
                    "title": display_title(b),
                    "href": site.href(page, site.briefing_page(b.article.slug)),
                    "when": publication_key(b) or "date unknown",
                }
                for b in briefings
            ],
            events=[
                {
                    "value": e.mention.value,
                    "event": e.mention.event,
                    "title": site.title_of(e.slug),
                    "href": site.fact_href(page, e.slug, e.mention.span),
                }
                for e in site.corpus.timeline
                if topic in e.topics
            ],
            quotes=[
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "title": display_title(b),
                    "href": site.fact_href(page, b.article.slug, q.span),
                }
                for b in briefings
                for q in b.quotes
            ],
            figures=[
                {
                    "text": f.text,
                    "refers_to": f.refers_to,
                    "title": site.title_of(f.slug),
                    "href": site.fact_href(page, f.slug, f.span),
                }
                for f in site.corpus.figures
                if topic in f.topics
            ],
        )
    pages[index] = render_template("topics_index.md.j2", topics=items, chart=site.charts.embed("topics", index))
    return pages


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
                {"title": title, "href": site.href(page, target), "note": "no full publication date in the text"}
            )
        for quote in briefing.quotes:
            if quote.speaker is None:
                groups["Unattributed quotes"].append(
                    {"title": title, "href": site.fact_href(page, slug, quote.span), "note": f"“{quote.text[:80]}”"}
                )
        if article.dropped:
            groups["Text dropped by cleaning"].append(
                {
                    "title": title,
                    "href": site.href(page, target),
                    "note": f"{len(article.dropped)} line(s) removed as page furniture or a second article",
                }
            )
        for mention in briefing.dates:
            if mention.value is None:
                groups["Dates that could not be resolved"].append(
                    {"title": title, "href": site.fact_href(page, slug, mention.span), "note": f"“{mention.text}”"}
                )
        for warning in briefing.warnings:
            if "same page name" in warning:
                groups["Seeds with clashing names"].append(
                    {"title": title, "href": site.href(page, target), "note": warning}
                )
    for conflict in site.corpus.conflicts:
        groups["Conflicting figures"].append(
            {
                "title": site.title_of(conflict.first.slug),
                "href": site.fact_href(page, conflict.first.slug, conflict.first.span),
                "note": f"{conflict.first.text} vs {conflict.second.text} in “{site.title_of(conflict.second.slug)}”",
            }
        )
    for record in site.corpus.entities:
        if record.kind == "person" and len(record.name.split()) == 1:
            groups["People known by one name only"].append(
                {
                    "title": record.name,
                    "href": site.href(page, paths.entity_path(record.kind, record.key)),
                    "note": "check who this is",
                }
            )
    return [{"label": label, "items": groups[label]} for label in sorted(groups)]


def render_review_page(site: Site) -> str:
    groups = review_items(site, "review/index.md")
    return render_template("review.md.j2", groups=groups, total=sum(len(g["items"]) for g in groups))


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
    return render_template(
        "new.md.j2", latest=_latest(site, page, recently_added(site)), feed_href=site.href(page, "new/feed.xml")
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
    return render_template(
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
