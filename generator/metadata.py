"""Article metadata (title, publication date, source, author) read from lines of scraped copy.

One small `extract_<field>` per field, each a chain of fallbacks from the most to the least
trusted evidence; front matter always wins. Line parsers (`parse_*`) recognise one kind of
metadata line each and are used by the clean stage to decide which lines leave the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from . import boilerplate as bp
from .extract.names import COUNTRIES, LEGAL_FORMS
from .model import PUBLISHED_FROM_FRONT_MATTER, PUBLISHED_FROM_TEXT, PUBLISHED_INFERRED, FrontMatter

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_ISO = re.compile(r"(\d{4})(?:[-/]|\s*年\s*)(\d{1,2})(?:[-/]|\s*月\s*)(\d{1,2})")
_DOTTED_YMD = re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})")  # 2026.12.31: year first, as RFA writes it
_NUMERIC_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")
# ",?\s+" or ", " with the space left out: "23 July,2024"
_MONTH_DAY_YEAR = re.compile(rf"({bp.MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{{4}})", re.IGNORECASE)
_DAY_MON_YEAR = re.compile(rf"(\d{{1,2}})-({bp.MONTHS})-(\d{{4}})", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({bp.MONTHS})(?:\s*,\s*|\s+)(\d{{4}})", re.IGNORECASE
)
# A week's span of days as a weekly's issue line gives it: "January 05 – January 11, 2026", "5-11 January 2026"
_SPAN_MONTH_FIRST = re.compile(
    rf"({bp.MONTHS})\.?\s+(\d{{1,2}})\s*[-–—]\s*(?:({bp.MONTHS})\.?\s+)?\d{{1,2}},?\s+(\d{{4}})", re.IGNORECASE
)
_SPAN_DAY_FIRST = re.compile(
    rf"(\d{{1,2}})(?:\s+({bp.MONTHS})\.?)?\s*[-–—]\s*\d{{1,2}}\s+({bp.MONTHS})\.?,?\s+(\d{{4}})", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w'’\-.]*")
_AGENCY_WORDS = re.compile(r"^(?:the\s+)?(?:[A-Z]|[^\x00-\x7f])", re.UNICODE)  # or Chinese/Urdu script
_DIGIT = re.compile(r"\d")  # as the date patterns read a digit (any Unicode decimal digit)


# ---- cheap pre-checks --------------------------------------------------------------------------
# Most lines the clean stage asks about are running text, for which every line parser says no. Each
# parser first checks something every line it accepts must hold (a key word, a digit, how the line
# ends), so running text is turned away before the regular expressions run.


def lowered(line: str) -> str | None:
    """`line.lower()`, in which every case-insensitive match of an ASCII word in `line` stands as that word
    in lower case; None when the line holds a trap character, for which that may not hold.

    Each character that IGNORECASE matches to an ASCII letter lowers to that letter, but for the traps
    'İ' and 'ı' (matched to i) and 'ſ' (to s); 'K', the Kelvin sign, lowers to 'k' (see the tests).
    """
    if not line.isascii() and ("\u0130" in line or "\u0131" in line or "\u017f" in line):
        return None
    return line.lower()


def holds_any(lowered_line: str | None, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive match of any of `words` (ASCII, lower case) can be in the line
    that `lowered` lowered to `lowered_line`."""
    return lowered_line is None or any(map(lowered_line.__contains__, words))


def may_contain(line: str, words: tuple[str, ...]) -> bool:
    """False only when no case-insensitive match of any of `words` (ASCII, lower case) is in `line`."""
    return holds_any(lowered(line), words)


# ---- line shapes -------------------------------------------------------------------------------


def word_count(line: str) -> int:
    return len(line.split())


def is_headline(line: str, *, question: bool = False) -> bool:
    """A line shaped like a headline: a few words, starting with a capital, not ending like a sentence.

    With `question`, a short line ending in '?' or '!' counts too ('Is CPEC losing steam?'): above the
    body that is a headline, inside it usually a rhetorical question.
    """
    ends = line.endswith(bp.SENTENCE_ENDS)
    if ends and line[-1] in _CLOSING_QUOTES and _wholly_quoted(line):
        line = line[1:-1]  # '‘The yuan is no longer an experiment’': a headline quoting someone, read inside
        ends = line.endswith(bp.SENTENCE_ENDS)
    if (ends and not question) or len(line) > 220:
        return False  # cheap tests first: without `question` nothing asks, and a sentence's ending says no
    words = word_count(line)
    asks = question and words <= 15 and line.endswith(("?", "!")) and not line.endswith(("'?", '"?'))
    if not 3 <= words <= 30 or (ends and not asks):
        return False
    first = line.lstrip("\"“‘'([")[:2]
    # '$38 million facility to supply …': a sum opens a headline as a digit does
    return first[:1].isupper() or first[:1].isdigit() or (first[:1] in _CURRENCY_SIGNS and first[1:].isdigit())


_CURRENCY_SIGNS = "$£€¥₹₨"
_CLOSING_QUOTES = '’”"'
_QUOTE_PAIRS = {"’": "‘", "”": "“", '"': '"'}


def _wholly_quoted(line: str) -> bool:
    """'‘The yuan is no longer an experiment in Pakistan’': the whole line in one pair of quote marks (the
    opening mark not again inside it), as a headline quoting its subject is set."""
    opening = _QUOTE_PAIRS[line[-1]]
    return len(line) > 2 and line[0] == opening and opening not in line[1:-1]


def is_title_case_headline(line: str) -> bool:
    """'I Spent a Weekend in Karachi. Here's What the Hype Gets Wrong.': a headline that ends like a sentence,
    told from running text by its capitals: every word but the small ones opens with a capital."""
    if not line[:1].isupper() or len(line) > 160:
        return False
    words = [word for word in line.split() if word.casefold() not in bp.SMALL_WORDS]
    if not _TITLE_CASE_MIN_WORDS <= len(words) <= _TITLE_CASE_MAX_WORDS:
        return False
    return all(word.lstrip("\"“‘'(")[:1].isupper() or word[:1].isdigit() for word in words)


_TITLE_CASE_MIN_WORDS, _TITLE_CASE_MAX_WORDS = 5, 20


def is_body_line(line: str) -> bool:
    """A line that reads as running text: a sentence of some length."""
    words = word_count(line)
    return words >= 20 or (words >= 6 and line.rstrip().endswith(bp.SENTENCE_ENDS))


