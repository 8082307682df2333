"""Shortcuts in quotes, speakers, figures, topics, summary and clauses give the plain computations' answers.

Each shortcut is checked against a copy of the code it replaced (the `_plain_*` functions below), on
tables of edge cases and on generated text built from the words the shortcuts look for.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.article import make_article
from generator.extract import clauses as C
from generator.extract import figures as F
from generator.extract import quotes as Q
from generator.extract import speakers as SP
from generator.extract import summary as S
from generator.extract import topics as T
from generator.extract.clauses import pick_non_overlapping, quote_checker
from generator.extract.names import ATTRIBUTION_VERBS, FOLD, NAMING_CUES, folded
from generator.extract.phrase_index import FOLDS_TO_ASCII
from generator.extract.quote_marks import QuoteSpan
from generator.model import Article, Sentence, Span

# ---- topics --------------------------------------------------------------------------------

_TAXONOMY = T.Taxonomy(
    topics=(
        T.Topic("energy", ("energy", "power plant", "power plants", "MW", "oil and gas", "ML-1")),
        T.Topic("trade", ("trade", "free trade agreement", "trade fair", "E-Commerce", "café society")),
        T.Topic("security", ("security", "Chinese language"), exclude=("food security",)),
        T.Topic("odd", ("-dash", "x.", "naïve", "kelvin scale")),
    ),
    cues=("cooperation", "joint statement", "MoU", "sector"),
)
_NO_CUES = T.Taxonomy(topics=_TAXONOMY.topics)
_WORDS_TEXT = (
    "energy Energy ENERGY power plant plants Power Plants MW mw oil and gas ML-1 trade free agreement fair Trade "
    "E-Commerce e-commerce café society security food Food Chinese language -dash x. naïve NAÏVE kelvin Kelvin "
    "\u212aelvin scale ſcale ſecurity İ ı cooperation Cooperation joint statement MoU MOU sector sectors the a "
    "Mr. U.S. 3.5 x"
)
_WORDS = _WORDS_TEXT.split()
_GLUE = [
    " ",
    " ",
    " ",
    "  ",
    ". ",
    "! ",
    "? ",
    ", ",
    "-",
    "\u2019",
    "\u2019s ",
    ". \u201c",
    "\u201d ",
    "_",
    "\u00a0",
    "\n",
]


def _plain_topic_scores(article: Article, taxonomy: T.Taxonomy) -> dict[str, float]:
    """topic_scores as it was: every sentence on its own, every candidate keyword's expression run."""
    patterns = [(T._keyword_regex((k,)), t.name) for t in taxonomy.topics for k in t.keywords]
    patterns += [(T._keyword_regex((k,)), None) for t in taxonomy.topics for k in t.exclude]
    cue = T._keyword_regex(taxonomy.cues) if taxonomy.cues else None

    def topics_in(text: str) -> list[str | None]:
        hits = [(m.start(), m.end(), name) for pattern, name in patterns for m in pattern.finditer(text)]
        by_length = sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0], h[2] or ""))
        return [name for _, _, name in pick_non_overlapping(by_length, lambda h: (h[0], h[1])) if name is not None]

    texts = [(article.title, T.TITLE_WEIGHT)] if article.title else []
    for sentences in article.sentences:
        for sentence in sentences:
            weight = T.CUE_WEIGHT if cue is not None and cue.search(sentence.text) else T.PLAIN_WEIGHT
            texts.append((sentence.text, weight))
    scores: dict[str, float] = {}
    for text, weight in texts:
        for name in topics_in(text):
            scores[name] = scores.get(name, 0.0) + weight
    return scores


_text = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=30).map(
    lambda parts: "".join(word + glue for word, glue in parts)
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_text, min_size=1, max_size=4), st.one_of(st.none(), _text))
def test_topic_scores_by_paragraph_match_sentence_by_sentence(paragraphs: list[str], title: str | None) -> None:
    article = make_article(source_file="a.txt", paragraphs=paragraphs, title=title)
    for taxonomy in (_TAXONOMY, _NO_CUES):
        fast = T.topic_scores(article, taxonomy)
        plain = _plain_topic_scores(article, taxonomy)
        assert fast == plain and list(fast) == list(plain)


