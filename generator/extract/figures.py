"""Money and percentages, found by a small grammar of currency markers, numbers and multipliers.

Money: a currency prefix ("$", "US$", "€", "£", "Rs", "PKR", "RMB") or a currency word after the
number ("dollars", "U.S. dollars", "yuan", "rupees"), with an optional multiplier ("million", "bn",
"m", "crore", "lakh"). `amount` is the full number; `usd` is the amount only when the currency is the
US dollar (no exchange rates are invented). A range ("$2-3 billion", "$2 to $3 billion") counts as one
figure whose amount is its LOWER bound (the conservative reading, like a date range's start); the
whole range stays in `text`. Hedges before a figure ("over", "about", "more than") are not part of it.

`refers_to` is what the figure is about, read from its clause: the noun after it ("$3.4 billion in
loans", "$1.3 billion commercial loan"), else the subject of a linking verb before it ("exports to
Pakistan totaled $24.23 billion", "an increase of 59.1 percent"), else the clause itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Article, Money, Percentage, Span
from .clauses import clause_of, clause_pieces, local, pick_non_overlapping, tidy
from .phrase_index import FOLDS_TO_ASCII

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tr": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
}
_MULT = (
    r"(?:\s?(?:lakh\s+crores?|thousand|million|billion|trillion|lakhs?|lac|crores?|mn|mln|bn|bln|trn|trln|cr)\b"
    r"|(?:tn|tr|m|b|k)\b)"
)
# Prefix markers, longest first so "US$" wins over "$".
_PREFIXES = (
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("USD", "USD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("¥", "CNY"),  # in China–Pakistan copy the yen sign is almost always the renminbi
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("PKR", "PKR"),
    ("Rs.", "PKR"),  # Pakistani copy; on a page that writes Indian money, INR (see `_rupee_is_inr`)
    ("Rs", "PKR"),
    ("INR", "INR"),
    ("₹", "INR"),
    ("AED", "AED"),
    ("Dh", "AED"),
    ("SAR", "SAR"),
)
# Currency words after the number, longest first.
_SUFFIXES = (
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"),
    (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"dollars?", "USD"),
    (r"USD", "USD"),
    (r"(?:Chinese\s+)?yuan|renminbi|RMB|CNY", "CNY"),
    (r"Indian\s+rupees?|INR", "INR"),
    (r"(?:Pakistani\s+|Pak\s+)?rupees?|PKR", "PKR"),
    (r"euros?|EUR", "EUR"),
    (r"(?:British\s+)?pounds?\s+sterling|British\s+pounds?|GBP", "GBP"),
    (r"dirhams?|AED", "AED"),
    (r"riyals?|SAR", "SAR"),
    (r"yen|JPY", "JPY"),
)
_PREFIX_RE = "|".join(re.escape(p) for p, _ in _PREFIXES)
_PREFIX_CURRENCY = dict(_PREFIXES)
# Every prefix holds one of these (the prefixes holding no other prefix), so a text holding none of them
# has no prefixed amount.
_PREFIX_MARKERS = tuple(p for p, _ in _PREFIXES if not any(q != p and q in p for q, _ in _PREFIXES))
# Every currency word after a number (each alternative of _SUFFIXES, matched as written) holds one of
# these (tests/test_fast_paths_rest.py checks it on strings each alternative matches).
_SUFFIX_MARKERS = (
    "dollar", "USD", "yuan", "renminbi", "RMB", "CNY", "rupee", "INR", "PKR", "euro", "EUR", "pound", "GBP",
    "dirham", "AED", "riyal", "SAR", "yen", "JPY",
)  # fmt: skip
_SUFFIX_PATTERNS = tuple((re.compile(pattern), code) for pattern, code in _SUFFIXES)
_SUFFIX_RE = "|".join(f"(?:{s})" for s, _ in _SUFFIXES)
_RANGE = rf"(?:\s*(?:-|\u2013|to)\s*(?:{_PREFIX_RE})?\s?(?P<hi>{_NUMBER}))?"
# "$26 billion to $30 billion": a multiplier on the low end too, only when a range follows whose upper
# end has one as well ("advanced Rs 35 million to 120 growers" is an amount, then a count).
_RANGE_TO = re.compile(r"\s+to\s+")
_CHANGE_FROM = re.compile(r"\bfrom\s+$")
_BETWEEN = re.compile(r"\bbetween\s+$")
_RANGE_AHEAD = rf"\s*(?:-|\u2013|to)\s*(?:{_PREFIX_RE})?\s?(?:{_NUMBER}){_MULT}"

_MONEY_PREFIXED = re.compile(
    rf"(?<![\w$€£¥])(?P<cur>{_PREFIX_RE})\s?(?P<num>{_NUMBER})(?:(?P<lomult>{_MULT})(?={_RANGE_AHEAD}))?{_RANGE}"
    rf"(?P<mult>{_MULT})?"
    rf"(?:\s+(?P<suffix>{_SUFFIX_RE})\b)?"
)
_MONEY_SUFFIXED = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})(?:(?P<lomult>{_MULT})(?={_RANGE_AHEAD}))?{_RANGE}(?P<mult>{_MULT})?"
    rf"\s+(?P<suffix>{_SUFFIX_RE})\b"
)
# "13 cents", "9 US cents" (a tariff per kWh): hundredths of a US dollar, the cent China–Pakistan copy
# quotes prices in. Not "euro cents" nor "per cent" (the number must stand right before "cents").
_MONEY_CENTS = re.compile(rf"(?<![\w.,$])(?P<num>{_NUMBER})\s+(?:(?:US|U\.S\.)\s+)?cents?\b")
_CENTS_PER_UNIT = 100
_CENTS_AFTER = re.compile(r"\s+cents?\b")  # "50 euro cents": hundredths of the currency named before
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_WORD_NUMBERS = {word: float(value) for value, word in enumerate(_NUMBER_WORDS, start=1)} | {
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "a": 1.0,
}
# "two billion dollars", "a billion U.S. dollars": a number written as a word, a multiplier, a currency.
_MONEY_IN_WORDS = re.compile(
    rf"(?<![\w-])(?P<num>{'|'.join(_WORD_NUMBERS)})(?P<lomult>)(?P<mult>\s(?:million|billion|trillion))"
    rf"\s+(?P<suffix>{_SUFFIX_RE})\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER})(?:\s*(?:-|\u2013|to)\s*(?P<hi>{_NUMBER}))?"
    r"(?:\s?%|\s*(?:per\s?cent|percent|pc)\b(?!\s+(?:of\s+)?(?:computers?|desktops?))|\s+percentage\s+points?\b)"
)

_STOP_WORDS = (
    "a an the this that these those which who whom whose what is are was were be been being has have had will "
    "would shall should can could may might must do does did at to by for from with on in into over under during "
    "since as than and or but while whereas if so per each last this next year years month months week day days "
    "ago after before until till about around nearly almost up down out off also just only already still more less "
    "year-on-year month-on-month y-o-y yoy annually respectively"
)
_STOP = frozenset(_STOP_WORDS.split())
# A noun phrase, a linking verb, maybe a hedge, then the figure: "the trade deficit stood at about".
# The noun phrase holds no break (_BREAK: a comma but between digits, ";", ":", brackets, a dash).
_LINKING_NP = r"(?P<np>(?:[^,;:()\u2014]|(?<=\d),(?=\d))*?)"
_LINKING_TAIL = re.compile(
    r"\s+(?:reached|totaled|totalled|total|totals|stood\s+at|stands\s+at|amounted\s+to|"
    r"amounts\s+to|was|were|is|are|hit|hits|rose\s+to|rise\s+to|fell\s+to|grew\s+to|increased\s+to|decreased\s+to|"
    r"surged\s+to|jumped\s+to|climbed\s+to|dropped\s+to|declined\s+to|eased\s+to|slowed\s+to|widened\s+to|"
    r"narrowed\s+to|slipped\s+to|touched|crossed|exceeded|of|worth|valued\s+at|"
    r"estimated\s+at|costing|cost|costs)"
    r"(?:\s+(?:over|about|around|nearly|almost|more\s+than|less\s+than|some|up\s+to|an\s+estimated|roughly|just))?"
    r"\s*$"
)
_BREAK = re.compile(r"[;:()\u2014]|(?<!\d),|,(?!\d)")
_UP_TO_LAST_BREAK = re.compile(r".*(?:" + _BREAK.pattern + ")", re.DOTALL)


def _linking_subject(before: str) -> tuple[str, int] | None:
    """(noun phrase, its offset) of `_LINKING_NP` + `_LINKING_TAIL` searched in `before`, found directly.

    The phrase cannot hold a break, so a match starts after the last one; there the lazy phrase ends
    where the tail first matches. Searching the whole expression instead tries every start and every
    phrase length, each scanning to the end: quadratic in the length before the figure."""
    last = _UP_TO_LAST_BREAK.match(before)  # greedy: ends where the last break does
    start = last.end() if last else 0
    tail = _LINKING_TAIL.search(before, start)
    return (before[start : tail.start()], start) if tail else None


_HEDGE = re.compile(
    r"\b(?:over|about|around|nearly|almost|more\s+than|less\s+than|some|up\s+to|an\s+estimated|roughly|another)\s*$"
)
_CHANGE_VERBS = (
    "up", "down", "rose", "grew", "increased", "jumped", "surged", "climbed", "fell", "declined", "dropped",
    "decreased", "slipped", "shrank", "contracted", "expanded",
)  # fmt: skip
_CHANGE_BEFORE = re.compile(
    r"(?:^|[,;:()\u2014]\s*|\s-\s)(?P<np>[^,;:()\u2014]*?)\s*\b(?P<verb>"
    + "|".join(_CHANGE_VERBS)
    + r")(?:\s+by)?\s*$",
    re.IGNORECASE,
)
_LONGEST_CHANGE_VERB = max(map(len, _CHANGE_VERBS))


def _may_end_in_a_change(before: str) -> bool:
    """False when `_CHANGE_BEFORE` cannot match `before`: it ends with a verb of _CHANGE_VERBS, maybe then
    "by", then white space (`\\s` is what str.strip takes away). Ignoring case, an ASCII text matches an
    ASCII word where its lower case is the word's; the expression is tried on any other text."""
    end = before.rstrip()
    if end[-2:].lower() == "by" and end[-3:-2].isspace() and _ends_in_a_change_verb(end[:-2].rstrip()):
        return True  # "… rose by"
    return _ends_in_a_change_verb(end)


