"""Across articles: one registry of people and organisations, the master timeline, the figures
table with disagreements, topics and related articles. Pure: briefings in, Corpus out."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from .article import slugify
from .model import (
    Article,
    Briefing,
    Corpus,
    EntityRecord,
    FigureConflict,
    FigureRow,
    Organization,
    Person,
    Quote,
    RoleSeen,
    TimelineEvent,
)

RELATED_LIMIT = 5
RELATED_COMMON_FLOOR = 200  # below this many briefings, every shared feature counts
CONFLICT_OVERLAP = 0.5  # share of referent words two figures must have in common to be "the same thing"
CONFLICT_TOLERANCE = 0.01  # relative difference under which two figures agree
# Fewest referent words two figures must share: "7 percent of the total" and "23 percent of the total" are
# about no one thing. And at most this many earlier figures are listed against each: a thing many articles
# give figures for would otherwise give pairs by the square of their number (the review lists them all).
CONFLICT_SHARED_WORDS = 2
CONFLICTS_PER_FIGURE = 3
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
    roles: dict[tuple[str, str], RoleSeen] = field(default_factory=dict)  # (role, slug) → role: each once
    articles: set[str] = field(default_factory=set)  # slugs: put in corpus order at the end
    quotes: list[tuple[str, Quote]] = field(default_factory=list)


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

    # Mentions are taken longer (fuller) names first, so "Sharif" joins "Shehbaz Sharif" whatever the article
    # order; then by kind and name, then by slug (the same slug twice: in corpus order). Grouped by name from
    # the briefings in slug order, rather than all sorted: the same order, at a fraction of the cost.
    # (Two lists per name rather than a tuple per mention: fewer objects for the cyclic collector to scan.)
    mentions_of: dict[tuple[str, str], list[Person | Organization]] = defaultdict(list)  # (kind, name) → mentions
    articles_of: dict[tuple[str, str], list[Article]] = defaultdict(list)  # ... and the article of each
    for briefing in sorted(briefings, key=_slug_of):
        for person in briefing.entities.people:
            mentions_of["person", person.name].append(person)
            articles_of["person", person.name].append(briefing.article)
        for org in briefing.entities.organizations:
            mentions_of["organization", org.name].append(org)
            articles_of["organization", org.name].append(briefing.article)
    for kind, name in sorted(mentions_of, key=_fuller_first):
        mentions = mentions_of[kind, name]
        # Once the first mention of a name is resolved, `lookup` holds the name itself (entries there are never
        # replaced in this loop): resolving the others would find the same entity by the name.
        entity_id = resolve(kind, name, mentions[0].aliases)
        entry = entries[entity_id]
        lookup.setdefault((kind, name_key(name)), entity_id)
        if name != entry.name:
            entry.aliases.add(name)
        for mention, article in zip(mentions, articles_of[kind, name], strict=True):
            slug = article.slug
            entry.articles.add(slug)
            role = mention.role if kind == "person" else None
            if role and (role, slug) not in entry.roles:
                entry.roles[(role, slug)] = RoleSeen(role=role, slug=slug, published=article.published)
            names = per_article.get(slug)
            if names is None:
                names = per_article[slug] = {}
            names[name] = entity_id
            for alias in mention.aliases:
                lookup.setdefault((kind, name_key(alias)), entity_id)
                if alias != entry.name:
                    entry.aliases.add(alias)
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
            entry.articles.add(slug)

    keys = _unique_keys(entries)
    order = {briefing.article.slug: position for position, briefing in enumerate(briefings)}
    # For each entity, the keys of the entities named in each article naming it (its own among them).
    named_with: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for names in per_article.values():
        ids = set(names.values())
        named_here = tuple([keys[entity_id] for entity_id in ids])
        for entity_id in ids:
            named_with[entity_id].append(named_here)
    records = []
    for entity_id, entry in entries.items():
        key = keys[entity_id]
        together = Counter(chain.from_iterable(named_with[entity_id]))  # counted in C
        together.pop(key, None)
        records.append(
            EntityRecord(
                key=key,
                name=entry.name,
                kind=entry.kind,
                aliases=tuple(sorted(entry.aliases)),
                roles=tuple(sorted(entry.roles.values(), key=lambda r: (order[r.slug], r.role))),
                # every slug is a briefing's: `order` has them all, each at its own position
                articles=tuple(sorted(entry.articles, key=order.__getitem__)),
                quotes=tuple(sorted(entry.quotes, key=lambda q: (order[q[0]], q[1].span.paragraph))),
                co_mentions=tuple([(other, together[other]) for other in _highest(together, 10)]),
            )
        )
    records.sort(key=lambda r: (r.kind != "person", -len(r.articles), -len(r.quotes), r.name.lower(), r.key))
    entity_of_name = {}
    for slug in sorted(per_article):
        for written, entity_id in per_article[slug].items():
            entity_of_name.setdefault(written, keys[entity_id])
    return tuple(records), entity_of_name


_slug_of = attrgetter("article.slug")


def _fuller_first(kind_and_name: tuple[str, str]) -> tuple:
    kind, name = kind_and_name
    return (-len(name.split()), kind, name)


def _highest(counts: Counter, limit: int) -> list:
    """The `limit` keys with the highest counts, ties by key."""
    if len(counts) > limit:
        least = sorted(counts.values())[-limit]  # the limit-th highest count: a key counted less is not among them
        keys = [key for key, count in counts.items() if count >= least]
    else:
        keys = list(counts)
    # by key, then (stably) by count: two sorts in C, rather than a (-count, key) tuple made for each key
    keys.sort()
    keys.sort(key=counts.__getitem__, reverse=True)
    return keys[:limit]


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

    Figures are bucketed by (kind, currency, period) and compared only with earlier figures whose referent
    words could overlap enough (prefix filtering, below), so the cost grows with the number of candidates,
    not its square. Figures with the same referent words are compared as one."""
    found = []
    words_of: list[frozenset[str]] = [referent_words(f.refers_to) for f in figures]
    compared = [index for index, figure in enumerate(figures) if words_of[index] and figure.period is not None]
    # Prefix filtering (exact): with the words of every set in one order, two sets sharing at least c words have
    # one of them among the first len - c + 1 words of each (the first shared word is there in both). A set of
    # n words shares at least _least_shared(n) with any set it can conflict with, so each set is listed under,
    # and looks the others up by, its first n - _least_shared(n) + 1 words only: rarest first, for short lists.
    frequency = Counter(chain.from_iterable(words_of[index] for index in compared))
    rank = {word: position for position, word in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    prefix_of: dict[frozenset[str], tuple[str, ...]] = {}
    # per bucket, the distinct word sets of the earlier figures (listed under each word of their prefix) ...
    sets_by_word: dict[tuple, dict[str, list[frozenset[str]]]] = defaultdict(lambda: defaultdict(list))
    # ... and the earlier figures having each, in figure order
    figures_by_set: dict[tuple, dict[frozenset[str], list[int]]] = defaultdict(dict)
    reasons: dict[tuple[frozenset[str], frozenset[str], str], str] = {}  # many pairs have the same one
    for index in compared:
        figure, words = figures[index], words_of[index]
        prefix = prefix_of.get(words)
        if prefix is None:
            rarest_first = sorted(words, key=rank.__getitem__)
            prefix = prefix_of[words] = tuple(rarest_first[: len(words) - _least_shared(len(words)) + 1])
        bucket = (figure.kind, figure.currency, figure.period)
        sets_with_word = sets_by_word[bucket]
        figures_with_set = figures_by_set[bucket]
        candidates: set[frozenset[str]] = set()
        for word in prefix:
            earlier_sets = sets_with_word.get(word)
            if earlier_sets:
                candidates.update(earlier_sets)
        # sharing c of their a and b words, two figures need c >= CONFLICT_OVERLAP * b and
        # c / (a + b - c) >= CONFLICT_OVERLAP (|union| is a + b - c)
        overlapping = []
        for earlier_words in candidates:
            in_common = len(earlier_words & words)
            if (
                in_common >= CONFLICT_OVERLAP * len(words)
                and in_common >= CONFLICT_SHARED_WORDS
                and in_common / (len(earlier_words) + len(words) - in_common) >= CONFLICT_OVERLAP
            ):
                overlapping.append(earlier_words)
        if len(overlapping) == 1:
            earlier_ones = figures_with_set[overlapping[0]]
        else:  # the figures of each set are in order: merged, in order
            earlier_ones = sorted(chain.from_iterable(figures_with_set[earlier_words] for earlier_words in overlapping))
        listed = 0
        for earlier in earlier_ones:
            if listed == CONFLICTS_PER_FIGURE:
                break
            first = figures[earlier]
            if first.slug == figure.slug:
                continue
            larger = max(abs(first.value), abs(figure.value)) or 1.0
            if abs(first.value - figure.value) / larger <= CONFLICT_TOLERANCE:
                continue
            key = (words_of[earlier], words, figure.period)
            reason = reasons.get(key)
            if reason is None:
                shared = words_of[earlier] & words
                reason = reasons[key] = f"both about “{', '.join(sorted(shared))}” in {figure.period}, different values"
            found.append(FigureConflict(first, figure, reason))
            listed += 1
        if words in figures_with_set:
            figures_with_set[words].append(index)
        else:
            figures_with_set[words] = [index]
            for word in prefix:
                sets_with_word[word].append(words)
    return tuple(found)


def _least_shared(size: int) -> int:
    """The fewest words a set of `size` words shares with any set overlapping it enough to conflict. Sharing c,
    c / |union| >= CONFLICT_OVERLAP needs c / size >= CONFLICT_OVERLAP, computed alike: |union| >= size, and a
    division's result does not grow as its divisor does. (size + 1: no set overlaps it enough.)"""
    return next(
        (shared for shared in range(CONFLICT_SHARED_WORDS, size + 1) if shared / size >= CONFLICT_OVERLAP), size + 1
    )


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
    last_of = {briefing.article.slug: briefing for briefing in briefings}  # a slug given twice: the last one
    # Briefings are numbered in slug order, so that ties between scores go to the smaller number as to the
    # smaller slug. (A slug given twice has one number, listed twice.)
    slugs = sorted(last_of)
    number_of = {slug: number for number, slug in enumerate(slugs)}
    with_entity: dict[str, list[int]] = defaultdict(list)  # entity key → numbers of the briefings naming it
    with_topic: dict[str, list[int]] = defaultdict(list)
    for briefing in briefings:
        number = number_of[briefing.article.slug]
        for key in _entity_keys(briefing, entity_of_name):
            with_entity[key].append(number)
        for topic in set(briefing.topics):
            with_topic[topic].append(number)
    too_common = max(RELATED_COMMON_FLOOR, len(briefings) // 20)
    with_entity = {key: numbers for key, numbers in with_entity.items() if len(numbers) <= too_common}
    with_topic = {topic: numbers for topic, numbers in with_topic.items() if len(numbers) <= too_common}
    related = []
    for number, slug in enumerate(slugs):
        briefing = last_of[slug]
        entity_lists = [with_entity[key] for key in _entity_keys(briefing, entity_of_name) if key in with_entity]
        topic_lists = [with_topic[topic] for topic in set(briefing.topics) if topic in with_topic]
        # The scores are counted in C, one count per point: an entity's briefings are listed twice (weight 2).
        if topic_lists:
            scores = Counter(chain.from_iterable(entity_lists + entity_lists + topic_lists))
            least = 2
        else:  # every score would be 2 per entity in common: counting each once ranks the others the same
            scores = Counter(chain.from_iterable(entity_lists))
            least = 1  # (a score of 2)
        scores.pop(number, None)
        best = [other for other in _highest(scores, RELATED_LIMIT) if scores[other] >= least]
        related.append((slug, tuple([slugs[other] for other in best])))
    return tuple(related)


def _entity_keys(briefing: Briefing, entity_of_name: dict[str, str]) -> set[str]:
    names = [p.name for p in briefing.entities.people] + [o.name for o in briefing.entities.organizations]
    return {entity_of_name[name] for name in names if name in entity_of_name}