def test_topic_scores_fall_back_when_a_match_leaves_its_sentence() -> None:
    """Sentences cut inside a keyword, or next to a word character: the paragraph cannot stand for them."""
    paragraph = "The power plant opened. Trade cooperation grew."
    cuts = [
        ((0, 9), (10, 47)),  # "The power" | "plant opened. …": "power plant" runs over the cut
        ((0, 23), (24, 47)),  # the splitter's own cut
        ((0, 12), (12, 47)),  # "The power pl" | "ant opened": word characters either side
        ((0, 30), (30, 47)),  # inside "cooperation"
        ((0, 35), (36, 47)),  # after "cooperation", before "grew"
    ]
    for cut in cuts:
        sentences = tuple(Sentence(0, i, a, b, paragraph[a:b]) for i, (a, b) in enumerate(cut))
        base = make_article(source_file="a.txt", paragraphs=[paragraph])
        article = Article(**{**base.__dict__, "sentences": (sentences,)})
        assert T.topic_scores(article, _TAXONOMY) == _plain_topic_scores(article, _TAXONOMY)
    sentences = (Sentence(0, 0, 0, 9, "not this."),)  # a sentence that is not the paragraph's text
    base = make_article(source_file="a.txt", paragraphs=[paragraph])
    article = Article(**{**base.__dict__, "sentences": (sentences,)})
    assert T.topic_scores(article, _TAXONOMY) == _plain_topic_scores(article, _TAXONOMY)


def test_fold_changes_no_word_of_a_text() -> None:
    """Topics look up folded paragraphs in the keyword index: FOLD must leave their words alone."""
    for source, target in FOLD.items():
        for char in (chr(source), target):
            assert not re.match(r"\w", char) and not FOLDS_TO_ASCII.match(char)


