"""Who said a quotation: the attribution around it, resolved to a person or an organisation.

The attribution is read after the quote ("…,” Ambassador Zhao Lintao said at the ceremony",
"…,” said Malik, 27, who …", "…,” she explained", "according to the ministry") or before it in
the same sentence ("Wang said the two were “…”", "He stated that …, adding, “…”", "Farooq put it
bluntly: “…”", "with the ministry saying that “…”", "According to the summary moved by X, …").

The subject phrase resolves through the people named in it (the one before any apposition); a
pronoun or a role noun ("the ambassador", "the consul general", "the CEO") resolves to the subject
of the nearest sentence naming a person of that gender (from honorifics, gendered roles and "she"
taking up a lone name) or whose role fits the noun. Organisations speak as the article names them:
"the ministry" and other bodies, "Beijing", "a spokesperson for X", and documents ("the IMF's staff
report", later "the report" or "its statement") for whoever issued them. A subject that names no
one ("officials", "a senior official") leaves the quote unattributed, as does a missing attribution;
`quotes.py` then lets a quote continue the previous speaker or the person the sentence before it
introduced ("Its manager, Sun Lijun, rejected the complaints. “We have paid …”").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Entities, Person, Sentence
from .clauses import quote_checker
from .names import (
    ADVERBIAL_OPENERS,
    ATTRIBUTION_PARTICIPLES,
    ATTRIBUTION_VERBS,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_GIVEN_NAMES,
    GENDERED_WORDS,
    LEGAL_FORMS,
    MALE_GIVEN_NAMES,
    NATIONALITIES,
    NOT_SPEAKERS,
    PERSON_ANAPHORS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SUBJECT_VERB_FILLERS,
    TITLE_HEADS,
    fold_text,
    folded,
)
from .phrase_index import _words
from .quote_marks import QuoteSpan

Speaker = tuple[str | None, str | None]  # (name, "person" | "organization"), or (None, None)
NOBODY: Speaker = (None, None)
# An attribution that names no one ("officials said", "some members described …", "the House had been
# told"): no speaker, and no earlier speaker carried over to the quote either.
UNNAMED: Speaker = (None, "unnamed")

_MAX_SUBJECT_WORDS = 16  # words between a closing mark and its verb ("…,” Chinese Ambassador … said")
# A body's written direction quoted: "The Cabinet directed that “no case shall remain pending …”", "the court
# ruled that “…”", and a demand: "the traders' association demanded that … “on reasonable rent, not as a
# favour”". Only with "that": "directed the ministry to …", "demanded a refund" report no words.
_DIRECTIVE_VERBS = ("directed", "ordered", "instructed", "ruled", "decided", "resolved", "demanded", "demands")
_DIRECTIVES = frozenset(f"{verb} that" for verb in _DIRECTIVE_VERBS)
_VERB = re.compile(
    r"\b(?:" + "|".join(sorted(ATTRIBUTION_VERBS | _DIRECTIVES | {"told reporters"}, key=len, reverse=True)) + r")\b"
)
_PARTICIPLE = re.compile(r"\b(?:" + "|".join(sorted(ATTRIBUTION_PARTICIPLES)) + r")\b")
_ACCORDING_TO = re.compile(r"^[\s,]*according\s+to\s+(?P<who>[^,.;:]+)")
_PRONOUNS = frozenset(["he", "she", "i"])
_REPLY_VERBS = frozenset(["replied", "replies", "answered", "answers", "responded", "responds", "retorted"])
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|questioned|wanted\s+to\s+know|demanded\s+to\s+know)\b")
# "a spokesperson for", "an official of", "a statement from": the body named next is the speaker.
_ON_BEHALF_OF = re.compile(
    r"\s*(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|official|statement"
    r"|message|letter|report|note|circular|notification|readout)\s+(?:for|of|from|at|by)\s+",
    re.IGNORECASE,
)
# "with the ministry saying …": the subject of a participle in a with-clause.
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:the\s+)?[\w' -]{2,60}?)\s+$", re.IGNORECASE)
_ACCORDING_BEFORE = re.compile(r"\s*according\s+to\s+([^,]{2,120}),", re.IGNORECASE)  # "According to Hu, …"
_HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam)\.?\s+([A-Z][\w-]+)")
_SPOKE = (
    "said|says|stated|states|told|added|adds|announced|noted|notes|warned|warns|confirmed|confirms"
    "|insisted|insists|maintained|maintains|argued|argues|claimed|claims"
)
# Bodies the organisations list misses, named in lower case: "The navy said", "the army said".
_FORCE_NOUNS = frozenset(["navy", "army", "police", "military"])
_COMPANY_NOUNS = frozenset(["company", "firm"])
# Last words of a company's name ("Sino-Indus Hydropower Limited", "… Co.").
_COMPANY_ENDS = LEGAL_FORMS | {"company", "corporation", "group", "holdings"}
# Someone the article names only as they gave their name ("who gave his name as Karim", "identified only as
# Bibi"); groups 1 and 3 are the pronoun, when there is one, groups 2 and 4 the name.
_SELF_NAMED = re.compile(
    r"\b(?:gave|gives|giving|give)\s+(his|her)\s+(?:first\s+|only\s+)?name\s+(?:only\s+)?as\s+"
    r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|\bidentified\s+(?:(him|her)self\s+)?(?:only\s+)?as\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_POSSESSIVE_GENDER = {"his": "m", "her": "f", "him": "m"}
_ISSUED = "(?:published|released|issued|prepared|compiled|commissioned|produced)"
_DOCUMENT_SUBJECT = re.compile(
    r"(?:^|[.!?][\"\u201d]?\s+)(?:The|This|That|A|An)\s+(?:[\w-]+\s+){0,2}?("
    + "|".join(sorted(DOCUMENT_NOUNS))
    + r")\b"
)
_BODY_SPOKE = re.compile(
    r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}?(?:"
    + "|".join(sorted(BODY_NOUNS | _FORCE_NOUNS | _COMPANY_NOUNS))
    + rf"))\s*,?\s+(?:also\s+)?(?:{_SPOKE})\b"
)
# "the embassy said in a statement", "The ministry said on Monday in its report": who issued the document.
_SAID_IN_DOCUMENT = re.compile(
    r"(?:^|[.!?,;:\"\u201c\u201d]\s*)([^.!?,;:\"\u201c\u201d]{2,80}?)\s+(?:said|announced|added|stated)\s+"
    r"(?:on\s+\w+\s+)?in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_OUTLET_OWNER = re.compile(r"(.+?)['\u2019]s\s")  # "RFE/RL's Gandhara": a service of RFE/RL
_SPOKES_NOUNS = frozenset(["spokesperson", "spokesman", "spokeswoman"])
# "a spokesman for …", "an official at …": someone brought in by the head noun of their role.
_INDEFINITE_ROLE = re.compile(
    r"\s*(?:a|an)\s+(?:[\w'-]+\s+){0,3}?("
    + "|".join(sorted(ROLE_NOUNS | PERSON_ANAPHORS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_PAIR_WORDS = frozenset(["former", "latter"])  # "the former", "the latter": one of two people just named
_INDEFINITE = frozenset(["a", "an", "one", "another", "some", "several"])
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it"])
# A sentence's opening subject after an optional adverbial ("On Monday, he …", "The minister …").
# Expressions of the attribution and gender readers below (compiled once rather than looked up per call).
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")
# A retired rank's mark, read as part of the title before a name ("said Commodore (retd) Faisal Mirza,",
# "Brig. (R) Khan", "Air Marshal (Retd)", "Lt. Gen. Retd. Ali"): blanked (same length) before the
# attribution phrase is cut at its first comma, stop or bracket.
_RANK_MARK = re.compile(
    r"\((?:retd|retired|r)\.?\)|\b[Rr]etd\.|\b(?:Brig|Gen|Lt|Col|Maj|Capt|Cdr|Cmdr|Adm|Sqn|Ldr|Wg|Cdre)\.(?=\s)",
    re.IGNORECASE,
)
# A passive speech verb: "the House had been told", "was told", "is informed": whoever spoke is not said.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being)\s+$", re.IGNORECASE)
# "what he called …": his words, whoever the sentence's subject is.
_WHAT_PRONOUN = re.compile(r"\bwhat\s+(he|she)\s+(?:has\s+|had\s+)?$", re.IGNORECASE)
# "His exact words: “…”": the words of the man (woman) just named.
_WORDS_OF = re.compile(r"\s*(his|her)\s+(?:exact\s+|own\s+|very\s+)?words\s*:?\s*$", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,.;:(]")
_CLAUSE_MARK = re.compile(r"[;:!?]\s")
# A relative clause whose own subject says the verb after the quote: "“…” of CPEC, which he said had …".
_RELATIVE_SUBJECT = re.compile(r"\bwhich\s+(?:he|she|they|it|we|I)\s+$")
_CONJUNCTION = re.compile(r"\b(?:and|but|while|as)\b")
# A clause of its own after a closing mark: "could begin “within this financial year” if Beijing agreed".
_SUBORDINATOR = re.compile(r"[\s,]*(?:if|unless|once|until|because|although|though|whether)\b")
_THAT_AT_END = re.compile(r"[^,]\s+that\s*$")
_WORDS = re.compile(r"[\w'-]+")
_OPENS_WITH_HE = re.compile(r"\s*he\b", re.IGNORECASE)
_OPENS_WITH_SHE = re.compile(r"\s*she\b", re.IGNORECASE)
_ADVERBIAL = re.compile(r"\s*([\w'-]+)[^,]*,\s+")
_SENTENCE_OR_QUOTE_END = re.compile(r"[.!?](?:\s|$)|[\"\u201c]")
_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)
_OPENING_PRONOUN = re.compile(r"\s*(He|She)\b")
_OPENING_SUBJECT = re.compile(r"\s*(?:[A-Z][\w ,'-]*?,\s+)?((?:he|she|the\s+[\w'-]+(?:\s+[\w'-]+)?)\b)", re.I)


# People an article leaves unnamed, besides office holders: "A salesman at another showroom, who asked
# me not to use his name, … the EVs sell, he said, but “…”" is not the dealer quoted before him.
_UNNAMED_NOUNS = frozenset(
    ["source", "banker", "salesman", "saleswoman", "shopkeeper", "trader", "vendor", "resident", "passenger"]
)
# A sentence opening with someone unnamed: "A senior finance ministry official, …", "An executive …".
_ANONYMOUS_SUBJECT = re.compile(
    r"\s*(?:A|An|One|Another)\s+(?:[\w'-]+\s+){0,4}?("
    + "|".join(sorted(ROLE_NOUNS | PERSON_ANAPHORS | _UNNAMED_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# A clause saying the speaker is kept unnamed: "who requested anonymity", "who spoke on condition of
# anonymity", "who did not want to be named", "who asked not to be identified", "who declined to be named".
# Whoever the phrase names besides (a ministry, a person the official works for) is not the speaker.
_ANONYMITY = re.compile(
    r"\banonym|\b(?:not|declined|refused|declining|refusing)\s+(?:(?:want|wish|wanting|wishing)\s+)?to\s+be\s+"
    r"(?:named|identified|quoted)\b|\bnot\s+to\s+(?:use|give|print|publish)\s+(?:his|her|their)\s+names?\b",
    re.IGNORECASE,
)


# Someone unnamed anywhere in a sentence: "…, a senior Pakistani official who asked not to be named told
# 24NewsHD." (read only where the sentence says its speaker is kept unnamed, `keeps_anonymous`).
_ANONYMOUS_WITHIN = re.compile(
    r"(?<![\w'-])(?:a|an|one|another)\s+(?:[\w'-]+\s+){0,4}?("
    + "|".join(sorted(ROLE_NOUNS | PERSON_ANAPHORS | _UNNAMED_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _anonymous_within(text: str, start: int, end: int) -> re.Match[str] | None:
    """An unnamed person a sentence brings in after its opening, when it says they are kept unnamed."""
    if not keeps_anonymous(text[start:end]):
        return None
    return _ANONYMOUS_WITHIN.search(text, start, end)


# A sentence opening with an indefinite noun phrase: "A Dubai-based freight forwarder who …".
_INDEFINITE_OPENING = re.compile(r"\s*(?:A|An|One|Another)\s+[\w'-]+")


def _unnamed_opening(text: str, start: int, end: int) -> bool:
    """A sentence whose subject opens with "a"/"an" and which says that person is kept unnamed, whatever
    the noun ("a freight forwarder", "a shipping agent"): "he" after it is that person."""
    return _INDEFINITE_OPENING.match(text, start) is not None and keeps_anonymous(text[start:end])


def keeps_anonymous(text: str) -> bool:
    """Whether `text` says its speaker is kept unnamed (see _ANONYMITY); a substring test first."""
    low = text.lower()
    if "anonym" not in low and "name" not in low and "identified" not in low:
        return False
    return _ANONYMITY.search(text) is not None


@dataclass(frozen=True)
class Mention:
    """A place where a person is named, outside quotation marks."""

    paragraph: int
    start: int
    end: int
    sentence: int
    name: str


class SpeakerResolver:
    """Reads the attribution of quotations in one article."""

    def __init__(self, article: Article, entities: Entities) -> None:
        self.article = article
        self.entities = entities
        self.text = tuple(folded(paragraph) for paragraph in article.paragraphs)  # as the entities were read
        self.roles = {person.name: (person.role or "").lower() for person in entities.people}
        self.mentions = person_mentions(article, entities.people, self.text)
        self.genders = person_genders(article, self.text, entities.people, self.mentions)
        self._titles: dict[str, str] | None = None  # see _role_of
        self.spoken: list[tuple[int, int, str]] = []  # (paragraph, offset, name) of each quote given to a person

    def note(self, quote: QuoteSpan, speaker: Speaker) -> None:
        """Remember who a quote went to: "the Foreign Minister" after "the Deputy Prime Minister said" is
        most recently that speaker, though another foreign minister was named since."""
        if speaker[0] and speaker[1] == "person":
            self.spoken.append((quote.paragraph, quote.start, speaker[0]))

    def speaker_of(self, quote: QuoteSpan) -> Speaker:
        return self._after(quote) or self._before(quote) or NOBODY

    def lead_in(self, quote: QuoteSpan) -> Speaker:
        """A quote opening a sentence right after one that names a person, in the same paragraph, is
        theirs: "Its manager, Sun Lijun, rejected the complaints. “We have paid compensation …”"."""
        p, text = quote.paragraph, self.text[quote.paragraph]
        index = self.article.sentence_at(p, max(quote.start - 1, 0))
        sentences = self.article.sentences[p]
        sentence = sentences[index]
        if index == 0 or text[sentence.start : max(quote.start - 1, sentence.start)].strip():
            return NOBODY
        named = [m for m in self.mentions if m.paragraph == p and m.sentence == index - 1]
        if named:
            return named[0].name, "person"
        return self._reporter_of(quote, sentences[index - 1]) or NOBODY

    def _reporter_of(self, quote: QuoteSpan, sentence: Sentence) -> Speaker | None:
        """The subject of the speech verb in the sentence before a quote, which names no person and
        holds no quote: "Two years ago, he said, he was planning to …. “Now I tell my brother: …”" is his."""
        p, text = quote.paragraph, self.text[quote.paragraph]
        if _QUOTE_MARK.search(text, sentence.start, sentence.end):
            return None  # a quote's own sentence: the quotes after it continue it (`quotes._continues`)
        verb = _VERB.search(text, sentence.start, sentence.end)
        if verb is None:
            return None
        lead = text[sentence.start : verb.start()]
        if not lead.strip():
            return None
        clause_start = sentence.start + max(_clause_start(lead), _label_length(lead))
        return self._resolve_subject(quote, p, clause_start, verb.start())

    # ---- where the attribution stands ------------------------------------------------------

    def _after(self, quote: QuoteSpan) -> Speaker | None:
        """ "…,” X said", "…,” said X", "…,” according to X" — up to the end of the sentence. An
        attribution that says its speaker is kept unnamed names no one ("“…,” the person said, asking
        not to be named"), unless it names the person."""
        p, text = quote.end_paragraph, self.text[quote.end_paragraph]
        if quote.end >= len(text):
            return None
        start = quote.end + 1
        sentence = self.article.sentences[p][self.article.sentence_at(p, start)]
        end = max(sentence.end, start)
        tail = _QUOTE_MARK.split(text[start:end], maxsplit=1)[0]
        found = self._after_tail(quote, p, start, tail)
        unnamed = (found is None or found[0]) and keeps_anonymous(tail) and _VERB.search(tail)
        if unnamed and not self._mentions_between(p, start, start + len(tail)):
            return UNNAMED
        return found

    def _after_tail(self, quote: QuoteSpan, p: int, start: int, tail: str) -> Speaker | None:
        """The attribution in `tail`, the rest of the sentence after the closing mark at `start`."""
        according = _ACCORDING_TO.match(tail)
        if according:
            return self._resolve_phrase(quote, p, start + according.start("who"), start + according.end("who"))
        verb = _VERB.search(tail)
        if verb is None or len(tail[: verb.start()].split()) > _MAX_SUBJECT_WORDS:
            return None
        before_verb = tail[: verb.start()]
        if not before_verb.strip(" ,-"):  # "…,” said the minister" / "said Malik, 27, who …"
            rest = tail[verb.end() :]
            stop = _PHRASE_STOP.search(_RANK_MARK.sub(_blank, rest) if "(" in rest or "." in rest else rest)
            phrase_end = start + verb.end() + (stop.start() if stop else len(rest))
            named_next = [m for m in self.mentions if m.paragraph == p and phrase_end < m.start <= phrase_end + 3]
            if stop and stop.group() == "," and named_next:  # "said the Minister for Transport, Shahid Khattak"
                return named_next[0].name, "person"
            return self._resolve_phrase(quote, p, start + verb.end(), phrase_end, first=True)
        if _CLAUSE_MARK.search(before_verb) or _CONJUNCTION.search(before_verb[:8]) or _SUBORDINATOR.match(before_verb):
            return None
        if "which " in before_verb and _RELATIVE_SUBJECT.search(before_verb):
            return None  # "… as “the next frontier” of CPEC, which he said had been known …": the noun's clause
        found = self._resolve_subject(quote, p, start, start + verb.start())
        if found and found[0] and verb.group() in _REPLY_VERBS and before_verb.strip() in _PRONOUN_GENDER:
            return self._replier(quote, found[0], _PRONOUN_GENDER[before_verb.strip()]) or found
        return found

    def _replier(self, quote: QuoteSpan, asker: str, gender: str) -> Speaker | None:
        """For "“…,” she replied" after a sentence in which `asker` (the pronoun's usual antecedent) asks a
        question: the one who answers is someone else, the latest other person of that gender named before
        ("Senator Tareen interrupted her to ask who would pay. “The province will,” she replied" → the
        official Tareen interrupted). None when the sentence before asks nothing or there is no one else."""
        p = quote.paragraph
        index = self.article.sentence_at(p, max(quote.start - 1, 0))
        if index == 0:
            return None
        previous = self.article.sentences[p][index - 1]
        asking = _ASKING.search(self.text[p], previous.start, previous.end)
        if asking is None or asker not in {m.name for m in self._mentions_between(p, previous.start, asking.start())}:
            return None  # no question, or `asker` is not who asks ("Reporters asked Aslam …": she answers)
        here = (quote.paragraph, quote.start)
        others = [
            m
            for m in self.mentions
            if (m.paragraph, m.start) < here and m.name != asker and self.genders.get(m.name, gender) == gender
        ]
        return (others[-1].name, "person") if others else None

    def _before(self, quote: QuoteSpan) -> Speaker | None:
        """ "X said: “…”", "X said the two were “…”", "…, adding, “…”" in the quote's own sentence."""
        p, text = quote.paragraph, self.text[quote.paragraph]
        sentence = self.article.sentences[p][self.article.sentence_at(p, max(quote.start - 1, 0))]
        start, end = sentence.start, max(quote.start - 1, sentence.start)
        before = text[start:end]
        if not before.strip():
            return None
        if before.rstrip().endswith(":"):  # "…, Anjum said, before Liu cut in: “…”": the last clause's subject
            clause = start + _clause_start(before, _COLON_CLAUSE)
            named = self._mentions_between(p, clause, end)
            if clause > start and named:
                return named[0].name, "person"
        according = _ACCORDING_BEFORE.match(before)
        if according:  # "According to the summary moved by the P&D Department, the motorway would “…”"
            phrase = according.group(1)
            return self._organisation_in(phrase) or self._resolve_subject(
                quote, p, start + according.start(1), start + according.end(1)
            )
        quoted = quote_checker(text)
        verbs = [m for m in _VERB.finditer(before) if not quoted(start + m.start())]
        participles = [m for m in _PARTICIPLE.finditer(before) if not quoted(start + m.start())]
        last_verb = verbs[-1] if verbs else None
        last_participle = participles[-1] if participles else None
        if last_participle and (last_verb is None or last_participle.start() > last_verb.start()):
            with_subject = _WITH_SUBJECT.search(before[: last_participle.start()])
            if with_subject:  # "…, with the external affairs ministry saying that …"
                return self._resolve_subject(quote, p, start + with_subject.start(1), start + with_subject.end(1))
            return self._sentence_subject(quote, p, start, start + last_participle.start())
        if last_verb and len(verbs) > 1 and _THAT_AT_END.search(before[: last_verb.start()]):
            last_verb = verbs[-2]  # "the ministry said in a statement that described the highway as “…”"
        if last_verb and _PASSIVE_BEFORE.search(before, 0, last_verb.start()):
            return UNNAMED  # "Afridi said the House had been told in March that … was “…”"
        what_pronoun = _WHAT_PRONOUN.search(before, 0, last_verb.start()) if last_verb else None
        if what_pronoun:  # "He rejected what he called the opposition's “point-scoring”"
            return self._resolve_words(quote, what_pronoun.group(1))
        if last_verb:
            lead = before[: last_verb.start()]
            clause_start = start + max(_clause_start(lead), _label_length(lead))
            return self._resolve_subject(quote, p, clause_start, start + last_verb.start())
        if before.rstrip().endswith((":", " -")):  # "Farooq put it bluntly: “…”", "Dablo disagreed - “…”"
            words_of = _WORDS_OF.match(before)
            if words_of:  # "His exact words: “…”"
                return self._resolve_words(quote, "he" if words_of.group(1).lower() == "his" else "she")
            return self._sentence_subject(quote, p, start, end)
        return None

    # ---- from a phrase to a speaker ----------------------------------------------------------

    def _resolve_subject(self, quote: QuoteSpan, p: int, start: int, end: int) -> Speaker | None:
        """The subject before a verb: the person named before any apposition, else the phrase."""
        start += _adverbial_length(self.text[p][start:end])
        if keeps_anonymous(self.text[p][start:end]):
            return UNNAMED  # "An official at the commerce ministry, who requested anonymity, said"
        said = _VERB.search(self.text[p], start, end) if "said" in self.text[p][start:end] else None
        if said and self.text[p][start : said.start()].strip():
            # "The chamber president said the provincial government had promised … “by December”": the words
            # are reported by the subject of "said", not by that of the clause it reports
            return self._resolve_subject(quote, p, start, said.start())
        named = self._mentions_between(p, start, end)
        if named:
            comma = self.text[p].find(",", start, end)
            head = [m for m in named if comma < 0 or m.start < comma]
            if head and len(head) < len(named) and self.text[p].startswith("'s ", head[-1].end):
                return named[len(head)].name, "person"  # "Baig's deputy, Sana Mir, said": the one in apposition
            return (head[-1] if head else named[0]).name, "person"
        phrase = self.text[p][start:end]
        if phrase.lstrip()[:1] in "aA":  # the cheap test first: "a spokesman for the ministry said"
            named_later = self._named_in_apposition(quote, phrase)
            if named_later:
                return named_later
        for_body = _ON_BEHALF_OF.match(phrase)
        if for_body:  # "a spokesperson for the operator, Thar Energy Power Company, said"
            body = phrase[for_body.end() :]
            return self._organisation_in(body) or self._resolve_words(quote, body)
        if phrase.split() and phrase.split()[0].lower() in {"which", "that"}:  # "the report, which warns that"
            return self._antecedent_phrase(p, start)
        segments = [seg for seg in phrase.split(",") if seg.strip(" -")]
        if len(segments) > 1:  # "Asked whether …, the vice minister said"; "the minister, who heads X, said"
            last = self._resolve_words(quote, segments[-1])  # ", who also heads the board," names no one
            return last if last and last[0] else self._resolve_words(quote, segments[0]) or last
        found = self._resolve_words(quote, phrase)
        if found is None and phrase.endswith((" but ", " and ")):  # a second verb of the same subject
            return self._opening_organisation(phrase)
        return found

    def _opening_organisation(self, phrase: str) -> Speaker | None:
        """The organisation opening `phrase` ("the traders' association welcomed the deal but demanded that
        …"): the subject of both verbs."""
        head = phrase.lstrip()
        head = head[4:] if head[:4].lower() == "the " else head
        longest = None
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                if form and head.startswith(form) and 0 in _standing(form, head[: len(form) + 1]):
                    longest = form if longest is None or len(form) > len(longest) else longest
        return (longest, "organization") if longest else None

    def _sentence_subject(self, quote: QuoteSpan, p: int, start: int, end: int) -> Speaker | None:
        """The subject opening a sentence: its first person named, or its opening pronoun or noun."""
        named = self._mentions_between(p, start, end)
        if named:
            return named[0].name, "person"
        start += _label_length(self.text[p][start:end])  # a dateline: "LAHORE: The Chinese embassy …"
        opening = _OPENING_SUBJECT.match(self.text[p][start:end])
        if opening:
            return self._resolve_words(quote, opening.group(1))
        return None

    def _resolve_phrase(self, quote: QuoteSpan, p: int, start: int, end: int, first: bool = False) -> Speaker | None:
        named = self._mentions_between(p, start, end)
        if named:
            return (named[0] if first else named[-1]).name, "person"
        return self._resolve_words(quote, self.text[p][start:end])

    def _resolve_words(self, quote: QuoteSpan, phrase: str) -> Speaker | None:
        words = _WORDS.findall(phrase)
        while words and words[-1].lower() in SUBJECT_VERB_FILLERS:
            words.pop()
        while words and words[0].lower() in {"and", "but", "while", "as", "when", "after", "if", "because"}:
            words.pop(0)
        if not words:
            return None
        low = [w.lower() for w in words]
        if low[0] in _INDEFINITE and "the" in low:
            contact = _contact_clause_subject(low)
            if contact:  # "…, a gap the minister called “…”": the minister's word for the gap
                return self._resolve_words(quote, " ".join(words[contact:]))
        if len(words) == 1 and low[0] == "i":  # outside quotation marks "I" is the writer: "as I told them: “…”"
            return (self.article.author, "person") if self.article.author else UNNAMED
        if len(words) == 1 and low[0] in _PRONOUNS:
            return self._antecedent(quote, None, _PRONOUN_GENDER.get(low[0]))
        if len(words) == 1 and low[0] == "it":  # "The exercise, it said, was “…”": the body that spoke
            return self._last_organisation(quote) or self._last_document(quote)
        if len(low) == 2 and low[0] == "the" and low[1] in _PAIR_WORDS:  # "The former said …"
            return self._one_of_pair(quote, low[1] == "former")
        if low[0] in _INDEFINITE and len(low) > 2 and not _SPOKES_NOUNS.isdisjoint(low):
            named_body = self._spokesperson_body(words, low)
            if named_body:
                return named_body
        if low[0] in NOT_SPEAKERS or low[0] in _INDEFINITE:
            return UNNAMED  # "officials said", "a senior official said": someone the article does not name
        if low[0] == "the" and len(words) == 2 and _is_acronym(words[1]):  # "the CFO", "the DCM"
            spelled = self._spelled_role(low[1])
            if spelled:
                return self._antecedent(quote, spelled)
        if low[0] == "the" and len(low) > 2 and low[1] in _FORMER and not self._held_before(low[1]):
            return UNNAMED  # "the then consul general": an earlier holder, not the one named in the article
        if low[0] == "the" or low[0].endswith("'s"):
            nouns = low[1:] if low[0] == "the" else low
            role_noun = " ".join(n for n in nouns if n[0].isalpha())
            held = low[0] == "the" and any(f" {role_noun} " in f" {role} " for role in self.roles.values() if role)
            names_a_role = held or any(n in PERSON_ANAPHORS for n in nouns)
            if names_a_role and not any(n in BODY_NOUNS for n in nouns):  # "the port chief", "the finance secretary"
                return self._antecedent(quote, role_noun)
            if held and nouns[0] in TITLE_HEADS:  # "the chairman of the Board of Investment", named so before
                holder = self._antecedent(quote, role_noun)  # (else the board speaks, as below)
                if holder:
                    return holder
        person = _person_named(" ".join(words), self.entities.people)
        if person:
            return person.name, "person"
        owner = self._possessor(words)
        if owner:  # "The Planning Commission's Annual Plan pledges …", "the IMF's staff report warns …"
            return owner
        if low[0] == "the" and len(low) > 2 and low[1].endswith("'s"):  # "the mission's report", its mission's
            owner = self._its_noun_owner(quote, low[1][:-2])
            if owner:
                return owner
        written = " ".join(words[1:] if low[0] == "the" else words)
        if any(written == p.name for p in self.entities.places):  # "Beijing said", "Washington warned"
            return written, "organization"
        document = next((n for n in low[1:4] if n in DOCUMENT_NOUNS), None)
        if document and low[0] in {"the", "its", "their"}:  # "The Annual Plan itself", "Its statement at the signing"
            return self._document_owner(quote, low[0], document)
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                if _plain(written) == _plain(form):  # "the IMF said": the organisation as the article names it
                    return form, "organization"
        outlet = self._outlet(words)
        if outlet:  # "When RFE/RL asked", on a page of "RFE/RL's Gandhara"
            return outlet, "organization"
        if any(n in BODY_NOUNS or n in _FORCE_NOUNS or n in _COMPANY_NOUNS or n.endswith("ministry") for n in low):
            return self._body(quote, words)
        if len(words) == 1 and _is_brand(words[0]):  # "TransPeshawar said", "WAPDA said": no one's name
            return words[0], "organization"
        return None

    def _spokesperson_body(self, words: list[str], low: list[str]) -> Speaker | None:
        """ "A China Harbour spokeswoman (in Beijing)": the body whose name stands before the spokes-noun
        speaks through them, as the article names it (an unnamed spokesperson of a company gives the
        company). None when no name stands there ("a senior spokesman", "a Chinese spokeswoman")."""
        at = next(i for i, word in enumerate(low) if word in _SPOKES_NOUNS)
        name = words[1:at]
        if not name or not all(word[0].isupper() for word in name) or all(w in NATIONALITIES for w in low[1:at]):
            return None
        written = " ".join(name)
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                if _plain(written) == _plain(form):
                    return form, "organization"
        return written, "organization"

    def _outlet(self, words: list[str]) -> str | None:
        """The article's outlet when the words name it, or name the outlet whose service it is ("RFE/RL"
        of "RFE/RL's Gandhara"), as the page names it."""
        source = self.article.source or ""
        written = _plain(" ".join(words))
        if not source or not written:
            return None
        if written == _plain(source):
            return source
        owner = _OUTLET_OWNER.match(source)
        return owner.group(1) if owner and written == _plain(owner.group(1)) else None

    def _possessor(self, words: list[str]) -> Speaker | None:
        """The organisation whose document or office speaks ("the IMF's staff report")."""
        for i, word in enumerate(words):
            if word.endswith("'s"):
                for j in range(i + 1):  # the longest owner first: "pointed to the State Bank of Pakistan's"
                    owner = _plain(" ".join([*words[j:i], word[:-2]]))
                    for org in self.entities.organizations:
                        if owner in {_plain(form) for form in (org.name, *org.aliases)}:
                            return org.name, "organization"
                return None
        return None

    def _document_owner(self, quote: QuoteSpan, determiner: str, noun: str) -> Speaker | None:
        """Whose report speaks: for "its report", the organisation named last before the quote; for
        "the report", the organisation that owned a report earlier ("the IMF's staff report", "a
        report by the IMF")."""
        before = " ".join(self.text[: quote.paragraph]) + " " + self.text[quote.paragraph][: quote.start]
        if determiner != "the":  # "Its latest staff report warns": the organisation named last
            nearby = self.text[max(quote.paragraph - 1, 0) : quote.paragraph]
            return self._organisation_in(" ".join((*nearby, self.text[quote.paragraph][: quote.start])), last=True)
        return (
            self._owned_document(before, noun)
            or self._issuer(quote, before, noun)
            or self._last_organisation(quote)  # the body that spoke last
        )

    def _issuer(self, quote: QuoteSpan, before: str, noun: str) -> Speaker | None:
        """For "the statement": the body that last "said in a statement" before the quote, however far
        back ("“…,” the embassy said in a statement. … According to the statement, …")."""
        if " in a" not in before and " in its" not in before:  # the cheap test first
            return None
        issued = None
        for match in _SAID_IN_DOCUMENT.finditer(before):
            if match.group(2).lower() == noun:
                issued = match
        if issued is None:
            return None
        phrase = issued.group(1)
        found = self._organisation_in(phrase, last=True) or self._resolve_words(quote, phrase)
        return found if found and found[1] == "organization" else None

    def _owned_document(self, before: str, noun: str) -> Speaker | None:
        """Who owned the document last named before: "the IMF's staff report", "a report by the IMF", "a
        report published last year by the Islamabad-based Centre for Digital Governance" (a body the
        organisations list may miss: the name after "by" is taken as written)."""
        owned = None
        owner_pattern = rf"([\w'-]+(?:\s+[\w'-]+){{0,5}})'s\s+(?:[\w-]+\s+){{0,3}}{noun}\b"
        for match in re.finditer(owner_pattern, before, re.IGNORECASE):
            owned = self._possessor(match.group(0).split()) or owned
        by_pattern = (
            rf"\b{noun}\s+(?:{_ISSUED}\s+(?:[\w'-]+\s+){{0,3}}?)?(?:by|from|of)\s+((?:[\w'-]+\s+){{0,6}}[\w'-]+)"
        )
        for match in re.finditer(by_pattern, before, re.IGNORECASE):
            owned = self._organisation_in(match.group(1)) or self._body_named(match.group(1)) or owned
        return owned

    def _body_named(self, phrase: str) -> Speaker | None:
        """A body's name as written at the start of `phrase` (see `_proper_name`), unless it only joins
        places or people ("a plan by China and Pakistan")."""
        found = _proper_name(phrase)
        if found is None:
            return None
        known = {place.name for place in self.entities.places} | {person.name for person in self.entities.people}
        words = [w for w in found[0].split() if w not in _NAME_JOINS]
        if all(w in known for w in words):
            return None
        if any(w in person.name.split() for person in self.entities.people for w in words):
            return None  # "a report by Ahmed Khan of …": a person's, read elsewhere
        return found

    def _last_document(self, quote: QuoteSpan) -> Speaker | None:
        """For "it" when no body spoke: the owner of the document that opened a sentence just before
        ("The report, released last week, finds … It calls the concessions “…”")."""
        nearby = " ".join(
            (*self.text[max(quote.paragraph - 1, 0) : quote.paragraph], self.text[quote.paragraph][: quote.start])
        )
        opened = None
        for match in _DOCUMENT_SUBJECT.finditer(nearby):
            opened = match
        if opened is None:
            return None
        before = " ".join((*self.text[: quote.paragraph], self.text[quote.paragraph][: quote.start]))
        return self._owned_document(before, opened.group(1).lower())

    def _its_noun_owner(self, quote: QuoteSpan, noun: str) -> Speaker | None:
        """For "the mission's report": the body whose mission it is, "Its review mission, which …" naming
        it earlier; the organisation named last before that "its"."""
        p = quote.paragraph
        nearby = " ".join((*self.text[max(p - 1, 0) : p], self.text[p][: quote.start]))
        if noun not in nearby:
            return None
        its = None
        for match in re.finditer(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", nearby, re.IGNORECASE):
            its = match
        return self._organisation_in(nearby[: its.start()], last=True) if its else None

    def _last_organisation(self, quote: QuoteSpan) -> Speaker | None:
        """The organisation that spoke last before the quote ("X said …"), in its paragraph or the one
        before: what "it said" and "the statement said" refer to. None when no organisation spoke."""
        p = quote.paragraph
        nearby = " ".join((*self.text[max(p - 1, 0) : p], self.text[p][: quote.start]))
        # In the quote's own sentence, "X, said" closes an apposition of the sentence's subject, which
        # X is not: "The statement, issued after a meeting of the Joint Working Group, said …"
        own = len(nearby) - quote.start + self.article.sentences[p][self.article.sentence_at(p, quote.start)].start
        spoke = []
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                spoke.extend(
                    (at, form)
                    for at in _standing(form, nearby, _SPOKE_AFTER)
                    if at < own
                    or not nearby.startswith(", ", at + len(form))
                    or nearby.startswith(", also ", at + len(form))
                )
        for match in _BODY_SPOKE.finditer(nearby):  # "the ministry said in a statement": the body it names
            body = self._body(quote, match.group(1).split())
            if body and body[0]:
                spoke.append((match.start(), body[0]))
        return (max(spoke)[1], "organization") if spoke else None

    def _antecedent_phrase(self, p: int, clause_start: int) -> Speaker | None:
        """What ", which" refers back to: the noun phrase before the comma, when an organisation owns it."""
        sentence = self.article.sentences[p][self.article.sentence_at(p, clause_start)]
        head = self.text[p][sentence.start : clause_start].rsplit(",", 1)[0].rstrip()
        words = _WORDS.findall(head)
        return (
            self._possessor(words[-10:])
            or self._organisation_ending(head)
            or self._organisation_in(" ".join(words[-6:]))
        )

    def _organisation_ending(self, text: str) -> Speaker | None:
        """The organisation whose name ends `text`, however long ("a petition filed by Gansu Longhai Road and
        Bridge Engineering Company Limited, which says …"), as it is named there."""
        ending = None
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                longer = ending is None or len(form) > len(ending)
                if form and longer and text.endswith(form) and _standing(form, text[-len(form) - 1 :]):
                    ending = form
        return (ending, "organization") if ending else None

    def _organisation_in(self, phrase: str, last: bool = False) -> Speaker | None:
        """The first (or last) organisation of the article named in `phrase`, as it is named there."""
        named = []
        for org in self.entities.organizations:
            for form in (org.name, *org.aliases):
                named.extend((at, form) for at in _standing(form, phrase))
        if not named:
            return None
        return (max(named) if last else min(named))[1], "organization"

    def _body(self, quote: QuoteSpan, words: list[str]) -> Speaker | None:
        """ "the ministry", "China's embassy in Islamabad": the organisation it names."""
        if words[0].lower() == "the":
            words = words[1:]
        phrase = " ".join(words)
        low = [w.lower() for w in words]
        wanted = set(low)
        nouns = [
            w for w in low if w in BODY_NOUNS or w in _FORCE_NOUNS or w in _COMPANY_NOUNS or w.endswith("ministry")
        ]
        orgs = self.entities.organizations
        best = [org for org in orgs if wanted <= set(org.name.lower().split())]
        if not best:  # "the central bank" → the one organisation named with "bank"
            best = [org for org in orgs if nouns and nouns[0] in org.name.lower().split()]
            portfolio = [w for w in low if w not in nouns] if nouns and nouns[0].endswith("ministry") else []
            if portfolio:  # a ministry is named by its portfolio: "the planning ministry" is no Ministry of Health
                best = [org for org in best if any(w in org.name.lower().split() for w in portfolio)]
        if len(best) == 1:
            return best[0].name, "organization"
        if len(words) >= 2:
            return phrase, "organization"
        source = self.article.source or ""
        if nouns and nouns[0] in source.lower().split():  # a ministry's press release: "the Ministry said"
            return source, "organization"
        if not nouns:
            return None
        written = (
            self._subject_before(quote, nouns[0])
            or self._body_written_before(quote, nouns[0])
            or self._company_before(quote, nouns[0])
        )
        if written:
            return written, "organization"
        return (phrase, "organization") if nouns[0] in _FORCE_NOUNS else None  # "The navy said"

    def _subject_before(self, quote: QuoteSpan, noun: str) -> str | None:
        """For "the company" / "the firm": the organisation opening the sentence before the quote's, its
        subject ("Sino Huaxin Energy said in a statement …. The company said it remained …"), though
        another company was named later."""
        if noun not in _COMPANY_NOUNS:
            return None
        p = quote.paragraph
        index = self.article.sentence_at(p, quote.start)
        if index > 0:
            previous, text = self.article.sentences[p][index - 1], self.text[p]
        elif p > 0 and self.article.sentences[p - 1]:
            previous, text = self.article.sentences[p - 1][-1], self.text[p - 1]
        else:
            return None
        opening = self._opening_organisation(text[previous.start : previous.end])
        return opening[0] if opening else None

    def _body_written_before(self, quote: QuoteSpan, noun: str) -> str | None:
        """How the article named the body before, in lower case after an owner or a capitalised word: "the
        ministry" after "Pakistan's communications ministry said …", "the embassy" after "The Chinese
        embassy in Islamabad has asked …" (bodies the organisations list cannot hold)."""
        p = quote.paragraph
        found = None
        pattern = re.compile(
            rf"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?'s(?:\s+[a-z][\w-]*){{0,2}}?\s+{noun}\b"
            rf"|\b[Tt]he\s+(?P<named>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+{noun})\b"
        )
        for q in range(p + 1):
            text = self.text[q] if q < p else self.text[q][: quote.start]
            if noun not in text:
                continue
            for match in pattern.finditer(text):
                start = match.start("named") if match.group("named") else match.start()
                found = self.article.paragraphs[q][start : match.end()]
        return found

    def _company_before(self, quote: QuoteSpan, noun: str) -> str | None:
        """For "the company" / "the firm": the company (an organisation named "… Limited", "… Group")
        named last before the quote."""
        if noun not in _COMPANY_NOUNS:
            return None
        companies = [
            org for org in self.entities.organizations if org.name.split()[-1].lower().rstrip(".") in _COMPANY_ENDS
        ]
        if not companies:
            return None
        before = " ".join((*self.text[: quote.paragraph], self.text[quote.paragraph][: quote.start]))
        named = [
            (at, org.name)
            for org in companies
            for form in (org.name, *org.aliases)
            for at in _standing(fold(form), before)
        ]
        return max(named)[1] if named else None

    # ---- antecedents -------------------------------------------------------------------------

    def _antecedent(self, quote: QuoteSpan, role_noun: str | None, gender: str | None = None) -> Speaker | None:
        """For "he"/"she", the subject of the nearest sentence naming a person of that gender (or of
        unknown gender); for "the minister", the nearest person whose role fits, else as for "he"."""
        earlier = [m for m in self.mentions if (m.paragraph, m.start) < (quote.paragraph, quote.start)]
        if role_noun:
            holder = self._role_holder(quote, role_noun, earlier) or self._named_later(quote, role_noun)
            if holder:
                return holder
        possible = [m for m in earlier if gender is None or self.genders.get(m.name, gender) == gender]
        if role_noun is None:
            self_named = self._self_named(quote, gender)
            if self_named and (not possible or (possible[-1].paragraph, possible[-1].start) < self_named[0]):
                return self_named[1], "person"  # "A fisherman, who gave his name as Karim, … “…,” he said"
        if gender is not None:  # "She said … by Wattoo": a sentence whose subject is the pronoun again
            chained = [m for m in possible if not self._opens_with_pronoun(m, gender)]
            possible = chained or possible
        last = possible[-1] if possible else None
        if role_noun is None:  # "The Chief Minister said that … “…,” he said": after the people named before
            subject = self._role_subject(quote, last, gender, earlier)
            if subject:
                return subject
        if last is None:
            return None
        if self._anonymous_since(last, quote, role_noun):
            return UNNAMED  # "A senior official, who asked not to be named, … “…,” he said"
        same_sentence = [m for m in possible if (m.paragraph, m.sentence) == (last.paragraph, last.sentence)]
        return self._subject_mention(same_sentence).name, "person"

    def _role_holder(self, quote: QuoteSpan, role_noun: str, earlier: list[Mention]) -> Speaker | None:
        """For "the minister", the person named before the quote whose role fits, the closest fit first
        ("the vice minister": a vice minister before any minister); None when the role fits no one."""
        words = set(role_noun.split())
        fitting = [m for m in earlier if _role_fits(role_noun, self._role_of(m.name))]
        if fitting and words.isdisjoint(_SUBORDINATE):  # "the minister": a minister before a vice minister
            fitting = [m for m in fitting if not _subordinate(role_noun, self._role_of(m.name))] or fitting
        closest = [m for m in fitting if words <= set(_WORDS.findall(self._role_of(m.name)))]
        if not fitting:
            return None
        if not closest and len(words) > 1 and self._brought_in_unnamed(role_noun, quote):
            return UNNAMED  # "“…,” an EAD official said, requesting anonymity. … “…,” the EAD official said"
        if self._anonymous_since((closest or fitting)[-1], quote, role_noun):
            return UNNAMED  # "An official of the Power Division … “…,” the official said"
        return self._latest((closest or fitting), quote), "person"

    def _brought_in_unnamed(self, role_noun: str, quote: QuoteSpan) -> bool:
        """Whether the article brought in someone unnamed by these very words before the quote ("an EAD
        official", "a senior finance ministry official"): "the EAD official" then takes them up again, not
        a person named since in a role the bare head noun fits ("Finance Secretary X" for "official")."""
        indefinite = re.compile(rf"\b(?:an?|one|another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(role_noun)}\b", re.IGNORECASE)
        for p in range(quote.paragraph + 1):
            text = self.text[p] if p < quote.paragraph else self.text[p][: quote.start]
            if indefinite.search(text):
                return True
        return False

    def _named_later(self, quote: QuoteSpan, role_noun: str) -> Speaker | None:
        """For "the ambassador" when no one named before holds the role: the first holder named after the
        quote, in its paragraph or the next ("The ambassador said … “before Ramazan”. … “…,” Ambassador
        Saqib Rauf Kundi said"): a story may bring in a speaker by role and name them later."""
        here = (quote.paragraph, quote.start)
        for m in self.mentions:
            if m.paragraph > quote.paragraph + 1:
                break
            if (m.paragraph, m.start) > here and _role_fits(role_noun, self._role_of(m.name)):
                return m.name, "person"
        return None

    def _named_in_apposition(self, quote: QuoteSpan, phrase: str) -> Speaker | None:
        """For "a spokesman for the ministry" (someone brought in by role, not kept anonymous): the person
        named in apposition to "the spokesman" after the quote, in its paragraph or the next ("The
        spokesman, Qamar Zaman Abbasi, later told …")."""
        indefinite = _INDEFINITE_ROLE.match(phrase)
        if indefinite is None:
            return None
        noun = indefinite.group(1).lower()
        here = (quote.paragraph, quote.start)
        for m in self.mentions:
            if m.paragraph > quote.paragraph + 1:
                break
            if (m.paragraph, m.start) <= here or not self.text[m.paragraph].startswith(", ", m.start - 2):
                continue
            before = self.text[m.paragraph][max(m.start - len(noun) - 8, 0) : m.start - 2].lower()
            if before.endswith(f"the {noun}") and (
                len(before) == len(noun) + 4 or not before[-len(noun) - 5].isalnum()
            ):
                return m.name, "person"
        return None

    def _one_of_pair(self, quote: QuoteSpan, first: bool) -> Speaker | None:
        """For "the former" ("the latter"): the first (last) person named in the latest sentence before
        the quote, in its paragraph or the one before, that names two people or more."""
        here = (quote.paragraph, quote.start)
        names: dict[tuple[int, int], list[str]] = {}
        for m in self.mentions:
            if m.paragraph >= quote.paragraph - 1 and (m.paragraph, m.start) < here:
                named = names.setdefault((m.paragraph, m.sentence), [])
                if m.name not in named:
                    named.append(m.name)
        pairs = [key for key, named in names.items() if len(named) >= 2]
        if not pairs:
            return None
        named = names[max(pairs)]
        return (named[0] if first else named[-1]), "person"

    def _role_of(self, name: str) -> str:
        """A person's role (lower case) and the title words written right before their name anywhere
        ("Chief Minister Sindh Syed Murad Ali Shah" when the role was not read from it)."""
        if self._titles is None:
            titles: dict[str, str] = {}
            for mention in self.mentions:
                text, reach = self.text[mention.paragraph], max(mention.start - 80, 0)
                run = _TITLE_BEFORE.search(text, max(mention.start - 60, 0), mention.start)
                if run:
                    titles[mention.name] = titles.get(mention.name, "") + " " + run.group().lower()
                apposed = (
                    _APPOSED_ROLE.search(text, reach, mention.start) if "," in text[reach : mention.start] else None
                )
                if apposed:  # "by its chairman, Rear Admiral (retd) Tahir Mehmood Lodhi"
                    titles[mention.name] = titles.get(mention.name, "") + " " + apposed.group(1)
                if text.startswith(", ", mention.end):  # "Ambassador Sohail Rana, Director General ISSI, said"
                    titles[mention.name] = titles.get(mention.name, "") + _title_after(text, mention.end + 2)
            self._titles = titles
        return self.roles.get(name, "") + self._titles.get(name, "")

    def _spelled_role(self, acronym: str) -> str | None:
        """The words of someone's role that `acronym` (lower case) abbreviates, joining words kept
        but not counted: "cfo" → "chief financial officer", "dcm" → "deputy chief of mission". None
        when a role already has the acronym as a word (it fits as written) or none spells it."""
        roles = [self._role_of(person.name) for person in self.entities.people]
        if any(acronym in _WORDS.findall(role) for role in roles):
            return None
        for role in roles:
            words = _WORDS.findall(role)
            for first, word in enumerate(words):
                if word[0] != acronym[0] or word in _SPELLING_JOINS:
                    continue
                spelled = _spelling(words, first, acronym)
                if spelled:
                    return spelled
        return None

    def _held_before(self, word: str) -> bool:
        """Whether someone's role says it was held before ("former", "then"): whom "the former minister" means."""
        return any(word in _WORDS.findall(self._role_of(person.name)) for person in self.entities.people)

    def _role_subject(
        self, quote: QuoteSpan, since: Mention | None, gender: str | None, earlier: list[Mention]
    ) -> Speaker | None:
        """The holder of a role opening a sentence of the quote's paragraph (or of the one before, when
        no one is named since), from the sentence naming `since` on: "The Chief Minister said that …
        “…,” he said" is the chief minister's, not the attendee named in the paragraph before; so is
        "Replying to the envoy, the minister said …" before a paragraph "“…,” he said"."""
        first = quote.paragraph if since is None else max(since.paragraph, quote.paragraph - 1)
        found = None
        for p in range(first, quote.paragraph + 1):
            text = self.text[p]
            for index, sentence in enumerate(self.article.sentences[p]):
                if p == quote.paragraph and sentence.start >= quote.start - 1:
                    break
                if since is not None and (p, index) < (since.paragraph, since.sentence):
                    continue
                role_noun = self._opening_role_noun(text, sentence.start, sentence.end)
                holder = self._role_holder(quote, role_noun, earlier) if role_noun else None
                if holder and holder[0] and (gender is None or self.genders.get(holder[0], gender) == gender):
                    found = holder
        return found

    @staticmethod
    def _opening_role_noun(text: str, start: int, end: int) -> str | None:
        """The role noun opening the sentence text[start:end] ("The minister said"), or opening it after
        an adverbial ("Responding to X, the chairman said")."""
        opening = start
        if text[opening : opening + 4].lower() != "the ":  # the cheap test first
            if text.find(", the ", opening, end) < 0:
                return None
            opening += _adverbial_length(text[opening:end])
            if opening == start:
                return _reporting_role_noun(text, start, end)
        opening_role = _role_noun_opening(text, opening)
        if opening_role is None and text.find(", the ", opening, end) >= 0:
            return _reporting_role_noun(text, start, end)  # "The city's tanneries …, the minister told reporters"
        return opening_role

    def _self_named(self, quote: QuoteSpan, gender: str | None) -> tuple[tuple[int, int], str] | None:
        """The last person before the quote (in its paragraph or the one before) named only as they gave
        their name: "who gave his name as Karim", "identified only as Bibi". ((paragraph, offset), name)."""
        found = None
        for p in range(max(quote.paragraph - 1, 0), quote.paragraph + 1):
            text = self.text[p] if p < quote.paragraph else self.text[p][: quote.start]
            if "name" not in text and "identified" not in text:
                continue
            for match in _SELF_NAMED.finditer(text):
                pronoun = (match.group(1) or match.group(3) or "").lower()
                if gender is None or not pronoun or _POSSESSIVE_GENDER[pronoun] == gender:
                    found = ((p, match.start()), match.group(2) or match.group(4))
        return found

    def _anonymous_since(self, mention: Mention, quote: QuoteSpan, role_noun: str | None) -> bool:
        """Whether a sentence after `mention`, in the quote's paragraph or the one before, opens with
        someone the article does not name ("A Chinese executive in Karachi …", "An official of the
        Power Division …"): "he" or "the official" then takes that person up, not the named one."""
        return self.anonymous_between((mention.paragraph, mention.end), quote, role_noun)

    def anonymous_between(self, since: tuple[int, int], quote: QuoteSpan, role_noun: str | None = None) -> bool:
        """Whether a sentence starting between `since` (paragraph, offset) and the quote opens with an
        unnamed person (of the role noun's head, when given); only the quote's paragraph and the one
        before. The sentence holding the previous quote is its own attribution, not a new speaker; the
        sentence holding `since` counts only when it says its subject is kept unnamed ("A senior official
        at the Ministry of X, who spoke on condition of anonymity, …": no name in it is the speaker)."""
        for p in range(max(quote.paragraph - 1, since[0]), quote.paragraph + 1):
            for sentence in self.article.sentences[p]:
                here = (p, sentence.start)
                if here >= (quote.paragraph, quote.start):
                    continue
                holds_since = here < since and p == since[0] and sentence.end > since[1]
                if here < since and not holds_since:
                    continue
                opening = _ANONYMOUS_SUBJECT.match(self.text[p], sentence.start) or _anonymous_within(
                    self.text[p], sentence.start, sentence.end
                )
                if opening is None:
                    if role_noun is None and _unnamed_opening(self.text[p], sentence.start, sentence.end):
                        return True  # "A Dubai-based freight forwarder …, who asked not to be named, said …"
                    continue
                if (holds_since or self._mentions_between(p, sentence.start, sentence.end)) and not keeps_anonymous(
                    self.text[p][sentence.start : sentence.end]
                ):
                    continue  # "Another analyst, Babar Latif Chughtai of …, was more cautious"
                if role_noun is None or role_noun.split()[-1] == opening.group(1).lower():
                    return True
        return False

    def _latest(self, mentions: list[Mention], quote: QuoteSpan) -> str:
        """Of the people a role fits, the one named or quoted last before the quote."""
        last = mentions[-1]
        names = {m.name for m in mentions}
        if len(names) > 1:
            here = (quote.paragraph, quote.start)
            quoted = [s for s in self.spoken if s[2] in names and (s[0], s[1]) < here]
            if quoted and (quoted[-1][0], quoted[-1][1]) > (last.paragraph, last.start):
                return quoted[-1][2]
        return last.name

    def _subject_mention(self, named: list[Mention]) -> Mention:
        """Of the people named in one sentence, its subject: the first named after an opening phrase
        ("Recalling the visit of Zhou Enlai, Ambassador Pang said …" → Pang; "After meeting Wang Yi,
        Ahsan Iqbal …" → Ahsan Iqbal), else the first. "According to X, …" keeps X, its source, and
        a name that opens the sentence ("Ding Xuexiang, the vice premier, …") is no opening phrase."""
        sentence = self.article.sentences[named[0].paragraph][named[0].sentence]
        text = self.text[named[0].paragraph][sentence.start : sentence.end]
        base = sentence.start
        label = _label_length(text)
        if label and any(m.start >= base + label for m in named):  # "Reuters: On Monday, Ahsan Iqbal said …"
            named = [m for m in named if m.start >= base + label]
            text, base = text[label:], base + label
        first = named[0]
        if len(named) == 1:
            return first
        opening = _adverbial_length(text)
        if not opening or text.lstrip().lower().startswith("according"):
            return first
        if first.start - base <= len(text) - len(text.lstrip()):  # the opener is a name's word
            return first
        after = [m for m in named if m.start >= base + opening]
        if not after:
            return first
        gap = self.text[first.paragraph][base + opening : after[0].start]
        words = _WORDS.findall(gap)  # "Ambassador", "the Chinese envoy," before the subject's name
        if len(words) > 6 or (words and words[0].lower() in _SUBJECT_PRONOUNS) or _VERB.search(gap):
            return first  # "When Ayesha Malik landed, she met Wang Yi": the clause's subject is a pronoun
        return after[0]

    def _opens_with_pronoun(self, mention: Mention, gender: str) -> bool:
        """Whether the mention's sentence is about someone else already: it opens with "He"/"She"."""
        sentence = self.article.sentences[mention.paragraph][mention.sentence]
        pronoun = _OPENS_WITH_HE if gender == "m" else _OPENS_WITH_SHE
        if pronoun.match(sentence.text):
            return True
        # after an opening adverbial: "Speaking to the BBC by phone, she said Nasreen Bibi's claim …"
        opening = _adverbial_length(sentence.text) if "," in sentence.text else 0
        return bool(opening) and pronoun.match(sentence.text, opening) is not None

    def _mentions_between(self, p: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == p and start <= m.start and m.end <= end]


_SPOKE_AFTER = re.compile(rf",?\s+(?:also\s+)?(?:{_SPOKE})\b")  # "X said", "X, also noted"


def _standing(form: str, text: str, after: re.Pattern[str] | None = None) -> list[int]:
    r"""Where `form` stands in `text` as a whole word (then `after`): the starts of the matches that
    `re.finditer` gives for `(?<![\w-])` + `re.escape(form)` + `(?![\w-])` (+ `after`), without
    compiling that expression for every organisation's name. Like finditer, the search goes on after
    the end of each match."""
    if not form:  # an empty match would make finditer step on by one character
        tail = after.pattern if after else ""
        return [m.start() for m in re.finditer(r"(?<![\w-])(?![\w-])" + tail, text)]
    starts: list[int] = []
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _CONTINUES_WORD.match(text, at - 1)) and not _CONTINUES_WORD.match(text, end):
            rest = after.match(text, end) if after else None
            if after is None or rest:
                starts.append(at)
                at = text.find(form, rest.end() if rest else end)
                continue
        at = text.find(form, at + 1)
    return starts


_NAME_WORD = re.compile(r"[A-Z][\w'&.-]*")
_NAME_JOINS = frozenset(["of", "for", "and", "on", "&"])


def _proper_name(phrase: str) -> Speaker | None:
    """The name of a body as written at the start of a phrase ("the Islamabad-based Centre for Digital
    Governance found" → "Centre for Digital Governance"): capitalised words and the "of"/"for" joining
    them, after "the" and a "-based" place; two words at least (not a month, a weekday or a surname)."""
    words = phrase.split()
    while words and (words[0].lower() in {"the", "a", "an"} or words[0].lower().endswith("-based")):
        words.pop(0)
    run: list[str] = []
    for word in words:
        if _NAME_WORD.fullmatch(word) or (run and word in _NAME_JOINS):
            run.append(word)
        else:
            break
    while run and run[-1] in _NAME_JOINS:
        run.pop()
    return (" ".join(run), "organization") if len(run) >= 2 else None


def _is_brand(word: str) -> bool:
    """A word no person is named by: an acronym ("WAPDA", "CPPA-G") or a capital inside a word
    ("TransPeshawar"), but not a name's "McDonald", "MacLeod", "DeSouza" or "O'Brien"."""
    if len(word) < 2 or not word[0].isupper() or word.lower() in ROLE_NOUNS:
        return False
    if word.replace("-", "").isupper():
        return len(word) > 2 or word.isalpha()
    if word.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "O'", "D'", "Al-", "El-")):
        return False
    return any(c.isupper() for c in word[2:])


