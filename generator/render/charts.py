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
import subprocess
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
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
MAX_ROW_LABEL_CHARS = 30  # a row's label (heatmap, speakers): fits Vega's label width (180 px) in its 10 px font
# On axes whose labels are cut here (`_row_labels`), Vega is told not to cut them (`labelLimit=0`): to cut a
# label, Vega measures it, and vl-convert's measuring cost 0.1-0.2 s of CPU per chart of 20-40 rows, most of
# the time spent drawing it. Labels that fit are drawn the same either way.
UNCUT = 0
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
    """The site's charts by name; `embed` gives the HTML a page includes, `files` what to write.

    SVGs missing from the cache are drawn by a `Converter` process; its caller starts it, so that it
    works while the pages are rendered, and `files` collects them."""

    charts: dict[str, Chart]
    cache_dir: Path | None = None
    converter: Converter | None = None
    _spec_bytes: dict[str, bytes] = field(default_factory=dict)
    _svg: dict[str, bytes] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = []
        for name, chart in sorted(self.charts.items()):
            spec_bytes = (json.dumps(chart.spec, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode()
            self._spec_bytes[name] = spec_bytes
            cached = self._svg_path(spec_bytes)
            if cached is not None and cached.exists():
                self._svg[name] = cached.read_bytes()
            else:
                missing.append((name, chart.spec))
        if missing:  # drawn when the converter starts: by the caller, or in `files`
            if self.converter is None:
                self.converter = Converter()
            self.converter.draw(missing)

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
        drawn = self.converter.svgs() if self.converter is not None else {}
        out: dict[str, bytes] = {}
        for name in sorted(self.charts):
            spec_bytes = self._spec_bytes[name]
            out[f"{paths.CHARTS}/{name}.json"] = spec_bytes
            svg = self._svg.get(name)
            if svg is None:
                svg = drawn[name]
                self._svg[name] = svg
                cached = self._svg_path(spec_bytes)
                if cached is not None:
                    _write_atomically(cached, svg)
            out[f"{paths.CHARTS}/{name}.svg"] = svg
        return out

    def _svg_path(self, spec_bytes: bytes) -> Path | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(vl_convert.__version__.encode() + spec_bytes).hexdigest()
        return self.cache_dir / "svg" / f"{key}.svg"


class Converter:
    """vl-convert's work (SVGs of Vega-Lite specs, the JavaScript bundle) in a separate process,
    so that it runs beside the page rendering of this one: vl-convert holds the GIL while it
    works, so a thread would not help. Without the process (it cannot start or it fails), the
    same calls are made here and their errors raised.
    """

    def __init__(self) -> None:
        self._specs: list[tuple[str, dict]] = []
        self._bundle = False
        self._result: dict | None = None
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen | None = None
        self._started = False
        self._sent = False  # the work went to the process

    def bundle(self) -> None:
        """Ask for the JavaScript bundle."""
        if self._started:
            raise RuntimeError("the converter has started: ask for everything before")
        self._bundle = True

    def draw(self, specs: list[tuple[str, dict]]) -> None:
        """Ask for the SVGs of `specs` (name, Vega-Lite spec)."""
        if self._started:
            raise RuntimeError("the converter has started: ask for everything before")
        self._specs.extend(specs)

    def spawn(self) -> None:
        """Start the process before the work is known: it loads vl-convert and draws a first, tiny chart
        (the first drawing costs most: it starts vl-convert's JavaScript engine) while this process goes
        on (loading seeds, building the corpus); `start` then sends it the work, or sends it away."""
        if self._process is None and not self._started:
            self._process = _popen_converter()

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if not self._specs and not self._bundle:
            self.close()
            return
        # one line: the process reads no further, so forked processes holding the pipe cannot keep it waiting
        job = json.dumps({"specs": self._specs, "bundle": self._bundle}).encode() + b"\n"
        if self._process is None:
            self._process = _popen_converter()
        if self._process is None:
            return
        process = self._process
        self._sent = True

        def talk() -> None:  # in a thread: waiting on pipes releases the GIL
            try:
                output, _ = process.communicate(job)
                if process.returncode == 0:
                    self._result = json.loads(output)
            except (OSError, ValueError):
                pass

        self._thread = threading.Thread(target=talk, daemon=True)
        self._thread.start()

    def close(self) -> None:
        """End a spawned process that was sent no work (it has none, or the build failed)."""
        self._started = True
        if self._process is not None and not self._sent:
            self._process.kill()
            self._process.wait()

    def _finish(self) -> dict:
        self.start()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._result is None:  # no process, or it failed: do the work here
            result: dict = {"svg": {name: vl_convert.vegalite_to_svg(spec) for name, spec in self._specs}}
            if self._bundle:
                result["bundle"] = vl_convert.javascript_bundle()
            self._result = result
        return self._result

    def svgs(self) -> dict[str, bytes]:
        return {name: svg.encode() for name, svg in self._finish()["svg"].items()}

    def javascript_bundle(self) -> bytes:
        return self._finish()["bundle"].encode("utf-8")


def _popen_converter() -> subprocess.Popen | None:
    try:
        return subprocess.Popen(
            [sys.executable, "-c", _CONVERTER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except (OSError, ValueError):
        return None


_CONVERTER = """
import json, sys
import vl_convert
vl_convert.vegalite_to_svg({"data": {"values": [{"a": 1}]}, "mark": "point"})  # warms the engine up
line = sys.stdin.readline()
if not line:
    sys.exit(0)
job = json.loads(line)
result = {"svg": {name: vl_convert.vegalite_to_svg(spec) for name, spec in job["specs"]}}
if job["bundle"]:
    result["bundle"] = vl_convert.javascript_bundle()
json.dump(result, sys.stdout)
"""


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def build_charts(
    corpus: Corpus, cache_dir: Path | None = None, code: str = "", converter: Converter | None = None
) -> Charts:
    """The charts of `corpus`. `code` (a fingerprint of the package and libraries) lets chart specs
    be made from templates cached in `cache_dir`; `converter` draws the SVGs not cached."""
    specs = _Specs(cache_dir, code)
    charts = [
        _timeline_chart(corpus, specs),
        _figures_chart(corpus, specs),
        _topics_chart(corpus, specs),
        _quotes_chart(corpus, specs),
    ]
    return Charts({chart.name: chart for chart in charts if chart is not None}, cache_dir, converter)


def _briefing_url(corpus: Corpus, slug: str, anchor: str | None = None) -> str:
    url = paths.page_url(paths.briefing_path(corpus.briefing(slug).article))
    return f"{url}#{anchor}" if anchor else url


# Templates made in this process, by key (see _Specs).
_TEMPLATES: dict[str, str] = {}


class _Specs:
    """Vega-Lite specs from Altair charts, without Altair when it can be helped.

    Altair (slow to import, and validating the whole spec with its data against the schema) writes a
    chart's data as it is given, `{"data": {"values": rows}}`. So the spec of a chart is made once with
    no rows, validated, and kept (in this process and in `cache_dir`) by a key of everything else it
    depends on: the code and libraries (`code`), the chart and its texts. The spec is that template
    with the rows put in. Without `code`, Altair makes every spec in full.
    """

    def __init__(self, cache_dir: Path | None, code: str) -> None:
        self.cache_dir = cache_dir if code else None
        self.code = code

    def spec(self, make: Callable[..., alt.TopLevelMixin], rows: list[dict], *texts: str) -> dict:
        """The spec of `make(altair, altair.Data(values=rows))`; `texts`: every other value `make` uses that is not
        in the code (the chart's variant, title, description)."""
        key = hashlib.sha256(json.dumps([self.code, *texts]).encode()).hexdigest() if self.code else ""
        template = _TEMPLATES.get(key) if key else None
        stored = self.cache_dir / "chart-templates" / f"{key}.json" if key and self.cache_dir else None
        if template is None and stored is not None:
            try:
                template = stored.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                template = None
        if template is None:
            import altair as alt  # on use: importing it takes most of a second

            if not key:
                return make(alt, alt.Data(values=rows)).to_dict(validate=True)
            empty = make(alt, alt.Data(values=[])).to_dict(validate=True)
            if empty.get("data") != {"values": []}:  # Altair did not write the data as given: no template
                return make(alt, alt.Data(values=rows)).to_dict(validate=True)
            template = json.dumps(empty, ensure_ascii=False)
            if stored is not None:
                _write_atomically(stored, template.encode("utf-8"))
        _TEMPLATES[key] = template
        spec = json.loads(template)
        if not isinstance(spec, dict) or spec.get("data") != {"values": []}:  # a damaged cache file
            _TEMPLATES.pop(key, None)
            import altair as alt

            return make(alt, alt.Data(values=rows)).to_dict(validate=True)
        spec["data"] = {"values": rows}
        return spec


def _timeline_chart(corpus: Corpus, specs: _Specs) -> Chart | None:
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
        make = lambda alt, data: (  # noqa: E731
            alt.Chart(data, title=title, description=description)
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
        spec = specs.spec(make, rows, "timeline: events", title, description)
        table = tuple((r["when"], r["topic"], r["event"], r["briefing"]) for r in rows)
        return Chart("timeline", title, description, spec, ("When", "Topic", "Event", "Briefing"), table)
    counts = Counter(
        (
            e.mention.value[:7] if len(e.mention.value) >= 7 else e.mention.value[:4] + "-01",
            e.topics[0] if e.topics else NO_TOPIC,
        )
        for e in dated
    )
    rows = [{"month": f"{month}-01", "topic": topic, "events": n} for (month, topic), n in sorted(counts.items())]
    description = "Number of dated events per month and topic (too many events to show one by one)."
    make = lambda alt, data: (  # noqa: E731
        alt.Chart(data, title=title, description=description)
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
    spec = specs.spec(make, rows, "timeline: months", title, description)
    table = tuple((r["month"][:7], r["topic"], str(r["events"])) for r in rows)
    return Chart("timeline", title, description, spec, ("Month", "Topic", "Events"), table)


def _figures_chart(corpus: Corpus, specs: _Specs) -> Chart | None:
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
    make = lambda alt, data: (  # noqa: E731
        alt.Chart(data, title=title, description=description)
        .mark_bar()
        .encode(
            x=alt.X("usd_billion:Q", title="US$ billion mentioned"),
            y=alt.Y("topic:N", title="Topic"),
            color=alt.Color("year:N", title="Year"),
            tooltip=[alt.Tooltip("topic:N"), alt.Tooltip("year:N"), alt.Tooltip("usd_billion:Q", title="US$ bn")],
        )
        .properties(width="container", height=alt.Step(28))
    )
    spec = specs.spec(make, rows, "figures", title, description)
    table = tuple((r["topic"], r["year"], f"{r['usd_billion']:,.3f}") for r in rows)
    return Chart("figures", title, description, spec, ("Topic", "Year", "US$ billion"), table)


def _topics_chart(corpus: Corpus, specs: _Specs) -> Chart | None:
    if not corpus.topics:
        return None
    recent = corpus.briefings[:MAX_HEATMAP_ARTICLES]
    titles = [_title(corpus, briefing.article.slug) for briefing in recent]
    rows = []
    for briefing, full_title, label in zip(recent, titles, _row_labels(titles), strict=True):
        for topic in briefing.topics:
            rows.append(
                {
                    "topic": topic,
                    "label": label,
                    "briefing": full_title,
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
    make = lambda alt, data: (  # noqa: E731
        alt.Chart(data, title=title, description=description)
        .mark_rect()
        .encode(
            x=alt.X("topic:N", title="Topic"),
            y=alt.Y("label:N", title=None, sort=None, axis=alt.Axis(labelLimit=UNCUT)),
            color=alt.value("#3f51b5"),
            href="url:N",
            tooltip=[alt.Tooltip("briefing:N", title="Briefing"), alt.Tooltip("topic:N", title="Topic")],
        )
        .properties(width=alt.Step(40), height=alt.Step(22))
    )
    spec = specs.spec(make, rows, "topics", title, description)
    table = tuple((r["briefing"], r["topic"]) for r in rows)
    return Chart("topics", title, description, spec, ("Briefing", "Topic"), table)


def _quotes_chart(corpus: Corpus, specs: _Specs) -> Chart | None:
    counted = [(len(r.quotes), r) for r in corpus.entities if r.quotes]
    if not counted:
        return None
    counted.sort(key=lambda item: (-item[0], item[1].name.lower()))
    shown = counted[:MAX_SPEAKERS]
    rows = [
        {"speaker": r.name, "label": label, "quotes": n, "url": paths.page_url(paths.entity_path(r.kind, r.key))}
        for (n, r), label in zip(shown, _row_labels([r.name for _, r in shown]), strict=True)
    ]
    title = "Quotes per speaker"
    description = (
        f"The {len(rows)} speakers quoted most often; click a bar for everything they said."
        if len(counted) > MAX_SPEAKERS
        else "How often each speaker is quoted; click a bar for their page."
    )
    make = lambda alt, data: (  # noqa: E731
        alt.Chart(data, title=title, description=description)
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", title="Quotes", axis=alt.Axis(tickMinStep=1)),
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=UNCUT)),
            href="url:N",
            tooltip=[alt.Tooltip("speaker:N", title="Speaker"), alt.Tooltip("quotes:Q", title="Quotes")],
        )
        .properties(width="container", height=alt.Step(24))
    )
    spec = specs.spec(make, rows, "quotes", title, description)
    table = tuple((r["speaker"], str(r["quotes"])) for r in rows)
    return Chart("quotes", title, description, spec, ("Speaker", "Quotes"), table)


def _row_labels(titles: list[str]) -> list[str]:
    """A short label for each title (or name), distinct from the others', for an axis of one row per title.

    Cut here to fit Vega's label width, so that Vega does not cut them itself: it finds where to cut a
    label by measuring ever shorter pieces of it, which in vl-convert takes seconds for forty titles.
    Distinct, so that two briefings of the same title keep a row each."""
    labels: list[str] = []
    used: set[str] = set()
    for title in titles:
        label = title
        if len(title) > MAX_ROW_LABEL_CHARS:
            cut = title[: MAX_ROW_LABEL_CHARS - 1]
            label = (cut.rsplit(" ", 1)[0] if " " in cut.strip() else cut).rstrip(" ,;:-–—") + "…"
        unique, number = label, 1
        while unique in used:
            number += 1
            unique = f"{label} ({number})"
        used.add(unique)
        labels.append(unique)
    return labels


def _full_date(value: str) -> str:
    """A date value of any precision as a day, for placing it on a time axis."""
    if len(value) == 4:
        return f"{value}-07-01"
    if len(value) == 7:
        return f"{value}-15"
    return value


def _title(corpus: Corpus, slug: str) -> str:
    return display_title(corpus.briefing(slug))
