"""Many phrases (gazetteer forms, topic keywords), each with its own expression: which to try on a text.

Running hundreds of expressions over every paragraph is most of what finding places, organisations
and topics costs, yet a paragraph holds few of the phrases. A phrase's expression matches only where
the phrase does not continue a word (`(?<![\\w-])`, `(?<!\\w)`), so where it matches, the phrase's
first word stands as a whole word of the text: looking the text's words up in an index of first
words gives every phrase that can match (and some that do not), in the order they were given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

_WORD = re.compile(r"\w+")
# The only characters outside ASCII that match an ASCII letter when case is ignored (İ ı ſ K): a text
# holding one may match a phrase ignoring case without holding its first word in any case.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@dataclass(frozen=True)
class PhraseIndex:
    exact: dict[str, tuple[int, ...]]  # first word as written → phrases matched as written
    folded: dict[str, tuple[int, ...]]  # lower-case first word → ASCII phrases matched ignoring case
    always: tuple[int, ...]  # phrases the index cannot rule out (no leading word, or non-ASCII ignoring case)
    # with `every_word`, per phrase: matched ignoring case, and all its words (lower case if so)
    words: tuple[tuple[bool, frozenset[str]], ...] | None = None
    # the keys of `exact` and `folded` as sets: a set intersects another faster than a dictionary's keys
    exact_words: frozenset[str] = field(init=False, repr=False, compare=False)
    folded_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "exact_words", frozenset(self.exact))  # frozen: set once, here
        object.__setattr__(self, "folded_words", frozenset(self.folded))

    @classmethod
    def of(cls, phrases: Sequence[tuple[str, bool]], every_word: bool = False) -> PhraseIndex:
        """Index (phrase, matched ignoring case) pairs; candidates are their positions in `phrases`.

        `every_word` is for phrases whose expressions match only where the phrase neither continues
        nor is continued by a word: then every word of the phrase is a whole word of the text, and a
        phrase some word of which the text lacks is no candidate."""
        exact: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        always: list[int] = []
        for position, (phrase, ignore_case) in enumerate(phrases):
            first = _WORD.match(phrase)
            if first is None or (ignore_case and not phrase.isascii()):
                always.append(position)
            elif ignore_case:
                folded.setdefault(first.group().lower(), []).append(position)
            else:
                exact.setdefault(first.group(), []).append(position)
        words = None
        if every_word:
            words = tuple(
                (ignore_case, frozenset(_WORD.findall(phrase.lower() if ignore_case else phrase)))
                if phrase.isascii() or not ignore_case
                else (True, frozenset())  # among `always`: not ruled out
                for phrase, ignore_case in phrases
            )
        return cls(
            {word: tuple(positions) for word, positions in exact.items()},
            {word: tuple(positions) for word, positions in folded.items()},
            tuple(always),
            words,
        )

    def candidates(self, text: str) -> list[int]:
        """Positions of the phrases that may match `text`, in order: a superset of those that do."""
        words, lowered, folds = _words(text)
        # A position is listed once: in `always`, or under its first word in `exact` or `folded`; the
        # words of a text are distinct, so no position is found twice and a list does for a set.
        found = list(self.always)
        exact = self.exact
        for word in words & self.exact_words:
            found += exact[word]
        folded = self.folded
        if folded:
            if folds:
                for positions in folded.values():
                    found += positions
            else:
                for word in lowered & self.folded_words:
                    found += folded[word]
        found.sort()
        if self.words is None:
            return found
        out = []
        for position in found:
            ignore_case, needed = self.words[position]
            # Ignoring case, a letter of FOLDS_TO_ASCII in the text may stand for an ASCII one: no test.
            if (needed <= lowered or folds) if ignore_case else needed <= words:
                out.append(position)
        return out

    def any_candidate(self, text: str) -> bool:
        """`bool(self.candidates(text))`, for an index built without `every_word`."""
        words, lowered, folds = _words(text)
        if self.always or not self.exact_words.isdisjoint(words):
            return True
        return bool(self.folded) and (folds or not self.folded_words.isdisjoint(lowered))


@lru_cache(maxsize=64)  # a paragraph is looked up in several indexes (organisations, places)
def _words(text: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """The words of `text`, as written and in lower case, and whether it holds a letter of FOLDS_TO_ASCII."""
    words = frozenset(_WORD.findall(text))
    folds = not text.isascii() and FOLDS_TO_ASCII.search(text) is not None  # its letters are not ASCII
    return words, frozenset(map(str.lower, words)), folds