def _is_acronym(word: str) -> bool:
    """A role written as its initials: "CFO", "DCM", "MD" (two to five capitals)."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _title_after(text: str, start: int) -> str:
    """A title set after a name, in capitals up to the next comma, lower case with a space before:
    "Director General ISSI" of ", Director General ISSI, said"; "" when no word of it is a role's."""
    comma = text.find(",", start, start + 80)
    if comma < 0:
        return ""
    words = text[start:comma].split()
    if not words or not all(w[0].isupper() or w in _TITLE_JOINS for w in words):
        return ""
    low = [w.lower() for w in words]
    return " " + " ".join(low) if any(w in _ROLE_HEADS for w in low) else ""


_TITLE_JOINS = frozenset(["of", "for", "and", "the", "at", "in", "to", "&"])
_SPELLING_JOINS = frozenset(["of", "for", "and", "the"])  # "Chief of the Army Staff": COAS


def _spelling(words: list[str], first: int, acronym: str) -> str | None:
    """The run of `words` from `first` whose initials are `acronym`, a joining word ("of", "the")
    counted or skipped: "chief of the army staff" is COAS, "deputy chief of mission" DCM."""
    end = _spelled_end(words, first, acronym, 0)
    return " ".join(words[first:end]) if end else None


def _spelled_end(words: list[str], at: int, acronym: str, letters: int) -> int | None:
    if letters == len(acronym):
        return at
    if at == len(words):
        return None
    word = words[at]
    if word[0] == acronym[letters]:
        end = _spelled_end(words, at + 1, acronym, letters + 1)
        if end:
            return end
    return _spelled_end(words, at + 1, acronym, letters) if word in _SPELLING_JOINS and letters else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def fold(text: str) -> str:
    """`folded(text)`, not kept in `folded`'s cache (see `fold_text`)."""
    return fold_text(text)


