"""People, organisations and places, found by rules over capitalised words plus the gazetteer.

People come from titles before a name ("Finance Minister Muhammad Aurangzeb"), a title and the
organisation it heads before a name ("Chairman of the Board of Investment Irfan Soomro", "head of
the China Energy Cooperation Office Liang Bo", "CPEC Authority Chairman Khalid Mansoor"), a role
before a comma ("Caretaker Minister for Commerce and Industry, Dr Gohar Ijaz"), appositions ("Liao
Lin, chairman of …"), subjects of attribution verbs ("Moin ul Haque expressed"), honorifics and the
gazetteer. Shorter later mentions ("Sharif", "Dr. Ijaz", "PM Sharif") become aliases. Organisations
come from capitalised phrases headed by a body's word, read around the people found ("China Energy
Cooperation Office" of "… Office Liang Bo"), acronyms and the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from ..model import Article, Entities, Organization, Person, Place, Span
from .clauses import quote_checker
from .gazetteer import Gazetteer, GazetteerEntry
from .memo import once_per
from .names import (
    ATTRIBUTION_VERBS,
    BODY_NOUNS,
    CALENDAR_WORDS,
    COMPANY_HEADS,
    CONNECTORS,
    COUNTRIES,
    ENGLISH_GIVEN_NAMES,
    FACILITY_HEADS,
    FEMALE_GIVEN_NAMES,
    FOLD,
    GIVEN_NAME_PREFIXES,
    HONORIFICS,
    MALE_GIVEN_NAMES,
    MINISTRY_PORTFOLIOS,
    NAME_PARTICLE_PREFIX,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAME_WORDS,
    NOT_SPEAKERS,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PROVINCES,
    REGIONS,
    ROLE_NOUNS,
    SURNAME_TITLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    fold_text,
    folded,
)
from .phrase_index import PhraseIndex, _words

_WORD = re.compile(r"[^\W\d_](?:[\w'\-]*\w)?")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&.]{1,9})\)")


class _Tok(NamedTuple):  # a tuple, not a dataclass: articles make tens of thousands of them
    text: str
    start: int
    end: int
    low: str  # text.lower()
    cap: bool  # text[0].isupper()


def _without_possessive(tok: _Tok) -> _Tok:
    """ "Kolhi's" → "Kolhi", same start."""
    return _Tok(tok.text[:-2], tok.start, tok.end - 2, tok.low[:-2], tok.cap)


@dataclass
class _PersonAcc:
    name: str
    role: str | None
    first: Span
    aliases: list[str] = field(default_factory=list)


def prepare_entities(gazetteer: Gazetteer) -> None:
    """Index `gazetteer`'s names and forms ahead of the first article."""
    once_per(gazetteer, _known_names)
    once_per(gazetteer, _GazetteerForms)


def extract_entities(article: Article, gazetteer: Gazetteer) -> Entities:
    # The words people and organisations are read from, found once per paragraph for both.
    words = [_tokens(folded(paragraph), _PERSON_OR_ORG_WORDS) for paragraph in article.paragraphs]
    people = _extract_people(article, gazetteer, words)
    organizations = _extract_organizations(article, gazetteer, words, people)
    return Entities(
        people=people,
        organizations=organizations,
        places=extract_places(article, gazetteer, _company_openings(organizations)),
    )


# ---- people ---------------------------------------------------------------------------


def extract_people(article: Article, gazetteer: Gazetteer) -> tuple[Person, ...]:
    return _extract_people(article, gazetteer, None)


def _extract_people(article: Article, gazetteer: Gazetteer, words: list[list[_Tok]] | None) -> tuple[Person, ...]:
    """`extract_people`, given (or not) each paragraph's `_tokens(…, _PERSON_OR_ORG_WORDS)`."""
    known = once_per(gazetteer, _known_names)
    found: list[_PersonAcc] = []
    pending: list[tuple[list[_Tok], str, Span, str]] = []  # short mentions resolved after the first pass
    for p, paragraph in enumerate(article.paragraphs):
        text = folded(paragraph)
        for sentence in article.sentences[p]:
            sent = text[sentence.start : sentence.end]
            span = Span(p, sentence.index)
            tokens = None if words is None else _sentence_tokens(words[p], text, sentence.start, sentence.end)
            if tokens is None:
                tokens = _tokens(sent, NAME_PARTICLES)
            for run in _runs(tokens, sent):
                _read_run(run, sent, span, known, found, pending)
    # The mentions below that can use the evidence: two or three words less particles (so two at least).
    testable = [
        entry
        for entry in pending
        if len(entry[0]) >= 2 and 2 <= len([t for t in entry[0] if t.low not in NAME_PARTICLES]) <= 3
    ]
    speakers: set[str] | None = None  # read when first needed: often no mention below needs it
    labels: set[str] | None = None
    for name_toks, surface, span, _ in testable:
        if speakers is None:
            speakers = _speaker_surnames(article, {entry[0][i].text for entry in testable for i in (0, -1)})
        evidence = (
            name_toks[-1].text in speakers
            or (_family_name_first(name_toks, speakers) and _quoted_alone(article, name_toks[0].text))
            or _taken_up_by_pronoun(article, span, name_toks)
        )
        if not evidence:
            labels = _speaker_labels(article) if labels is None else labels
            evidence = bool(labels) and " ".join(t.text for t in name_toks).upper() in labels
        if evidence and (_is_name(name_toks, known) or _company_word_as_surname(name_toks, known, False, "")):
            bare = " ".join(t.text for t in name_toks)
            if not any({t.text for t in name_toks} & set(acc.name.split()) for acc in found):
                _add_person(found, bare, None, span, surface, bare, False)
    name_words: dict[str, frozenset[str]] = {}
    for name_toks, surface, span, prefix in pending:
        _resolve_short(name_toks, surface, span, prefix, known, found, name_words)
    return tuple(
        Person(acc.name, acc.role, tuple(dict.fromkeys(a for a in acc.aliases if a != acc.name)), acc.first)
        for acc in found
    )


def _family_name_first(name: list[_Tok], speakers: set[str]) -> bool:
    """ "Wang Jianhua is watching …" then "Wang said": a two-word name whose first word, not its
    last, speaks alone is written family name first (Chinese, Korean, Vietnamese names)."""
    first = name[0]
    return len(name) == 2 and first.text in speakers and first.low not in REGIONS and first.low not in NATIONALITIES


def _quoted_alone(article: Article, word: str) -> bool:
    """Whether `word` alone is given a direct quote: "…,” Gao said" or "…,” said Wang". A body said
    to say something ("Lumora said it would …") is seldom quoted so."""
    word = re.escape(word)
    pattern = re.compile(
        rf"[\"\u201d]\s+(?:{word}\s+(?:also\s+)?(?:{_SPEECH_VERBS})|(?:{_SPEECH_VERBS})\s+{word})(?![\w'-])"
    )
    return any(word in paragraph and pattern.search(paragraph) for paragraph in article.paragraphs)


def _speaker_labels(article: Article) -> set[str]:
    """The names that open a transcript's paragraphs before a colon, in capitals: "MEHREEN QAZI: Minister,
    welcome.", or in title case when the same label opens two paragraphs or more ("Zhou Yiran: China
    and Pakistan are …", turn after turn). A name written so is a speaker's, a person's. In capitals."""
    labels = set()
    titled: set[str] = set()
    for paragraph in article.paragraphs:
        colon = paragraph.find(":", 0, 40)
        if colon <= 2 or " " not in paragraph[:colon]:
            continue
        label = " ".join(paragraph[:colon].split())
        if label.isupper():
            labels.add(label)
        elif label.istitle():  # every word capitalised: "Zhou Yiran", not "Correction" or "In a statement"
            if label in titled:
                labels.add(label.upper())
            titled.add(label)
    return labels


def _known_names(gazetteer: Gazetteer) -> dict[str, str]:
    """Every written form of a gazetteer person → canonical name."""
    known: dict[str, str] = {}
    for entry in gazetteer.of_kind("person"):
        for form in (entry.name, *entry.aliases):
            known[form.translate(FOLD)] = entry.name
    return known


_RUN_CHAR = re.compile(r"[\w'\-]")  # what `_WORD` matches is made of


def _sentence_tokens(tokens: list[_Tok], text: str, start: int, end: int) -> list[_Tok] | None:
    """`_tokens(text[start:end], NAME_PARTICLES)` from `tokens`, `_tokens(text, _PERSON_OR_ORG_WORDS)`;
    None when `start` or `end` falls inside a run of word characters, apostrophes and hyphens.

    Otherwise every run of those characters, which holds at most one word, is inside the sentence
    or outside it, the same in the sentence as in the paragraph: its words are the paragraph's words
    between `start` and `end`, moved by `start`, less those `NAME_PARTICLES` does not keep."""
    for edge in (start, end):
        if 0 < edge < len(text) and _RUN_CHAR.match(text, edge - 1) and _RUN_CHAR.match(text, edge):
            return None
    out = []
    for tok in tokens:
        if tok.start < start:
            continue
        if tok.start >= end:
            break
        if tok.cap or tok.low in NAME_PARTICLES:
            out.append(
                tok if not start else _new_tok(_Tok, (tok.text, tok.start - start, tok.end - start, tok.low, tok.cap))
            )
    return out


_new_tok = tuple.__new__  # skips NamedTuple's own __new__, a Python function: tokens are made by the thousand


def _tokens(text: str, keep: frozenset[str] | None = None) -> list[_Tok]:
    """The words of `text`; with `keep`, only the capitalised ones and those whose lower case is in it.

    The readers of capitalised runs need no other word: one left out still shows as text in the gap
    between the tokens around it, which then are not adjacent."""
    tokens = []
    if keep is None:
        for match in _WORD.finditer(text):
            word = match.group()
            start, end = match.span()
            cap = word[0].isupper() or (("'" in word or "-" in word) and _particle_led(word))
            tokens.append(_new_tok(_Tok, (word, start, end, word.lower(), cap)))
        return tokens
    for match in _kept_words(keep).finditer(text):  # a superset of the words kept, in order
        word = match.group(1)
        cap = word[0].isupper() or (("'" in word or "-" in word) and _particle_led(word))
        low = word.lower()
        if cap or low in keep:
            start, end = match.span(1)
            tokens.append(_new_tok(_Tok, (word, start, end, low, cap)))
    return tokens


def _particle_led(word: str) -> bool:
    """ "d'Affaires", "al-Hassan": a particle written onto a capitalised word, which counts as capitalised."""
    return NAME_PARTICLE_PREFIX.match(word) is not None


@cache  # one per `keep` set: a few small constant sets
def _kept_words(keep: frozenset[str]) -> re.Pattern[str]:
    r"""The words of `_WORD` less, in the regex engine, most of those `_tokens(text, keep)` drops.

    A maximal run of word characters, apostrophes and hyphens holds at most one `_WORD` match: it
    starts at the run's first letter (digits, "_", "'" and "-" before it start none) and, the greedy
    `[\w'\-]*` backtracking to the last `\w`, it ends there; the rest of the run holds no letter. So
    matching from run starts only, skipping any digit/"_"/"'"/"-" prefix, finds the same words at the
    same offsets. A run whose word goes on to the run's end in ASCII lower-case letters only is
    skipped: that word is not capitalised and is its own lower case, so it is dropped unless in `keep`.
    Every other word is returned for `_tokens` to test as before.
    """
    # Only the words of `[a-z]+` can be skipped below: the others in `keep` need no place in the regex.
    # As a trie (`_trie_alternation`): the same words, most ruled out at their first letter. Inside the
    # look-ahead, followed by `{end}`, either form holds exactly where some kept word ends a run.
    kept = _trie_alternation(frozenset(word for word in keep if re.fullmatch("[a-z]+", word)))
    end = r"(?![\w'\-])"
    return re.compile(rf"(?<![\w'\-])[\d_'\-]*(?!(?!(?:{kept}){end})[a-z]+{end})([^\W\d_](?:[\w'\-]*\w)?)")


def _is_honorific(tok: _Tok, text: str) -> bool:
    return tok.low in HONORIFICS or (text[tok.end : tok.end + 1] == "." and tok.low + "." in HONORIFICS)