# ---- dates -------------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    """The first full calendar date written in `text` (ISO, '16 Sept 2024', 'Sept. 16, 2024', '16/09/2024',
    '2024.09.16')."""
    candidates: list[tuple[int, date | None]] = []
    for pattern in (_ISO, _DOTTED_YMD) if "." in text else (_ISO,):
        for match in pattern.finditer(text):
            candidates.append((match.start(), _safe_date(match.group(1), match.group(2), match.group(3))))
    for match in _MONTH_DAY_YEAR.finditer(text):
        candidates.append((match.start(), _safe_date(match.group(3), _month(match.group(1)), match.group(2))))
    for match in _DAY_MONTH_YEAR.finditer(text):
        candidates.append((match.start(), _safe_date(match.group(3), _month(match.group(2)), match.group(1))))
    for match in _DAY_MON_YEAR.finditer(text):
        candidates.append((match.start(), _safe_date(match.group(3), _month(match.group(2)), match.group(1))))
    for match in _NUMERIC_DMY.finditer(text):
        candidates.append((match.start(), _numeric_date(match.group(1), match.group(3), match.group(4))))
    found = [value for _, value in sorted(candidates, key=lambda item: item[0]) if value is not None]
    return found[0] if found else None


def parse_span_start(text: str) -> date | None:
    """The first day of a span of days written alone ('January 05 – January 11, 2026' → 2026-01-05): the year
    written once at its end is the last day's, so a span over New Year starts in the year before."""
    text = " ".join(text.split())
    match = _SPAN_MONTH_FIRST.fullmatch(text)
    if match:
        first, day = _month(match.group(1)), match.group(2)
        end = _month(match.group(3)) if match.group(3) else first
    else:
        match = _SPAN_DAY_FIRST.fullmatch(text)
        if match is None:
            return None
        day, end = match.group(1), _month(match.group(3))
        first = _month(match.group(2)) if match.group(2) else end
    return _safe_date(int(match.group(4)) - (first > end), first, day)


def _month(name: str) -> int:
    return _MONTH_NUMBERS.get(name.lower().rstrip(".")[:3], 0)