def _may_hold_an_honorific(text: str) -> bool:
    """False when `_HONORIFIC_NAME` cannot match: every honorific it takes starts "Mr", "Ms", "Miss" or "Madam"
    (one search for the four)."""
    return _HONORIFIC_START.search(text) is not None


_HONORIFIC_START = re.compile("M(?:r|s|iss|adam)")


def _plain(name: str) -> str:
    """A name compared without case and punctuation ("RFE/RL" = "RFE RL")."""
    return " ".join(_WORD_RUN.findall(name.lower()))


def _role_fits(role_noun: str, role: str) -> bool:
    """ "the consul general" fits "Chinese Consul General in Karachi"; "the envoy" fits an ambassador."""
    if not role:
        return False
    head = role_noun.split()[-1]
    words = " " + " ".join(_WORDS.findall(role)) + " "
    return (
        f" {role_noun} " in words
        or f" {head} " in words
        or any(f" {synonym} " in words for synonym in ROLE_SYNONYMS.get(head, ()))
    )


# Words that make a role a lower one of the same name: "the minister" is not the vice minister named
# beside him, nor "the prime minister" the deputy prime minister.
_SUBORDINATE = frozenset(["vice", "deputy", "assistant", "junior", "additional", "joint", "under", "associate"])


def _subordinate(role_noun: str, role: str) -> bool:
    """Whether the role holds `role_noun` only after a word of `_SUBORDINATE` ("China's Vice Minister of
    Commerce" for "minister"); False when it holds it otherwise, or only by a synonym."""
    if not any(word in role for word in _SUBORDINATE):  # the cheap test first
        return False
    wanted = role_noun.split()
    words = _WORDS.findall(role)
    width = len(wanted)
    at = [i for i in range(len(words) - width + 1) if words[i : i + width] == wanted]
    return bool(at) and all(i > 0 and words[i - 1] in _SUBORDINATE for i in at)


