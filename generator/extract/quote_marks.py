"""Quotation spans: pairing quotation marks across an article's paragraphs.

Double marks (curly or straight, European „…“ and guillemets «…») are paired across the whole
article: a quote left open at the end of a paragraph continues when the next paragraph opens again,
or when it holds the closing mark before any opening one. Single marks (‘…’, British style, straight
'…' and ‹…›) are paired the same way, outside double-quoted spans; a mark between two letters is an
apostrophe ("don't"). A double-quoted span inside a single-quoted one (British copy quoting within a
quote: ‘When he told them, "…," they believed him’) is part of it, not a quote of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .names import ATTRIBUTION_VERBS, CLOSE_QUOTES, FUNCTION_WORDS, OPEN_QUOTES, STRAIGHT_QUOTE

Mark = tuple[int, str]  # (offset, "open" | "close" | "straight")


@dataclass(frozen=True)
class QuoteSpan:
    text: str  # the words inside the marks; pieces over paragraphs joined with one space
    paragraph: int
    start: int  # offset of the first character inside the marks
    end_paragraph: int
    end: int  # offset of the closing mark (or the paragraph's end when never closed)


def quote_spans(paragraphs: tuple[str, ...]) -> list[QuoteSpan]:
    """Every double- and single-quoted span, in text order."""
    doubles = _pair(paragraphs, _double_marks)
    singles = _pair(paragraphs, _single_marks)
    if singles and doubles:
        doubles = [span for span in doubles if not _nested(span, singles)]
        inside = _covers(doubles)
        singles = [span for span in singles if not inside(span.paragraph, span.start)]
    return sorted(doubles + singles, key=lambda s: (s.paragraph, s.start))


def _nested(span: QuoteSpan, singles: list[QuoteSpan]) -> bool:
    """Whether a double-quoted span lies inside a single-quoted one of its paragraph (a quote within a
    quote in British copy), the single marks opening before it and closing after it."""
    p = span.paragraph
    return span.end_paragraph == p and any(
        s.paragraph == s.end_paragraph == p and s.start < span.start and span.end < s.end for s in singles
    )


_DOUBLE_MARK = re.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}{STRAIGHT_QUOTE}]")


def _double_marks(paragraph: str) -> list[Mark]:
    marks = [(m.start(), _KIND[m.group()]) for m in _DOUBLE_MARK.finditer(paragraph)]
    if "\u201e" in paragraph:  # German and Central European „…“: the “ after an open „ closes it
        marks = _low_nine_pairs(paragraph, marks)
    return marks


def _low_nine_pairs(paragraph: str, marks: list[Mark]) -> list[Mark]:
    out: list[Mark] = []
    low_open = False
    for offset, kind in marks:
        char = paragraph[offset]
        if char == "\u201c" and low_open:
            kind = "close"
        low_open = char == "\u201e" or (low_open and kind != "close")
        out.append((offset, kind))
    return out


_KIND = {mark: "open" for mark in OPEN_QUOTES} | {mark: "close" for mark in CLOSE_QUOTES} | {STRAIGHT_QUOTE: "straight"}
_SINGLE_MARK = re.compile("[\u2018\u2019'\u2039\u203a]")
_SINGLE_GUILLEMETS = {"\u2039": "open", "\u203a": "close"}  # ‹…›: never an apostrophe
_OPENS_AFTER = " \t([{\u2014\u2013-/"
# After "s": a space and a lower-case word that is neither a speech verb nor a function word
# ("the farmers' crops"; not "…limits' and that", "…brothers' at the lunch", "…partners,' said").
_NOT_AFTER_POSSESSIVE = sorted(ATTRIBUTION_VERBS | FUNCTION_WORDS)
_PLURAL_POSSESSIVE = re.compile(r" (?!(?:" + "|".join(_NOT_AFTER_POSSESSIVE) + r")\b)[a-z]")


def _single_marks(paragraph: str) -> list[Mark]:
    """‘ and ’ (and straight ') that open or close a quotation, not apostrophes."""
    out = []
    for found in _SINGLE_MARK.finditer(paragraph):
        i, char = found.start(), found.group()
        if char in _SINGLE_GUILLEMETS:
            out.append((i, _SINGLE_GUILLEMETS[char]))
            continue
        before = paragraph[i - 1] if i > 0 else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, Pakistan's
        if before == "s" and _PLURAL_POSSESSIVE.match(paragraph, i + 1):
            continue  # farmers' crops
        if before in _OPENS_AFTER and after.isalpha() and char in "\u2018'":
            out.append((i, "open"))
        elif not before.isspace() and (after.isspace() or not after.isalnum()) and char in "\u2019'":
            out.append((i, "close"))
    return out


def _pair(paragraphs: tuple[str, ...], marks_of: Callable[[str], list[Mark]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: tuple[int, int] | None = None
    pieces: list[str] = []
    for p, paragraph in enumerate(paragraphs):
        marks = marks_of(paragraph)
        cursor = 0
        if open_at is not None:  # a quote left open at the end of the previous paragraph
            first = marks[0] if marks else None
            reopens = (
                first is not None
                and first[0] == len(paragraph) - len(paragraph.lstrip())
                and first[1] in ("open", "straight")
            )
            closes_first = first is not None and first[1] in ("close", "straight") and not reopens
            if reopens:
                cursor = first[0] + 1
                marks = marks[1:]
            elif not closes_first:
                spans.append(_span(pieces, open_at, p - 1, len(paragraphs[p - 1])))
                open_at, pieces = None, []
        for offset, kind in marks:
            if open_at is None:
                if kind == "close":
                    continue
                open_at, cursor, pieces = (p, offset + 1), offset + 1, []
            elif kind in ("close", "straight"):
                pieces.append(paragraph[cursor:offset])
                spans.append(_span(pieces, open_at, p, offset))
                open_at, pieces = None, []
            else:  # a second opening mark: the first was never closed
                pieces.append(paragraph[cursor:offset])
                spans.append(_span(pieces, open_at, p, offset))
                open_at, cursor, pieces = (p, offset + 1), offset + 1, []
        if open_at is not None:
            pieces.append(paragraph[cursor:])
    if open_at is not None:
        spans.append(_span(pieces, open_at, len(paragraphs) - 1, len(paragraphs[-1])))
    return spans


def _span(pieces: list[str], open_at: tuple[int, int], end_paragraph: int, end: int) -> QuoteSpan:
    text = " ".join(piece.strip() for piece in pieces if piece.strip())
    return QuoteSpan(text, open_at[0], open_at[1], end_paragraph, end)


def _covers(spans: list[QuoteSpan]) -> Callable[[int, int], bool]:
    def covered(paragraph: int, offset: int) -> bool:
        return any((s.paragraph, s.start) <= (paragraph, offset) <= (s.end_paragraph, s.end) for s in spans)

    return covered