def _safe_date(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _numeric_date(first: str, second: str, year: str) -> date | None:
    """dd/mm/yyyy or mm/dd/yyyy: only when the numbers decide which (never guess an ambiguous date)."""
    a, b = int(first), int(second)
    if a > 12 >= b or a == b:
        return _safe_date(year, b, a)
    if b > 12 >= a:
        return _safe_date(year, a, b)
    return None


def ambiguous_readings(line: str) -> tuple[date, date] | None:
    """'11/12/2024': the day-first and the month-first reading of a numeric date the numbers leave open."""
    match = _NUMERIC_DMY.search(line) if "/" in line or "." in line or "-" in line else None
    if not match:
        return None
    day_first = _safe_date(match.group(4), match.group(3), match.group(1))
    month_first = _safe_date(match.group(4), match.group(1), match.group(3))
    return (day_first, month_first) if day_first and month_first and day_first != month_first else None


def read_by_weekday(readings: tuple[date, date] | None, paragraphs: tuple[str, ...] | list[str]) -> date | None:
    """Of the two readings of an ambiguous stamp, the one the story's lead agrees with: a news lead names
    the day of publication or the day before ('agreed on Wednesday'); None unless exactly one fits."""
    if not readings:
        return None
    named = _WEEKDAY.search(" ".join(paragraphs[:_LEAD_PARAGRAPHS]))
    if not named:
        return None
    day = _WEEKDAYS.index(named.group(1))
    fits = {reading for reading in readings if day in (reading.weekday(), (reading.weekday() - 1) % 7)}
    return fits.pop() if len(fits) == 1 else None


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_LEAD_PARAGRAPHS = 2


def parse_timestamp_line(line: str) -> tuple[date | None, bool] | None:
    """A line that is only a date/time stamp → (date, is_update_only); None when the line is something else.

    'Updated: …' alone is still a timestamp, but a date that is only an update time is used last.
    """
    # a time and a date hold a digit; an age without one reads 'an hour ago' or 'just now'
    if not _DIGIT.search(line) and not may_contain(line, ("ago", "now")):
        return None
    line = " ".join(line.split())  # single spaces keep the regular expressions linear
    if len(line) > bp.TIMESTAMP_MAX_LENGTH:
        return None
    if bp.BARE_TIME_LINE.fullmatch(line):
        return None, False
    if not bp.TIMESTAMP_LINE.fullmatch(line) or not bp.ANY_DATE.search(line):
        return None
    update_only = bool(bp.UPDATED_LABEL.match(line)) and not bp.PUBLISHED_LABEL.match(line)
    return parse_date(line), update_only


def parse_labelled_stamp(line: str) -> tuple[date, bool, str] | None:
    """'Recorder Report Published 16 Sep, 2024 05:34am' → (date, is_update_only, 'Recorder Report')."""
    if not may_contain(line, _STAMP_LABELS):  # the label is one of these words, without spaces
        return None
    line = " ".join(line.split())
    match = bp.LABELLED_STAMP.fullmatch(line) if len(line) <= bp.LABELLED_STAMP_MAX_LENGTH else None
    before = match.group("before") if match else ""
    if not match or word_count(before) > 6 or any(word[:1].islower() for word in before.split()):
        return None
    stamp = parse_timestamp_line(match.group("stamp").strip(" :"))
    if stamp is None or stamp[0] is None:
        return None
    return stamp[0], bool(bp.UPDATED_LABEL.match(match.group("label"))), before.strip(" |·•,-–—")


_STAMP_LABELS = ("published", "posted", "updated", "modified")


def parse_outlet_stamp(line: str) -> tuple[date, str] | None:
    """'KYODO NEWS - Oct 31, 2025 - 18:42' → (2025-10-31, 'KYODO NEWS'): a wire's stamp, its name, a dash
    and the date (and time); cheap first: a spaced dash in a short line opening with a capital."""
    if len(line) > _OUTLET_STAMP_MAX_LENGTH or not "A" <= line[:1] <= "Z" or not _DIGIT.search(line):
        return None
    match = _OUTLET_DASH.search(line)
    if match is None:
        return None
    outlet = line[: match.start()].strip()
    if word_count(outlet) > 4 or not is_outlet_name(outlet) or not all(word[:1].isupper() for word in outlet.split()):
        return None
    stamp = parse_timestamp_line(line[match.end() :].strip())
    return (stamp[0], outlet) if stamp and stamp[0] else None


_OUTLET_DASH = re.compile(r"\s+[-–—]\s+")
_OUTLET_STAMP_MAX_LENGTH = 100


def parse_stamp_byline(line: str) -> tuple[date, str] | None:
    """'March 17, 2026 by Noor Muhammad Hunzai' → (date, 'Noor Muhammad Hunzai'): a blog's date-and-author
    line (cheap first: ' by ' in a short line opening with a digit or a capital)."""
    if " by " not in line or len(line) > bp.STAMP_BYLINE_MAX_LENGTH or not line[:1].isalnum():
        return None
    match = bp.STAMP_BYLINE.fullmatch(" ".join(line.split()))
    written = parse_date(match.group("date")) if match else None
    name = match.group("name").strip() if match else ""
    if written is None or name.casefold() in bp.GENERIC_BYLINES or is_outlet_name(name):
        return None
    return written, name


def parse_dateline(paragraph: str) -> tuple[date | None, str | None] | None:
    """The dateline opening a paragraph ('BEIJING, Nov. 3, 2022 /PRNewswire/ --') → (date, agency)."""
    match = dateline_match(paragraph)
    if match is None:
        return None
    written = match.group("date")
    published = parse_date(written) if written else None
    agency = (match.group("wire") or match.group("agency") or "").strip() or None
    return published, agency


def dateline_match(paragraph: str) -> re.Match[str] | None:
    """The dateline opening a paragraph, as `parse_dateline` reads it (its end is where the story starts)."""
    if not "A" <= paragraph[:1] <= "Z":
        return None  # both DATELINE and DATELINE_TITLE_CASE open with a capital (case-sensitive [A-Z])
    if paragraph[1:2] not in _PLACE_SECOND and "/" not in paragraph and "(" not in paragraph:
        # DATELINE's place opens with two characters of [A-Z.'’\-]; DATELINE_TITLE_CASE needs a /wire/
        # or an (agency): neither can match
        return None
    match = bp.DATELINE.match(paragraph)
    if not match or not _looks_like_place(match.group("place")):
        match = bp.DATELINE_TITLE_CASE.match(paragraph)
        # a name with a party in brackets ('Imran Khan (PTI) -') is no dateline: a date or a /wire/ is needed
        if not match or not (match.group("date") or match.group("wire")):
            return None
        if not _is_agency((match.group("wire") or match.group("agency")).strip()):
            return None
    return match


def parse_agency_dateline(paragraph: str) -> str | None:
    """'Kathmandu (AFP) – …': a place in title case and a news agency's name in brackets → the agency.

    Not a dateline `parse_dateline` takes on its own ('Imran Khan (PTI) -' names a party): only read
    under a headline inside the body, where it opens another story."""
    if not "A" <= paragraph[:1] <= "Z" or "(" not in paragraph[:40]:
        return None
    match = bp.DATELINE_TITLE_CASE.match(paragraph)
    if not match or match.group("date") or not match.group("agency"):
        return None
    agency = match.group("agency").strip()
    return agency if agency.casefold() in bp.AGENCIES else None


_PLACE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’-")  # what PLACE's `[A-Z.'’\-]+` may start with


def _looks_like_place(place: str) -> bool:
    letters = [ch for ch in place.split(",")[0] if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def implied_year(paragraphs: tuple[str, ...] | list[str]) -> int | None:
    """The year of publication when the text says 'this year' of an event it names with its year.

    Only when every such sentence names one and the same year (never a guess between two).
    """
    years: set[int] = set()
    for paragraph in paragraphs:
        if not bp.THIS_YEAR.search(paragraph):
            continue  # each sentence is a part of the paragraph bordered by white space (or its ends)
        for sentence in _SENTENCE_BREAK.split(paragraph):
            if not bp.THIS_YEAR.search(sentence):
                continue
            found = {int(match.group()) for match in bp.YEAR.finditer(sentence)}
            if any(_is_reference_year(sentence, match.start()) for match in bp.YEAR.finditer(sentence)):
                return None
            if len(found) == 1:
                years |= found
            elif len(found) > 1:
                return None
    return years.pop() if len(years) == 1 else None


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _is_reference_year(sentence: str, start: int) -> bool:
    words = sentence[:start].split()
    return bool(words) and words[-1].lower().strip("(,") in bp.YEAR_REFERENCE_WORDS


# ---- people and sources ------------------------------------------------------------------------


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """'By Jane Doe | Reuters' → ('Jane Doe', 'Reuters'); a bare name line → (name, None).

    A desk byline ('By Our Correspondent', 'Web Desk') is a byline without an author.
    """
    if line[:3] in ("By ", "BY ", "by ") and " in " in line and " and " in line:
        head, _, rest = line[3:].partition(" | ")  # 'By Hu Xiaomeng in Beijing and Nadia Gul in Islamabad'
        located = _byline_pair_in_place(head)
        if located:
            return located, _agency_in(rest.strip(" .") or None)
    match = _byline_match(line)
    if match:
        rest = (match.group("rest") or "").strip(" .") or None
        name = without_follow_buttons(match.group("name").strip())
        if "," in name:
            name, outlet = _outlet_after_comma(name)
            rest = outlet or rest
        if name.casefold() in bp.GENERIC_BYLINES:  # "By Web Desk": a desk, neither author nor source
            return None, _agency_in(rest)
        if is_outlet_name(name):  # "By Global Times": the outlet wrote it, no person is named
            return None, name
        return (None if name.casefold() in bp.GENERIC_BYLINES else _without_role(name)), _agency_in(rest)
    if line.casefold().strip(" .") in bp.GENERIC_BYLINES:
        return None, None
    if word_count(line) > _BYLINE_MAX_WORDS:
        located = _byline_pair_in_place(line)
        # too long for a desk of an outlet, a bare name or a name with its place; maybe two of the last
        return (located, None) if located else None
    if _is_desk_of_outlet(line):
        return None, None
    if "  " in line.strip() and (located := _byline_in_place(line)):
        return located, None  # 'Shreya Nandan  New Delhi': the name, then where the reporter is
    if is_bare_name(line):
        return (None, line.strip()) if is_outlet_name(line) else (line.strip(), None)
    located = _byline_in_place(line) or _byline_pair_in_place(line) or _byline_with_place_or_outlet(line)
    return (located, None) if located else None


# The most words of a line that `_is_desk_of_outlet` (5), `is_bare_name` (4) or `_byline_in_place`
# (a name of up to 4 words, 'in', a place of up to 3) accepts.
_BYLINE_MAX_WORDS = 8
_BYLINE_ROLES = ("reporter", "correspondent", "writer", "chief", "editor", "contributor", "staff")


def _outlet_after_comma(name: str) -> tuple[str, str | None]:
    """'Hamid Durrani, CNN' → ('Hamid Durrani', 'CNN'): the outlet the byline names after the writers, an
    outlet's or agency's name ('Reuters', 'The Express Tribune') or, after names in mixed case, an acronym
    in capitals ('CNN', 'BBC'; 'JANE DOE, JOHN ROE' are two writers)."""
    head, _, last = name.rpartition(",")
    head, last = head.strip(), last.strip()
    if not head or not last:
        return name, None
    acronym = _ACRONYM.fullmatch(last) is not None and not head.isupper()
    return (head, last) if acronym or is_outlet_name(last) else (name, None)


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def without_follow_buttons(name: str) -> str:
    """'Fatima Zaidi Follow and Chen Yuwen Follow' → 'Fatima Zaidi and Chen Yuwen': the page's 'Follow'
    button after each writer's name is no part of it (cheap first: the word is there)."""
    return _FOLLOW_BUTTON.sub("", name) if "Follow" in name else name


_FOLLOW_BUTTON = re.compile(r"\s+Follow(?=\s*(?:,|and\b|&|$))")


def _without_role(name: str) -> str:
    """'Rabia Anwar, Editor' → 'Rabia Anwar': the writer's job title after the name is not part of it."""
    comma = name.rfind(",")
    if comma <= 0:
        return name
    role = name[comma + 1 :].casefold().split()
    # 'Editor', or a title of up to three words ending like one: 'Legal Correspondent', 'Senior Business Reporter'
    if " ".join(role) in bp.BYLINE_ROLE_TITLES or (0 < len(role) <= 3 and role[-1] in bp.BYLINE_ROLE_ENDINGS):
        return name[:comma].strip()
    return name


def _byline_match(line: str) -> re.Match[str] | None:
    """BYLINE, BYLINE_ROLE or BYLINE_LABELLED, each tried only when the line can match it."""
    # BYLINE opens with 'Written', 'written', 'By', 'BY' or 'by' (case-sensitive)
    match = bp.BYLINE.fullmatch(line) if line[:1] in ("B", "b", "W", "w") else None
    # BYLINE_ROLE opens with a name in capitals and names a role
    if not match and "A" <= line[:1] <= "Z" and may_contain(line, _BYLINE_ROLES):
        match = bp.BYLINE_ROLE.fullmatch(line)
    # BYLINE_LABELLED has a colon after its label
    if not match and (":" in line or "：" in line):
        match = bp.BYLINE_LABELLED.fullmatch(line)
    return match


def _is_desk_of_outlet(line: str) -> bool:
    """'WION Web Team', 'Dawn News Desk': an outlet's desk signs the story, no person is named."""
    words = line.casefold().split()
    return (
        2 <= len(words) <= 5
        and any(" ".join(words[i:]) in bp.GENERIC_BYLINES for i in range(1, len(words) - 1))
        and bool(bp.BYLINE_STRICT_NAME.fullmatch(line.strip()))
    )


def is_outlet_name(name: str) -> bool:
    """'Global Times', 'China Daily', 'Xinhua': a byline naming a publication or agency, not a person."""
    words = name.split()
    if not words:
        return False
    # 'Daily Jang', 'Roznama Express': a paper named after its kind first
    return (
        name.casefold() in bp.AGENCIES
        or words[-1].casefold().strip(".") in bp.OUTLET_WORDS
        or (len(words) > 1 and words[0].casefold() in _OUTLET_FIRST_WORDS)
    )


_OUTLET_FIRST_WORDS = frozenset(["daily", "weekly", "roznama", "monthly"])


def _byline_in_place(line: str) -> str | None:
    """'Hannah Whitfield in Islamabad' → 'Hannah Whitfield'."""
    match = bp.BYLINE_IN_PLACE.fullmatch(line.strip())
    if not match or not is_bare_name(match.group("name")) or is_outlet_name(match.group("name")):
        return None
    return match.group("name")


def _byline_pair_in_place(line: str) -> str | None:
    """'Liang Xiaoyu in Beijing and Saira Khalid in Karachi' → 'Liang Xiaoyu and Saira Khalid': two
    reporters, each with where they are, joined with 'and' (a cheap 'and' check before the expressions)."""
    if " and " not in line or word_count(line) > 2 * _BYLINE_MAX_WORDS + 1:
        return None
    first, _, second = line.strip().partition(" and ")
    names = (_byline_in_place(first), _byline_in_place(second))
    return f"{names[0]} and {names[1]}" if all(names) and " in " in first and " in " in second else None


def _byline_with_place_or_outlet(line: str) -> str | None:
    """'Izhar Ullah Yousafzai | Peshawar', 'Nadia Al-Faour, Al Arabiya English' → the name: a bare name,
    then after a bar or a comma a few capitalised words, where the reporter is or the outlet."""
    for separator in (" | ", ", "):
        head, found, tail = line.strip().partition(separator)
        if not found:
            continue
        if (
            is_bare_name(head)
            and not is_outlet_name(head)
            and 1 <= word_count(tail) <= _PLACE_OR_OUTLET_WORDS
            and bp.BYLINE_STRICT_NAME.fullmatch(tail)
            and tail.casefold() not in COUNTRIES  # 'New Delhi, India': a place and its country
            and tail.split()[0].rstrip(".").casefold() not in LEGAL_FORMS  # 'SunBridge Energy Co., Ltd.'
        ):
            return head
    return None


_PLACE_OR_OUTLET_WORDS = 3


def is_bare_byline(line: str) -> bool:
    """A byline without 'By': a bare name, or a name with where the reporter is or the outlet (only
    trusted over a timestamp: see clean._metadata)."""
    return is_bare_name(line) or _byline_in_place(line) is not None or _byline_with_place_or_outlet(line) is not None


def _agency_in(rest: str | None) -> str | None:
    if not rest:
        return None
    first = bp.AGENCY_LINE_SEPARATOR.split(rest)[0].strip(" .")
    if first.casefold() in bp.GENERIC_BYLINES or _is_job_title(first):
        return None  # 'NAME, Correspondent | Web Desk', 'NAME – Islamabad Bureau Chief': no source
    return first if _is_agency(first) and not bp.ANY_DATE.search(first) and not first[:1].isdigit() else None


def _is_job_title(text: str) -> bool:
    """'Islamabad Bureau Chief', 'Senior Business Reporter': the writer's job after the byline, no outlet."""
    words = text.casefold().split()
    return 0 < len(words) <= _JOB_TITLE_MAX_WORDS and (words[-1] in bp.BYLINE_ROLE_ENDINGS or words[-1] == "chief")


_JOB_TITLE_MAX_WORDS = 4


def parse_agency_line(line: str) -> str | None:
    """A line naming only news agencies ('Reuters | AFP', 'APP') → the first one."""
    if not _may_end_with_agency(line):
        return None
    parts = [part.strip(" .") for part in bp.AGENCY_LINE_SEPARATOR.split(line) if part.strip(" .")]
    if parts and len(parts) <= 4 and all(part.casefold() in bp.AGENCIES for part in parts):
        return parts[0]
    return None


_AGENCY_ENDINGS = tuple(sorted(bp.AGENCIES))
_AGENCY_MAX_LENGTH = max(len(name) for name in bp.AGENCIES)
_AGENCY_SEPARATOR_ENDS = tuple("|,/&+")


def _may_end_with_agency(line: str) -> bool:
    """False only when `parse_agency_line` surely says no: its last part is no agency.

    The last part of the line that is not only spaces and dots must be an agency, and it ends where
    `line.rstrip(" .")` ends; when every part after the last separator is empty, that separator ends it
    (a separator character, 'and' in any case, or white space other than a space).
    """
    rest = line.rstrip(" .")
    if not rest:
        return False  # no part at all
    # casefold never shortens a character, so the last characters casefold to hold the agency's name
    tail = rest[-_AGENCY_MAX_LENGTH:].casefold()
    return (
        tail.endswith(_AGENCY_ENDINGS)
        or rest.endswith(_AGENCY_SEPARATOR_ENDS)
        or rest[-1].isspace()
        or rest[-3:].lower() == "and"
    )


def is_bare_name(line: str) -> bool:
    """Two to four capitalised words that are not a section label: a byline without 'By'."""
    words = line.split()
    if not 2 <= len(words) <= 4 or not bp.BYLINE_STRICT_NAME.fullmatch(line):
        return False
    return not any(word.lower().strip(".") in bp.NOT_NAME_WORDS for word in words)


def _is_agency(text: str) -> bool:
    return (
        1 <= word_count(text) <= 5
        and bool(_AGENCY_WORDS.match(text))
        and not text.endswith(".")
        and not any(mark in text for mark in "|>»")  # a credit glued to a tag list or breadcrumb
    )


def parse_credit(line: str) -> str | None:
    """'Credit: INP-WealthPk' → 'INP-WealthPk' (photo credits name a picture's source, not the article's)."""
    match = bp.CREDIT_LINE.fullmatch(line)
    if not match or bp.PHOTO_CREDIT.match(line):
        return None
    source = match.group("source").strip()
    if " agenc" in source or " wire" in source:
        source = _WITH_AGENCIES.sub("", source)  # 'Al Jazeera and news agencies': the outlet
    return source if _is_agency(source) and not bp.ANY_DATE.search(source) else None


def is_picture_credit(source: str) -> bool:
    """'Rizwan Tabassum/AFP via Getty Images': a credit line naming a photographer or a picture library credits
    the picture above it, not the article (a bare 'Credit: Reuters' may credit either)."""
    return _PICTURE_CREDIT.search(source) is not None


_PICTURE_CREDIT = re.compile(
    r"(?-i:[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+)\s*/\s*\S|\bvia\s+getty\b|\bgetty\s+images\b|\bshutterstock\b|\balamy\b",
    re.IGNORECASE,
)

_WITH_AGENCIES = re.compile(
    r"\s+(?:and|with|&|\+)\s+(?:other\s+)?(?:news\s+)?(?:agencies|wires|wire\s+services|agency\s+inputs?)$", re.I
)


def parse_agencies_credit(line: str) -> str | None:
    """'(FRANCE 24 with AFP and Reuters)': the outlet's credit naming the agencies it drew on → the outlet."""
    if not (line.startswith("(") and line.endswith(")")) or " with " not in line:
        return None
    outlet, _, agencies = line[1:-1].partition(" with ")
    outlet = outlet.strip()
    parts = [part.strip(" .") for part in bp.AGENCY_LINE_SEPARATOR.split(agencies) if part.strip(" .")]
    if not parts or not _is_agency(outlet) or not all(part.casefold() in bp.AGENCIES for part in parts):
        return None
    return outlet


def parse_print_edition(line: str) -> tuple[str, date] | None:
    """'Published in Dawn, October 3rd, 2023' → ('Dawn', 2023-10-03): the print edition's footer."""
    match = bp.PRINT_EDITION.fullmatch(line.strip())
    if not match or not _is_agency(match.group("outlet")):
        return None
    stamp = parse_timestamp_line(match.group("date"))
    return (match.group("outlet"), stamp[0]) if stamp and stamp[0] else None


def parse_print_edition_as(line: str) -> str | None:
    """'This article appeared in the South China Morning Post print edition as: …' → the outlet."""
    match = bp.PRINT_EDITION_AS.fullmatch(line.strip())
    return match.group("outlet") if match and _is_agency(match.group("outlet")) else None


def parse_place_date(line: str) -> date | None:
    """'Islamabad, 20th May, 2025' → 2025-05-20: a line of only a place and a full date."""
    if not "A" <= line.lstrip()[:1] <= "Z" or not _DIGIT.search(line):
        return None  # the place opens with a capital and the date holds a digit
    match = bp.PLACE_DATE_LINE.fullmatch(" ".join(line.split()))
    if not match or word_count(match.group("place")) > 3:
        return None
    stamp = parse_timestamp_line(match.group("date"))
    return stamp[0] if stamp else None


def parse_file_number(line: str) -> tuple[str, date | None] | None:
    """'No. 2(14)/CPEC-II/2026-SEZ   Islamabad, the 12th March, 2026' → (the number, 2026-03-12): a file
    number alone (a running header over a letter's next page: no date) or with its place and date."""
    if line[:1] not in "NF" or "No." not in line[:6]:
        return None  # cheap first: FILE_NUMBER_LINE opens with 'No.' or 'F. No.'
    match = bp.FILE_NUMBER_LINE.fullmatch(line.strip())
    if not match or not _DIGIT.search(match.group("number")):
        return None
    rest = match.group("rest")
    if rest is None:
        return match.group("number"), None
    stamp = parse_timestamp_line(rest)
    written = parse_place_date(rest) or (stamp[0] if stamp else None)
    return (match.group("number"), written) if written else None


def parse_outlet_place(line: str) -> str | None:
    """'BBC News, Tharparkar' → 'BBC News': an outlet and the reporter's place, under a byline."""
    match = bp.OUTLET_PLACE.fullmatch(line.strip())
    return match.group("outlet") if match and is_outlet_name(match.group("outlet")) else None


def parse_organisation(line: str) -> str | None:
    """A letterhead in capitals ('MINISTRY OF FOREIGN AFFAIRS') → the issuing body as written."""
    if not line.isupper():  # cheap first: holds whenever every letter is a capital (and there is one)
        return None
    letters = [ch for ch in line if ch.isalpha()]
    if not all(ch.isupper() for ch in letters) or word_count(line) > 12:
        return None
    return line.strip() if bp.ORGANISATION_LINE.fullmatch(line.strip()) else None


def masthead_name(line: str, lines: Iterable[str], *, menu_follows: bool = False) -> str | None:
    """The outlet's name when the page opens with it ('Dawn', 'روزنامہ پاک چین | Daily Pak-Cheen').

    Only a short line that names an outlet, or whose first word the page's copyright line repeats, or
    (`menu_follows`) over the page's navigation bar and not itself a section label such as 'LIVE' or
    'OPINION'.
    """
    parts = [part for part in bp.SEGMENT_SEPARATOR.split(line.strip()) if part]
    if len(parts) == 1 and parts[0][-1:] in (")", "n", "N", "e", "E"):  # cheap first: how a note can end
        parts = [_MASTHEAD_NOTE.sub("", parts[0]) or parts[0]]
    latin = [part for part in parts if part.isascii()] or parts
    name = latin[-1] if latin else ""
    if name[-1:] == "." and _is_capitals_logo(name[:-1]):
        # 'THE WALL STREET JOURNAL.': a logo's full stop and capitals, both its typography
        return display_name(name[:-1], lines)
    if not name or not 1 <= word_count(name) <= bp.MASTHEAD_MAX_WORDS or any(ch.isdigit() for ch in name):
        return None
    if name.endswith(bp.SENTENCE_ENDS) or len(parts) > 2:
        return None
    firsts = {_possessive(part.split()[0].casefold()) for part in parts}
    repeated = any(
        bp.COPYRIGHT.search(other) and firsts & {word.casefold().strip(".,") for word in other.split()}
        for other in lines
    )
    if is_outlet_name(name) or repeated:
        return name
    if menu_follows and "." in name and _DOMAIN.fullmatch(name):
        return _name_of_domain(name, lines)
    labels = all(word.casefold().strip(".") in bp.NOT_NAME_WORDS for word in name.split())
    return name if menu_follows and not labels and name[:1].isupper() else None


def _is_capitals_logo(name: str) -> bool:
    """'THE WALL STREET JOURNAL': two words or more in capitals, no other stop (not 'U.S.')."""
    return name.isupper() and " " in name and not name.endswith(bp.SENTENCE_ENDS) and "." not in name


# What a masthead may carry after the outlet's name: 'DAILY JANG (Lahore) — English translation', 'Dawn (Karachi)'.
_MASTHEAD_NOTE = re.compile(
    r"(?:\s*\((?-i:[A-Z])[\w .'’\-]{1,30}\)(?:\s*[—–\-:]\s*[\w ]{2,40}?(?:translation|edition|version))?"
    r"|\s*[—–\-:]\s*(?:english|urdu|chinese|international|online|digital)\s+(?:translation|edition|version))$",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"(?:www\.)?(?P<name>[A-Za-z][A-Za-z0-9]{2,40})(?:\.[A-Za-z]{2,6}){1,2}")


def _name_of_domain(domain: str, lines: Iterable[str]) -> str:
    """'chinadaily.com.cn' → 'China Daily' when the page writes the name with its spaces ('China Daily
    Information Co'), else the domain as written ('China.org.cn')."""
    match = _DOMAIN.fullmatch(domain)
    letters = match.group("name") if match else ""
    spaced = re.compile(r"\b" + r" ?".join(map(re.escape, letters)) + r"\b", re.IGNORECASE)
    for line in lines:
        found = spaced.search(line) if " " in line else None
        if found and " " in found.group() and found.group()[:1].isupper():
            return found.group()
    return domain


def copyright_holder(line: str) -> str | None:
    """'© 2026 Paradigm Shift. All Rights Reserved.' → 'Paradigm Shift': whom the copyright line names."""
    match = _COPYRIGHT_HOLDER.search(line)
    if not match or match.start() > _COPYRIGHT_HOLDER_MAX_START:
        return None
    name = match.group("name")
    return name if 1 <= word_count(name) <= _COPYRIGHT_HOLDER_MAX_WORDS else None


_COPYRIGHT_MARK = r"(?i:copyright|©|\(c\))"
_COPYRIGHT_HOLDER = re.compile(
    rf"{_COPYRIGHT_MARK}(?:\s*{_COPYRIGHT_MARK})*\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*,?\s*)?(?:{_COPYRIGHT_MARK}\s*)?"
    # a name may open with a channel's number: '© 2026 24 News HD.'
    r"(?P<name>(?:[A-Z]|\d{1,3}(?=\s[A-Z]|[A-Z]))[\w&'’\-]*(?:\.[a-z]{2,})*(?:\s+(?:[A-Z0-9][\w&'’\-]*|of|and|the|&)){0,5}?)"
    # the year may come after the name: '© Les Echos 2024'
    r"(?:\s+(?:19|20)\d{2})?\.?\s*(?:$|[|,–—.]|-\s|(?i:all\s+rights))"
)
_COPYRIGHT_HOLDER_MAX_START = 12  # the mark opens the line ('Copyright ©', 'Â©' of a mojibake page)
_COPYRIGHT_HOLDER_MAX_WORDS = 5


def english_outlet_name(name: str, lines: Iterable[str]) -> str:
    """'Anadolu Ajansı' → 'Anadolu Agency': a masthead in another language named in English on the page
    (its first word, then capitalised words ending in an outlet's word), else the masthead as it is."""
    words = name.split()
    if name.isascii() or not words:
        return name
    if not _ASCII_LETTER.search(words[0]):  # '人民网 People's Daily Online', not 'RFE/RL’s Gandhara'
        return _latin_half(words) or name
    if not words[0].isascii():
        return name
    pattern = re.compile(rf"\b{re.escape(words[0])}(?:\s+[A-Z][a-z]+){{1,2}}\b")
    for line in lines:
        for found in pattern.finditer(line) if words[0] in line else ():
            if found.group().split()[-1].casefold() in bp.OUTLET_WORDS:
                return found.group()
    return name


def _latin_half(words: list[str]) -> str | None:
    """'人民网 People's Daily Online' → "People's Daily Online": a bilingual masthead, its own-script name first
    and its name in Latin script after it (None unless every word after the first Latin one is ASCII)."""
    first = next((i for i, word in enumerate(words) if word.isascii() and _ASCII_LETTER.search(word)), None)
    if first is None or not all(word.isascii() for word in words[first:]):
        return None
    return " ".join(words[first:])


_ASCII_LETTER = re.compile("[A-Za-z]")


def outlet_as_written(name: str, lines: Iterable[str]) -> str:
    """'HUM NEWS' → 'Hum News': an outlet's name in capitals as the page writes it elsewhere in mixed case
    ('Follow Hum News on WhatsApp', '© 2024 France 24', '© 2026 92 News HD'), a whole word, its first letter a
    capital; an agency's acronym ('APP', 'AFP') stays as it is."""
    if not name.isupper() or name.casefold() in bp.AGENCIES:
        return name
    folded = name.casefold()
    for other in lines:
        found = other.casefold().find(folded) if not other.isupper() else -1
        if found < 0:
            continue
        written = other[found : found + len(name)]
        before, after = other[found - 1 : found] if found else "", other[found + len(name) : found + len(name) + 1]
        first_letter = written.lstrip("0123456789 ")[:1]  # '92 News HD': the name's first letter
        if first_letter.isupper() and not written.isupper() and not before.isalnum() and not after.isalnum():
            return written
    return name


def outlet_from_link(lines: Iterable[str]) -> str | None:
    """'Link: https://www.brecorder.com/news/…' over a pasted story → 'Business Recorder': the name the page
    writes that the link's site spells ('brecorder' = 'B' + 'Recorder'; 'thenews' = 'The News'), or None."""
    lines = list(lines)
    site = next(filter(None, (_linked_site(line) for line in lines if "://" in line)), None)
    if not site:
        return None
    squashed = None  # 'Chinadaily' of 'Chinadaily.com.cn': the name as its address writes it, not the page
    for line in lines:
        for run in bp.CAPITALISED_RUN.finditer(line):
            words = run.group().split()
            for start in range(len(words)):
                for end in range(start + 1, len(words) + 1):
                    if site in _spellings(words[start:end]):
                        if end - start > 1 or line[run.end() : run.end() + 1] != ".":
                            return " ".join(words[start:end])
                        squashed = squashed or " ".join(words[start:end])
    return squashed


def _linked_site(line: str) -> str | None:
    """'Link: https://www.brecorder.com/news/1' → 'brecorder': the site's name in a labelled link line, or in
    a line holding only the address."""
    line = line.strip()
    found = bp.LINK_LINE.fullmatch(line) or (line[:4] == "http" and bp.BARE_LINK_LINE.fullmatch(line))
    return found.group("site").casefold() if found else None


def _spellings(words: list[str]) -> set[str]:
    """How a site's address may spell a name: 'Business Recorder' → businessrecorder, brecorder, br."""
    folded = [_possessive(word).casefold().replace("-", "") for word in words]
    spellings = {"".join(word[:1] for word in folded)} if len(folded) > 1 else set()
    for count in range(len(folded)):
        spellings.add("".join(word[:1] for word in folded[:count]) + "".join(folded[count:]))
    return spellings


def _possessive(word: str) -> str:
    """'rfe/rl’s' → 'rfe/rl': an outlet's name before the name of one of its services."""
    return re.sub(r"['’]s$", "", word)


def parse_letterhead(line: str) -> str | None:
    """A body's name in title case ('Karachi Chamber of Commerce & Industry (KCCI)') → the name without
    its acronym. Only for the top lines of a page, where a headline in title case cannot stand yet."""
    name = bp.LETTERHEAD_ACRONYM.sub("", line.strip())
    if name[-1:] in "dD." and (company := _company_letterhead(name)):
        return company
    words = name.split()
    if not words or len(words) > bp.LETTERHEAD_MAX_WORDS or name.endswith(bp.SENTENCE_ENDS):
        return None
    if not all(word[:1].isupper() or word in bp.SMALL_WORDS or not word[:1].isalpha() for word in words):
        return None
    return name if bp.ORGANISATION_LINE.fullmatch(name) else None


def _company_letterhead(line: str) -> str | None:
    """'MARGALLA CAPITAL SECURITIES (PVT) LTD.' → 'MARGALLA CAPITAL SECURITIES': a company's name over its
    legal form, every word capitalised (the form is no part of the name the company goes by)."""
    form = bp.COMPANY_FORM.search(line)
    name = line[: form.start()].strip(" ,") if form else ""
    words = name.split()
    if not words or len(words) > bp.COMPANY_MAX_WORDS or not all(word[:1].isupper() for word in words):
        return None
    return name


def display_name(name: str, lines: Iterable[str] = ()) -> str:
    """A name in capitals as the page writes it elsewhere, else in title case ('NADIA HASSAN' → 'Nadia Hassan')."""
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters) or len(letters) <= 4:
        return name
    for other in lines:
        found = other.casefold().find(name.casefold())
        if found >= 0 and other[found : found + len(name)] != name:
            return other[found : found + len(name)]
    words = name.title().split()
    return " ".join(word.lower() if i and word.lower() in bp.SMALL_WORDS else word for i, word in enumerate(words))


# ---- the fields --------------------------------------------------------------------------------


def extract_title(front_matter: FrontMatter, header_lines: Iterable[tuple[str, bool, bool]]) -> str | None:
    """Front matter, else the headline-shaped line above the body that is followed by a byline or
    timestamp, else one the page repeats, else the first (a tagline or section name comes earlier).

    `header_lines` holds (line, followed_by_metadata, repeated_on_page) for the candidate lines.
    """
    if front_matter.title:
        return front_matter.title
    candidates = [
        item
        for item in header_lines
        if (is_headline(item[0], question=True) or is_title_case_headline(item[0])) and not is_bare_byline(item[0])
    ]
    if not candidates:
        return None
    # max keeps the first of equals; of two lines over a byline or stamp, the one in mixed case is the headline,
    # the one in capitals a report's or section's name ('PAKISTAN MARKET DAILY' over its date line)
    best = max(candidates, key=lambda item: (item[1], item[2], item[1] and not item[0].isupper()))
    return best[0]


def extract_published(
    front_matter: FrontMatter,
    stamps: list[tuple[date | None, bool]],
    dateline_date: date | None,
    paragraphs: tuple[str, ...] | list[str],
    ambiguous: tuple[date, date] | None = None,
) -> tuple[date | None, int | None, str | None]:
    """(published, published_year, how): front matter, a timestamp line, the dateline, a stamp whose
    numbers leave day and month open read by the weekday the lead names (`ambiguous`), an update stamp,
    and last the year the text implies. Never a full date the text does not give."""
    if front_matter.date:
        return front_matter.date, front_matter.date.year, PUBLISHED_FROM_FRONT_MATTER
    published = next((day for day, update in stamps if day and not update), None)
    published = published or dateline_date or read_by_weekday(ambiguous, paragraphs)
    published = published or next((day for day, _ in stamps if day), None)
    if published:
        return published, published.year, PUBLISHED_FROM_TEXT
    year = implied_year(paragraphs)
    return None, year, PUBLISHED_INFERRED if year else None


def extract_source(
    front_matter: FrontMatter,
    dateline_agency: str | None,
    credits: list[str],
    byline_agencies: list[str],
    issuers: tuple[str | None, str | None] = (None, None),
) -> str | None:
    """Front matter, else the agency in the dateline, else a credit line, else the agency after a byline,
    else the issuing body of a press release, else the masthead (`issuers` is (issuing body, masthead))."""
    if front_matter.source:
        return front_matter.source
    byline_agency = next(iter(byline_agencies), None)
    if byline_agency and issuers[1] and is_desk_of(byline_agency, issuers[1]):
        byline_agency = issuers[1]  # 'By NAME for RFA Uyghur' under 'RADIO FREE ASIA': the outlet's own desk
    found = dateline_agency or next(iter(credits), None) or byline_agency
    return found or issuers[0] or issuers[1]


def is_desk_of(agency: str, outlet: str) -> bool:
    """'RFA Uyghur' of 'Radio Free Asia', 'VOA Urdu' of 'Voice of America': the outlet's initials, then the
    desk's name (a language or a section)."""
    first, _, rest = agency.partition(" ")
    words = outlet.split()
    if not rest or not first.isupper() or len(words) < 2:
        return False
    initials = {
        "".join(word[0] for word in words).casefold(),
        "".join(word[0] for word in words if word.casefold() not in bp.SMALL_WORDS).casefold(),
    }
    return first.casefold() in initials


def without_site_suffix(title: str) -> str:
    """'Pakistan, China sign MoU … - Chinadaily.com.cn' → the headline: a page title's site name, written as
    its address, after a dash or bar (a dot in the title's end first: cheap)."""
    if "." not in title[-30:]:
        return title
    match = _SITE_SUFFIX.search(title)
    return title[: match.start()] if match and match.start() >= _HEADLINE_MIN_LENGTH else title


_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]{1,40}(?:\.[A-Za-z]{2,6}){1,2}\s*$")
_HEADLINE_MIN_LENGTH = 15