# A transcript's speaker label opening a turn: "Associated Press of Pakistan: On Monday, the minister
# said …", "Question (Mehreen Zahra, Dawn): …" (capitalised words, a few joining words, a bracketed
# asker, then a colon and a capital or a mark).
_SPEAKER_LABEL = re.compile(
    r"\s*[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|for|and|the|&)|\s*\([^()\n]{1,60}\)){0,6}:\s+"
    r"(?=[A-Z\"\u201c])"
)


_FORMER = frozenset(["then", "former", "ex"])  # "the then ambassador", "the former minister"
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w&'-]*\s+){1,5}$")  # "Chief Minister Sindh Syed " before a name
# "The Chief Minister …", "the minister …": a role noun opening a sentence (checked against ROLE_NOUNS).
# A role in apposition right before a name, ranks and honorifics between: "its chairman, Rear Admiral
# (retd) Tahir Mehmood Lodhi", "the company's director, Mr Liu".
_APPOSED_ROLE = re.compile(
    r"\b(?:its|his|her|their|the|[A-Z][\w-]*['\u2019]s)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+"
    r"(?:(?:[A-Z][\w.'-]*|\([A-Za-z.]{1,8}\))\s+){0,4}$"
)
_ROLE_OPENING = re.compile(
    r"\s*[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b(?![\w'\u2019-])"
)
_ROLE_HEADS = ROLE_NOUNS | PERSON_ANAPHORS


