"""Direct quotations and who said them.

Spans come from `quote_marks` (marks paired across paragraphs); short spans (≤ 3 words) but whole
sentences (“Money follows security.”, “Trade will grow,” said …), runs of title-case words and names
after "theme", "dubbed"… are names, not speech. The speaker comes
from `speakers` (the attribution before or after the quote); a quote with no attribution of its
own that follows another in the same paragraph, or opens the next one, continues its speaker.
"""

from __future__ import annotations

import re

from ..model import Article, Entities, Quote
from .names import ATTRIBUTION_VERBS, CALENDAR_WORDS, FUNCTION_WORDS, NAMING_CUES
from .quote_marks import QuoteSpan, quote_spans
from .speakers import UNNAMED, Mention, SpeakerResolver, fold

_MIN_WORDS = 4  # "all-weather strategic cooperative partners" is speech; "iron brothers" is a label
_MINOR_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "with", "by"])  # in titles
_NOT_TITLE_WORDS = _MINOR_WORDS | CALENDAR_WORDS


def extract_quotes(article: Article, entities: Entities) -> tuple[Quote, ...]:
    resolver = SpeakerResolver(article, entities)
    spans = [span for span in quote_spans(article.paragraphs) if _is_speech(span, article.paragraphs)]
    roles = {person.name: person.role for person in entities.people}
    quotes: list[Quote] = []
    previous: tuple[str | None, str | None, QuoteSpan] | None = None
    answers = _answers(spans, article.paragraphs)
    interviewee: str | None = None  # read when an answer first needs it; "" for no one
    for span in spans:
        speaker, kind = resolver.speaker_of(span)
        # Its attribution names no one ("officials said"), or an unnamed person spoke since the last quote.
        unnamed = kind == UNNAMED[1]
        kind = None if unnamed else kind
        answer = bool(answers) and id(span) in answers
        # an answer's own "he said" is the one answering too, whoever the pronoun would take up elsewhere
        if answer and ((speaker is None and not unnamed) or _pronoun_attributed(span, article.paragraphs)):
            if interviewee is None:
                interviewee = _interviewee(answers, resolver) or ""
            if interviewee:
                speaker, kind, unnamed = interviewee, "person", False
        # an answer continues no quote in the question before it
        follows = not answer and previous is not None and _continues(previous[2], span, article.paragraphs)
        if speaker is None and not unnamed and previous is not None and follows:
            unnamed = previous[0] is not None and not _carried_over(previous[2], span, resolver)
            if not unnamed:
                speaker, kind = previous[0], previous[1]
        if speaker is None and not unnamed:
            speaker, kind = resolver.lead_in(span)
        previous = (speaker, kind, span)
        resolver.note(span, (speaker, kind))
        quotes.append(
            Quote(
                text=span.text,
                speaker=speaker,
                speaker_role=roles.get(speaker) if kind == "person" and speaker else None,
                span=article.span_at(span.paragraph, span.start),
                speaker_kind=kind if speaker else None,
                score=0.0,
            )
        )
    return tuple(_with_scores(_without_pull_quotes(quotes), resolver.mentions))


def _answers(spans: list[QuoteSpan], paragraphs: tuple[str, ...]) -> dict[int, QuoteSpan]:
    """The quotes that answer an interviewer's question: each opens the paragraph right after a labelled
    question ("PAGE: What changed?", "Q: Is the market ready?"), by `id`. In such a write-up the answers
    are the interviewee's, whether or not a speech verb says so."""
    answers: dict[int, QuoteSpan] = {}
    for span in spans:
        p = span.paragraph
        if p == 0 or span.start != 1 or not paragraphs[p - 1].rstrip().endswith("?"):  # the cheap tests first
            continue
        if _QUESTION_LABEL.match(paragraphs[p - 1]):
            answers[id(span)] = span
    return answers


# A question's label: the outlet, "Q" or the interviewer, one to four capitalised words and a colon.
_QUESTION_LABEL = re.compile(r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}:\s")