def display_title(title: str | None) -> str | None:
    """The headline without a wire's flag ('CORRECTED-Pakistan, China agree …' → 'Pakistan, China agree …')."""
    if not title or "-" not in title[:16]:
        return title
    return bp.WIRE_FLAG.sub("", title, count=1) or title


def headline_without_label(title: str) -> str:
    """The headline as a page names the story: without a label in capitals before a colon that names the
    outlet or the kind of story ('CGTN:China, Pakistan vow …', 'EXCLUSIVE: Pakistan seeks …'), which the
    page shows apart. The extraction keeps the headline as written."""
    if ":" in title[:16]:
        label = _HEADLINE_LABEL.match(title)
        if label and label.group("word").casefold() in _HEADLINE_LABELS and len(title) > label.end() + 10:
            return title[label.end() :]
    return title


# A label in capitals before a colon opening a headline, and the words that make it the outlet's or the kind's
# name rather than the story's subject ('CPEC: a decade on' keeps its label).
_HEADLINE_LABEL = re.compile(r"(?P<word>[A-Z][A-Z&]{1,11})\s*:\s*(?=[A-Z0-9\"“‘'])")
_HEADLINE_KINDS = ("exclusive", "analysis", "explainer", "breaking", "watch", "opinion", "editorial", "interview",
                   "factbox", "insight", "update", "live")  # fmt: skip