def _ends_in_a_change_verb(text: str) -> bool:
    tail = text[-_LONGEST_CHANGE_VERB:]
    return not tail.isascii() or tail.lower().endswith(_CHANGE_VERBS)


_AFTER_VERB = re.compile(
    r"^.*(?<![\w-])(?:[a-z]+ed|got|gave|won|made|took|sought|sent|lent|paid|spent|has|have|had|gets|"
    r"seeks|signs|approves|announces|receives|offers|provides|is|are|was|were)\s+(?=\S)"
)
_PRONOUNS = frozenset(("it", "this", "that", "they", "these", "those", "he", "she", "we", "which", "what"))
# past tenses that do not end in "-ed": a noun phrase ends before them ("40% of the output went to China")
_IRREGULAR_PAST_TEXT = (
    "went rose fell grew came made took saw hit stood gave got became began fled sold bought paid lent spent "
    "won lost left kept held met ran brought"
)
_IRREGULAR_PAST = frozenset(_IRREGULAR_PAST_TEXT.split())
# present tenses that end a noun phrase as often as those past ones ("60 percent of its exports go to China")
_PRESENT_VERBS_TEXT = "go goes come comes remain remains stay stays belong belongs"
_PRESENT_VERBS = frozenset(_PRESENT_VERBS_TEXT.split())
_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
_DETERMINERS = re.compile(r"^(?:(?:a|an|the|its|their|his|her|our|this|that|these|those|some|another)\s+)+", re.I)
_CHANGE_NOUNS = re.compile(r"\b(?:increase|decrease|growth|rise|drop|decline|fall|jump|surge|gain|loss)$", re.I)
_NP_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\([A-Z][\w&.]*\)|[\u2013-]|(?P<count>\d[\d,]*(?:\.\d+)?(?=\s+[a-z]))")
_POSSESSIVE_END = ("'s", "’s", "s'", "s’")


