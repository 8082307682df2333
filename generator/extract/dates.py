"""Dates and the events they belong to, found by a hand-written grammar over each sentence.

Absolute dates ("Nov. 3, 2022", "2024-09-16", "May 9-11", "in June", "since 2015") and relative
ones ("on Monday", "last year", "two months ago", "today") are normalised to YYYY, YYYY-MM or
YYYY-MM-DD. Relative expressions are resolved against the publication date (or only the
publication year, for expressions that need no more); what cannot be resolved keeps value None.

Rules worth knowing:
- A weekday is the most recent such day on or before publication, unless the clause is in the
  future tense ("will meet on Monday", "which is concluding on Monday"): then the next such day on or
  after publication. "last Monday"/"next Monday" exclude the publication day itself.
- A range ("May 9-11", "2015-16", "from 2015 to 2020") is one mention whose value is its start.
- A bare year is a date only after a temporal preposition ("in 2015", "since 2015") or coordinated
  with one ("in 2021 and 2022"), so years inside names ("ITCN Asia 2025", "the 2024 CIFTIS",
  "UN 2030 Agenda") are never dates.
- "this year" right after a date without a year ("May 9-11 this year") gives that date its year and
  is not a second mention.
- "today", a weekday etc. inside a direct quotation is resolved against the day the speaker spoke:
  the latest "X said on Sunday" before it, else the day of the lead event (the first past-tense day
  outside quotes: "The road opened on Sunday. … 'From today …'"), else publication.
- A month or month-day without a year in a future clause that is already past in the publication
  year is the coming one ("will be ready by March", published in December → next March).
- "last week"/"this week" are listed with value None (a span of days, not one day or month);
  "by the end of the year" is the year's last month; "a decade ago" is ten years back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..model import Article, DateMention, Sentence, Span
from .clauses import clause_of, local, pick_non_overlapping, quote_checker

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

# Month names: full names anywhere; abbreviations only next to a day number.
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ANY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DASH = r"\s*[-\u2013\u2014]\s*"
_YEAR = r"(?:19|20)\d{2}"
# Prepositions kept in the mention's text, as the gold does ("on Monday", "by June 30"); not "from" ("from May 9-11").
_KEEP = r"(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter)\s+"
_REL_YEAR = r"(?P<relyear>,?\s+(?:this|last|next)\s+year\b)?"
_NOT_QUANTITY = (
    r"(?!\s*(?:%|per\s?cent|pc\b|percent|million|billion|trillion|crore|lakh|mw|megawatts?|km|kilomet|tons?\b"
    r"|tonnes?|units?\b|people|participants|companies|delegates|dollars|rupees|yuan))"
)

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MDY = re.compile(
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?,?\s+(?P<y>{_YEAR})\b"
)
_DMY = re.compile(
    rf"(?P<prep>{_KEEP}(?:the\s+)?)?\b(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<mon>{_MONTH_ANY}),?\s+(?P<y>{_YEAR})\b"
)
_MY = re.compile(
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_FULL}|{_MONTH_ANY}(?=\s+\d{{4}}))(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"
)
_MD = re.compile(
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?\b"
    rf"(?!,?\s*\d|:|\.\d){_REL_YEAR}"
)
_DM = re.compile(
    rf"(?P<prep>{_KEEP}(?:the\s+)?)?\b(?P<d>{_DAY})(?:{_DASH}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<mon>{_MONTH_FULL})\b{_REL_YEAR}"
)
_M = re.compile(
    r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|"
    r"(?P<dir>[Ll]ast|[Nn]ext|[Tt]his))\s+(?:(?:early|late|mid-?)\s*)?)"
    rf"(?P<mon>{_MONTH_FULL})\b(?!\s+\d){_REL_YEAR}"
)
_Y = re.compile(
    r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|[Bb]etween|"
    r"[Ee]nd\s+of|(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of)\s+(?:(?:early|late|mid-?)\s*)?)"
    rf"(?P<y>{_YEAR})(?:(?:{_DASH}|\s+(?:to|through|until)\s+)(?P<y2>\d{{4}}|\d{{2}}\b))?\b(?![-\u2013]\w)"
    rf"{_NOT_QUANTITY}(?:\s+(?:and|or|&)\s+(?P<y3>{_YEAR})\b{_NOT_QUANTITY})?"
)
_WEEKDAY = re.compile(
    r"(?P<prep>\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|(?P<dir>[Ll]ast|[Nn]ext|[Tt]his)|"
    r"[Bb]efore|[Aa]fter)\s+(?:(?:early|late)\s+)?)?"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_DAYWORD = re.compile(r"\b(?P<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b(?!'s\s+(?:world|era|age|times))")
_THIS = re.compile(
    r"(?<!the )(?<!The )\b(?P<prep>(?:[Ee]arlier|[Ll]ater)\s+)?"
    r"(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>year|month)\b"
)
_WEEK = re.compile(r"\b(?P<prep>(?:[Ee]arlier|[Ll]ater)\s+)?(?<!the )(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+week\b")
_END_OF = re.compile(
    r"\b(?P<prep>(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Aa]t|[Tt]owards?|[Aa]fter)\s+)?the\s+(?P<edge>end|middle|start)"
    r"\s+of\s+(?P<dir>the|this|next|last)\s+(?P<unit>year|month)\b"
)
_AGO = re.compile(
    r"\b(?P<n>\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b"
)

_FUTURE = re.compile(
    r"\b(?:will|shall|won't|is to|are to|set to|scheduled|slated|due to|expected to|going to|plans? to|"
    r"planned|upcoming|to be held|to take place)\b|'ll\b|\b(?:is|are)\s+\w+ing\b|\bconcluding\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|stated|remarked|noted|added|announced|explained|stressed|wrote)(?:\s+[\w']+){0,3}\s*$"
)
_NAME_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")


@dataclass(frozen=True)
class _Context:
    """What relative expressions are resolved against."""

    base: date | None  # the reference day (publication, or the speaker's day inside a quote)
    year: int | None  # the reference year (may be known without the day)
    future: bool


@dataclass(frozen=True)
class _Found:
    start: int
    end: int  # the span consumed (may include an absorbed "this year")
    text: str
    resolve: Callable[[_Context], tuple[str | None, str | None]]
    relative: bool
    kind: str  # "absolute" | "day" (resolved against a day) | "year" | "week" (never resolved)
    drop: tuple[int, int] | None = None  # words left out of the event label, when not just [start, end)


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    found: list[tuple[int, Sentence, _Found, bool]] = []
    for p, paragraph in enumerate(article.paragraphs):
        inside_quote = quote_checker(paragraph)
        for sentence in article.sentences[p]:
            for f in _find(sentence.text):
                quoted = inside_quote(sentence.start + f.start)
                text, local_found = _localize(sentence.text, f)
                found.append((p, replace(sentence, text=text), local_found, quoted))
    speech_days = _speech_days(article, found)
    mentions: list[DateMention] = []
    for i, (p, sentence, f, quoted) in enumerate(found):
        speech_day = speech_days[i]
        base = speech_day if quoted and speech_day and f.kind == "day" else article.published
        value, precision = f.resolve(_Context(base, article.published_year, _is_future(sentence.text, f)))
        mentions.append(
            DateMention(
                text=f.text,
                value=value,
                precision=precision if value else None,
                event=_event(sentence.text, f),
                span=Span(p, sentence.index),
                relative=f.relative,
            )
        )
    return tuple(mentions)


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


def _is_future(sentence: str, found: _Found) -> bool:
    return bool(_FUTURE.search(sentence[_clause_start(sentence, found.start) : found.start]))


def _speech_days(article: Article, found: list[tuple[int, Sentence, _Found, bool]]) -> list[date | None]:
    """For each mention, the day a quotation around it was spoken.

    A "today" inside a quotation means the day the words were said: the day of the latest "X said on
    Sunday" before it, else the day of the article's lead event (its first past-tense day outside
    quotes: "The road opened on Sunday. … 'From today, …' he said").
    """
    if article.published is None:
        return [None] * len(found)
    past_days = [_past_day(sentence.text, f, quoted, article) for _p, sentence, f, quoted in found]
    lead = next((day for day in past_days if day is not None), None)
    days: list[date | None] = []
    said: date | None = None
    for (_p, sentence, f, _quoted), day in zip(found, past_days, strict=True):
        if day is not None and _SPEECH_BEFORE.search(sentence.text[: f.start]):
            said = day
        days.append(said or lead)
    return days


def _past_day(sentence: str, found: _Found, quoted: bool, article: Article) -> date | None:
    """The day of a past-tense, day-level mention outside quotes (None for anything else)."""
    if quoted or found.kind != "day" or _is_future(sentence, found):
        return None
    value, precision = found.resolve(_Context(article.published, article.published_year, False))
    return date.fromisoformat(value) if value and precision == "day" else None


# ---- finding -----------------------------------------------------------------------------


def _find(text: str) -> list[_Found]:
    candidates: list[_Found] = []
    for pattern, build in _RULES:
        for match in pattern.finditer(text):
            candidates.extend(build(match, text))
    return _non_overlapping(candidates)


def _non_overlapping(candidates: list[_Found]) -> list[_Found]:
    """Longest first; then drop a weekday directly followed by the full date it names."""
    by_length = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    chosen = pick_non_overlapping(by_length, lambda c: (c.start, c.end))
    kept: list[_Found] = []
    for i, cand in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        weekday_before_date = (
            cand.kind == "day"
            and nxt is not None
            and nxt.kind == "absolute"
            and nxt.start - cand.end <= 2
            and any(w in cand.text.lower() for w in WEEKDAYS)
        )
        if not weekday_before_date:
            kept.append(cand)
    return kept


def _event(sentence: str, found: _Found) -> str | None:
    start, end = found.drop or (found.start, found.end)
    possessive = sentence[end : end + 2] in ("'s", "\u2019s")  # "this year's CIFTIS" reads better whole
    return clause_of(sentence, start, end, drop=not possessive) or None


def _clause_start(text: str, at: int) -> int:
    cut = max(text.rfind(",", 0, at), text.rfind(";", 0, at), text.rfind("\u2014", 0, at))
    return cut + 1 if cut >= 0 else 0


# ---- building candidates -------------------------------------------------------------------


def _text(match: re.Match[str], text: str, end_group: str | None = None) -> tuple[int, int, str]:
    """Start, end of the match and its display text (the absorbed "this year" left out)."""
    start, end = match.start(), match.end()
    shown_end = end
    if end_group and match.group(end_group):
        shown_end = match.start(end_group)
    return start, end, text[start:shown_end].strip(" ,")


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _day(raw: str) -> int:
    return int(re.match(r"\d+", raw).group())  # type: ignore[union-attr]


def _absolute_day(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text)
    y, m, d = int(match["y"]), _month(match["mon"]), _day(match["d"])
    value = _iso(y, m, d)
    return [_Found(start, end, shown, lambda _c: (value, "day" if value else None), False, "absolute")]


def _iso_date(match: re.Match[str], text: str) -> list[_Found]:
    value = _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    if value is None:
        return []
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (value, "day"), False, "absolute")]


def _month_year(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text)
    value = f"{int(match['y']):04d}-{_month(match['mon']):02d}"
    return [_Found(start, end, shown, lambda _c: (value, "month"), False, "absolute")]


def _month_day(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text, "relyear")
    month, day = _month(match["mon"]), _day(match["d"])
    shift = _year_shift(match["relyear"])

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.year is None:
            return None, None
        year = ctx.year + shift
        base = ctx.base
        if not match["relyear"] and ctx.future and base is not None and (month, day) < (base.month, base.day):
            year += 1  # "will open on Jan. 15", said in November: the coming January
        value = _iso(year, month, day)
        return value, "day" if value else None

    return [_Found(start, end, shown, resolve, True, "year")]


def _month_only(match: re.Match[str], text: str) -> list[_Found]:
    start, end, shown = _text(match, text, "relyear")
    month = _month(match["mon"])
    direction = (match["dir"] or "").lower()
    shift = _year_shift(match["relyear"])

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
        return f"{year:04d}-{month:02d}", "month"

    return [_Found(start, end, shown, resolve, True, "year")]


def _years(match: re.Match[str], text: str) -> list[_Found]:
    if match["y2"] and not _plausible_range(match["y"], match["y2"]):
        return []
    end = match.start("y3") if match["y3"] else match.end()
    shown = text[match.start() : end]
    if match["y3"]:
        shown = re.sub(r"\s+(?:and|or|&)\s+$", "", shown)
    first = match["y"]
    after = re.match(r",?\s+respectively\b", text[match.end() :])
    both = (match.start(), match.end() + (after.end() if after else 0)) if match["y3"] else None
    found = [
        _Found(match.start(), match.start() + len(shown), shown, lambda _c: (first, "year"), False, "absolute", both)
    ]
    if match["y3"]:
        second = match["y3"]
        found.append(
            _Found(match.start("y3"), match.end("y3"), second, lambda _c: (second, "year"), False, "absolute", both)
        )
    return found


def _plausible_range(first: str, second: str) -> bool:
    start = int(first)
    end = int(second) if len(second) == 4 else (start // 100) * 100 + int(second)
    return start < end <= start + 50


def _weekday(match: re.Match[str], text: str) -> list[_Found]:
    if not match["prep"] and match.start() > 0 and _NAME_BEFORE.search(text[: match.start()]):
        return []  # "Black Friday", "Good Friday": part of a name
    weekday = WEEKDAYS.index(match["wd"].lower())
    direction = (match["dir"] or "").lower()
    since = (match["prep"] or "").lower().startswith("since")  # "since Saturday" is always past

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        return _resolve_weekday(ctx.base, weekday, direction, ctx.future and not since).isoformat(), "day"

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
    if word[0] == "t" and match["w"][0] == "T" and match.start() > 0 and _NAME_BEFORE.search(text[: match.start()]):
        return []  # "China Today", "Pakistan Today": names of outlets
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if ctx.base is None:
            return None, None
        return (ctx.base + timedelta(days=shift)).isoformat(), "day"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


def _this_unit(match: re.Match[str], text: str) -> list[_Found]:
    shift = {"this": 0, "last": -1, "next": 1}[match["dir"].lower()]
    unit = match["unit"]

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if unit == "year":
            return (f"{ctx.year + shift:04d}", "year") if ctx.year is not None else (None, None)
        if ctx.base is None:
            return None, None
        year, month = _add_months(ctx.base.year, ctx.base.month, shift)
        return f"{year:04d}-{month:02d}", "month"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "year" if unit == "year" else "day")]


def _week(match: re.Match[str], text: str) -> list[_Found]:
    """ "last week" is a span of days, not one day or month: listed, but with no value."""
    return [_Found(match.start(), match.end(), match.group(), lambda _c: (None, None), True, "week")]


def _end_of(match: re.Match[str], text: str) -> list[_Found]:
    """ "by the end of the year" is the year's last month; "the end of the month" that month."""
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


