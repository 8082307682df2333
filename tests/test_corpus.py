"""Corpus: one registry across articles (aliases merged), timeline order, figure conflicts, related."""

from __future__ import annotations

from collections import Counter
from datetime import date

from generator.article import make_article
from generator.corpus import CONFLICTS_PER_FIGURE, build_corpus
from generator.model import Briefing, DateMention, Entities, Money, Organization, Percentage, Person, Quote, Span


def briefing(name, *, published=None, people=(), orgs=(), quotes=(), dates=(), money=(), percentages=(), topics=()):
    article = make_article(
        f"{name}.txt", ["First sentence. Second sentence.", "Another paragraph."], published=published
    )
    return Briefing(
        article,
        tuple(quotes),
        tuple(dates),
        tuple(money),
        tuple(percentages),
        Entities(people=tuple(people), organizations=tuple(orgs)),
        tuple(topics),
        (),
    )


def test_a_person_named_in_full_in_one_article_and_by_surname_in_another_is_one_entity():
    a = briefing("a", published=date(2024, 1, 2), people=[Person("Shehbaz Sharif", "Prime Minister", ("PM Shehbaz",))])
    b = briefing(
        "b",
        published=date(2024, 2, 2),
        people=[Person("Sharif")],
        quotes=[Quote("We will deliver.", "Sharif", None, Span(0, 0), "person")],
    )
    corpus = build_corpus([a, b])
    people = [r for r in corpus.entities if r.kind == "person"]
    assert len(people) == 1
    record = people[0]
    assert record.name == "Shehbaz Sharif"
    assert set(record.articles) == {"a", "b"}
    assert "PM Shehbaz" in record.aliases and "Sharif" in record.aliases
    assert [q.text for _, q in record.quotes] == ["We will deliver."]
    assert [r.role for r in record.roles] == ["Prime Minister"]


def test_an_organisation_and_its_acronym_in_another_article_are_one_entity():
    a = briefing("a", orgs=[Organization("People's Bank of China", ("PBOC",))])
    b = briefing("b", orgs=[Organization("PBOC")])
    corpus = build_corpus([a, b])
    assert [r.name for r in corpus.entities] == ["People's Bank of China"]


def test_a_surname_shared_by_two_people_is_not_merged_into_either():
    a = briefing("a", people=[Person("Shehbaz Sharif"), Person("Nawaz Sharif")])
    b = briefing("b", people=[Person("Sharif")])
    names = sorted(r.name for r in build_corpus([a, b]).entities)
    assert names == ["Nawaz Sharif", "Sharif", "Shehbaz Sharif"]


def test_timeline_orders_dated_events_and_keeps_undated_ones_apart_at_the_end():
    a = briefing(
        "a",
        dates=[
            DateMention("in 2015", "2015", "year", "CPEC launched", Span(0, 0)),
            DateMention("on Monday", None, None, "talks", Span(1, 0)),
        ],
    )
    b = briefing("b", dates=[DateMention("June 30", "2014-06-30", "day", "deal", Span(0, 0))])
    timeline = build_corpus([a, b]).timeline
    assert [e.mention.value for e in timeline] == ["2014-06-30", "2015", None]


def test_two_articles_giving_different_figures_for_the_same_thing_and_period_conflict():
    dated = DateMention("in 2023", "2023", "year", None, Span(0, 0))
    a = briefing("a", dates=[dated], money=[Money("$23 billion", 23e9, "USD", 23e9, "bilateral trade", Span(0, 0))])
    b = briefing(
        "b", dates=[dated], money=[Money("$20 billion", 20e9, "USD", 20e9, "bilateral trade volume", Span(0, 0))]
    )
    c = briefing("c", dates=[dated], money=[Money("$23 billion", 23e9, "USD", 23e9, "bilateral trade", Span(0, 0))])
    conflicts = build_corpus([a, b, c]).conflicts
    assert {tuple(sorted((x.first.slug, x.second.slug))) for x in conflicts} == {("a", "b"), ("b", "c")}


def test_figures_without_a_shared_period_are_not_called_a_conflict():
    a = briefing("a", money=[Money("$23 billion", 23e9, "USD", 23e9, "bilateral trade", Span(0, 0))])
    b = briefing("b", money=[Money("$20 billion", 20e9, "USD", 20e9, "bilateral trade", Span(0, 0))])
    assert build_corpus([a, b]).conflicts == ()


def test_related_briefings_share_entities_or_topics():
    a = briefing("a", people=[Person("Ahsan Iqbal")], topics=["energy"])
    b = briefing("b", people=[Person("Ahsan Iqbal")])
    c = briefing("c", topics=["agriculture"])
    related = dict(build_corpus([a, b, c]).related)
    assert related["a"] == ("b",) and related["c"] == ()


def test_briefings_are_ordered_newest_first_with_undated_last():
    a = briefing("a", published=date(2020, 1, 1))
    b = briefing("b", published=date(2024, 1, 1))
    c = briefing("c")
    assert [x.article.slug for x in build_corpus([c, a, b]).briefings] == ["b", "a", "c"]


def test_figures_sharing_one_generic_word_are_no_conflict():
    dated = DateMention("in 2023", "2023", "year", None, Span(0, 0))
    a = briefing("a", dates=[dated], percentages=[Percentage("7 percent", 7.0, "total", Span(0, 0))])
    b = briefing("b", dates=[dated], percentages=[Percentage("23 percent", 23.0, "total", Span(0, 0))])
    assert build_corpus([a, b]).conflicts == ()


def test_a_figure_is_listed_against_a_few_earlier_ones_not_all():
    dated = DateMention("in 2023", "2023", "year", None, Span(0, 0))
    many = [
        briefing(
            f"s{n:02d}",
            dates=[dated],
            money=[Money(f"${n} billion", n * 1e9, "USD", n * 1e9, "bilateral trade", Span(0, 0))],
        )
        for n in range(1, 21)
    ]
    conflicts = build_corpus(many).conflicts
    by_second = Counter(conflict.second.slug for conflict in conflicts)
    assert max(by_second.values()) == CONFLICTS_PER_FIGURE  # 19 earlier ones differ from the last figure
    assert len(conflicts) < 20 * CONFLICTS_PER_FIGURE  # not the 190 pairs