def extract_money(article: Article) -> tuple[Money, ...]:
    found: list[Money] = []
    yen = _yen_sign_is_yen(article.paragraphs)
    inr = _rupee_is_inr(article.paragraphs)
    for p in range(len(article.paragraphs)):
        for sentence in article.sentences[p]:
            for start, end, amount, currency in _money_in(sentence.text):
                if yen and currency == "CNY" and sentence.text.startswith("¥", start):
                    currency = "JPY"
                elif inr and currency == "PKR" and _bare_rupee_sign(sentence.text[start:end]):
                    currency = "INR"
                found.append(
                    Money(
                        text=sentence.text[start:end],
                        amount=amount,
                        currency=currency,
                        usd=amount if currency == "USD" else None,
                        refers_to=refers_to(sentence.text, start, end),
                        span=Span(p, sentence.index),
                    )
                )
    return tuple(found)


def _rupee_is_inr(paragraphs: tuple[str, ...]) -> bool:
    """ "Rs" is the Pakistani rupee in China–Pakistan copy, but the Indian one on a page that writes the
    Indian rupee sign "₹": an Indian outlet, whose bare "Rs" is its own currency. Pakistani rupees there
    are spelled "PKR" or "Pakistani rupees" and keep their code."""
    return any("₹" in paragraph for paragraph in paragraphs)