def _runs(tokens: list[_Tok], text: str) -> list[list[_Tok]]:
    """Maximal sequences of capitalised words (name particles allowed inside)."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    # The tests below are as they were, each made only when its answer can change the outcome: `dotted`
    # when the gap is not " ", `particle` for a word that is not capitalised and is joined.
    for i, tok in enumerate(tokens):
        joined = False
        if current:
            prev = current[-1]
            gap = text[prev.end : tok.start]
            joined = gap == " " or (gap == ". " and (_is_honorific(prev, text) or len(prev.text) == 1))
        if joined and (tok.cap or (tok.low in NAME_PARTICLES and _particles_then_capital(tokens, i, text))):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if tok.cap else []
    if current:
        runs.append(current)
    return runs


def _particles_then_capital(tokens: list[_Tok], i: int, text: str) -> bool:
    """Whether the particle `tokens[i]` is followed, word after word, by more particles and then a
    capitalised word: "bin" of "Mohamed bin Zayed", "von" and "der" of "Ursula von der Leyen"."""
    k = i + 1
    while k < len(tokens) and _WORD.search(text, tokens[k - 1].end, tokens[k].start) is None:  # the very next word
        if tokens[k].cap:
            return True
        if tokens[k].low not in NAME_PARTICLES:
            return False
        k += 1
    return False


def _is_titleish(tok: _Tok) -> bool:
    low = tok.low
    # `_TITLEISH` holds the honorific stems, so for a word not ending in "." (no word of `_WORD` does)
    # `low.rstrip(".") in stems` is `low in _TITLEISH`'s last part.
    return low in _TITLEISH or low.endswith("'s") or (low.endswith(".") and low.rstrip(".") in _honorific_stems())


@cache
def _honorific_stems() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in HONORIFICS)


_TITLEISH = TITLE_HEADS | TITLE_MODIFIERS | NATIONALITIES | _honorific_stems()


def _name_part(run: list[_Tok], text: str) -> tuple[list[_Tok], list[_Tok]]:
    """Split a run into (title/honorific prefix, name)."""
    # An honorific is titleish too (its stem is one of `_honorific_stems`), so `_is_honorific` adds
    # nothing to `_is_titleish` here.
    titled = [_is_titleish(tok) for tok in run]
    surname_like = bool(run) and (run[-1].low in SURNAME_TITLES or run[-1].low.endswith("'s"))  # "Kolhi's family"
    if len(run) >= 3 and run[-1].low in COMPANY_HEADS and titled[-3]:
        surname_like = True  # a portfolio's word after a title and a name is a surname: "Ambassador Rick Energy"
    if len(run) >= 2 and titled[-1] and not titled[-2] and surname_like:
        titled[-1] = False  # titles come before a name: "Hamid Sultan", "Ayesha Malik" end in surnames
    cut = len(titled)
    while cut and not titled[cut - 1]:
        cut -= 1
    return run[:cut], run[cut:]


_NOT_IN_NAMES = NOT_NAME_WORDS | ORG_HEADS | PLACE_HEADS  # one test for the three


def _is_name(tokens: list[_Tok], known: dict[str, str]) -> bool:
    if not 1 <= len([t for t in tokens if t.low not in NAME_PARTICLES]) <= 4 or len(tokens) > 6:
        return False  # particles do not count: "Muhammad Zubair ud Din Chaudhry"
    for tok in tokens:
        low = tok.low
        if low in _NOT_IN_NAMES or low.endswith("'s"):
            return False
        if tok.text.isupper() and len(tok.text) > 1:
            return False  # acronyms
        if "-" in low and low.replace("-", "") in _NOT_IN_NAMES:
            return False  # a word split at a line end and left unmended: "Education De-partment"
    return True


def _read_run(
    run: list[_Tok],
    sent: str,
    span: Span,
    known: dict[str, str],
    found: list[_PersonAcc],
    pending: list[tuple[list[_Tok], str, Span, str]],
) -> None:
    after_the = run[0].low == "the" or _after_the(sent, run[0].start)
    while run and run[0].low in _LEADING_NON_ORG:  # "When Ayesha Malik …", "After Sharif …"
        run = run[1:]
    if run and run[0].low.endswith("-year-old"):  # "Twenty-two-year-old Bilal Khan": an age, not a name
        run = run[1:]
        after_the = False  # the age, not the name, follows "the": "the Twenty-year-old …" is rare
    if len(run) == 1:
        # right after "the" (also "THE" opening the run) one word names no one unless known
        if not after_the or known.get(run[0].text) is not None:
            _read_word(run, sent, span, known, found, pending)
        return
    prefix, name = _name_part(run, sent)
    if prefix and _organisation_before_name(run, sent) and _only_modifiers(prefix, sent):
        prefix, name = [], run  # "Energy" in "head of the China Energy Cooperation Office Liang Bo": no title
    if not name:
        return
    stripped = False
    title_end: int | None = None  # where a title and its body end before "(ACRONYM) " and the name
    # Whether the words cut off the name are the rest of an organisation a title before the run heads
    # (or a place after it): "Governor of the State Bank Junaid Jatoi", "Chairman of the Board of
    # Investment Irfan Soomro", "head of the China Energy Cooperation Office (in Beijing) Liang Bo".
    # What stands before the run is then that title, not the start of an organisation the run names.
    after_organisation = False
    if len(name) == 1 and not name[0].low.endswith("'s") and not _is_name(name, known):
        if _titled_word_surname(prefix, name[0]):  # "Vice Premier He said": a short mention of He Jiankang
            pending.append((name, sent[run[0].start : name[0].end], span, sent[run[0].start : name[0].start]))
        return  # below, one word without 's stays as it is or goes: either way no name
    if not prefix:
        whole = name
        name = _strip_title_object(name, sent[: run[0].start])
        stripped = len(name) < len(whole)
        after_organisation = (
            stripped
            and bool(name)
            and (_is_topical(whole[len(whole) - len(name) - 1]) or _title_and_object_before(sent[: run[0].start]))
        )
        if not after_organisation and len(whole) >= 2:
            # a title in lower case, "of the" inside the organisation's name, a place after it
            cut = _organisation_before_name(whole, sent)
            if cut and cut >= len(whole) - len(name):
                name = whole[cut:]
                stripped = after_organisation = True
        if not after_organisation and len(name) >= 2 and sent.endswith(") ", 0, run[0].start):
            title_end = _title_of_body_and_acronym_before(sent[: run[0].start])
            after_organisation = title_end is not None
    else:
        name = _less_portfolio_and_place(name)
    if after_the and name and name[0] is run[0] and known.get(sent[name[0].start : name[-1].end]) is None:
        # "The Jhelum Steel Works said …", "financed by the Hunza Technologies": right after "the" a
        # capitalised run names a body, a place or a thing, not a person ("the late Zhou Enlai" is one;
        # so is "Zhou Wen" after "the China International Development Cooperation Agency").
        return
    if name and name[-1].low.endswith("'s") and len(name[-1].text) > 3:  # "Bhagwanti Kolhi's family"
        last = name[-1]
        name = [*name[:-1], _without_possessive(last)]
    titled = after_organisation or any(t.low in TITLE_HEADS for t in prefix)  # "Charge d'Affaires He Hui"
    if (
        not (
            _is_name(name, known)
            or (titled and _surname_as_a_word(name, known))
            # a title before the name, not one whose organisation the name would end ("Chief Executive Officer
            # of Indus Frost Logistics": no "Frost Logistics" after the title's object "Indus")
            or (
                bool(name)
                and _company_word_as_surname(
                    name, known, titled and bool(prefix), sent[: run[0].start], sent[name[-1].end :]
                )
            )
        )
        or (not prefix and not after_organisation and _names_an_organisation(sent[: run[0].start]))
    ):
        return
    surface_name = sent[name[0].start : name[-1].end]
    title = [t for t in prefix if not _is_honorific(t, sent)]
    honorific = [t for t in prefix if _is_honorific(t, sent)]
    canonical = _known_person(surface_name, known, found)
    before, after = sent[: run[0].start], sent[name[-1].end :]
    if len(name) >= 2 and not title and not honorific and canonical is None and _body_in_apposition(before):
        return  # "The company, Tianjin Haixin Dredging, first worked …": a firm's name
    if len(name) >= 2:
        evidence = (
            any(t.low in TITLE_HEADS for t in title)
            or bool(honorific)
            or after_organisation
            or canonical is not None
            or (_person_context(before, after, known) and not _place_after_preposition(run, name, before))
        )
    else:
        evidence = (
            canonical is not None
            or bool(_search_end(_KIN_BEFORE, _KIN_ENDINGS, before) or _AGE_AFTER.match(after))
            or (after_organisation and _name_alone(name[0], after))  # "said head of the Punjab Board Nadeem."
        )
    opening = name[0] if after_organisation else run[0]  # the organisation's words are not the person's
    surface = sent[opening.start : name[-1].end]
    prefix_text = sent[opening.start : name[0].start]
    if not evidence:
        pending.append((name, surface, span, prefix_text))
        return
    role = None
    if title:  # a modifier alone is no office: "… Development and Special Initiatives Ahsan Iqbal" is not "Special"
        bare = sent[title[0].start : title[-1].end] if any(t.low not in TITLE_MODIFIERS for t in title) else None
        role = _clean_role(_role_before(sent[: name[0].start], known) or bare)
    if role is None:
        role_end = title_end if title_end is not None else name[0].start if stripped else run[0].start
        role = _role_before(sent[:role_end], known) or _role_after(after)
    if role is None and not title:  # an honorific alone: "former finance secretary Dr Waqar Masood Khan"
        role = _lower_case_role(before)
    if role is None:  # "Lt Gen (retd) Asim Bajwa said": the rank is the title
        role = _clean_role(_rank_before(before))
    if after[:1] == " " and after[1:4] in _AFFILIATION_LINKS:
        role = _with_affiliation(role, after)
    _add_person(found, canonical or surface_name, role, span, surface, surface_name, bool(honorific), bool(canonical))


# Right after these a bare capitalised run is a place ("a geneticist at … University in Tando Jam, warned"):
# the verb after it is its sentence's, not the place's.
_PLACE_PREPOSITIONS = (" in ", " near ")


def _title_of_body_and_acronym_before(before: str) -> int | None:
    """Where the title and the organisation it heads end when `before` ends in them and that body's
    acronym in brackets: "Vice Chairman of the National Development and Reform Commission (NDRC) " +
    "Lin Weiping" (the run after it is the title holder's name, as after the organisation alone)."""
    acronym = _ACRONYM_IN_BRACKETS.search(before)
    if acronym is None or not _heads_the_organisation(before, acronym.start() + 1):
        return None
    return acronym.start() + 1


_ACRONYM_IN_BRACKETS = re.compile(r"\s\([A-Z][A-Za-z&]*[A-Z]\)\s$")  # " (NDRC) ", " (MoPDSI) "


def _titled_word_surname(prefix: list[_Tok], tok: _Tok) -> bool:
    """Whether `tok`, a word no name holds alone, is a surname written like a common word after a title
    ("Vice Premier He", "Ambassador An"): capitalised (not all capitals) after a title head, it may be
    a short mention of someone named in full, as `_resolve_short` decides (no one new is made of it)."""
    return (
        tok.low in NOT_NAME_WORDS
        and len(tok.text) >= 2
        and tok.text.istitle()
        and any(t.low in TITLE_HEADS for t in prefix)
    )


def _place_after_preposition(run: list[_Tok], name: list[_Tok], before: str) -> bool:
    """Whether the whole run stands right after "in" or "near": a place's name, not a person's. A run
    whose opening words were cut off as a place ("Consul General in Lahore Xu Mingqian") names a person."""
    return name[0] is run[0] and before.endswith(_PLACE_PREPOSITIONS)


def _less_portfolio_and_place(name: list[_Tok]) -> list[_Tok]:
    """The name after a title less the portfolio's, the place's and the body's acronym words that open
    it: "Secretary Communications Kamran Latif", "Secretary Irrigation Sindh Aslam Raza Jatoi",
    "Secretary BOI Jahangir Ali Shah"; two words of a name stay ("Jean-Yves" of "Jean-Yves Le Drian"
    is no portfolio)."""
    while (
        len(name) > 2
        and (_is_portfolio_word(name[0]) or name[0].low in _PLACE_WORDS or _is_acronym(name[0].text))
        and _words_of_a_name(name[1:]) >= 2
    ):
        name = name[1:]
    return name


def _after_the(sent: str, start: int) -> bool:
    """Whether the word "the" (any case) stands right before `start`, one space between."""
    return (
        start >= 4
        and sent[start - 4 : start - 1].lower() == "the"
        and sent[start - 1] == " "
        and (start == 4 or not (sent[start - 5].isalnum() or sent[start - 5] in "'-"))
    )


def _words_of_a_name(tokens: list[_Tok]) -> int:
    return len([t for t in tokens if t.low not in NAME_PARTICLES])


# Surnames written like a word no name holds ("He Xiaoming", "An Ning"): read as names only where a
# pronoun or article cannot stand, right after the capitalised words of an organisation.
_SURNAMES_LIKE_WORDS = frozenset(["he", "an"])


def _surname_as_a_word(name: list[_Tok], known: dict[str, str]) -> bool:
    """ "He Xiaoming" after "… Holding Company": a name whose first word is such a surname."""
    return (
        len(name) >= 2 and name[0].text.istitle() and name[0].low in _SURNAMES_LIKE_WORDS and _is_name(name[1:], known)
    )


def _company_word_as_surname(
    name: list[_Tok], known: dict[str, str], titled: bool, before: str, after: str = ""
) -> bool:
    """ "US envoy Samantha Power", "Ambassador Samantha Power", "Rick Power": a name ending in a word
    that also ends companies' names ("Ravi Power", "Hub Energy", COMPANY_HEADS) is a person's after a
    title, when it opens with a given name, or where only a person can stand (`_only_a_person_around`);
    else it stays a company's ("Kot Addu Power said": companies say things too)."""
    if len(name) < 2 or name[-1].low not in COMPANY_HEADS or not name[-1].text.istitle():
        return False
    if not _is_name(name[:-1], known):
        return False
    return (
        titled
        or name[0].low in _GIVEN_NAMES
        or _person_role(_lower_case_role(before))
        or _only_a_person_around(before, after)
    )


_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | ENGLISH_GIVEN_NAMES
# Roles a firm holds as often as a person: "its Pakistani partner, Mehran Autos," is a company.
_FIRM_ROLES = frozenset(
    ["partner", "partners", "investor", "investors", "owner", "owners", "consultant", "consultants"]
)


def _person_role(role: str | None) -> bool:
    """Whether a lower-case role before a name ending in a company word makes it a person's: not one a
    firm holds too ("partner", "investor", "owner", "consultant")."""
    return role is not None and (not role or role.split()[-1].lower() not in _FIRM_ROLES)


def _only_a_person_around(before: str, after: str) -> bool:
    """Words around a name that a person takes and a company does not: ", who …", an age (", 52,"),
    kin ("'s wife"), a role in apposition (", chief executive of …"), or the name after a quote and
    its verb ('…," said Nate Power'; a company "said in a statement" after the name, not before it)."""
    return (
        after.startswith(", who ")
        or _AGE_AFTER.match(after) is not None
        or _KIN_AFTER.match(after) is not None
        or _role_after(after) is not None
        or _verb_after_quote(before) in _SPEAKING_VERBS
    )


def _name_alone(tok: _Tok, after: str) -> bool:
    """Whether one word after an organisation's name is a person's ("said head of the Punjab Board
    Nadeem."): the words after close it (punctuation, the end, a verb of speech), and it is a known
    given name or reads like a name: not a place of `_PLACE_WORDS`, not ending in "s" ("Vehicles" of
    "… New Energy Vehicles", "Logistics"), three letters or more ("Co" of "… Technology Co.")."""
    rest = after.lstrip()
    if rest and rest[0] not in ".,;:!?)" and not _attribution_follows(after):
        return False
    low = tok.low
    if low in MALE_GIVEN_NAMES or low in FEMALE_GIVEN_NAMES:
        return True
    return len(low) >= 3 and tok.text.istitle() and not low.endswith("s") and low not in _PLACE_WORDS


def _only_modifiers(prefix: list[_Tok], sent: str) -> bool:
    """Whether the words `_name_part` took for a title hold no title head and no honorific: only words
    like "Energy", "Chinese", "Foreign" that may as well be an organisation's ("China Energy …")."""
    return not any(tok.low in TITLE_HEADS or _is_honorific(tok, sent) for tok in prefix)


def _read_word(
    run: list[_Tok],
    sent: str,
    span: Span,
    known: dict[str, str],
    found: list[_PersonAcc],
    pending: list[tuple[list[_Tok], str, Span, str]],
) -> None:
    """`_read_run` for a run of one word, the most common, without what cannot apply to one word.

    `_name_part` leaves it whole or, when titleish (as a word ending in "'s" is), leaves no name.
    Without a prefix, `_strip_title_object` then keeps it or leaves nothing; no "'s" is left to cut,
    so `_is_name` of the name is the answer already had. The name, its surface and the run's text
    are the word's text (a token's text is the text between its offsets); title, honorific and
    prefix text are empty."""
    tok = run[0]
    low = tok.low
    # `_is_titleish(tok) or not _is_name(run, known)`, for one word in one test of a set and three more
    if (
        low in _NOT_ONE_WORD_NAME
        or low.endswith("'s")
        or (low.endswith(".") and low.rstrip(".") in _honorific_stems())
        or (tok.text.isupper() and len(tok.text) > 1)
        or ("-" in low and low.replace("-", "") in _NOT_IN_NAMES)
    ):
        return
    before = sent[: tok.start]
    if not _strip_title_object(run, before) or _names_an_organisation(before):
        return
    word = tok.text
    canonical = _known_person(word, known, found)
    after = sent[tok.end :]
    if canonical is None and not (
        _search_end(_KIN_BEFORE, _KIN_ENDINGS, before) or _AGE_AFTER.match(after) or _named_as(before)
    ):
        pending.append((run, word, span, ""))
        return
    role = _role_before(before, known) or _role_after(after)
    if role is None:
        role = _lower_case_role(before)
    full = None if canonical else _named_in_full_before(word, found, pending, known)
    if full is not None:  # "… is Karim Baig." then "Baig, 41, runs …": the surname of that name
        bare = " ".join(t.text for t in full[0])
        _add_person(found, bare, None, full[2], full[1], bare, False)
    _add_person(found, canonical or word, role, span, word, word, False, bool(canonical))


def _known_person(form: str, known: dict[str, str], found: list[_PersonAcc]) -> str | None:
    """The gazetteer's person for `form`, unless `form` is one word, a surname, that someone else the
    article named in full already bears: "Senator Danish Ali Kakar …", then "Senator Kakar" is he, not
    the gazetteer's Anwaar-ul-Haq Kakar."""
    canonical = known.get(form)
    if canonical is None or " " in form:
        return canonical
    for acc in found:
        if acc.name != canonical and acc.name.split()[-1] == form:
            return None
    return canonical


def _named_in_full_before(
    word: str, found: list[_PersonAcc], pending: list[tuple[list[_Tok], str, Span, str]], known: dict[str, str]
) -> tuple[list[_Tok], str, Span, str] | None:
    """The latest mention so far, not yet taken for a person, of a name of two or three words ending
    in `word`, when no one found holds `word`: a surname alone names the person named most recently."""
    if any(word in acc.name.split() for acc in found):
        return None
    for entry in reversed(pending):
        name = entry[0]
        if len(name) >= 2 and name[-1].text == word:
            words = len([t for t in name if t.low not in NAME_PARTICLES])
            return entry if 2 <= words <= 3 and _is_name(name, known) else None
    return None


# A word that, alone, is titleish (`_TITLEISH`) or no name: a particle only (no word left to count),
# or a word no name holds.
_NOT_ONE_WORD_NAME = _TITLEISH | NAME_PARTICLES | _NOT_IN_NAMES


def _add_person(
    found: list[_PersonAcc],
    name: str,
    role: str | None,
    span: Span,
    surface: str,
    bare: str,
    honorific: bool,
    from_gazetteer: bool = False,
) -> None:
    toks = set(name.lower().split())  # "Bin Qasim" is "Haris bin Qasim"
    for acc in found:
        acc_toks = set(acc.name.lower().split())
        if toks <= acc_toks or acc_toks <= toks:
            if len(toks) > len(acc_toks) and not from_gazetteer:
                acc.aliases.append(acc.name)
                acc.name = name
            acc.role = acc.role or role
            _note_alias(acc, surface, bare, honorific)
            return
    acc = _PersonAcc(name, role, span)
    _note_alias(acc, surface, bare, honorific)
    found.append(acc)


def _note_alias(acc: _PersonAcc, surface: str, bare: str, honorific: bool) -> None:
    if bare != acc.name:
        acc.aliases.append(bare)
    if honorific and surface != acc.name:
        acc.aliases.append(surface)


def _resolve_short(
    name: list[_Tok],
    surface: str,
    span: Span,
    prefix: str,
    known: dict[str, str],
    found: list[_PersonAcc],
    name_words: dict[str, frozenset[str]] | None = None,
) -> None:
    """`name_words`, when given, keeps `set(name.lower().split())` of the names seen in `found`
    (a name's words do not change), for the next short mention of the article."""
    words = {t.low for t in name}
    if name_words is None:
        matches = [acc for acc in found if words <= set(acc.name.lower().split())]
    else:
        matches = []
        for acc in found:
            held = name_words.get(acc.name)
            if held is None:
                held = name_words[acc.name] = frozenset(acc.name.lower().split())
            if words <= held:
                matches.append(acc)
    if len(matches) == 1:
        acc = matches[0]
    else:
        bare = " ".join(t.text for t in name)
        canonical = known.get(bare)
        if canonical is None or matches:
            return
        acc = next((a for a in found if a.name == canonical), None)
        if acc is None:
            acc = _PersonAcc(canonical, None, span)
            found.append(acc)
    bare = " ".join(t.text for t in name)
    if bare != acc.name and bare.lower() not in NOT_NAME_WORDS:  # "He" alone is the pronoun: only "Vice Premier He"
        acc.aliases.append(bare)
    if prefix and len(prefix.split()) <= 4:
        acc.aliases.append(surface)


# "Minister for ", "Minister for Planning and ", "Minister of Energy, Power and ": a title's object so far.
# A rank "of State" may come between the title and its link: "Minister of State for ".
# `\b[A-Z]` written `[A-Z](?<!\w[A-Z])`, as in `_place_patterns`: the engine skips to the next capital.
_TITLE_AND_OBJECT = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w'-]*\s+(?P<rank>of\s+State\s+)?(?:to|for|of|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'-]*(?:,\s+|\s+))*?(?:(?:and|&)\s+)?$"
)


