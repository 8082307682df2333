"""Property-based tests: read, clean and every extractor hold their promises on arbitrary text."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.article import make_article
from generator.clean import clean_article
from generator.extract.gazetteer import load_gazetteer
from generator.extract.pipeline import extract_briefing
from generator.extract.topics import load_taxonomy
from generator.read import SeedReadError, decode_seed

GAZETTEER = load_gazetteer()
TAXONOMY = load_taxonomy()
WORDS = [
    "said",
    "Minister",
    "Ahsan",
    "Iqbal",
    "Gwadar",
    "$3 billion",
    "15%",
    "on Monday",
    "last year",
    "in 2015",
    "Nov. 3, 2022",
    "May 9-11",
    "“",
    "”",
    '"',
    "he",
    "the ambassador",
    "CPEC",
    "(APP)",
    "ISLAMABAD,",
    "---",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "Rs 10 billion",
    "People's Bank of China (PBOC)",
    "June 30",
    "told reporters",
]
news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_briefing(text: str, published: date | None) -> None:
    paragraphs = [p for p in re.split(r"\n+", text) if p.strip()]
    article = make_article("prop.txt", paragraphs, published=published)
    briefing = extract_briefing(article, GAZETTEER, TAXONOMY)
    count = len(article.paragraphs)
    body = re.sub(r"\s+", " ", " ".join(article.paragraphs))
    for quote in briefing.quotes:
        assert 0 <= quote.span.paragraph < count
        for piece in quote.text.split():
            assert piece in body
    for fact in (*briefing.dates, *briefing.money, *briefing.percentages):
        assert 0 <= fact.span.paragraph < count
        assert 0 <= fact.span.sentence < max(1, len(article.sentences[fact.span.paragraph]))
    for mention in briefing.dates:
        if mention.value is not None:
            assert ISO.match(mention.value), mention
            parts = [int(x) for x in mention.value.split("-")]
            date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    for span in briefing.summary:
        assert 0 <= span.paragraph < count


@SETTINGS
@given(news_like, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))))
def test_extractors_never_fail_and_facts_point_into_the_body(text, published):
    check_briefing(text, published)


@SETTINGS
@given(st.text(max_size=400), st.one_of(st.none(), st.dates()))
def test_extractors_survive_arbitrary_unicode(text, published):
    check_briefing(text, published)


@SETTINGS
@given(st.binary(max_size=600))
def test_read_and_clean_either_succeed_or_say_why(data):
    try:
        article = clean_article(decode_seed(data, "any.txt"))
    except SeedReadError as error:
        assert error.reason and error.source_file == "any.txt"
        return
    assert all(paragraph.strip() for paragraph in article.paragraphs)


@SETTINGS
@given(news_like)
def test_read_and_clean_keep_text_as_text(text):
    try:
        article = clean_article(decode_seed(text.encode("utf-8"), "any.txt"))
    except SeedReadError:
        return
    assert all(paragraph == paragraph.strip() for paragraph in article.paragraphs)
