"""Short extractive summary: the lead sentence plus the most central sentences, in article order.

Centrality is term overlap: a sentence scores the sum of its cosine similarities (over content-word
counts) with every other sentence, so sentences that share the article's main vocabulary win. Quote-only
sentences, very short fragments and subheadings are never picked.
"""

from __future__ import annotations

import math
import re

from ..model import Article, Sentence, Span
from .clauses import quote_checker

MIN_WORDS = 8
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_QUOTE_OPEN = '"\u201c\u2018'
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_STOPWORDS_TEXT = (
    "the a an and or but of to in on at by for from with as is are was were be been being has have had will "
    "would can could should may might must do does did that this these those it its he she they them his her "
    "their we our you your i not no so than then there here which who whom whose what when where while also "
    "said says told added about into over under after before since during more most very such other some any "
    "all both each one two new"
)
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def summarize(article: Article, max_sentences: int = 3) -> tuple[Span, ...]:
    if max_sentences <= 0:
        return ()
    candidates: list[Sentence] = []
    bags: list[dict[str, int]] = []
    seen: set[str] = set()
    # A sentence's key is `_WORD.findall(text.lower())` joined; for ASCII text that is its words lowered
    # (lowering maps letters to letters, one for one), but lowering can change other text's words ("İ"
    # becomes "i" and a combining dot). Its bag counts its words lowered.
    for p, sentences in enumerate(article.sentences):
        inside_quote = quote_checker(article.paragraphs[p])
        for sentence in sentences:
            if inside_quote(sentence.start):
                continue  # the middle of a quotation
            text = sentence.text
            if text.isascii():
                # lowering ASCII text maps letters to letters and keeps every other character: the words
                # of the lowered text are its words lowered, as many
                lowered = _WORD.findall(text.lower())
                if not _eligible(sentence, lowered):
                    continue
                key = " ".join(lowered)
            else:
                words = _WORD.findall(text)
                if not _eligible(sentence, words):
                    continue
                lowered = [word.lower() for word in words]
                key = " ".join(_WORD.findall(text.lower()))
            if key in seen:
                continue  # a repeated line (a headline scraped twice)
            seen.add(key)
            candidates.append(sentence)
            bags.append(_bag(lowered))
    if not candidates:
        return ()
    norms = [math.sqrt(sum(v * v for v in bag.values())) for bag in bags]
    count = len(bags)
    similarity = [[0.0] * count for _ in range(count)]
    for i in range(count):
        a, a_norm, row = bags[i], norms[i], similarity[i]
        if not a:
            continue  # the cosine with an empty bag is 0.0: the row and column stay 0.0
        a_keys = a.keys()
        for j in range(i + 1, count):
            b = bags[j]
            # the cosine of the two bags, inline (it is asked for every pair): the dot product over the
            # words they share, divided by the product of their norms; 0.0 when they share none
            common = a_keys & b.keys()
            if common:
                dot = sum([a[word] * b[word] for word in common])  # whole counts: exact in any order
                row[j] = similarity[j][i] = dot / (a_norm * norms[j])
    # The diagonal holds 0.0, and adding 0.0 to a sum of non-negative terms changes nothing: this is
    # the sum over j != i, term by term in the same order.
    scores = [sum(row) for row in similarity]
    lead, rest = 0, range(1, len(candidates))
    ranked = sorted(rest, key=lambda i: (-round(scores[i], 9), i))
    picked = sorted([lead, *ranked[: max_sentences - 1]])
    return tuple(Span(candidates[i].paragraph, candidates[i].index) for i in picked)


def _bag(lowered: list[str]) -> dict[str, int]:
    """`Counter(w for w in lowered if w not in _STOPWORDS and len(w) > 2)`, as a plain dict (the same
    counts in the same order; only its keys and counts are read)."""
    bag: dict[str, int] = {}
    for word in lowered:
        if len(word) > 2 and word not in _STOPWORDS:
            bag[word] = bag.get(word, 0) + 1
    return bag


def _eligible(sentence: Sentence, words: list[str]) -> bool:
    """`words` are `_WORD.findall(sentence.text)`, or as many words (stripping white space changes no
    word; only their number is read)."""
    text = sentence.text.strip()
    if len(words) < MIN_WORDS:
        return False
    if text[:1] in _QUOTE_OPEN:
        return False  # a quote (or its opening part): the summary states facts in the article's voice
    if '"' not in text and "\u201c" not in text:
        return True  # nothing quoted: no _QUOTED match, no open quotation, and the text is not empty
    quoted = sum(len(m.group()) for m in _QUOTED.finditer(text))
    rest = _QUOTED.sub("", text)
    opened = max(rest.rfind("\u201c"), rest.rfind('"'))
    if opened >= 0:  # a quotation that runs on past the sentence ("Sharif said: \"Investors must …")
        quoted += len(rest) - opened
    return quoted < 0.5 * len(text)