# Every match of `_TITLE_AND_OBJECT` holds one of these: a cheap test first, that fails for most
# prefixes (the regex engine jumps between the spaces).
_PREPOSITION = re.compile(r"\s(?:to|for|of|in)\s")


def _strip_title_object(name: list[_Tok], before: str) -> list[_Tok]:
    """ "China Khalil Hashmi" after "Ambassador to " → "Khalil Hashmi"; "Railways Hamid Tariq" → "Hamid Tariq"."""
    after_title = _TITLE_AND_OBJECT.search(before) if _PREPOSITION.search(before) else None
    title_toks = _tokens(after_title.group()) if after_title else []
    in_title = after_title is not None and title_toks[0].low in TITLE_HEADS
    portfolio_so_far = len(title_toks) - 2 if after_title else 0  # words after "Minister for"
    if after_title and after_title.group("rank"):
        portfolio_so_far -= 2  # "Minister of State for …": "of State" is the title's
    if in_title and len(name) <= 2 and not before.endswith(", ") and portfolio_so_far <= 2:
        return []  # "Minister for Transport and Mass Transit, …": the portfolio, not a name
    while len(name) > 2 and name[0].low in _PLACE_WORDS:
        name = name[1:]
    if not in_title and before.endswith(_AND_ENDINGS) and _portfolio_so_far(before):
        while len(name) > 2 and _is_portfolio_word(name[0]) and _words_of_a_name(name[1:]) >= 2:
            name = name[1:]  # "Secretary Communications and " + "Works Ali Shah": the portfolio goes on
    if in_title and len(name) > 2:
        name = _less_title_object(name, before.endswith(", "))
    return name


def _title_and_object_before(before: str) -> bool:
    """Whether `before` ends in a title and its object so far ("Federal Minister for National Food Security
    and "): the words cut off a name run after it were the rest of that object ("Research" of "Research
    Rao Tanvir Aslam"), and the name is a title holder's."""
    after_title = _TITLE_AND_OBJECT.search(before) if _PREPOSITION.search(before) else None
    return after_title is not None and _tokens(after_title.group())[0].low in TITLE_HEADS


def _less_title_object(name: list[_Tok], apposition: bool) -> list[_Tok]:
    """A name run (three words or more) after a title and its object so far less the object's last
    words: after a topical word ("Minister for Kashmir Affairs Ali Amin Gandapur"), else from a given
    name on ("Industries and Production Nusrat Kamal Siddiqui", "China Syed Murtaza Ali Gardezi"), else
    the last two words (three after a prefix like "Syed"). After a comma the object has ended and the
    run is all name: "Minister for Energy, Javed Akbar Baig", "Ambassador to China, Moin ul Haque"."""
    topical = [i for i, t in enumerate(name[:-2]) if _is_topical(t)]
    if topical:
        return name[topical[-1] + 1 :]
    if apposition:
        return name
    given = next((i for i, t in enumerate(name[:-2]) if t.low in GIVEN_NAME_PREFIXES or t.low in _GIVEN_NAMES), None)
    if given is not None:
        return name[given:]
    keep = 3 if name[-3].low in GIVEN_NAME_PREFIXES else 2
    while keep < len(name) and name[-keep].low in NAME_PARTICLES:
        keep += 1  # "Moin ul Haque", not "ul Haque"
    return name[-keep:]


_AND_ENDINGS = (" and ", " & ")
# Titles whose capitalised object is a portfolio, written after them ("Secretary Communications") or
# before them ("Local Government Minister"), not an organisation they head.
_PORTFOLIO_TITLES = frozenset(("minister", "ministers", "secretary", "adviser", "advisor"))


def _portfolio_so_far(before: str) -> bool:
    """Whether `before` (ending in " and " or " & ") ends in a portfolio title and the capitalised
    words of a portfolio after it: "Secretary Communications and ", "Adviser Finance & ". Not a
    title and a person's name: "Minister Ahsan Iqbal and "."""
    toks = _tokens(_backward_titleish(before))  # "&" is no word: the portfolio's words and "and"
    title = max((k for k, tok in enumerate(toks) if tok.cap and tok.low in _PORTFOLIO_TITLES), default=-1)
    portfolio = [tok for tok in toks[title + 1 :] if tok.low != "and"]
    return title >= 0 and bool(portfolio) and all(tok.cap and _is_portfolio_word(tok) for tok in portfolio)


def _is_portfolio_word(tok: _Tok) -> bool:
    """A word of a portfolio: topical ("Communications", "Works", `_is_topical`) or a field of
    government that names may hold too ("Housing", "Health", `_PORTFOLIO_FIELDS`)."""
    return _is_topical(tok) or tok.low in _PORTFOLIO_FIELDS


_PORTFOLIO_FIELDS = frozenset(
    [
        *("housing", "health", "education", "transport", "irrigation", "labour", "labor", "culture"),
        *("tourism", "law", "justice", "revenue", "excise", "environment", "water", "food", "population"),
        *("maritime", "home", "religious", "overseas", "parliamentary", "human", "climate"),
    ]
)


def _organisation_before_name(name: list[_Tok], sent: str) -> int:
    """How many words open `name` (two or more words of `sent`) that are the rest of an organisation (or
    the place after it) whose title the text before them ends in: "Chairman of the Board of " +
    "Investment Irfan Soomro" → 1, "head of the " + "China Energy Cooperation Office Liang Bo" → 4,
    "head of the … Office in " + "Urumqi Liang Bo" → 1, "head of the " + "Punjab Board Nadeem" → 2.
    0 when a title heads no such organisation or no name is left after it."""
    start = name[0].start
    if not _after_a_link_word(sent, start) or name[-1].low in _NOT_IN_NAMES:
        return 0
    cut = _organisation_words(name)
    if not cut and len(name) >= 3 and sent.endswith(" in ", 0, start) and name[0].low not in GIVEN_NAME_PREFIXES:
        cut = 1  # "… Office in Urumqi Liang Bo": a place, then the name
    return cut if cut and _heads_the_organisation(sent, start) else 0


def _organisation_words(name: list[_Tok]) -> int:
    """How many words open `name` up to its last word that no name holds (a body's, a portfolio's or a
    place's: "Office", "Investment", "Commission"), the name after it kept: "China Energy Cooperation
    Office Liang Bo" → 4, "Investment Irfan Soomro" → 1, "Commission Iqbal" → 1; 0 for "Indus Crest
    Securities" (a word ending in "s" may be a name's: "Indus", "Abbas"). The last word is never cut,
    nor a surname written like a word ("Company He Xiaoming")."""
    cut = 0
    for i, tok in enumerate(name[:-1]):
        if tok.low in _NOT_IN_NAMES and tok.low not in _SURNAMES_LIKE_WORDS:
            cut = i + 1
    return cut


# What follows a title up to the end of the text before a name run: its link ("of", "for", "at", "on",
# "to"), then the words of an organisation or portfolio so far ("of the ", "of the Board of ", "on
# Commerce ", "of the China Energy Cooperation Office in "). It starts with the link, a literal, which
# the regex engine scans for; the title is the word before it.
_LINK_AND_OBJECT = re.compile(
    r"(?:of|for|at|on|to)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:(?:of|for|and|&|on|in)\s+(?:the\s+)?)?)*?$"
)
_TITLE_REACH = 160  # a title and the words of its organisation so far take fewer characters


def _heads_the_organisation(text: str, end: int) -> bool:
    r"""Whether `text[:end]` ends in a title of an organisation whose name goes on after it ("head of the
    ", "Chairman of the Board of ", "Adviser to the Prime Minister on "): the capitalised words that
    follow are the rest of the organisation's name, then the name of the one who holds the title. Not
    a title in lower case in apposition, after a comma: in "Tian Haoming, regional director of
    Jiangnan Zhongtong New Energy Vehicles" the holder was named before.

    The title is the word (of letters, digits, "_", "'" and "-", opening with an ASCII letter) before
    the leftmost link, after white space, from which `_LINK_AND_OBJECT` reaches the end, within the
    last `_TITLE_REACH` characters: what `(?<![\w'-])([A-Za-z][\w'-]*)\s+` before that expression
    would find first."""
    at = max(end - _TITLE_REACH, 0)
    while True:
        link = _LINK_AND_OBJECT.search(text, at, end)
        if link is None:
            return False
        start = stop = link.start()
        while stop and text[stop - 1].isspace():
            stop -= 1
        first = stop
        while first and _TITLE_WORD_CHAR.match(text, first - 1):
            first -= 1
        if stop < start and first < stop and text[first].isascii() and text[first].isalpha():
            break
        at = start + 1  # no word of a title before this link: the next one
    if text[first:stop].lower() not in TITLE_HEADS:
        return False
    return text[first].isupper() or not _APPOSITION_OPENING.search(text, 0, first)


_TITLE_WORD_CHAR = re.compile(r"[\w'-]")


def _after_a_link_word(text: str, end: int) -> bool:
    """Whether `text[:end]` ends in " of ", " the ", " and "…, as the text before a name run that a title
    of `_heads_the_organisation` opens does (but for white space other than one space): a cheap test
    before it."""
    return text.endswith(_TITLE_LINK_ENDINGS, 0, end)


_TITLE_LINK_ENDINGS = tuple(f" {word} " for word in ("of", "for", "at", "on", "to", "the", "and", "&", "in"))
_APPOSITION_OPENING = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,3}$")  # ", regional ", ", a senior "


def _is_topical(tok: _Tok) -> bool:
    """A word naming a portfolio or a body, not a person ("Railways", "Development", "Authority")."""
    low = tok.low
    return low in NOT_NAME_WORDS or low in ORG_HEADS or low in PLACE_HEADS or low.endswith("s")


_PLACE_WORDS = frozenset(
    [
        "china",
        "pakistan",
        "beijing",
        "islamabad",
        "india",
        "afghanistan",
        "iran",
        "russia",
        "japan",
        "america",
        "britain",
        "europe",
        "asia",
        "africa",
        "guangzhou",
        "shanghai",
        "karachi",
        "lahore",
        "xinjiang",
    ]
) | (REGIONS - {"federal", "provincial"})  # "… of the Republic of Kazakhstan Yerlan Dosmukhamedov", "Punjab Iftikhar …"


_VERB_AFTER = re.compile(r",?\s+(?:also\s+|further\s+|then\s+|now\s+)?([a-z]+)")


def _attribution_follows(after: str) -> bool:
    match = _VERB_AFTER.match(after)
    if not match:
        return False
    word = match.group(1)
    if word == "ne":  # Roman Urdu's subject marker, then the verb: "Syed Azmat Bukhari, ne mujhe … bataya:"
        return _URDU_SPEECH_AFTER.match(after) is not None
    return word in ATTRIBUTION_VERBS or word in _PERSON_VERBS


# "X ne kaha" (X said), "X ne mujhe kal raat phone pe bataya" (X told me last night on the phone).
_URDU_SPEECH_AFTER = re.compile(r",?\s+ne\s+(?:[\w'-]+\s+){0,8}?(?:kaha|bataya)\b")


# Verbs whose subject is a person when it is an untitled two- or three-word name ("Zhang Yulin runs
# the Pakistan office", "Takeshi Ogura heads the agency's office").
_PERSON_VERBS = frozenset(
    [
        "met",
        "briefed",
        "attended",
        "visited",
        "pointed",
        "expressed",
        "heads",
        "runs",
        "leads",
        "chairs",
        "manages",
        "owns",
        "founded",
        "co-founded",
        "directs",
        "oversees",
        "teaches",
        "studies",
        "lives",
    ]
)


def _trie_alternation(words: frozenset[str]) -> str:
    """A regex matching exactly the strings in `words`, their common beginnings factored out.

    "said|says|stated" tries all of its alternatives at every position the engine reaches; "s(?:a(?:id|ys)|tated)"
    rules most out on the first letter. The two match the same strings; where every use is followed by a
    test that at most one of them can pass (a word boundary or a space after lower-case words), they
    find the same matches."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(trie)


# Attribution verbs as one alternation; they are lower-case letters only, so `(?:{_SPEECH_VERBS})\b` and
# `(?:{_SPEECH_VERBS})\s` each fit at most one verb at a position.
_SPEECH_VERBS = _trie_alternation(ATTRIBUTION_VERBS)
# What may stand between a person's name and the verb of a sentence they are the subject of:
# an apposition (", a medical student,"), an age (", 27,"), "of <Institution>," or ", who …,".
_SUBJECT_OF_SPEECH = re.compile(
    rf"^(?:(?:,\s+(?:a|an|the|who|\d{{1,3}}\b)[^,.;:\"\u201c\u201d]{{0,90}}){{1,3}},|\s+of\s+(?:the\s+)?[A-Z][^,.;:]{{0,60}}?,?)"
    rf"\s+(?:also\s+|further\s+|later\s+)?(?:{_SPEECH_VERBS})\b"
)
# "When Ayesha Malik first landed in Wuhan, she could not …": a personal pronoun takes up the name.
_PRONOUN_TAKES_UP = re.compile(r"^[^.;:\"\u201c\u201d]{0,80}?,\s+(?:he|she)\s+[a-z]")


# An age before a name: "the 54-year-old Muhammad Rafiq", "Twenty-two-year-old Bilal Khan".
_AGE_BEFORE = re.compile(r"\b(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old\s+$")


# A firm's noun in apposition before a name, opening the sentence or a clause: "The company, Tianjin Haixin,
# first worked …", "the Chinese firm, Jinan Huarun, said"; not a person's role of a firm ("A spokesperson
# for the company, Chen Yuming,", "The governor of the central bank, Jameel Ahmad,": no preposition inside).
_BODY_APPOSITION_NOUNS = ("company", "firm", "group", "consortium", "conglomerate", "subsidiary", "manufacturer")
_BODY_APPOSITION = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|while|when|after)\s+)(?i:the|an?|its|their)\s+"
    r"(?:(?!(?i:of|for|at|to|with|by|from|in|on)\s)[\w'-]+\s+){0,3}?"
    r"(?:" + "|".join(_BODY_APPOSITION_NOUNS) + r"),\s+$"
)


def _body_in_apposition(before: str) -> bool:
    """Whether a name stands in apposition after a noun of a firm (`_BODY_APPOSITION`)."""
    if not before.endswith(", ") or not before[:-2].endswith(_BODY_APPOSITION_NOUNS):
        return False  # the cheap test first
    return _BODY_APPOSITION.search(before) is not None


def _person_context(before: str, after: str, known: dict[str, str]) -> bool:
    """Whether the words around an untitled two- or three-word name show it is a person."""
    return (
        _attribution_follows(after)
        or _subject_of_speech(after)
        or bool(_search_end(_LOWER_TITLE_BEFORE, _TITLE_HEAD_ENDINGS, before))
        or _attribution_precedes(before)
        or _role_after(after) is not None
        or _role_before(before, known) is not None
        or bool(_KIN_AFTER.match(after) or _search_end(_KIN_BEFORE, _KIN_ENDINGS, before) or _AGE_AFTER.match(after))
        or ("year-old" in before[-30:] and _AGE_BEFORE.search(before) is not None)
        or bool(
            (after.startswith(",") or _affiliation(after))
            and _search_end(_NOUN_APPOSITION_BEFORE, _APPOSITION_ENDINGS, before)
        )
        or (before.endswith("late ") and _THE_LATE.search(before) is not None)
        or _named_as(before)
        or _rank_before(before) is not None  # "Rear Admiral (retd) Tahir Mehmood Lodhi"
    )


_THE_LATE = re.compile(r"(?<![\w'-])the\s+late\s+$", re.IGNORECASE)  # "the late Zhou Enlai": the dead were people


# "former planning minister Iqbal Sheikh", "provincial finance secretary Amna Jabeen": a title in lower case.
_LOWER_TITLE_BEFORE = re.compile(r"(?<!['\w])((?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(sorted(TITLE_HEADS)) + r"))\s+$")
# "Kolhi's family", "daughter Sita", "Sita, 19,": kinship and ages belong to people.
_KIN_WORDS = (
    "family",
    "families",
    "daughter",
    "son",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "children",
    "home",
    "house",
    "widow",
    "colleague",
    "deputy",
    "aide",
    "assistant",
    "friend",
    "neighbour",
    "neighbor",
)
_KIN = f"(?:{'|'.join(_KIN_WORDS)})"
_KIN_AFTER = re.compile(rf"^'s\s+(?:[a-z]+\s+)?{_KIN}\b")
_KIN_BEFORE = re.compile(rf"\b{_KIN}\s+$")
_AGE_AFTER = re.compile(r"^,\s+\d{1,3},")
# "the village elder, Ramesh Kolhi,": a lower-case noun phrase in apposition before the name.
_NOUN_APPOSITION_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|another|her|his|their|its|our)|'s)\s+([a-z][\w'-]*(?:\s+[\w'-]+){0,7}),\s+$"
)
# "manager of ", "Academy of ", "Chinese Academy of the ": the words after name an organisation or a place.
_OBJECT_OF_ROLE_OR_ORG = re.compile(r"\b([A-Za-z][\w'-]*)\s+(?:of|at|for)\s+(?:the\s+)?$")

# What each of the end-anchored patterns above has last before its closing whitespace (`\s+$`, `\s*$`).
_TITLE_HEAD_ENDINGS = tuple(sorted(TITLE_HEADS))
_KIN_ENDINGS = tuple(_KIN_WORDS)
_APPOSITION_ENDINGS = (",",)
_OBJECT_ENDINGS = ("of", "at", "for", "the")


def _search_end(pattern: re.Pattern[str], endings: tuple[str, ...], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern anchored at the end whose every match ends in one of `endings`
    and then whitespace only. Unless `text` less its final whitespace ends so, there is no match: a
    test in C first, instead of the regex engine trying the pattern at every position of `text`."""
    if not text.rstrip().endswith(endings):  # `rstrip` strips what `\s` matches
        return None
    return pattern.search(text)


