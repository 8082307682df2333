"""Data exports: CSV a spreadsheet opens safely, TimelineJS JSON, Atom feed."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from xml.etree import ElementTree

from hypothesis import given
from hypothesis import strategies as st

from generator.article import make_article
from generator.corpus import build_corpus
from generator.model import Briefing, DateMention, Entities, Money, Quote, Span
from generator.render.exports import indented_json, render_exports, render_feed, spreadsheet_safe


def _corpus():
    article = make_article(
        "a.txt",
        ['=HYPERLINK("http://x") said the minister on Monday.'],
        title="T",
        published=date(2024, 3, 5),
        added=date(2024, 3, 6),
    )
    briefing = Briefing(
        article,
        (Quote("=cmd|' /C calc'!A0", "@Someone", None, Span(0, 0)),),
        (
            DateMention("on Monday", "2024-03-04", "day", "+talks", Span(0, 0)),
            DateMention("later", None, None, None, Span(0, 0)),
        ),
        (Money("$2 billion", 2e9, "USD", 2e9, "-loan", Span(0, 0)),),
        (),
        Entities(),
        ("finance",),
        (Span(0, 0),),
    )
    return build_corpus([briefing])


def test_cells_starting_like_a_formula_are_neutralised():
    for value in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert spreadsheet_safe(value).startswith("'")
    assert spreadsheet_safe("plain") == "plain"


def test_csv_exports_have_a_header_and_no_cell_a_spreadsheet_would_run():
    files = render_exports(_corpus())
    for name in ("data/quotes.csv", "data/events.csv", "data/figures.csv"):
        rows = list(csv.reader(io.StringIO(files[name].decode("utf-8"))))
        assert rows[0] and len(rows) >= 2
        for row in rows[1:]:
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), (name, row)


def test_timelinejs_export_has_only_dated_events_in_knight_lab_format():
    data = json.loads(render_exports(_corpus())["data/timeline.json"])
    assert data["title"]["text"]["headline"]
    assert [e["start_date"] for e in data["events"]] == [{"year": "2024", "month": "03", "day": "04"}]


def test_atom_feed_is_well_formed_with_one_entry_per_briefing():
    corpus = _corpus()
    feed = ElementTree.fromstring(render_feed(corpus, list(corpus.briefings), "Site <&>"))
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1
    assert entries[0].find("{http://www.w3.org/2005/Atom}updated").text == "2024-03-06T00:00:00Z"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_indented_json_is_what_json_dumps_writes(value) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
