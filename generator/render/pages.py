"""Render the Markdown pages of the site from a Corpus: the briefing pages, the list of briefings, the home
page's generated part and the page of new briefings. Other kinds of page have a module each (timeline,
quotes, entities, figures, topics, review); `Site` (site.py) is what they share."""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from markupsafe import Markup

from ..corpus import publication_key
from ..model import Briefing
from . import paths
from .review import review_total
from .site import Site, format_amount
from .split import Part, by_period, is_split, part_page, period_of_date, split_listing
from .titles import display_title

LATEST_ON_HOME = 10


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
        "topics": [
            {"name": t, "href": site.href(page, paths.topic_path(t)), "more": number < len(briefing.topics)}
            for number, t in enumerate(briefing.topics, start=1)
        ],
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
    people, organizations, places = briefing.entities.people, briefing.entities.organizations, briefing.entities.places
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
        # `more`: a name follows (a loop's `loop.last` costs Jinja an object and calls on every name)
        people=[
            {"name": p.name, "role": p.role, "href": entity_href[p.name], "more": number < len(people)}
            for number, p in enumerate(people, start=1)
        ],
        organizations=[
            {"name": o.name, "href": entity_href[o.name], "more": number < len(organizations)}
            for number, o in enumerate(organizations, start=1)
        ],
        places=[{"name": p.name, "more": number < len(places)} for number, p in enumerate(places, start=1)],
        topics_linked=links["topics"],
        related=links["related"],
    )


def render_briefings_pages(site: Site) -> dict[str, str]:
    """briefings/index.md: every briefing by year, or (for a large corpus) links to part pages."""
    index = "briefings/index.md"
    parts = split_listing(site.corpus.briefings, lambda _: 1, by_period(_published_period), site.rows_per_page)

    def inputs(part: Part) -> tuple:  # a part lists its briefings, nothing else
        return (part.key, part.label, [site.digest(b.article.slug) for b in part.items])

    def context(part: Part, page: str) -> dict[str, object]:
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
        return dict(
            heading=f"Briefings: {part.label}" if part.key else "Briefings",
            up={"label": "All briefings", "href": site.href(page, index)} if part.key else None,
            count=len(part.items),
            parts=None,
            groups=[{"label": label, "items": items} for label, items in groups.items()],
        )

    pages = {}
    for part in parts:
        page = part_page(index, part.key) if part.key else index
        pages[page] = site.render_from(
            page, "briefings_index.md.j2", partial(inputs, part), partial(context, part, page)
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
    review_count = review_total(site)
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