# "who gave his name as Karim", "identified only as Sakina", "who goes by Rashid": one name, a person's.
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+as|identified\s+(?:himself\s+|herself\s+)?"
    r"(?:only\s+)?as|known\s+only\s+as|goes\s+by|asked\s+to\s+be\s+identified\s+(?:only\s+)?as)\s+$"
)


def _named_as(before: str) -> bool:
    return before.endswith((" as ", " by ")) and _NAMED_AS_BEFORE.search(before) is not None


def _lower_case_role(before: str) -> str | None:
    """ "former planning minister X", "the chief executive of the Sahiwal plant, X,": a role in lower case."""
    title = _search_end(_LOWER_TITLE_BEFORE, _TITLE_HEAD_ENDINGS, before)
    if title:  # "alongside economist X", "on the programme was economist X": only what follows such words
        words = title.group(1).split()
        stops = [k for k, word in enumerate(words[:-1]) if word in _NO_ROLE_WORDS]
        if stops:
            return " ".join(words[stops[-1] + 1 :])
        return " ".join([*_sentence_opening_modifier(before[: title.start(1)]), *words])
    apposition = _search_end(_NOUN_APPOSITION_BEFORE, _APPOSITION_ENDINGS, before)
    if apposition and any(word in ROLE_NOUNS for word in apposition.group(1).lower().split()):
        return apposition.group(1)
    return None


def _sentence_opening_modifier(before: str) -> list[str]:
    """The title modifier opening a sentence, capitalised only for that, before a role in lower case:
    "Chief" of "Chief financial officer Rehan Siddiqui said"; [] when there is none."""
    head = before.rstrip()
    word = head.rsplit(None, 1)[-1] if head else ""
    opens = len(word) == len(head) or head[: len(head) - len(word)].rstrip().endswith((".", "?", "!", '"', "\u201d"))
    return [word] if opens and word.istitle() and word.lower() in TITLE_MODIFIERS else []


# " of the PPP,", " at Indus Ridge Capital said": the body a person belongs to, right after the name,
# up to a stop or a word in lower case. Its link opens `after` (`_AFFILIATION_LINKS`: a cheap test first).
_AFFILIATION_AFTER = re.compile(
    r"\s(of|at|from)\s+(?:the\s+)?([A-Z][\w'&-]*(?:\s+(?:of|for|and|on|&|[A-Z][\w'&-]*)){0,7})(?=[,.;:)]|\s+[a-z]|$)"
)
_AFFILIATION_LINKS = ("of ", "at ", "fro")


def _affiliation(after: str) -> tuple[str, str] | None:
    """The link and the body's name in `after` (what follows a name) when it opens with the body the
    person belongs to: " of Indus Ridge Capital, was", " of the PPP said". A place is no such body."""
    if after[:1] != " " or after[1:4] not in _AFFILIATION_LINKS:
        return None
    match = _AFFILIATION_AFTER.match(after)
    if match is None:
        return None
    words = match.group(2).split()
    acronym = len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].replace("-", "").isupper()
    if not acronym and (len(words) < 2 or _org_head(words) not in ORG_HEADS):
        return None
    start = match.start(2) - (4 if after.startswith("the ", match.start(2) - 4) else 0)  # "of the PPP"
    return match.group(1), after[start : match.end(2)]


def _with_affiliation(role: str | None, after: str) -> str | None:
    """A bare role ("Senator", "analyst") and the body named after the name: "Senator of the PPP",
    "analyst at Indus Ridge Capital"; the body alone when there is no role. A role that names its
    body or place already ("chairman of …", "Minister for …", "spokesman, Foreign Office") is kept."""
    found = _affiliation(after)
    if found is None:
        return role
    link, body = found
    if role is None:
        return body[4:] if body.startswith("the ") else body
    if len(role.split()) > 3 or any(f" {w} " in f" {role} " for w in ("of", "for", "at", "to", "in")) or "," in role:
        return role
    return f"{role} {link} {body}"


def _names_an_organisation(before: str) -> bool:
    """A capitalised run right after "manager of" or "Academy of" is an organisation, not a person."""
    match = _search_end(_OBJECT_OF_ROLE_OR_ORG, _OBJECT_ENDINGS, before)
    if not match:
        return False
    word = match.group(1)
    return (word[0].islower() and word.lower() in ROLE_NOUNS) or word.lower() in ORG_HEADS


def _subject_of_speech(after: str) -> bool:
    """The name is the subject of a speech verb behind an apposition, or a pronoun refers back to it."""
    return after.startswith(", who") or bool(
        _SUBJECT_OF_SPEECH.match(after) or _PRONOUN_TAKES_UP.match(after) or _DASH_APPOSITION.match(after)
    )


# "Zulfiqar Ali Chen - a Pakistani of Chinese descent whose grandfather … - heads the association"
_DASH_APPOSITION = re.compile(r"^\s+-\s+(?:a|an|the|who)\s+[^-]{3,150}\s-\s+[a-z]")


# "said Malik", "Mr Malik", " Malik said": a single word as a speaker, searched in " " + paragraph.
# Every branch starts by taking one non-word character, so the engine skips word characters without
# entering the branches: for the verb and title branches it is the character before the word (they
# used to start after it, at `\b`), for the name branch the space it always started with. This finds
# the same matches, only one character earlier, because (1) at one position at most one branch can
# match: the verb one needs a lower-case letter next, the others a capital; after a title the title
# one needs `.` or a space then a capital, the name one a space then a lower-case word; and (2) the
# character taken was never inside an earlier match, as every match ends before a non-word
# character, which starts no verb or title. Exact on texts that start with a non-word character.
_SURNAME_SPEAKER = re.compile(
    rf"\W(?:(?:{_SPEECH_VERBS})\s+(?P<after>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|(?:Mr|Mrs|Ms|Dr|Prof|Engr)\.?\s+(?P<titled>[A-Z][\w'-]+)(?![\w'-]|\s+[A-Z])"
    rf"|(?<=\s)(?<![A-Z][\w'-]\s)(?<![A-Z][\w'-]{{2}}\s)(?P<before>[A-Z][\w'-]+)\s+(?:also\s+)?(?:{_SPEECH_VERBS})\b)"
)


def _taken_up_by_pronoun(article: Article, span: Span, name: list[_Tok]) -> bool:
    """ "Rehmat Baloch has polished onyx since he was 12." / "Khalid Paracha sells lamps. He first came
    in 2018." / "Gao Shufen put it back. “680 yuan for a rock?” she said.": a he or she takes up the
    name that opens a sentence (outside quotation marks) as its subject."""
    sentences = article.sentences[span.paragraph]
    sentence = sentences[span.sentence]
    text = fold_text(sentence.text)  # FOLD maps characters one to one: slices of it are folded slices
    opening = text[: name[0].start]
    if opening.strip() and not _ADVERBIAL_OPENING.fullmatch(opening):
        return False
    if (
        not opening
        and span.sentence == 0
        and _in_a_longer_label(article.paragraphs[span.paragraph], sentence.start, name)
    ):
        return False
    if quote_checker(article.paragraphs[span.paragraph])(sentence.start + name[0].start):
        return False
    if _HE_OR_SHE.search(text[name[-1].end :]):
        return True
    if span.sentence + 1 >= len(sentences):
        return False
    following = fold_text(sentences[span.sentence + 1].text)
    return bool(_OPENS_WITH_HE_OR_SHE.match(following) or _PRONOUN_SAID.search(following))


def _in_a_longer_label(paragraph: str, offset: int, name: list[_Tok]) -> bool:
    """Whether the name opening `paragraph` (its sentence at `offset`) is part of a longer transcript
    label before a colon: "Associated Press of Pakistan: On Monday, …" labels an outlet's question, and a
    label is no subject a pronoun takes up."""
    colon = paragraph.find(":", 0, 60)
    return colon > offset + name[-1].end and paragraph[offset + name[-1].end : colon].strip() != ""


_ADVERBIAL_OPENING = re.compile(r"(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,6},\s+)?")  # "A few stalls away, "
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b")
_OPENS_WITH_HE_OR_SHE = re.compile(r"\s*(?:He|She)\s+[a-z]")
_PRONOUN_SAID = re.compile(r"[,?!\"\u201d]\s*(?:he|she)\s+(?:said|says|added|asked|explained)\b")


def _speaker_surnames(article: Article, wanted: set[str] | None = None) -> set[str]:
    """Single words used as speakers ("said Malik", "Tang said"): the surname of someone named in full.

    With `wanted`, only a paragraph holding one of its words is searched: the answer is then right for
    those words (a word found in a paragraph is part of it), and is only asked about them."""
    out: set[str] = set()
    for paragraph in article.paragraphs:
        text = folded(paragraph)
        if wanted is not None and not any(word in text for word in wanted):
            continue
        for match in _SURNAME_SPEAKER.finditer(" " + text):
            word = match.group("after") or match.group("titled") or match.group("before")
            if word.lower() not in NOT_NAME_WORDS and word.lower() not in NOT_SPEAKERS:
                out.add(word)
    return out


def _attribution_precedes(before: str) -> bool:
    """'according to X' or '…,” said X'."""
    if before.endswith("according to "):
        return True
    return _verb_after_quote(before) in _SPEAKING_VERBS


_SPEAKING_VERBS = ATTRIBUTION_VERBS - {"told", "tells", "asked", "asks"}  # not listeners


def _verb_after_quote(before: str) -> str | None:
    r"""Group 1 of `re.search(r"[,\"\u201d']\s*([a-z]+)\s+$", before)`, read from the end.

    The `[a-z]+` ends where the final whitespace starts and, as a letter cannot stand for `\s*` or
    the mark, takes all the lower-case letters before it; then come `\s*` and the mark. So there is
    at most one match, found here without trying the pattern at every position of `before`."""
    text = before.rstrip()  # `rstrip` strips what `\s` matches
    if len(text) == len(before):
        return None  # no final whitespace
    start = len(text)
    while start and "a" <= text[start - 1] <= "z":
        start -= 1
    if start == len(text) or not text[:start].rstrip().endswith((",", '"', "\u201d", "'")):
        return None
    return text[start:]


def _backward_titleish(segment: str) -> str:
    """The longest end of `segment` made of capitalised words and connectors."""
    return _titleish_walk(segment)[0]


def _titleish_walk(segment: str) -> tuple[str, bool]:
    """`_backward_titleish(segment)`, and whether a word of it is in TITLE_HEADS (else
    `_from_title_start` of it, or of any end of it after white space, is None).

    Read over `_titleish_tail(segment)` and, of its words, only the capitalised ones, connectors and
    title heads (`_TITLEISH_WALK_WORDS`): the walk back used to stop at the first other word, and now
    stops at the word before it instead, whose gap to the words after holds the word left out (a
    letter is not " " or "&"), with the same `start`. The words walked over are all the words of
    the answer: between them and after the last stand only " " and "&"."""
    segment = _titleish_tail(segment)
    start = len(segment)
    head = False
    for tok in reversed(_tokens(segment, _TITLEISH_WALK_WORDS)):
        if segment[tok.end : start].strip(" &"):
            break
        start = tok.start
        head = head or tok.low in TITLE_HEADS
    return segment[start:].strip(), head


_TITLEISH_WALK_WORDS = CONNECTORS | TITLE_HEADS
# What `_backward_titleish` walks back over: word characters, apostrophes and hyphens (all a word is
# made of, and all that can share a run of them with one) and the gaps " " and "&".
_TITLEISH_TAIL = re.compile(r"[\w'\- &]*")


def _titleish_tail(segment: str) -> str:
    """`segment` after its last character that `_TITLEISH_TAIL` does not take.

    That character stops `_backward_titleish`: it is in no word, so it is in the gap after the last
    word before it, which ends the walk back there. And it is no word character, apostrophe or hyphen,
    so the words after it are those of `segment` from there on: the walk back is the same over the tail.
    Found on the reversed segment: one match from its start, not a search for the end of `segment`."""
    taken = _TITLEISH_TAIL.match(segment[::-1]).end()  # type: ignore[union-attr]  # it can match ""
    return segment[len(segment) - taken :] if taken < len(segment) else segment


def _from_title_start(suffix: str) -> str | None:
    """The role in `suffix` from its first capitalised title word ("Federal Minister for Planning"), or
    from a title in lower case that governs "of", "for" or "at" and the capitalised name after it
    ("head of the China Energy Cooperation Office", "chief executive of the Pakistan Business Council"; not
    "analyst at the Centre for Peace and", whose name goes on). None without a title head."""
    toks = _tokens(suffix)
    if not any(t.low in TITLE_HEADS for t in toks):
        return None
    for i, tok in enumerate(toks):
        if tok.cap:
            if _is_titleish(tok):
                return suffix[_organisation_before(suffix, toks, i) :].strip()
        elif tok.low in TITLE_HEADS and i + 1 < len(toks) and toks[i + 1].low in _GOVERNED and toks[-1].cap:
            while i and not toks[i - 1].cap and toks[i - 1].low in _LOWER_TITLE_WORDS:  # "chief executive of"
                i -= 1
            return suffix[toks[i].start :].strip()
    return None


_GOVERNED = frozenset(("of", "for", "at"))  # "head of", "spokesperson for", "director at"
_LOWER_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS


def _organisation_before(suffix: str, toks: list[_Tok], i: int) -> int:
    """Where a role starts whose title word `toks[i]` comes right after an organisation's name ending
    in its head word: "CPEC Authority Chairman", "Sindh Local Government Minister". The capitalised
    words before the head are the organisation's, up to a word that opens a sentence or names a day
    ("On", "The", "Monday"). Else where a portfolio, region or acronym before the title starts
    (`_portfolio_before`), or the title word."""
    if i == 0 or not toks[i - 1].cap or toks[i - 1].low not in ORG_HEADS:
        return toks[_portfolio_before(suffix, toks, i)].start
    return toks[_organisation_start(suffix, toks, i - 1)].start


def _organisation_start(suffix: str, toks: list[_Tok], j: int) -> int:
    """The first of the capitalised words, one space apart, that end in `toks[j]` (an organisation's head)."""
    while (
        j > 0
        and toks[j - 1].cap
        and toks[j - 1].low not in _LEADING_NON_ORG
        and toks[j - 1].low not in CALENDAR_WORDS
        and suffix[toks[j - 1].end : toks[j].start] == " "
    ):
        j -= 1
    return j