def _ago(match: re.Match[str], text: str) -> list[_Found]:
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = match["unit"].rstrip("s")
    if unit == "decade":
        unit, count = "year", count * 10

    def resolve(ctx: _Context) -> tuple[str | None, str | None]:
        if unit == "year":
            return (f"{ctx.year - count:04d}", "year") if ctx.year is not None else (None, None)
        if ctx.base is None:
            return None, None
        if unit == "month":
            year, month = _add_months(ctx.base.year, ctx.base.month, -count)
            return f"{year:04d}-{month:02d}", "month"
        days = count * (7 if unit == "week" else 1)
        return (ctx.base - timedelta(days=days)).isoformat(), "day"

    return [_Found(match.start(), match.end(), match.group(), resolve, True, "day")]


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], str], list[_Found]]], ...] = (
    (_ISO, _iso_date),
    (_MDY, _absolute_day),
    (_DMY, _absolute_day),
    (_MY, _month_year),
    (_MD, _month_day),
    (_DM, _month_day),
    (_M, _month_only),
    (_Y, _years),
    (_WEEKDAY, _weekday),
    (_DAYWORD, _dayword),
    (_THIS, _this_unit),
    (_AGO, _ago),
    (_WEEK, _week),
    (_END_OF, _end_of),
)


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
