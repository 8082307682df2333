"""Second-round shortcuts in topics and clauses give the plain computations' answers.

Each shortcut is checked against a copy of the expression or code it replaced, on tables of edge cases
and on generated text built from the characters and words the shortcuts care about.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.extract import clauses as C
from generator.extract import topics as T
from generator.extract.phrase_index import FOLDS_TO_ASCII, PhraseIndex, _words

from .test_fast_paths_rest import _plain_tidy  # tidy as it was before either round of speedups

_ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]
_WORD_CHAR = re.compile(r"\w")
_SPACE = re.compile(r"\s")

# ---- topics: keyword expressions run on the lower-cased text ------------------------------------


def test_lowering_keeps_length_word_characters_and_white_space_outside_folds() -> None:
    """Outside FOLDS_TO_ASCII, lowering a text keeps its offsets and what `\\w`, `\\s` see at each one."""
    for ch in _ALL_CHARACTERS:
        if FOLDS_TO_ASCII.match(ch):
            continue
        low = ch.lower()
        assert len(low) == 1, hex(ord(ch))
        assert bool(_WORD_CHAR.match(ch)) == bool(_WORD_CHAR.match(low)), hex(ord(ch))
        assert bool(_SPACE.match(ch)) == bool(_SPACE.match(low)), hex(ord(ch))


def test_lowered_ascii_is_what_ignoring_case_matches_outside_folds() -> None:
    """Outside FOLDS_TO_ASCII, a character lowers to an ASCII character x that is its own lower case
    exactly when x matches it ignoring case."""
    everything = "".join(ch for ch in _ALL_CHARACTERS if not 0xD800 <= ord(ch) < 0xE000)
    for code in range(128):
        char = chr(code)
        if char != char.lower():
            continue
        matched = {
            m.group()
            for m in re.finditer(re.escape(char), everything, re.IGNORECASE)
            if not FOLDS_TO_ASCII.match(m.group())
        }
        lowering_to = {ch for ch in everything if ch.lower() == char and not FOLDS_TO_ASCII.match(ch)}
        assert matched == lowering_to, (char, matched ^ lowering_to)


_KEYWORDS = (
    "energy",
    "power plant",
    "oil and gas",
    "ML-1",
    "IT",
    "IT services",
    "e-commerce",
    "x.",
    "-dash",
    "naïve",
    "Café",
    "kelvin scale",
    "security",
    "free trade agreement",
    "it",
    "a_b",
    "3d printing",
    "(un)",
)
_WORDS_TEXT = (
    "energy power plant oil and gas ML-1 ml-1 IT It it services Services e-commerce E-COMMERCE x. X. "
    "-dash naïve NAÏVE Café café kelvin \u212aelvin scale ſcale ſecurity security SECURITY İt ıt a_b 3d "
    "printing free trade agreement (un) (UN) Energy POWER Plant"
)
_PIECES = [
    *_WORDS_TEXT.split(),
    " ",
    "  ",
    "\n",
    "\u00a0",
    "-",
    "_",
    ".",
    ",",
    "x",
    "9",
    "é",
    "\u2019",
    "İ",
    "ı",
    "ſ",
    "\u212a",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


def _fast_hits(keyword: str, text: str) -> list[tuple[int, int]]:
    """The way `_keyword_hits` runs a keyword's fast expression."""
    fast, on_lowered = T._fast_regex(keyword)
    if on_lowered and FOLDS_TO_ASCII.search(text):
        fast = T._keyword_regex((keyword,))
    subject = text.lower() if on_lowered and not FOLDS_TO_ASCII.search(text) else text
    return [m.span() for m in fast.finditer(subject)]


@settings(max_examples=600, deadline=None)
@given(_texts)
@example("IT services, it Services; It")
@example("xenergy energy_ energy- -energy énergy ENERGY")
@example("power  plant power\nplant power\u00a0plant powerplant")
@example("\u212aelvin scale kelvin SCALE")
@example("İt ıt it")
@example("naïve NAÏVE Café CAFÉ café")
def test_fast_keyword_expressions_match_where_the_plain_ones_do(text: str) -> None:
    for keyword in _KEYWORDS:
        plain = [m.span() for m in T._keyword_regex((keyword,)).finditer(text)]
        assert _fast_hits(keyword, text) == plain, keyword


# ---- clauses: where a sentence is cut ----------------------------------------------------------

_PLAIN_BOUNDARY = re.compile(r"\s*(?:;|\s[\u2014\u2013]\s|\s--\s|,)\s*")