def _portfolio_before(suffix: str, toks: list[_Tok], i: int) -> int:
    """Where a role starts whose first title word is `toks[i]`: at the portfolio before a minister's or
    secretary's title ("Communications Minister", "Board of Investment Secretary"), then the region it
    serves or the acronym of a body ("Punjab Transport Minister", "NEPRA Chairman"), one space apart.
    `i` when none stands there."""
    j = i
    if any(t.low in _PORTFOLIO_TITLES for t in toks[i:]):
        while j and _one_space(suffix, toks, j) and toks[j - 1].cap and _is_portfolio_word(toks[j - 1]):
            if toks[j - 1].low in CALENDAR_WORDS or toks[j - 1].low in _LEADING_NON_ORG:
                break
            j -= 1
        if j < i and j >= 2 and toks[j - 1].low == "of" and toks[j - 2].cap and toks[j - 2].low in ORG_HEADS:
            return _organisation_start(suffix, toks, j - 2)  # "Board of Investment Secretary"
    for _ in range(2):  # "Khyber Pakhtunkhwa Transport Minister"
        if not (j and _one_space(suffix, toks, j) and toks[j - 1].cap):
            break
        if not (toks[j - 1].low in REGIONS or _is_acronym(toks[j - 1].text)):
            break
        j -= 1
    return j


def _one_space(suffix: str, toks: list[_Tok], j: int) -> bool:
    return suffix[toks[j - 1].end : toks[j].start] == " "


def _is_acronym(word: str) -> bool:
    """ "NEPRA", "TDAP", "GDA": two to six capitals (a dateline's city is longer or set apart)."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


_TRAILING_HONORIFICS = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s*)+$")
_HONORIFIC_ENDINGS = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.")
_AND = re.compile(r"\s+(?:and|&)\s+")
_LEADING_ARTICLE = re.compile(r"^\s*(?:a|an|the)\s+")
_BRACKETS = re.compile(r"\s*\((?!(?:retd|retired|r)\.?\))[^)]*\)", re.IGNORECASE)  # not a rank's "(retd)"
# An armed-forces rank before a name, written short with stops or marked retired: "Lt. Gen. Retd. ",
# "Lt Gen (retd) ", "Brig. (R) ". A title, not part of the name.
_RANK_WORDS = (
    r"(?:(?:Lt|Lieut|Maj|Gen|Brig|Col|Capt|Cdr|Cmdr|Adm|Cdre|Sqn|Ldr|Wg|Lt-Gen|Maj-Gen|Lt-Col)\.?"
    r"|Lieutenant|Major|General|Brigadier|Colonel|Captain|Commander|Admiral|Commodore|Air|Vice|Rear|Marshal)"
)
_RETIRED = r"(?:\((?:retd|Retd|retired|Retired|R|r)\.?\)|Retd\.?|retd\.?)"
_RANK_BEFORE = re.compile(rf"(?<![\w.-])((?:{_RANK_WORDS}[\s-]+)+(?:{_RETIRED}\s+)?)$")
_AND_MORE = re.compile(r"\s+and\s+[a-z].*$")
_LEADING_AND_OR_ARTICLE = re.compile(r"^(?:and|the|a|an)\s+")


def _role_before(prefix: str, known: dict[str, str]) -> str | None:
    """Role written before a name: "Finance Minister ", "Caretaker Minister of Energy, Power and Petroleum, "."""
    if prefix.rstrip().endswith(_HONORIFIC_ENDINGS):  # else the pattern cannot match: nothing to cut
        prefix = _TRAILING_HONORIFICS.sub("", prefix)
    rank = _rank_before(prefix)
    if rank:  # "Chairman Lt. Gen. Retd. ": the title before the rank (the rank alone, `_rank_before`, comes last)
        return _role_before(prefix[: len(prefix) - len(rank)], known)
    prefix = prefix.rstrip()
    if not prefix or prefix.endswith((" and", " &")):
        return None  # "attended by Chairman of … Deng Hui and Omer Effendi": the role before "and" is Deng Hui's
    if not prefix.endswith(","):
        suffix, head = _titleish_walk(prefix)
        if not head:  # `_from_title_start` of `suffix` and of `last` below are None
            return _portfolio_list_before(prefix, suffix, known)
        if " and " in suffix:  # "Minister for … and Research Rao Tanvir Aslam and China's Vice Minister of …"
            suffix = _after_named_and(suffix, known)
        joints = list(_AND.finditer(suffix))
        if joints:  # "Prime Minister X and Chinese Vice Premier ", not "Deputy Prime Minister and Foreign Minister "
            last = suffix[joints[-1].end() :]
            if _from_title_start(last) and not _ends_in_title(suffix[: joints[-1].start()]):
                suffix = last
        return _clean_role(_from_title_start(suffix) or "")
    segments = prefix[:-1].split(",")
    collected: list[str] = []
    for i in range(len(segments) - 1, -1, -1):
        seg = segments[i]
        suffix, head = _titleish_walk(seg)
        suffix = _after_named_and(suffix, known)
        role = _from_title_start(suffix) if head else None
        if role:
            return _clean_role(", ".join([role, *collected]))
        if i == 0 and _opens_with_title(seg):
            return _clean_role(", ".join([seg.strip(), *collected]))
        whole = suffix == seg.strip() and suffix
        name_toks = _tokens(seg)
        if not whole or (_is_name(name_toks, known) and " and " not in seg and "&" not in seg):
            return None
        collected.insert(0, seg.strip())
    return None


def _portfolio_list_before(prefix: str, last: str, known: dict[str, str]) -> str | None:
    """A title whose portfolio lists its fields with commas, before a name: "Federal Minister for
    Planning, Development and Special Initiatives " (`last` is the list's last piece, "Development and
    Special Initiatives", which holds its "and")."""
    if " and " not in last and "&" not in last:
        return None
    head = prefix[: len(prefix) - len(last)].rstrip()
    pieces = [last]
    for _ in range(3):
        if not head.endswith(","):
            return None
        head = head[:-1]
        suffix, titled = _titleish_walk(head)
        role = _from_title_start(suffix) if titled else None
        if role and _TITLE_OBJECT.search(role):
            return _clean_role(", ".join([role, *pieces]))
        if not suffix or suffix != _backward_titleish(head) or titled:
            return None
        pieces.insert(0, suffix)
        head = head[: len(head) - len(suffix)].rstrip()
    return None


# "Minister for Planning", "Minister for Maritime Affairs": a title and its first field
_TITLE_OBJECT = re.compile(r"\s(?:for|of)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}$")


def _rank_before(prefix: str) -> str | None:
    """The rank written with stops or marked retired at the end of `prefix`: "Lt. Gen. Retd. "."""
    rank = _RANK_BEFORE.search(prefix) if prefix.rstrip().endswith((".", ")")) else None
    return rank.group() if rank else None


def _ends_in_title(text: str) -> bool:
    """Whether `text` ends in a title word: the "and" after it joins one person's two titles."""
    toks = _tokens(text)
    return bool(toks) and toks[-1].cap and _is_titleish(toks[-1])


def _after_named_and(suffix: str, known: dict[str, str]) -> str:
    """The titles after the last "and" that follows a name after a title or a portfolio: in "Minister
    Senator Ishaq Dar and Member of … and Foreign Minister of China, " or "Minister for Planning and
    Development Ahsan Kazmi and Vice Minister of Commerce, " the titles before the "and" are the first
    person's, not the next one's. An "and" between two titles ("Deputy Prime Minister and Foreign
    Minister") or inside a portfolio ("Minister for Planning and Development") is kept."""
    if " and " not in suffix and "&" not in suffix:
        return suffix
    for joint in reversed(list(_AND.finditer(suffix))):
        toks = _tokens(suffix[: joint.start()])
        k = len(toks)
        while k and toks[k - 1].cap and not _is_titleish(toks[k - 1]) and not _is_portfolio_word(toks[k - 1]):
            k -= 1
        named_after = k and (_is_titleish(toks[k - 1]) or _is_portfolio_word(toks[k - 1]))
        if k < len(toks) and named_after and _is_name(toks[k:], known):
            rest = suffix[joint.end() :]
            if _from_title_start(rest):
                return rest
            # else an "and" inside the last title's portfolio ("of Science and Technology"): an earlier one
    return suffix


def _opens_with_title(segment: str) -> bool:
    toks = _tokens(segment)
    return bool(toks) and toks[0].cap and toks[0].low in TITLE_HEADS | TITLE_MODIFIERS and len(toks) <= 15


_CLAUSE_OPENERS = frozenset(
    ("who", "which", "that", "where", "when", "and", "but", "while", "whereas", "although", "though", "whose")
)


def _role_after(after: str) -> str | None:
    """Apposition after a name: ", governor of the People's Bank of China (PBOC), and …"."""
    if not after.startswith(", "):
        return None
    segments = after[2:].split(",")
    first = _LEADING_ARTICLE.sub("", segments[0]).strip()
    toks = _tokens(first)
    if not toks or not any(t.low in ROLE_NOUNS for t in toks):
        return None
    if toks[0].low in _CLAUSE_OPENERS or toks[0].low in ATTRIBUTION_VERBS:
        return None  # ", while Pakistan's Consul General …", ", said at least 200 members …": a clause, a verb
    opener_ok = toks[0].cap or toks[0].low in ROLE_NOUNS or toks[0].low in {"one", "an", "a", "the"}
    if not opener_ok and not any(t.low in ROLE_NOUNS for t in toks[:4]):
        return None
    parts = [first]
    for seg in segments[1:]:
        seg = seg.strip()
        if not seg or not seg[0].isupper():
            break
        parts.append(seg)
    return _clean_role(", ".join(parts))


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = _BRACKETS.sub("", role)  # acronyms in brackets
    role = _AND_MORE.sub("", role)  # "Chairman of X and organizer of the event"
    role = _LEADING_AND_OR_ARTICLE.sub("", role).strip(" ,.;:")
    return role or None


# ---- organisations --------------------------------------------------------------------


def extract_organizations(
    article: Article, gazetteer: Gazetteer, people: tuple[Person, ...] | None = None
) -> tuple[Organization, ...]:
    """The article's organisations; `people` (the article's, read when not given) end no organisation's
    name: "China Energy Cooperation Office Liang Bo" names the office and its head."""
    if people is None:
        people = extract_people(article, gazetteer)
    return _extract_organizations(article, gazetteer, None, people)


def _extract_organizations(
    article: Article, gazetteer: Gazetteer, words: list[list[_Tok]] | None, people: tuple[Person, ...]
) -> tuple[Organization, ...]:
    """`extract_organizations`, given (or not) each paragraph's `_tokens(…, _PERSON_OR_ORG_WORDS)`."""
    forms = once_per(gazetteer, _GazetteerForms)
    named = _names_by_last_word(people)
    # The last run of word characters of each name's last word: a paragraph holding none of them (among
    # `phrase_index._words`) holds no name of `named` at the end of a word.
    name_ends = frozenset(end for last in named for end in _WORD_CHARS.findall(last)[-1:])
    other, orgs_known, places = forms.other, forms.organizations, forms.places
    found: dict[str, tuple[tuple[int, int], list[str], Span]] = {}
    lower_bodies: list[tuple[str, int, int]] = []
    firms: list[tuple[str, int, int]] = []  # companies known by a noun or an officer's title (`_firms_by_their_noun`)
    in_full: set[str] = set()  # the names the article writes, not only the gazetteer's
    keys: dict[str, str] = {}  # each name of `found`, folded and in lower case → the name
    person_names = {form for person in people for form in (person.name, *person.aliases)}

    def add(name: str, alias: str | None, p: int, offset: int, written: bool = True) -> None:
        name = orgs_known.get(name, name)
        if name in other or name in places:
            return
        name = _as_written(article.paragraphs[p], name, offset)
        key = keys.setdefault(fold_text(name).lower(), name)  # the first spelling of a name, any case
        if written:
            in_full.add(key)
        order, aliases, span = found.get(key, ((p, offset), [], article.span_at(p, offset)))
        if (p, offset) < order:
            order, span = (p, offset), article.span_at(p, offset)
        if alias and alias != key:
            aliases.append(alias)
        found[key] = (order, aliases, span)

    for p, paragraph in enumerate(article.paragraphs):
        text = folded(paragraph)
        taken: list[tuple[int, int]] = []
        for name, alias, offset in _acronym_orgs(text) if "(" in text else ():  # each match opens with "("
            add(name, alias, p, offset)
            taken.append((offset, offset + len(name)))
        if not _may_hold_org_phrase(text):
            phrases = []
        else:
            here = named if name_ends and not name_ends.isdisjoint(_words(text)[0]) else None
            if words is None:
                phrases = _phrase_orgs(text, here)
            else:  # the same words as `_phrase_orgs` reads: capitalised or `_ORG_CONNECTORS`
                phrases = _org_phrases_in(text, [t for t in words[p] if t.cap or t.low in _ORG_CONNECTORS], here)
        for name, offset in phrases:
            if "-listed " in name:  # "Shanghai-listed Huaxin Energy": where it is listed opens no name
                cut = name.index("-listed ") + len("-listed ")
                name, offset = name[cut:], offset + cut
                if " " not in name:
                    continue
            name = _with_tail(text, name, offset)
            add(name, None, p, offset)
            taken.append((offset, offset + len(name)))
        for position in forms.organization_index.candidates(text):
            form, canonical, pattern = forms.organization_patterns[position]
            for match in pattern.finditer(text):
                if any(s <= match.start() and match.end() <= e and e - s > len(form) for s, e in taken):
                    continue
                add(canonical, form if form != canonical else None, p, match.start(), form == canonical)
        for name, offset in _body_orgs(text):
            if not any(set(name.lower().split()) <= set(k.lower().split()) for k in found):
                add(name, None, p, offset)
        for name, offset in _sole_bodies(text) if "Senate" in text or "Parliament" in text else ():
            if not any(s <= offset < e for s, e in taken):
                add(name, None, p, offset)
        if "ministry" in text or " government" in text or " cabinet" in text:
            lower_bodies.extend((name, p, offset) for name, offset in _lower_case_bodies(text))
        if _words(text)[1].isdisjoint(_FIRM_NOUNS):
            continue
        for name, offset in _firms_by_their_noun(text):
            name = _with_tail(text, name, offset)
            if name not in person_names and not any(s <= offset < e for s, e in taken):
                firms.append((name, p, offset))
    for name, p, offset in lower_bodies:  # after every name in capitals, which may be the same body's
        if not _named_otherwise(name, found):
            add(name, None, p, offset)
    for name in _firms_of_roles(people):
        for p, paragraph in enumerate(article.paragraphs):
            text = folded(paragraph)
            offset = text.find(name)
            if offset >= 0:
                firms.append((_with_tail(text, name, offset), p, offset))
                break
    if firms:  # after every other name, which may be the same company's: "Weifang Huanong Machinery Group"
        known = {w for k, (_, aliases, _) in found.items() for w in (fold_text(k).lower(), *map(str.lower, aliases))}
        for name, p, offset in firms:
            words = set(name.lower().split())
            if name.lower() not in known and not any(words <= set(k.split()) for k in known):
                add(name, None, p, offset)
    for p, name in _outlet_labels(article):
        add(name, None, p, 0)
    if named:  # "Senator Zeeshan Baig of the PPP": a member's party, by its acronym
        aliases = {a for _, known_aliases, _ in found.values() for a in known_aliases}
        for p, paragraph in enumerate(article.paragraphs):
            text = folded(paragraph)
            for match in _MEMBER_OF_ACRONYM.finditer(text) if " of the " in text else ():
                if match.group(1) in named and match.group(2) not in aliases:
                    add(match.group(2), None, p, match.start(2))
    if len(found) > 1:
        _merge_short_forms(found, forms)
    if article.source and found:
        _drop_the_outlet(found, article.source, orgs_known)
    if len(found) > 1:
        _merge_company_short_forms(found)
        _merge_place_short_forms(found, forms.places)
    for key in [k for k in found if fold_text(k).startswith(_HOME_MINISTRY)]:
        _less_the_home_owner(found, key)
    for key in [k for k in found if k not in in_full]:
        _by_the_acronym(found, key)
    ordered = sorted(found.items(), key=lambda item: item[1][0])
    return tuple(Organization(name, tuple(dict.fromkeys(aliases)), span) for name, (_, aliases, span) in ordered)


# The articles' home country: its ministries are named without it, as the stories mostly name them ("the
# Ministry of Commerce" is Pakistan's); another country's keeps its name ("China's Ministry of Foreign Affairs").
_HOME_OWNER = "Pakistan's "
_HOME_MINISTRY = _HOME_OWNER + "Ministry of "