def _role_noun_opening(text: str, start: int) -> str | None:
    """The role noun opening the sentence at `start` ("The Chief Minister said" → "chief minister"), if any."""
    match = _ROLE_OPENING.match(text, start)
    if match is None:
        return None
    written = match.group(1).split()
    words = [w.lower() for w in written]
    if words[-1] in _ROLE_HEADS:
        return " ".join(words)
    if words[0] not in _ROLE_HEADS:
        return None
    if len(words) > 1 and all(_is_acronym(w) for w in written[1:]):  # "The Chairman GPA": the body's chairman
        return " ".join(words)
    return words[0]


# A role noun reporting a sentence from its middle or end: "Pakistan has allocated Rs 45 billion …, the
# minister told China Daily, …", "…, the chairman said."
_REPORTING_ROLE = re.compile(
    r",\s+the\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:said|says|told|tells|added|noted|stated)\b"
)


def _reporting_role_noun(text: str, start: int, end: int) -> str | None:
    """The role noun of a reporting clause after a comma in the sentence text[start:end] (the last one)."""
    found = None
    for match in _REPORTING_ROLE.finditer(text, start, end):
        words = match.group(1).split()
        if words[-1] in _ROLE_HEADS and words[0] not in _FORMER:
            found = match.group(1)
    return found


