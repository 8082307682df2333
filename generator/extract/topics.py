"""Topics (sectors) from a user-editable YAML taxonomy of keywords.

Every keyword occurrence is evidence: 1.0 in a sentence about cooperation, sectors, agreements or
projects (the taxonomy's `cues`), 0.5 in any other sentence and 2.0 in the title. An article gets a
topic once the evidence reaches the taxonomy's threshold, so a single passing mention is not enough.
Overlapping keywords are resolved longest first ("e-commerce" is not also "commerce").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..model import Article, Sentence
from ..yamltext import load_yaml
from .clauses import pick_non_overlapping
from .memo import once_per
from .names import folded
from .phrase_index import FOLDS_TO_ASCII, PhraseIndex

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
        data = load_yaml(text)
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
    keywords = _compiled(taxonomy)
    scores: dict[str, float] = {}
    found: list[tuple[list[str], float]] = []
    if article.title:
        found.append((_topics_in(article.title, keywords), TITLE_WEIGHT))
    for p, sentences in enumerate(article.sentences):
        if p < len(article.paragraphs):
            found.extend(_sentence_topics(article.paragraphs[p], sentences, keywords))
        else:
            found.extend(_each_sentence(sentences, keywords))
    for names, weight in found:
        for name in names:
            scores[name] = scores.get(name, 0.0) + weight
    return scores


def _sentence_topics(
    paragraph: str, sentences: tuple[Sentence, ...], keywords: _Keywords
) -> list[tuple[list[str], float]]:
    r"""(`_topics_in`, weight) of each sentence of `paragraph`, from one pass over the paragraph.

    Exact: the keyword and cue expressions consume text between `(?<!\w)` and `(?!\w)` and look at
    nothing else. Where each sentence is bordered in the paragraph by non-word characters (or its ends),
    a match lying inside a sentence is a match of the sentence alone and the other way round, unless
    the paragraph's match there runs past the sentence; so when no match of the paragraph leaves its
    sentence, the paragraph's matches are the sentences' matches, and overlaps (resolved within one
    sentence) come out the same. Otherwise the sentences are read one by one.
    """
    if not _stand_apart(paragraph, sentences):
        return _each_sentence(sentences, keywords)
    # folded(paragraph) has the same words as the paragraph (FOLD only swaps non-word characters), so
    # the same candidates; it is the text the entity extractors already looked up (PhraseIndex caches it).
    looked_up = folded(paragraph)
    starts = [sentence.start for sentence in sentences]
    hits = _keyword_hits(paragraph, looked_up, keywords)
    where: dict[tuple[int, int], int] = {}
    for start, end, _ in hits:
        index = _inside(sentences, starts, start, end)
        if index is None:
            return _each_sentence(sentences, keywords)
        where[start, end] = index
    names: list[list[str]] = [[] for _ in sentences]
    by_length = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2] or ""))
    for start, end, name in pick_non_overlapping(by_length, lambda h: (h[0], h[1])):
        if name is not None:
            names[where[start, end]].append(name)
    cued = [False] * len(sentences)
    if _may_cue(looked_up, keywords):
        for match in keywords.cue.finditer(paragraph):  # type: ignore[union-attr]
            index = _inside(sentences, starts, match.start(), match.end())
            if index is None:
                return _each_sentence(sentences, keywords)
            cued[index] = True
    return [(names[i], CUE_WEIGHT if cued[i] else PLAIN_WEIGHT) for i in range(len(sentences))]


def _each_sentence(sentences: tuple[Sentence, ...], keywords: _Keywords) -> list[tuple[list[str], float]]:
    """What `_sentence_topics` gives, sentence by sentence."""
    return [(_topics_in(sentence.text, keywords), _weight(sentence.text, keywords)) for sentence in sentences]


def _weight(sentence: str, keywords: _Keywords) -> float:
    """CUE_WEIGHT for a sentence holding one of the taxonomy's cues, else PLAIN_WEIGHT."""
    cued = _may_cue(sentence, keywords) and keywords.cue.search(sentence)  # type: ignore[union-attr]
    return CUE_WEIGHT if cued else PLAIN_WEIGHT


def _may_cue(text: str, keywords: _Keywords) -> bool:
    """False when the cue expression cannot match `text` (or one with its words): it matches only where
    one of the cues does, and the index lists every cue that may."""
    return keywords.cue is not None and keywords.cue_index.any_candidate(text)


def _stand_apart(paragraph: str, sentences: tuple[Sentence, ...]) -> bool:
    """Whether every sentence is `paragraph[start:end]` with no word character just outside it."""
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if paragraph[start:end] != sentence.text:
            return False
        if (start > 0 and _WORD_CHAR.match(paragraph, start - 1)) or _WORD_CHAR.match(paragraph, end):
            return False
    return True


def _inside(sentences: tuple[Sentence, ...], starts: list[int], start: int, end: int) -> int | None:
    """Index of the sentence holding [start, end) whole, None if there is none."""
    index = bisect_right(starts, start) - 1
    if index < 0 or end > sentences[index].end:
        return None
    return index


_WORD_CHAR = re.compile(r"\w")


def _topics_in(text: str, keywords: _Keywords) -> list[str]:
    """The topic of each keyword occurrence in `text` (longest match wins; excluded phrases hide words)."""
    hits = _keyword_hits(text, text, keywords)
    by_length = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2] or ""))
    return [name for _, _, name in pick_non_overlapping(by_length, lambda h: (h[0], h[1])) if name is not None]


