"""generator/corpus.py as it was before its speedups (commit a13561a), verbatim, as text.

tests/test_corpus_equivalence.py runs it as a module of its own and compares its Corpus with today's.
Kept as text: its imports are relative to the generator package, so it cannot be imported from here.
"""

SOURCE = r'''"""Across articles: one registry of people and organisations, the master timeline, the figures
table with disagreements, topics and related articles. Pure: briefings in, Corpus out."""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .article import slugify
from .model import (
    Briefing,
    Corpus,
    EntityRecord,
    FigureConflict,
    FigureRow,
    Quote,
    RoleSeen,
    TimelineEvent,
)

RELATED_LIMIT = 5
RELATED_COMMON_FLOOR = 200  # below this many briefings, every shared feature counts
CONFLICT_OVERLAP = 0.5  # share of referent words two figures must have in common to be "the same thing"
CONFLICT_TOLERANCE = 0.01  # relative difference under which two figures agree
CONFLICT_SHARED_WORDS = 2  # fewest referent words two figures must share ("total" alone names no one thing)
CONFLICTS_PER_FIGURE = 3  # earlier figures a figure is listed against, at most
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "and",
        "with",
        "from",
        "by",
        "at",
        "as",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "over",
        "about",
        "more",
        "than",
        "pakistan",
        "china",
        "pakistani",
        "chinese",
        "total",
    ]
)


def build_corpus(briefings: tuple[Briefing, ...] | list[Briefing]) -> Corpus:
    ordered = sort_briefings(briefings)
    entities, entity_of_name = _registry(ordered)
    figures = _figures(ordered)
    return Corpus(
        briefings=ordered,
        entities=entities,
        timeline=_timeline(ordered),
        figures=figures,
        conflicts=_conflicts(figures),
        topics=_topics(ordered),
        related=_related(ordered, entity_of_name),
        entity_of_name=tuple(sorted(entity_of_name.items())),
    )


def sort_briefings(briefings: tuple[Briefing, ...] | list[Briefing]) -> tuple[Briefing, ...]:
    """The corpus order: newest first, undated last, then by slug."""
    return tuple(sorted(briefings, key=_newest_first))


def _newest_first(briefing: Briefing) -> tuple:
    article = briefing.article
    when = article.published or (date(article.published_year, 1, 1) if article.published_year else None)
    return (when is None, -(when.toordinal()) if when else 0, article.slug)


def publication_key(briefing: Briefing) -> str | None:
    """The ISO date (or year) a briefing was published, as far as the text says."""
    article = briefing.article
    if article.published:
        return article.published.isoformat()
    return str(article.published_year) if article.published_year else None


# ---- entity registry --------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # names recur across articles: asked for about ten times per distinct name
def name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())


@dataclass
class _Entry:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: list[RoleSeen] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    quotes: list[tuple[str, Quote]] = field(default_factory=list)
    # membership tests on the lists above, which grow with the corpus for a much-mentioned entity
    seen_articles: set[str] = field(default_factory=set)
    seen_roles: set[tuple[str, str]] = field(default_factory=set)

    def add_article(self, slug: str) -> None:
        if slug not in self.seen_articles:
            self.seen_articles.add(slug)
            self.articles.append(slug)


def _registry(briefings: tuple[Briefing, ...]) -> tuple[tuple[EntityRecord, ...], dict[str, str]]:
    """Merge people and organisations across articles by name, alias and (for people) surname."""
    entries: dict[str, _Entry] = {}  # entity id → entry
    surnames: dict[str, set[str]] = defaultdict(set)  # last word of a person's name → entity ids
    lookup: dict[tuple[str, str], str] = {}  # (kind, normalised name or alias) → entity id
    per_article: dict[str, dict[str, str]] = {}  # slug → {name as written: entity id}

    def resolve(kind: str, name: str, aliases: tuple[str, ...]) -> str:
        for candidate in (name, *aliases):
            found = lookup.get((kind, name_key(candidate)))
            if found:
                return found
        words = name_key(name).split()
        if kind == "person" and len(words) == 1 and len(surnames.get(words[0], ())) == 1:
            return next(iter(surnames[words[0]]))  # a one-word name joins the only person of that surname
        entity_id = f"{kind}:{name_key(name)}"
        entries[entity_id] = _Entry(name=name, kind=kind)
        if kind == "person" and len(words) > 1:
            surnames[words[-1]].add(entity_id)
        return entity_id

    # Longer (fuller) names first, so "Sharif" joins "Shehbaz Sharif" whatever the article order.
    mentions = []
    for briefing in briefings:
        slug = briefing.article.slug
        for person in briefing.entities.people:
            mentions.append(("person", person.name, person.aliases, person.role, briefing))
        for org in briefing.entities.organizations:
            mentions.append(("organization", org.name, org.aliases, None, briefing))
    mentions.sort(key=lambda m: (-len(m[1].split()), m[0], m[1], m[4].article.slug))
    for kind, name, aliases, role, briefing in mentions:
        slug = briefing.article.slug
        entity_id = resolve(kind, name, aliases)
        entry = entries[entity_id]
        for alias in (name, *aliases):
            lookup.setdefault((kind, name_key(alias)), entity_id)
            if alias != entry.name:
                entry.aliases.add(alias)
        entry.add_article(slug)
        if role and (role, slug) not in entry.seen_roles:
            entry.seen_roles.add((role, slug))
            entry.roles.append(RoleSeen(role=role, slug=slug, published=briefing.article.published))
        names = per_article.setdefault(slug, {})
        for alias in (name, *aliases):
            names[alias] = entity_id

    for briefing in briefings:
        slug = briefing.article.slug
        names = per_article.get(slug, {})
        for quote in briefing.quotes:
            if quote.speaker is None:
                continue
            entity_id = (
                names.get(quote.speaker)
                or lookup.get(("person", name_key(quote.speaker)))
                or lookup.get(("organization", name_key(quote.speaker)))
            )
            if entity_id is None:
                kind = quote.speaker_kind or "person"
                entity_id = resolve(kind, quote.speaker, ())
                lookup[(kind, name_key(quote.speaker))] = entity_id
                names[quote.speaker] = entity_id
                per_article.setdefault(slug, names)
            entry = entries[entity_id]
            entry.quotes.append((slug, quote))
            entry.add_article(slug)

    keys = _unique_keys(entries)
    order = {briefing.article.slug: position for position, briefing in enumerate(briefings)}
    together: dict[str, Counter] = defaultdict(Counter)
    for names in per_article.values():
        ids = sorted(set(names.values()))
        others = [keys[entity_id] for entity_id in ids]
        for position, first in enumerate(ids):
            together[first].update(others[:position] + others[position + 1 :])  # counted in C
    records = []
    for entity_id, entry in entries.items():
        records.append(
            EntityRecord(
                key=keys[entity_id],
                name=entry.name,
                kind=entry.kind,
                aliases=tuple(sorted(entry.aliases)),
                roles=tuple(sorted(entry.roles, key=lambda r: (order.get(r.slug, 0), r.role))),
                articles=tuple(sorted(entry.articles, key=lambda s: order.get(s, 0))),
                quotes=tuple(sorted(entry.quotes, key=lambda q: (order.get(q[0], 0), q[1].span.paragraph))),
                co_mentions=tuple(sorted(together[entity_id].items(), key=lambda kv: (-kv[1], kv[0])))[:10],
            )
        )
    records.sort(key=lambda r: (r.kind != "person", -len(r.articles), -len(r.quotes), r.name.lower(), r.key))
    entity_of_name = {}
    for _slug, names in sorted(per_article.items()):
        for written, entity_id in names.items():
            entity_of_name.setdefault(written, keys[entity_id])
    return tuple(records), entity_of_name


def _unique_keys(entries: dict[str, _Entry]) -> dict[str, str]:
    keys: dict[str, str] = {}
    taken: set[str] = set()
    for entity_id in sorted(entries):
        base = slugify(entries[entity_id].name, max_length=60)
        key, number = base, 2
        while key in taken:
            key, number = f"{base}-{number}", number + 1
        taken.add(key)
        keys[entity_id] = key
    return keys


# ---- timeline, figures, topics, related ----------------------------------------------------


def _timeline(briefings: tuple[Briefing, ...]) -> tuple[TimelineEvent, ...]:
    events = [
        TimelineEvent(mention=mention, slug=briefing.article.slug, topics=briefing.topics)
        for briefing in briefings
        for mention in briefing.dates
    ]
    dated = sorted(
        (e for e in events if e.mention.value),
        key=lambda e: (e.mention.value, e.slug, e.mention.span.paragraph, e.mention.span.sentence, e.mention.text),
    )
    undated = sorted(
        (e for e in events if not e.mention.value),
        key=lambda e: (e.slug, e.mention.span.paragraph, e.mention.span.sentence, e.mention.text),
    )
    return (*dated, *undated)


def _figures(briefings: tuple[Briefing, ...]) -> tuple[FigureRow, ...]:
    rows = []
    for briefing in briefings:
        slug = briefing.article.slug
        period_of = {}
        for mention in briefing.dates:
            if mention.value:
                period_of.setdefault((mention.span.paragraph, mention.span.sentence), mention.value)
        for money in briefing.money:
            rows.append(
                FigureRow(
                    "money",
                    money.text,
                    money.amount,
                    money.currency,
                    money.usd,
                    money.refers_to,
                    period_of.get((money.span.paragraph, money.span.sentence)),
                    slug,
                    money.span,
                    briefing.topics,
                )
            )
        for percent in briefing.percentages:
            rows.append(
                FigureRow(
                    "percentage",
                    percent.text,
                    percent.value,
                    None,
                    None,
                    percent.refers_to,
                    period_of.get((percent.span.paragraph, percent.span.sentence)),
                    slug,
                    percent.span,
                    briefing.topics,
                )
            )
    return tuple(rows)


@lru_cache(maxsize=1 << 16)
def referent_words(text: str | None) -> frozenset[str]:
    words = re.findall(r"[a-z]+", (text or "").lower())
    return frozenset(word for word in words if word not in _STOPWORDS and len(word) > 2)


def _conflicts(figures: tuple[FigureRow, ...]) -> tuple[FigureConflict, ...]:
    """Pairs from different articles: same kind, currency and period, overlapping referent, other value.

    Figures are bucketed by (kind, currency, period) and compared only with earlier figures that
    share a referent word, so the cost grows with the number of candidates, not its square."""
    found = []
    seen_by_word: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    words_of: list[frozenset[str]] = [referent_words(f.refers_to) for f in figures]
    for index, figure in enumerate(figures):
        words = words_of[index]
        if not words or figure.period is None:
            continue
        bucket = seen_by_word[(figure.kind, figure.currency, figure.period)]
        # each earlier figure with the number of words it shares (each is listed once under each of its words)
        common: Counter = Counter()
        for word in words:
            earlier_ones = bucket.get(word)
            if earlier_ones:
                common.update(earlier_ones)
        # sharing c of their a and b words, two figures need c / (a + b - c) >= CONFLICT_OVERLAP, and since
        # a >= c, then c >= CONFLICT_OVERLAP * b: the others cannot qualify and are not looked at
        listed = 0
        for earlier in sorted(
            e
            for e, shared in common.items()
            if shared >= CONFLICT_OVERLAP * len(words) and shared >= CONFLICT_SHARED_WORDS
        ):
            if listed == CONFLICTS_PER_FIGURE:
                break
            first = figures[earlier]
            if first.slug == figure.slug:
                continue
            in_common = common[earlier]  # |shared|, and |union| = |earlier's| + |these| - |shared|
            if in_common / (len(words_of[earlier]) + len(words) - in_common) < CONFLICT_OVERLAP:
                continue
            larger = max(abs(first.value), abs(figure.value)) or 1.0
            if abs(first.value - figure.value) / larger <= CONFLICT_TOLERANCE:
                continue
            shared = words_of[earlier] & words
            reason = f"both about “{', '.join(sorted(shared))}” in {figure.period}, different values"
            found.append(FigureConflict(first, figure, reason))
            listed += 1
        for word in words:
            bucket[word].append(index)
    return tuple(found)


def _topics(briefings: tuple[Briefing, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    by_topic: dict[str, list[str]] = defaultdict(list)
    for briefing in briefings:
        for topic in briefing.topics:
            by_topic[topic].append(briefing.article.slug)
    return tuple(sorted((topic, tuple(slugs)) for topic, slugs in by_topic.items()))


def _related(
    briefings: tuple[Briefing, ...], entity_of_name: dict[str, str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """For each briefing, the others sharing the most entities (weight 2) and topics (weight 1).

    An inverted index keeps this near-linear; a feature shared by very many briefings (a broad
    topic in a large corpus) says little about relatedness and is skipped."""
    features: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = defaultdict(list)
    for briefing in briefings:
        names = [p.name for p in briefing.entities.people] + [o.name for o in briefing.entities.organizations]
        keys = {"e:" + entity_of_name[name] for name in names if name in entity_of_name}
        mine = keys | {"t:" + topic for topic in briefing.topics}
        features[briefing.article.slug] = mine
        for feature in mine:
            postings[feature].append(briefing.article.slug)
    too_common = max(RELATED_COMMON_FLOOR, len(briefings) // 20)
    related = []
    for slug, mine in features.items():
        scores: Counter = Counter()
        for feature in mine:
            others = postings[feature]
            if len(others) > too_common:
                continue
            scores.update(others)  # Counter.update counts in C: much faster than adding one by one
            if feature.startswith("e:"):  # an entity weighs 2
                scores.update(others)
        scores.pop(slug, None)
        best = heapq.nsmallest(RELATED_LIMIT, [(-score, other) for other, score in scores.items() if score >= 2])
        related.append((slug, tuple(other for _, other in best)))
    return tuple(sorted(related))
'''