def _less_the_home_owner(found: dict[str, tuple[tuple[int, int], list[str], Span]], key: str) -> None:
    """ "Pakistan's Ministry of Commerce" is the Ministry of Commerce (joining it, when named so too), unless
    the article names another country's by that name ("China's Ministry of Commerce")."""
    rest = key[len(_HOME_OWNER) :]
    if any(k != key and fold_text(k).endswith("'s " + rest) for k in found):
        return
    order, aliases, span = found.pop(key)
    if rest in found:
        rest_order, rest_aliases, _ = found[rest]
        rest_aliases.extend([key, *aliases])
        if order < rest_order:
            found[rest] = (order, rest_aliases, span)
    else:
        found[rest] = (order, [key, *aliases], span)


def _as_written(paragraph: str, name: str, offset: int) -> str:
    """`name`, read at `offset` of the folded `paragraph`, as the paragraph writes it: "People’s Bank of
    China" with its curly apostrophe (folding keeps every character's place)."""
    if paragraph.isascii():
        return name
    written = paragraph[offset : offset + len(name)]
    return written if written != name and fold_text(written) == name else name


# A company's legal form after its name, which the words of a phrase leave out: the full stop of
# "Co." or "Ltd.", then ", Ltd." ("Qingdao Haiyue Food Co., Ltd."), or a bracketed form
# ("Lasbela Minerals (Private) Limited", "Mehran Renewables (Pvt.) Ltd.").
_ABBREVIATED_ENDINGS = ("Co", "Ltd", "Inc", "Corp", "Pvt")
_AFTER_ABBREVIATION = re.compile(r"\.(?:,?\s(?:Ltd\.|Limited(?![\w-])|Inc\.))?")
_BRACKETED_FORM = re.compile(r"\s\((?:Pvt|Private)\.?\)\s(?:Ltd\.|Limited(?![\w-]))")
# A ministry's portfolios listed with commas: "Ministry of Planning" + ", Development and Special
# Initiatives", "Ministry of Maritime Affairs" + ", Ports and Shipping".
_PORTFOLIO_LIST = re.compile(
    r"(?:,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)+,?\s(?:and|&)\s[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|&)){0,2}(?<![\s&])(?![\w'-])"
)


def _with_tail(text: str, name: str, offset: int) -> str:
    """`name` (at `offset` of `text`) with what its words leave out after it: a company's legal form
    (`_AFTER_ABBREVIATION`, `_BRACKETED_FORM`) or the rest of a ministry's portfolios after a comma
    (`_PORTFOLIO_LIST`)."""
    end = offset + len(name)
    after = text[end : end + 1]
    if after == ".":
        if name.rpartition(" ")[2] in _ABBREVIATED_ENDINGS:
            return name + _AFTER_ABBREVIATION.match(text, end).group()
    elif after == " ":
        match = _BRACKETED_FORM.match(text, end)
        if match:
            return name + match.group()
    elif after == "," and name.startswith("Ministry of "):
        match = _PORTFOLIO_LIST.match(text, end)
        if match and not any(w.lower() in _NOT_PORTFOLIOS for w in match.group().replace(",", " ").split()):
            return name + match.group()
    return name


# Words of what a comma after a ministry's name lists that are no portfolios: other bodies ("the Ministry of
# Commerce, Board of Investment and SIFC"), places and countries ("… Finance, Pakistan and China").
_NOT_PORTFOLIOS = (ORG_HEADS - COMPANY_HEADS) | REGIONS | NATIONALITIES


_OrgsFound = dict[str, tuple[tuple[int, int], list[str], Span]]  # organisation → (first mention, aliases, span)


def _fold_into(found: _OrgsFound, name: str, target: str) -> None:
    """`name` becomes an alias of `target`, which takes its first mention if that came earlier (the
    organisation first named by its short form)."""
    order, aliases, span = found.pop(name)
    target_order, target_aliases, _ = found[target]
    target_aliases.extend([name, *aliases])
    if order < target_order:
        found[target] = (order, target_aliases, span)


def _merge_short_forms(found: _OrgsFound, forms: _GazetteerForms) -> None:
    """A name written with an acronym of a name the article or the gazetteer spells out joins the organisation
    named in full, as its alias: "Joint Cooperation Committee of CPEC" is the "Joint Cooperation Committee of
    the China-Pakistan Economic Corridor" named before or after it."""
    expansions = {**forms.acronyms, **{a: name for name, (_, aliases, _) in found.items() for a in aliases}}
    full = {_loose_name(name): name for name in found}
    for name in list(found):
        words = name.split()
        if len(words) < 2 or not any(word in expansions for word in words):
            continue
        target = full.get(_loose_name(" ".join(expansions.get(word, word) for word in words)))
        if target is None or target == name or target not in found:
            continue
        _fold_into(found, name, target)


def _by_the_acronym(found: dict[str, tuple[tuple[int, int], list[str], Span]], key: str) -> None:
    """An organisation the article names only by its acronym goes by it, the gazetteer's full name an
    alias: "IMF", not "International Monetary Fund", where the story never spells it out."""
    order, aliases, span = found[key]
    acronym = next((a for a in aliases if _is_acronym(a)), None)
    if acronym is not None and acronym not in found:
        del found[key]
        found[acronym] = (order, [key, *(a for a in aliases if a != acronym)], span)


_LEGAL_FORMS = ("Co.", "Ltd.", "Ltd", "Limited", "Inc.")


def _merge_company_short_forms(found: _OrgsFound) -> None:
    """A company's name less its legal form and more joins it, as an alias: "Chenab Motors" of "Chenab
    Motors Limited", "Tongli New Energy" and "Zhuhai Tongli New Energy" of "Zhuhai Tongli New Energy Co.,
    Ltd."."""
    companies = [name for name in found if name.endswith(_LEGAL_FORMS) and " " in name]
    if not companies:
        return
    for name in list(found):
        if name in companies or " " not in name:
            continue
        padded = f" {name} "
        target = next((c for c in companies if padded in f" {c} "), None)
        if target is None:
            continue
        _fold_into(found, name, target)


def _merge_place_short_forms(found: _OrgsFound, places: dict[str, str]) -> None:
    """A name that another found name holds with a place before or after it, or "of" and a place, joins
    it as an alias: "Minerals Department" of "Khyber Pakhtunkhwa Minerals Department", "State Bank" of
    "State Bank of Pakistan", "Central Cotton Research Institute" of "… Institute Multan". Not "Bank of
    China" of "Export-Import Bank of China": "Export-Import" is no place."""
    for name in sorted(found, key=len):
        if " " not in name:
            continue
        target = next((other for other in found if other != name and _a_place_apart(name, other, places)), None)
        if target is None:
            continue
        _fold_into(found, name, target)


def _a_place_apart(short: str, full: str, places: dict[str, str]) -> bool:
    """Whether `full` is `short` with a place's name before or after it (after "of" or "of the" too)."""
    if len(full) <= len(short) + 3:
        return False
    if full.startswith(short + " "):
        rest = full[len(short) + 1 :]
        for link in ("of the ", "of "):
            if rest.startswith(link):
                rest = rest[len(link) :]
                break
    elif full.endswith(" " + short):
        rest = full[: -len(short) - 1]
    else:
        return False
    return rest in places or rest.lower() in REGIONS


def _loose_name(name: str) -> str:
    """A name compared without case, hyphens or "the": "Committee of the China-Pakistan Corridor" is
    "committee of china pakistan corridor"."""
    return " ".join(word for word in re.split(r"[\s\-]+", name.lower()) if word and word != "the")


def _outlet_labels(article: Article) -> list[tuple[int, str]]:
    """The labels "X of Y" that open a transcript's paragraphs before a colon, each a question's outlet:
    "Associated Press of Pakistan: On Monday, …". A transcript is where some label opens two paragraphs
    or more ("Zhou Yiran:", "Spokesperson:"); a label holding a title is a person's ("Minister of State
    for Finance:")."""
    seen: set[str] = set()
    transcript = False
    found: list[tuple[int, str]] = []
    for p, paragraph in enumerate(article.paragraphs):
        colon = paragraph.find(":", 0, 60)
        if colon <= 0:
            continue
        label = paragraph[:colon].strip()
        transcript = transcript or label in seen
        seen.add(label)
        if " of " in label and _outlet_label(label.split()):
            found.append((p, label))
    return found if transcript else []


def _outlet_label(words: list[str]) -> bool:
    """ "Associated Press of Pakistan": capitalised words, "of" after one to three of them, no title."""
    of = words.index("of")
    return (
        1 <= of <= 3
        and len(words) <= 7
        and all(w[:1].isupper() or w in ("of", "the") for w in words)
        and not any(w.lower() in _LOWER_TITLE_WORDS for w in words)
    )


# A legislature named by its one word, standing alone: "The Senate on Tuesday passed", "the Senate's
# Defence Committee"; a capitalised word before or after it makes a longer name ("Parliament House",
# "US Senate"), read as a phrase or not at all.
_SOLE_BODY = re.compile(r"(?<![\w'-])(Senate|Parliament)(?:'s(?![\w'-])|(?![\w'-])(?!\s+[A-Z]))")
_LAST_WORD = re.compile(r"([\w'.-]+)\s+$")


def _sole_bodies(text: str) -> list[tuple[str, int]]:
    out = []
    for match in _SOLE_BODY.finditer(text):
        before = _LAST_WORD.search(text, max(0, match.start() - 40), match.start())
        if before and before.group(1)[:1].isupper() and before.group(1) != "The":
            continue  # "US Senate", "Pakistani Parliament": a longer name, read as a phrase
        out.append((match.group(1), match.start(1)))
    return out


# A person's last name, "of the" and an acronym of two to five capitals (a party's: "PPP", "PTI", "PML-N").
_MEMBER_OF_ACRONYM = re.compile(r"(?<![\w-])([A-Z][\w'-]+) of the ([A-Z]{2,5}(?:-[A-Z])?)(?![\w-])")


class _GazetteerForms:
    """A gazetteer's written forms and their regexes, built once per gazetteer (see `once_per`)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.other = _forms(gazetteer.of_kind("other"))
        self.organizations = _forms(gazetteer.of_kind("organization"))
        self.places = _forms(gazetteer.of_kind("place"))
        # acronyms ("CPEC", "SIFC") → the name they stand for, of every kind
        self.acronyms = {
            form: canonical
            for table in (self.other, self.organizations, self.places)
            for form, canonical in table.items()
            if form.isupper() and form.isalpha() and 2 <= len(form) <= 6
        }
        # (form, canonical, pattern) in the order the forms are tried
        self.organization_patterns = tuple(
            (form, canonical, _LazyPattern(form, 0)) for form, canonical in sorted(self.organizations.items())
        )
        # (form, canonical, pattern, lower-case form when matched ignoring case, else None), longest first
        self.place_patterns = tuple(
            (
                form,
                canonical,
                _LazyPattern(form, re.IGNORECASE if " " in form else 0, _BASED),
                form.lower() if " " in form else None,
            )
            for form, canonical in sorted(self.places.items(), key=lambda kv: -len(kv[0]))
        )
        # every_word: the patterns match only where the form neither continues nor is continued by a word
        self.organization_index = PhraseIndex.of(
            [(form, False) for form, _, _ in self.organization_patterns], every_word=True
        )
        self.place_index = PhraseIndex.of(
            [(form, lowered is not None) for form, _, _, lowered in self.place_patterns], every_word=True
        )


class _LazyPattern:
    """`_whole_form_pattern(*args)`, compiled on first use: the gazetteer holds a thousand forms and more,
    of which the phrase index lets few ever be tried, so compiling them all would only slow every
    process's start (about 0.1 s)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, *args: object) -> None:
        self._args = args
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:  # `finditer`, `search`, `pattern`, `flags`: the compiled one's
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _whole_form_pattern(*self._args)
        return getattr(compiled, name)


# A place's name before "-based" is the place's: "Chongqing-based Velan Motors".
_BASED = r"(?!-(?!based(?![\w-])))"


def _whole_form_pattern(form: str, flags: int, after: str = "(?![-])") -> re.Pattern[str]:
    r"""`(?<![\w-])` + `re.escape(form)` + `(?![\w-])`, written to start with the form.

    A form that starts with a literal (matched as written) lets the regex engine jump between the
    places where it stands instead of testing the look-behind at every character. The look-behind
    moved after the form looks back over the form's `len(form)` characters (each character of the
    form matches one, with or without case) to the one before it: it holds where the first held."""
    return re.compile(rf"{re.escape(form)}(?<![\w-](?s:.){{{len(form)}}})(?!\w){after}", flags)