_HEADLINE_LABELS = frozenset((*_HEADLINE_KINDS, *bp.AGENCIES, *bp.OUTLET_WORDS))


def headline_from_sentence(sentence: str) -> str:
    """A story without a headline is named by its first sentence, less the dateline that opens it
    ('ISLAMABAD: Pakistan is seeking …' → 'Pakistan is seeking …')."""
    match = dateline_match(sentence)
    rest = sentence[match.end() :].strip() if match else ""
    return rest[:1].upper() + rest[1:] if rest else sentence


def extract_author(front_matter: FrontMatter, bylines: list[str]) -> str | None:
    """Front matter, else the first byline (a name in capitals, 'By NADIA HASSAN', in title case)."""
    if front_matter.author:
        return front_matter.author
    first = next(iter(bylines), None)
    return display_name(author_name(first)) if first else None


def author_name(name: str) -> str:
    """'Dr. Sana Mirza' → 'Sana Mirza', 'Sajjad QADIR' → 'Sajjad Qadir': the writer's name without an
    honorific, and a surname in capitals (a wire's style) written as the rest of the name is."""
    words = name.split()
    while len(words) > 2 and words[0].casefold() in bp.BYLINE_HONORIFICS:
        words = words[1:]
    if any(word[:1].isupper() and not word.isupper() for word in words):
        words = [word.title() if _is_capitals_word(word) else word for word in words]
    return " ".join(words)


def _is_capitals_word(word: str) -> bool:
    """'QADIR', 'AL-NAQVI': a word of three letters or more, all capitals (not an initial like 'A.')."""
    return word.isupper() and len(word) > 2 and word.replace("-", "").isalpha()