def _bare_rupee_sign(text: str) -> bool:
    """ "Rs 5 lakh crore", not "Rs 5 billion Pakistani rupees" (a currency word names its rupee)."""
    return text.startswith("Rs") and "upee" not in text and "PKR" not in text


_YEN_WORD = re.compile(r"\b(?:yen|JPY)\b")
_YUAN_WORD = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.IGNORECASE)


def _yen_sign_is_yen(paragraphs: tuple[str, ...]) -> bool:
    """ "¥" is the renminbi in China–Pakistan copy, but the yen in a story that names the yen and never the
    yuan ("a yen loan … at a cost of about ¥1.4 billion")."""
    if not any("¥" in paragraph for paragraph in paragraphs):
        return False
    text = "\n".join(paragraphs)
    return _YEN_WORD.search(text) is not None and _YUAN_WORD.search(text) is None


def extract_percentages(article: Article) -> tuple[Percentage, ...]:
    found: list[Percentage] = []
    for p in range(len(article.paragraphs)):
        for sentence in article.sentences[p]:
            text = sentence.text
            if not _may_hold_a_percentage(text):
                continue
            money = _money_in(text)
            matches = [m for m in _PERCENT.finditer(text) if not any(a <= m.start() < b for a, b, _, _ in money)]
            if "ercent" in text or "er cent" in text:  # "Eighty percent of our workers"
                matches = sorted(matches + list(_PERCENT_IN_WORDS.finditer(text)), key=lambda m: m.start())
            for start, end, value, lead in _percent_ranges(text, matches):
                about = refers_to(text, lead, end)
                found.append(
                    Percentage(
                        text=text[start:end],
                        value=value,
                        refers_to=_with_subject(about, text, start, money),
                        span=Span(p, sentence.index),
                    )
                )
    return tuple(found)


def _percent_ranges(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int, float, int]]:
    """(start, end, value, start with its "between") of each percentage; "between 3.5 per cent and 4 per
    cent", "between 30 and 40 percent" and "by 10% to 15%" are one range valued at its lower bound, like
    "3.5-4 per cent" and like money ranges ("from 3 per cent to 4 per cent" is a change: two figures)."""
    out: list[tuple[int, int, float, int]] = []
    for match in matches:
        link = text[out[-1][1] : match.start()] if out else ""
        if link == " and ":
            between = _BETWEEN.search(text, 0, out[-1][0])
            if between:
                out[-1] = (out[-1][0], match.end(), out[-1][2], between.start())
                continue
        elif (
            link in _PERCENT_RANGE_LINKS
            and not _CHANGE_FROM.search(text, 0, out[-1][0])
            and _in_points(text[out[-1][0] : out[-1][1]]) == _in_points(match.group())
        ):
            out[-1] = (out[-1][0], match.end(), out[-1][2], out[-1][3])  # "by 10% to 15%"
            continue
        low = (
            _BETWEEN_BARE.search(text, max(0, match.start() - _BETWEEN_REACH), match.start())
            if "etween" in text
            else None
        )
        if low:
            out.append((low.start("lo"), match.end(), _number(low["lo"]), low.start()))
            continue
        raw = match["num"]
        value = _number(raw) if raw[0].isdigit() else _spelled(raw)
        out.append((match.start(), match.end(), value, match.start()))
    return out


