"""The data that flows between stages: frozen dataclasses holding tuples, nothing mutable.

A fact always points back at the sentence it came from through a `Span`
(paragraph index, sentence index within that paragraph), which the briefing page
turns into a stable anchor (`#s-<paragraph>-<sentence>`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# How the publication date was learnt.
PUBLISHED_FROM_FRONT_MATTER = "front matter"
PUBLISHED_FROM_TEXT = "text"
PUBLISHED_INFERRED = "inferred"


@dataclass(frozen=True)
class FrontMatter:
    """Validated YAML front matter of a seed; every field optional."""

    title: str | None = None
    date: date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    added: date | None = None


@dataclass(frozen=True)
class RawArticle:
    """A seed decoded to text: encoding fixed, mojibake repaired, front matter split off."""

    source_file: str  # the path as given (relative to the seeds folder in a build)
    text: str
    front_matter: FrontMatter = field(default_factory=FrontMatter)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    index: int  # position within the paragraph
    start: int  # character offsets within the paragraph text
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """Where a fact was read: paragraph index and sentence index within it."""

    paragraph: int
    sentence: int = 0

    @property
    def anchor(self) -> str:
        return f"s-{self.paragraph}-{self.sentence}"


@dataclass(frozen=True)
class Article:
    """A cleaned article: metadata and body split into paragraphs and sentences."""

    source_file: str
    slug: str
    title: str | None
    published: date | None
    published_year: int | None
    published_how: str | None  # one of PUBLISHED_* or None when unknown
    source: str | None
    author: str | None
    url: str | None
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    sentences: tuple[tuple[Sentence, ...], ...]  # per paragraph
    dropped: tuple[str, ...] = ()  # boilerplate and scraped-along lines removed by cleaning
    warnings: tuple[str, ...] = ()
    added: date | None = None
    content_hash: str = ""

    def sentence_at(self, paragraph: int, offset: int) -> int:
        """Index of the sentence of `paragraph` that holds character `offset`."""
        found = 0
        for sentence in self.sentences[paragraph]:
            if sentence.start <= offset:
                found = sentence.index
        return found

    def span_at(self, paragraph: int, offset: int) -> Span:
        return Span(paragraph, self.sentence_at(paragraph, offset))


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name without honorifics
    role: str | None = None
    aliases: tuple[str, ...] = ()
    first: Span | None = None  # first mention


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()
    first: Span | None = None


@dataclass(frozen=True)
class Place:
    name: str
    first: Span | None = None


@dataclass(frozen=True)
class Entities:
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str  # words inside the marks; a quote over paragraphs joined with one space
    speaker: str | None  # canonical person or organisation name; None = unattributed
    speaker_role: str | None
    span: Span  # where the quote starts
    speaker_kind: str | None = None  # "person" | "organization" | None
    score: float = 0.0  # key-quote rank, higher first


@dataclass(frozen=True)
class DateMention:
    text: str  # the expression as written ("on Sunday", "Nov. 3, 2022")
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None when it cannot be resolved
    precision: str | None  # "day" | "month" | "year" | None
    event: str | None
    span: Span
    relative: bool = False  # resolved against the publication date


@dataclass(frozen=True)
class Money:
    text: str
    amount: float
    currency: str  # ISO 4217
    usd: float | None
    refers_to: str | None
    span: Span


@dataclass(frozen=True)
class Percentage:
    text: str
    value: float
    refers_to: str | None
    span: Span


@dataclass(frozen=True)
class Briefing:
    """An article with every fact extracted from it (what `briefing extract` prints)."""

    article: Article
    quotes: tuple[Quote, ...]
    dates: tuple[DateMention, ...]
    money: tuple[Money, ...]
    percentages: tuple[Percentage, ...]
    entities: Entities
    topics: tuple[str, ...]
    summary: tuple[Span, ...]  # key sentences
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SeedError:
    """A seed that could not be turned into a briefing, and why."""

    source_file: str
    reason: str


# ---- across articles -------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A fact's place in the corpus: which briefing (by slug) and which sentence."""

    slug: str
    span: Span


@dataclass(frozen=True)
class RoleSeen:
    role: str
    slug: str  # the briefing that gave it
    published: date | None


@dataclass(frozen=True)
class EntityRecord:
    """One person or organisation across all articles, aliases merged."""

    key: str  # stable slug, used for the page path
    name: str
    kind: str  # "person" | "organization"
    aliases: tuple[str, ...]
    roles: tuple[RoleSeen, ...]
    articles: tuple[str, ...]  # slugs, newest first
    quotes: tuple[tuple[str, Quote], ...]  # (slug, quote)
    co_mentions: tuple[tuple[str, int], ...]  # (entity key, articles shared), most first


@dataclass(frozen=True)
class TimelineEvent:
    mention: DateMention
    slug: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class FigureRow:
    """A money or percentage figure with the article it came from."""

    kind: str  # "money" | "percentage"
    text: str
    value: float  # amount for money, percent value for percentages
    currency: str | None
    usd: float | None
    refers_to: str | None
    period: str | None  # the date value the figure belongs to, when the sentence gives one
    slug: str
    span: Span
    topics: tuple[str, ...]


@dataclass(frozen=True)
class FigureConflict:
    """Two articles giving different figures for what looks like the same thing."""

    first: FigureRow
    second: FigureRow
    reason: str


@dataclass(frozen=True)
class Corpus:
    briefings: tuple[Briefing, ...]  # newest first, undated last, then by slug
    entities: tuple[EntityRecord, ...]  # by kind, then mentions, then name
    timeline: tuple[TimelineEvent, ...]  # dated in order, then undated
    figures: tuple[FigureRow, ...]
    conflicts: tuple[FigureConflict, ...]
    topics: tuple[tuple[str, tuple[str, ...]], ...]  # (topic, briefing slugs)
    related: tuple[tuple[str, tuple[str, ...]], ...]  # (slug, related slugs, best first)
    entity_of_name: tuple[tuple[str, str], ...] = ()  # (name or alias as written in a briefing, entity key)

    def __post_init__(self) -> None:
        # An index by slug, built once: pages look briefings up by slug many times.
        object.__setattr__(self, "_by_slug", {b.article.slug: b for b in self.briefings})
        object.__setattr__(self, "_related", dict(self.related))

    def briefing(self, slug: str) -> Briefing:
        return self._by_slug[slug]

    def related_to(self, slug: str) -> tuple[str, ...]:
        return self._related.get(slug, ())