# Words that join "the …" to the noun before it: "a spokesman for the ministry", "an official of the board".
_RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])
_NOUN_LINKS = frozenset(["of", "for", "at", "to", "in", "with", "from", "on", "by", "and", "or", "&", "under"])


def _contact_clause_subject(low: list[str]) -> int | None:
    """Where the subject of a relative clause without "that" begins in a phrase opened by an indefinite
    noun ("a gap the minister" of "a gap the minister called “…”"): at the first "the" right after a noun
    of the phrase, none joined to it ("a spokesman for the ministry" has no such clause)."""
    for k in range(2, min(len(low) - 1, 5)):  # a short noun phrase: "a gap", "a wide trade gap"
        if low[k] == "the":
            head = low[1:k]
            if low[k - 1] in _NOUN_LINKS or any(w in _RELATIVES or w.endswith(("ed", "ing")) for w in head):
                return None  # "an official who accompanied the minister", "an aide travelling with the …"
            return k
    return None


def _label_length(text: str) -> int:
    """Length of a speaker label opening `text` ("Bloomberg: "), 0 when there is none: the turn's
    speaker asks or answers, but a verb after it has its own subject."""
    if ":" not in text[:80]:  # the cheap test first
        return 0
    match = _SPEAKER_LABEL.match(text)
    return match.end() if match else 0


