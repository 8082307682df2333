"""Dates and the events they belong to, found by a hand-written grammar over each sentence.

Absolute dates ("Nov. 3, 2022", "2024-09-16", "May 9-11", "in June", "since 2015") and relative
ones ("on Monday", "last year", "two months ago", "today") are normalised to YYYY, YYYY-MM or
YYYY-MM-DD. Relative expressions are resolved against the publication date (or only the
publication year, for expressions that need no more); what cannot be resolved keeps value None.

Rules worth knowing:
- A weekday is the most recent such day on or before publication, unless the clause is in the
  future tense ("will meet on Monday", "which is concluding on Monday"): then the next such day on or
  after publication. "last Monday"/"next Monday" exclude the publication day itself.
- A range ("May 9-11", "2015-18", "from 2015 to 2020", "from Sept 20 to Sept 23", "between June and
  August", "Sept 28-Oct 2, 2024") is one mention whose value is its start and whose text runs to its
  end; "from"/"between" stay out of the text, as with other non-kept prepositions. "May 9 and 10"
  (no "between") is two mentions, like "in 2021 and 2022". A date moved ("postponed from Sept 20 to
  Sept 23") is two mentions.
- Numeric dates ("18.09.2024", "18/09/2024") are read day first, as in Pakistani and British copy,
  unless only the month-first reading is a valid date ("09/16/2024").
- A bare year is a date only after a temporal preposition ("in 2015", "since 2015", "around 2017"),
  "mid-"/"end-" ("mid-2026"), "a" before a noun ("a 2019 agreement"), "the" before an event ("the
  2022 floods"), or coordinated with one ("in 2021 and 2022"), so years inside names ("ITCN Asia
  2025", "the 2024 CIFTIS", "UN 2030 Agenda") are never dates.
- "this year" right after a date without a year ("May 9-11 this year") gives that date its year and
  is not a second mention.
- "today", a weekday etc. inside a direct quotation is resolved against the day the speaker spoke:
  the latest "X said on Sunday" before it, else the day of the lead event (the first past-tense day
  outside quotes, up to publication, before the quote: "The road opened on Sunday. … 'From today …'"),
  else publication.
- A month or month-day without a year in a future clause (also reported: "would start in March")
  that is already past in the publication year is the coming one ("will be ready by March",
  published in December → next March); in a past clause one still to come is last year's. So a
  future one is never before publication, a past one never after it. A deadline ("by June", "until
  January") counts as future unless its own verb is past ("had cleared the arrears by June" — not a
  verb of saying, promising or bidding, nor one before an infinitive); a perfect ("has invited them to
  talks from Dec 15 to 17") tells no time; ", and the contract signed by March" borrows the future of
  the clause before it. A future range under way at publication ("is leading a delegation from
  December 3 to 6", published on the 4th) is this year's.
- The tense is read before the date (see `_tense`), after the date when nothing before it tells ("the
  bombing in October that killed …"). "was due" looks ahead only in reported speech; "until Sunday" in a
  present clause looks ahead; a past day later than publication in its own month is last year's.
- "last week"/"this week" are listed with value None (a span of days, not one day or month);
  "by the end of the year" and "by the end of 2027" are the year's last month; "a decade ago" is ten
  years back; "the next decade" and a season with no year ("this winter") have value None.
- A fiscal year named by its years ("FY24", "in FY2024-25", "fiscal year 2023-24") is listed with
  value None; "the current fiscal year" is not listed (see `date_patterns.FISCAL`). A bare "in
  2023-24" (a year and the next one's last two digits) is a fiscal year too; "2015-18" is a range.
- A quarter, half or season of a year ("in the first quarter of 2024", "mid-2025", "Q1 2024", "in the
  summer of 2023") is that year; "by mid-year" is the year too.
- "the day before"/"the day after" closing a clause count from the story's last day, as "the next day".
- A month before a noun after "the" ("at the December ceremony") is that month.
- Spans relative to another event ("months after the deal", "up from a year earlier") are not dates:
  they date nothing by themselves (the gold leaves them out too).
- A decade after a temporal preposition ("in the 1990s") is listed with value None; "in two weeks'
  time" too (a span of days), while "in three days' time" counts forward like "ago" counts back.
- A bare ordinal day ("on the 26th") is this month's unless the clause is told in the past or looks
  ahead past it; a month without a year in a clause with no tense that lies at most a quarter back is
  last year's ("a visit … in December", published in February).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..model import Article, DateMention, Span
from . import date_patterns as P
from .clauses import clause_of, clause_pieces, local, pick_non_overlapping, quote_checker
from .date_patterns import MONTHS, NUMBER_WORDS, WEEKDAYS

_OWN_CLAUSE_WORDS = 4  # words before a date in its clause for that clause to stand alone as its event
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_UNTIL = re.compile(r"(?:until|till)\s+", re.IGNORECASE)
_RANGE_WORD = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|&)\s+$")
_RESPECTIVELY = re.compile(r",?\s+respectively\b")


@dataclass(frozen=True)
class _Context:
    """What relative expressions are resolved against."""

    base: date | None  # the reference day (publication, or the speaker's day inside a quote)
    year: int | None  # the reference year (may be known without the day)
    future: bool
    past: bool = False  # the clause is told in the past tense ("the previous meeting was held in November")
    story_text: str = ""  # the text around the story's last day ("kind" "story" only, see `_StoryDay`)
    story_year: int | None = None  # the year of the story's last date in a past clause (kind "later")


@dataclass(frozen=True)
class _Found:
    start: int
    end: int  # the span consumed (may include an absorbed "this year")
    text: str
    resolve: Callable[[_Context], tuple[str | None, str | None]]
    relative: bool
    kind: str  # "absolute" | "day" (resolved against a day) | "story" (against the story's last day, see
    # `_StoryDay`) | "later" (against the story's last year; not listed without a value) | "year" |
    # "week"/"span" (never resolved) | "skip"
    drop: tuple[int, int] | None = None  # words left out of the event label, when not just [start, end)
    joinable: bool = False  # may be the start or end of a range ("from Sept 20 to Sept 23")


# A mention as found: its paragraph, its sentence's index, the sentence's text around it (see
# `_localize`), the mention, whether it lies inside a quotation.
_Mention = tuple[int, int, str, _Found, bool]


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    found: list[_Mention] = []
    for p, paragraph in enumerate(article.paragraphs):
        inside_quote = quote_checker(paragraph)
        for sentence in article.sentences[p]:
            for f in _find(sentence.text):
                quoted = inside_quote(sentence.start + f.start)
                text, local_found = _localize(sentence.text, f)
                found.append((p, sentence.index, text, local_found, quoted))
    tenses = [_tense(text, f) for _p, _s, text, f, _quoted in found]
    speech_days = _speech_days(article, found, tenses)
    mentions: list[DateMention] = []
    story = _StoryDay()
    for (p, index, text, f, quoted), (future, past), speech_day in zip(found, tenses, speech_days, strict=True):
        story_text = ""
        if f.kind == "story":
            base, story_text = (story.future, story.future_text) if future else (story.past, story.past_text)
        else:
            base = speech_day if quoted and speech_day and f.kind == "day" else article.published
        context = _Context(base, article.published_year, future, past, story_text, story.year)
        value, precision = f.resolve(context)
        if value is None and f.kind == "later":
            continue  # "Nine years later, …": a comparison with now, no date (see `date_patterns.YEARS_LATER`)
        story.saw(value, precision, future, text)
        mentions.append(
            DateMention(
                text=f.text,
                value=value,
                precision=precision if value else None,
                event=_event(text, f),
                span=Span(p, index),
                relative=f.relative,
            )
        )
    return tuple(mentions)


@dataclass
class _StoryDay:
    """The last day the story named, which "the next day" / "the previous day" count from.

    A past or present clause counts from the last day named in such a clause ("had met the previous
    day" after "agreed on Wednesday to reopen the pass on April 1": the day before Wednesday); a
    future clause from the last day named at all ("will arrive on Monday and visit Gwadar the next
    day"). No such day before it: None (publication is not the story's day).
    """

    past: date | None = None
    future: date | None = None
    past_text: str = ""  # the text around each day (for "on the eve of the visit", see `_eve`)
    future_text: str = ""
    year: int | None = None  # the year of the last date of any precision in a past clause ("in 2013")

    def saw(self, value: str | None, precision: str | None, future: bool, text: str) -> None:
        if value is None:
            return
        if not future:
            self.year = int(value[:4])
        if precision != "day":
            return
        self.future, self.future_text = date.fromisoformat(value), text
        if not future:
            self.past, self.past_text = self.future, text


def _localize(sentence: str, found: _Found) -> tuple[str, _Found]:
    """The window of the sentence around a mention (see `clauses.local`), offsets shifted into it."""
    text, start, end = local(sentence, found.start, found.end)
    shift = found.start - start
    if shift == 0 and len(text) == len(sentence):
        return sentence, found
    drop = None
    if found.drop:
        drop = (max(0, found.drop[0] - shift), min(len(text), found.drop[1] - shift))
    return text, replace(found, start=start, end=end, drop=drop)


def _tense(sentence: str, found: _Found) -> tuple[bool, bool]:
    """Whether the date's clause is told in the future, and (when not) in the past.

    Read in the clause before the date, after its last relative pronoun. A past clause whose date is a
    target ("was extended to December 31") does not count as past: the date is not when it happened; the
    end of a span in a present clause ("opened on Tuesday and runs until Sunday") lies ahead. A clause
    with no tense before the date is read after it, up to the clause's end, for a past verb only ("the
    bombing in October that killed two engineers"; in "on Wednesday vowed to make" the vow is past).
    A deadline ("by June", "until January") looks ahead unless its clause is told in the past (see
    `_past_deadline`); a perfect's participle is no past verb; a coordinated clause with no verb of its own
    borrows a future from the clause before it (see `_gapped_future`).
    """
    clause_start = _clause_start(sentence, found.start)
    before = sentence[clause_start : found.start]
    cuts = list(P.RELATIVE_CUT.finditer(before))
    tense = before[cuts[-1].end() :] if cuts else before
    if "ext " in tense and P.NEXT_EVENT_BEFORE.search(tense, max(0, len(tense) - _NEXT_EVENT_REACH)):
        return True, False  # "before its next meeting on January 7": an event still to come
    future = P.FUTURE.search(tense)
    if future and _after_participle(tense, found.text):
        return False, True  # "is counting on the programme approved in September": the approval is past
    if not future and _gapped_future(sentence, tense, clause_start):
        return True, False
    if future and _in_condition_subject(sentence, tense, future.end(), found.end):
        return _tense_after(sentence, found.end)
    if future and not (future["due"] and P.PAST_DUE.search(tense, 0, future.start())):
        return True, False
    if future:  # "was due": see `date_patterns.PAST_DUE`
        return P.REPORTED.search(sentence, 0, found.start) is not None, False
    first_word = found.text.split(" ", 1)[0] + " "
    if P.TARGET_BEFORE.search(before) or P.TARGET_BEFORE.search(first_word):
        until_kept = P.UNTIL_BEFORE.search(first_word)  # "till December": the mention keeps its "till"
        until = P.UNTIL_BEFORE.search(before) or until_kept
        if until and P.PAID_UNTIL.search(before + first_word if until_kept else before):
            return False, True  # "have been paid till December": see `date_patterns.PAID_UNTIL`
        if not (P.DEADLINE_BEFORE.search(before) or P.DEADLINE_BEFORE.search(first_word)):
            return False, False  # "was extended to June 30": a target, not when anything happened
        if not _past_deadline(sentence, tense, found.end):
            return True, False  # "could not clear the arrears by June": the coming June
        return False, bool(P.BY_BEFORE.search(before) or P.BY_BEFORE.search(first_word))
    if P.RANGE_LEAD.search(before) and P.DATE_CHANGE.search(tense):
        return False, False  # "was postponed from Sept 20": the old schedule, not when it happened
    if _past_in(tense):
        return False, True
    if P.SCHEDULED_PRESENT.search(tense, max(0, len(tense) - _SCHEDULED_REACH)):
        return True, False  # "The real test comes in June": a scheduled event told in the present
    return _tense_after(sentence, found.end, fronted=not before.strip())


_NEXT_EVENT_REACH = 48  # see `date_patterns.NEXT_EVENT_BEFORE`: "next", two words and "of", and a character
_SCHEDULED_REACH = 20  # see `date_patterns.SCHEDULED_PRESENT`: its longest verb and a space


def _after_participle(before: str, shown: str) -> bool:
    """Whether a date opening with "in"/"on" follows a past participle or verb after a noun (see
    `date_patterns.NOT_A_NOUN_BEFORE`)."""
    if shown[:3] not in _PARTICIPLE_PREPOSITIONS or not before.endswith(" "):
        return False
    words = before.rsplit(None, 2)[-2:]
    if len(words) < 2:
        return False
    noun, verb = words[0].lower(), words[1]
    return (
        verb.isalpha()
        and verb.islower()
        and P.PAST.fullmatch(verb) is not None
        and noun not in P.NOT_A_NOUN_BEFORE
        and not noun.endswith("ly")
        and P.FUTURE.fullmatch(verb) is None
        and P.PARTICIPLE_AHEAD.fullmatch(verb) is None
    )


_PARTICIPLE_PREPOSITIONS = ("in ", "In ", "on ", "On ")


def _past_in(text: str) -> bool:
    """Whether `text` holds a past verb that is no perfect's participle (see `date_patterns.PERFECT_BEFORE`)."""
    low = text.lower()
    if not any(word in low for word in _PERFECT_AUXILIARY_PARTS):  # see `date_patterns.PERFECT_BEFORE`
        return P.PAST.search(text) is not None
    return any(P.PERFECT_BEFORE.search(text, 0, m.start()) is None for m in P.PAST.finditer(text))


# What a text must hold for `date_patterns.PERFECT_BEFORE` to match in it (the ends of "have", "we've",
# "has", "be", "is", "are", "am"): without one, a past verb in it is no perfect's or passive's participle.
_PERFECT_AUXILIARY_PARTS = ("ve", "has", "be", "is", "are", "am")


def _past_deadline(sentence: str, tense: str, end: int) -> bool:
    """Whether a deadline's clause is told in the past: its last coordinated part before the date ("opened on
    Tuesday and runs until Sunday" looks ahead), or the rest of the sentence when the date opens it ("By
    June, inflation had fallen", "… and by October the piles were in place"); see `date_patterns.BY_BEFORE`
    for the verbs that do not count."""
    told = tense.rsplit(" and ", 1)[-1]
    if not told.strip():
        told = sentence[end:]
    if not _past_in(told):
        return False
    for verb in P.PAST.finditer(told):
        if (
            not _auxiliary_of_participle(told, verb)
            and P.PERFECT_BEFORE.search(told, 0, verb.start()) is None
            and P.DETERMINER_BEFORE.search(told, max(0, verb.start() - _DETERMINER_REACH), verb.start()) is None
            and not P.REPORTED.fullmatch(verb.group())
            and not P.LOOKS_AHEAD_VERB.fullmatch(verb.group())
            and P.INFINITIVE_AFTER.search(told, verb.end()) is None
        ):
            return True
    return False


def _auxiliary_of_participle(told: str, verb: re.Match[str]) -> bool:
    """Whether `verb` is a past auxiliary whose participle follows (see `date_patterns.PAST_AUXILIARY`)."""
    if not P.PAST_AUXILIARY.fullmatch(verb.group()):
        return False
    gap = P.PARTICIPLE_NEXT.match(told, verb.end())
    return gap is not None and P.PAST.match(told, gap.end()) is not None


_DETERMINER_REACH = len("those ") + 1  # see `date_patterns.DETERMINER_BEFORE`: the longest determiner and a space


def _gapped_future(sentence: str, tense: str, clause_start: int) -> bool:
    """Whether the date's clause is a coordinated one with no verb of its own after a future clause (see
    `date_patterns.GAPPED`)."""
    return (
        clause_start > 0
        and P.GAPPED.match(tense) is not None  # anchored: fails at once on most clauses
        and P.AUXILIARY.search(tense) is None
        and P.FUTURE.search(sentence, 0, clause_start) is not None
    )


def _in_condition_subject(sentence: str, tense: str, after: int, end: int) -> bool:
    """Whether the date lies in the subject of a condition opened after the future marker ending at `after`
    in `tense`, its present-tense verb right after the date (see `date_patterns.CONDITION`)."""
    if "if " not in tense and "nless " not in tense and "If " not in tense:
        return False
    condition = P.CONDITION.search(tense, after)
    return (
        condition is not None
        and P.PRESENT_VERB_AFTER.match(sentence, end) is not None
        and P.FUTURE.search(tense, condition.end()) is None
    )


def _tense_after(sentence: str, end: int, fronted: bool = False) -> tuple[bool, bool]:
    """Whether the words after a date, up to the end of its clause, are told in the past (see `_tense`).
    A date opening its clause before a comma or a colon ("On Dec 3, the delegation arrived", "Dec 3: the
    delegation arrived") is read in the clause after that mark."""
    if fronted:
        gap = P.FRONTED_GAP.match(sentence, end)
        if gap:
            end = gap.end()
    cut = P.CLAUSE_END.search(sentence, end)
    after = sentence[end : cut.start() if cut else len(sentence)]
    return False, P.PAST.search(after) is not None


def _speech_days(article: Article, found: list[_Mention], tenses: list[tuple[bool, bool]]) -> list[date | None]:
    """For each mention, the day a quotation around it was spoken.

    A "today" inside a quotation means the day the words were said: the day of the latest "X said on
    Sunday" before it, else the day of the article's lead event (its first past-tense day outside
    quotes, before the quotation: "The road opened on Sunday. … 'From today, …' he said"), else None
    (publication). A day told only after the quotation is no lead: a live blog, newest entry first,
    quotes today's speakers above the earlier days its older entries tell.
    """
    if article.published is None:
        return [None] * len(found)
    past_days = [
        _past_day(f, quoted, future, article)
        for (_p, _s, _text, f, quoted), (future, _past) in zip(found, tenses, strict=True)
    ]
    days: list[date | None] = []
    said: date | None = None
    lead: date | None = None
    for (_p, _s, text, f, _quoted), day in zip(found, past_days, strict=True):
        if day is not None and P.SPEECH_BEFORE.search(text[: f.start]):
            said = day
        lead = lead or day
        days.append(said or lead)
    return days


def _past_day(found: _Found, quoted: bool, future: bool, article: Article) -> date | None:
    """The day of a past-tense (not `future`), day-level mention outside quotes (None for anything else).

    A day after publication is no day anything was said ("leaves for Shenzhen tomorrow" in a present
    clause, closing a live blog: a quote's "today" further down is still the publication day)."""
    if quoted or found.kind != "day" or future or article.published is None:
        return None
    value, precision = found.resolve(_Context(article.published, article.published_year, False))
    if not value or precision != "day":
        return None
    day = date.fromisoformat(value)
    return day if day <= article.published else None


# ---- finding -----------------------------------------------------------------------------


def _find(text: str) -> list[_Found]:
    candidates: list[_Found] = []
    for rule in _rules_for(cues_present(text), P.DIGIT.search(text) is not None):
        if rule.core is not None and rule.core.search(text) is None:
            continue  # exact: every match of the rule holds a match of its core
        for match in rule.pattern.finditer(text):
            candidates.extend(rule.build(match, text))
    if not candidates:
        return []
    return [f for f in _join_ranges(text, _non_overlapping(candidates)) if f.kind != "skip"]


def _non_overlapping(candidates: list[_Found]) -> list[_Found]:
    """Longest first; then drop a weekday directly followed by the date it names (see `_names_weekday`)."""
    by_length = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    chosen = pick_non_overlapping(by_length, lambda c: (c.start, c.end))
    kept: list[_Found] = []
    for i, cand in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if not (nxt is not None and _names_weekday(cand, nxt)):
            kept.append(cand)
    return kept


def _names_weekday(weekday: _Found, date_after: _Found) -> bool:
    """Whether `date_after` is the day `weekday` names, written right after it: "on Monday, Sept. 16, 2024",
    "On Tuesday, October 15" (its year from publication), "Friday (March 3)": one mention, the date's. A
    month-day or a full date opens with the month or the day's digits ("on Monday, in 2015" is two)."""
    return (
        weekday.kind == "day"
        and date_after.kind in ("absolute", "year")
        and date_after.start - weekday.end <= 2
        and (date_after.text[:1].isdigit() or date_after.text[:3].lower() in MONTHS)
        and any(char.isdigit() for char in date_after.text)
        and any(w in weekday.text.lower() for w in WEEKDAYS)
    )


def _join_ranges(text: str, chosen: list[_Found]) -> list[_Found]:
    """Two dates linked as a range ("Sept 20 to Sept 23", "Sept 28-Oct 2") become one mention."""
    joined: list[_Found] = []
    for cand in chosen:
        last = joined[-1] if joined else None
        if last is not None and _links_as_range(text, last, cand):
            joined[-1] = _range_of(text, last, cand)
        else:
            joined.append(cand)
    return joined


def _links_as_range(text: str, first: _Found, second: _Found) -> bool:
    if not (first.joinable and second.joinable):
        return False
    lead = _UNTIL.match(second.text)  # "from Sept 20 until Sept 23"
    link = text[first.end : second.start] + (lead.group() if lead else "")
    if not P.RANGE_LINK.fullmatch(link):
        return False
    if link.strip().lower() == "and" and not P.BETWEEN_BEFORE.search(text[: first.start]):
        return False  # "on Monday and Tuesday": two days
    return not P.DATE_CHANGE.search(text[_clause_start(text, first.start) : first.start])


def _range_of(text: str, first: _Found, second: _Found) -> _Found:
    """One mention for a range: the start's value (its year taken from the end when it has none)."""
    shown = _RANGE_WORD.sub("", text[first.start : second.end])

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if first.kind == "year" and second.kind == "absolute":
            return _start_in_year_of_end(first, second, ctx)
        if ctx.future and first.kind == second.kind == "year" and _under_way(first, second, ctx):
            return first.resolve(replace(ctx, future=False))
        return first.resolve(ctx)

    drop = (_lead_start(text, first.start), second.end)
    start = second.end - len(shown)
    return _Found(start, second.end, shown, resolve, first.relative, first.kind, drop)


def _under_way(first: _Found, second: _Found, ctx: _Context) -> bool:
    """Whether a future range of months or days without a year ("from Nov 28 to Dec 2", said on Dec 1)
    began before publication and ends on or after it: it is under way, so this year's."""
    now = replace(ctx, future=False, past=False)
    start, _ = first.resolve(now)
    end, _ = second.resolve(now)
    if ctx.base is None or start is None or end is None:
        return False
    if end < start:  # "from Dec 28 to Jan 3": the end is in the next year
        end = f"{int(end[:4]) + 1:04d}{end[4:]}"
    base = ctx.base.isoformat()
    return start < base[: len(start)] <= base[: len(end)] <= end


def _start_in_year_of_end(first: _Found, second: _Found, ctx: _Context) -> tuple[str | None, str | None]:
    """ "Dec. 28 to Jan. 2, 2024": the start lies in the end's year, or the year before."""
    end_value, _ = second.resolve(ctx)
    if end_value is None:
        return first.resolve(ctx)
    year = int(end_value[:4])
    value, precision = first.resolve(_Context(None, year, False))
    if value and len(end_value) > 4 and value[5:7] > end_value[5:7]:
        value, precision = first.resolve(_Context(None, year - 1, False))
    return value, precision


def _lead_start(text: str, start: int) -> int:
    """Where a "from"/"between" right before `start` begins (`start` if there is none)."""
    lead = P.RANGE_LEAD.search(text[:start])
    return lead.start() if lead else start


def _event(sentence: str, found: _Found) -> str | None:
    start, end = found.drop or (found.start, found.end)
    possessive = sentence[end : end + 2] in ("'s", "\u2019s")  # "this year's CIFTIS" reads better whole
    return clause_of(_up_to_own_clause(sentence, start, end), start, end, drop=not possessive) or None


def _up_to_own_clause(sentence: str, start: int, end: int) -> str:
    """The sentence cut after the date's clause when the date closes a clause of its own.

    `clause_of` runs a short clause on into the next one, which suits an opening "On Monday, …"; but
    in "China launched the corridor in 2015, and the airport opened on Sunday" the 2015 event is
    the first clause alone.
    """
    for a, b in clause_pieces(sentence, (start, end)):
        if a <= start < b:
            return sentence[:b] if len(_WORD.findall(sentence[a:start])) >= _OWN_CLAUSE_WORDS else sentence
    return sentence


def _clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(",", 0, at), text.rfind(";", 0, at), text.rfind("\u2014", 0, at))
    return cut + 1 if cut >= 0 else 0


# ---- building candidates -------------------------------------------------------------------


def _text(match: re.Match[str], text: str, end_group: str | None = None) -> tuple[int, int, str]:
    """Start, end of the match and its display text: one mention, an absorbed "this year" with it ('by December
    next year'). `end_group` is kept for the callers' symmetry."""
    start, end = match.start(), match.end()
    return start, end, text[start:end].strip(" ,")


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _day(raw: str) -> int:
    return int(_DIGITS.match(raw).group())  # type: ignore[union-attr]


Resolver = Callable[[_Context], tuple[str | None, str | None]]


def _absolute_day(match: re.Match[str], text: str) -> list[_Found]:
    y, m = int(match["y"]), _month(match["mon"])

    def make(day: str) -> Resolver:
        value = _iso(y, m, _day(day))
        return lambda _c: (value, "day" if value else None)

    return _days(match, text, make, relative=False, kind="absolute")


def _days(match: re.Match[str], text: str, make: Callable[[str], Resolver], relative: bool, kind: str) -> list[_Found]:
    """A date with one day, a range of days ("May 9-11": its start) or two days ("May 9 and 10")."""
    start, end, shown = _text(match, text, "relyear" if "relyear" in match.groupdict() else None)
    if not match["d2"]:
        return [_Found(start, end, shown, make(match["d"]), relative, kind, joinable=True)]
    if match["link"].strip().lower() == "and" and not P.BETWEEN_BEFORE.search(text[:start]):
        both = (start, end)
        first_end = match.end("d")
        second = shown[match.start("d2") - start :]
        return [
            _Found(start, first_end, text[start:first_end], make(match["d"]), relative, kind, both),
            _Found(match.start("d2"), end, second, make(match["d2"]), relative, kind, both),
        ]
    drop = (_lead_start(text, start), end)
    return [_Found(start, end, shown, make(match["d"]), relative, kind, drop, joinable=True)]


def _iso_date(match: re.Match[str], text: str) -> list[_Found]:
    value = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    if value is None:
        return []
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (value, "day"), False, "absolute", None, True)]


