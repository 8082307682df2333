"""Charts: data aggregated before plotting, readable labels, and the script bundle made once per machine."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

import generator.render.charts as charts
from generator import build
from generator.article import make_article
from generator.config import load_settings
from generator.corpus import build_corpus
from generator.model import Briefing, Entities
from generator.render import paths, vega_bundle

from .conftest import make_project

LONG_TITLE = "China and Pakistan sign a long list of agreements on the Gwadar port and the railway line"


def _briefing(number: int, title: str, topics: tuple[str, ...]) -> Briefing:
    article = make_article(
        f"{number:03d}.txt",
        [f"ISLAMABAD: Officials met on Monday to discuss item {number}."],
        title=title,
        published=date(2024, 1, 1 + number % 28),
    )
    return Briefing(
        article=article, quotes=(), dates=(), money=(), percentages=(), entities=Entities(), topics=topics, summary=()
    )


def _topics_chart(briefings: list[Briefing]) -> charts.Chart:
    corpus = build_corpus(briefings)
    return charts.build_charts(corpus).charts["topics"]


def test_heatmap_rows_have_short_labels_and_keep_the_whole_title_for_the_tooltip_and_table():
    chart = _topics_chart([_briefing(1, LONG_TITLE, ("ports", "rail")), _briefing(2, "Short title", ("trade",))])
    rows = chart.spec["data"]["values"]
    labels = {row["briefing"]: row["label"] for row in rows}
    assert labels["Short title"] == "Short title"
    long_label = labels[LONG_TITLE]
    assert len(long_label) <= charts.MAX_ROW_LABEL_CHARS and long_label.endswith("…")
    assert LONG_TITLE.startswith(long_label[:-1])  # cut at a word's end, with nothing else changed
    assert chart.spec["encoding"]["y"]["field"] == "label"
    assert [t["field"] for t in chart.spec["encoding"]["tooltip"]] == ["briefing", "topic"]
    assert (LONG_TITLE, "ports") in chart.rows and (LONG_TITLE, "rail") in chart.rows


def test_two_briefings_of_one_title_keep_a_row_each():
    chart = _topics_chart([_briefing(n, LONG_TITLE, ("ports",)) for n in range(3)])
    rows = chart.spec["data"]["values"]
    assert len({row["label"] for row in rows}) == 3
    assert len({row["url"] for row in rows}) == 3


def test_the_heatmap_shows_only_the_most_recent_briefings():
    briefings = [_briefing(n, f"Briefing number {n}", ("trade",)) for n in range(charts.MAX_HEATMAP_ARTICLES + 15)]
    chart = _topics_chart(briefings)
    assert len({row["url"] for row in chart.spec["data"]["values"]}) == charts.MAX_HEATMAP_ARTICLES
    assert "most recent" in chart.description


def _shortened_from(label: str, title: str) -> bool:
    """`label` is `title`, or a start of it cut short (with "…") to the row label's length."""
    return label == title or (
        label.endswith("…") and len(label) <= charts.MAX_ROW_LABEL_CHARS and title.startswith(label[:-1])
    )


@given(st.lists(st.text(alphabet="ab é—,.-", min_size=1, max_size=80), max_size=30))
def test_row_labels_are_distinct_short_and_in_order(titles):
    labels = charts._row_labels(titles)
    assert len(labels) == len(titles)
    assert len(set(labels)) == len(labels)
    for title, label in zip(titles, labels, strict=True):
        numbered = re.fullmatch(r"(.*) \((\d+)\)", label, re.S)  # a second "X" is "X (2)"
        assert _shortened_from(label, title) or (numbered and _shortened_from(numbered[1], title)), (title, label)


def test_the_script_bundle_is_made_once_and_kept_in_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    kept = tmp_path / "user-cache" / vega_bundle.STORE_FOLDER / vega_bundle.bundle_path().name
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "one.txt").write_text("Port talks\n\nISLAMABAD: Officials met on Monday.\n", "utf-8")
    asked: list[bool] = []
    real_bundle = charts.Converter.bundle
    monkeypatch.setattr(charts.Converter, "bundle", lambda self: asked.append(True) or real_bundle(self))

    build.build_site(load_settings(project), use_cache=False)
    script = (project / "docs" / paths.ASSETS / "vega.js").read_bytes()
    assert asked == [True] and kept.read_bytes() == script and b"vegaEmbed" in script

    # another project, and a build that ignores the project's cache: the kept bundle, not made again
    other = make_project(tmp_path / "q", seeds=list((project / "seeds").iterdir()))
    build.build_site(load_settings(other), use_cache=False)
    assert asked == [True]
    assert (other / "docs" / paths.ASSETS / "vega.js").read_bytes() == script


def test_a_cache_folder_that_cannot_be_written_only_means_the_bundle_is_made_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "one.txt").write_text("Port talks\n\nISLAMABAD: Officials met on Monday.\n", "utf-8")
    report = build.build_site(load_settings(project))
    assert not report.errors
    assert b"vegaEmbed" in (project / "docs" / paths.ASSETS / "vega.js").read_bytes()
    assert vega_bundle.stored_bundle() is None


def test_a_relative_xdg_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert vega_bundle.store() == tmp_path / ".cache" / vega_bundle.STORE_FOLDER


def _quotes_chart_of(speakers: dict[str, int]) -> charts.Chart:
    from types import SimpleNamespace

    records = [
        SimpleNamespace(name=name, kind="person", key=f"speaker-{n}", quotes=("q",) * count)
        for n, (name, count) in enumerate(speakers.items())
    ]
    chart = charts._quotes_chart(SimpleNamespace(entities=records), charts._Specs(None, ""))
    assert chart is not None
    return chart


def test_speaker_bars_have_short_labels_and_keep_the_whole_name_for_the_tooltip_and_table():
    long_name = "head of the China Energy Cooperation Office Liang Bo"
    chart = _quotes_chart_of({long_name: 3, "Liang Bo": 2})
    rows = {row["speaker"]: row for row in chart.spec["data"]["values"]}
    assert rows["Liang Bo"]["label"] == "Liang Bo"
    assert _shortened_from(rows[long_name]["label"], long_name) and rows[long_name]["label"] != long_name
    assert chart.spec["encoding"]["y"]["field"] == "label"
    assert [t["field"] for t in chart.spec["encoding"]["tooltip"]] == ["speaker", "quotes"]
    assert (long_name, "3") in chart.rows


def test_axes_whose_labels_are_cut_here_are_not_cut_again_by_vega():
    """Vega measures every label it may cut (slow in vl-convert); rows cut by `_row_labels` need no second cut."""
    heatmap = _topics_chart([_briefing(1, LONG_TITLE, ("ports",))])
    speakers = _quotes_chart_of({"Ahsan Iqbal": 2})
    for chart in (heatmap, speakers):
        assert chart.spec["encoding"]["y"]["axis"]["labelLimit"] == charts.UNCUT == 0