def _in_points(figure: str) -> bool:
    """ "2.5 percentage points" is a change: "slipped 2.5 percentage points to 41 percent" is two figures."""
    return figure.endswith(("point", "points"))


_PERCENT_RANGE_LINKS = (" to ", "-", "\u2013", " - ", " \u2013 ")  # "from 10% to 15%" is a change: two figures
# "between 30 and 40 percent": the lower bound written bare, the sign only after the upper one.
_BETWEEN_BARE = re.compile(rf"\b[Bb]etween\s+(?P<lo>{_NUMBER})\s+and\s+$")
_BETWEEN_REACH = 40  # characters before a percentage that can hold "between N and "


# ---- money grammar -----------------------------------------------------------------------


def _may_hold_a_percentage(text: str) -> bool:
    """False when neither `_PERCENT` (a digit and "%", "…cent" or "pc") nor `_PERCENT_IN_WORDS` ("…ercent"
    or "…er cent") can match."""
    if _DIGIT.search(text) is not None:
        return "%" in text or "cent" in text or "pc" in text
    return "ercent" in text or "er cent" in text


_UNIT_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A percentage spelled out, as style books ask at the start of a sentence ("Eighty percent of our workers").
_PERCENT_IN_WORDS = re.compile(
    rf"(?<![\w-])(?P<num>(?:{'|'.join(_TENS_WORDS)})(?:[-\s](?:{'|'.join(_UNIT_WORDS[:9])}))?|(?:a|one)\s+hundred"
    rf"|(?:{'|'.join(reversed(_UNIT_WORDS))}))\s+(?:per\s?cent|percent)\b",
    re.IGNORECASE,
)


def _spelled(raw: str) -> float:
    """ "eighty" = 80, "twenty-five" = 25, "a hundred" = 100 (the words `_PERCENT_IN_WORDS` reads)."""
    total = 0.0
    for word in re.split(r"[-\s]+", raw.lower()):
        if word == "hundred":
            total = 100.0
        elif word in _TENS_WORDS:
            total += 20 + 10 * _TENS_WORDS.index(word)
        elif word in _UNIT_WORDS:
            total += 1 + _UNIT_WORDS.index(word)
    return total


def _may_spell_an_amount(text: str) -> bool:
    """False when `_MONEY_IN_WORDS` cannot match: it needs "million", "billion" or "trillion" in any case
    (İ ı ſ K match ASCII letters when case is ignored, so a text holding one is always tried)."""
    return "illion" in text.lower() or FOLDS_TO_ASCII.search(text) is not None


_DIGIT = re.compile(r"\d")
_DIGIT_NEXT = re.compile(r"\s*\d")


def _holds_any(text: str, markers: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, markers))  # `any(marker in text for marker in markers)`, without a generator


