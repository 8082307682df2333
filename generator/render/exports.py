"""Data exports under docs/data/ (CSV, JSON, TimelineJS) and the Atom feed of new briefings.

CSV is UTF-8 with a BOM-less header row; a cell that a spreadsheet would read as a formula
(starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from xml.sax.saxutils import escape as xml_escape

from ..corpus import publication_key
from ..model import Briefing, Corpus
from . import paths
from .titles import display_title

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    # spreadsheet_safe(cell) for each cell, its test made here for a string (most cells): str(cell) is the cell
    start = _FORMULA_START
    writer.writerows(
        [
            [
                ("'" + cell if cell.startswith(start) else cell) if type(cell) is str else spreadsheet_safe(cell)
                for cell in row
            ]
            for row in rows
        ]
    )
    return buffer.getvalue().encode("utf-8")


def _json(data: object) -> bytes:
    return (indented_json(data) + "\n").encode("utf-8")


def indented_json(value: object, newline: str = "\n") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)` for JSON's types, made faster: with
    an indent, json encodes in Python through generators; this joins each container's parts at once.
    `newline` is a line break and the indent of the container's closing bracket."""
    if isinstance(value, str):
        return _json_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _json_float(value)
    inner = newline + " "
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [_json_string(key) + ": " + indented_json(item, inner) for key, item in sorted(value.items())]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join([indented_json(item, inner) for item in value]) + newline + "]"
    raise TypeError(f"not JSON: {type(value).__name__}")


_json_string = json.encoder.encode_basestring  # json's own (in C), as json.dumps with ensure_ascii=False


def _json_float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def render_exports(corpus: Corpus) -> dict[str, bytes]:
    pages = {b.article.slug: paths.page_url(paths.briefing_path(b.article)) for b in corpus.briefings}
    return {
        "data/quotes.csv": _quotes_csv(corpus, pages),
        "data/events.csv": _events_csv(corpus, pages),
        "data/figures.csv": _figures_csv(corpus, pages),
        "data/entities.json": _entities_json(corpus),
        "data/timeline.json": _timelinejs(corpus),
    }


def _page(corpus: Corpus, slug: str) -> str:
    return paths.page_url(paths.briefing_path(corpus.briefing(slug).article))


def _quotes_csv(corpus: Corpus, pages: dict[str, str]) -> bytes:
    rows = [
        [
            q.speaker or "",
            q.speaker_role or "",
            q.text,
            b.article.slug,
            publication_key(b) or "",
            f"{pages[b.article.slug]}#{q.span.anchor}",
        ]
        for b in corpus.briefings
        for q in b.quotes
    ]
    return _csv(["speaker", "speaker_role", "quote", "briefing", "published", "page"], rows)


def _events_csv(corpus: Corpus, pages: dict[str, str]) -> bytes:
    rows = [
        [
            e.mention.value or "",
            e.mention.precision or "",
            e.mention.text,
            e.mention.event or "",
            e.slug,
            "; ".join(e.topics),
            f"{pages[e.slug]}#{e.mention.span.anchor}",
        ]
        for e in corpus.timeline
    ]
    return _csv(["date", "precision", "text", "event", "briefing", "topics", "page"], rows)


def _figures_csv(corpus: Corpus, pages: dict[str, str]) -> bytes:
    rows = [
        [
            f.kind,
            f.text,
            f.value,
            f.currency or "",
            "" if f.usd is None else f.usd,
            f.refers_to or "",
            f.period or "",
            f.slug,
            f"{pages[f.slug]}#{f.span.anchor}",
        ]
        for f in corpus.figures
    ]
    return _csv(["kind", "text", "value", "currency", "usd", "refers_to", "period", "briefing", "page"], rows)


def _entities_json(corpus: Corpus) -> bytes:
    return _json(
        [
            {
                "key": r.key,
                "name": r.name,
                "kind": r.kind,
                "aliases": list(r.aliases),
                "roles": [{"role": s.role, "briefing": s.slug} for s in r.roles],
                "briefings": list(r.articles),
                "quotes": len(r.quotes),
                "page": paths.page_url(paths.entity_path(r.kind, r.key)),
            }
            for r in corpus.entities
        ]
    )


def _timelinejs(corpus: Corpus) -> bytes:
    """Knight Lab TimelineJS JSON: {"title": …, "events": [{"start_date": {...}, "text": {...}}]}."""
    events = []
    for event in corpus.timeline:
        value = event.mention.value
        if not value:
            continue
        parts = value.split("-")
        start = {"year": parts[0]}
        if len(parts) > 1:
            start["month"] = parts[1]
        if len(parts) > 2:
            start["day"] = parts[2]
        briefing = corpus.briefing(event.slug)
        events.append(
            {
                "start_date": start,
                "text": {
                    "headline": xml_escape(event.mention.event or event.mention.text),
                    "text": xml_escape(f"{display_title(briefing)} — “{event.mention.text}”"),
                },
                "group": event.topics[0] if event.topics else "",
                "unique_id": f"{event.slug}-{event.mention.span.anchor}-{len(events)}",
            }
        )
    return _json(
        {
            "title": {
                "text": {"headline": "China–Pakistan timeline", "text": "Dated events extracted from the briefings."}
            },
            "events": events,
        }
    )


def render_feed(corpus: Corpus, briefings: list[Briefing], site_title: str) -> bytes:
    """An Atom feed of recently added briefings. Links are relative to the feed's own URL."""

    def stamp(briefing: Briefing) -> str:
        day = (
            briefing.article.added or briefing.article.published or date(briefing.article.published_year or 1970, 1, 1)
        )
        return f"{day.isoformat()}T00:00:00Z"

    updated = max((stamp(b) for b in briefings), default="1970-01-01T00:00:00Z")
    entries = []
    for briefing in briefings:
        link = "../" + _page(corpus, briefing.article.slug)
        summary = " ".join(
            s.text
            for p in briefing.article.sentences
            for s in p
            if any(span.paragraph == s.paragraph and span.sentence == s.index for span in briefing.summary)
        )
        entries.append(
            "  <entry>\n"
            f"    <title>{xml_escape(display_title(briefing))}</title>\n"
            f"    <id>urn:briefing:{xml_escape(briefing.article.slug)}</id>\n"
            f'    <link href="{xml_escape(link)}"/>\n'
            f"    <updated>{stamp(briefing)}</updated>\n"
            f"    <summary>{xml_escape(summary)}</summary>\n"
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">\n'
        f"  <title>{xml_escape(site_title)}: new briefings</title>\n"
        "  <id>urn:briefing:feed</id>\n"
        f"  <updated>{updated}</updated>\n"
        "  <author><name>Briefing</name></author>\n" + "".join(entries) + "</feed>\n"
    ).encode("utf-8")