def _numeric_date(match: re.Match[str], text: str) -> list[_Found]:
    """ "18.09.2024", "18/09/2024": day first (Pakistani, British, agency copy), unless only the
    American month-first reading is a date ("09/16/2024")."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    value = _iso(year, b, a) or _iso(year, a, b)
    if value is None:
        return []
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (value, "day"), False, "absolute", None, True)]


def _month_year(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text)
    value = f"{int(match['y']):04d}-{_month(match['mon']):02d}"
    return [_Found(start, end, shown, lambda _c: (value, "month"), False, "absolute", None, True)]


def _month_range(match: re.Match[str], text: str) -> list[_Found]:
    """ "from June to August 2024", "between June and August last year", "the July-October period":
    the first month. An absorbed "last year" gives the range its year and is not a second mention."""
    month = _month(match["mon"])
    explicit = int(match["y"]) if match["y"] else None
    if explicit is not None and month > _month(match["mon2"]):
        explicit -= 1  # "from November to February 2025": November 2024
    shift = _year_shift(match["relyear"])

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        year = explicit if explicit is not None else (ctx.year + shift if ctx.year is not None else None)
        return (f"{year:04d}-{month:02d}", "month") if year is not None else (None, None)

    start = match.end("lead") if "lead" in match.groupdict() else match.start()
    shown = text[start : match.end()]
    kind = "absolute" if explicit is not None else "year"
    return [_Found(start, match.end(), shown, resolve, explicit is None, kind, (match.start(), match.end()))]


def _month_day(match: re.Match[str], text: str) -> list[_Found]:
    month = _month(match["mon"])
    shift = _year_shift(match["relyear"])
    last_day = _range_last_day(match, text)
    since = (match.groupdict().get("prep") or "").lower().startswith("since")  # always past, whatever the tense

    def make(raw_day: str) -> Resolver:
        day = _day(raw_day)
        # A future range still under way ("is leading a delegation from December 3 to 6", said on the 4th)
        # is this year's: only a range over before publication is the coming year's.
        ends = max(day, last_day) if raw_day == match["d"] else day

        def resolve(ctx: _Context) -> tuple[str | None, str | None]:
            if ctx.year is None:
                return None, None
            year = ctx.year + shift
            base = ctx.base
            if not match["relyear"] and ctx.future and base is not None and (month, ends) < (base.month, base.day):
                year += 1  # "will open on Jan. 15", said in November: the coming January
            if (
                not match["relyear"]
                and base is not None
                and (month, day) > (base.month, base.day)
                and (since or _back(ctx, month))
            ):
                year -= 1  # "was signed on Dec. 12", published in January (or on Dec. 5): the December before
            value = _iso(year, month, day)
            return value, "day" if value else None

        return resolve

    return _days(match, text, make, relative=True, kind="year")


def _range_last_day(match: re.Match[str], text: str) -> int:
    """The last day of a range of days in one month ("December 3 to 6": 6), 0 when the match is no range
    ("May 9 and 10" is two days, see `_days`)."""
    if not match["d2"]:
        return 0
    if match["link"].strip().lower() == "and" and not P.BETWEEN_BEFORE.search(text[: match.start()]):
        return 0
    return _day(match["d2"])


def _month_only(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text, "relyear")
    month = _month(match["mon"])
    direction = (match.groupdict().get("dir") or "").lower()  # none in "by the end of December"
    shift = _year_shift(match["relyear"])
    since = (match.groupdict().get("prep") or "").lower().startswith("since")  # always past, whatever the tense

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if direction in ("last", "next") and not match["relyear"]:
            if ctx.base is None:
                return None, None
            if direction == "last":
                year = ctx.base.year if month < ctx.base.month else ctx.base.year - 1
            else:
                year = ctx.base.year if month > ctx.base.month else ctx.base.year + 1
            return f"{year:04d}-{month:02d}", "month"
        if ctx.year is None:
            return None, None
        year = ctx.year + shift
        if not match["relyear"] and ctx.future and ctx.base is not None and month < ctx.base.month:
            year += 1  # "will be ready by March", said in December: the coming March
        if not match["relyear"] and ctx.base is not None and month > ctx.base.month and (since or _back(ctx, month)):
            year -= 1  # "inflation had fallen in December", "dry since November", published in February
        return f"{year:04d}-{month:02d}", "month"

    return [_Found(start, end, shown, resolve, True, "year", joinable=True)]


def _back(ctx: _Context, month: int) -> bool:
    """Whether a month later in the year than the base day's is last year's: told in the past, or told
    with no tense and at most a quarter back (see `_nearer_last_year`)."""
    return ctx.past or (not ctx.future and ctx.base is not None and _nearer_last_year(month, ctx.base.month))


_MONTHS_BACK = 3  # how far back a month of a clause with no tense may lie in last year (`_nearer_last_year`)


def _nearer_last_year(month: int, base_month: int) -> bool:
    """Whether a month later in the year than publication's is last year's, its clause having no tense.

    "follows a visit … by the minister in December", published in February: news tells what has just
    happened far more often than, without a future verb, what is most of a year away. A month at most a
    quarter back is last year's; one nearer ahead keeps the year ("The plant opens in December", said
    in May: a scheduled event told in the present).
    """
    return month - base_month >= 12 - _MONTHS_BACK


def _month_before_noun(match: re.Match[str], text: str) -> list[_Found]:
    """ "at the December ceremony": the month, as "in December"; its text is the month alone."""
    return [replace(f, start=match.start("mon"), text=match["mon"]) for f in _month_only(match, text)]


def _year_before_noun(match: re.Match[str], text: str) -> list[_Found]:
    """ "a 2019 agreement": the year; its text is the year alone."""
    year = match["y"]
    return [_Found(match.start("y"), match.end("y"), year, lambda _c: (year, "year"), False, "absolute")]


def _decade(match: re.Match[str], text: str) -> list[_Found]:
    """ "in the 1990s": listed with value None (see `date_patterns.DECADE`)."""
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), False, "span")]


def _in_time(match: re.Match[str], text: str) -> list[_Found]:
    """ "in three days' time", "in a year's time": counted forward from the reference day, as "ago" counts
    back."""
    return _counted(match, text, 1)


def _year_after_of(match: re.Match[str], text: str) -> list[_Found]:
    """ "a repeat of 2022": the year; its text is the year alone (see `date_patterns.OF_YEAR`)."""
    before = text.rfind(" ", 0, match.start() - 1) + 1  # the word before "of"
    if not text[before].islower() or P.COUNT_NOUN_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return []  # "the SEZ Act of 2012", "a total of 2020"
    if P.COUNT_NOUN_AFTER.match(text, match.end()):
        return []
    return _year_before_noun(match, text)


def _years(match: re.Match[str], text: str) -> list[_Found]:
    if match["y2"] and not _plausible_range(match["y"], match["y2"]):
        return []
    if _fiscal_span(match):
        return _fiscal_year(match, text)
    first = match["y"]
    if match["y3"] and match["prep"].lower().startswith("between") and match["conj"] == "and":
        # "between 2015 and 2020": one range, valued at its start
        return [_Found(match.start(), match.end(), match.group(), lambda _c: (first, "year"), False, "absolute")]
    start = match.start()
    around = P.AROUND.match(match["prep"])
    if around:  # "around 2017": the year is the text; "around 2000 workers" is a count
        if P.COUNT_NOUN_AFTER.match(text, match.end()):
            return []
        start += around.end()
    end = match.start("y3") if match["y3"] else match.end()
    shown = text[start:end]
    if match["y3"]:
        shown = _TRAILING_CONJUNCTION.sub("", shown)
    after = _RESPECTIVELY.match(text[match.end() :])
    both = (match.start(), match.end() + (after.end() if after else 0)) if match["y3"] else None
    found = [_Found(start, start + len(shown), shown, lambda _c: (first, "year"), False, "absolute", both)]
    if match["y3"]:
        second = match["y3"]
        found.append(
            _Found(match.start("y3"), match.end("y3"), second, lambda _c: (second, "year"), False, "absolute", both)
        )
    return found


def _fiscal_span(match: re.Match[str]) -> bool:
    """ "in 2025-26", "2023/24": a year and the next one's last two digits, joined by a dash or a slash, name a
    fiscal year (or a season) in South Asian and British copy, as "FY2025-26" does: listed with value None
    (see `date_patterns.FISCAL`). "2015-18" and "from 2023 to 2024" are ranges of years."""
    second = match["y2"]
    return (
        second is not None
        and len(second) == 2
        and int(second) == (int(match["y"]) + 1) % 100
        and not match.string[match.end("y") : match.start("y2")].strip(" -\u2013\u2014/")
    )


def _plausible_range(first: str, second: str) -> bool:
    start = int(first)
    end = int(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    return start < end <= start + 50


_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)(?:\s+other)?\s+$")


def _weekday(match: re.Match[str], text: str) -> list[_Found]:
    if not match["prep"] and match.start() > 0 and P.NAME_BEFORE.search(text[: match.start()]):
        return []  # "Black Friday", "Good Friday": part of a name
    if not match["prep"] and P.WEEKDAY_IN_NAME.match(text, match.end()):
        return []  # "the Sunday Times", "The Friday Times"
    if not match["prep"] and _EVERY_BEFORE.search(text, max(0, match.start() - 16), match.start()):
        return []  # "every Monday", "each other Friday": a day that comes again and again, no date
    weekday = WEEKDAYS.index(match["wd"].lower())
    direction = (match["dir"] or "").lower()
    since = (match["prep"] or "").lower().startswith("since")  # "since Saturday" is always past

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        return _resolve_weekday(ctx.base, weekday, direction, ctx.future and not since).isoformat(), "day"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day", joinable=True)]


def _day_of_month(match: re.Match[str], text: str) -> list[_Found]:
    """ "on the 14th": in the publication's month, or the next one when the clause is future and
    the 14th has passed, or the one before when it is told in the past and the 14th is still to come.
    A clause with no tense ("the committee, which meets on the 26th", "the loan was due to mature on the
    27th") keeps the publication's month. "on the 2nd of next month": a day of the month named."""
    day = int(match["d"])
    named = match["dir"]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        shift = 0
        if named:
            shift = {"next": 1, "last": -1, "this": 0}[named]
        elif ctx.future and day < ctx.base.day:
            shift = 1
        elif ctx.past and day > ctx.base.day:
            shift = -1
        year, month = _add_months(ctx.base.year, ctx.base.month, shift)
        value = _iso(year, month, day)
        return value, "day" if value else None

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


def _resolve_weekday(base: date, weekday: int, direction: str, future: bool) -> date:
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if direction == "last":
        return base - timedelta(days=back or 7)
    if direction == "next":
        return base + timedelta(days=ahead or 7)
    if future:
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def _dayword(match: re.Match[str], text: str) -> list[_Found]:
    word = match["w"].lower()
    if word[0] == "t" and match["w"][0] == "T" and match.start() > 0 and P.NAME_BEFORE.search(text[: match.start()]):
        return []  # "China Today", "Pakistan Today": names of outlets
    if P.POSSESSIVE.match(text, match.end()) and not P.POSSESSIVE_EVENT.match(text, match.end()):
        return []  # "yesterday's problems", "tomorrow's money": figurative (see `date_patterns.POSSESSIVE`)
    if word in ("today", "tonight") and P.SIGN_OFF_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return []  # "That's all from us tonight": a sign-off
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    return [_Found(match.start(), match.end(), match.group(), _days_from_base(shift), True, "day")]


def _days_from_base(shift: int) -> Resolver:
    """The day `shift` days from the context's base day."""

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        return (ctx.base + timedelta(days=shift)).isoformat(), "day"

    return resolve


def _story_day(match: re.Match[str], text: str) -> list[_Found]:
    """ "the next day", "a day earlier", "the day before": counted from the story's last day before it
    (`_StoryDay`)."""
    word = match["w"]
    shift = -1 if "previous" in word or word.endswith(("earlier", "before")) else 0 if word.endswith("same day") else 1
    return [_Found(match.start(), match.end(), match.group(), _days_from_base(shift), True, "story")]


def _eve(match: re.Match[str], text: str) -> list[_Found]:
    """ "on the eve of the visit": the day before the story's last day when the text around that day names
    the same thing ("arrived on Tuesday for a five-day visit"), else None (see `date_patterns.EVE`)."""
    noun = re.compile(rf"\b{re.escape(match['noun'])}")
    day_before = _days_from_base(-1)

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if noun.search(ctx.story_text) is None:
            return None, None
        return day_before(ctx)

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "story")]


