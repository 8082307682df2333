"""build_corpus gives exactly the Corpus it gave before its speedups (tests/corpus_before.py holds that code).

Compared (equal, and equal in repr: same values in the same order everywhere) on the repository's seeds and
fixture articles, on a synthetic corpus (bench/make_corpus.py), on variations of those (shuffled, slugs
renamed or given twice, entities and speakers dropped or changed, figures changed) large enough that common
topics are left out of related articles, and on small made-up briefings (seeded random) and figures (hypothesis,
derandomized) aimed at the shortcuts: names merged by surname and alias, ties between scores, word overlaps.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import corpus as after
from generator.article import make_article
from generator.config import load_settings
from generator.model import (
    Briefing,
    DateMention,
    Entities,
    FigureRow,
    Money,
    Organization,
    Percentage,
    Person,
    Quote,
    Span,
)
from generator.seeds import load_briefings, load_extractors

from . import corpus_before
from .conftest import bench_module

ROOT = Path(__file__).resolve().parent.parent
_SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None)


def _module_before() -> types.ModuleType:
    module = types.ModuleType("tests.corpus_as_it_was")
    module.__package__ = "generator"  # its imports are relative to the package
    sys.modules[module.__name__] = module  # dataclasses look their module up while the code runs
    exec(compile(corpus_before.SOURCE, "tests/corpus_before.py (SOURCE)", "exec"), module.__dict__)
    return module


before = _module_before()


def assert_same_corpus(briefings: list[Briefing]) -> None:
    expected, got = before.build_corpus(briefings), after.build_corpus(briefings)
    assert got == expected
    assert repr(got) == repr(expected)  # also tells 0.0 from -0.0, which == does not


# ---- articles: the repository's and a synthetic corpus ----------------------------------------


@pytest.fixture(scope="module")
def real() -> list[Briefing]:
    articles = ROOT / "tests" / "fixtures"
    paths = [
        *sorted((ROOT / "seeds").iterdir()),
        *sorted((articles / "articles").glob("*.txt")),
        *sorted((articles / "heldout" / "articles").glob("*.txt")),
    ]
    briefings, errors = load_briefings(tuple(paths), load_extractors(load_settings(ROOT)))
    assert not errors and len(briefings) > 80
    return list(briefings)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> list[Briefing]:
    paths = bench_module("make_corpus").make_corpus(150, tmp_path_factory.mktemp("corpus"))
    briefings, errors = load_briefings(tuple(paths), load_extractors(load_settings(ROOT)))
    assert not errors
    return list(briefings)


def test_the_repositorys_articles(real):
    assert_same_corpus(real)


def test_a_synthetic_corpus(synthetic):
    assert_same_corpus(synthetic)


def _renamed(briefing: Briefing, slug: str) -> Briefing:
    return dataclasses.replace(briefing, article=dataclasses.replace(briefing.article, slug=slug))


def _varied(briefing: Briefing, rng: random.Random, names: list[str]) -> Briefing:
    """The briefing with some entities dropped, roles, aliases and speakers changed, figures moved."""
    entities = briefing.entities
    people = [
        dataclasses.replace(
            person,
            role=rng.choice([person.role, None, "Minister"]),
            aliases=tuple(rng.sample(names, rng.randint(0, 1))) if rng.random() < 0.2 else person.aliases,
        )
        for person in entities.people
        if rng.random() < 0.8
    ]
    orgs = [org for org in entities.organizations if rng.random() < 0.8]
    quotes = [
        dataclasses.replace(quote, speaker=rng.choice(names), speaker_kind=rng.choice([None, "organization"]))
        if rng.random() < 0.2
        else quote
        for quote in briefing.quotes
    ]
    money = [dataclasses.replace(m, amount=m.amount * rng.choice([1, 1, 1.005, 2])) for m in briefing.money]
    return dataclasses.replace(
        briefing,
        entities=dataclasses.replace(entities, people=tuple(people), organizations=tuple(orgs)),
        quotes=tuple(quotes),
        money=tuple(money),
        topics=tuple(rng.sample(briefing.topics, len(briefing.topics))),
    )


@pytest.mark.parametrize("seed", range(4))
def test_variations_of_the_articles(real, synthetic, seed):
    """Three copies of every article (over 200 share a topic: common topics no longer count for related
    articles), varied, shuffled, a few slugs given twice."""
    rng = random.Random(seed)
    pool = real + synthetic
    names = sorted(
        {p.name for b in pool for p in b.entities.people} | {o.name for b in pool for o in b.entities.organizations}
    )
    briefings = [
        _varied(_renamed(briefing, f"{briefing.article.slug}-{copy}"), rng, names) if copy else briefing
        for briefing in pool
        for copy in range(3)
    ]
    for _ in range(5):  # another briefing under a slug already taken
        briefings.append(_renamed(rng.choice(pool), rng.choice(briefings).article.slug))
    rng.shuffle(briefings)
    assert_same_corpus(briefings)


# ---- made-up briefings -------------------------------------------------------------------------

_PEOPLE = ["Shehbaz Sharif", "Nawaz Sharif", "Sharif", "Wang Yi", "Yi", "Li Wei", "Wei", "Dr. Li Wei", "Ahsan Iqbal"]
_ORGS = ["People's Bank of China", "PBOC", "State Bank", "State Bank of Pakistan", "CPEC Authority", "SBP"]
_TOPICS = ["energy", "trade", "ports", "finance"]
_REFERENTS = [
    None,
    "bilateral trade",
    "bilateral trade volume",
    "trade",
    "the loan",
    "a loan to Pakistan",
    "GDP growth",
]


# made once: making articles is slower than the rest together (slugs a to h, a few given twice in an example)
_ARTICLES = [
    make_article(f"{name}.txt", ["One. Two.", "Three. Four.", "Five."], published=published)
    for name in "abcdefgh"
    for published in (None, date(2024, 1, 2), date(2023, 5, 6))
]


def _made_up_briefing(rng: random.Random) -> Briefing:
    def some(items: list, most: int) -> list:
        return [rng.choice(items) for _ in range(rng.randint(0, most))]

    def span() -> Span:
        return Span(rng.randint(0, 2), rng.randint(0, 1))

    def aliases() -> tuple[str, ...]:
        return tuple(some(_PEOPLE + _ORGS, 2)) if rng.random() < 0.3 else ()

    people = [
        Person(rng.choice(_PEOPLE), rng.choice([None, "Prime Minister", "Envoy"]), aliases())
        for _ in range(rng.randint(0, 4))
    ]
    orgs = [Organization(rng.choice(_ORGS), aliases()) for _ in range(rng.randint(0, 3))]
    speakers = [None, *_PEOPLE, *_ORGS, "Someone Else"]
    quotes = [
        Quote(
            rng.choice(["Yes.", "No."]),
            rng.choice(speakers),
            None,
            span(),
            rng.choice([None, "person", "organization"]),
        )
        for _ in range(rng.randint(0, 3))
    ]
    dates = [
        DateMention(rng.choice(["then", "now"]), rng.choice([None, "2023", "2023", "2024-01", ""]), None, None, span())
        for _ in range(rng.randint(0, 3))
    ]
    amounts = [1.0, 1.005, 2.0, 0.0, -0.0, 20e9, 23e9]
    money = [
        Money("$1", rng.choice(amounts), rng.choice(["USD", "PKR"]), None, rng.choice(_REFERENTS), span())
        for _ in range(rng.randint(0, 3))
    ]
    percentages = [
        Percentage("5%", rng.choice(amounts), rng.choice(_REFERENTS), span()) for _ in range(rng.randint(0, 2))
    ]
    return Briefing(
        rng.choice(_ARTICLES),
        tuple(quotes),
        tuple(dates),
        tuple(money),
        tuple(percentages),
        Entities(people=tuple(people), organizations=tuple(orgs)),
        tuple(some(_TOPICS, 3)),
        (),
    )


@pytest.mark.parametrize("seed", range(5))
def test_made_up_briefings(seed):
    """Few names, merged by surname and alias or not, in few articles (a slug often twice), scores often tied."""
    rng = random.Random(seed)
    for _ in range(300):
        assert_same_corpus([_made_up_briefing(rng) for _ in range(rng.randint(0, 12))])


# ---- made-up figures: the conflict search ------------------------------------------------------

_WORDS = ["trade", "loan", "growth", "exports", "imports", "power", "the", "of", "gdp", "to", "bilateral", "debt"]


@st.composite
def _figures(draw) -> tuple[FigureRow, ...]:
    referent = st.lists(st.sampled_from(_WORDS), max_size=7).map(" ".join)
    row = st.builds(
        FigureRow,
        st.sampled_from(["money", "percentage"]),
        st.just("x"),
        st.sampled_from([1.0, 1.005, 1.02, 2.0, 0.0, -0.0, -1.0, float("inf")]),
        st.sampled_from([None, "USD"]),
        st.none(),
        st.one_of(st.none(), referent),
        st.sampled_from([None, "2023", "2024"]),
        st.sampled_from("abc"),
        st.just(Span(0, 0)),
        st.just(()),
    )
    return tuple(draw(st.lists(row, max_size=40)))


@_SETTINGS
@given(_figures())
def test_made_up_figures_conflict_as_before(figures):
    expected, got = before._conflicts(figures), after._conflicts(figures)
    assert got == expected and repr(got) == repr(expected)


@pytest.mark.parametrize("overlap", [0.0, 0.3, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 1.0, 1.5])
def test_figures_conflict_as_before_whatever_the_overlap_needed(overlap, monkeypatch):
    """The prefix filtering follows CONFLICT_OVERLAP: checked on many figures for thresholds around it."""
    rng = random.Random(int(overlap * 1000))
    figures = tuple(
        FigureRow(
            "money",
            "x",
            rng.choice([1.0, 2.0, 3.0]),
            "USD",
            None,
            " ".join(rng.sample(_WORDS, rng.randint(1, 7))),
            rng.choice(["2023", "2024"]),
            rng.choice("abcdef"),
            Span(0, 0),
            (),
        )
        for _ in range(400)
    )
    monkeypatch.setattr(before, "CONFLICT_OVERLAP", overlap)
    monkeypatch.setattr(after, "CONFLICT_OVERLAP", overlap)
    expected, got = before._conflicts(figures), after._conflicts(figures)
    assert got == expected and repr(got) == repr(expected)
    if 0 < overlap <= 0.5:
        assert len(got) > 100  # the comparison says something
