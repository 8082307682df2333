"""Date extraction's shortcuts give the same answers as the plain computations they replace.

- Each rule expression behind a first-character lookahead (`date_patterns._starting_with`) finds what
  the expression without it finds.
- Each rule's core (`_Rule.core`) is found in every match of the rule, so skipping the rule where the
  core is missing skips nothing.
- `cues_present` (substring tests) names the groups one expression per group would.
- `_find` with all of these gives what running every plain expression over the text gives.
"""

from __future__ import annotations

import ast
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.clean import clean_article
from generator.extract import date_patterns as P
from generator.extract import dates as D
from generator.read import decode_seed

from .conftest import ROOT

_LOOKAHEAD = re.compile(r"^\(\?=\[([^\]]*)\]\)")


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The expression without its leading first-character lookahead."""
    return re.compile(_LOOKAHEAD.sub("", pattern.pattern, count=1), pattern.flags)


def _shape(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


_SAMPLES: list[str] = []


def _samples() -> list[str]:
    """Sentences of every article in the repository, and every string literal of the date tests."""
    if not _SAMPLES:
        folders = [ROOT / "seeds", ROOT / "tests/fixtures/articles", ROOT / "tests/fixtures/heldout/articles"]
        for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
            article = clean_article(decode_seed(path.read_bytes(), path.name))
            _SAMPLES.extend(sentence.text for paragraph in article.sentences for sentence in paragraph)
        for name in ("tests/test_dates.py", "tests/test_fast_paths_dates.py"):
            tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
            _SAMPLES.extend(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
    return _SAMPLES


# Pieces of date expressions and their near misses, glued in any order: prepositions in both cases,
# month names and abbreviations, days, years, separators, Unicode digits and spaces, fiscal and quarter
# words, and the words the rules look behind for ("Long", "version", "the").
_PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", ",", ".", "-", "/", "\u2013", "\u2014", "'", "(FY)", ":", "%",
    "on", "On", "in", "In", "since", "by", "until", "till", "before", "After", "from", "From", "between",
    "during", "through", "end of", "the", "The", "of", "and", "or", "&", "to", "early", "late", "mid-", "mid",
    "last", "Last", "next", "this", "This", "current", "earlier", "Later", "first", "second", "final", "half",
    "quarter", "January", "Jan", "Jan.", "May", "June", "Sept", "Sept.", "Sep", "December", "Dec.", "March",
    "Long", "version", "Monday", "Friday", "Sunday", "Times", "morning", "today", "Today", "yesterday",
    "the previous day", "week", "year", "month", "years", "ago", "two", "a", "end", "middle", "start",
    "beginning", "fiscal", "Fiscal", "financial", "year", "FY", "FY24", "Q1", "H2", "Q5", "season", "crop",
    "9", "11", "1st", "22nd", "3rd", "14th", "30", "31", "09", "2024", "1999", "2015", "16", "25", "2030",
    "\u0662\u0660\u0662\u0664", "\u0669", "million", "per cent", "people", "x", "abc",
    "the next day", "following", "day", "A day later", "earlier", "weekend", "weekends", "over", "past",
    "kal", "Kal", "aaj", "Aaj", "raat", "subah", "pichlay", "Pichle", "agle", "is", "saal", "mahine", "hafte",
    " se", " tak", "se", "tak", "hoga", "bataya", "News",
    "time", "weeks'", "week's", "days\u2019", "s time", "1990s", "2000s", "early", "floods", "elections", "Oct. 28",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)
_EXAMPLES = [
    "from June to August 2024",
    "between Sept 28 and Oct 2, 2024",
    "on 18.09.2024 and 2024-09-16",
    "in FY2024-25 and the 2023-24 fiscal year",
    "in Q3 of 2023 and H1 2025",
    "by the end of the year, at the start of December",
    "on the 14th, last Monday morning",
    "this year, next month, earlier this week",
    "in the first half of 2024, mid-2025, since 2015-16",
    "Profits rose last quarter of 2023; final half of 2022; second quarter of 2021",
    "May 9-11 this year; 9 and 10 May; the 3rd of March 2020",
    "\u0662\u0660\u0662\u0664-\u0660\u0669-\u0661\u0666 on \u0661\u0668/\u0660\u0669/\u0662\u0660\u0662\u0664",
    "Long March 5 in March",
    "On Monday they met; the next day, the following day and a day later; in the next day or two",
    "could slip to mid-2026; End-2025; peaked around 2017 and fell; around 2000 workers; circa 1990.",
    "in a 2019 agreement, an 2020 accord, a 2000 workers; in the summer of 2023, Winter of 2022; late monsoon of 2021",
    "by mid-year, In mid year. the mid-year review; by end-June, until end-March",
    "the December ceremony, The March samples, the June cheque, the March to Islamabad, the May 9 talks",
    "The day before, they met the day after. Not the day before the vote; the day after signing",
    "last weekend, this past weekend, over the weekend, the last weekend of May, weekend-long",
    "kal raat bataya; aaj subah; aaj kal; Aaj News; pichlay saal se; is saal; agle hafte; pichlay fiscal year",
    "2020 se, January tak, March se, Jan tak",
    "in two weeks' time, in a year\u2019s time, In 3 days time; no time in two weeks",
    "in the 1990s, since the early 2000s, the 1990s-era; after the 2022 floods, the 2000 workers",
    "on the 2nd of next month, on the 30th of last month; on Oct. 28, 12 more; Oct. 28, 2024",
]
# Each word that makes a clause future (`date_patterns.FUTURE`), alone and capitalised, and with
# characters that match ASCII letters when case is ignored (ſ for s, K for k).
_FUTURE_WORDS = "will;shall;won't;would;can;cannot;must;should;"
_FUTURE_WORDS += "is to;are to;set to;scheduled;slated;due;expected to;going to;plans to;"
_FUTURE_WORDS += "planned;upcoming;to be held;to take place;agreed to;decided to;resolved to;pledged to;promised to;"
_FUTURE_WORDS += "vowed to;aims to;hopes to;intends to;wants to;seeks to;sought to;'ll;is opening;are meeting;"
_FUTURE_WORDS += "hoped to;aimed to;intended to;"
_FUTURE_WORDS += "concluding"
for _words in _FUTURE_WORDS.split(";"):
    _folded = _words.replace("s", "\u017f").replace("k", "\u212a")
    _EXAMPLES += [_words, _words.capitalize(), f"x {_words.upper()} y", _folded]
# Each leading word a rule knows, in both cases and alone, before each kind of date: every way a
# match can start.
_LEADS = "on in since by until till before after from during through between end_of at towards the"
_LEADS += " last next this earlier later first second final half quarter early late mid"
_DATES = ["2015", "2015-16", "March 2015", "March 9", "Mar. 9, 2015", "9 March", "9th of March 2015", "Monday"]
_DATES += ["Q1 2024", "FY24", "fiscal year 2023-24", "this year", "the end of the year", "the 14th", "today"]
_DATES += ["the first half of 2024", "quarter of 2024", "June to August", "the start of May", "18.09.2024"]
_DATES += ["2024-09-16", "week", "year", "month"]
for _word in (word.replace("_", " ") for word in _LEADS.split()):
    for _lead in (_word, _word.capitalize(), ""):
        _EXAMPLES += [f"{_lead} {date}".strip() for date in _DATES]


def _fast_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = [
        (name, value)
        for name, value in vars(P).items()
        if isinstance(value, re.Pattern) and _LOOKAHEAD.match(value.pattern)
    ]
    assert len(found) >= 15
    return found


def _assert_lookaheads_change_nothing(text: str) -> None:
    for name, pattern in _fast_patterns():
        assert _shape(pattern, text) == _shape(_plain(pattern), text), (name, text)


def _assert_cores_hold(text: str) -> None:
    for rule in D._RULES:
        if rule.core is None:
            continue
        for match in _plain(rule.pattern).finditer(text):
            assert rule.core.search(match.group()) is not None, (rule.core.pattern, match)


def _plain_cues(text: str) -> frozenset[tuple[str, ...]]:
    groups = {group for rule in D._RULES for group in rule.needs}
    return frozenset(g for g in groups if re.search("|".join(re.escape(cue) for cue in g), text))


def _described(found: list[D._Found]) -> list[tuple[object, ...]]:
    ctx = D._Context(D.date(2024, 9, 18), 2024, False, True)
    return [(f.start, f.end, f.text, f.relative, f.kind, f.drop, f.joinable, f.resolve(ctx)) for f in found]


def _plain_find(text: str) -> list[D._Found]:
    """`_find` with every rule's plain expression run over the text: no cues, no cores, no lookaheads."""
    candidates: list[D._Found] = []
    for rule in D._RULES:
        for match in _plain(rule.pattern).finditer(text):
            candidates.extend(rule.build(match, text))
    return [f for f in D._join_ranges(text, D._non_overlapping(candidates)) if f.kind != "skip"]