def _forms(entries: tuple[GazetteerEntry, ...]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            forms[form.translate(FOLD)] = entry.name
    return forms


def _org_head(words: list[str]) -> str:
    """The word that says what a phrase names: its last before "of" or "in" ("Bank of China"), or a
    title's before "for" or "on", whose object is a portfolio, not a body ("Minister for Energy",
    "Adviser on Industries", "State for Petroleum" of "Minister of State for Petroleum")."""
    cut = min((words.index(w) for w in ("of", "in") if w in words), default=len(words))
    before_of = words[:cut]
    if not before_of:
        return ""
    for k in range(1, len(before_of)):
        if before_of[k] in _PORTFOLIO_LINKS and before_of[k - 1].lower() in _TITLEISH:
            return before_of[k - 1].lower()
        if (
            before_of[k] in _PORTFOLIO_LINKS
            and before_of[k - 1].lower() in _BODY_HEADS
            and before_of[k - 1][:1].isupper()
            and "in" not in words  # "Working Group on Transport Infrastructure in Beijing": the phrase ran on
            and all(w.lower() not in CALENDAR_WORDS for w in before_of[k + 1 :])
        ):
            return before_of[k - 1].lower()  # "Standing Committee on Interior", "Centre for Strategic Studies"
    head = before_of[-1].lower()
    if head == "general" and len(before_of) > 1:
        head = before_of[-2].lower()
    return head


_PORTFOLIO_LINKS = frozenset(("for", "on"))
# The heads of a body whose name goes on with "on" or "for" and its remit; a company's head ("Power",
# "Energy") is no such body's: "Energy for All" is no name of one.
_BODY_HEADS = ORG_HEADS - COMPANY_HEADS
_TITLES_OF_PORTFOLIOS = TITLE_HEADS - {"general"}  # "General Motors", "General Electric" are companies


def _initials(words: list[str], with_small: bool) -> str:
    letters = []
    for word in words:
        for part in word.split("-"):
            if part and (part[0].isupper() or with_small):
                letters.append(part[0].upper())
    return "".join(letters)


# Words that end a company's name and that its acronym may leave out: "China Haiyang Power Investment Co (CHPI)".
_COMPANY_SUFFIXES = frozenset(("co", "co.", "ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "plc", "llc"))
# Before a name that its acronym follows, these say it names a company: "state-owned Pakistan State Oil (PSO)".
_STATE_OWNED = re.compile(r"(?<![\w-])(?:state|government)-(?:owned|run|controlled)\s+$", re.IGNORECASE)


def _acronym_orgs(text: str) -> list[tuple[str, str, int]]:
    """ "People's Bank of China (PBOC)" → (expansion, acronym, offset) when it names an organisation."""
    out = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        key = acronym.upper().replace(".", "").rstrip("S") if len(acronym) > 2 else acronym.upper()
        before = text[: match.start()].rstrip()
        toks = _tokens(before)
        chosen = None
        for i in range(len(toks) - 1, max(-1, len(toks) - 12), -1):
            words = [t.text for t in toks[i:]]
            if not toks[i].cap:
                continue
            if before[toks[i].start :] != " ".join(words).replace(" ", " ") and "," in before[toks[i].start :]:
                break
            bare = words[:-1] if len(words) > 2 and words[-1].lower() in _COMPANY_SUFFIXES else words
            if key in {_initials(words, False), _initials(words, True), _initials(bare, False)}:
                chosen = (i, words)
                break
        if chosen is None:
            continue
        i, words = chosen
        if _org_head(words) in ORG_HEADS or (len(words) >= 2 and _STATE_OWNED.search(before, 0, toks[i].start)):
            name = before[toks[i].start :]
            if name.endswith("'s"):  # "the State Bank of Pakistan's (SBP) reserves": the acronym of the owner
                name = name[:-2]
            out.append((name, acronym, toks[i].start))
    return out


_ORG_CONNECTORS = frozenset(("of", "and", "for", "the", "on", "in"))  # inside a name: "Bank of China"


def _phrase_orgs(text: str, named: dict[str, list[list[str]]] | None = None) -> list[tuple[str, int]]:
    """Capitalised phrases headed by an organisation word ("CZK Group", "Ministry of Planning …")."""
    return _org_phrases_in(text, _tokens(text, _ORG_CONNECTORS), named)


def _org_phrases_in(
    text: str, toks: list[_Tok], named: dict[str, list[list[str]]] | None = None
) -> list[tuple[str, int]]:
    """`_phrase_orgs` over the words of `text` (all, or the capitalised ones and connectors); with `named`
    (`_names_by_last_word` of the article's people) a phrase is read around the people it names
    (`_around_people`)."""
    out = []
    i = 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        j = i
        while j + 1 < len(toks):
            gap = text[toks[j].end : toks[j + 1].start]
            nxt = toks[j + 1]
            if gap.strip(" &") or ("\n" in gap) or "  " in gap:
                break  # a column's gap ("Board of Investment              Member") ends a name too
            linked = j + 2 < len(toks) and (
                toks[j + 2].cap or (toks[j + 2].low == "the" and j + 3 < len(toks) and toks[j + 3].cap)
            )
            if nxt.cap or (nxt.low in _ORG_CONNECTORS and linked and toks[j + 2].low not in CALENDAR_WORDS):
                j += 1  # not over "on Tuesday", "in March": "People's Bank of China on Tuesday" ends at "China"
                continue
            break
        while j > i and not toks[j].cap:
            j -= 1
        if j > i:  # one word is never an organisation (`_split_org_phrase` needs two)
            if named:
                for phrase in _around_people(toks[i : j + 1], named):
                    out.extend(_split_org_phrase(text, phrase))
            else:
                out.extend(_split_org_phrase(text, toks[i : j + 1]))
        i = j + 1
    return out


_WORD_CHARS = re.compile(r"\w+")  # what `phrase_index._words` takes for a word


def _names_by_last_word(people: tuple[Person, ...]) -> dict[str, list[list[str]]]:
    """The words of each name of two words or more that `people` go by, under its last word."""
    named: dict[str, list[list[str]]] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            words = (form if form.isascii() else fold_text(form)).split()
            if len(words) >= 2 and words not in named.get(words[-1], ()):
                named.setdefault(words[-1], []).append(words)
    return named


def _around_people(toks: list[_Tok], named: dict[str, list[list[str]]]) -> list[list[_Tok]]:
    """The words of organisations in a run that holds people's names, each ending the run or followed
    by "and": "China Energy Cooperation Office Liang Bo", "Chairman of the Board of Investment Tariq
    Mirza and Ghulam Leghari". Around each name go the title before it ("CPEC Authority Chairman
    Khalid Mansoor") and a title opening its piece that governs "of", "for", "on" or "in" ("Chairman
    of the …", "Adviser on Industries …"). A name followed by other words stays in the run: "Zulfikar
    Ali Bhutto Institute". The run as it is when it holds no name so placed."""
    pieces: list[list[_Tok]] = []
    start = 0
    for k, tok in enumerate(toks):
        if tok.text not in named or (k + 1 < len(toks) and toks[k + 1].low not in _AFTER_A_NAME):
            continue
        for words in named[tok.text]:
            n = len(words)
            if k + 1 - n >= start and [t.text for t in toks[k + 1 - n : k + 1]] == words:
                pieces.append(_organisation_part(toks[start : k + 1 - n]))
                start = k + 1
                break
    if not start:
        return [toks]
    pieces.append(_organisation_part(toks[start:]))
    return [piece for piece in pieces if piece]


# What may follow a person's name in a run of capitalised words before an organisation's name: "Ali Shah
# and the Planning Commission", "host Mehreen Qazi on Geo News", "Wang Lei at Sinohydro Corporation".
_AFTER_A_NAME = frozenset(("and", "on", "at", "from"))


def _organisation_part(toks: list[_Tok]) -> list[_Tok]:
    """`toks` less a title at the end ("CPEC Authority Chairman") and what comes up to a title that
    governs "of", "for", "on" or "in" ("Chairman of the Board of Investment", "Wang Hongwei and
    Adviser on Industries"); words that open no organisation ("the") are left for `_split_org_phrase`."""
    end = len(toks)
    while end and not toks[end - 1].cap:
        end -= 1
    title = end
    while title and toks[title - 1].cap and _is_titleish(toks[title - 1]):
        title -= 1
    if any(t.low in TITLE_HEADS for t in toks[title:end]):  # "Chairman", "Director General"
        portfolio = _portfolio_before_title(toks[:title], toks[title:end])
        end = title
        while portfolio and end and toks[end - 1].cap and toks[end - 1].end + 1 == toks[end].start:
            end -= 1  # "Sindh Local Government Minister": the minister's portfolio, no organisation
    while end and not toks[end - 1].cap:
        end -= 1
    start = 0
    k = 0
    while k < end:
        if not (toks[k].cap and _is_titleish(toks[k])):
            k += 1
            continue
        words = k
        while k < end and toks[k].cap and _is_titleish(toks[k]):
            k += 1
        if k < end and toks[k].low in _TITLE_OBJECT_LINKS and any(t.low in TITLE_HEADS for t in toks[words:k]):
            start = k + 1
            if toks[k].low in _PORTFOLIO_LINKS and k + 1 < end and toks[k + 1].low != "the":
                start = end  # "Minister for IT and Telecom": a portfolio, no organisation ("for the …" may be one)
    return toks[start:end]


_TITLE_OBJECT_LINKS = frozenset(("of", "for", "on", "in"))


def _portfolio_before_title(before: list[_Tok], title: list[_Tok]) -> bool:
    """Whether the capitalised words right before a portfolio title name its portfolio, not a body:
    "Local Government" of "Sindh Local Government Minister", "Power" of "Water and Power Secretary".
    A body's own head keeps it one: "Local Government Department Secretary", "CPEC Authority Chairman"."""
    if not before or not any(tok.low in _PORTFOLIO_TITLES for tok in title) or before[-1].end + 1 != title[0].start:
        return False
    return before[-1].low in _PORTFOLIO_HEADS


# Organisations' heads that also name a government portfolio ("Local Government", "Communications and
# Works", "Petroleum", "Railways"): before a portfolio title they are the portfolio.
_PORTFOLIO_HEADS = COMPANY_HEADS | frozenset(("government", "railways", "cooperation", "media"))


_PERSON_OR_ORG_WORDS = NAME_PARTICLES | _ORG_CONNECTORS
# The heads an organisation's name can end in (`_org_head` lowers a word, which holds no ".").
_ORG_HEAD_WORDS = frozenset(head for head in ORG_HEADS if re.fullmatch("[a-z]+", head))
_DIGIT_THEN_LETTER = re.compile(r"[\d_][^\W\d_]")
_ASCII_DIGIT_THEN_LETTER = re.compile(r"[0-9_][A-Za-z]")  # the same on ASCII text, faster


def _may_hold_org_phrase(text: str) -> bool:
    """False when `_phrase_orgs(text)` is empty because no word of `text` is an organisation's head.

    A phrase is kept only when `_org_head` of its words (of `_WORD`, one maybe less its "'s") is in
    ORG_HEADS: the lower case of one word w, all of whose characters then lower to ASCII letters,
    so are word characters. Such a w is a whole run of word characters, one of the words
    `phrase_index._words` finds, unless a digit or "_" stands right before it: a `_WORD` starts at a
    letter after any other character (after "'" or "-" too), and ends before a character that is no
    word character ("'" when less its "'s")."""
    if not _words(text)[1].isdisjoint(_ORG_HEAD_WORDS):
        return True
    return (_ASCII_DIGIT_THEN_LETTER if text.isascii() else _DIGIT_THEN_LETTER).search(text) is not None


_LEADING_NON_ORG = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "and",
        "this",
        "that",
        "during",
        "under",
        "after",
        "before",
        "meanwhile",
        "separately",
        "however",
        "while",
        "when",
        "both",
        # a conjunction opening a sentence: "But Zhang Peiyu, the chief executive of …, said"
        *("but", "yet", "although", "though", "because", "whereas"),
        # a participle opening a sentence: "Appearing on Dunya News …", "Speaking at the Karachi Press Club …"
        *("appearing", "speaking", "addressing", "talking", "writing", "commenting", "responding"),
        # a question's first word: "Is the Foreign Office part of these talks?", "Has the State Bank …"
        *("is", "are", "was", "were", "does", "did", "has", "have", "had", "would", "could", "should"),
        *("why", "how", "what"),
    ]
)
# A question's first words that may be names too ("Will Smith", "Can Dündar"), not before "the": "Will the
# Board of Investment do the same?"
_ASKING_BEFORE_THE = frozenset(("will", "can", "do", "may"))
# Words that open no role in lower case: "alongside economist X" is an economist.
_NO_ROLE_WORDS = _LEADING_NON_ORG | frozenset(
    ("alongside", "as", "told", "said", "says", "like", "among", "including", "was", "were", "is", "are", "been", "be")
)


# The heads of a country's own bodies, which other countries have by the same name: "China's Ministry of
# Foreign Affairs" and "Pakistan's Ministry of Foreign Affairs" are two.
_NATIONAL_HEADS = frozenset(("ministry", "embassy"))


def _national_body(toks: list[_Tok]) -> bool:
    return len(toks) >= 2 and _org_head([t.text for t in toks]) in _NATIONAL_HEADS


def _split_org_phrase(text: str, toks: list[_Tok]) -> list[tuple[str, int]]:
    while toks and (
        toks[0].low in _LEADING_NON_ORG
        or toks[0].low == "about"  # "About Zhuhai Tongli …"
        or (toks[0].low in _ASKING_BEFORE_THE and len(toks) > 1 and toks[1].low == "the")
    ):
        toks = toks[1:]
    if len(toks) < 2:
        return []  # one word stays one word below (its 's cut, no "and" to split at): never an organisation
    # "People's" is a word of the name, no owner: "People's Liberation Army Navy", "People's Bank of China"
    owner = next((k for k, tok in enumerate(toks) if tok.low.endswith("'s") and tok.low != "people's"), None)
    if owner is not None and owner > 1 and toks[owner - 1].low == "and":
        # "China's Ministry of Commerce and Pakistan's Board of Investment": two owners' bodies, not one name
        return _split_org_phrase(text, toks[: owner - 1]) + _split_org_phrase(text, toks[owner:])
    if owner is not None and toks[owner].low[:-2] in COUNTRIES and _national_body(toks[owner + 1 :]):
        # "China's Ministry of Foreign Affairs": each country has one, the country tells them apart
        rest = _split_org_phrase(text, toks[owner + 1 :])
        if rest and rest[0][1] == toks[owner + 1].start:
            rest[0] = (text[toks[owner].start : toks[owner + 1].start + len(rest[0][0])], toks[owner].start)
        return rest
    if owner is not None:  # "The Planning Commission's Annual Plan": the organisation ends at its 's
        last = toks[owner]
        owned = toks[owner + 1 :]
        toks = [*toks[:owner], _without_possessive(last)]
        if len(owned) >= 2:  # "Pakistan's Power Division", "the Senate's Defence Committee": what the owner owns
            mine = _split_org_phrase(text, toks) if _org_head([t.text for t in toks]) in ORG_HEADS else []
            return mine + _split_org_phrase(text, owned)
    if not toks:
        return []
    # "X Association and Y Limited" → two organisations; "… Chambers of Commerce and Industry and the Kunlun
    # Development Authority" at the "and" before "the", which opens another name
    ands = [k for k, tok in enumerate(toks) if tok.low == "and" and 0 < k < len(toks) - 1]
    ands.sort(key=lambda k: toks[k + 1].low != "the")
    for k in ands:
        left, right = [t.text for t in toks[:k]], [t.text for t in toks[k + 1 :]]
        if _org_head(left) in ORG_HEADS and _org_head(right) in ORG_HEADS:
            return _split_org_phrase(text, toks[:k]) + _split_org_phrase(text, toks[k + 1 :])
    based = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low.endswith("-based")), None)
    if based is not None:  # "Jebel Ali-based Hengtai Gulf Logistics": where it is based opens no name
        toks = toks[based + 1 :]
        if len(toks) < 2:
            return []
    words = [t.text for t in toks]
    if _org_head(words) not in ORG_HEADS:
        # "Representatives of the Hunza Technologies and the Makran Technologies", "President of the
        # Lahore Chamber": what follows a first "of" may name organisations the whole does not
        of = words.index("of") if "of" in words else 0
        return _split_org_phrase(text, toks[of + 1 :]) if of else []
    if len(words) < 2 and not words[0].isupper():
        return []
    if len(words) == 1:
        return []
    if toks[0].low in _TITLES_OF_PORTFOLIOS and _org_head(words) in COMPANY_HEADS:
        return []  # "Secretary Communications and Works", "Chief Engineering" (Adviser): a title's portfolio
    if (
        _org_head(words) in COMPANY_HEADS
        and any(t.low in _AND_WORDS for t in toks)
        and all(t.low in _AND_WORDS or _is_portfolio_word(t) for t in toks)
    ):
        return []  # "Minister for Maritime Affairs, Ports and Shipping": portfolios, not a company
    toks = _less_where(toks)
    start, end = toks[0].start, toks[-1].end
    if start and text[start - 1] in _QUOTE_MARKS and text[end : end + 1] in _QUOTE_MARKS:
        return []  # 'a "CPEC Business Forum" would be held': a title in quotation marks names an event
    return [(text[start:end], start)]


_QUOTE_MARKS = frozenset('"\u201c\u201d')


_AND_WORDS = frozenset(("and", "&"))


# Bodies named by where they are: "Chinese Embassy in Islamabad", "Consulate General of Pakistan in Dubai".
_POSTS = frozenset(("embassy", "consulate", "mission", "commission"))


def _less_where(toks: list[_Tok]) -> list[_Tok]:
    """An organisation's words less a place or a time after its last "in": "Crestline Capital in
    Karachi", "Ministry of Industries and Production in Islamabad on Monday", "National Assembly in
    September". A diplomatic post is named by its place ("Chinese Embassy in Islamabad"), and a body
    of one country by the country ("Association of Chinese Power Producers in Pakistan")."""
    while True:
        at = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].low == "in"), 0)
        if not at or at < 2 or (at == len(toks) - 2 and toks[-1].low in COUNTRIES):
            return toks
        head = _org_head([t.text for t in toks[:at]])
        if head not in ORG_HEADS or (head in _POSTS and not any(t.low == "in" for t in toks[1:at])):
            return toks  # a post keeps the place after its first "in", not a time after a second
        toks = toks[:at]  # and again: "Joint Cooperation Committee in Beijing in May"


@cache
def _body_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(BODY_NOUNS))
    # "the" first and the look-behind after it (true where `\b` before it was): a literal start lets
    # the regex engine jump from one "the" to the next.
    return re.compile(
        rf"the(?<!\wthe)\s+((?:[A-Z][\w'-]+\s+)(?:[a-z]+\s+)?(?:{nouns}))\s+(?:said|says|stated|added|noted)\b"
    )


_BODY_VERBS = frozenset(("said", "says", "stated", "added", "noted"))


def _body_orgs(text: str) -> list[tuple[str, int]]:
    """Bodies quoted as speakers, named as written: "the Pakistani finance ministry said".

    A match holds "the" and its verb as whole runs of word characters ("the" after no word
    character, before white space; the verb after white space, before `\b`): words of
    `phrase_index._words`. Without both among them the pattern is not run."""
    present = _words(text)[0]
    if "the" not in present or present.isdisjoint(_BODY_VERBS):
        return []
    out = []
    for match in _body_pattern().finditer(text):
        out.append((match.group(1), match.start(1)))
    return out


# Not before "'s": "the interior ministry's special security committee" names the committee, and "the
# ministry" after it is the body that speaks next.
_LOWER_MINISTRY = re.compile(r"(?<=\s)ministry(?![\w'-])")
_WORDS_BEFORE = re.compile(r"(?:[\w'-]+\s+){1,4}$")
_PROVINCE_NAMES = sorted(
    (" ".join(w if w == "and" else "-".join(map(str.capitalize, w.split("-"))) for w in p.split()) for p in PROVINCES),
    key=len,
    reverse=True,
)  # "Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Azad Jammu and Kashmir"
_PROVINCE_GOVERNMENT = re.compile(
    r"(?<![\w'-])((?:" + "|".join(map(re.escape, _PROVINCE_NAMES)) + r")\s+(?:government|cabinet))(?![\w-])"
)