def _keyword_hits(text: str, looked_up: str, keywords: _Keywords) -> list[tuple[int, int, str | None]]:
    """(start, end, topic) of every match of every keyword expression in `text`, keyword by keyword.

    `looked_up` is `text` or a text with the same words, for the index. A keyword whose later words
    are not all in the text is not tried: its expression matches them as written, or ignoring case,
    where (but for the letters of FOLDS_TO_ASCII) each character matched is an ASCII letter of the
    same lower case, so the lower-cased text holds them."""
    hits: list[tuple[int, int, str | None]] = []
    lowered: str | None = None
    folds = not text.isascii() and FOLDS_TO_ASCII.search(text) is not None  # its letters are not ASCII
    for position in keywords.index.candidates(looked_up):
        needs = keywords.needs[position]
        if needs is not None:
            words, ignore_case = needs
            if ignore_case:
                if not folds:
                    if lowered is None:
                        lowered = text.lower()
                    if any(word not in lowered for word in words):
                        continue
            elif any(word not in text for word in words):
                continue
        fast, on_lowered = keywords.fast[position]
        if on_lowered:
            if folds:  # a letter of FOLDS_TO_ASCII: lowering may not keep the text's matches (İ, ı, ſ)
                pattern, name = keywords.patterns[position]
                hits.extend((m.start(), m.end(), name) for m in pattern.finditer(text))
                continue
            if lowered is None:
                lowered = text.lower()
            subject = lowered
        else:
            subject = text
        name = keywords.patterns[position][1]
        for match in fast.finditer(subject):
            hits.append((*match.span(), name))
    return hits


@dataclass(frozen=True)
class _Keywords:
    """Every keyword's expression and topic (None for an exclusion, which hides its words from any topic)."""

    patterns: tuple[tuple[re.Pattern[str], str | None], ...]  # in taxonomy order
    index: PhraseIndex  # which of them may match a text
    # per keyword: the words after its first that a text must hold for it to match, and whether they
    # are looked for in lower case; None when there are none or no such test is exact (non-ASCII
    # keywords matched ignoring case)
    needs: tuple[tuple[tuple[str, ...], bool] | None, ...]
    # per keyword: its expression rewritten to start with a literal (see `_fast_regex`), and whether that
    # is run on the lower-cased text
    fast: tuple[tuple[re.Pattern[str], bool], ...]
    cue: re.Pattern[str] | None  # any of the cues
    cue_index: PhraseIndex  # which cues may match a text


def prepare_topics(taxonomy: Taxonomy) -> None:
    """Compile `taxonomy`'s expressions ahead of the first article."""
    _compiled(taxonomy)


def _compiled(taxonomy: Taxonomy) -> _Keywords:
    """The keyword regexes and the cue regex of `taxonomy`, compiled once per taxonomy."""
    return once_per(taxonomy, _keywords)


def _keywords(taxonomy: Taxonomy) -> _Keywords:
    phrases = [(k, topic.name) for topic in taxonomy.topics for k in topic.keywords]
    phrases += [(k, None) for topic in taxonomy.topics for k in topic.exclude]
    return _Keywords(
        patterns=tuple((_keyword_regex((phrase,)), name) for phrase, name in phrases),
        index=PhraseIndex.of([(phrase, _ignores_case(phrase)) for phrase, _ in phrases]),
        needs=tuple(_needs(phrase) for phrase, _ in phrases),
        fast=tuple(_fast_regex(phrase) for phrase, _ in phrases),
        cue=_keyword_regex(taxonomy.cues) if taxonomy.cues else None,
        cue_index=PhraseIndex.of([(cue, _ignores_case(cue)) for cue in taxonomy.cues]),
    )


def _needs(keyword: str) -> tuple[tuple[str, ...], bool] | None:
    """The words after the first of `keyword` that a text must hold for it to match (see `_keyword_hits`)."""
    words = tuple(keyword.split()[1:])
    ignore_case = _ignores_case(keyword)
    if not words or (ignore_case and not keyword.isascii()):
        return None
    return words, ignore_case


def _keyword_regex(keywords: Sequence[str]) -> re.Pattern[str]:
    alternatives = []
    for keyword in keywords:
        body = r"\s+".join(re.escape(part) for part in keyword.split())
        alternatives.append(f"(?i:{body})" if _ignores_case(keyword) else body)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _fast_regex(keyword: str) -> tuple[re.Pattern[str], bool]:
    r"""`_keyword_regex((keyword,))` in a form the regex engine can scan for, and whether it is run on
    the lower-cased text (where the text holds no letter of FOLDS_TO_ASCII) rather than the text.

    `(?<!\w)` first leaves the engine no literal to look for, so it tries the whole expression at every
    position. `F(?<!\wF)`, with F the first word as written, matches where `(?<!\w)F` does: having
    matched F, the look-behind fails exactly when a word character precedes F. Case is not ignored in a
    pattern (a prefix of letters ignoring case is not scanned for either): an ASCII keyword matched
    ignoring case is lower case, and is matched as written in the lower-cased text, which (outside
    FOLDS_TO_ASCII) has the text's length, word characters, white space and, at each character an
    ASCII character matches ignoring case, that character's lower case (see the tests). A non-ASCII
    keyword matched ignoring case keeps its expression, run on the text.
    """
    on_lowered = _ignores_case(keyword)
    if on_lowered and not keyword.isascii():
        return _keyword_regex((keyword,)), False
    first, *rest = (re.escape(part) for part in keyword.split())
    body = "".join(r"\s+" + part for part in rest)
    return re.compile(rf"{first}(?<!\w{first}){body}(?!\w)"), on_lowered


def _ignores_case(keyword: str) -> bool:
    """A keyword with capitals ("IT", "AI") is an acronym or name: it is matched only as written."""
    return keyword == keyword.lower()