def _assert_find_unchanged(text: str) -> None:
    assert _described(D._find(text)) == _described(_plain_find(text)), text


def test_cores_are_plain_expressions() -> None:
    """A core found in a match's own text is then found in the text around it: no anchors or lookarounds."""
    for rule in D._RULES:
        if rule.core is not None:
            assert not re.search(r"\\b|\\B|\(\?[=!<]|\^|\$", rule.core.pattern), rule.core.pattern


def test_shortcuts_on_every_sample() -> None:
    for text in _samples() + _EXAMPLES:
        _assert_lookaheads_change_nothing(text)
        _assert_cores_hold(text)
        assert D.cues_present(text) == _plain_cues(text), text
        _assert_find_unchanged(text)


def test_every_core_is_exercised() -> None:
    """Each core is tried on samples where its rule matches (else the core test above proves little)."""
    matched = {id(rule) for text in _samples() + _EXAMPLES for rule in D._RULES if rule.pattern.search(text)}
    assert all(id(rule) in matched for rule in D._RULES if rule.core is not None)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("on 9-11 May 2024")
@example("In\u00a0Q1\u00a02024")
@example("from\tJune\nto August")
def test_lookaheads_change_no_match(text: str) -> None:
    _assert_lookaheads_change_nothing(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("the 3rd\u00a0of\u00a0March")
@example("financial\tyear 2024")
def test_cores_hold_in_every_match(text: str) -> None:
    _assert_cores_hold(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_cues_present_matches_one_expression_per_group(text: str) -> None:
    assert D.cues_present(text) == _plain_cues(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
@example("")
def test_find_matches_plain_find(text: str) -> None:
    _assert_find_unchanged(text)


def _plain_tense(sentence: str, found: D._Found) -> tuple[bool, bool]:
    """The tense as read before `_tense` shared its work: future, then past only when not future."""
    clause_start = D._clause_start(sentence, found.start)
    before = sentence[clause_start : found.start]
    cuts = list(P.RELATIVE_CUT.finditer(before))
    future = P.FUTURE.search(before[cuts[-1].end() :] if cuts else before)
    cuts = list(P.RELATIVE_CUT.finditer(before))
    tense = before[cuts[-1].end() :] if cuts else before
    if re.search(r"\b[Nn]ext (?!day|week|month|year)[a-z]{3,15}(?: of [a-z]{3,15})? $", tense):
        return True, False
    words = re.search(r"(\S+)\s+([a-z]+)\s+$", tense)
    if (
        future
        and found.text[:3].lower() in ("in ", "on ")
        and words
        and P.PAST.fullmatch(words[2])
        and words[1].lower() not in P.NOT_A_NOUN_BEFORE
        and not words[1].lower().endswith("ly")
        and not P.FUTURE.fullmatch(words[2])
        and not P.PARTICIPLE_AHEAD.fullmatch(words[2])
    ):
        return False, True
    if (
        not future
        and P.GAPPED.match(tense)
        and not P.AUXILIARY.search(tense)
        and P.FUTURE.search(sentence[:clause_start])
    ):
        return True, False
    condition = future and re.search(r"\b(?:if|unless)\s", tense[future.end() :], re.I)
    if (
        condition
        and P.PRESENT_VERB_AFTER.match(sentence, found.end)
        and not P.FUTURE.search(tense[future.end() + condition.end() :])
    ):
        after = re.split(r"[,;:\u2014(]", sentence[found.end :], maxsplit=1)[0]
        return False, bool(P.PAST.search(after))
    if future and future["due"] and re.search(r"\b(?:was|were)\s+(?:\w+\s+)?$", tense[: future.start()], re.I):
        return bool(P.REPORTED.search(sentence[: found.start])), False
    if future:
        return True, False
    first_word = found.text.split(" ", 1)[0] + " "
    if P.TARGET_BEFORE.search(before) or P.TARGET_BEFORE.search(first_word):
        kept = re.fullmatch(r"(?:until|till)\s+", first_word, re.I)
        until = re.search(r"\b(?:until|till)\s+$", before, re.I) or kept
        if until and P.PAID_UNTIL.search(before + first_word if kept else before):
            return False, True
        deadline = re.search(r"\b(?:until|till|through|by|before)\s+(?:the\s+end\s+of\s+)?$", before, re.I)
        deadline = deadline or re.fullmatch(r"(?:until|till|through|by|before)\s+", first_word, re.I)
        if not deadline:
            return False, False
        told = tense.split(" and ")[-1]
        told = told if told.strip() else sentence[found.end :]
        past = any(
            not _plain_auxiliary(told, m)
            and not P.PERFECT_BEFORE.search(told[: m.start()])
            and not P.DETERMINER_BEFORE.search(told[: m.start()])
            and not re.fullmatch(P.REPORTED.pattern, m.group(), re.I)
            and not re.fullmatch(P.LOOKS_AHEAD_VERB.pattern, m.group(), re.I)
            and not P.INFINITIVE_AFTER.search(told[m.end() :])
            for m in P.PAST.finditer(told)
        )
        if not past:
            return True, False
        by = re.search(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?$", before, re.I)
        return False, bool(by or re.fullmatch(r"(?:by|before)\s+", first_word, re.I))
    if P.RANGE_LEAD.search(before) and P.DATE_CHANGE.search(tense):
        return False, False
    if _plain_past(tense):
        return False, True
    if re.search(P.SCHEDULED_PRESENT.pattern, tense):
        return True, False
    rest = sentence[found.end :]
    if not before.strip():  # a date opening its clause: read past its comma or colon
        rest = re.sub(r"^\s*[,:]\s*", "", rest)
    after = re.split(r"[,;:\u2014(]", rest, maxsplit=1)[0]
    return False, bool(P.PAST.search(after))


def _plain_auxiliary(told: str, verb: re.Match[str]) -> bool:
    """ "had"/"was"/"were" whose next past verb follows it with at most two adverbs between."""
    if not re.fullmatch(r"had|was|were", verb.group(), re.I):
        return False
    following = next(P.PAST.finditer(told, verb.end()), None)
    adverbs = r"\s+(?:(?:not|never|already|also|just|earlier|previously|repeatedly|long)\s+){0,2}"
    return following is not None and re.fullmatch(adverbs, told[verb.end() : following.start()], re.I) is not None


def _plain_past(text: str) -> bool:
    """A past verb that no "has"/"have" (not after a modal or "to") makes a perfect's participle."""
    return any(not P.PERFECT_BEFORE.search(text[: m.start()]) for m in P.PAST.finditer(text))


def test_tense_reads_as_before() -> None:
    checked = 0
    for text in _samples() + _EXAMPLES:
        for found in D._find(text):
            assert D._tense(text, found) == _plain_tense(text, found), (text, found)
            checked += 1
    assert checked > 500
