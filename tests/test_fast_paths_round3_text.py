"""Third-round shortcuts in cleaning and the non-entity extractors give the plain computations' answers.

Each shortcut is checked against a verbatim copy of the code it replaced, on tables of edge cases and on
generated text built from the characters and words the shortcut cares about.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import boilerplate as bp
from generator import clean
from generator import metadata as md
from generator.article import make_article
from generator.extract import figures, summary
from generator.extract.clauses import quote_checker
from generator.model import Article, Sentence, Span

from .test_fast_paths_clean import _plain_dateline

# ---- metadata.is_headline: a sentence's ending tested first ---------------------------------------


def _plain_is_headline(line: str, *, question: bool = False) -> bool:
    words = md.word_count(line)
    asks = question and words <= 15 and line.endswith(("?", "!")) and not line.endswith(("'?", '"?'))
    if not 3 <= words <= 30 or len(line) > 220 or (line.endswith(tuple(bp.SENTENCE_END)) and not asks):
        return False
    first = line.lstrip("\"“‘'([")[:1]
    return first.isupper() or first.isdigit()


def _plain_is_body_line(line: str) -> bool:
    words = md.word_count(line)
    return words >= 20 or (words >= 6 and line.rstrip().endswith(tuple(bp.SENTENCE_END)))


_HEADLINE_PIECES = [" ", "  ", "\t", "\n", "Word", "word", "CPEC", "9", "é", "É", '"', "“", "‘", "'", "(", "["]
_HEADLINE_PIECES += [*bp.SENTENCE_END, "'?", '"?', "?!", "x" * 60, "İ", "ı"]
_headlines = st.lists(st.sampled_from(_HEADLINE_PIECES), max_size=40).map("".join)


def test_sentence_ends_are_the_characters_of_sentence_end() -> None:
    assert tuple(bp.SENTENCE_END) == bp.SENTENCE_ENDS


@settings(derandomize=True, max_examples=1500, deadline=None)
@given(_headlines)
@example("Is CPEC losing steam?")
@example("Is CPEC losing 'steam'?")
@example("Pakistan and China sign a deal.")
@example("Pakistan and China sign a deal")
@example("“Quoted headline here” now")
@example("Word " * 31)
@example("Word " * 15 + "!")
@example("W" * 221 + " a b")
def test_is_headline_and_is_body_line_are_the_plain_ones(line: str) -> None:
    for question in (False, True):
        assert md.is_headline(line, question=question) == _plain_is_headline(line, question=question)
    assert md.is_body_line(line) == _plain_is_body_line(line)


# ---- metadata.parse_dateline: no expression when neither can match --------------------------------


# parse_dateline before this round's shortcut: the verbatim copy test_fast_paths_clean.py keeps (it also
# checks the earlier "A"-to-"Z" first-character test against it)
_plain_parse_dateline = _plain_dateline


_DATELINE_PIECES = ["A", "B", "K", "Z", "a", "x", ".", "'", "’", "-", "‐", "–", "—", "--", ":", " ", "  ", ","]
_DATELINE_PIECES += ["/", "(", ")", "ISLAMABAD", "Islamabad", "St.", "O'HARE", "Oct. 11", "3 March", "2024"]
_DATELINE_PIECES += ["(Xinhua)", "(APP)", "/PRNewswire/", "(Reuters)", "İ", "ſ", "\u212a", "É", "\n"]
_datelines = st.lists(st.sampled_from(_DATELINE_PIECES), max_size=14).map("".join)


@settings(derandomize=True, max_examples=2000, deadline=None)
@given(_datelines)
@example("ISLAMABAD, Oct. 11 (Xinhua) -- text")
@example("Islamabad, Oct. 11 (APP): text")
@example("BEIJING, Nov. 3, 2022 /PRNewswire/ -- text")
@example("O'HARE: text")
@example("A.B.C - text")
@example("A’B: text")
@example("A-B: text")
@example("Ab (Reuters) - text")
@example("Ab /wire/ - text")
@example("A")
@example("")
def test_parse_dateline_is_the_plain_one(paragraph: str) -> None:
    assert md.parse_dateline(paragraph) == _plain_parse_dateline(paragraph)
    assert md.parse_dateline(paragraph + " ") == _plain_parse_dateline(paragraph + " ")


def test_place_second_characters_are_what_place_starts_with() -> None:
    """`_PLACE_SECOND` holds exactly the characters PLACE's second character class takes."""
    second = re.compile(r"[A-Z.'’\-]")
    for code in range(0x110000):
        ch = chr(code)
        assert (ch in md._PLACE_SECOND) == bool(second.fullmatch(ch)), hex(code)


# ---- metadata.implied_year: paragraphs without "this year" are not split ----------------------------


def _plain_implied_year(paragraphs):
    years: set[int] = set()
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
            if not bp.THIS_YEAR.search(sentence):
                continue
            found = {int(match.group()) for match in bp.YEAR.finditer(sentence)}
            if any(md._is_reference_year(sentence, match.start()) for match in bp.YEAR.finditer(sentence)):
                return None
            if len(found) == 1:
                years |= found
            elif len(found) > 1:
                return None
    return years.pop() if len(years) == 1 else None


_YEAR_PIECES = ["this year", "This Year", "THIS\nYEAR", "this  year", "thisyear", "this year's", "xthis year"]
_YEAR_PIECES += ["this yearx", "this", "year", "2024", "2023", "1999", "since 2015", "in 2020", "2024 crore"]
_YEAR_PIECES += [".", "!", "?", " ", "\n", "\u00a0", "..", "?!", "ı", "İ", "ſ", "\u212a", "x", "A", "_"]
_paragraph_lists = st.lists(st.lists(st.sampled_from(_YEAR_PIECES), max_size=16).map("".join), max_size=4)


