"""Extractive summary: lead sentence plus the most central sentences."""

from generator.article import make_article
from generator.extract.summary import summarize
from generator.model import Span

PARAGRAPHS = [
    "Pakistan and China signed five agreements on energy and port cooperation in Beijing on Monday.",
    "The agreements cover new energy projects and the expansion of Gwadar port operations.",
    "\u201cThis is a historic day for our two nations and our energy future,\u201d the minister said.",
    "Officials said the energy projects will add power to the national grid and support port growth.",
    "Weather was fine.",
    "Separately, a cricket team toured the northern areas of the country for a week of friendly matches.",
]


def test_lead_sentence_comes_first() -> None:
    spans = summarize(make_article("t.txt", PARAGRAPHS))
    assert spans[0] == Span(0, 0)


def test_central_sentences_in_article_order() -> None:
    spans = summarize(make_article("t.txt", PARAGRAPHS))
    assert spans == (Span(0, 0), Span(1, 0), Span(3, 0))


def test_quotes_and_short_fragments_are_skipped() -> None:
    spans = summarize(make_article("t.txt", PARAGRAPHS), max_sentences=6)
    assert Span(2, 0) not in spans
    assert Span(4, 0) not in spans


def test_sentence_inside_a_running_quote_is_skipped() -> None:
    paragraphs = [
        "The minister opened the new energy corridor in Karachi with Chinese partners.",
        "\u201cWe are ready. The energy corridor will change the lives of millions in Karachi,\u201d he said.",
    ]
    assert summarize(make_article("t.txt", paragraphs), max_sentences=3) == (Span(0, 0),)


def test_repeated_headline_counts_once() -> None:
    line = "Pakistan expects deeper services trade and industrial cooperation with China"
    spans = summarize(make_article("t.txt", [line, line, line, "Services trade with China grew strongly this year."]))
    assert spans == (Span(0, 0), Span(3, 0))


def test_max_sentences_is_respected() -> None:
    assert len(summarize(make_article("t.txt", PARAGRAPHS), max_sentences=2)) == 2
    assert summarize(make_article("t.txt", PARAGRAPHS), max_sentences=0) == ()


def test_empty_article_has_no_summary() -> None:
    assert summarize(make_article("t.txt", [])) == ()


def test_sentence_opening_a_quotation_that_runs_on_is_skipped() -> None:
    paragraphs = [
        "Pakistan and China agreed on Monday to speed up work on the special economic zone near Karachi.",
        'Chairing a meeting, Sharif said: "Chinese investors in the economic zone must never face any delay.'
        ' We will remove every hurdle for them."',
        "Officials said the special economic zone near Karachi would host Chinese investors from June.",
    ]
    spans = summarize(make_article("t.txt", paragraphs), max_sentences=3)
    assert Span(1, 0) not in spans
    assert spans == (Span(0, 0), Span(2, 0))