def _plain_clause_pieces(sentence: str, keep: tuple[int, int] = (0, 0)) -> list[tuple[int, int]]:
    """clause_pieces as it was."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _PLAIN_BOUNDARY.finditer(sentence):
        if C._inside_digits(sentence, match.start()) or keep[0] <= match.start() < keep[1]:
            continue
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(sentence)))
    return [(a, b) for a, b in pieces if b > a]


_CLAUSE_PIECES = [" ", "  ", "\n", "\u00a0", "\t", ";", ",", "-", "--", "\u2014", "\u2013", "a", "3", "x_", "."]
_sentences = st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_sentences, st.integers(0, 40), st.integers(0, 40))
@example("a , b ; c \u2014 d -- e \u2013 f", 0, 0)
@example("a  \u2014  b  --  c ,, d;;e", 0, 0)
@example(" \u2014 \u2014 -- --- , 3,000", 0, 0)
@example("a\u2014b a--b a -- b a --b a-- b", 0, 0)
@example("", 0, 0)
@example("   ", 0, 0)
def test_boundaries_and_pieces_are_the_plain_ones(sentence: str, a: int, b: int) -> None:
    assert [m.span() for m in C._BOUNDARY.finditer(sentence)] == [m.span() for m in _PLAIN_BOUNDARY.finditer(sentence)]
    for keep in ((0, 0), (a, a + b)):
        assert C.clause_pieces(sentence, keep) == _plain_clause_pieces(sentence, keep)


def test_no_boundary_without_a_cut_character() -> None:
    """`_may_cut` is False only where the plain expression finds nothing."""
    for sentence in ("", " ", "a b", "a - b", "a-b", "a \u2012 b", "a\u2010b", "3.000"):
        assert not C._may_cut(sentence) and _PLAIN_BOUNDARY.search(sentence) is None


# ---- phrase index ---------------------------------------------------------------------------------

_PHRASES = [
    ("energy", True),
    ("Energy", False),
    ("power plant", True),
    ("IT", False),
    ("it", True),
    ("-dash", True),
    ("naïve", True),
    ("Café", False),
    ("e-commerce", True),
    ("Port Qasim", False),
    ("port", True),
    ("x.", True),
]


def _plain_candidates(index: PhraseIndex, text: str) -> list[int]:
    """PhraseIndex.candidates as it was (a set of positions)."""
    words, lowered, folds = _words(text)
    found = set(index.always)
    for word in words & index.exact.keys():
        found.update(index.exact[word])
    if index.folded:
        if folds:
            found.update(position for positions in index.folded.values() for position in positions)
        else:
            for word in lowered & index.folded.keys():
                found.update(index.folded[word])
    if index.words is None:
        return sorted(found)
    out = []
    for position in sorted(found):
        ignore_case, needed = index.words[position]
        if (needed <= lowered or folds) if ignore_case else needed <= words:
            out.append(position)
    return out


@settings(max_examples=500, deadline=None)
@given(_texts, st.lists(st.sampled_from(_PHRASES), max_size=8))
@example("", [])
@example("energy", [("energy", True)])
@example("\u212at", [("it", True), ("IT", False)])
def test_candidates_are_the_plain_ones(text: str, phrases: list[tuple[str, bool]]) -> None:
    for every_word in (False, True):
        for index in (PhraseIndex.of(phrases, every_word), PhraseIndex.of(_PHRASES, every_word)):
            assert index.candidates(text) == _plain_candidates(index, text)
            if not every_word:
                assert index.any_candidate(text) == bool(_plain_candidates(index, text))


# ---- clauses: tidying a clause --------------------------------------------------------------------


_TIDY_PIECES = [
    *C._JUNK_WORDS,
    *(word.upper() for word in C._JUNK_WORDS),
    "respectıvely",
    "ſince",
    "İn",
    "\u212aof",
    "BEIJING",
    "ISLAMABAD:",
    "Dec 12",
    "(APP)",
    "/x/",
    "said",
    "which",
    "fact",
    "3,000",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\t",
    ",",
    ".",
    ";",
    ":",
    ")",
    "(",
    "-",
    "\u2014",
    '"',
    "\u201c",
    "'",
]
_tidy_texts = st.lists(st.sampled_from(_TIDY_PIECES), max_size=30).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_tidy_texts, st.sampled_from([3, C.MAX_WORDS, 1000]))
@example("the deal signed on", C.MAX_WORDS)
@example("ISLAMABAD: the deal , signed in and", C.MAX_WORDS)
@example("a b c d respectively", 2)
@example("x of\n", C.MAX_WORDS)
def test_tidy_is_the_plain_one(text: str, max_words: int) -> None:
    assert C.tidy(text, max_words) == _plain_tidy(text, max_words)


@settings(max_examples=1500, deadline=None)
@given(_tidy_texts)
@example("x of\n")
@example("x  respectively\n")
@example("x \u212aof")
@example("x ſince")
@example("of")
def test_trailing_junk_and_dateline_shortcuts(text: str) -> None:
    assert C._ends_in_junk(text) == (C._TRAILING_JUNK.search(text) is not None)
    assert C._without_dateline(text) == C._DATELINE_PREFIX.sub("", text)


@settings(max_examples=500, deadline=None)
@given(_sentences, st.integers(0, 30), st.integers(0, 10))
@example("On Monday, the deal, which was signed in 2015; was done", 26, 4)
def test_clause_of_with_the_pieces_given_is_clause_of(sentence: str, start: int, length: int) -> None:
    start = min(start, len(sentence))
    end = min(start + length, len(sentence))
    pieces = C.clause_pieces(sentence, (start, end))
    for drop in (True, False):
        assert _outcome(C.clause_of, sentence, start, end, drop, pieces=pieces) == _outcome(
            C.clause_of, sentence, start, end, drop
        )


def _outcome(function: Callable[..., object], *args: object, **kwargs: object) -> object:
    """What `function` returns, or the type of what it raises (a sentence without pieces has no clause)."""
    try:
        return function(*args, **kwargs)
    except IndexError as err:
        return type(err)


# ---- clauses: picking non-overlapping spans -------------------------------------------------------


def _plain_pick_non_overlapping(items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """pick_non_overlapping as it was, for spans that are their own items."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, int]] = []
    for start, end in items:
        i = bisect_right(starts, start)
        if (i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.insert(i, (start, end))
    return kept


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 5)).map(lambda t: (t[0], t[0] + t[1])), max_size=6))
def test_pick_non_overlapping_is_the_plain_one(spans: list[tuple[int, int]]) -> None:
    expected = _plain_pick_non_overlapping(spans)
    assert C.pick_non_overlapping(spans, lambda s: s) == expected
    assert C.pick_non_overlapping(iter(spans), lambda s: s) == expected  # any iterable
    result = C.pick_non_overlapping(spans, lambda s: s)
    assert result is not spans  # a new list, as before: the caller's list is not handed back
