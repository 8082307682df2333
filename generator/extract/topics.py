"""Topics (sectors) from a user-editable YAML taxonomy of keywords.

Every keyword occurrence is evidence: 1.0 in a sentence about cooperation, sectors, agreements or
projects (the taxonomy's `cues`), 0.5 in any other sentence and 2.0 in the title. An article gets a
topic once the evidence reaches the taxonomy's threshold, so a single passing mention is not enough.
Overlapping keywords are resolved longest first ("e-commerce" is not also "commerce").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..model import Article
from .clauses import pick_non_overlapping
from .memo import once_per
from .phrase_index import PhraseIndex

DEFAULT_THRESHOLD = 1.0
CUE_WEIGHT = 1.0
PLAIN_WEIGHT = 0.5
TITLE_WEIGHT = 2.0


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    threshold: float | None = None  # overrides the taxonomy's threshold for this topic


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Topic, ...] = ()
    threshold: float = DEFAULT_THRESHOLD
    cues: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(topic.name for topic in self.topics)


def load_taxonomy(paths: Sequence[Path] = ()) -> Taxonomy:
    """Shipped defaults, then each user file in order (a topic of the same name replaces the earlier one)."""
    text = resources.files("generator").joinpath("defaults/topics.yaml").read_text(encoding="utf-8")
    taxonomy = _parse(text, "generator/defaults/topics.yaml", Taxonomy())
    for path in paths:
        try:
            user_text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise ValueError(f"{path}: cannot read topic file ({err})") from err
        taxonomy = _parse(user_text, str(path), taxonomy)
    return taxonomy


def _parse(text: str, where: str, base: Taxonomy) -> Taxonomy:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ValueError(f"{where}: not valid YAML ({err})") from err
    if data is None:
        return base
    if not isinstance(data, dict):
        raise ValueError(f"{where}: a topic taxonomy is a mapping with keys threshold, cues, topics")
    unknown = sorted(set(map(str, data)) - {"threshold", "cues", "topics"})
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}; expected threshold, cues, topics")
    threshold = data.get("threshold", base.threshold)
    if isinstance(threshold, bool) or not isinstance(threshold, int | float) or threshold <= 0:
        raise ValueError(f"{where}: threshold must be a positive number")
    cues = _strings(data.get("cues", list(base.cues)), where, "cues")
    topics = {topic.name: topic for topic in base.topics}
    raw_topics = data.get("topics") or {}
    if not isinstance(raw_topics, dict):
        raise ValueError(f"{where}: 'topics' must map topic names to their keywords")
    for name in raw_topics:
        topics[str(name)] = _topic(str(name), raw_topics[name], where)
    ordered = [topics[t.name] for t in base.topics] + [t for n, t in topics.items() if n not in base.names]
    return Taxonomy(tuple(ordered), float(threshold), cues)


def _topic(name: str, spec: object, where: str) -> Topic:
    if isinstance(spec, list):
        spec = {"keywords": spec}
    if not isinstance(spec, dict):
        raise ValueError(f"{where}: topic {name!r} needs a list of keywords or a mapping with 'keywords'")
    keywords = _strings(spec.get("keywords", []), where, f"{name}.keywords")
    if not keywords:
        raise ValueError(f"{where}: topic {name!r} has no keywords")
    unknown = sorted(set(map(str, spec)) - {"keywords", "exclude", "threshold"})
    if unknown:
        raise ValueError(f"{where}: topic {name!r} has unknown key(s) {', '.join(unknown)}")
    threshold = spec.get("threshold")
    valid = not isinstance(threshold, bool) and isinstance(threshold, int | float) and threshold > 0
    if threshold is not None and not valid:
        raise ValueError(f"{where}: topic {name!r}: threshold must be a positive number")
    exclude = _strings(spec.get("exclude", []), where, f"{name}.exclude")
    return Topic(name, keywords, exclude, float(threshold) if threshold is not None else None)


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise ValueError(f"{where}: {key} must be a list of words or phrases")
    return tuple(str(v).strip() for v in value if str(v).strip())


# ---- tagging -----------------------------------------------------------------------------


def extract_topics(article: Article, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Topic names, most evidence first (ties in taxonomy order)."""
    scores = topic_scores(article, taxonomy)
    order = {name: i for i, name in enumerate(taxonomy.names)}
    needed = {t.name: t.threshold if t.threshold is not None else taxonomy.threshold for t in taxonomy.topics}
    tagged = [name for name, score in scores.items() if score >= needed[name]]
    return tuple(sorted(tagged, key=lambda name: (-scores[name], order[name])))


def topic_scores(article: Article, taxonomy: Taxonomy) -> dict[str, float]:
    """Evidence per topic (topics without any evidence are left out)."""
    keywords, cue = _compiled(taxonomy)
    scores: dict[str, float] = {}
    texts: list[tuple[str, float]] = []
    if article.title:
        texts.append((article.title, TITLE_WEIGHT))
    for sentences in article.sentences:
        for sentence in sentences:
            weight = CUE_WEIGHT if cue is not None and cue.search(sentence.text) else PLAIN_WEIGHT
            texts.append((sentence.text, weight))
    for text, weight in texts:
        for name in _topics_in(text, keywords):
            scores[name] = scores.get(name, 0.0) + weight
    return scores


def _topics_in(text: str, keywords: _Keywords) -> list[str]:
    """The topic of each keyword occurrence in `text` (longest match wins; excluded phrases hide words)."""
    hits: list[tuple[int, int, str | None]] = []
    for position in keywords.index.candidates(text):
        pattern, name = keywords.patterns[position]
        hits.extend((m.start(), m.end(), name) for m in pattern.finditer(text))
    by_length = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2] or ""))
    return [name for _, _, name in pick_non_overlapping(by_length, lambda h: (h[0], h[1])) if name is not None]


@dataclass(frozen=True)
class _Keywords:
    """Every keyword's expression and topic (None for an exclusion, which hides its words from any topic)."""

    patterns: tuple[tuple[re.Pattern[str], str | None], ...]  # in taxonomy order
    index: PhraseIndex  # which of them may match a text


def prepare_topics(taxonomy: Taxonomy) -> None:
    """Compile `taxonomy`'s expressions ahead of the first article."""
    _compiled(taxonomy)


def _compiled(taxonomy: Taxonomy) -> tuple[_Keywords, re.Pattern[str] | None]:
    """The keyword regexes and the cue regex of `taxonomy`, compiled once per taxonomy."""
    return once_per(taxonomy, _compile)


def _compile(taxonomy: Taxonomy) -> tuple[_Keywords, re.Pattern[str] | None]:
    return _keywords(taxonomy), _keyword_regex(taxonomy.cues) if taxonomy.cues else None


def _keywords(taxonomy: Taxonomy) -> _Keywords:
    phrases = [(k, topic.name) for topic in taxonomy.topics for k in topic.keywords]
    phrases += [(k, None) for topic in taxonomy.topics for k in topic.exclude]
    return _Keywords(
        patterns=tuple((_keyword_regex((phrase,)), name) for phrase, name in phrases),
        index=PhraseIndex.of([(phrase, _ignores_case(phrase)) for phrase, _ in phrases]),
    )


def _keyword_regex(keywords: Sequence[str]) -> re.Pattern[str]:
    alternatives = []
    for keyword in keywords:
        body = r"\s+".join(re.escape(part) for part in keyword.split())
        alternatives.append(f"(?i:{body})" if _ignores_case(keyword) else body)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _ignores_case(keyword: str) -> bool:
    """A keyword with capitals ("IT", "AI") is an acronym or name: it is matched only as written."""
    return keyword == keyword.lower()