@settings(derandomize=True, max_examples=1500, deadline=None)
@given(_paragraph_lists)
@example(["The show returns this year. It opened in 2019."])
@example(["It opened in 2019. The show returns this year in 2024.", "Again this year, 2024!"])
@example(["this year 2024.this year 2023"])
@example(["This year's CIFTIS 2024.", "The 2023 edition, this year."])
def test_implied_year_is_the_plain_one(paragraphs: list[str]) -> None:
    assert md.implied_year(paragraphs) == _plain_implied_year(paragraphs)


# ---- clean._body_lines: a line's key computed once -----------------------------------------------


@settings(derandomize=True, max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([" ", "\t", "\u00a0", "\u2003", "\x1c", "\u200b", "a", "İ", "ß"]), max_size=8))
def test_a_non_empty_stripped_line_has_a_non_empty_key(text: str) -> None:
    """So `key == title_key` with `title_key` None (no title) is False, as `state.title and …` was."""
    line = text.strip()
    if line:
        assert clean._key.__wrapped__(line)


# ---- summary: plain dict bags, the cosine inline, ASCII words found in lower case -------------------


def _plain_cosine(a: Counter[str], a_norm: float, b: Counter[str], b_norm: float) -> float:
    if not a or not b:
        return 0.0
    common = a.keys() & b.keys()
    if not common:
        return 0.0
    dot = sum(a[word] * b[word] for word in common)
    return dot / (a_norm * b_norm)


def _plain_summarize(article: Article, max_sentences: int = 3) -> tuple[Span, ...]:
    if max_sentences <= 0:
        return ()
    candidates: list[Sentence] = []
    bags: list[Counter[str]] = []
    seen: set[str] = set()
    for p, sentences in enumerate(article.sentences):
        inside_quote = quote_checker(article.paragraphs[p])
        for sentence in sentences:
            if inside_quote(sentence.start):
                continue
            words = summary._WORD.findall(sentence.text)
            if not summary._eligible(sentence, words):
                continue
            lowered = [word.lower() for word in words]
            key = " ".join(lowered if sentence.text.isascii() else summary._WORD.findall(sentence.text.lower()))
            if key in seen:
                continue
            seen.add(key)
            candidates.append(sentence)
            bags.append(Counter(w for w in lowered if w not in summary._STOPWORDS and len(w) > 2))
    if not candidates:
        return ()
    norms = [math.sqrt(sum(v * v for v in bag.values())) for bag in bags]
    count = len(bags)
    similarity = [[0.0] * count for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, count):
            similarity[i][j] = similarity[j][i] = _plain_cosine(bags[i], norms[i], bags[j], norms[j])
    scores = [sum(row) for row in similarity]
    lead, rest = 0, range(1, len(candidates))
    ranked = sorted(rest, key=lambda i: (-round(scores[i], 9), i))
    picked = sorted([lead, *ranked[: max_sentences - 1]])
    return tuple(Span(candidates[i].paragraph, candidates[i].index) for i in picked)


def test_lowering_ascii_keeps_the_words_of_summary() -> None:
    """For an ASCII text, the words of its lower case are its words lowered (each character's class kept)."""
    for code in range(128):
        ch = chr(code)
        for text in (ch, "a" + ch, ch + "a", "a" + ch + "b", "9" + ch, "'" + ch):
            assert summary._WORD.findall(text.lower()) == [w.lower() for w in summary._WORD.findall(text)]


_SUMMARY_WORDS = ["Gwadar", "port", "PORT", "Port", "trade", "energy", "the", "The", "and", "of", "new", "ab"]
_SUMMARY_WORDS += ["it's", "don't", "CPEC's", "e-commerce", "x_y", "3rd", "2024", "İstanbul", "ıt", "ſtate"]
_SUMMARY_WORDS += ["Straße", "naïve", "NAÏVE", "said", "China", "Pakistan", "loans", "power", "plant"]
_SUMMARY_PIECES = [" ", " ", " ", ". ", "! ", "? ", ", ", '"', "“", "”", "‘", "’", "\n", "A "]
_sentence_text = st.lists(st.sampled_from(_SUMMARY_WORDS + _SUMMARY_PIECES), min_size=0, max_size=40).map("".join)
_articles = st.lists(_sentence_text, min_size=1, max_size=8)


@settings(derandomize=True, max_examples=400, deadline=None)
@given(_articles, st.integers(0, 4))
@example(["Gwadar port trade energy loans power plant China Pakistan said."] * 3, 3)
@example(['"Gwadar port trade energy loans power plant China," he said today for sure.', "A b c d e f g h."], 3)
def test_summarize_is_the_plain_one(paragraphs: list[str], max_sentences: int) -> None:
    paragraphs = [p for p in (p.strip() for p in paragraphs) if p]
    if not paragraphs:
        return
    article = make_article("x.txt", paragraphs)
    assert summary.summarize(article, max_sentences) == _plain_summarize(article, max_sentences)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_SUMMARY_WORDS, "a", "an", "xy", "xyz", "the", "THE"]), max_size=30))
def test_bags_are_the_counters(words: list[str]) -> None:
    lowered = [word.lower() for word in words]
    plain = Counter(w for w in lowered if w not in summary._STOPWORDS and len(w) > 2)
    bag = summary._bag(lowered)
    assert bag == dict(plain) and list(bag) == list(plain)


# ---- figures._holds_any -------------------------------------------------------------------------


def test_holds_any_is_the_plain_one() -> None:
    for text in ("", "$", "US$3", "3 dollars", "yuan", "YUAN", "Rs.", "€", "nothing here"):
        for markers in (figures._PREFIX_MARKERS, figures._SUFFIX_MARKERS, ()):
            assert figures._holds_any(text, markers) == any(marker in text for marker in markers)