def _years_later(match: re.Match[str], text: str) -> list[_Found]:
    """ "Two years later": the story's last year plus two, when before the publication year (see
    `date_patterns.YEARS_LATER`); no value otherwise, and then not listed."""
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.story_year is None or ctx.year is None or ctx.story_year + count >= ctx.year:
            return None, None
        return f"{ctx.story_year + count:04d}", "year"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "later")]


_SATURDAY = 5  # date.weekday()


def _weekend(match: re.Match[str], text: str) -> list[_Found]:
    """A weekend, valued at its Saturday (see `_weekend_saturday`)."""
    direction = " ".join((match["dir"] or "").lower().split())

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        return _weekend_saturday(ctx.base, direction, ctx.future, ctx.past).isoformat(), "day"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


def _weekend_saturday(base: date, direction: str, future: bool, past: bool) -> date:
    """The Saturday of the weekend meant, weeks running Monday to Sunday.

    "last weekend": the one before the publication's week's (published on a Thursday or a Sunday
    alike). "next weekend": the first one starting after publication (as "next Wednesday" is the
    coming one). "this weekend": the publication week's, or the one just gone in a past clause ("this
    weekend protesters gathered", published on a Monday). "over the weekend", "this past weekend":
    the last one begun by publication, or the coming one in a future clause.
    """
    saturday = base + timedelta(days=_SATURDAY - base.weekday())
    if direction == "last":
        return saturday - timedelta(days=7)
    if direction == "next":
        return saturday if base < saturday else saturday + timedelta(days=7)
    if future and direction != "this past":
        return saturday if base <= saturday else saturday + timedelta(days=7)
    if direction == "this" and not past:
        return saturday
    return saturday if saturday <= base else saturday - timedelta(days=7)


