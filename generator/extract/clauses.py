"""The clause a fact belongs to: a short description for event and figure labels.

A sentence is cut at semicolons, dashes and commas; the piece holding the fact is its clause. An
introductory adverbial ("Last year, …", "On Monday, …") is too short to describe anything, so the
clause then runs on into the next piece; a relative clause ("…, which is concluding on Monday")
keeps the piece before it, which names what "which" stands for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")
REACH = 400  # characters either side of a fact that its clause is read from
# Where a sentence is cut: `\s*(?:;|\s[\u2014\u2013]\s|\s--\s|,)\s*`, written so that the regex engine can
# scan for its first character instead of trying it at every position. A match of that expression
# starts at ";" or "," (then no white space comes first: "[;,]\s*") or at white space, which the
# leading `\s*` takes (one or more characters, tried longest first) or else a dash alternative's `\s`
# does: read from the first character, the same search in the same order (see the tests).
_BOUNDARY = re.compile(
    r"[\s;,](?:(?<=[;,])\s*|(?<=\s)(?:\s*(?:;|\s[\u2014\u2013]\s|\s--\s|,)|[\u2014\u2013]\s|--\s)\s*)"
)
_RELATIVE = re.compile(r"^(?:which|who|whose|where|that)\b\s*", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:and|but|while|whereas|as|that|so|then|also)\s+", re.IGNORECASE)
_QUOTES = "\"\u201c\u201d\u2018\u2019'"
MAX_WORDS = 20
_PARTICIPLE = re.compile(r"^(?:[a-z]+ed|scheduled|held|set|known|led|made|built|signed|launched)\b")
_ATTRIBUTION = re.compile(
    r"^[\w\s'’.-]{0,60}\b(?:said|says|told|stated|noted|added|reported|announced|remarked)(?:\s+\w+){0,2}$"
)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]+),\s*$")
# A dateline left at the start of a clause: "ISLAMABAD:", "Dec 12 (APP):", "BEIJING, March 5 (Reuters) -".
_DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z]{3,}[A-Z .'-]*(?::\s+|,\s*))?"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*)?(?:\([^)]{1,40}\)|/[^/]{1,40}/)\s*(?:--|[-:\u2013\u2014])\s*)?"
)
_AFTER_DATELINE = re.compile(r"^\s*(?:\(|/|[\u2014\u2013-]|:)")
_WORD = re.compile(r"\w+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,.;:)])")
_JUNK_WORDS = ("from", "on", "in", "since", "at", "by", "until", "of", "respectively", "and", "or", "to")
_TRAILING_JUNK = re.compile(r"\s+(?:" + "|".join(_JUNK_WORDS) + r")$", re.IGNORECASE)
# A match of _TRAILING_JUNK holds one white space character just before its word, which (ignoring
# case, character for character) is as long as a junk word, and then at most a newline before the end.
_JUNK_REACH = 1 + max(map(len, _JUNK_WORDS)) + 1
# After `" ".join(text.split())`, what _SPACE_BEFORE_PUNCTUATION matches is a single space before one of these.
_SPACED_PUNCTUATION = (" ,", " .", " ;", " :", " )")


def clause_pieces(sentence: str, keep: tuple[int, int] = (0, 0)) -> list[tuple[int, int]]:
    """(start, end) of each comma/semicolon/dash-separated piece of `sentence`; `keep` is never cut."""
    if not _may_cut(sentence):
        return [(0, len(sentence))] if sentence else []
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(sentence):
        if _inside_digits(sentence, match.start()) or keep[0] <= match.start() < keep[1]:
            continue  # "3,000" keeps its comma, and so does the fact itself ("Nov. 3, 2022")
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(sentence)))
    return [(a, b) for a, b in pieces if b > a]


def _may_cut(sentence: str) -> bool:
    """False when _BOUNDARY cannot match `sentence`: each way it matches holds one of these."""
    return "," in sentence or ";" in sentence or "\u2014" in sentence or "\u2013" in sentence or "--" in sentence


def _inside_digits(text: str, at: int) -> bool:
    if text[at : at + 1] != ",":
        return False
    return text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def clause_of(
    sentence: str,
    start: int,
    end: int,
    drop: bool = True,
    max_words: int = MAX_WORDS,
    pieces: list[tuple[int, int]] | None = None,
) -> str:
    """A short description of the clause of `sentence` holding [start, end).

    With `drop`, the fact's own words are left out (an event label need not repeat its date).
    `pieces`, when given, must be `clause_pieces(sentence, (start, end))` (a caller that has it).
    """
    dateline = _DATELINE.match(sentence[:start])
    if dateline and _AFTER_DATELINE.match(sentence[end:]):
        return f"dateline ({dateline.group(1).strip().title()})"
    if pieces is None:
        pieces = clause_pieces(sentence, (start, end))
    index = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), len(pieces) - 1)
    chosen = [index]

    def text_of(indices: list[int]) -> str:
        parts = []
        for i in sorted(indices):
            a, b = pieces[i]
            part = sentence[a:b]
            if drop and a <= start and end <= b:
                part = sentence[a:start] + " " + sentence[end:b]
            parts.append(part)
        return " ".join(parts)

    own = tidy(text_of(chosen), 1000).rstrip(".")
    if index > 0 and _ATTRIBUTION.match(own):
        said = _DATELINE_PREFIX.sub("", sentence[pieces[0][0] : pieces[0][1]])
        return tidy(own + ": " + said, max_words)  # "officials said" + what
    # An introductory adverbial ("On Monday, …") runs on into the main clause, skipping asides.
    nxt = index + 1
    while _word_count(text_of(chosen)) < 8 and nxt < len(pieces):
        if not _RELATIVE.match(sentence[pieces[nxt][0] : pieces[nxt][1]]):
            chosen.append(nxt)
        nxt += 1
    first_piece = sentence[pieces[chosen[0]][0] : pieces[chosen[0]][1]]
    if index > 0 and (_RELATIVE.match(first_piece) or _PARTICIPLE.match(first_piece)):
        chosen.insert(0, index - 1)  # "…, which is concluding on Monday": name what "which" stands for
    text = text_of(chosen)
    return tidy(text, max_words)


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def tidy(text: str, max_words: int = MAX_WORDS) -> str:
    # From here on, the only white space in `text` is single spaces: split cuts at `\s` (str.isspace),
    # and what follows only cuts text off or joins words with a space.
    text = " ".join(text.split())
    text = _without_dateline(text).lstrip(" -\u2013\u2014")
    text = text.strip(" ,;:." + _QUOTES)
    previous = None
    while previous != text:
        previous = text
        text = _LEADING_JUNK.sub("", text)
    while previous != text or _ends_in_junk(text):
        previous = text
        text = _TRAILING_JUNK.sub("", text).strip(" ,;:")
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:") + " …"
    # sub with a template costs a call into Python even when nothing matches
    if any(map(text.__contains__, _SPACED_PUNCTUATION)):
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return text


def _without_dateline(text: str) -> str:
    """`_DATELINE_PREFIX.sub("", text)`: the expression is anchored at the start and always matches there."""
    match = _DATELINE_PREFIX.match(text)
    return text[match.end() :] if match else text


def _ends_in_junk(text: str) -> bool:
    """`_TRAILING_JUNK.search(text) is not None`, looking only where a match can be (see _JUNK_REACH)."""
    return _TRAILING_JUNK.search(text, max(0, len(text) - _JUNK_REACH)) is not None


def local(sentence: str, start: int, end: int, reach: int = REACH) -> tuple[str, int, int]:
    """The part of `sentence` within `reach` characters of [start, end), cut at spaces, with shifted offsets.

    News sentences are far shorter, so this changes nothing for them; it keeps the work per fact bounded
    when a scraped "sentence" runs on for pages (no punctuation), which would otherwise be quadratic.
    """
    if len(sentence) <= 2 * reach + (end - start):
        return sentence, start, end
    a, b = max(0, start - reach), min(len(sentence), end + reach)
    if a > 0:
        space = sentence.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    if b < len(sentence):
        space = sentence.rfind(" ", end, b)
        b = space if space >= 0 else b
    return sentence[a:b], start - a, end - a


def quote_checker(paragraph: str) -> Callable[[int], bool]:
    """A function telling whether an offset of `paragraph` lies inside a quotation (curly or straight marks)."""
    positions, states = _quotation_states(paragraph)

    def inside_at(offset: int) -> bool:
        index = bisect_right(positions, offset) - 1
        return states[index] if index >= 0 else False

    return inside_at


@lru_cache(maxsize=128)  # each extractor asks about the same paragraphs
def _quotation_states(paragraph: str) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Offsets just after each quotation mark, and whether a quotation is open from there on."""
    positions: list[int] = []
    states: list[bool] = []
    inside = False
    for mark in _QUOTATION_MARK.finditer(paragraph):
        char = mark.group()
        inside = True if char == "\u201c" else False if char == "\u201d" else not inside
        positions.append(mark.end())
        states.append(inside)
    return tuple(positions), tuple(states)


_QUOTATION_MARK = re.compile('[\u201c\u201d"]')


def pick_non_overlapping(items: Iterable[T], span: Callable[[T], tuple[int, int]]) -> list[T]:
    """Greedy: each item in the given (priority) order is kept unless it overlaps one kept before.

    Returns the kept items in text order. Bisection keeps this O(n log n) on hostile input.
    """
    items = list(items)
    if len(items) < 2:  # most calls: nothing can overlap, and a single item is in text order
        return items
    starts: list[int] = []
    ends: list[int] = []
    kept: list[T] = []
    for item in items:
        start, end = span(item)
        i = bisect_right(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.insert(i, item)
    return kept
