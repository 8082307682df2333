"""Third-round shortcuts in the entity and quote extractors give the plain computations' answers.

Each shortcut is checked against a verbatim copy of the code it replaced, on tables of edge cases and
on generated text built from the characters and words the shortcut cares about.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.article import make_article
from generator.extract import entities as E
from generator.extract import names as N
from generator.extract import speakers as S
from generator.extract.gazetteer import load_gazetteer
from generator.extract.memo import once_per

_ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]
_FIXTURES = Path(__file__).parent / "fixtures"

# Characters the shortcuts below turn on: word characters of each kind (digits, "_", letters in and
# outside ASCII, some of which lower to ASCII letters or match them ignoring case, title case, a
# combining mark, a digit outside ASCII, ² which is \w but no digit), apostrophes, hyphens, "&", the
# white space FOLD maps and some it does not, and FOLD's other characters.
_ODD = [
    "'",
    "-",
    "_",
    "9",
    "&",
    " ",
    "  ",
    "\n",
    "\t",
    ",",
    ".",
    '"',
    "(",
    ")",
    "\u2019",
    "\u2018",
    "\u201c",
    "\u201d",
    "\u00a0",
    "\u2002",
    "\u2003",
    "\u2009",
    "\u202f",
    "\u2013",
    "\u2014",
    "é",
    "É",
    "ß",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "\u01c5",
    "\u00b2",
    "\u0301",
    "\u0663",
    "\u03a3",
]


def _texts(words: list[str], max_size: int = 20) -> st.SearchStrategy[str]:
    """Text made of `words` (as written, capitalised, upper case) and the odd characters above."""
    pieces = st.sampled_from(sorted({*words, *(w.capitalize() for w in words), *(w.upper() for w in words), *_ODD}))
    return st.lists(pieces, max_size=max_size).map("".join) | st.lists(pieces, max_size=max_size).map(" ".join)


def _articles(texts: st.SearchStrategy[str]) -> st.SearchStrategy:
    return st.lists(texts, min_size=1, max_size=4).map(
        lambda paragraphs: make_article(source_file="a.txt", paragraphs=paragraphs)
    )


@cache
def _gazetteer():
    return load_gazetteer()


@cache
def _fixture_articles() -> list:
    paths = sorted(_FIXTURES.glob("**/*.txt")) + sorted(_FIXTURES.glob("**/*.md"))
    assert paths
    out = []
    for path in paths:
        paragraphs = [p for p in path.read_text(encoding="utf-8", errors="replace").split("\n\n") if p.strip()]
        out.append(make_article(source_file=path.name, paragraphs=paragraphs))
    return out


# ---- folding: replacements instead of a look-up per character ----------------------------------


def test_fold_text_is_translate_on_every_character() -> None:
    everything = "".join(ch for ch in _ALL_CHARACTERS if not 0xD800 <= ord(ch) < 0xE000)
    assert N.fold_text(everything) == everything.translate(N.FOLD)
    for ch in _ALL_CHARACTERS[:0x3000]:
        assert N.fold_text(ch) == ch.translate(N.FOLD)
    assert all(to.isascii() and chr(code) != to for code, to in N.FOLD.items())  # what the replacements rely on


@settings(derandomize=True, max_examples=300, deadline=None)
@given(_texts(["ab", "X"]) | st.text(max_size=30))
@example("\u2019\u2018 \u201c\u2013\u2014\u00a0\u2002\u2003\u2009\u202f")
def test_fold_text_is_translate(text: str) -> None:
    assert N.fold_text(text) == text.translate(N.FOLD)
    assert N.folded(text) == text.translate(N.FOLD)
    assert S.fold(text) == text.translate(N.FOLD)


# ---- people: surnames used as speakers, searched only where a wanted word is ----------------------

_SPEAKER_WORDS = ["said", "says", "told", "also", "Mr", "Dr.", "Tang", "Malik", "Ali", "Khan", "Sharif", "he", "x"]


@settings(derandomize=True, max_examples=300, deadline=None)
@given(_articles(_texts(_SPEAKER_WORDS, 14)), st.sets(st.sampled_from(["Tang", "Malik", "Ali", "Khan", "TANG", "X"])))
@example(
    make_article(source_file="a.txt", paragraphs=["Tang said Malik said Mr Wang", "said Khan."]), {"Malik", "Khan"}
)
def test_speaker_surnames_answer_for_the_wanted_words(article, wanted: set[str]) -> None:
    plain = E._speaker_surnames(article)
    fast = E._speaker_surnames(article, wanted)
    assert {w for w in wanted if w in fast} == {w for w in wanted if w in plain}


# ---- roles: the walk back over title words, from the tail that can hold them ---------------------


def _plain_tokens(text: str, keep: frozenset[str] | None) -> list[tuple[str, int, int, str, bool]]:
    """`_tokens` as first written: every `_WORD` match, then the filter."""
    out = []
    for match in E._WORD.finditer(text):
        word = match.group()
        cap = word[0].isupper()
        low = word.lower()
        if keep is None or cap or low in keep:
            out.append((word, match.start(), match.end(), low, cap))
    return out


def _plain_backward_titleish(segment: str) -> str:
    toks = E._tokens(segment)
    start = len(segment)
    for tok in reversed(toks):
        gap = segment[tok.end : start] if start < len(segment) else segment[tok.end :]
        if gap.strip(" &"):
            break
        if not (tok.cap or tok.low in E.CONNECTORS or tok.low in E.TITLE_HEADS):
            break
        start = tok.start
    return segment[start:].strip()


_TITLE_WORDS = [
    "minister",
    "president-elect",
    "vice-president",
    "consul-general",
    "ambassador",
    "chief",
    "of",
    "for",
    "and",
    "the",
    "to",
    "at",
    "in",
    "on",
    "planning",
    "said",
    "ali",
    "bin",
    "elect",
    "'s",
    "a",
]


@settings(derandomize=True, max_examples=2000, deadline=None)
@given(_texts(_TITLE_WORDS, 16) | st.text(max_size=30))
@example("said Federal Minister for Planning & Development ")
@example("x, President-Elect of the Bank 9-Ali ")
@example("Consul-General\u2003of the ")
@example("'Minister-  of")
def test_backward_titleish_matches_the_plain_walk(segment: str) -> None:
    assert E._backward_titleish(segment) == _plain_backward_titleish(segment)
    tail = E._titleish_tail(segment)
    assert segment.endswith(tail)


@settings(derandomize=True, max_examples=1000, deadline=None)
@given(_texts(_TITLE_WORDS, 16) | st.text(max_size=30))
@example("of- oF \u212aof the' president-elect Vice-President 9of _the")
def test_tokens_keeping_title_words_match_the_plain_scan(text: str) -> None:
    keep = E._TITLEISH_WALK_WORDS
    assert [tuple(tok) for tok in E._tokens(text, keep)] == _plain_tokens(text, keep)


# ---- organisations: paragraphs without a head word hold no phrase -------------------------------

_ORG_WORDS = ["bank", "ministry", "authority", "group", "of", "and", "the", "china", "x", "co", "'s", "company"]


@settings(derandomize=True, max_examples=2000, deadline=None)
@given(_texts(_ORG_WORDS, 14) | st.text(max_size=30))
@example("9Bank of China")
@example("_Ministry Of Planning")
@example("People's Bank's Group")
@example("Ban\u212a of China and State Ban\u212a")
@example("Co. Ltd and the X Co")
def test_no_org_phrase_without_a_head_word(text: str) -> None:
    if not E._may_hold_org_phrase(text):
        assert E._phrase_orgs(text) == []
    if E._phrase_orgs(text):
        assert E._may_hold_org_phrase(text)


def test_org_head_words_leave_out_only_heads_no_word_lowers_to() -> None:
    """`_org_head` lowers a `_WORD` (of word characters, apostrophes and hyphens); the heads left out
    of `_ORG_HEAD_WORDS` hold a character no such word's lower case holds."""
    assert all("." in head for head in E.ORG_HEADS - E._ORG_HEAD_WORDS)
    assert all(not ch.lower() or "." not in ch.lower() for ch in _ALL_CHARACTERS if re.match(r"[\w'\-]", ch))


