"""Render: article text stays text in every context a page puts it, and pages carry the facts."""

from __future__ import annotations

import html
import re
from datetime import date

import markdown
import pytest

from generator.article import make_article
from generator.corpus import build_corpus
from generator.model import Briefing, DateMention, Entities, Money, Person, Quote, Span
from generator.render.charts import build_charts
from generator.render.escape import html_text, md_inline, page_title
from generator.render.fulltext import render_full_text
from generator.render.pages import Site, render_briefing

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "toc"]
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "{{ config }} {% include 'x' %}",
    '--8<-- "/etc/passwd"',
    "**bold** _it_ `code` {: .danger } :smile: <!-- swallow",
    "# heading | table | --- |",
    "&lt;b&gt; &amp; & < >",
    "1. an ordered list",
    "2) another",
    "- a bullet",
    "+ a plus bullet",
    "> a quote",
    "= setext",
    "### three hashes ###",
    "!!! note",
    "Rs. 10 (about $35) - 1.5% : ok ~ fine",
]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_md_inline_renders_any_payload_as_its_literal_text(payload):
    rendered = to_html(f"- {md_inline(payload)}")
    inner = re.fullmatch(r"<ul>\n<li>(.*)</li>\n</ul>", rendered, re.S).group(1)
    assert "<" not in html.unescape(inner).replace(payload, "")
    assert html.unescape(inner) == payload


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "line",
    ["# {}", "| {} | x |", "> “{}”", "**{}** — x", "[{}](page.md) · x", "- **x** — {} · y"],
)
def test_md_inline_stays_literal_in_every_context_a_template_puts_it(payload, line):
    source = line.format(md_inline(payload))
    if line.startswith("|"):
        source = "| a | b |\n|---|---|\n" + source
    rendered = html.unescape(re.sub(r"<[^>]+>", "", to_html(source)))
    assert payload in rendered, (source, to_html(source))
    assert "<script" not in to_html(source) and "<img" not in to_html(source)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_text_keeps_payload_as_text_in_raw_html(payload):
    rendered = to_html(f'<p id="p-0"><span>{html_text(payload)}</span></p>')
    assert re.sub(r"</?(p|span)[^>]*>", "", rendered).count("<") == 0
    assert html.unescape(re.sub(r"</?(p|span)[^>]*>", "", rendered)) == payload


def test_page_title_has_no_angle_brackets_even_after_unescaping():
    title = page_title('</title><script>alert("x")</script>')
    assert "<" not in html.unescape(title) and ">" not in html.unescape(title)


def test_newlines_in_article_text_cannot_start_a_markdown_block():
    assert "\n" not in md_inline("line one\n\n# Heading\n!!! note")


def _briefing() -> Briefing:
    article = make_article(
        "seeds/sample.txt",
        ["ISLAMABAD: The minister met officials on Monday.", "“We will build the port,” said Ahmed Khan."],
        title="Port talks <b>",
        published=date(2024, 3, 5),
    )
    return Briefing(
        article=article,
        quotes=(Quote("We will build the port,", "Ahmed Khan", "minister", Span(1, 0), "person", 1.0),),
        dates=(DateMention("on Monday", "2024-03-04", "day", "The minister met officials", Span(0, 0), True),),
        money=(Money("$2 billion", 2e9, "USD", 2e9, "port", Span(0, 0)),),
        percentages=(),
        entities=Entities(people=(Person("Ahmed Khan", "minister", ("Khan",)),)),
        topics=("ports",),
        summary=(Span(0, 0),),
    )


def test_briefing_page_shows_quote_speaker_event_and_figure_linked_to_their_sentences():
    briefing = _briefing()
    corpus = build_corpus([briefing])
    page = render_briefing(Site(corpus, build_charts(corpus), "Test"), briefing)
    rendered = to_html(page.split("---\n", 2)[2])
    assert 'href="#s-1-0"' in rendered  # the quote
    assert 'href="#s-0-0"' in rendered  # the event, the figure, the summary
    text = html.unescape(rendered)
    assert "Ahmed Khan" in text and "2024-03-04" in text and "$2 billion" in text
    assert "Port talks <b>" in text and "<b>" not in rendered


def test_full_text_gives_each_paragraph_and_sentence_a_stable_anchor():
    article = make_article("a.txt", ["First one. Second one.", "Third."])
    text = render_full_text(article)
    assert '<p id="p-0"><span id="s-0-0">First one.</span> <span id="s-0-1">Second one.</span></p>' in text
    assert '<p id="p-1"><span id="s-1-0">Third.</span></p>' in text