def _this_unit(match: re.Match[str], text: str) -> list[_Found]:
    shift = {"this": 0, "current": 0, "last": -1, "next": 1}[match["dir"].lower()]
    return [_shifted_unit(match.start(), match.end(), match.group(), shift, match["unit"])]


def _shifted_unit(start: int, end: int, shown: str, shift: int, unit: str, year_month: int = 0) -> _Found:
    """This, last or next (`shift` 0, -1, 1) year or month from publication (a year's `year_month`: that
    month of it)."""

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if unit == "year":
            if ctx.year is None:
                return None, None
            if year_month:
                return f"{ctx.year + shift:04d}-{year_month:02d}", "month"
            return f"{ctx.year + shift:04d}", "year"
        if ctx.base is None:
            return None, None
        year, month = _add_months(ctx.base.year, ctx.base.month, shift)
        return f"{year:04d}-{month:02d}", "month"

    return _Found(start, end, shown, resolve, True, "year" if unit == "year" else "day")


def _week(match: re.Match[str], text: str) -> list[_Found]:
    """ "last week" is a span of days, not one day or month: listed, but with no value."""
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "week")]


def _end_of(match: re.Match[str], text: str) -> list[_Found]:
    """ "by the end of the year" is the year's last month; "the end of the month" that month.

    "by the end of the fiscal year" is listed with value None, as a fiscal year named by its years is
    (where it ends depends on the country); "the end of next fiscal year" is not listed, as relative
    fiscal years are not (`date_patterns.RELATIVE_FISCAL` claims it)."""
    if match["fiscal"]:
        if match["dir"] != "the":
            return []
        return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "span")]
    edge = {"end": 0, "middle": 1, "start": 2}[match["edge"]]
    shift = {"the": 0, "this": 0, "last": -1, "next": 1}[match["dir"]]
    unit = match["unit"]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if unit == "year":
            if ctx.year is None:
                return None, None
            return f"{ctx.year + shift:04d}-{(12, 6, 1)[edge]:02d}", "month"
        if ctx.base is None:
            return None, None
        year, month = _add_months(ctx.base.year, ctx.base.month, shift)
        return f"{year:04d}-{month:02d}", "month"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "year" if unit == "year" else "day")]


