"""Word lists and regular expressions for `dates.py`: the grammar of dates in English news copy.

Kept apart from the resolution logic so a rule can be read (and tuned) in one place.
"""

from __future__ import annotations

import re

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

# Month names: full names anywhere; abbreviations only next to a day number. Not after "Long"
# (China's "Long March 5" rockets).
_MONTH_FULL = r"(?<!Long )(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ANY = (
    r"(?<!Long )(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DASH = r"\s*[-\u2013\u2014]\s*"
# Between the two days of a range ("9-11", "9 to 11") or of a coordination ("9 and 10").
_DAY_LINK = r"(?P<link>\s*[-\u2013\u2014]\s*|\s+(?:to|through|till|until|and)\s+)"
_D2 = r"(?P<d2>\d{1,2}(?:st|nd|rd|th)?)(?![.,]?\d)"
_YEAR = r"(?:19|20)\d{2}"
# Prepositions kept in the mention's text, as the gold does ("on Monday", "by June 30"); not "from" ("from May 9-11").
_KEEP = r"(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter)\s+"
_REL_YEAR = r"(?P<relyear>,?\s+(?:this|last|next)\s+year\b)?"
# The characters a match can start with: a kept preposition, or what follows when there is none.
_KEEP_FIRST = "OoIiSsBbUuTtAa"
_MONTH_FIRST = "JFMASOND"
_NOT_QUANTITY = (
    r"(?!\s*(?:%|per\s?cent|pc\b|percent|million|billion|trillion|crore|lakh|mw|megawatts?|km|kilomet|tons?\b"
    r"|tonnes?|units?\b|people|participants|companies|delegates|dollars|rupees|yuan))"
)