def test_ascii_matched_ignoring_case_is_ascii_of_the_same_lower_case() -> None:
    """Why a keyword's words are looked for in the lower-cased text: outside FOLDS_TO_ASCII, a character
    that an ASCII character matches ignoring case lower-cases to that character's lower case."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for code in range(32, 127):
        char = chr(code)
        for found in re.finditer(re.escape(char), everything, re.IGNORECASE):
            other = found.group()
            assert FOLDS_TO_ASCII.match(other) or other.lower() == char.lower(), (char, other)


# ---- summary -------------------------------------------------------------------------------


def _plain_summarize(article: Article, max_sentences: int = 3) -> tuple[Span, ...]:
    """summarize as it was."""

    def eligible(sentence: Sentence) -> bool:
        text = sentence.text.strip()
        if len(S._WORD.findall(text)) < S.MIN_WORDS or text[:1] in S._QUOTE_OPEN:
            return False
        quoted = sum(len(m.group()) for m in S._QUOTED.finditer(text))
        rest = S._QUOTED.sub("", text)
        opened = max(rest.rfind("\u201c"), rest.rfind('"'))
        if opened >= 0:
            quoted += len(rest) - opened
        return quoted < 0.5 * len(text)

    def bag(text: str) -> Counter[str]:
        words = (m.lower() for m in S._WORD.findall(text))
        return Counter(w for w in words if w not in S._STOPWORDS and len(w) > 2)

    def cosine(a: Counter[str], a_norm: float, b: Counter[str], b_norm: float) -> float:
        if not a or not b:
            return 0.0
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        return sum(count * large[word] for word, count in small.items() if word in large) / (a_norm * b_norm)

    if max_sentences <= 0:
        return ()
    candidates: list[Sentence] = []
    seen: set[str] = set()
    for p, sentences in enumerate(article.sentences):
        inside_quote = quote_checker(article.paragraphs[p])
        for sentence in sentences:
            key = " ".join(S._WORD.findall(sentence.text.lower()))
            if key in seen or inside_quote(sentence.start) or not eligible(sentence):
                continue
            seen.add(key)
            candidates.append(sentence)
    if not candidates:
        return ()
    bags = [bag(s.text) for s in candidates]
    norms = [math.sqrt(sum(v * v for v in b.values())) for b in bags]
    count = len(bags)
    similarity = [[0.0] * count for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, count):
            similarity[i][j] = similarity[j][i] = cosine(bags[i], norms[i], bags[j], norms[j])
    scores = [sum(similarity[i][j] for j in range(count) if j != i) for i in range(count)]
    ranked = sorted(range(1, count), key=lambda i: (-round(scores[i], 9), i))
    picked = sorted([0, *ranked[: max_sentences - 1]])
    return tuple(Span(candidates[i].paragraph, candidates[i].index) for i in picked)


_SUMMARY_WORDS_TEXT = (
    "China Pakistan trade port Gwadar loan energy the of and said minister project projects corridor CPEC "
    "İstanbul İSTANBUL ıdea DİNÇ Straße naïve don't Pakistan’s ports 2024 x_y co-operation"
)
_SUMMARY_WORDS = _SUMMARY_WORDS_TEXT.split()
_SUMMARY_GLUE = [" ", " ", " ", " ", ", ", ". ", '"', ' "', '" ', "\u201c", "\u201d ", " \u201c", "; "]
_summary_text = st.lists(st.tuples(st.sampled_from(_SUMMARY_WORDS), st.sampled_from(_SUMMARY_GLUE)), max_size=40).map(
    lambda parts: "".join(word + glue for word, glue in parts)
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_summary_text, min_size=1, max_size=6), st.integers(0, 4))
def test_summarize_matches_the_plain_computation(paragraphs: list[str], max_sentences: int) -> None:
    paragraphs = paragraphs + paragraphs[:2]  # repeated lines
    article = make_article(source_file="a.txt", paragraphs=paragraphs)
    assert S.summarize(article, max_sentences) == _plain_summarize(article, max_sentences)


def test_summary_keys_of_non_ascii_sentences_are_read_from_the_lowered_text() -> None:
    """ "İ" lowers to "i" and a combining dot, which ends a word: lowered, "DİNÇ" is the words "di" and
    "nç", so the second sentence repeats the first (though "DİNÇ" is one word before lowering)."""
    first = "DİNÇ said the corridor and the port would open to traffic next year."
    second = "di nç said the corridor and the port would open to traffic next year."
    article = make_article(source_file="a.txt", paragraphs=[first, second, "Trade at the port grew again this year."])
    assert S.summarize(article) == _plain_summarize(article) == (Span(0), Span(2))


# ---- speakers and quotes -----------------------------------------------------------------------

_NAME_TEXT = ["Zhou", "Zhou Qiang", "Qiang", "Li", "Lin", "Li Lin", "Lin_2", "Çelik", "Çelik Ay", "O'Neil", "-", "_"]
_NAME_TEXT += [" ", " ", ", ", ".", "Mr.", "\u201c", "x", "9", "ZhouZhou", "Li-Lin", "'s"]
_FORMS = ["Zhou", "Zhou Qiang", "Qiang", "Li", "Li Lin", "Lin", "Çelik", "Çelik Ay", "O'Neil", "Mr. Zhou", "Zhou Zhou"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_TEXT), max_size=20).map("".join),
    st.lists(st.sampled_from([*_FORMS, ".Zhou", "-Li"]), min_size=1, unique=True),
)
def test_name_finder_finds_what_an_alternation_of_the_names_finds(text: str, forms: list[str]) -> None:
    forms.sort(key=lambda form: (-len(form), form))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    finder = SP._NameFinder(forms)
    assert finder.find(text) == expected
    assert finder.find(text + " " + text) == [
        (m.start(), m.end(), m.group()) for m in pattern.finditer(text + " " + text)
    ]  # the same finder over another text


_ORG_TEXT = [
    "IMF",
    "the IMF",
    "IMF-led",
    "NHA",
    "N.H.A.",
    "World Bank",
    "Bank",
    "said",
    " said",
    ", said",
    " also said",
]
_ORG_TEXT += [" ", " ", ",", "-", "_", "x", "IMFIMF", "\n", " says", " told", " also  noted", "saidx"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_ORG_TEXT), max_size=16).map("".join),
    st.sampled_from(["IMF", "NHA", "N.H.A.", "World Bank", "Bank", "-", "IMF IMF", "", ".", "said"]),
)
def test_standing_finds_what_finditer_finds(text: str, form: str) -> None:
    alone = rf"(?<![\w-]){re.escape(form)}(?![\w-])"
    assert SP._standing(form, text) == [m.start() for m in re.finditer(alone, text)]
    spoke = alone + rf",?\s+(?:also\s+)?(?:{SP._SPOKE})\b"
    assert SP._standing(form, text, SP._SPOKE_AFTER) == [m.start() for m in re.finditer(spoke, text)]


@given(st.text(alphabet=st.sampled_from("ab \u2019\u2018\u00a0\u2013\u2014'-\u201cé")))
def test_fold_is_folded(text: str) -> None:
    assert SP.fold(text) == folded(text)


def test_fold_changes_only_characters_outside_ascii() -> None:
    assert all(source > 127 for source in FOLD)


@given(
    st.lists(st.sampled_from(["Mr", "Mrs", "Ms", "Miss", "Madam", "M", ".", " ", "Zhou", "r", "s", "\n"])).map("".join)
)
def test_honorific_pre_check_lets_every_honorific_through(text: str) -> None:
    if SP._HONORIFIC_NAME.search(text):
        assert SP._may_hold_an_honorific(text)


def test_honorific_pre_check_on_each_honorific() -> None:
    for honorific in ("Mr", "Mrs", "Ms", "Miss", "Madam"):
        for text in (f"{honorific} Zhou", f"x {honorific}. Zhou-Li said"):
            assert SP._HONORIFIC_NAME.search(text) and SP._may_hold_an_honorific(text)
    assert not SP._may_hold_an_honorific("Minister Zhou and Malik met MRS staff")


def _plain_is_speech(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """quotes._is_speech as it was (since, a short sentence followed by its attribution is speech too:
    the paragraphs below end at the closing mark, where the two agree)."""
    words = span.text.split()
    paragraph = paragraphs[span.paragraph]
    low = [w.lower().strip(".,;:!?") for w in words]
    reported = (  # since: a three-word phrase joined by a linking word, after a speech verb ("firm and sincere"),
        # and two or three words in the first person ("our top priority")
        words[0][0].islower()
        and (
            (len(words) == 3 and any(w.lower() in Q._LINKING_WORDS for w in words))
            or (2 <= len(words) <= 3 and any(w in Q._FIRST_PERSON for w in low))
        )
        and re.search(
            r"\b(?:" + "|".join(ATTRIBUTION_VERBS) + r")\b", re.split(r"[.?!] ", paragraph[: span.start - 1])[-1]
        )
    )
    if len(words) < Q._MIN_WORDS and not Q._is_sentence(span.text) and not reported:
        return False
    outside = (paragraph[: span.start - 1] + " " + paragraph[span.end + 1 :]).lower()
    heading = (  # since: a phrase quoted in a sub-heading ('Credit "on a short leash"')
        len(words) <= 8
        and len(paragraph) <= 80
        and not paragraph.rstrip("\"\u201d\u2019\u00bb' ").endswith((".", "!", "?", ":", ";", ","))
        and len(paragraph.strip()) > len(span.text) + 2
        and not set(re.findall(r"\w+", outside)) & ATTRIBUTION_VERBS
    )
    if heading:
        return False
    label = re.search(r"(?:^|\s)the\s$", paragraph[max(span.start - 6, 0) : span.start - 1], re.IGNORECASE)
    if label and len(words) <= 8 and words[0][0].islower() and span.text.rstrip()[-1] not in ".,!?;:":
        return False  # since: a lower-case label right after "the" ("the “all-weather … partnership”")
    capitalised = [w for w in words if w[0].isalpha() and w.lower() not in Q._MINOR_WORDS]
    title_case = bool(capitalised) and all(w[0].isupper() for w in capitalised)
    before = paragraphs[span.paragraph][: span.start - 1].translate(FOLD)
    if NAMING_CUES.search(before) and len(words) <= 12 and words[0][0].isupper():
        return False
    return not (title_case and len(words) <= 8)


_SPEECH_WORDS = ["Connecting", "Dreams", "Building", "the", "of", "futures", "We", "will", "win", "Money", "follows."]
_SPEECH_WORDS += ["iron", "brothers", "A", "B", "C", "D", "E", "F", "G", "H", "I", "x", "1", "and", "firm", "in", "due"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            "",
            "under the theme ",
            "dubbed\u2019 ",
            "Officials said ",
            "titled: ",
            "the slogan was ",
            "X said the ",
            "He said. The ",
        ]
    ),
    st.lists(st.sampled_from(_SPEECH_WORDS), min_size=1, max_size=14).map(" ".join),
)
def test_is_speech_matches_the_plain_test(before: str, quoted: str) -> None:
    paragraph = f"{before}\u201c{quoted}\u201d"
    span = QuoteSpan(quoted, 0, len(before) + 1, 0, len(paragraph) - 1)
    assert Q._is_speech(span, (paragraph,)) == _plain_is_speech(span, (paragraph,))


# ---- figures and clauses -----------------------------------------------------------------------


def _plain_money_in(text: str) -> tuple[tuple[int, int, float, str], ...]:
    """figures._money_in as it was: every expression tried on every text holding a digit."""
    has_digit = F._DIGIT.search(text) is not None
    if not has_digit and not F._may_spell_an_amount(text):
        return ()
    candidates = []
    for match in F._MONEY_PREFIXED.finditer(text) if has_digit else ():
        link = F._RANGE_TO.search(match.group()) if match["hi"] else None
        if link and F._CHANGE_FROM.search(text, 0, match.start()):
            for part in (
                F._MONEY_PREFIXED.match(text, match.start(), match.start() + link.start()),
                F._MONEY_PREFIXED.match(text, match.start() + link.end()),
            ):
                if part:
                    candidates.append((part.start(), part.end(), F._amount(part), dict(F._PREFIXES)[part["cur"]]))
            continue
        currency = dict(F._PREFIXES)[match["cur"]]
        if match["suffix"]:
            currency = F._suffix_currency(match["suffix"])
        bare_rupee = match["cur"] in ("Rs", "Rs.") and not (match["mult"] or "," in match["num"] or match["suffix"])
        if bare_rupee and re.match(r"\s*\d", text[match.end() :]):
            continue
        candidates.append((match.start(), match.end(), F._amount(match), currency))
    for match in F._MONEY_SUFFIXED.finditer(text) if has_digit else ():
        cents = re.match(r"\s+cents?\b", text[match.end() :])  # "50 euro cents"
        if cents:
            end = match.end() + cents.end()
            candidates.append((match.start(), end, F._amount(match) / 100, F._suffix_currency(match["suffix"])))
            continue
        candidates.append((match.start(), match.end(), F._amount(match), F._suffix_currency(match["suffix"])))
    for match in F._MONEY_IN_WORDS.finditer(text) if F._may_spell_an_amount(text) else ():
        candidates.append((match.start(), match.end(), F._amount(match), F._suffix_currency(match["suffix"])))
    for match in F._MONEY_CENTS.finditer(text) if has_digit else ():  # "13 cents", "9 US cents"
        candidates.append((match.start(), match.end(), F._number(match["num"]) / 100, "USD"))
    by_length = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0]))
    return tuple(F._between_ranges(text, pick_non_overlapping(by_length, lambda c: (c[0], c[1]))))


_MONEY_PIECES = [p for p, _ in F._PREFIXES] + ["3", "12", "1,200", "2.5", "-", " to ", "from ", "between ", " and "]
_MONEY_PIECES += ["million", "bn", "m", "dollars", "US dollars", "yuan", "rupees", "Pakistani rupees", "euros"]
_MONEY_PIECES += ["pounds sterling", "dirhams", "riyals", "yen", "JPY", "two", "billion", "Dollars", "crore", " ", " "]
_MONEY_PIECES += [" cents", " cent", "US cents", "U.S. cents", "per cent", "centre"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MONEY_PIECES), max_size=12).map("".join))
def test_money_pre_checks_find_what_every_expression_finds(text: str) -> None:
    assert F._money_in.__wrapped__(text) == _plain_money_in(text)


def test_every_prefix_holds_a_prefix_marker() -> None:
    assert all(any(marker in prefix for marker in F._PREFIX_MARKERS) for prefix, _ in F._PREFIXES)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_currency_word_holds_a_suffix_marker(data: st.DataObject) -> None:
    for pattern, _ in F._SUFFIXES:
        word = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
        assert any(marker in word for marker in F._SUFFIX_MARKERS), (pattern, word)


_BEFORE_PIECES = [*F._CHANGE_VERBS, "ROSE", "Rose", "roſe", "increaſed", "shran\u212a", "cl\u0130mbed", "by", "BY"]
_BEFORE_PIECES += [" ", "  ", "\n", "\u00a0", "\x1c", "\u2028", ",", ";", "exports", "x", "-", " - ", "(", "3,5"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=10).map("".join))
def test_change_pre_check_lets_every_change_through(before: str) -> None:
    if F._CHANGE_BEFORE.search(before):
        assert F._may_end_in_a_change(before)


def test_change_pre_check_on_each_verb() -> None:
    for verb in F._CHANGE_VERBS:
        for before in (
            verb,
            f"exports {verb.upper()}",
            f"x, exports {verb} BY \n",
            f"it {verb.title()}\u00a0by",
            f"{verb}\tbY",
        ):
            assert F._CHANGE_BEFORE.search(before) and F._may_end_in_a_change(before), before
    for before in ("exports rose 3", "exports rosE by 3", "standby", "it grew bye"):
        assert not F._may_end_in_a_change(before)
    assert F._CHANGE_BEFORE.search("exports roſe by") and F._may_end_in_a_change("exports roſe by")


def test_white_space_of_expressions_is_what_strip_removes() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert "".join(re.findall(r"\s", everything)) == "".join(c for c in everything if c.isspace())


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from([",", ";", ":", "(", ")", "\u2014", "3", "x", " ", "1,0", ",2"]), max_size=12).map("".join)
)
def test_last_break_is_the_last_of_the_breaks(before: str) -> None:
    last = F._UP_TO_LAST_BREAK.match(before)
    assert (last.end() if last else 0) == max((m.end() for m in F._BREAK.finditer(before)), default=0)


def _plain_tidy(text: str, max_words: int = C.MAX_WORDS) -> str:
    """clauses.tidy as it was."""
    text = " ".join(text.split())
    text = C._DATELINE_PREFIX.sub("", text).lstrip(" -\u2013\u2014")
    text = text.strip(" ,;:." + C._QUOTES)
    previous = None
    while previous != text:
        previous = text
        text = C._LEADING_JUNK.sub("", text)
    while previous != text or C._TRAILING_JUNK.search(text):
        previous = text
        text = C._TRAILING_JUNK.sub("", text).strip(" ,;:")
    words = text.split()
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:") + " …"
    return re.sub(r"\s+([,.;:)])", r"\1", text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["and", "the", "loan", "of", "ISLAMABAD:", " ", " ,", " .", " )", ";", "\u00a0"]), max_size=25
    ).map("".join),
    st.integers(1, 12),
)
def test_tidy_matches_the_plain_tidy(text: str, max_words: int) -> None:
    assert C.tidy(text, max_words) == _plain_tidy(text, max_words)