def _unit_out(match: re.Match[str], text: str) -> list[_Found]:
    """ "before the year is out": the year's last month, as "by the end of the year" (see `date_patterns.UNIT_OUT`)."""
    unit = match["unit"]
    return [_shifted_unit(match.start(), match.end(), match.group(), 0, unit, year_month=12)]


def _end_of_year(match: re.Match[str], text: str) -> list[_Found]:
    """ "by the end of 2027": that year's last month (the middle: June; the start: January), as "by the end
    of the year" is the publication year's (see `date_patterns.END_OF_YEAR`)."""
    month = {"end": 12, "middle": 6, "start": 1, "beginning": 1}[match["edge"].lower()]
    value = f"{match['y']}-{month:02d}"
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (value, "month"), False, "absolute")]


def _ago(match: re.Match[str], text: str) -> list[_Found]:
    return _counted(match, text, -1)


def _counted(match: re.Match[str], text: str, direction: int) -> list[_Found]:
    """A count of days, months, years or decades from the reference day, back (`direction` -1: "three
    years ago") or forward (1: "in three years' time"); weeks are a span of days, listed with value None
    (like "last week", see `_week`)."""
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = match["unit"].rstrip("s")
    if unit == "decade":
        unit, count = "year", count * 10
    if unit == "week":
        return _week(match, text)
    shift = direction * count

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if unit == "year":
            return (f"{ctx.year + shift:04d}", "year") if ctx.year is not None else (None, None)
        if ctx.base is None:
            return None, None
        if unit == "month":
            year, month = _add_months(ctx.base.year, ctx.base.month, shift)
            return f"{year:04d}-{month:02d}", "month"
        return (ctx.base + timedelta(days=shift)).isoformat(), "day"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