@lru_cache(maxsize=64)  # extract_money and extract_percentages ask for the same sentence in turn
def _money_in(text: str) -> tuple[tuple[int, int, float, str], ...]:
    """(start, end, amount, currency) of each money expression in `text`, in order, not overlapping."""
    has_digit = _DIGIT.search(text) is not None
    if not has_digit and not _may_spell_an_amount(text):
        return ()
    candidates: list[tuple[int, int, float, str]] = []
    for match in _MONEY_PREFIXED.finditer(text) if has_digit and _holds_any(text, _PREFIX_MARKERS) else ():
        link = _RANGE_TO.search(match.group()) if match["hi"] else None
        if link and _CHANGE_FROM.search(text, 0, match.start()):  # "rose from $12 million to $19 million"
            for part in (
                _MONEY_PREFIXED.match(text, match.start(), match.start() + link.start()),
                _MONEY_PREFIXED.match(text, match.start() + link.end()),
            ):
                if part:  # a change is two figures, not a range
                    candidates.append((part.start(), part.end(), _amount(part), _PREFIX_CURRENCY[part["cur"]]))
            continue
        currency = _PREFIX_CURRENCY[match["cur"]]
        if match["suffix"]:
            currency = _suffix_currency(match["suffix"])
        bare_rupee = match["cur"] in ("Rs", "Rs.") and not (match["mult"] or "," in match["num"] or match["suffix"])
        if bare_rupee and _DIGIT_NEXT.match(text[match.end() :]):
            continue
        candidates.append((match.start(), match.end(), _amount(match), currency))
    for match in _MONEY_SUFFIXED.finditer(text) if has_digit and _holds_any(text, _SUFFIX_MARKERS) else ():
        cents = _CENTS_AFTER.match(text, match.end())
        if cents:
            amount = _amount(match) / _CENTS_PER_UNIT
            candidates.append((match.start(), cents.end(), amount, _suffix_currency(match["suffix"])))
            continue
        candidates.append((match.start(), match.end(), _amount(match), _suffix_currency(match["suffix"])))
    for match in _MONEY_IN_WORDS.finditer(text) if _may_spell_an_amount(text) else ():  # "two billion dollars"
        candidates.append((match.start(), match.end(), _amount(match), _suffix_currency(match["suffix"])))
    for match in _MONEY_CENTS.finditer(text) if has_digit and "cent" in text else ():
        candidates.append((match.start(), match.end(), _number(match["num"]) / _CENTS_PER_UNIT, "USD"))
    by_length = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0]))
    return tuple(_between_ranges(text, pick_non_overlapping(by_length, lambda c: (c[0], c[1]))))


def _between_ranges(text: str, found: list[tuple[int, int, float, str]]) -> list[tuple[int, int, float, str]]:
    """ "between 300 yuan and 1,200 yuan" is one range, counted at its lower end like "$2-3 billion"."""
    out: list[tuple[int, int, float, str]] = []
    for item in found:
        if out:
            last = out[-1]
            joined = text[last[1] : item[0]] == " and " and _BETWEEN.search(text, 0, last[0])
            if joined and last[3] == item[3]:
                out[-1] = (last[0], item[1], last[2], last[3])
                continue
        out.append(item)
    return out


def _suffix_currency(word: str) -> str:
    for pattern, code in _SUFFIX_PATTERNS:
        if pattern.fullmatch(word):
            return code
    return "USD"


def _number(raw: str) -> float:
    return _WORD_NUMBERS.get(raw.lower()) or float(raw.replace(",", ""))


def _amount(match: re.Match[str]) -> float:
    factor = 1.0
    for word in (match["lomult"] or match["mult"] or "").lower().split():  # "lakh crore" = 1e5 * 1e7
        factor *= _MULTIPLIERS.get(word, 1.0)
    # rounded: a decimal times a power of ten is not exact in binary ("16.4 million" = 16399999.999999998)
    return round(_number(match["num"]) * factor, 6)


# ---- what a figure is about --------------------------------------------------------------


_FOLLOWING = re.compile(r"\s+(?:in|of|for|worth\s+of|on)\s+(?P<rest>.*)")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z\d]")
_CONTENT_WORD = re.compile(r"[\w'’-]+")
_SUBJECT_CLAUSE = re.compile(r"\b(?:while|whereas|that|which|who|as|when)\s+|^.*\b(?:year|month),\s+")
_LEADING_GERUND = re.compile(r"^[a-z]+ing\s+(?=\S)")
_PIECE_BREAK = re.compile(r"[,;:()\u2014]")


