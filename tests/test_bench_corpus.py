"""The benchmark's synthetic corpus maker (bench/make_corpus.py): deterministic, varied, realistic enough."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.config import load_settings
from generator.seeds import briefing_from_bytes, load_extractors

from .conftest import bench_module

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def make_corpus():
    return bench_module("make_corpus").make_corpus


@pytest.fixture(scope="module")
def corpus(make_corpus, tmp_path_factory) -> list[Path]:
    return make_corpus(40, tmp_path_factory.mktemp("corpus"))


def _texts(paths: list[Path]) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in paths]


def test_same_seed_gives_the_same_files(make_corpus, tmp_path):
    first = make_corpus(15, tmp_path / "a", seed=3)
    second = make_corpus(15, tmp_path / "b", seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert _texts(first) == _texts(second)


def test_another_seed_gives_other_articles(make_corpus, tmp_path):
    assert _texts(make_corpus(5, tmp_path / "a", seed=3)) != _texts(make_corpus(5, tmp_path / "b", seed=4))


def test_n_distinct_seed_files_are_written(corpus):
    assert len(corpus) == 40
    assert all(path.suffix == ".txt" and path.stat().st_size > 500 for path in corpus)
    assert len(set(_texts(corpus))) == 40


def test_articles_contain_quotes_dates_money_and_percentages(corpus):
    texts = _texts(corpus)
    quoted = [t for t in texts if re.search(r"[\u201c\"][A-Z][^\u201d\"]{20,}", t)]
    assert len(quoted) >= 30
    assert (
        sum(bool(re.search(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", t)) for t in texts)
        >= 20
    )
    assert (
        sum(
            bool(
                re.search(
                    r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b",
                    t,
                )
            )
            for t in texts
        )
        >= 20
    )
    assert sum(bool(re.search(r"(?:\$|Rs|RMB |yuan)", t)) for t in texts) >= 30
    assert sum(bool(re.search(r"\d(?:%| percent| per cent)", t)) for t in texts) >= 30


def test_corpus_mixes_datelines_front_matter_and_boilerplate(corpus):
    texts = _texts(corpus)
    assert any(t.startswith("---\n") for t in texts)
    assert any(not t.startswith("---\n") for t in texts)
    assert any(re.search(r"\((?:Xinhua|APP)\)|/PRNewswire/", t) for t in texts)
    assert any(
        re.search(r"Recommended Articles|Skip to Content|Video Player is loading|Related Stories", t) for t in texts
    )


def test_publication_dates_spread_over_years(corpus):
    years = {int(y) for t in _texts(corpus) for y in re.findall(r"\b(20[12]\d)\b", t)}
    assert len(years) >= 4


def test_people_recur_across_articles_but_names_keep_growing(make_corpus, tmp_path):
    names = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+), (?:Federal|Chinese|Pakistani|Chairman|Senator|Vice|Minister)")
    small = {m for t in _texts(make_corpus(20, tmp_path / "s")) for m in names.findall(t)}
    large = {m for t in _texts(make_corpus(120, tmp_path / "l")) for m in names.findall(t)}
    assert len(large) > len(small) * 2


def test_pipeline_extracts_facts_from_synthetic_articles(corpus):
    extractors = load_extractors(load_settings(ROOT))
    briefings = [briefing_from_bytes(path.read_bytes(), path.name, extractors) for path in corpus[:4]]
    assert all(b.article.paragraphs for b in briefings)
    assert sum(len(b.quotes) for b in briefings) >= 1
    assert sum(len(b.money) for b in briefings) >= 1
    assert sum(len(b.entities.people) for b in briefings) >= 1
