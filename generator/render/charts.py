"""Altair charts of the corpus, rendered offline.

Each chart is written as a Vega-Lite spec (`assets/briefing/charts/NAME.json`, drawn in the
browser by the bundled vega-embed) and as a static SVG (drawn by vl-convert at build time),
which the page shows until the script replaces it, and which readers without JavaScript
and printers keep. A data table sits beneath every chart. Data is aggregated before
plotting, so no chart embeds more rows than it shows.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import vl_convert
from markupsafe import Markup

from ..model import Corpus
from . import paths
from .escape import html_attr, html_text
from .titles import display_title

if TYPE_CHECKING:
    import altair as alt

MAX_EVENT_MARKS = 400  # above this the timeline shows counts per month and topic
MAX_SPEAKERS = 20
MAX_HEATMAP_ARTICLES = 40
NO_TOPIC = "(no topic)"


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    description: str
    spec: dict
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass
class Charts:
    """The site's charts by name; `embed` gives the HTML a page includes, `files` what to write."""

    charts: dict[str, Chart]
    cache_dir: Path | None = None
    _svg: dict[str, bytes] = field(default_factory=dict)

    def embed(self, name: str, page: str) -> Markup | None:
        chart = self.charts.get(name)
        if chart is None:
            return None
        spec_url = paths.asset_url(page, f"{paths.CHARTS}/{name}.json")
        svg_url = paths.asset_url(page, f"{paths.CHARTS}/{name}.svg")
        root = paths.site_root_from(page)
        header = "".join(f"<th>{html_text(c)}</th>" for c in chart.columns)
        body = "\n".join("<tr>" + "".join(f"<td>{html_text(v)}</td>" for v in row) + "</tr>" for row in chart.rows)
        return Markup(
            f'<figure class="briefing-chart-figure">\n'
            f'<div class="briefing-chart" data-spec="{html_attr(spec_url)}" data-root="{html_attr(root)}" '
            f'role="img" aria-label="{html_attr(chart.title)}">'
            f'<img src="{html_attr(svg_url)}" alt="{html_attr(chart.title + ": " + chart.description)}"></div>\n'
            f"<figcaption><strong>{html_text(chart.title)}.</strong> {html_text(chart.description)}</figcaption>\n"
            f"<details><summary>Data table</summary>\n"
            f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</details>\n"
            f"</figure>"
        )

    def files(self) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for name, chart in sorted(self.charts.items()):
            spec_bytes = (json.dumps(chart.spec, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()
            out[f"{paths.CHARTS}/{name}.json"] = spec_bytes
            out[f"{paths.CHARTS}/{name}.svg"] = self._render_svg(chart.spec, spec_bytes)
        return out

    def _render_svg(self, spec: dict, spec_bytes: bytes) -> bytes:
        key = hashlib.sha256(vl_convert.__version__.encode() + spec_bytes).hexdigest()
        cached = self.cache_dir / "svg" / f"{key}.svg" if self.cache_dir else None
        if cached is not None and cached.exists():
            return cached.read_bytes()
        svg = vl_convert.vegalite_to_svg(spec).encode()
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(".tmp")
            temporary.write_bytes(svg)
            temporary.replace(cached)
        return svg


def build_charts(corpus: Corpus, cache_dir: Path | None = None) -> Charts:
    charts = [_timeline_chart(corpus), _figures_chart(corpus), _topics_chart(corpus), _quotes_chart(corpus)]
    return Charts({chart.name: chart for chart in charts if chart is not None}, cache_dir)


def _briefing_url(corpus: Corpus, slug: str, anchor: str | None = None) -> str:
    url = paths.page_url(paths.briefing_path(corpus.briefing(slug).article))
    return f"{url}#{anchor}" if anchor else url


def _spec(chart: alt.TopLevelMixin) -> dict:
    return chart.to_dict(validate=True)


def _timeline_chart(corpus: Corpus) -> Chart | None:
    import altair as alt  # on use: importing it takes most of a second

    dated = [e for e in corpus.timeline if e.mention.value]
    if not dated:
        return None
    title = "Events over time"
    if len(dated) <= MAX_EVENT_MARKS:
        rows = [
            {
                "date": _full_date(e.mention.value),
                "topic": e.topics[0] if e.topics else NO_TOPIC,
                "event": (e.mention.event or e.mention.text)[:120],
                "when": e.mention.value,
                "briefing": _title(corpus, e.slug),
                "source": corpus.briefing(e.slug).article.source or "unknown",
                "url": _briefing_url(corpus, e.slug, e.mention.span.anchor),
            }
            for e in dated
        ]
        description = "Each dated event by date and the first topic of its briefing; click a mark to read its sentence."
        chart = (
            alt.Chart(alt.Data(values=rows), title=title, description=description)
            .mark_circle(size=90)
            .encode(
                x=alt.X("date:T", title="Date"),
                y=alt.Y("topic:N", title="Topic"),
                color=alt.Color("topic:N", legend=None),
                href="url:N",
                tooltip=[
                    alt.Tooltip("when:N", title="When"),
                    alt.Tooltip("event:N", title="Event"),
                    alt.Tooltip("briefing:N", title="Briefing"),
                    alt.Tooltip("source:N", title="Source"),
                ],
            )
            .properties(width="container", height=alt.Step(28))
        )
        table = tuple((r["when"], r["topic"], r["event"], r["briefing"]) for r in rows)
        return Chart("timeline", title, description, _spec(chart), ("When", "Topic", "Event", "Briefing"), table)
    counts = Counter(
        (
            e.mention.value[:7] if len(e.mention.value) >= 7 else e.mention.value[:4] + "-01",
            e.topics[0] if e.topics else NO_TOPIC,
        )
        for e in dated
    )
    rows = [{"month": f"{month}-01", "topic": topic, "events": n} for (month, topic), n in sorted(counts.items())]
    description = "Number of dated events per month and topic (too many events to show one by one)."
    chart = (
        alt.Chart(alt.Data(values=rows), title=title, description=description)
        .mark_circle()
        .encode(
            x=alt.X("month:T", title="Month"),
            y=alt.Y("topic:N", title="Topic"),
            size=alt.Size("events:Q", title="Events"),
            color=alt.Color("topic:N", legend=None),
            tooltip=[alt.Tooltip("month:T", format="%B %Y"), "topic:N", "events:Q"],
        )
        .properties(width="container", height=alt.Step(28))
    )
    table = tuple((r["month"][:7], r["topic"], str(r["events"])) for r in rows)
    return Chart("timeline", title, description, _spec(chart), ("Month", "Topic", "Events"), table)


def _figures_chart(corpus: Corpus) -> Chart | None:
    import altair as alt  # on use: importing it takes most of a second

    totals: dict[tuple[str, str], float] = defaultdict(float)
    for figure in corpus.figures:
        if figure.usd is None:
            continue
        briefing = corpus.briefing(figure.slug)
        year = (figure.period or "")[:4] or str(briefing.article.published_year or "unknown")
        totals[(figure.topics[0] if figure.topics else NO_TOPIC, year)] += figure.usd
    if not totals:
        return None
    rows = [
        {"topic": topic, "year": year, "usd_billion": round(total / 1e9, 3)}
        for (topic, year), total in sorted(totals.items())
    ]
    title = "US dollar figures by topic and year"
    description = (
        "Sum of the dollar amounts the articles mention, in billions, by the first topic of their "
        "briefing and the year of the figure (or of the article). Mentions, not a ledger: "
        "the same money may be cited twice."
    )
    chart = (
        alt.Chart(alt.Data(values=rows), title=title, description=description)
        .mark_bar()
        .encode(
            x=alt.X("usd_billion:Q", title="US$ billion mentioned"),
            y=alt.Y("topic:N", title="Topic"),
            color=alt.Color("year:N", title="Year"),
            tooltip=[alt.Tooltip("topic:N"), alt.Tooltip("year:N"), alt.Tooltip("usd_billion:Q", title="US$ bn")],
        )
        .properties(width="container", height=alt.Step(28))
    )
    table = tuple((r["topic"], r["year"], f"{r['usd_billion']:,.3f}") for r in rows)
    return Chart("figures", title, description, _spec(chart), ("Topic", "Year", "US$ billion"), table)


def _topics_chart(corpus: Corpus) -> Chart | None:
    import altair as alt  # on use: importing it takes most of a second

    if not corpus.topics:
        return None
    recent = corpus.briefings[:MAX_HEATMAP_ARTICLES]
    rows = []
    for briefing in recent:
        for topic in briefing.topics:
            rows.append(
                {
                    "topic": topic,
                    "briefing": _title(corpus, briefing.article.slug)[:60],
                    "url": _briefing_url(corpus, briefing.article.slug),
                }
            )
    if not rows:
        return None
    title = "Topics by briefing"
    description = (
        f"Which topics each of the {len(recent)} most recent briefings covers; click a cell to open it."
        if len(corpus.briefings) > MAX_HEATMAP_ARTICLES
        else "Which topics each briefing covers; click a cell to open the briefing."
    )
    chart = (
        alt.Chart(alt.Data(values=rows), title=title, description=description)
        .mark_rect()
        .encode(
            x=alt.X("topic:N", title="Topic"),
            y=alt.Y("briefing:N", title=None, sort=None),
            color=alt.value("#3f51b5"),
            href="url:N",
            tooltip=["briefing:N", "topic:N"],
        )
        .properties(width=alt.Step(40), height=alt.Step(22))
    )
    table = tuple((r["briefing"], r["topic"]) for r in rows)
    return Chart("topics", title, description, _spec(chart), ("Briefing", "Topic"), table)


def _quotes_chart(corpus: Corpus) -> Chart | None:
    import altair as alt  # on use: importing it takes most of a second

    counted = [(len(r.quotes), r) for r in corpus.entities if r.quotes]
    if not counted:
        return None
    counted.sort(key=lambda item: (-item[0], item[1].name.lower()))
    rows = [
        {"speaker": r.name, "quotes": n, "url": paths.page_url(paths.entity_path(r.kind, r.key))}
        for n, r in counted[:MAX_SPEAKERS]
    ]
    title = "Quotes per speaker"
    description = (
        f"The {len(rows)} speakers quoted most often; click a bar for everything they said."
        if len(counted) > MAX_SPEAKERS
        else "How often each speaker is quoted; click a bar for their page."
    )
    chart = (
        alt.Chart(alt.Data(values=rows), title=title, description=description)
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", title="Quotes", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("speaker:N", sort="-x", title=None),
            href="url:N",
            tooltip=["speaker:N", "quotes:Q"],
        )
        .properties(width="container", height=alt.Step(24))
    )
    table = tuple((r["speaker"], str(r["quotes"])) for r in rows)
    return Chart("quotes", title, description, _spec(chart), ("Speaker", "Quotes"), table)


def _full_date(value: str) -> str:
    """A date value of any precision as a day, for placing it on a time axis."""
    if len(value) == 4:
        return f"{value}-07-01"
    if len(value) == 7:
        return f"{value}-15"
    return value


def _title(corpus: Corpus, slug: str) -> str:
    return display_title(corpus.briefing(slug))