def _lower_case_bodies(text: str) -> list[tuple[str, int]]:
    """Bodies named in lower case, as written: a ministry by its portfolio ("the finance ministry", "the
    Chinese foreign ministry", "maritime affairs ministry" of "Pakistan's maritime affairs ministry",
    "caretaker finance ministry"), never "the ministry" alone; a province's government or cabinet ("the
    Sindh government", "the Punjab cabinet")."""
    out = []
    for match in _LOWER_MINISTRY.finditer(text) if "ministry" in text else ():
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not before:
            continue
        words = before.group().split()
        k = len(words)
        while k and words[k - 1].lower() in MINISTRY_PORTFOLIOS:
            k -= 1
        if k == len(words):
            continue  # no portfolio: "the ministry", "his ministry"
        if k and words[k - 1] == "caretaker":
            k -= 1
        if k and (words[k - 1].lower() in NATIONALITIES or _country_owner(words[k - 1])):
            k -= 1  # "the Chinese foreign ministry", "Bangladesh's shipping ministry": the country tells them apart
        kept = words[k:]
        start = match.start() - len(" ".join(kept)) - 1
        out.append((text[start : match.end()], start))
    for match in _PROVINCE_GOVERNMENT.finditer(text) if " government" in text or " cabinet" in text else ():
        out.append((match.group(1), match.start(1)))
    return out


_HOME_PREFIXES = ("Pakistani ", _HOME_OWNER)  # the home country's bodies, named in capitals as the "Ministry of …"


def _less_home(name: str) -> str:
    """A lower-case name less the home country's nationality or possessive before it."""
    for prefix in _LOWER_HOME_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


_LOWER_HOME_PREFIXES = tuple(prefix.lower() for prefix in _HOME_PREFIXES)


def _country_owner(word: str) -> bool:
    """ "Pakistan's", "Bangladesh's": a capitalised possessive, not of a body ("Senate's")."""
    return word[:1].isupper() and word.endswith("'s") and word[:-2].lower() not in ORG_HEADS


def _named_otherwise(name: str, found: dict[str, tuple[tuple[int, int], list[str], Span]]) -> bool:
    """Whether a body named in lower case (`_lower_case_bodies`) is one the article names otherwise: in
    capitals ("Ministry of Finance" for "the finance ministry", "Ministry of National Health Services" for
    "the health ministry", "Government of Sindh" for "the Sindh government"; not for a country's or a
    nationality's: "the Chinese foreign ministry" is not Pakistan's Ministry of Foreign Affairs) or with
    more words before it ("Pakistani finance ministry" for "finance ministry")."""
    words = name.lower().split()
    lowered = [fold_text(key).lower() for key in found]
    ending = " " + name.lower()
    bare = _less_home(name.lower())  # "Pakistani finance ministry" is "Pakistan's finance ministry"
    if any(key.endswith(ending) or _less_home(key) == bare for key in lowered):
        return True
    if words[-1] != "ministry":  # "the Sindh government", "the Punjab cabinet"
        full = f"{words[-1]} of {' '.join(words[:-1])}"
        return any(full in key for key in lowered)
    if not name[:1].islower() and not name.startswith(_HOME_PREFIXES):
        return False  # "Chinese foreign ministry", "Bangladesh's shipping ministry"
    portfolio = [w for w in words if w in MINISTRY_PORTFOLIOS and w != "affairs"]
    return any(key.startswith("ministry of ") and set(portfolio) <= set(key.split()) for key in lowered)


# Nouns that say the capitalised name next to them is a company's: "the Chinese state contractor Gezhouba",
# "the Karachi utility K-Electric", "Tianshan Stone Pakistan, a subsidiary of …", "Lumora Mobile, the
# Shenzhen-based smartphone brand that …".
_FIRM_NOUNS = frozenset(
    (
        *("company", "firm", "contractor", "subsidiary", "utility", "assembler", "carmaker", "automaker"),
        *("manufacturer", "supplier", "developer", "lender", "insurer", "brand", "conglomerate", "maker"),
    )
)
_FIRM_NOUN_AT = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(_FIRM_NOUNS)) + r")(?![\w'-])")
_CAPITALISED_NAME = r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,4}"
_NAME_AFTER = re.compile(rf" ({_CAPITALISED_NAME})(?![\w'-])")
# before the noun: "the", "a" or "an" and up to three words ("the Chinese state contractor")
_DETERMINER_BEFORE = re.compile(r"(?<![\w'-])(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}$")
# before the noun in apposition: the name, a comma, then the determiner and its words
_NAME_BEFORE = re.compile(rf"(?<![\w'-])({_CAPITALISED_NAME}),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}$")
# after the noun in apposition: what ends it, or a word that goes on with it ("a subsidiary of …")
_APPOSITION_GOES_ON = re.compile(r"[,.;]|\s+(?:of|that|which|with|in|from|and|to|for|whose|owned|based|behind)\b")
_NOUN_REACH = 80  # the determiner and its words, or the name, its comma and the determiner, take fewer characters


def _firms_by_their_noun(text: str) -> list[tuple[str, int]]:
    """Companies known by a noun next to their name (`_FIRM_NOUNS`), named without a company's word:
    after it ("the Chinese state contractor Gezhouba", "the Karachi utility K-Electric") or before it in
    apposition ("Hangzhou Tianmu Vision Technology, the same firm that …", "Tianshan Stone Pakistan, a
    subsidiary of …"). Not a title's or a day's word ("the company Chairman …", "the firm Monday")."""
    out = []
    for noun in _FIRM_NOUN_AT.finditer(text):
        start, end = noun.span()
        window = max(0, start - _NOUN_REACH)
        after = _NAME_AFTER.match(text, end) if text[end + 1 : end + 2].isupper() else None
        if after and _DETERMINER_BEFORE.search(text, window, start):
            found = (after.group(1), after.start(1))
        elif text.find(",", window, start) >= 0 and _APPOSITION_GOES_ON.match(text, end):
            before = _NAME_BEFORE.search(text, window, start)
            if not before:
                continue
            found = (before.group(1), before.start(1))
        else:
            continue
        words = found[0].split()
        offset = found[1]
        while words and words[0].lower() in _LEADING_NON_ORG:
            offset += len(words[0]) + 1
            words = words[1:]
        if words and not words[-1].endswith("'s") and not any(w.lower() in _NOT_FIRM_WORDS for w in words):
            out.append((" ".join(words), offset))
    return out


# Words that no company's name holds here: titles, days and months, a sentence's first words.
_NOT_FIRM_WORDS = _TITLEISH | CALENDAR_WORDS | NOT_NAME_WORDS - ORG_HEADS


# Titles of a company's officers: the capitalised words after one and "of" or "at" name a company.
_OFFICER_OF = re.compile(
    r"(?i:chief executive(?: officer)?|ceo|managing director|general manager|country manager|regional director"
    r"|vice[- ]president|chief financial officer|cfo|sales manager|founder)"
    r"(?:,\s+[A-Za-z, ]+?)?\s+(?:of|at)\s+(" + _CAPITALISED_NAME + r")$"
)


def _firms_of_roles(people: tuple[Person, ...]) -> list[str]:
    """The companies people's roles name after an officer's title: "chief executive of Rachna Denim"."""
    out = []
    for person in people:
        role = person.role
        if not role or (" of " not in role and " at " not in role):
            continue
        match = _OFFICER_OF.search(role)
        firm = match.group(1) if match else ""
        if firm and not firm.replace("-", "").isupper() and not any(w.lower() in _NOT_FIRM_WORDS for w in firm.split()):
            out.append(firm)  # not an acronym ("chief executive of KP-BOIT"): of a body named in full
    return out


# Words that name a news outlet, not a body that acts in a story: "Geo News", "Khaleej Times".
_OUTLET_HEADS = frozenset(
    ("news", "times", "post", "tribune", "gazette", "daily", "herald", "express", "television", "radio", "media")
)


def _drop_the_outlet(
    found: dict[str, tuple[tuple[int, int], list[str], Span]], source: str, orgs_known: dict[str, str]
) -> None:
    """The article's own news outlet (its `source`) is no organisation of its story, where the text names
    it ("told Geo News", "Dunya News reported"), by its name or the gazetteer's ("APP" for "Associated
    Press of Pakistan"). A source that is a body (a ministry, an institute, a chamber: `ORG_HEADS` other
    than an outlet's words) issued the text and acts in it: it stays."""
    bare = _less_the(fold_text(source))
    if _names_a_body(bare):
        return
    outlet = {bare.lower(), _less_the(orgs_known.get(bare, bare)).lower()}
    for key in [k for k in found if _less_the(fold_text(k)).lower() in outlet]:
        del found[key]


@cache  # an article's source is one of few
def _names_a_body(source: str) -> bool:
    return _org_head(source.split()) in _BODY_NOT_OUTLET_HEADS


_BODY_NOT_OUTLET_HEADS = ORG_HEADS - _OUTLET_HEADS


def _less_the(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


# ---- places ---------------------------------------------------------------------------


def extract_places(
    article: Article, gazetteer: Gazetteer, company_openings: frozenset[str] = frozenset()
) -> tuple[Place, ...]:
    """The gazetteer's places the article names, the dateline's first; a place opening the name of one of
    its organisations ("Weifang" of "Weifang Harvest Machinery", `company_openings`) is the company's name."""
    forms = once_per(gazetteer, _GazetteerForms)
    found: dict[str, tuple[int, int]] = {}
    for p, paragraph in enumerate(article.paragraphs):
        text = folded(paragraph)
        taken: list[tuple[int, int]] = []
        for name, start, end in _headed_places(text):
            taken.append((start, end))
            found.setdefault(name, (p, start))
        for position in forms.place_index.candidates(text):
            _, canonical, pattern, _ = forms.place_patterns[position]
            for match in pattern.finditer(text):
                start, end = match.span()
                if _CURRENCY_AFTER.match(text, end) or _part_of_a_body_name(text, start, end):
                    continue
                if company_openings and _opens_a_company(text, start, end, company_openings):
                    continue
                for s, e in taken:
                    if s <= start and end <= e:
                        break
                else:
                    taken.append((start, end))
                    if (p, start) < found.get(canonical, (10**9, 0)):
                        found[canonical] = (p, start)
    dateline = _dateline_place(article, forms)
    if dateline:
        found[dateline] = (0, 0)  # the first place the story names
    ordered = sorted(found.items(), key=lambda kv: kv[1])
    return tuple(Place(name, article.span_at(p, offset)) for name, (p, offset) in ordered)


def _company_openings(organizations: tuple[Organization, ...]) -> frozenset[str]:
    """The first two words, in lower case, of each organisation's name or alias that has more: "weifang
    harvest" of "Weifang Harvest Machinery" (a place's name opens many Chinese companies' names)."""
    openings = set()
    for org in organizations:
        for form in (org.name, *org.aliases):
            words = form.split()
            if len(words) > 2:
                openings.add(f"{words[0]} {words[1]}".lower())
    return frozenset(openings)


def _opens_a_company(text: str, start: int, end: int, openings: frozenset[str]) -> bool:
    """Whether the place at `text[start:end]` and the capitalised word after it open the name of one of the
    article's organisations (also in a short form: "Hunan Jianxin's country manager")."""
    after = _NEXT_CAPITALISED.match(text, end)
    return after is not None and f"{text[start:end]} {after.group(1)}".lower() in openings


_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w-]*?)(?:'s|’s)?\b")


def _dateline_place(article: Article, forms: _GazetteerForms) -> str | None:
    """The place in capitals of the dateline opening the story ('QUETTA:', 'KARACHI, March 3 (APP):'),
    as the gazetteer names it: the gazetteer's forms are matched as written, and it is written in capitals."""
    first = article.paragraphs[0] if article.paragraphs else ""
    if not first[:2].isupper():  # cheap first: a dateline opens with two capitals
        return None
    match = _DATELINE_PLACE.match(first)
    if not match:
        return None
    written = " ".join(word.capitalize() for word in match.group(1).split())
    return forms.places.get(written) or forms.places.get(match.group(1))


# 'ISLAMABAD:', 'GILGIT, July 31 (APP):', 'BEIJING, Nov. 3, 2022 /PRNewswire/ —', 'DERA ISMAIL KHAN (Reuters) -'
_DATELINE_PLACE = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})(?=\s*(?:[,:(/]|--|[-–—]\s))")


# A place's name before a currency ("U.S. dollars", "US$", "Hong Kong dollars") names the money,
# not the place: that mention is no place mentioned (another in the article still is).
_CURRENCY_AFTER = re.compile(
    r"\s*\$|\s+(?:dollars?|cents?|yuan|renminbi|rupees?|riyals?|dirhams?|pounds?|euros?|yen|ringgit|taka)\b",
    re.IGNORECASE,
)

_NOT_PLACE_NAMES = NOT_NAME_WORDS | PLACE_HEADS
_PLACE_PREFIX_WORDS = tuple(sorted(h.capitalize() for h in PLACE_PREFIXES))
# The heads and prefixes as `_place_patterns` match them; each is letters only.
_PLACE_HEAD_WORDS = frozenset(h.capitalize() for h in PLACE_HEADS)
_PLACE_PREFIX_SET = frozenset(_PLACE_PREFIX_WORDS)


@cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(name + place head, place prefix + name), compiled on first use."""
    heads = "|".join(sorted(h.capitalize() for h in PLACE_HEADS))
    prefixes = "|".join(sorted(h.capitalize() for h in PLACE_PREFIXES))
    name = r"[A-Z][\w'-]+"
    # `\b(?:{name}\s+){1,3}` written to start with the capital: the regex engine then skips to the
    # next capital without trying the rest. The look-behind after it sees the capital and the
    # character before it, so it holds exactly where `\b` before the capital did.
    first = r"[A-Z](?<!\w[A-Z])[\w'-]+"
    return re.compile(rf"({first}\s+(?:{name}\s+){{0,2}}(?:{heads}))\b"), re.compile(rf"\b((?:{prefixes})\s+{name})\b")


# Words that end a longer name, of a body or a work, that a place's name begins.
_ENDS_OF_LONGER_NAMES = ORG_HEADS | FACILITY_HEADS
_CAPITALISED_WORDS = re.compile(r"(?: [A-Z][\w'-]*)*")


def _in_a_longer_name(text: str, end: int, own: str = "") -> bool:
    """Whether a place's name ending at `end` (after its word `own`, if any) is part of a longer
    name whose capitalised words reach a body's or a work's head: "Gwadar Port" and "Port Authority"
    of "Gwadar Port Authority Chairman", "Gwadar East Bay" and "Bay Expressway" of "Gwadar East Bay
    Expressway". Such a phrase names the body or the work; its pieces are no places (a gazetteer
    place in it is one of a work's, "Gwadar" of "Gwadar East Bay Expressway", not of a body's name:
    `_part_of_a_body_name`)."""
    words = text[end : _CAPITALISED_WORDS.match(text, end).end()].split()
    return any(word.lower() in _ENDS_OF_LONGER_NAMES for word in (own, *words))


def _part_of_a_body_name(text: str, start: int, end: int) -> bool:
    """Whether a gazetteer place's name at `text[start:end]` opens or closes the name of a body: "China"
    of "China Overseas Port Holding Company", "Sindh" of "Sindh Coal Authority", "China" of "Export-Import
    Bank of China", "Punjab" of "University of the Punjab". That names the body, not a place of the story
    (the gold lists no place for it); one after "in" still is a place ("embassy in Islamabad"), as is one
    before a body in lower case ("the Sindh government")."""
    words = text[end : _CAPITALISED_WORDS.match(text, end).end()].split()
    if any(word.lower() in ORG_HEADS for word in words):
        return True
    if not text.endswith(_OF_ENDINGS, 0, start):
        return False
    before = text[:start].split()
    word = before[-3] if before[-1] == "the" and len(before) >= 3 else before[-2] if len(before) >= 2 else ""
    return word[:1].isupper() and word.lower() in ORG_HEADS


_OF_ENDINGS = (" of ", " of the ")


def _headed_places(text: str) -> list[tuple[str, int, int]]:
    """Places named by a head ("Gwadar Port", "Sindh Province") or a prefix ("Port Qasim"), unless
    part of a longer name of a body or a work (`_in_a_longer_name`).

    A match of either pattern holds its head (after white space, before `\b`), or its prefix
    (after `\b`, before white space), as a whole run of word characters, one of the words
    `phrase_index._words` finds in `text`: a pattern whose word is not among them is not run."""
    headed, prefixed = _place_patterns()
    present = _words(text)[0]
    out = []
    for match in () if present.isdisjoint(_PLACE_HEAD_WORDS) else headed.finditer(text):
        words = match.group(1).split()
        while words and (words[0].endswith("'s") or (words[0].lower() in NOT_NAME_WORDS and words[0].lower() != "new")):
            words = words[1:]
        if len(words) >= 2 and not _in_a_longer_name(text, match.end(1)):
            start = match.end(1) - len(" ".join(words))
            out.append((" ".join(words), start, match.end(1)))
    if present.isdisjoint(_PLACE_PREFIX_SET):
        return out
    for match in prefixed.finditer(text):
        name = match.group(1).split()[1]
        if name.lower() not in _NOT_PLACE_NAMES and not _in_a_longer_name(text, match.end(1), name):
            out.append((match.group(1), match.start(1), match.end(1)))
    return out