def _adverbial_length(phrase: str) -> int:
    """Length of an opening adverbial before the subject ("In a statement, ", "Speaking to reporters, ")."""
    match = _ADVERBIAL.match(phrase)
    if match and (match.group(1).lower() in ADVERBIAL_OPENERS or match.group(1).lower().endswith("ing")):
        return match.end()
    return 0


_CLAUSE = re.compile(r"(?:;\s+|,\s+(?=(?:and|but|while|whereas|as|adding|which)\b))")
_COLON_CLAUSE = re.compile(r"(?:;\s+|,\s+(?=(?:and|but|while|whereas|as|before|after|until|when|then)\b))")


def _clause_start(text: str, boundaries: re.Pattern[str] = _CLAUSE) -> int:
    """Where the clause holding a verb begins: after the last ", and" / "; " / ", while …"."""
    boundary = None
    for match in boundaries.finditer(text):
        if text.startswith(_ASIDE_OPENERS, match.end()) and _ASIDE.match(text, match.end()):
            continue  # "The Cabinet, while approving the summary, directed that": an aside, no clause
        if text.startswith("which ", match.end()) and "," in text[match.end() :]:
            continue  # "X, director of Y, which invested … in 2021, said": a relative clause closed before the verb
        boundary = match.end()
    return boundary or 0


