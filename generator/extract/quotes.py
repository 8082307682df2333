"""Direct quotations and who said them.

Quotation marks are paired across the whole article: a quote left open at the end of a
paragraph continues when the next paragraph opens again, or when it holds the closing mark
before any opening one. Short spans (≤ 4 words), title-case names and spans after "theme",
"dubbed"… are names, not speech. The speaker comes from an attribution after the quote
("…,” he said", "…,” said the minister"), before it ("Sharif said: “…”", "…, adding, “…”"),
or from the previous quote; pronouns and role nouns resolve to the last person named before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Article, Entities, Person, Quote
from .names import (
    ATTRIBUTION_PARTICIPLES,
    ATTRIBUTION_VERBS,
    BODY_NOUNS,
    CLOSE_QUOTES,
    FOLD,
    NAMING_CUES,
    OPEN_QUOTES,
    PERSON_ANAPHORS,
    STRAIGHT_QUOTE,
)

_MIN_WORDS = 5


@dataclass(frozen=True)
class _Raw:
    text: str
    paragraph: int
    start: int  # offset of the first character inside the marks
    end_paragraph: int
    end: int  # offset of the closing mark (or paragraph end)


@dataclass(frozen=True)
class _Mention:
    paragraph: int
    offset: int
    name: str
    kind: str  # "person" | "organization"


def extract_quotes(article: Article, entities: Entities) -> tuple[Quote, ...]:
    mentions = _mentions(article, entities)
    raws = [raw for raw in _pair_marks(article.paragraphs) if _is_speech(raw, article.paragraphs)]
    roles = {person.name: person.role for person in entities.people}
    quotes: list[Quote] = []
    previous: tuple[str | None, str | None, _Raw] | None = None
    for raw in raws:
        speaker, kind = _attribute(raw, article, entities, mentions, raws)
        if speaker is None and previous is not None and _continues(previous[2], raw, article.paragraphs):
            speaker, kind = previous[0], previous[1]
        previous = (speaker, kind, raw)
        quotes.append(
            Quote(
                text=raw.text,
                speaker=speaker,
                speaker_role=roles.get(speaker) if kind == "person" and speaker else None,
                span=article.span_at(raw.paragraph, raw.start),
                speaker_kind=kind if speaker else None,
                score=0.0,
            )
        )
    return tuple(_with_scores(quotes, mentions))


# ---- pairing marks --------------------------------------------------------------------


def _marks(paragraph: str) -> list[tuple[int, str]]:
    """(offset, "open" | "close" | "straight") for every double quotation mark."""
    out = []
    for i, char in enumerate(paragraph):
        if char in OPEN_QUOTES:
            out.append((i, "open"))
        elif char in CLOSE_QUOTES:
            out.append((i, "close"))
        elif char == STRAIGHT_QUOTE:
            out.append((i, "straight"))
    return out


def _pair_marks(paragraphs: tuple[str, ...]) -> list[_Raw]:
    raws: list[_Raw] = []
    open_at: tuple[int, int] | None = None
    pieces: list[str] = []
    for p, paragraph in enumerate(paragraphs):
        marks = _marks(paragraph)
        cursor = 0
        if open_at is not None:  # a quote left open at the end of the previous paragraph
            first = marks[0] if marks else None
            reopens = (
                first is not None
                and first[0] == len(paragraph) - len(paragraph.lstrip())
                and (first[1] == "open" or first[1] == "straight")
            )
            closes_first = first is not None and first[1] in ("close", "straight") and not reopens
            if reopens:
                cursor = first[0] + 1
                marks = marks[1:]
            elif not closes_first:
                raws.append(_raw(pieces, open_at, p - 1, len(paragraphs[p - 1])))
                open_at, pieces = None, []
        for offset, kind in marks:
            if open_at is None:
                if kind == "close":
                    continue
                open_at, cursor, pieces = (p, offset + 1), offset + 1, []
            elif kind in ("close", "straight"):
                pieces.append(paragraph[cursor:offset])
                raws.append(_raw(pieces, open_at, p, offset))
                open_at, pieces = None, []
            else:  # a second opening mark: the first was never closed
                pieces.append(paragraph[cursor:offset])
                raws.append(_raw(pieces, open_at, p, offset))
                open_at, cursor, pieces = (p, offset + 1), offset + 1, []
        if open_at is not None:
            pieces.append(paragraph[cursor:])
    if open_at is not None:
        raws.append(_raw(pieces, open_at, len(paragraphs) - 1, len(paragraphs[-1])))
    return raws


def _raw(pieces: list[str], open_at: tuple[int, int], end_paragraph: int, end: int) -> _Raw:
    text = " ".join(piece.strip() for piece in pieces if piece.strip())
    return _Raw(text, open_at[0], open_at[1], end_paragraph, end)


def _is_speech(raw: _Raw, paragraphs: tuple[str, ...]) -> bool:
    words = raw.text.split()
    if len(words) < _MIN_WORDS:
        return False
    before = paragraphs[raw.paragraph][: raw.start - 1].translate(FOLD)
    if NAMING_CUES.search(before) and len(words) <= 12:
        return False
    capitalised = [w for w in words if w[0].isalpha()]
    return not (capitalised and all(w[0].isupper() for w in capitalised) and len(words) <= 8)


# ---- attribution ----------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'-]*"
_THE_NOUN = r"the\s+(?:[\w'-]+\s+){0,3}[\w'-]+"
_SPEAKER = rf"(?P<who>(?:he|she|they|we|it|i)|(?:the\s+)?{_NAME}|{_THE_NOUN})"
_VERBS = "|".join(sorted(ATTRIBUTION_VERBS | {"told reporters", "pointed out"}, key=len, reverse=True))
_AFTER_SPEAKER_VERB = re.compile(rf"^[\s,.:;-]*{_SPEAKER}\s+(?:also\s+|further\s+)?(?:{_VERBS})\b", re.IGNORECASE)
_AFTER_VERB_SPEAKER = re.compile(rf"^[\s,.:;-]*(?:{_VERBS})\s+{_SPEAKER}", re.IGNORECASE)
_AFTER_ACCORDING = re.compile(rf"^[\s,.:;-]*according\s+to\s+{_SPEAKER}", re.IGNORECASE)


def _attribute(
    raw: _Raw, article: Article, entities: Entities, mentions: list[_Mention], raws: list[_Raw]
) -> tuple[str | None, str | None]:
    end_text = article.paragraphs[raw.end_paragraph].translate(FOLD)
    after = end_text[raw.end + 1 :] if raw.end < len(end_text) else ""
    after = re.split(r"[\"\u201c\u201d]", after, maxsplit=1)[0]
    for pattern in (_AFTER_SPEAKER_VERB, _AFTER_VERB_SPEAKER, _AFTER_ACCORDING):
        match = pattern.match(after)
        if match and not _is_lower_noise(match.group("who")):
            found = _resolve(match.group("who"), raw, article, entities, mentions)
            if found[0]:
                return found
    return _attribute_before(raw, article, entities, mentions)


def _is_lower_noise(who: str) -> bool:
    first = who.split()[0].lower()
    return first in {"that", "this", "which", "who", "and", "but", "as", "in", "on", "at"}


def _attribute_before(
    raw: _Raw, article: Article, entities: Entities, mentions: list[_Mention]
) -> tuple[str | None, str | None]:
    """Attribution in the same sentence before the opening mark."""
    paragraph = article.paragraphs[raw.paragraph].translate(FOLD)
    sentence_index = article.sentence_at(raw.paragraph, raw.start - 1)
    sentence = article.sentences[raw.paragraph][sentence_index]
    before = paragraph[sentence.start : raw.start - 1]
    if not before.strip():
        return None, None
    words = re.findall(r"[\w'-]+", before)
    lowered = [w.lower() for w in words]
    for i in range(len(lowered) - 1, -1, -1):
        word = lowered[i]
        if word in ATTRIBUTION_PARTICIPLES:
            return _resolve_clause_subject(before, raw, article, entities, mentions)
        if word in ATTRIBUTION_VERBS:
            clause = before[: _nth_word_start(before, words, i)]
            clause = re.split(r"[,;]\s+(?=[a-z])", clause)[-1] if "," in clause else clause
            who = _last_subject(clause)
            if who:
                return _resolve(who, raw, article, entities, mentions)
            return _resolve_clause_subject(before, raw, article, entities, mentions)
    return None, None


def _nth_word_start(text: str, words: list[str], index: int) -> int:
    position = 0
    for i, word in enumerate(words):
        position = text.index(word, position)
        if i == index:
            return position
        position += len(word)
    return len(text)


def _last_subject(clause: str) -> str | None:
    clause = clause.strip()
    match = re.search(
        r"((?:he|she|they|we|it|i)|the\s+(?:[\w'-]+\s+){0,3}[\w'-]+|(?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'-]*)"
        r"(?:\s+(?:also|further|then|had|has|have|was|is))?$",
        clause,
        re.IGNORECASE,
    )
    return match.group(1) if match else None


def _resolve_clause_subject(
    before: str, raw: _Raw, article: Article, entities: Entities, mentions: list[_Mention]
) -> tuple[str | None, str | None]:
    """ "He stated that …, adding, “…”" → the subject opening the sentence."""
    match = re.match(
        rf"\s*(?:[A-Z][\w ,'-]*?,\s+)?((?:he|she|they|we)|{_THE_NOUN}|{_NAME})\s",
        before,
    )
    if not match:
        return None, None
    return _resolve(match.group(1), raw, article, entities, mentions)


def _resolve(
    who: str, raw: _Raw, article: Article, entities: Entities, mentions: list[_Mention]
) -> tuple[str | None, str | None]:
    who = who.strip()
    low = who.lower()
    if low in {"he", "she", "i"}:
        return _last_person(raw, mentions, None, _roles(entities))
    if low in {"they", "we", "it"}:
        return None, None
    head = low.split()[-1]
    if low.startswith("the "):
        if head in PERSON_ANAPHORS:
            return _last_person(raw, mentions, head, _roles(entities))
        if head in BODY_NOUNS or head.endswith("ministry"):
            return _resolve_body(who[4:], entities)
        return None, None
    person = _person_named(who, entities.people)
    if person:
        return person.name, "person"
    for org in entities.organizations:
        if who in (org.name, *org.aliases):
            return org.name, "organization"
    words = who.split()
    if words and words[-1].lower() in BODY_NOUNS:
        return _resolve_body(who, entities)
    return None, None


def _person_named(who: str, people: tuple[Person, ...]) -> Person | None:
    """The person a written name points at: full name, alias, or the name after a title ("Trade Minister X")."""
    for person in people:
        if who == person.name or who in person.aliases:
            return person
    words = who.split()
    for k in range(len(words)):
        tokens = {w.rstrip(".") for w in words[k:]}
        matches = [p for p in people if tokens <= set(p.name.split())]
        if len(matches) == 1:
            return matches[0]
    return None


def _roles(entities: Entities) -> dict[str, str | None]:
    return {person.name: person.role for person in entities.people}


def _resolve_body(phrase: str, entities: Entities) -> tuple[str | None, str | None]:
    words = set(phrase.lower().split())
    head = phrase.lower().split()[-1]
    best = [org for org in entities.organizations if words <= set(org.name.lower().split())]
    if not best:  # "the central bank" → the one organisation of the article headed by "bank"
        best = [org for org in entities.organizations if head in org.name.lower().split()]
    if len(best) == 1 or (best and words <= set(best[0].name.lower().split())):
        return best[0].name, "organization"
    if len(words) >= 2:
        return phrase, "organization"
    return None, None


def _last_person(
    raw: _Raw, mentions: list[_Mention], role_noun: str | None, roles: dict[str, str | None]
) -> tuple[str | None, str | None]:
    """The last person named before the quote; for "the minister", the last whose role fits."""
    candidates = [m for m in mentions if (m.paragraph, m.offset) < (raw.paragraph, raw.start)]
    if role_noun:
        fitting = [m for m in candidates if role_noun in (roles.get(m.name) or "").lower()]
        candidates = fitting or candidates
    if not candidates:
        return None, None
    return candidates[-1].name, "person"


def _continues(previous: _Raw, raw: _Raw, paragraphs: tuple[str, ...]) -> bool:
    """An unattributed quote right after an attributed one (same or next paragraph) keeps its speaker."""
    if raw.paragraph == previous.end_paragraph:
        return True
    if raw.paragraph != previous.end_paragraph + 1:
        return False
    text = paragraphs[raw.paragraph]
    return raw.start - 1 <= len(text) - len(text.lstrip())


# ---- mentions and ranking -------------------------------------------------------------


def _mentions(article: Article, entities: Entities) -> list[_Mention]:
    """Every place a person is named (outside quotation marks), in text order."""
    forms: list[tuple[str, str]] = []
    for person in entities.people:
        for form in (person.name, *person.aliases):
            forms.append((form.translate(FOLD), person.name))
        for token in person.name.split():
            owners = [p for p in entities.people if token in p.name.split()]
            if len(owners) == 1 and len(token) > 2:
                forms.append((token, person.name))
    out: list[_Mention] = []
    for p, paragraph in enumerate(article.paragraphs):
        text = paragraph.translate(FOLD)
        inside = _inside_quotes(text)
        seen: set[int] = set()
        for form, name in sorted(forms, key=lambda f: -len(f[0])):
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if match.start() in seen or inside(match.start()):
                    continue
                seen.update(range(match.start(), match.end()))
                out.append(_Mention(p, match.start(), name, "person"))
    return sorted(out, key=lambda m: (m.paragraph, m.offset))


def _inside_quotes(text: str) -> Callable[[int], bool]:
    spans = []
    start = None
    for i, char in enumerate(text):
        if char in OPEN_QUOTES or (char == STRAIGHT_QUOTE and start is None):
            start = i
        elif (char in CLOSE_QUOTES or char == STRAIGHT_QUOTE) and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return lambda offset: any(s < offset < e for s, e in spans)


def _with_scores(quotes: list[Quote], mentions: list[_Mention]) -> list[Quote]:
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    scored = []
    for quote in quotes:
        words = len(quote.text.split())
        score = min(words, 60) / 60 + (0.5 if quote.speaker else 0.0)
        score += 0.1 * min(counts.get(quote.speaker or "", 0), 5)
        score += 0.2 if quote.text.rstrip(",").endswith((".", "!", "?")) or words >= 12 else 0.0
        scored.append(
            Quote(quote.text, quote.speaker, quote.speaker_role, quote.span, quote.speaker_kind, round(score, 3))
        )
    return scored