def _starting_with(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, compiled to turn away at once a position where no match can start.

    `first` holds every character a match of `pattern` can start with. A pattern that opens with an
    optional group (`(?P<prep>…)?`) or an assertion gets no quick scan from the regex engine, which
    then enters the group at every position of the text. The lookahead rejects most positions with one
    character test, and changes no match since every match starts with one of `first`
    (tests/test_fast_paths_dates.py checks each pattern against its plain form).
    """
    return re.compile(f"(?=[{first}]){pattern}", flags)


# Cores: for a rule whose expression rarely matches, a plain expression of which every match of the
# rule holds a match. It opens with a literal or a class, so the engine finds it (or its absence)
# fast; `dates._find` runs the rule only on a text where its core is found.
ISO = _starting_with(_KEEP_FIRST + r"\d", rf"(?P<prep>{_KEEP})?\b(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b")
ISO_CORE = re.compile(r"\d{4}-\d\d-\d\d")
# "18.09.2024", "18/09/2024", "18-09-2024": all-numeric, read day first (see `dates._numeric_date`).
# Not inside a longer run of numbers or a version string ("v1.2.2024"); no two-digit years ("1.2.24").
NUMERIC = _starting_with(
    _KEEP_FIRST + r"\d",
    rf"(?P<prep>{_KEEP})?(?<![\w.,/-])(?<!version )(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>{_YEAR})(?![\w/-]|[.,]\d)",
)
NUMERIC_CORE = re.compile(rf"\d[./-]\d{{1,2}}[./-]{_YEAR}")
MDY = _starting_with(
    _KEEP_FIRST + _MONTH_FIRST,
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?:{_DAY_LINK}{_D2})?,?\s+(?P<y>{_YEAR})\b",
)
DMY = _starting_with(
    _KEEP_FIRST + r"\d",
    rf"(?P<prep>{_KEEP}(?:the\s+)?)?\b(?P<d>{_DAY})(?:{_DAY_LINK}{_D2})?\s+(?:of\s+)?(?P<mon>{_MONTH_ANY}),?"
    rf"\s+(?P<y>{_YEAR})\b",
)
# A day's last digit (of the second day, in a range), then the month: every spelling of a month starts
# with its three-letter abbreviation.
DAY_MONTH_CORE = re.compile(rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(name.capitalize() for name in MONTHS)})")
MY = _starting_with(
    _KEEP_FIRST + _MONTH_FIRST,
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_FULL}|{_MONTH_ANY}(?=\s+\d{{4}}))(?:\s+of)?,?\s+(?P<y>{_YEAR})\b",
)
MD = _starting_with(
    _KEEP_FIRST + _MONTH_FIRST,
    rf"(?P<prep>{_KEEP})?\b(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?:{_DAY_LINK}{_D2}\b{_NOT_QUANTITY})?\b"
    rf"(?!\s*\d|,\s*\d{{4}}|,\d|:\d|\.\d){_REL_YEAR}",
)
DM = _starting_with(
    _KEEP_FIRST + r"\d",
    rf"(?P<prep>{_KEEP}(?:the\s+)?)?\b(?P<d>{_DAY})(?:{_DAY_LINK}{_D2})?\s+(?:of\s+)?(?P<mon>{_MONTH_FULL})\b"
    rf"{_REL_YEAR}",
)
M = _starting_with(
    "IiSsUuTtBbFfDdAaLlNn",
    r"(?P<prep>\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|"
    r"(?P<dir>[Ll]ast|[Nn]ext|[Tt]his))\s+(?:(?:early|late|mid-?|end-)\s*)?)"
    rf"(?P<mon>{_MONTH_FULL})\b(?!\s+\d){_REL_YEAR}",
)
# A month named before a noun after "the" ("at the December ceremony", "the March samples", "the June
# cheque"): that month, resolved as "in December". The text is the month alone. Not before a function word
# ("the March to Islamabad", "the May of 2019") nor a digit (MD, MY read those).
MONTH_NOUN = _starting_with(
    "Tt",
    rf"\b[Tt]he (?P<mon>{_MONTH_FULL})(?P<relyear>)(?=\s+(?!(?:to|of|on|in|at|by|for|and|or|is|was|were|are"
    r"|has|had|have|with|from|as|that|which|who|when|this|last|next|through|until|till|after|before)\b)[a-z])",
)
# "from June to August 2024", "between June and August": one mention (value: the first month).
MONTH_RANGE = _starting_with(
    "FfBb",
    rf"(?P<lead>\b(?:[Ff]rom|[Bb]etween)\s+)(?P<mon>{_MONTH_FULL})\s+(?:to|through|till|until|and)\s+"
    rf"(?P<mon2>{_MONTH_FULL})\b(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<y>{_YEAR})\b)?{_REL_YEAR}",
)
MONTH_RANGE_CORE = re.compile(rf"(?:From|from|Between|between)\s+[{_MONTH_FIRST}]")
# "in the July-October period", "July–October 2024": two months joined by a dash are the same kind of
# range (value: the first month). The noun after it ("period", "months") belongs to the mention.
MONTH_SPAN = _starting_with(
    "IiDdOoSsBb" + _MONTH_FIRST,
    r"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Ss]ince|[Bb]y)\s+(?:the\s+)?)?"
    rf"\b(?P<mon>{_MONTH_FULL})\s*[-\u2013]\s*(?P<mon2>{_MONTH_FULL})\b(?!\s+\d{{1,2}}\b)(?:,?\s+(?P<y>{_YEAR})\b)?"
    rf"(?:\s+(?:period|months|quarter|season|window)\b)?{_REL_YEAR}",
)
MONTH_SPAN_CORE = re.compile(rf"[a-z]\s*[-\u2013]\s*[{_MONTH_FIRST}][a-z]")
# A quarter or half of a year, or "mid-2025", is a part of that year: the value is the year (a month
# would claim a precision the text does not give).
# A season of a year ("in the summer of 2023") is that year too; not "fall" ("a fall of 2020 points").
_PART_OF_YEAR = (
    r"(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|(?:early\s+|late\s+)?"
    r"(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Mm]onsoon))\s+of"
)
# "mid-2026", "end-2025" need no preposition ("could slip to mid-2026"). "around 2017" (text: the year) is
# a date unless a noun follows (see `dates._years`).
Y = _starting_with(
    "IiSsUuTtBbFfDdAaEelWwMmCc",  # "the first half of", "last quarter of" start with t, f, s, l
    r"(?P<prep>\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|"
    rf"[Bb]etween|[Aa]round|[Cc]irca|[Ee]nd\s+of|{_PART_OF_YEAR})\s+(?:(?:early|late|mid|end)-?\s*)?|[Mm]id-|[Ee]nd-))"
    rf"(?P<y>{_YEAR})(?:(?:{_DASH}|/|\s+(?:to|through|until)\s+)(?P<y2>\d{{4}}|\d{{2}}\b))?\b(?![-\u2013]\w)"
    rf"{_NOT_QUANTITY}(?:\s+(?P<conj>and|or|&)\s+(?P<y3>{_YEAR})\b{_NOT_QUANTITY})?",
)
AROUND = re.compile(r"(?:[Aa]round|[Cc]irca)\s+")
# Words that may follow a date without making it a modifier of a noun ("peaked around 2017 and fell", "by
# mid-year if the permit comes") where a noun would ("around 2000 workers", "the mid-year review").
_NOT_A_NOUN = (
    r"(?:and|or|but|if|when|as|after|before|to|in|on|at|with|until|the|while|then|for|so|because|unless|from"
    r"|amid|despite|than|under|is|was|were|are|will|would|could|should|may|might|can|had|has|have)\b"
)
COUNT_NOUN_AFTER = re.compile(rf"\s+(?!{_NOT_A_NOUN})[a-z]")
# "a 2019 agreement": after "a", a year before a singular lower-case noun is that year (a count cannot
# follow "a"). Not before a plural ("a 2000 workers" is a typo'd count) nor a name; text: the year. After
# "the" ("the 2020 season", "the 2024 CIFTIS") the year is left alone: a label as often as a date.
YEAR_NOUN = _starting_with(
    "Aa",
    rf"\b[Aa] (?P<y>{_YEAR})\b{_NOT_QUANTITY}(?=\s+[a-z]+(?<![^s]s)\b(?!-))",
)
YEAR_NOUN_CUES = ("a 19", "a 20", "A 19", "A 20")
# "after the 2022 floods", "since the 2018 elections": after "the", a year is that year only before a noun
# naming something that happens at a time (an event, a disaster, a vote, a pact); before any other noun it
# is a label or a count ("the 2020 season", "the 2000 workers"). Text: the year.
_YEAR_EVENTS = (
    r"floods?|earthquakes?|quake|cyclones?|storms?|droughts?|heatwaves?|landslides?|tsunami|pandemic|outbreak"
    r"|elections?|polls|vote|referendum|census|budget|agreements?|accords?|deals?|treaty|protocol|summit|visit"
    r"|talks|attacks?|bombings?|blasts?|war|crisis|coup|protests?|riots?|sit-in|ceremony|inauguration|default"
    r"|bailout|devaluation|crash|merger"
)
# Up to two lower-case words may stand between the year and the event ("the 2015 energy framework agreement");
# a season or harvest is one only with its crop or kind named ("the 2026 mango season", not "the 2020 season").
YEAR_EVENT = _starting_with(
    "Tt",
    rf"\b[Tt]he (?P<y>{_YEAR}) (?=(?:[a-z][a-z-]* ){{0,2}}(?:{_YEAR_EVENTS})\b(?!-)"
    r"|[a-z][a-z-]* (?:season|harvest|crop)\b(?!-))",
)
YEAR_EVENT_CUES = ("the 19", "the 20", "The 19", "The 20")
# "in the 1990s", "since the early 2000s": a decade, listed with value None (coarser than a year).
DECADE = _starting_with(
    "IiDdSsBbUuTtFf",
    r"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter)\s+)"
    r"the\s+(?:(?:early|mid|late)[-\s]?)?(?:1[89]|20)\d0s\b",
)
DECADE_CUES = ("0s",)
# "in two weeks' time", "in a year's time": counted forward from publication (see `dates._in_time`).
IN_TIME = _starting_with(
    "Ii",
    r"\b[Ii]n\s+(?:(?:just|about|around|another)\s+)?(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+(?P<unit>day|week|month|year)(?:s['\u2019]?|['\u2019]s)\s+time\b",
)
IN_TIME_CORE = re.compile(r"s['\u2019]?\s+time")
# "a repeat of 2022", "the floods of 2010,": a year after "of" and a lower-case noun is that year (text: the
# year). Not after a name ("the SEZ Act of 2012": a law's title) nor a noun that takes a count ("a total of
# 2000", "out of 2020"), nor before a noun ("a fleet of 2000 buses"; see `dates._year_after_of`).
OF_YEAR = _starting_with("o", rf"(?<=[a-z] )of (?P<y>{_YEAR})\b{_NOT_QUANTITY}(?![-\u2013/]\d)")
OF_YEAR_CUES = ("of 19", "of 20")
COUNT_NOUN_BEFORE = re.compile(
    r"\b(?:total|sum|out|number|figure|tally|score|maximum|minimum|average|batch|fleet|crowd|workforce|capacity"
    r"|group|population|list|team|staff|strength|height|depth|length|distance|altitude|elevation|record|rate)"
    r" $"
)
# "by mid-year": the year, as "mid-2025" is (see `dates._mid_year`). Not "mid-year review" (a noun follows).
MID_YEAR = _starting_with(
    "BbIiAaUuTt",
    r"\b(?P<prep>(?:[Bb]y|[Ii]n|[Aa]t|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Tt]owards?)\s+)(?:the\s+)?"
    rf"[Mm]id-year\b(?!-|\s+(?!{_NOT_A_NOUN})[a-z0-9])",
)
# "Q1 2024", "in Q3 of 2023", "H1 2025": a part of that year.
QUARTER = _starting_with(
    "IiDdBbQH", rf"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+)?\b[QH][1-4]\s+(?:of\s+)?(?P<y>{_YEAR})\b"
)
QUARTER_CORE = re.compile(r"[QH][1-4]\s")
# A quarter or half without a calendar year: of a fiscal year ("in H1 FY26", "Q3 FY2025-26") or alone after
# a preposition ("falling due in Q3"). Listed with value None, as fiscal years are: a "Q3" with no year is
# usually a company's or a government's fiscal quarter, whose calendar months depend on who reports it.
QUARTER_NO_YEAR = _starting_with(
    "IiDdBbQH",
    r"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+)?\b[QH][1-4]\s+(?:of\s+)?FY\s?'?(?:\d{4}|\d{2})"
    r"(?:\s*[-/\u2013]\s*(?:\d{4}|\d{2}))?\b"
    r"|\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+[QH][1-4]\b(?![-/]|\s*(?:of\s+)?(?:\d|FY|[A-Z]))",
)
QUARTER_CUES = ("Q1", "Q2", "Q3", "Q4", "H1", "H2")
# A quarter or half named without its year's number: "in the third quarter", "in the first half of the
# year". With "of the/this/last/next year" it is that year. Alone, its year is known only when the
# clause looks ahead (the coming such part of the calendar year); told in the past ("imports rose in the
# first quarter") it is usually a fiscal quarter of a reported statistic, and which year's is not said:
# listed with value None, as fiscal years are. "of" anything else ("the first half of the match") and
# "the last quarter century" are not dates.
PART_NO_YEAR = _starting_with(
    "IiDdBb",
    r"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+)the\s+(?P<ord>first|second|third|fourth|final|last)\s+"
    r"(?P<part>quarter|half)\b(?:\s+of\s+(?P<dir>the|this|last|next)\s+year\b)?(?!\s+(?:of|century)\b|-)",
)
PART_NO_YEAR_CORE = re.compile(r"\s(?:quarter|half)")
# A season after "in", "by", "until" and "the", or named from now ("this winter", "next summer"), with no
# year: listed with value None (which year's is not said, and a winter spans two). Not "over the winter"
# (a span), "before the monsoon" (a span before a weather season), "in winter" (habitual), "the summer of
# 2023" (Y reads it), nor before a noun ("the spring term", "this summer's crop").
SEASON = _starting_with(
    "IiBbUuTtLlNn",
    r"(?:\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill)\s+the|(?<!the )\b(?:[Tt]his|[Ll]ast|[Nn]ext))"
    r"\s+(?:summer|winter|spring|autumn)\b"
    rf"(?!-|['\u2019]|\s+of\b|\s+(?!{_NOT_A_NOUN})[a-z])",
)
SEASON_CUES = ("summer", "winter", "spring", "autumn")
# "pushes the problem into the next decade": a decade from now, listed with value None (as "in the 1990s").
# Not a span ("over the next decade", "for the coming decade", "within the next decade"): no date.
NEXT_DECADE = _starting_with(
    "Tt",
    r"(?<!over )(?<!for )(?<!within )(?<!during )(?<!throughout )(?<!across )"
    r"\b[Tt]he\s+(?:next|coming)\s+decade\b(?!s|-)",
)
NEXT_DECADE_CUES = ("decade",)
# "Two years later," after a year the story named: that year plus two, listed only when it lies before the
# publication year; "Nine years later, Pakistan has extended …" (landing on the present) compares a past
# year with now and dates nothing (see `dates._years_later`). Hedged counts ("Nearly two years later")
# are vague.
YEARS_LATER = re.compile(
    r"(?<![Nn]early )(?<![Aa]lmost )(?<![Aa]bout )(?<![Ss]ome )(?<![Oo]ver )(?<![Rr]oughly )(?<![Aa]round )"
    r"(?<![Jj]ust )(?<!than )\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
    r"|[Tt]en|\d{1,2})\s+years?\s+later\b(?!\s+than\b)"
)
YEARS_LATER_CUES = ("years later", "year later")
# Fiscal years. One with its years ("FY24", "in FY2024-25", "fiscal year 2023-24", "the 2023-24 fiscal
# year") is listed with value None: it spans two calendar years, and where it starts depends on the
# country (July in Pakistan, April in the UK, October for the US government), so no single value is
# honest. One without ("the current fiscal year", "in the last fiscal year") is not listed at all, as
# in the team's gold; it is matched (RELATIVE_FISCAL) only so no other rule reads a date inside it.
FISCAL = _starting_with(
    "IiDdSsBbUuTtAaFf12",
    r"(?P<prep>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Tt]hrough)\s+)?"
    r"(?:\bFY\s?'?(?:\d{4}|\d{2})(?:\s*[-/\u2013]\s*(?:\d{4}|\d{2}))?\b"
    r"|\b(?:the\s+)?(?:[Ff]iscal|[Ff]inancial)\s+(?:[Yy]ear\s+)?(?:\(FY\)\s+)?(?:19|20)\d{2}"
    r"(?:\s*[-/\u2013]\s*(?:\d{4}|\d{2}))?\b"
    r"|\b(?:the\s+)?(?:19|20)\d{2}\s*[-/\u2013]\s*(?:\d{4}|\d{2})\s+"
    r"(?:(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear|(?:crop\s+|harvest\s+|sowing\s+|cropping\s+)?season)\b)",
)
# Alternatives that start with a letter each (not a class), so the engine scans for those letters.
FISCAL_CORE = re.compile(r"FY|Fi(?:scal|nancial)\s|fi(?:scal|nancial)\s|season")
RELATIVE_FISCAL = re.compile(
    r"\b(?:the\s+)?(?:current|this|last|next|previous|coming|outgoing|ongoing|upcoming|new)\s+"
    r"(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\b(?!s)"
)
WEEKDAY = _starting_with(
    "OoSsBbUuTtFfLlNnAaMW",
    r"(?P<prep>\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|(?P<dir>[Ll]ast|[Nn]ext|[Tt]his)|"
    r"[Bb]efore|[Aa]fter)\s+(?:(?:early|late)\s+)?)?"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b",
)
# A bare weekday followed by a capitalised word that is not a month names a paper or an event
# ("the Sunday Times", "The Friday Times").
WEEKDAY_IN_NAME = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]"
)
DAYWORD = re.compile(r"\b(?P<w>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\b")
# A live blog's or a broadcast's sign-off ("That's all from us tonight", "That is it for today") dates no event.
SIGN_OFF_BEFORE = re.compile(r"\b[Tt]hat(?:['\u2019]s| is) (?:all|it)\b(?: (?:from|for) (?:us|now))?(?: for)? $")
# A day counted from another day of the story ("met on Monday … signed the next day"; "the following
# morning" is a part of that day), not from publication (see `dates._story_days`). Written with single
# spaces, as its cues are. Not a span ("in the next day or two", "within the next day"), not a day of
# something ("the next day of talks"), not a comparison ("a day later than planned"). "The day before" /
# "the day after" only where nothing follows in the clause: "the day before the vote", "the day after
# signing" count from another event, not a date.
_DAY_PARTS = ("morning", "afternoon", "evening", "night")
STORY_DAY = _starting_with(
    "OoTtAa",
    r"(?<!\b[Ii]n )(?<!\b[Ww]ithin )(?<!\b[Oo]ver )(?<!\b[Ff]or )(?<!\b[Dd]uring )"
    r"\b(?P<prep>[Oo]n\s+)?(?P<w>[Tt]he (?:next|following|previous) (?:day|morning|afternoon|evening|night)"
    r"|[Aa] day (?:earlier|later)"
    r"|[Tt]he day (?:before|after)(?=\s*(?:[,.;:!?)\u2014\"\u201d]|$))"
    r"|(?:[Tt]he|[Tt]hat) (?:very )?same day(?!\s+as\b))\b"
    r"(?!\s+(?:or|of|and|than)\b)",
)
STORY_DAY_CUES = (
    "next day", "following day", "previous day", "day earlier", "day later", "day before", "day after", "same day",
    *(f"{word} {part}" for word in ("next", "following", "previous") for part in _DAY_PARTS),
)  # fmt: skip
# "on the eve of the visit": the day before the event, when the story's last day is that event's (its
# clause names the noun: "arrived on Tuesday for a five-day visit"); else listed with value None (see
# `dates._eve`). Only before a determiner and a lower-case noun: "on the eve of Independence Day" is a
# festival's eve, not the story's.
EVE = _starting_with("Oo", r"\b[Oo]n the eve of (?:the|his|her|their|its|this|that) (?P<noun>[a-z][a-z-]+)\b")
EVE_CUES = ("eve of",)
# A weekend is valued at its Saturday (a two-day span: its start). "last/this/next weekend",
# "over/at/on/during the weekend", "this past weekend"; not "weekends" (habitual), "the weekend of
# March 3" (that date's), "the last weekend of October" (a weekend of a month), "weekend-long".
WEEKEND = _starting_with(
    "LlTtNnOoAaDd",
    r"(?<!\bthe )(?<!\bThe )\b(?P<lead>(?P<dir>[Ll]ast|[Tt]his(?:\s+past)?|[Nn]ext)|"
    r"(?P<prep>[Oo]ver|[Aa]t|[Oo]n|[Dd]uring)\s+the)\s+weekend\b(?!s|-|\s+of\b)",
)
WEEKEND_CUES = ("weekend",)
# A festival or religious season named as a time ("before Ramazan", "ahead of Eid-ul-Adha", "during the
# Spring Festival", "after Chinese New Year"): listed with value None, since its dates lie outside the
# text (lunar calendars move them from year to year, and a span before or after a feast is not the feast);
# with its year ("during Ramadan 2025") the value is that year. Only after a temporal preposition: "Eid
# shopping", "the Christmas market" are no dates; "for Eid" is a purpose; "in Easter Island" a place.
_FESTIVAL_NAMES = (
    r"(?:(?:holy\s+)?month\s+of\s+)?(?:Ramadan|Ramazan|Ramzan|Muharram)|Ashura|Diwali|Christmas(?:\s+(?:Day|Eve))?|Easter"
    r"|Nowruz|Navroz|Basant|(?:Chinese|Lunar)\s+New\s+Year|(?:Spring|Mid-Autumn|Dragon\s+Boat)\s+Festival"
    r"|Eid(?:[\s-]+(?:ul|al|e)[\s-]+(?:Fitr|Adha|Azha|Zuha|Milad(?:[\s-]+un[\s-]+Nabi)?))?"
)
FESTIVAL = _starting_with(
    "BbAaDdUuTtSsIiOo",
    r"\b(?:[Bb]efore|[Aa]fter|[Aa]head\s+of|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Ii]n|[Oo]n|[Oo]ver"
    r"|[Tt]hroughout|[Aa]round)\s+(?:the\s+)?"
    rf"(?:{_FESTIVAL_NAMES})\b(?!-|\s+(?!Day\b|Eve\b)[A-Z])(?:,?\s+(?P<y>{_YEAR})\b)?",
)
FESTIVAL_CUES = (
    "Ram", "Muharram", "Ashura", "Diwali", "Christmas", "Easter", "Nowruz", "Navroz", "Basant",
    "New Year", "Festival", "Eid",
)  # fmt: skip
# A day word in the possessive dates what follows only when that is something that happens on a day
# ("at yesterday's meeting", "Today's agreements", "tomorrow's vote"); before any other noun it is
# figurative ("yesterday's problems with tomorrow's money", "today's generation", "today's world").
POSSESSIVE = re.compile(r"['\u2019]s\b")
_DAY_EVENTS = (
    r"meetings?|talks|sessions?|summit|signing|ceremony|agreements?|accords?|deals?|visits?|announcement|decisions?|"
    r"votes?|voting|polls?|elections?|briefing|hearings?|conference|speech|address|statement|attacks?|blast|bombing|"
    r"launch|inauguration|opening|ground-?breaking|match|game|event|edition|papers?|newspapers?|issue|protests?|"
    r"rally|strike|budget|auction|flights?|trading|debate|discussions?|negotiations|round|ruling|verdict|"
    r"remarks|interview|parade|celebrations?|dialogue|forum|meet|launching|handover|departure|arrival"
)
POSSESSIVE_EVENT = re.compile(rf"['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_DAY_EVENTS})\b", re.IGNORECASE)
THIS = _starting_with(
    "EeLlTtNn",
    r"(?<!the )(?<!The )\b(?P<prep>(?:[Ee]arl(?:ier|y)|[Ll]ater?)\s+)?"  # "early next year": the year
    r"(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<unit>year|month)\b",
)
THIS_CORE = re.compile(r"(?:This|this|Last|last|Next|next)\s+(?:year|month)")
# "the current year" is this year (unlike "the last year", a duration).
CURRENT = re.compile(
    r"\b(?P<prep>(?:[Ii]n|[Dd]uring|[Bb]y)\s+)?the\s+(?P<dir>current)\s+(?:calendar\s+)?(?P<unit>year|month)\b"
)
# "the week before last", "the week after next": a week too, listed with value None. So are "the week
# before", "the following week" and "the previous week" (counted from a day of the story, as "the
# following day"), but not a span ("in the week before", "over the following week") nor a week before or
# after another event ("the week before the vote", "the week before Eid", "the following week of talks").
WEEK = _starting_with(
    "EeLlTtNn",
    r"\b(?P<prep>(?:[Ee]arlier|[Ll]ater)\s+)?(?<!the )(?P<dir>[Tt]his|[Ll]ast|[Nn]ext)\s+week\b"
    r"|\b[Tt]he\s+week\s+(?:before\s+last|after\s+next)\b"
    r"|(?<!\b[Ii]n )(?<!\b[Ww]ithin )(?<!\b[Oo]ver )(?<!\b[Ff]or )(?<!\b[Dd]uring )"
    r"\b[Tt]he\s+(?:week\s+before|(?:following|previous)\s+week)\b"
    r"(?!\s+(?:(?:last|next|of|or|and|than|the|a|an|his|her|its|their|this|that)\b|[A-Z\d]|[a-z]+ing\b))",
)
END_OF = _starting_with(
    "BbUuTtAa",
    r"\b(?P<prep>(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Aa]t|[Tt]owards?|[Aa]fter)\s+)?the\s+(?P<edge>end|middle|start)"
    r"\s+of\s+(?P<dir>the|this|next|last)\s+(?P<fiscal>(?:fiscal|financial)\s+)?(?P<unit>year|month)\b"
    r"(?(fiscal)(?!\s+(?:\(FY\)\s+)?(?:19|20)\d))",
)
END_OF_CORE = re.compile(r"the\s+(?:end|middle|start)\s+of\s")
# "before the year is out" is "by the end of the year": the year's last month; "before the month is over"
# that month. Written with single spaces, as its cues are.
UNIT_OUT = _starting_with("Bb", r"\b[Bb]efore the (?P<unit>year|month) (?:is|was) (?:out|over)\b")
UNIT_OUT_CUES = ("s out", "s over")
_COUNT = (
    r"(?P<n>\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve)"
)
AGO = re.compile(rf"\b{_COUNT}\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago\b")
# "by the end of December": that month (its year as for "in December").
END_OF_MONTH = _starting_with(
    "BbUuTtAaIi",
    r"\b(?P<prep>(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Aa]t|[Tt]owards?|[Aa]fter|[Ii]n)\s+)?the\s+(?:end|middle|start|beginning)"
    rf"\s+of\s+(?P<mon>{_MONTH_FULL})\b(?!\s+\d){_REL_YEAR}",
)
END_OF_MONTH_CORE = re.compile(r"the\s+(?:end|middle|start|beginning)\s+of\s")
# "by the end of 2027": that year's last month, as "by the end of the year" is (the middle: June, the start
# or beginning: January). "end-2027" stays the year (as "mid-2027"). Not a fiscal year ("the end of
# 2025-26") nor a count ("the end of 2000 miles" cannot be told apart, so a noun after it excludes it).
END_OF_YEAR = _starting_with(
    "BbUuTtAaIiEeMmSs",
    r"\b(?P<prep>(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Aa]t|[Tt]owards?|[Aa]fter|[Ii]n)\s+)?(?:the\s+)?"
    rf"\b(?P<edge>[Ee]nd|[Mm]iddle|[Ss]tart|[Bb]eginning)\s+of\s+(?P<y>{_YEAR})\b(?![-\u2013/]\d){_NOT_QUANTITY}",
)
END_OF_YEAR_CORE = re.compile(r"(?:nd|le|rt|ng)\s+of\s+[12]")
# "on the 14th": a day of the publication's month (or the month before or after, by tense); "on the 2nd
# of next month" is one mention, a day of the month named.
DAY_OF_MONTH = re.compile(
    r"(?P<prep>\b[Oo]n\s+)the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?P<dir>next|last|this)\s+month\b)?"
    rf"(?!\s+(?:of\s+)?(?:{_MONTH_ANY}|century|anniversary|floor|day|round|meeting|time|edition|session|place))"
)
DAY_OF_MONTH_CORE = re.compile(r"[Oo]n\s+the\s+\d")
# Cues: before a rule's expression runs over a sentence, a cheap test that the sentence could hold a
# match at all. Each rule names groups of words such that every match contains a word of each group,
# spelled as the expression spells it (cues are plain substrings, case-sensitive), and whether every
# match holds a digit. Each group is looked for once per sentence (one expression of its words, in
# `dates.cues_present`): most sentences pass few rules' tests, and that costs far less than the rules'
# expressions, each tried at every position of the sentence.


def _either_case(*words: str) -> tuple[str, ...]:
    """Cues for words the expressions accept with a small or capital first letter ("[Tt]oday")."""
    return words + tuple(word[0].upper() + word[1:] for word in words)


MONTH_CUES = tuple(name.capitalize() for name in MONTHS)  # "Jan" … "Dec": every month name starts so
WEEKDAY_CUES = tuple(day.capitalize() for day in WEEKDAYS)
DAYWORD_CUES = _either_case("today", "tonight", "yesterday", "tomorrow")
UNIT_CUES = ("year", "month")
FISCAL_CUES = _either_case("fiscal", "financial")
NUMERIC_SEPARATORS = (".", "/", "-")
YEAR_CUES = ("19", "20")  # the start of every four-digit year the rules read (`_YEAR`)
DIGIT = re.compile(r"\d")

# ---- Roman Urdu ------------------------------------------------------------------------------
# Relative dates in Urdu-English code-mixed text (social media threads, transcripts): the Urdu words
# are the mention's text ("kal raat", "pichlay saal"), as the gold writes them. Each rule has cues or a
# core rare in English, so English sentences pay a few substring tests and nothing more.
#
# "kal" is yesterday or tomorrow; "aaj" is today. A time of day may follow ("kal raat" = last night,
# "aaj subah" = this morning). "aaj kal" (= nowadays) is no date; "Aaj News" / "Kal Penn" are names
# (see `dates._urdu_day`).
URDU_DAY = _starting_with(
    "KkAa",
    r"\b(?P<w>[Kk]al|[Aa]aj)\b(?:\s+(?P<part>raat|subah|subha|shaam|sham|dopahar))?\b",
)
URDU_DAY_CUES = ("kal", "Kal", "aaj", "Aaj")
URDU_AAJ_BEFORE = re.compile(r"\b[Aa]aj\s+$")  # "aaj kal" (nowadays), seen from "kal"
URDU_KAL_AFTER = re.compile(r"\s+kal\b")  # "aaj kal", seen from "aaj"
# Urdu verbs close their clause: the tense of "kal" is read after it, up to the clause's end. Future
# endings ("hoga", "karenge", "aayegi", "karunga"); English "will" too. Without them "kal" is past: in
# reported speech ("ne mujhe kal raat bataya") yesterday is what is told far more often.
URDU_CLAUSE_END = re.compile(r"[.,;:!?\"\u201c\u201d]")
URDU_FUTURE = re.compile(r"\b\w*(?:eg[aie]|og[aie]|enge|onge|ung[aie]|oong[aie])\b|\b(?:will|shall)\b|'ll\b")
# "pichlay saal" (last year), "is saal" (this year), "agle mahine" (next month), "pichlay hafte" (last
# week: no value, as in English), "pichlay fiscal year" (listed, no value: a fiscal year, as "FY26").
# "is" (this) only before an Urdu unit: "This is fiscal year-end" is English.
URDU_REL = _starting_with(
    "PpAaIi",
    r"\b(?:(?P<last>[Pp]ichh?l(?:ay|ey|a|e|i))|(?P<next>[Aa]gl(?:ay|ey|a|e|i))|"
    r"(?P<this>[Ii]s)(?=\s+(?:saal|mahin|haft)))"
    r"\s+(?P<unit>saal|mahin(?:ay|ey|a|e)|haft(?:ay|ey|a|e)|(?:fiscal|financial)\s+year)\b",
)
URDU_REL_CUES = ("saal", "mahin", "haft", "fiscal", "financial")
URDU_REL_CORE = re.compile(r"(?:ichl|chhl|gl|[Ii]s)[aeiy]*\s+(?:saal|mahin|haft|fiscal|financial)")
# Postpositions: "2020 se" (since 2020), "January tak" (until January: the coming one), "March se"
# (since March: the last one). The text is the year or month alone, as the gold writes it.
URDU_POST = _starting_with(
    "12" + _MONTH_FIRST,
    rf"\b(?:(?P<y>{_YEAR})|(?P<mon>{_MONTH_FULL})) (?P<post>se|tak)\b",
)
URDU_POST_CUES = (" se", " tak")
URDU_POST_CORE = re.compile(r"(?:\d|ary|rch|ril|May|une|uly|ust|ber) (?:se|tak)")

# Future, and future in reported speech ("said classes would start in March"), but not "would have"; modal
# "can"/"must"/"should" look ahead too ("can finish the wall by the end of March"), but not "must have".
# A "to" followed by a determiner is a preposition, not the mark of an infinitive: "presented the plan to
# the ministry on Monday", "agreed to the terms on Monday", "delayed due to the rain" look at nothing ahead.
# A wish or aim in the past before an infinitive looks ahead from it as a present one does ("said Pakistan hoped
# to conclude them … in September"); in the past perfect it is one given up ("had hoped to open it in March, but").
# "expect" in any form looks ahead with or without an infinitive ("expected the first shipments … by
# February", "expects approval in March"); "as expected", "than expected" look back at an outcome.
_DETERMINER = r"(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)"
_INFINITIVE = rf"\s+to\b(?!\s+{_DETERMINER}\b)"
FUTURE = _starting_with(
    "wsaidegputrhcvm'",
    r"(?:\b(?:will|shall|won't|would(?!\s+have)|(?:can|cannot|must|should)(?!\s+have)|"
    rf"(?:is|are|set|expected|going|plans?|agreed|decided|resolved|pledged|promised|vowed|aims?|hopes?|intends?"
    rf"|wants?|seeks?|sought|(?<!had )(?:hoped|aimed|intended)){_INFINITIVE}|scheduled|slated"
    rf"|(?<!fell )(?<!came )(?<!became )(?P<due>due)(?!\s+to\s+{_DETERMINER}\b)|"
    r"planned|upcoming|to be held|to take place|(?<!as )(?<!than )expect(?:s|ed|ing)?)\b|'ll\b|\b(?:is|are)\s+\w+ing\b"
    r"|\bconcluding\b)",
    re.IGNORECASE,
)
# "fell due" / "came due" is no look ahead: the debt was due then, a past event ("refinanced the loans
# hours before they fell due at the end of March": this March).
# "was due" looks ahead from a past viewpoint: in reported speech ("adding that the results were due on
# April 10") from the day the words were said, so the date is still to come; in narrative ("the berth was
# due to be handed over on the 14th") the date may lie on either side of publication, so no tense is read.
# "before its next meeting on January 7", "at the next round of talks in March": the date of an event named
# as the next one lies ahead whatever the clause's tense (not "next day", "next week": dates themselves).
NEXT_EVENT_BEFORE = re.compile(r"\b[Nn]ext (?!day|week|month|year)[a-z]{3,15}(?: of [a-z]{3,15})? $")
# A scheduled event told in the present right before its date looks ahead: "The real test comes in June",
# "the deal expires on Friday" ("comes" in a past clause never reaches here: see `dates._tense`).
SCHEDULED_PRESENT = re.compile(
    r"\b(?:comes|begins|starts|opens|ends|expires|matures|closes|resumes|falls due|takes effect|kicks off"
    r"|runs out) $"
)
PAST_DUE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?$", re.IGNORECASE)
REPORTED = re.compile(
    r"\b(?:said|says|told|add(?:ed|ing)|not(?:ed|ing)|stat(?:ed|ing)|announc(?:ed|ing)|explain(?:ed|ing)"
    r"|confirm(?:ed|ing)|insist(?:ed|ing)|conced(?:ed|ing)|warn(?:ed|ing)|claim(?:ed|ing))\b",
    re.IGNORECASE,
)
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|stated|remarked|noted|added|announced|explained|stressed|wrote)(?:\s+[\w']+){0,3}\s*$"
)
# The tense of a date's clause is read after the last relative pronoun before the date: in "said CPEC
# would not be derailed by the unrest that followed the arrest on Tuesday", Tuesday is past.
# A clause told in the past: a month after the publication month then means last year's.
PAST = re.compile(
    r"\b(?:was|were|had|did|held|met|signed|took|began|fell|rose|grew|made|came|went|left|won|lost|said|told|"
    r"saw|gave|got|sent|spent|built|bought|brought|found|kept|paid|wrote|spoke|broke|chose|flew|knew|became|stood|"
    r"struck|sold|taught|caught|fought|thought|sought|(?<!-)[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# Before a date that is a target or a deadline even in a past-tense clause ("was extended to June 30").
TARGET_BEFORE = re.compile(r"\b(?:to|until|till|through|by|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
# A deadline or the end of a span ("could not clear the arrears by June", "runs until Sunday") looks ahead
# unless its clause is told in the past ("had cleared the arrears by June"); a bare "to" is only a target.
DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# A deadline reached in a past clause ("had cleared the arrears by June", "By June, inflation had fallen") is
# past; "by" or "before" only ("until"/"till" bound a state that may still hold). The verb the deadline hangs
# on is the last before it: an infinitive after the past verb looks ahead from it ("directed the authorities
# to complete the line by June"), and a verb of saying tells nothing of when ("said the plant could be
# finished by June", see `REPORTED`), nor does a verb of promising or bidding, whose object lies ahead of it
# ("promised a one-window desk by mid-March", "ordered the repairs by June").
BY_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
LOOKS_AHEAD_VERB = re.compile(
    r"(?:promis|pledg|vow|assur|commit|target|plann|aim|agre|propos|order|direct|instruct|ask|urg|demand|request"
    r"|requir|sought|undertook)\w*",
    re.IGNORECASE,
)
# A past auxiliary before a participle ("had promised a processing unit by December", "was ordered to finish
# by June", "were cleared by October") is not the verb the deadline hangs on: the participle is, and is read
# in its place (a verb of promising then looks ahead from the promise, as in the simple past).
PAST_AUXILIARY = re.compile(r"had|was|were", re.IGNORECASE)
PARTICIPLE_NEXT = re.compile(
    r"\s+(?:(?:not|never|already|also|just|earlier|previously|repeatedly|long)\s+){0,2}(?=\w)", re.IGNORECASE
)
INFINITIVE_AFTER = re.compile(rf"\bto\s+(?!{_DETERMINER}\b)[a-z]+(?<!s)\b")
# A perfect tells no time of its own: English does not date it ("has met on Monday" is not said), so a date
# in its clause is not when its verb happened ("The ministry has invited both bidders to talks from Dec 15
# to 17", "The deadline has been extended until June"). Read before a past participle (see `dates._past_in`).
# A modal's or an infinitive's perfect looks back ("should have been finished by March", "to have paid").
# A participle after "be" or "being" is no past either ("could be finished by June"), nor one of a present
# passive ("If this is not solved by March"); after "was" the auxiliary is past itself.
PERFECT_BEFORE = re.compile(
    r"(?:\b(?<!should )(?<!would )(?<!could )(?<!must )(?<!might )(?<!may )(?<!to )(?:has|have)"
    r"|\b(?:we|they|you|I)['\u2019]ve|\bbe(?:ing)?|\b(?:is|are|am))"
    r"\s+(?:(?:not|never|already|also|just|now|since|been)\s+){0,2}$",
    re.IGNORECASE,
)
# An "-ed" word after a determiner is an adjective, no past verb: "has promised a dedicated grid station by
# June", "the revised plan".
DETERMINER_BEFORE = re.compile(rf"\b{_DETERMINER}\s+$", re.IGNORECASE)
# A coordinated clause with no verb of its own borrows the tense of the clause before it: an infinitive
# ("agreed to finalise the protocol …, and to hold the next meeting in April") or a participle after its
# noun, its auxiliary left out ("A winner is expected to be named next month, and the concession signed by
# the end of March"). Any auxiliary in the clause makes it a clause of its own ("and the deal was signed").
GAPPED = re.compile(
    r"\s*(?:and|or)\s+(?:to\s+[a-z]+|(?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?[a-z]{3,}ed)\b"
)
AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did|am)\b", re.IGNORECASE)
# Paid up to a date: the period a payment covers is over ("They have been paid till December", "salaries
# were cleared until June"), unlike other targets ("was extended until June", "has been adjourned till
# January 28", "closed until March"), where the date bounds a state that still holds or a plan.
PAID_UNTIL = re.compile(
    r"\b(?:paid|cleared|settled|disbursed|released|deposited)\s+(?:(?:up|in\s+full|fully)\s+)?(?:until|till)\s+$",
    re.IGNORECASE,
)
# A condition ("a cut cannot be ruled out if inflation of 4.1 percent in December proves durable"): the
# main clause's modal does not reach a date in the condition's subject, before its own present-tense verb;
# the condition is then read as a clause with no tense (see `dates._tense`). A date after the condition's
# verb ("if talks go well in March") keeps the main clause's future: a condition looks ahead.
CONDITION = re.compile(r"\b(?:if|unless)\s", re.IGNORECASE)
PRESENT_VERB_AFTER = re.compile(r"\s+(?:is|has|[a-z]{2,}[^\Wsu]s)\b")
CLAUSE_END = re.compile(r"[,;:\u2014(]")
FRONTED_GAP = re.compile(r"\s*[,:]\s*")  # after a date opening its sentence: "On Dec 3, the delegation …"
RELATIVE_CUT = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
# A past participle after a noun right before "in"/"on" and the date is a clause of its own, its relative
# pronoun left out: "is counting on the IMF programme approved in September" (the approval is past whatever
# the main clause's tense); with its subject ("the board approved in September") it is a past verb all the
# same. Not after an auxiliary, a modal, "to", a conjunction or an adverb ("will be approved in September",
# "signed and ratified in March", "formally approved in May"), nor a participle that looks ahead
# ("expected in March", "a visit proposed in March", see `dates._after_participle`); "agreed", "committed"
# look back here ("a framework agreed in November", "funds committed in May").
PARTICIPLE_AHEAD = re.compile(
    r"(?:promis|pledg|vow|target|plann|propos|request|demand|sought|requir|order|direct|instruct|ask|urg|aim)\w*",
    re.IGNORECASE,
)
NOT_A_NOUN_BEFORE = frozenset(
    ["be", "been", "being", "is", "are", "am", "was", "were", "has", "have", "had", "get", "gets", "got", "getting",
     "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "not", "never", "and", "or",
     "but", "nor", "then", "also", "already", "just", "yet", "still", "soon", "now", "newly"]
)  # fmt: skip
NAME_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")

# Joining two dates into one range: what may stand between them, what may stand before the first.
RANGE_LINK = re.compile(r"\s*(?:[-\u2013\u2014]|to|through|till|until|and)\s*", re.IGNORECASE)
RANGE_LEAD = re.compile(r"\b(?P<word>from|between)\s+(?:the\s+)?$", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs of moving a date: "postponed from Sept 20 to Sept 23" names two dates, not a range.
DATE_CHANGE = re.compile(
    r"\b(?:postpon|reschedul|moved|moving|extend|push|delay|brought|bring|shift|chang|advanc|defer|revis|"
    r"put off|put back)\w*",
    re.IGNORECASE,
)