# A participle set off by commas inside its subject's clause, up to the verb: "while approving the summary, ".
_ASIDE_OPENERS = ("while ", "when ", "after ", "before ")
_ASIDE = re.compile(r"(?:while|when|after|before)\s+[a-z]+ing\b[^,;]*,\s*$")


def _person_named(who: str, people: tuple[Person, ...]) -> Person | None:
    """The person a written name points at: full name, alias, or the name after a title."""
    for person in people:
        if who == person.name or who in person.aliases:
            return person
    words = who.split()
    for k in range(len(words)):
        tokens = {w.rstrip(".") for w in words[k:]}
        matches = [p for p in people if tokens <= set(p.name.split())]
        if len(matches) == 1:
            return matches[0]
    return None


def person_genders(
    article: Article, text: tuple[str, ...], people: tuple[Person, ...], mentions: list[Mention]
) -> dict[str, str]:
    """ "f" or "m" where the article shows it: an honorific ("Ms", "Mr"), a gendered role
    ("spokeswoman"), or a pronoun taking up the only person named in a sentence ("When Ayesha
    Malik landed, she …"; "Hira Paracha joined. She has sold panels since 2019."). People the
    article does not show stay out of the map."""
    votes: dict[str, list[str]] = {}
    for person in people:
        given = person.name.split()[0].lower()
        if given in MALE_GIVEN_NAMES or given in FEMALE_GIVEN_NAMES:  # "Adnan Jamil Warraich", "Rabia Ghauri"
            votes.setdefault(person.name, []).append("m" if given in MALE_GIVEN_NAMES else "f")
        for form in (*person.aliases, person.role or ""):
            for word in _WORDS.findall(form.lower()):
                if word in GENDERED_WORDS:
                    votes.setdefault(person.name, []).append(GENDERED_WORDS[word])
    owners: dict[str, list[str]] = {}  # a name's word → the people whose name has it
    for person in people:
        for token in {t for t in person.name.split() if len(t) > 2}:
            owners.setdefault(token, []).append(person.name)
    for paragraph in text:  # "Ms Zhou's colleague": an honorific before a surname in the text
        if not _may_hold_an_honorific(paragraph):
            continue
        for honorific, token in _HONORIFIC_NAME.findall(paragraph):
            for name in owners.get(token, ()):
                votes.setdefault(name, []).append(GENDERED_WORDS[honorific.lower()])
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault((mention.paragraph, mention.sentence), []).append(mention)
    for named in by_sentence.values():
        if len({m.name for m in named}) != 1:
            continue
        mention = named[-1]
        rest = text[mention.paragraph][mention.end :]
        rest = _SENTENCE_OR_QUOTE_END.split(rest, maxsplit=1)[0]
        pronoun = _PRONOUN.search(rest)  # "her", "him" may be someone else
        following = article.sentences[mention.paragraph][mention.sentence + 1 :]
        if not pronoun and following and (mention.paragraph, mention.sentence + 1) not in by_sentence:
            pronoun = _OPENING_PRONOUN.match(following[0].text)  # the next sentence opens with it
        if pronoun:
            votes.setdefault(mention.name, []).append(_PRONOUN_GENDER[pronoun.group(1).lower()])
    return {name: found[0] for name, found in votes.items() if len(set(found)) == 1}


def person_mentions(article: Article, people: tuple[Person, ...], text: tuple[str, ...] | None = None) -> list[Mention]:
    """Every place a person is named (outside quotation marks), in text order (`text`: the folded paragraphs)."""
    forms: list[tuple[str, str]] = []
    for person in people:
        for form in (person.name, *person.aliases):
            forms.append((fold_text(form), person.name))
        for token in person.name.split():
            owners = [p for p in people if token in p.name.split()]
            if len(owners) == 1 and len(token) > 2:
                forms.append((token, person.name))
    forms.sort(key=lambda f: (-len(f[0]), f[0]))
    if not forms:
        return []
    owner = dict(forms)
    finder = _NameFinder([form for form, _ in forms])
    out: list[Mention] = []
    for p, paragraph in enumerate(article.paragraphs):
        folded_text = text[p] if text is not None else fold(paragraph)
        found = finder.find(folded_text, _words(folded_text)[0])
        if not found:
            continue
        inside = quote_checker(folded_text)
        for start, end, form in found:
            if inside(start):
                continue
            out.append(Mention(p, start, end, article.sentence_at(p, start), owner[form]))
    return out


def _named(text: str, forms: list[str]) -> list[tuple[int, int, str]]:
    r"""Where `forms` stand in `text` as whole words, leftmost first, the first form in order winning.

    What `re.finditer` gives for an alternation of the forms between `(?<![\w-])` and `(?![\w-])`."""
    return _NameFinder(forms).find(text)


class _NameFinder:
    """`_named` for one list of forms, over many texts, without compiling a new expression for every
    article's names: a form is looked up by its first word at each word that does not continue another
    (or a hyphen)."""

    by_first_word: dict[str, list[str]] | None  # None when some form is not led by a word

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        by_first_word: dict[str, list[str]] = {}
        for form in forms:
            first = _WORD_RUN.match(form)
            if first is None:  # not led by a word: only the expression can say where it stands
                self.by_first_word = None
                return
            by_first_word.setdefault(first.group(), []).append(form)
        self.by_first_word = by_first_word

    def find(self, text: str, present: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
        """`present`, when given, holds `phrase_index._words(text)[0]`: a first word found below stands as
        a whole run of word characters (no word character or hyphen before it, no word character
        after), so it is one of them, and a first word that is not is not looked for."""
        by_first_word = self.by_first_word
        if by_first_word is None:
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, self.forms)) + r")(?![\w-])")
            return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
        # A form is tried at each match of `(?<![\w-])\w+`: each start of a run of word characters not
        # after a hyphen, the whole run being the match. Only the runs that are first words matter, so
        # only their places are visited, in text order.
        starts: list[tuple[int, str]] = []
        for first in by_first_word:
            if present is not None and first not in present:
                continue
            at = text.find(first)
            while at >= 0:
                end = at + len(first)
                if (at == 0 or not _CONTINUES_WORD.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                    starts.append((at, first))
                at = text.find(first, end)
        if not starts:
            return []
        starts.sort()
        found: list[tuple[int, int, str]] = []
        taken = 0
        for start, first in starts:
            if start < taken:
                continue
            for form in by_first_word[first]:
                end = start + len(form)
                if text.startswith(form, start) and not _CONTINUES_WORD.match(text, end):
                    found.append((start, end, form))
                    taken = end
                    break
        return found


_WORD_RUN = re.compile(r"\w+")
_CONTINUES_WORD = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")