def _part_of_year(match: re.Match[str], text: str) -> list[_Found]:
    """ "Q1 2024", "H2 2023": a part of the year, valued at the year (see `date_patterns.QUARTER`)."""
    year = match["y"]
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (year, "year"), False, "absolute")]


def _mid_year(match: re.Match[str], text: str) -> list[_Found]:
    """ "by mid-year": the publication year, or the next when the clause looks ahead from its second half,
    or the one before when it looks back from its first."""

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.year is None:
            return None, None
        month = ctx.base.month if ctx.base is not None else 6
        shift = 1 if ctx.future and month > 6 else -1 if ctx.past and month < 6 else 0
        return f"{ctx.year + shift:04d}", "year"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "year")]


_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _part_without_year(match: re.Match[str], text: str) -> list[_Found]:
    """ "in the first half of the year": that year; "in the third quarter" alone: the coming such part
    of the calendar year when the clause looks ahead, else None (see `date_patterns.PART_NO_YEAR`)."""
    months = 3 if match["part"] == "quarter" else 6
    order = min(_QUARTER_ORDINALS[match["ord"]], 12 // months)  # "the last half" is the second
    last_month = order * months
    named = match["dir"]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.year is None:
            return None, None
        if named:
            return f"{ctx.year + {'the': 0, 'this': 0, 'last': -1, 'next': 1}[named]:04d}", "year"
        if not ctx.future:
            return None, None
        ahead = ctx.base is not None and last_month < ctx.base.month  # already over this year
        return f"{ctx.year + ahead:04d}", "year"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "year")]


