"""The entity extractor's shortcuts give the same answers as the plain computations they replace."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.article import make_article
from generator.extract import entities as E
from generator.extract import names as N
from generator.extract.gazetteer import load_gazetteer
from generator.extract.memo import once_per
from generator.extract.names import ATTRIBUTION_VERBS, NAME_PARTICLES, folded
from generator.extract.phrase_index import PhraseIndex
from generator.model import Person, Span

# Pieces that make the regexes' edge cases likely: words of each class, possessives, hyphens, digits
# and underscores before letters, letters outside ASCII (İ ı ſ K lower to or match ASCII letters; ǅ
# is title case; ² is \w but no digit), whitespace and punctuation.
_PIECES = st.sampled_from(
    [
        *sorted(NAME_PARTICLES),
        *sorted(E._ORG_CONNECTORS),
        "said",
        "says",
        "say",
        "also",
        "insisted",
        "insist",
        "joke",
        "joked",
        "told",
        "Mr",
        "Mr.",
        "Mrs",
        "Dr",
        "Engr",
        "Tang",
        "Malik",
        "Of",
        "oF",
        "X",
        "a",
        "b",
        "'s",
        "'",
        "-",
        "_",
        "9",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "\u201d",
        "é",
        "É",
        "ß",
        "\u0130",
        "\u0131",
        "\u017f",
        "\u212a",
        "\u01c5",
        "\u00b2",
        "\u0301",
        "\u0663",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=16).map("".join) | st.text(max_size=30)


def _plain_tokens(text: str, keep: frozenset[str] | None) -> list[tuple[str, int, int, str, bool]]:
    """`_tokens` as first written: every `_WORD` match, then the filter."""
    out = []
    for match in E._WORD.finditer(text):
        word = match.group()
        cap = word[0].isupper() or N.NAME_PARTICLE_PREFIX.match(word) is not None  # "d'Affaires", "al-Hassan"
        low = word.lower()
        if keep is None or cap or low in keep:
            out.append((word, match.start(), match.end(), low, cap))
    return out


@settings(max_examples=3000)
@given(_TEXTS, st.sampled_from([None, NAME_PARTICLES, E._ORG_CONNECTORS, frozenset()]))
@example("9abc Def of 'the' x-y_z of- oF \u212aof the'", E._ORG_CONNECTORS)
@example("--bin'- ul9 ud_ \u0130bin", NAME_PARTICLES)
def test_tokens_match_the_plain_scan(text: str, keep: frozenset[str] | None) -> None:
    assert [tuple(tok) for tok in E._tokens(text, keep)] == _plain_tokens(text, keep)


_PLAIN_VERBS = "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True))
# `_SURNAME_SPEAKER` as first written: word-boundary branches, the space after the look-behinds.
_PLAIN_SURNAME_SPEAKER = re.compile(
    rf"(?:\b(?:{_PLAIN_VERBS})\s+(?P<after>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|\b(?:Mr|Mrs|Ms|Dr|Prof|Engr)\.?\s+(?P<titled>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|(?<![A-Z][\w'-])(?<![A-Z][\w'-]{{2}})\s(?P<before>[A-Z][\w'-]+)\s+(?:also\s+)?(?:{_PLAIN_VERBS})\b)"
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, dict[str, str | None]]]:
    return [(match.end(), match.groupdict()) for match in pattern.finditer(text)]


@settings(max_examples=3000)
@given(st.sampled_from([" ", ",", "\n", "\u201d", "-"]), _TEXTS)
@example(" ", "Tang said Malik said Mr Wang")
@example(" ", "Mr said, Mr Said said Mrs Ali, Dr. Khan  also said")
@example(" ", "X said Ali told Ab said A-b noted Zhao")
@example(" ", '"We will," said Governor of the State Bank Faisal Jatoi.')
def test_surname_speaker_finds_what_the_plain_pattern_finds(first: str, rest: str) -> None:
    text = first + rest  # `_speaker_surnames` searches " " + paragraph
    assert _found(E._SURNAME_SPEAKER, text) == _found(_PLAIN_SURNAME_SPEAKER, text)


@given(st.sets(st.text(alphabet="abcs", min_size=1, max_size=5), min_size=1, max_size=12), st.text("abcs", max_size=6))
def test_trie_alternation_matches_exactly_its_words(words: set[str], probe: str) -> None:
    pattern = re.compile(E._trie_alternation(frozenset(words)))
    assert (pattern.fullmatch(probe) is not None) == (probe in words)
    for word in words:
        assert pattern.fullmatch(word)


def test_speech_verbs_are_lower_case_letters() -> None:
    """The trie of verbs finds what the plain alternation found only because, followed by `\\b` or
    `\\s`, at most one verb fits at a position: no verb may hold a non-letter."""
    assert all(re.fullmatch("[a-z]+", verb) for verb in ATTRIBUTION_VERBS)
    pattern = re.compile(rf"(?:{E._SPEECH_VERBS})\b")
    assert all(pattern.fullmatch(verb) for verb in ATTRIBUTION_VERBS)


# ---- words of people and organisations ----------------------------------------------------

_NAMEY = st.sampled_from(
    [
        "Minister",
        "Federal",
        "Chinese",
        "Dr",
        "Dr.",
        "Mr",
        "Prof.",
        "Sir",
        "Kolhi's",
        "Malik",
        "Ali",
        "Sultan",
        "Hamid",
        "bin",
        "ul",
        "Bank",
        "Authority",
        "Ministry",
        "Planning",
        "Railways",
        "China",
        "Pakistan",
        "General",
        "Secretary",
        "of",
        "in",
        "and",
        "the",
        "The",
        "for",
        "to",
        "CPEC",
        "PM",
        "Association",
        "Limited",
        "X",
    ]
)
_SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", " & ", "  "])
_PHRASES = st.lists(st.tuples(_NAMEY, _SEPARATORS), max_size=8).map(lambda pairs: "".join(w + s for w, s in pairs))


def _plain_is_titleish(tok: E._Tok) -> bool:
    low = tok.low
    return (
        low in E.TITLE_HEADS
        or low in E.TITLE_MODIFIERS
        or low in E.NATIONALITIES
        or low.endswith("'s")
        or low.rstrip(".") in E._honorific_stems()
    )


def _plain_name_part(run: list[E._Tok], text: str) -> tuple[list[E._Tok], list[E._Tok]]:
    titled = [_plain_is_titleish(tok) or E._is_honorific(tok, text) for tok in run]
    surname_like = bool(run) and (run[-1].low in E.SURNAME_TITLES or run[-1].low.endswith("'s"))
    if len(run) >= 2 and titled[-1] and not titled[-2] and surname_like:
        titled[-1] = False
    cut = max((i + 1 for i, flag in enumerate(titled) if flag), default=0)
    return run[:cut], run[cut:]


@settings(max_examples=1000)
@given(_PHRASES | _TEXTS)
def test_name_part_and_titleish_match_the_plain_ones(text: str) -> None:
    tokens = E._tokens(text, NAME_PARTICLES)
    for tok in tokens:
        assert E._is_titleish(tok) == _plain_is_titleish(tok)
        dotted = E._Tok(tok.text + ".", tok.start, tok.end + 1, tok.low + "..", tok.cap)  # not from _WORD
        assert E._is_titleish(dotted) == _plain_is_titleish(dotted)
    for run in E._runs(tokens, text):
        for start in range(len(run)):
            assert E._name_part(run[start:], text) == _plain_name_part(run[start:], text)


def _plain_split_org_phrase(text: str, toks: list[E._Tok]) -> list[tuple[str, int]]:
    while toks and (
        toks[0].low in E._LEADING_NON_ORG
        or toks[0].low == "about"
        or (toks[0].low in ("will", "can", "do", "may") and len(toks) > 1 and toks[1].low == "the")  # since
    ):
        toks = toks[1:]
    owner = next((k for k, tok in enumerate(toks) if tok.low.endswith("'s") and tok.low != "people's"), None)
    if owner is not None:
        owned = toks[owner + 1 :]
        toks = [*toks[:owner], E._without_possessive(toks[owner])]
        if len(owned) >= 2:  # what the owner owns is read on its own
            mine = _plain_split_org_phrase(text, toks) if E._org_head([t.text for t in toks]) in E.ORG_HEADS else []
            return mine + _plain_split_org_phrase(text, owned)
    if not toks:
        return []
    for before_the in (True, False):  # an "and" before "the" first: "… Commerce and Industry and the X Bank"
        for k, tok in enumerate(toks):
            if tok.low == "and" and 0 < k < len(toks) - 1 and (toks[k + 1].low == "the") == before_the:
                left, right = [t.text for t in toks[:k]], [t.text for t in toks[k + 1 :]]
                if E._org_head(left) in E.ORG_HEADS and E._org_head(right) in E.ORG_HEADS:
                    return _plain_split_org_phrase(text, toks[:k]) + _plain_split_org_phrase(text, toks[k + 1 :])
    based = [k for k, tok in enumerate(toks) if tok.low.endswith("-based")]
    if based:
        toks = toks[based[-1] + 1 :]
        if len(toks) < 2:
            return []
    words = [t.text for t in toks]
    if E._org_head(words) not in E.ORG_HEADS and "of" in words[1:]:  # "Representatives of the X Group"
        return _plain_split_org_phrase(text, toks[words.index("of") + 1 :])
    if E._org_head(words) not in E.ORG_HEADS or (len(words) < 2 and not words[0].isupper()):
        return []
    if len(words) == 1:
        return []
    if toks[0].low in E.TITLE_HEADS and toks[0].low != "general" and E._org_head(words) in N.COMPANY_HEADS:
        return []  # a title and its portfolio
    if (
        E._org_head(words) in N.COMPANY_HEADS
        and any(t.low in ("and", "&") for t in toks)
        and all(t.low in ("and", "&") or E._is_portfolio_word(t) for t in toks)
    ):
        return []  # portfolios joined by "and"
    toks = E._less_where(toks)  # a place or time after the last "in"
    start, end = toks[0].start, toks[-1].end
    if start and text[start - 1] in '"\u201c\u201d' and text[end : end + 1] in '"\u201c\u201d':
        return []  # a title in quotation marks
    return [(text[start:end], start)]


@settings(max_examples=1000)
@given(_PHRASES | _TEXTS)
@example("The CPEC's Authority and Bank")
@example("The Bank's")
@example("Pakistan's Power Division and the Senate's Defence Committee")
@example("About People's Liberation Army Navy")
@example("Minister Bank in Minister ")
def test_split_org_phrase_matches_the_plain_one(text: str) -> None:
    toks = E._tokens(text, E._ORG_CONNECTORS)
    for i in range(len(toks)):
        for j in range(i, min(len(toks), i + 7)):
            assert E._split_org_phrase(text, toks[i : j + 1]) == _plain_split_org_phrase(text, toks[i : j + 1])


def _plain_strip_title_object(name: list[E._Tok], before: str) -> list[E._Tok]:
    after_title = E._TITLE_AND_OBJECT.search(before)
    in_title = after_title is not None and E._tokens(after_title.group())[0].low in E.TITLE_HEADS
    portfolio_so_far = len(E._tokens(after_title.group())) - 2 if after_title else 0
    if after_title and after_title.group("rank"):  # since: "Minister of State for"
        portfolio_so_far -= 2
    if in_title and len(name) <= 2 and not before.endswith(", ") and portfolio_so_far <= 2:
        return []
    while len(name) > 2 and name[0].low in E._PLACE_WORDS:
        name = name[1:]
    if not in_title and before.endswith((" and ", " & ")) and E._portfolio_so_far(before):  # since: a portfolio
        while (
            len(name) > 2
            and E._is_portfolio_word(name[0])
            and len([t for t in name[1:] if t.low not in NAME_PARTICLES]) >= 2
        ):
            name = name[1:]
    if in_title and len(name) > 2:
        topical = [i for i, t in enumerate(name[:-2]) if E._is_topical(t)]
        given = [i for i, t in enumerate(name[:-2]) if t.low in E.GIVEN_NAME_PREFIXES or t.low in E._GIVEN_NAMES]
        if topical:
            name = name[topical[-1] + 1 :]
        elif before.endswith(", "):  # since: after a comma the title's object has ended
            pass
        elif given:  # since: a given name opens the name
            name = name[given[0] :]
        else:
            keep = 3 if name[-3].low in E.GIVEN_NAME_PREFIXES else 2
            while keep < len(name) and name[-keep].low in NAME_PARTICLES:  # since: "Moin ul Haque"
                keep += 1
            name = name[-keep:]
    return name


@settings(max_examples=1000)
@given(_PHRASES | _TEXTS, _PHRASES)
@example("Ambassador to ", "China Khalil Hashmi")
@example("the Minister for Planning and ", "Development Ahsan Iqbal")
@example("Minister\tof\n", "Energy Ali")
@example("met Secretary Communications and ", "Works Ali Shah")
@example("Minister of State for ", "Revenue Rana Shahid Iqbal")
def test_strip_title_object_matches_the_plain_one(before: str, rest: str) -> None:
    name = E._tokens(rest, NAME_PARTICLES)
    for cut in range(len(name) + 1):
        got = E._strip_title_object(name[cut:], before)
        assert got == _plain_strip_title_object(name[cut:], before)
        if len(name[cut:]) == 1:  # what `_read_run`'s shortcut for one word relies on
            assert got in ([], name[cut:])


# ---- regexes rewritten to start with a character class or a literal --------------------------

_PLACE_HEADS = "|".join(sorted(h.capitalize() for h in E.PLACE_HEADS))
_PLAIN_HEADED = re.compile(rf"\b((?:[A-Z][\w'-]+\s+){{1,3}}(?:{_PLACE_HEADS}))\b")
_PLAIN_BODY = re.compile(
    rf"\bthe\s+((?:[A-Z][\w'-]+\s+)(?:[a-z]+\s+)?(?:{'|'.join(sorted(E.BODY_NOUNS))}))\s+(?:said|says|stated|added|noted)\b"
)
_PLACES_AND_BODIES = st.sampled_from(
    [
        "Gwadar",
        "Port",
        "Bay",
        "Qasim",
        "Sindh",
        "Province",
        "Islands",
        "Island",
        "District",
        "the",
        "The",
        "bathe",
        "Pakistani",
        "Finance",
        "finance",
        "ministry",
        "Ministry",
        "said",
        "says",
        "X",
        "New",
        "9",
        "_",
        "'s",
    ]
)
_PLACE_TEXTS = st.lists(st.tuples(_PLACES_AND_BODIES, _SEPARATORS), max_size=8).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


@settings(max_examples=2000)
@given(_PLACE_TEXTS | _TEXTS)
@example("Port Qasim, Gwadar Port and the Sindh Province")
@example("xThe Punjab Province, _Gilgit District, 9Karachi City")
@example("the Pakistani finance ministry said; bathe Finance Ministry said")
def test_place_and_body_patterns_match_the_plain_ones(text: str) -> None:
    assert _all(E._place_patterns()[0], text) == _all(_PLAIN_HEADED, text)
    assert _all(E._body_pattern(), text) == _all(_PLAIN_BODY, text)
    if not any(prefix in text for prefix in E._PLACE_PREFIX_WORDS):  # `_headed_places` skips the search
        assert not E._place_patterns()[1].search(text)


# ---- patterns anchored at the end of the text before a name --------------------------------

_BEFORE_PIECES = st.sampled_from(
    [
        "minister",
        "former",
        "planning",
        "vice-president",
        "consul-general",
        "family",
        "son",
        "the",
        "The",
        "village",
        "elder",
        "his",
        "'s",
        "manager",
        "of",
        "at",
        "for",
        "Academy",
        "said",
        "told",
        "according to",
        "Dr",
        "Mr.",
        "Mrs",
        "Prof",
        "xDr",
        ",",
        '"',
        "\u201d",
        "'",
        ".",
        "9",
    ]
)
_BEFORE = st.tuples(
    st.lists(st.tuples(_BEFORE_PIECES, _SEPARATORS | st.sampled_from(["", "\n", "\t", "\u2003"])), max_size=8),
    st.sampled_from(["", " ", "  ", "\n", " \n", "\u2003", ", "]),
).map(lambda parts: "".join(w + s for w, s in parts[0]) + parts[1])


@settings(max_examples=3000)
@given(_BEFORE | _TEXTS)
@example("the village elder, ")
@example("former planning minister ")
@example("his son\n")
@example("manager of the ")
@example("\u201d said ")
@example(", said\n")
@example("Mr. Dr ")
def test_end_anchored_shortcuts_agree_with_the_patterns(before: str) -> None:
    for pattern, endings in (
        (E._LOWER_TITLE_BEFORE, E._TITLE_HEAD_ENDINGS),
        (E._KIN_BEFORE, E._KIN_ENDINGS),
        (E._NOUN_APPOSITION_BEFORE, E._APPOSITION_ENDINGS),
        (E._OBJECT_OF_ROLE_OR_ORG, E._OBJECT_ENDINGS),
    ):
        plain = pattern.search(before)
        fast = E._search_end(pattern, endings, before)
        assert (fast and fast.span()) == (plain and plain.span())
    plain_verb = re.search(r"[,\"\u201d']\s*([a-z]+)\s+$", before)
    assert E._verb_after_quote(before) == (plain_verb and plain_verb.group(1))
    if not before.rstrip().endswith(E._HONORIFIC_ENDINGS):  # `_role_before` skips the cut
        assert E._TRAILING_HONORIFICS.sub("", before) == before


def test_fold_maps_characters_one_to_one() -> None:
    """`_taken_up_by_pronoun` slices a folded sentence where it folded slices: FOLD keeps lengths."""
    assert all(isinstance(to, str) and len(to) == 1 for to in E.FOLD.values())


# ---- gazetteer phrases ruled out by a missing word ----------------------------------------


@cache
def _forms() -> E._GazetteerForms:
    return E._GazetteerForms(load_gazetteer())


@cache
def _form_words() -> list[str]:
    forms = _forms()
    words = {w for form, _, _ in forms.organization_patterns for w in re.split(r"(\W)", form)}
    words |= {w for form, _, _, _ in forms.place_patterns for w in re.split(r"(\W)", form)}
    return sorted(w for w in words if w.strip())


_FORM_TEXTS = st.lists(
    st.one_of(
        st.builds(lambda i: _form_words()[i % len(_form_words())], st.integers(0, 10**6)),
        st.builds(lambda i: _form_words()[i % len(_form_words())].upper(), st.integers(0, 10**6)),
        st.sampled_from([" ", " ", "-", "'s", "(", ")", ",", "\u0130", "\u017f", "\u212a", "x", "9"]),
    ),
    max_size=14,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


@settings(max_examples=1500)
@given(_FORM_TEXTS)
@example("the China-Pakistan Economic Corridor Authority (CPECA) in Gwadar Port")
@example("GWADAR PORT and the punjab province")
def test_every_word_candidates_miss_no_match(text: str) -> None:
    forms = _forms()
    for index, patterns in (
        (forms.organization_index, [pattern for _, _, pattern in forms.organization_patterns]),
        (forms.place_index, [pattern for _, _, pattern, _ in forms.place_patterns]),
    ):
        plain = PhraseIndex(index.exact, index.folded, index.always)  # the index without the word test
        candidates = index.candidates(text)
        assert set(candidates) <= set(plain.candidates(text))
        assert candidates == sorted(candidates)
        for position in set(plain.candidates(text)) - set(candidates):
            assert patterns[position].search(text) is None


# ---- people: evidence read only for the mentions that can use it ---------------------------


def _plain_extract_people(article, gazetteer) -> tuple[Person, ...]:
    """`extract_people` as first written: speakers and pronoun evidence read for every pending mention."""
    known = once_per(gazetteer, E._known_names)
    found: list[E._PersonAcc] = []
    pending: list = []
    for p, paragraph in enumerate(article.paragraphs):
        text = folded(paragraph)
        for sentence in article.sentences[p]:
            sent = text[sentence.start : sentence.end]
            span = Span(p, sentence.index)
            for run in E._runs(E._tokens(sent, NAME_PARTICLES), sent):
                E._read_run(run, sent, span, known, found, pending)
    speakers = E._speaker_surnames(article)
    labels = E._speaker_labels(article)  # "MEHREEN QAZI: …" in a transcript
    for name_toks, surface, span, _ in pending:
        words = [t for t in name_toks if t.low not in NAME_PARTICLES]
        evidence = name_toks[-1].text in speakers or E._taken_up_by_pronoun(article, span, name_toks)
        family_first = E._family_name_first(name_toks, speakers)  # "Wang Jianhua …", then "…,” Wang said"
        evidence = evidence or (family_first and E._quoted_alone(article, name_toks[0].text))
        evidence = evidence or " ".join(t.text for t in name_toks).upper() in labels
        if 2 <= len(words) <= 3 and evidence and E._is_name(name_toks, known):
            bare = " ".join(t.text for t in name_toks)
            if not any({t.text for t in name_toks} & set(acc.name.split()) for acc in found):
                E._add_person(found, bare, None, span, surface, bare, False)
    for name_toks, surface, span, prefix in pending:
        E._resolve_short(name_toks, surface, span, prefix, known, found)
    return tuple(
        Person(acc.name, acc.role, tuple(dict.fromkeys(a for a in acc.aliases if a != acc.name)), acc.first)
        for acc in found
    )


_FIXTURES = Path(__file__).parent / "fixtures"


def test_extract_people_matches_the_plain_order_on_the_fixtures() -> None:
    gazetteer = load_gazetteer()
    paths = sorted(_FIXTURES.glob("**/*.txt")) + sorted(_FIXTURES.glob("**/*.md"))
    assert paths
    for path in paths:
        paragraphs = [p for p in path.read_text(encoding="utf-8", errors="replace").split("\n\n") if p.strip()]
        article = make_article(source_file=path.name, paragraphs=paragraphs)
        assert E.extract_people(article, gazetteer) == _plain_extract_people(article, gazetteer), path


@settings(max_examples=300)
@given(st.lists(_PHRASES.map(lambda t: t + " said. Later he spoke."), min_size=1, max_size=4))
@example(["Hamid Sultan Malik arrived. He said so.", "Tang said Ali Khan went home, he said."])
def test_extract_people_matches_the_plain_order(paragraphs: list[str]) -> None:
    article = make_article(source_file="a.txt", paragraphs=paragraphs)
    gazetteer = load_gazetteer()
    assert E.extract_people(article, gazetteer) == _plain_extract_people(article, gazetteer)


# ---- one tokenization of a paragraph for people and organisations --------------------------


@settings(max_examples=3000)
@given(_TEXTS | _PHRASES, st.integers(0, 40), st.integers(0, 40))
@example("Ali said.Khan went", 9, 18)
@example("abcDef ghi", 3, 10)
@example("x 'Ali-Khan' y", 3, 14)
def test_sentence_tokens_match_tokenizing_the_sentence(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    shared = E._tokens(text, E._PERSON_OR_ORG_WORDS)
    got = E._sentence_tokens(shared, text, start, end)
    if got is not None:
        assert got == E._tokens(text[start:end], NAME_PARTICLES)
    assert [t for t in shared if t.cap or t.low in E._ORG_CONNECTORS] == E._tokens(text, E._ORG_CONNECTORS)


def test_extract_entities_matches_the_separate_extractors_on_the_fixtures() -> None:
    gazetteer = load_gazetteer()
    for path in sorted(_FIXTURES.glob("**/*.txt")) + sorted(_FIXTURES.glob("**/*.md")):
        paragraphs = [p for p in path.read_text(encoding="utf-8", errors="replace").split("\n\n") if p.strip()]
        article = make_article(source_file=path.name, paragraphs=paragraphs)
        entities = E.extract_entities(article, gazetteer)
        assert entities.people == E.extract_people(article, gazetteer), path
        assert entities.organizations == E.extract_organizations(article, gazetteer), path
