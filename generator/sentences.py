"""Split a paragraph into sentences with character offsets.

A regular-expression splitter that knows news copy's abbreviations ("Dr.", "Nov.",
"U.S.", initials), closing quotation marks after the full stop, and ellipses. It is
fast (hundreds of thousands of characters a second) and deterministic.
"""

from __future__ import annotations

import re

from .model import Sentence

# Tokens that end with a full stop without ending the sentence (lower-cased, no dot).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "engr",  # Pakistani title for engineers: "Engr. Naveed Zehri"
        "brig",
        "messrs",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "retd",  # a retired rank: "Lt. Gen. Retd. Asim Bajwa"
        "st",
        "mt",
        "jr",
        "sr",
        "rev",
        "rs",  # rupees: "Rs. 25,000"
        "hon",
        "amb",
        "pres",
        "supt",
        "insp",
        "dept",
        "univ",
        "assn",
        "corp",
        "inc",
        "ltd",
        "co",
        "bros",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "fig",
        "p",
        "pp",
        "vol",
        "ed",
        "eds",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "u.a.e",
        "p.m",
        "a.m",
    ]
)

# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or
# brackets, then white space, then something that can open a sentence. Guillemets count as quotes,
# with the space French copy puts inside them: "… weave. » He adds: « The …".
# `end` is `[.!?]+|\u2026` written with a literal first in each alternative: the same matches (the first
# character picks the alternative, then `[.!?]*` tries the same lengths as `[.!?]+` would, longest
# first), but the regex engine can then jump from one . ! ? … to the next instead of trying the whole
# pattern at every position.
_BOUNDARY = re.compile(
    r"""(?P<end>\.[.!?]*|![.!?]*|\?[.!?]*|\u2026)(?P<close>(?:[\x20\u00a0\u202f]?\u00bb)?["'\u201d\u2019)\]]*)(?P<space>\s+)"""
    r"""(?=(?:\u00ab[\x20\u00a0\u202f]?)?["'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])"""
)
_INITIALS = re.compile(r"[a-z]|(?:[a-z]\.)+[a-z]?")


def _last_token(before: str) -> str:
    r"""The run of word characters and dots ending `before` (or ending just before a final newline): what
    `re.search(r"([\w.]+)$", before)` finds, read backwards from the end instead of tried at every position.

    `\w` is exactly the characters for which `str.isalnum()` holds, and "_" (see the tests).
    """
    end = len(before) - 1 if before.endswith("\n") else len(before)  # `$` matches before a final newline
    start = end
    while start and (before[start - 1].isalnum() or before[start - 1] in "._"):
        start -= 1
    return before[start:end]


def _is_abbreviation(before: str) -> bool:
    token = _last_token(before)
    if not token:
        return False
    token = token.lower().rstrip(".")
    if token in ABBREVIATIONS:
        return True
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "P.R.C.")
    return bool(_INITIALS.fullmatch(token))


def split_sentences(paragraph: str, paragraph_index: int = 0) -> tuple[Sentence, ...]:
    """Sentences of `paragraph`, each with its offsets; at least one for non-empty text."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end_mark, close = match.group("end", "close")
        if end_mark == "." and not close and _is_abbreviation(paragraph[start : match.start()]):
            continue
        end = match.end("close")
        _append(sentences, paragraph, paragraph_index, start, end)
        start = match.end()
    _append(sentences, paragraph, paragraph_index, start, len(paragraph))
    return tuple(sentences)


def _append(sentences: list[Sentence], text: str, paragraph_index: int, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(paragraph_index, len(sentences), start, end, text[start:end]))