def _festival(match: re.Match[str], text: str) -> list[_Found]:
    """ "before Ramazan": listed with value None; with a year, that year (see `date_patterns.FESTIVAL`)."""
    year = match["y"]
    if year:
        return [_Found(match.start(), match.end(), match.group(), lambda _c: (year, "year"), False, "absolute")]
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "span")]


def _unresolved(match: re.Match[str], text: str) -> list[_Found]:
    """A mention listed with value None: "in Q3", "in H1 FY26", "in the summer" (see `date_patterns`)."""
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "span")]


def _fiscal_year(match: re.Match[str], text: str) -> list[_Found]:
    """A fiscal year named by its years: listed, with value None (see `date_patterns.FISCAL`)."""
    return [_Found(match.start(), match.end(), match.group().strip(), lambda _c: (None, None), False, "span")]


def _not_a_date(match: re.Match[str], text: str) -> list[_Found]:
    """Claims the span of a relative fiscal year so no rule reads a date in it; dropped before output."""
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), False, "skip")]


# ---- Roman Urdu (see `date_patterns.URDU_DAY` and after) --------------------------------------


def _urdu_day(match: re.Match[str], text: str) -> list[_Found]:
    """ "aaj subah" (this morning: today), "kal raat" (last night: yesterday, or tomorrow when its
    clause is future; see `date_patterns.URDU_FUTURE`)."""
    word = match["w"]
    nowadays = (
        P.URDU_AAJ_BEFORE.search(text, 0, match.start())
        if word.lower() == "kal"
        else P.URDU_KAL_AFTER.match(text, match.end("w"))
    )
    if nowadays:
        return []  # "aaj kal": nowadays
    if not match["part"] and word[0].isupper() and (word == "Kal" or P.WEEKDAY_IN_NAME.match(text, match.end())):
        return []  # "Kal Penn", "Aaj News": names
    if word.lower() == "aaj":
        return [_Found(match.start(), match.end(), match.group(), _days_from_base(0), True, "day")]
    after = text[match.end() :]
    cut = P.URDU_CLAUSE_END.search(after)
    urdu_future = P.URDU_FUTURE.search(after[: cut.start()] if cut else after) is not None
    yesterday, tomorrow = _days_from_base(-1), _days_from_base(1)

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        return (tomorrow if urdu_future or ctx.future else yesterday)(ctx)

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


def _urdu_relative(match: re.Match[str], text: str) -> list[_Found]:
    """ "pichlay saal" (last year), "is mahine" (this month), "agle hafte" (next week: no value), "pichlay
    fiscal year" (a fiscal year: no value)."""
    unit = match["unit"]
    if unit.startswith(("fiscal", "financial")):
        return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "span")]
    if unit.startswith("haft"):
        return _week(match, text)
    shift = -1 if match["last"] else 1 if match["next"] else 0
    return [_shifted_unit(match.start(), match.end(), match.group(), shift, "year" if unit == "saal" else "month")]


def _urdu_postposition(match: re.Match[str], text: str) -> list[_Found]:
    """ "2020 se" (since 2020), "January tak" (until January: the coming one), "March se" (since March:
    the last one). The text is the year or month alone; the postposition only joins the span."""
    shown = match["y"] or match["mon"]
    start = match.start()
    if match["y"]:
        return [_Found(start, match.end(), shown, lambda _c: (shown, "year"), False, "absolute", (start, match.end()))]
    month = _month(match["mon"])
    until = match["post"] == "tak"

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.year is None:
            return None, None
        year = ctx.year
        if ctx.base is not None and until and month < ctx.base.month:
            year += 1
        if ctx.base is not None and not until and month > ctx.base.month:
            year -= 1
        return f"{year:04d}-{month:02d}", "month"

    return [_Found(start, match.end(), shown, resolve, True, "year", (start, match.end()))]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str], list[_Found]]
    needs: tuple[tuple[str, ...], ...] = ()  # cue groups: every match holds one of each (see date_patterns)
    digit: bool = False  # every match holds a digit
    core: re.Pattern[str] | None = None  # every match holds a match of it (see date_patterns)

    def could_match(self, cues: frozenset[tuple[str, ...]], has_digit: bool) -> bool:
        """False when a text lacks what every match holds (`cues`: its `cues_present`): no need to run."""
        return (has_digit or not self.digit) and all(group in cues for group in self.needs)