def refers_to(sentence: str, start: int, end: int) -> str | None:
    """A short noun phrase naming what the figure at [start, end) of `sentence` measures."""
    sentence, start, end = local(sentence, start, end)
    after = sentence[end:]
    following = _FOLLOWING.match(after)
    if following and not _CAPITAL_OR_DIGIT.match(following["rest"]):
        rest = following["rest"]
        if after.lstrip().startswith("of "):  # "70 percent of the mill's workers": a share of what follows
            rest = _ARTICLE.sub("", rest)
        phrase = _noun_phrase(rest)
        if phrase:
            return phrase
    phrase = _noun_phrase(after.lstrip(" ") if after.startswith(" ") else "")
    if phrase:
        return phrase
    before = _HEDGE.sub("", sentence[:start].rstrip()).rstrip()
    change = _CHANGE_BEFORE.search(before) if _may_end_in_a_change(before) else None
    if change:
        subject = _subject(change["np"]) if change["np"].strip() else None
        if subject:
            return f"change in {subject}"
        return {"up": "increase", "down": "decrease"}.get(change["verb"].lower())
    linking = _linking_subject(before)
    if linking:
        phrase, offset = linking
        subject = _subject(phrase) or _appositive_head(before[:offset])
        if subject:
            return subject
    return _own_piece(sentence, start, end)


def _own_piece(sentence: str, start: int, end: int) -> str | None:
    """Fallback: the comma-delimited piece holding the figure, without the figure ("Beijing rolled over")."""
    for a, b in clause_pieces(sentence, (start, end)):
        if a <= start < b:
            text = tidy(sentence[a:start] + " " + sentence[end:b], 10)
            content = [w for w in _CONTENT_WORD.findall(text.lower()) if w not in _STOP and w not in _PRONOUNS]
            if content and len(text.split()) >= 2:
                return text
    return clause_of(sentence, start, end, drop=True, max_words=10) or None


def _noun_phrase(text: str, max_words: int = 7) -> str | None:
    """Words from the start of `text` up to the first function word, verb-like word or punctuation."""
    words: list[str] = []
    pos = 0
    while len(words) < max_words:
        match = _NP_WORD.match(text, pos)
        if not match:
            break
        word = match.group()
        if match["count"] and words and not words[-1].endswith(_POSSESSIVE_END):
            break  # a count opens a phrase ("2,000 workers") or follows a possessive ("the mill's 1,200 staff")
        low = word.lower()
        after_count = bool(words) and words[-1][:1].isdigit()  # "2,400 registered farms": an adjective
        if (
            low in _STOP
            or (low.endswith("ed") and "-" not in low and not after_count)
            or low.endswith("ly")
            or low in _IRREGULAR_PAST
            or low in _PRESENT_VERBS
        ):
            if low in ("of", "to", "from", "between") and words and len(words) < max_words - 1:
                words.append(word)  # "exports to Pakistan", "trade between China and Pakistan"
                pos = match.end()
                pos += len(text[pos:]) - len(text[pos:].lstrip(" "))
                continue
            break
        words.append(word)
        pos = match.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    while words and (words[-1].lower() in _STOP or words[-1][:1].isdigit()):
        words.pop()  # "of the 2,000": no count without its noun
    phrase = " ".join(words)
    return phrase if phrase and phrase.lower() not in _PRONOUNS else None


def _subject(text: str) -> str | None:
    """The noun phrase ending `text`, back to a clause boundary ("while imports from Pakistan")."""
    text = _SUBJECT_CLAUSE.split(text)[-1]
    text = _LEADING_GERUND.sub("", text.strip())  # "citing inflation" -> "inflation"
    text = _AFTER_VERB.split(text)[-1] or text  # "the bank approved a loan (of $X)" -> "a loan"
    text = tidy(_DETERMINERS.sub("", text.strip()), 8)
    if not text or text.lower() in _PRONOUNS or len(text.split()) > 8:
        return None
    return text


def _appositive_head(text: str) -> str | None:
    """The noun phrase before the comma of an apposition ("The project, worth Rs 1 trillion")."""
    text = text.rstrip()
    if not text.endswith(","):
        return None
    return _subject(_PIECE_BREAK.split(text[:-1])[-1])


def _with_subject(about: str | None, sentence: str, start: int, money: list[tuple[int, int, float, str]]) -> str | None:
    """An "increase" alone says little: name what increased from the money figure before it."""
    if not about or not _CHANGE_NOUNS.search(about):
        return about
    before = [m for m in money if m[1] <= start]
    if not before:
        return about
    a, b, _, _ = before[-1]
    subject = refers_to(sentence, a, b)
    return f"{about} in {subject}" if subject else about