def _pronoun_attributed(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """Whether a pronoun and a verb follow the closing mark: "“Batteries,” he said"."""
    return _PRONOUN_VERB.match(paragraphs[span.end_paragraph], span.end + 1) is not None


_PRONOUN_VERB = re.compile(r"\s+(?:he|she)\s+[a-z]+")


def _interviewee(answers: dict[int, QuoteSpan], resolver: SpeakerResolver) -> str | None:
    """The person most of the attributed answers go to ("“…,” Gao said"): the one interviewed."""
    counts: dict[str, int] = {}
    for span in answers.values():
        speaker, kind = resolver.speaker_of(span)
        if speaker and kind == "person":
            counts[speaker] = counts.get(speaker, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _without_pull_quotes(quotes: list[Quote]) -> list[Quote]:
    """A page's pull-quote repeats words quoted in the body ("> “My sons have gone …”"): of quotes with
    the same words (opening with a capital: a sentence or more) and the same speaker or none, only the first
    attributed one (else the first) is kept."""
    if len(quotes) < 2:
        return quotes
    kept: dict[str, int] = {}  # the words of a quote → its index in `quotes`
    drop: set[int] = set()
    for index, quote in enumerate(quotes):
        if len(quote.text.split()) < _MIN_WORDS or not quote.text[0].isupper():
            continue  # a phrase may be quoted twice: "was “fully funded and under way”", then again
        key = " ".join(_QUOTE_WORD.findall(quote.text.lower()))
        first = kept.get(key)
        if first is None:
            kept[key] = index
        elif quotes[first].speaker is None and quote.speaker is not None:
            drop.add(first)
            kept[key] = index
        elif quote.speaker in (None, quotes[first].speaker):  # two people may say the same words
            drop.add(index)
    return [quote for index, quote in enumerate(quotes) if index not in drop] if drop else quotes


_QUOTE_WORD = re.compile(r"\w+")


def _is_speech(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    words = span.text.split()
    if (
        len(words) < _MIN_WORDS
        and not _is_sentence(span.text)
        and not _is_attributed_sentence(span, paragraphs)
        and not _is_reported_phrase(words, span, paragraphs)
        and not _is_called_phrase(words, span, paragraphs)
        and not _is_urdu_reported(span, paragraphs)
    ):
        return False
    if _is_named_label(words, span, paragraphs) or _is_sign_text(span, paragraphs):
        return False
    if len(words) <= _HEADING_PHRASE_WORDS and _in_heading(span, paragraphs):
        return False
    if len(words) <= _MODIFIER_WORDS and _is_noun_modifier(words, span, paragraphs):
        return False
    if len(words) <= _STOCK_PHRASE_WORDS and _is_stock_phrase(span, paragraphs):
        return False
    # a month or a weekday is written with a capital in any phrase: "by December" is no title
    capitalised = [w for w in words if w[0].isalpha() and w.lower().strip(_PHRASE_PUNCTUATION) not in _NOT_TITLE_WORDS]
    title_case = bool(capitalised) and all(w[0].isupper() for w in capitalised)
    if title_case and len(words) <= 8:
        return False
    # The cheap tests first: the search over all the text before the quote is needed only after them.
    if len(words) <= 12 and words[0][0].isupper():
        before = fold(paragraphs[span.paragraph][: span.start - 1])
        if NAMING_CUES.search(before):
            return False  # under the theme "Connecting Dreams, Building Futures"
    return True


def _in_heading(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A phrase quoted in a sub-heading ('Credit "on a short leash"'): a short paragraph with words outside
    the marks, none a verb of speech, that does not end like a sentence heads the words under it, it reports
    no one's."""
    paragraph = paragraphs[span.paragraph]
    if len(paragraph) > _HEADING_LENGTH or paragraph.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_ENDS):
        return False
    if len(paragraph.strip()) <= len(span.text) + 2:
        return False  # a line that is all quote may be a pull-quote
    outside = paragraph[: max(span.start - 1, 0)] + " " + paragraph[span.end + 1 :]
    return not any(word in ATTRIBUTION_VERBS for word in _QUOTE_WORD.findall(outside.lower()))  # 'He said "…"'


_HEADING_LENGTH = 80
_HEADING_PHRASE_WORDS = 8
_CLOSING_MARKS = "\"\u201d\u2019\u00bb' "
_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",")


def _is_reported_phrase(words: list[str], span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A short phrase of speech after a speech verb of its sentence. Labels and scare quotes are noun
    phrases of content words (“iron brothers”, “debt trap”, “a shared responsibility.”, “ignore the
    counterfactual”); words that carry the sentence's own grammar are someone's words: three words with a
    conjunction or preposition in them (X said China valued Pakistan's “firm and sincere” commitment),
    and two or three opening with a preposition of time or a quantifier (done “before Ramazan”, will
    provide “every possible facility”), a degree (“far too narrow”, cut by “almost half”, attached “high
    importance”) or holding a time to come (would start “early next year”), and any in the first person (was
    “our top priority”): a writer's label never speaks as "we"."""
    if not 2 <= len(words) <= _MIN_WORDS - 1 or not words[0][0].islower():
        return False
    low = [w.lower().strip(_PHRASE_PUNCTUATION) for w in words]
    # "a good start": an article before the judgement word, in three words
    judged = low[1] if len(low) == _MIN_WORDS - 1 and low[0] in ("a", "an") else low[0]
    grammar = (
        low[0] in _PHRASE_OPENERS
        or judged in _DEGREE_OPENERS
        or judged in _JUDGEMENT_OPENERS
        or (len(words) == _MIN_WORDS - 1 and any(w in _LINKING_WORDS for w in low))
        or (low[-1] in _TIME_NOUNS and any(w in _TIME_DEICTICS for w in low[:-1]))
        or any(w in _FIRST_PERSON for w in low)  # "our top priority": the speaker's own words, no writer's label
    )
    before = paragraphs[span.paragraph][: max(span.start - 1, 0)]
    if not grammar and len(low) == 2 and low[0] in _MANNER_PREPOSITIONS:
        grammar = _after_a_verb(before)  # agreed “in principle”, connected “in due course”; not was “on track”
    if not grammar:
        last = _last_word(before)
        # had “taken note”, had “turned the page” (not would be “brought to justice”); would “personally
        # review” (not would “properly handle”, a readout's formula): the reported clause's own verb
        grammar = (last in _PERFECT_AUXILIARIES and _is_participle(low[0])) or (
            last in _MODALS and low[0] in _PERSONAL_ADVERBS
        )
    if not grammar and _LABEL_DETERMINER.search(before[-5:]):
        grammar = _in_reported_clause(words, before)  # told WION the dispute showed the “uneven bargain”
    if not grammar:
        return False
    sentence = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1 :]
    return _SPEECH_VERB.search(sentence) is not None


_PHRASE_PUNCTUATION = ".,;:!?"
_FIRST_PERSON = frozenset(["i", "me", "my", "mine", "we", "us", "our", "ours"])
# Prepositions of time and quantifiers opening a phrase that is no noun phrase of its own ("on track",
# "at risk", "in place" are states, labels as often as words); quantifiers: expects “zero tolerance”,
# had “no objection”, confirmed that the passports of “some foreign merchants” were checked; bounds of a
# figure: would be “below 3.5%”.
_PHRASE_OPENERS = frozenset(
    ["before", "after", "within", "until", "till", "by", "during", "since", "ahead", "every", "all", "any", "each"]
) | frozenset(["zero", "no", "some", "several", "below", "above", "another"])
# A degree or an approximation opening the phrase makes it someone's judgement, not a thing's name: was
# “far too narrow”, cut by “almost half”, attached “high importance”, voiced “deep concern”.
_DEGREE_OPENERS = frozenset(
    ["far", "too", "very", "so", "almost", "nearly", "barely", "hardly", "quite", "extremely", "highly", "never"]
) | frozenset(["entirely", "completely", "totally", "fully", "high", "great", "utmost", "deep", "grave", "serious"])
# A judgement of extent, rank or worth opening a noun phrase: approved after "extensive consultation", had
# prepared a "comprehensive plan", would get "first preference", said the rebate was "a good start". A
# participle or a noun opening it keeps a label: "a shared responsibility", "risk consultants".
_JUDGEMENT_OPENERS = frozenset(
    ["extensive", "comprehensive", "thorough", "full", "first", "top", "good", "excellent", "positive"]
) | frozenset(["major", "significant", "substantial", "considerable", "huge", "enormous", "tremendous", "immense"])
_TIME_NOUNS = frozenset(["year", "month", "week", "decade", "quarter", "summer", "winter", "spring", "autumn"])
_TIME_DEICTICS = frozenset(["next", "this", "coming"])
# Prepositions opening a phrase that says how something was done: after a verb it is the speaker's
# adverbial (had been agreed “in principle”); after a copula a state, a label as often ("was “on track”").
_MANNER_PREPOSITIONS = frozenset(["in", "on", "at"])
_COPULAS = frozenset(["been", "remained", "stayed", "seemed", "appeared", "proved", "proven", "deemed"])
# Past participles not in "-ed" or "-en" that a deal or a plan is said to be: sold "in principle".
_IRREGULAR_PARTICIPLES = frozenset(["sold", "made", "built", "held", "paid", "set", "put", "done", "kept", "struck"])
_IRREGULAR_PARTICIPLES |= frozenset(["won", "sent", "bought", "brought", "met", "cut", "run", "begun", "left", "told"])


# An auxiliary of the perfect before a quoted participle: the quote holds the reported clause's own verb
# and its object (said Beijing had “taken note”), the speaker's words and no writer's label.
_PERFECT_AUXILIARIES = frozenset(["had", "has", "have", "having"])
# A modal right before a quote opening with an adverb of personal commitment: the quote is the reported
# clause's own verb and someone's promise (said the prime minister would “personally review” the
# financing, the council would “personally monitor” every MoU); a manner adverb keeps a readout's formula
# (both sides would “properly handle” the arrears: a label, fixtures 16 and 29).
_MODALS = frozenset(["would", "will", "could", "can", "shall", "should", "must", "might", "may"])
_PERSONAL_ADVERBS = frozenset(["personally", "himself", "herself", "themselves"])


def _last_word(before: str) -> str:
    return before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""


def _is_participle(word: str) -> bool:
    """A past participle or past tense, as far as its ending tells: "taken", "agreed", "sold"."""
    return word in _IRREGULAR_PARTICIPLES or (word.endswith(("ed", "en")) and word.isalpha())


def _after_a_verb(before: str) -> bool:
    """Whether the word before a quote (ending `before`) is a participle or a past tense that is no
    copula: "agreed", "connected", "taken", "sold", not "been", "remained"."""
    last = _last_word(before)
    return last not in _COPULAS and _is_participle(last)


def _is_called_phrase(words: list[str], span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """Someone's words for a thing: "rejected what he called the opposition's “point-scoring”" (any
    length: "what he called" reports his word, unlike a "so-called" label), and a phrase of three words
    after "called/termed/described … as": "the provincial government has called the city's supply “a
    daily humiliation”". Two words stay labels ("called the agreement a “Chinese lollipop”", "have called
    “political suicide”", "described CPEC as a “debt trap”")."""
    if not words or not words[0][0].islower():  # an empty span: only quotation marks
        return False
    before = paragraphs[span.paragraph][max(span.start - _CALLED_REACH, 0) : max(span.start - 1, 0)]
    if "called" not in before and "termed" not in before and "described" not in before:
        return False  # the cheap test first
    if _WHAT_HE_CALLED.search(before):
        return True
    return len(words) == _MIN_WORDS - 1 and _CALLED_BEFORE.search(before) is not None


_CALLED_REACH = 80  # characters before a quote read for "called … "
_WHAT_HE_CALLED = re.compile(r"\bwhat\s+(?:he|she)\s+(?:has\s+|had\s+)?(?:called|termed)\s+(?:[\w'-]+\s+){0,3}$")
_CALLED_BEFORE = re.compile(r"\b(?:called|termed|described)\s+(?:[\w'-]+\s+){0,4}?(?:as\s+)?$")
_LINKING_WORDS = frozenset(
    ["and", "or", "but", "nor", "in", "of", "on", "at", "for", "with", "by", "to", "from", "not"]
)
_SPEECH_VERB = re.compile(r"\b(?:" + "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True)) + r")\b")
_LABEL_DETERMINER = re.compile(r"(?:^|\s)the\s$", re.IGNORECASE)


def _is_named_label(words: list[str], span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A lower-case noun phrase right after "the" names a thing, a slogan or a formula: “reaffirmed the
    "all-weather strategic cooperative partnership" between …”. Speech after "the" is rare; a quoted
    complement ("were “all-weather … partners”") or a sentence (with its stop inside) is not caught."""
    if span.end_paragraph != span.paragraph or len(words) > 8 or not words[0][0].islower():
        return False
    if span.text.rstrip()[-1] in ".,!?;:":
        return False
    opening = paragraphs[span.paragraph][max(span.start - 6, 0) : max(span.start - 1, 0)]
    if _LABEL_DETERMINER.search(opening) is None:
        return False
    return not _in_reported_clause(words, paragraphs[span.paragraph][: max(span.start - 1, 0)])


def _in_reported_clause(words: list[str], before: str) -> bool:
    """Whether "the “…”" is the object of a clause a speech verb reports, the clause's own verb in the
    past before "the": "said the restructuring request showed the “limits of the CPEC model”" is the
    speaker's judgement; "reaffirmed the “all-weather … partnership”" (the speech verb's own object) and a
    formula opening with a hyphenated compound ("showed the “high-quality development of CPEC”") stay names."""
    if "-" in words[0]:
        return False
    head = before.rstrip()[: -len("the")].rstrip()  # the text before "the"
    verb = _last_word(head)
    if verb in _COPULAS or not _is_participle(verb):
        return False
    clause = head[: len(head) - len(verb)]
    sentence = clause[max(clause.rfind(". "), clause.rfind("? "), clause.rfind("! ")) + 1 :]
    speech = [found.end() for found in _SPEECH_VERB.finditer(sentence)]
    return bool(speech) and bool(sentence[speech[-1] :].strip())  # the reported clause's subject in between


_MODIFIER_WORDS = 5  # "a “zero red tape” campaign": a name is short


def _is_noun_modifier(words: list[str], span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A short quoted phrase between an article and the noun it modifies names that thing: "launched a
    “zero red tape” campaign", "the “one window” policy". A word after the closing mark that is a
    function word or a speech verb ("had “no objection” to", "“on track”, he said") is no such noun."""
    if span.end_paragraph != span.paragraph or not words[0][0].islower() or span.text.rstrip()[-1] in ".,!?;:":
        return False
    text = paragraphs[span.paragraph]
    after = _NEXT_WORD.match(text, span.end + 1)
    if after is None or after.group(1) in FUNCTION_WORDS or after.group(1) in ATTRIBUTION_VERBS:
        return False
    return _ARTICLE_BEFORE.search(text[max(span.start - 5, 0) : max(span.start - 1, 0)]) is not None


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the)\s$", re.IGNORECASE)


def _is_sign_text(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """Words on a banner, placard or billboard are a slogan, not speech: "a banner promising “zero petrol,
    zero worries”", "placards that read “…”" (NAMING_CUES takes the capitalised ones right after the noun)."""
    window = paragraphs[span.paragraph][max(span.start - _SIGN_REACH, 0) : max(span.start - 1, 0)].lower()
    if not any(noun in window for noun in _SIGN_NOUNS):  # the cheap test first
        return False
    return _SIGN_BEFORE.search(window) is not None


_SIGN_REACH = 60  # characters before a quote read for "a banner promising"
_SIGN_NOUNS = ("banner", "placard", "poster", "billboard", "hoarding", "sign", "slogan", "sticker", "shirt")
_SIGN_BEFORE = re.compile(
    r"\b(?:banners?|placards?|posters?|billboards?|hoardings?|signs?|signboards?|slogans?|stickers?|t-shirts?)"
    r"\s+(?:that\s+|which\s+)?(?:promising|promised|promises|promise|reading|reads|read|saying|says|said"
    r"|declaring|declares|declared|proclaiming|proclaims|proclaimed|announcing|announces|urging|urges)\s*[,:]?\s*$"
)


def _is_stock_phrase(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A phrase a habit of naming puts in quotes is a slogan, not speech: "China and Pakistan like to
    describe their friendship as ‘higher than the mountains’", "the corridor, often called “a game
    changer for the region”". Someone's words on an occasion ("He described the track as “a danger …”")
    carry no such habit ("like to", "often", "commonly") before the verb."""
    if span.end_paragraph != span.paragraph or _is_sentence(span.text):
        return False
    before = paragraphs[span.paragraph][max(span.start - _STOCK_REACH, 0) : max(span.start - 1, 0)]
    low = before.lower()
    if "describ" not in low and "call" not in low and "term" not in low and "dub" not in low:  # cheap test first
        return False
    return _STOCK_NAMING.search(before) is not None


_STOCK_PHRASE_WORDS = 12  # a slogan or a nickname is short
_STOCK_REACH = 120  # characters before a quote read for "like to describe … as"
_STOCK_NAMING = re.compile(
    r"\b(?:(?:like|likes|liked|love|loves|prefer|prefers)\s+to|(?:are|is)\s+fond\s+of"
    r"|(?:often|commonly|widely|routinely|usually|fondly|popularly)(?:\s+been)?)"
    r"\s+(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?)\b"
    r"[^.!?;:\"\u201c\u201d\u2018]{0,80}$",
    re.IGNORECASE,
)


def _is_urdu_reported(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A short quote reported in Roman Urdu: "Unka kehna tha ke fare review “technical” hai" (his words
    were that the review is "technical"), "ne kaha ke …" (said that …): the words are the speaker's."""
    before = paragraphs[span.paragraph][: max(span.start - 1, 0)]
    sentence = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1 :].lower()
    if "kehna" not in sentence and "kaha" not in sentence and "bataya" not in sentence:  # the cheap test first
        return False
    return _URDU_REPORTED.search(sentence) is not None


_URDU_REPORTED = re.compile(r"\b(?:kehna\s+(?:tha|thi|hai|hain|the)|kaha|bataya)\s+(?:ke|keh|kay|k)\b")


def _is_sentence(text: str) -> bool:
    """A whole short sentence is speech ("Money follows security."); a short phrase is a label."""
    return len(text.split()) >= 2 and text[0].isupper() and text.rstrip()[-1] in ".!?"


# What follows a short sentence's closing mark when it is attributed: "said …", "Malik said", "she added",
# a title and a full name ("Railways Minister Tariq Mehmood Bhatti told …", up to six capitalised words),
# "the chairman said", and a body's name: "the Pakistan Business Council said", "the State Bank of
# Pakistan said", "Pakistan's foreign office said".
_ATTRIBUTION_NEXT = re.compile(
    r"\s*(?:(?:he|she|they|we"
    r"|(?:the|a|an)\s+[A-Za-z][\w'.&-]*(?:\s+(?:[A-Z][\w'.&-]*|of|for|and|&)){0,5}"
    r"|(?:the|a|an)\s+(?:[A-Z][\w'.&-]*\s+)*[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,5}(?:'s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r")\s+)?"
    r"(?:" + "|".join(sorted(ATTRIBUTION_VERBS, key=len, reverse=True)) + r")\b"
)


def _is_attributed_sentence(span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """A short sentence whose full stop became the comma before its attribution is speech: “Trade will
    grow,” said the chairman …; “We agree,” Malik said. It opens a sentence of its own, with a capital."""
    text = span.text
    if not (text.endswith(",") and text[0].isupper() and len(text.split()) >= 2):
        return False
    opening = paragraphs[span.paragraph][: max(span.start - 1, 0)].rstrip()
    if opening and opening[-1] not in ".!?:":
        return False
    return _ATTRIBUTION_NEXT.match(paragraphs[span.end_paragraph], span.end + 1) is not None


def _continues(previous: QuoteSpan, span: QuoteSpan, paragraphs: tuple[str, ...]) -> bool:
    """An unattributed quote right after an attributed one (same or next paragraph) keeps its speaker."""
    if span.paragraph == previous.end_paragraph:
        return True
    if span.paragraph != previous.end_paragraph + 1:
        return False
    text = paragraphs[span.paragraph]
    return span.start - 1 <= len(text) - len(text.lstrip())


def _carried_over(previous: QuoteSpan, span: QuoteSpan, resolver: SpeakerResolver) -> bool:
    """A named speaker carries over to the next quote unless a sentence between the two opens with
    someone unnamed: “…,” said Bhatti. An official of the division said a plan was ready. “…”."""
    return not resolver.anonymous_between((previous.end_paragraph, previous.end), span)


def _with_scores(quotes: list[Quote], mentions: list[Mention]) -> list[Quote]:
    """Rank for "key quotes": length, an attributed speaker, the speaker's prominence, a whole sentence."""
    counts: dict[str, int] = {}
    for mention in mentions:
        counts[mention.name] = counts.get(mention.name, 0) + 1
    scored = []
    for quote in quotes:
        words = len(quote.text.split())
        score = min(words, 60) / 60 + (0.5 if quote.speaker else 0.0)
        score += 0.1 * min(counts.get(quote.speaker or "", 0), 5)
        score += 0.2 if quote.text.rstrip(",").endswith((".", "!", "?")) or words >= 12 else 0.0
        scored.append(
            Quote(quote.text, quote.speaker, quote.speaker_role, quote.span, quote.speaker_kind, round(score, 3))
        )
    return scored