def test_characters_lowering_to_ascii_letters_are_word_characters() -> None:
    """What `_may_hold_org_phrase` relies on: a word whose lower case is a head is made of word characters."""
    for ch in _ALL_CHARACTERS:
        if re.fullmatch("[a-z]+", ch.lower()):
            assert re.match(r"\w", ch), hex(ord(ch))
            assert not re.match(r"[\d_]", ch)


# ---- places ------------------------------------------------------------------------------------


def _plain_extract_places(article, gazetteer):
    forms = once_per(gazetteer, E._GazetteerForms)
    found: dict[str, tuple[int, int]] = {}
    for p, paragraph in enumerate(article.paragraphs):
        text = N.folded(paragraph)
        taken: list[tuple[int, int]] = []
        for name, start, end in _plain_headed_places(text):
            taken.append((start, end))
            found.setdefault(name, (p, start))
        for position in forms.place_index.candidates(text):
            _, canonical, pattern, _ = forms.place_patterns[position]
            for match in pattern.finditer(text):
                if any(s <= match.start() and match.end() <= e for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                if (p, match.start()) < found.get(canonical, (10**9, 0)):
                    found[canonical] = (p, match.start())
    ordered = sorted(found.items(), key=lambda kv: kv[1])
    return tuple(E.Place(name, article.span_at(p, offset)) for name, (p, offset) in ordered)


def _plain_headed_places(text: str) -> list[tuple[str, int, int]]:
    headed, prefixed = E._place_patterns()
    out = []
    for match in headed.finditer(text):
        words = match.group(1).split()
        while words and (
            words[0].endswith("'s") or (words[0].lower() in E.NOT_NAME_WORDS and words[0].lower() != "new")
        ):
            words = words[1:]
        if len(words) >= 2:
            start = match.end(1) - len(" ".join(words))
            out.append((" ".join(words), start, match.end(1)))
    if not any(prefix in text for prefix in E._PLACE_PREFIX_WORDS):
        return out
    for match in prefixed.finditer(text):
        if match.group(1).split()[1].lower() not in E._NOT_PLACE_NAMES:
            out.append((match.group(1), match.start(1), match.end(1)))
    return out


_PLACE_WORDS = ["port", "qasim", "gwadar", "bay", "lake", "mount", "gulf", "sindh", "province", "karachi", "new", "the"]


@settings(derandomize=True, max_examples=200, deadline=None)
@given(_articles(_texts(_PLACE_WORDS, 14)))
@example(make_article(source_file="a.txt", paragraphs=["Port Qasim and Gwadar Port, Karachi Port Qasim"]))
def test_places_match_the_plain_ones(article) -> None:
    gazetteer = _gazetteer()
    assert E.extract_places(article, gazetteer) == _plain_extract_places(article, gazetteer)


def test_places_match_the_plain_ones_on_the_fixtures() -> None:
    gazetteer = _gazetteer()
    for article in _fixture_articles():
        assert E.extract_places(article, gazetteer) == _plain_extract_places(article, gazetteer)