_YEAR = P.YEAR_CUES
_RULES: tuple[_Rule, ...] = (
    _Rule(P.ISO, _iso_date, (("-",),), digit=True, core=P.ISO_CORE),
    _Rule(P.NUMERIC, _numeric_date, (P.NUMERIC_SEPARATORS, _YEAR), core=P.NUMERIC_CORE),
    _Rule(P.MDY, _absolute_day, (P.MONTH_CUES, _YEAR)),
    _Rule(P.DMY, _absolute_day, (P.MONTH_CUES, _YEAR), core=P.DAY_MONTH_CORE),
    _Rule(P.MY, _month_year, (P.MONTH_CUES, _YEAR)),
    _Rule(P.MD, _month_day, (P.MONTH_CUES,), digit=True),
    _Rule(P.DM, _month_day, (P.MONTH_CUES,), digit=True, core=P.DAY_MONTH_CORE),
    _Rule(P.M, _month_only, (P.MONTH_CUES,)),
    _Rule(P.MONTH_NOUN, _month_before_noun, (P.MONTH_CUES, ("the", "The"))),
    _Rule(P.MONTH_RANGE, _month_range, (P.MONTH_CUES,), core=P.MONTH_RANGE_CORE),
    _Rule(P.MONTH_SPAN, _month_range, (P.MONTH_CUES,), core=P.MONTH_SPAN_CORE),
    _Rule(P.END_OF_YEAR, _end_of_year, (_YEAR,), core=P.END_OF_YEAR_CORE),  # before Y: wins a tie
    _Rule(P.Y, _years, (_YEAR,)),
    _Rule(P.YEAR_NOUN, _year_before_noun, (P.YEAR_NOUN_CUES,)),
    _Rule(P.YEAR_EVENT, _year_before_noun, (P.YEAR_EVENT_CUES,)),
    _Rule(P.DECADE, _decade, (P.DECADE_CUES,), digit=True),
    _Rule(P.OF_YEAR, _year_after_of, (P.OF_YEAR_CUES,)),
    _Rule(P.MID_YEAR, _mid_year, (("id-year",),)),
    _Rule(P.QUARTER, _part_of_year, (_YEAR,), core=P.QUARTER_CORE),
    _Rule(P.QUARTER_NO_YEAR, _unresolved, (P.QUARTER_CUES,), digit=True),
    _Rule(P.SEASON, _unresolved, (P.SEASON_CUES,)),
    _Rule(P.NEXT_DECADE, _unresolved, (P.NEXT_DECADE_CUES,)),
    _Rule(P.YEARS_LATER, _years_later, (P.YEARS_LATER_CUES,)),
    _Rule(P.PART_NO_YEAR, _part_without_year, (("quarter", "half"),), core=P.PART_NO_YEAR_CORE),
    _Rule(P.FISCAL, _fiscal_year, (("FY", *_YEAR),), core=P.FISCAL_CORE),
    _Rule(P.RELATIVE_FISCAL, _not_a_date, (P.FISCAL_CUES,)),
    _Rule(P.WEEKDAY, _weekday, (P.WEEKDAY_CUES,)),
    _Rule(P.DAY_OF_MONTH, _day_of_month, (("the",),), digit=True, core=P.DAY_OF_MONTH_CORE),
    _Rule(P.DAYWORD, _dayword, (P.DAYWORD_CUES,)),
    _Rule(P.STORY_DAY, _story_day, (P.STORY_DAY_CUES,)),
    _Rule(P.EVE, _eve, (P.EVE_CUES,)),
    _Rule(P.WEEKEND, _weekend, (P.WEEKEND_CUES,)),
    _Rule(P.FESTIVAL, _festival, (P.FESTIVAL_CUES,)),
    _Rule(P.THIS, _this_unit, (P.UNIT_CUES,), core=P.THIS_CORE),
    _Rule(P.CURRENT, _this_unit, (("current",),)),
    _Rule(P.AGO, _ago, (("ago",),)),
    _Rule(P.WEEK, _week, (("week",),)),
    _Rule(P.IN_TIME, _in_time, (("time",),), core=P.IN_TIME_CORE),
    _Rule(P.END_OF, _end_of, (P.UNIT_CUES,), core=P.END_OF_CORE),
    _Rule(P.UNIT_OUT, _unit_out, (P.UNIT_OUT_CUES, P.UNIT_CUES)),
    _Rule(P.END_OF_MONTH, _month_only, (P.MONTH_CUES,), core=P.END_OF_MONTH_CORE),
    # Roman Urdu: cues rare in English text, so English sentences skip these rules.
    _Rule(P.URDU_DAY, _urdu_day, (P.URDU_DAY_CUES,)),
    _Rule(P.URDU_REL, _urdu_relative, (P.URDU_REL_CUES,), core=P.URDU_REL_CORE),
    _Rule(P.URDU_POST, _urdu_postposition, (P.URDU_POST_CUES,), core=P.URDU_POST_CORE),
)


def _cue_tests() -> tuple[tuple[tuple[str, ...], frozenset[tuple[str, ...]], re.Pattern[str] | None], ...]:
    """Each cue group with the groups it includes and, for a group of capitalised words, one expression.

    Smaller groups come first, so a group is known present when a group it includes was found ("19"
    and "20" found: "FY", "19", "20" is present). Plain substring tests cost least for a few words;
    for the month and weekday names one expression costs less, since it only stops at capitals.
    """
    groups = sorted(dict.fromkeys(group for rule in _RULES for group in rule.needs), key=len)
    tests = []
    for i, group in enumerate(groups):
        included = frozenset(other for other in groups[:i] if set(other) <= set(group))
        capitalised = all(cue[:1].isupper() for cue in group)
        pattern = re.compile("|".join(re.escape(cue) for cue in group)) if capitalised else None
        tests.append((group, included, pattern))
    return tuple(tests)


_CUE_TESTS = _cue_tests()


def cues_present(text: str) -> frozenset[tuple[str, ...]]:
    """The cue groups of the rules of which `text` holds a word."""
    present: set[tuple[str, ...]] = set()
    for group, included, pattern in _CUE_TESTS:
        if included and not present.isdisjoint(included):
            present.add(group)  # exact: it holds every word of a group the text holds a word of
        elif pattern is not None:
            if pattern.search(text) is not None:
                present.add(group)
        else:
            for cue in group:
                if cue in text:
                    present.add(group)
                    break
    return frozenset(present)


@cache  # a few dozen combinations of cues occur (at most 2 ** groups)
def _rules_for(cues: frozenset[tuple[str, ...]], has_digit: bool) -> tuple[_Rule, ...]:
    """The rules that could match a text holding `cues` (and a digit, or not), in order."""
    return tuple(rule for rule in _RULES if rule.could_match(cues, has_digit))


# ---- arithmetic --------------------------------------------------------------------------


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _year_shift(rel: str | None) -> int:
    if not rel:
        return 0
    return {"this": 0, "last": -1, "next": 1}[rel.split()[-2].lower().strip(",")]
