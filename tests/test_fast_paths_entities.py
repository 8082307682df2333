"""The entity extractor's shortcuts give the same answers as the plain computations they replace."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.extract import entities as E
from generator.extract.names import ATTRIBUTION_VERBS, NAME_PARTICLES

# Pieces that make the regexes' edge cases likely: words of each class, possessives, hyphens, digits
# and underscores before letters, letters outside ASCII (İ ı ſ K lower to or match ASCII letters; ǅ
# is title case; ² is \w but no digit), whitespace and punctuation.
_PIECES = st.sampled_from(
    [
        *sorted(NAME_PARTICLES),
        *sorted(E._ORG_CONNECTORS),
        "said",
        "says",
        "say",
        "also",
        "insisted",
        "insist",
        "joke",
        "joked",
        "told",
        "Mr",
        "Mr.",
        "Mrs",
        "Dr",
        "Engr",
        "Tang",
        "Malik",
        "Of",
        "oF",
        "X",
        "a",
        "b",
        "'s",
        "'",
        "-",
        "_",
        "9",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "\u201d",
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
    ]
)
_TEXTS = st.lists(_PIECES, max_size=16).map("".join) | st.text(max_size=30)


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


@settings(max_examples=3000)
@given(_TEXTS, st.sampled_from([None, NAME_PARTICLES, E._ORG_CONNECTORS, frozenset()]))
@example("9abc Def of 'the' x-y_z of- oF \u212aof the'", E._ORG_CONNECTORS)
@example("--bin'- ul9 ud_ \u0130bin", NAME_PARTICLES)
def test_tokens_match_the_plain_scan(text: str, keep: frozenset[str] | None) -> None:
    assert [tuple(tok) for tok in E._tokens(text, keep)] == _plain_tokens(text, keep)


_PLAIN_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
# `_SURNAME_SPEAKER` as first written: word-boundary branches, the space after the look-behinds.
_PLAIN_SURNAME_SPEAKER = re.compile(
    rf"(?:\b(?:{_PLAIN_VERBS})\s+(?P<after>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|\b(?:Mr|Mrs|Ms|Dr|Prof|Engr)\.?\s+(?P<titled>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|(?<![A-Z][\w'-])(?<![A-Z][\w'-]{{2}})\s(?P<before>[A-Z][\w'-]+)\s+(?:also\s+)?(?:{_PLAIN_VERBS})\b)"
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, dict[str, str | None]]]:
    return [(match.end(), match.groupdict()) for match in pattern.finditer(text)]


@settings(max_examples=3000)
@given(st.sampled_from([" ", ",", "\n", "\u201d", "-"]), _TEXTS)
@example(" ", "Tang said Malik said Mr Wang")
@example(" ", "Mr said, Mr Said said Mrs Ali, Dr. Khan  also said")
@example(" ", "X said Ali told Ab said A-b noted Zhao")
@example(" ", '"We will," said Governor of the State Bank Faisal Jatoi.')
def test_surname_speaker_finds_what_the_plain_pattern_finds(first: str, rest: str) -> None:
    text = first + rest  # `_speaker_surnames` searches " " + paragraph
    assert _found(E._SURNAME_SPEAKER, text) == _found(_PLAIN_SURNAME_SPEAKER, text)


@given(st.sets(st.text(alphabet="abcs", min_size=1, max_size=5), min_size=1, max_size=12), st.text("abcs", max_size=6))
def test_trie_alternation_matches_exactly_its_words(words: set[str], probe: str) -> None:
    pattern = re.compile(E._trie_alternation(frozenset(words)))
    assert (pattern.fullmatch(probe) is not None) == (probe in words)
    for word in words:
        assert pattern.fullmatch(word)


def test_speech_verbs_are_lower_case_letters() -> None:
    """The trie of verbs finds what the plain alternation found only because, followed by `\\b` or
    `\\s`, at most one verb fits at a position: no verb may hold a non-letter."""
    assert all(re.fullmatch("[a-z]+", verb) for verb in ATTRIBUTION_VERBS)
    pattern = re.compile(rf"(?:{E._SPEECH_VERBS})\b")
    assert all(pattern.fullmatch(verb) for verb in ATTRIBUTION_VERBS)
