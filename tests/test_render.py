"""Render: article text stays text in every context a page puts it, and pages carry the facts."""

from __future__ import annotations

import html
import re
from datetime import date
from html.parser import HTMLParser

import markdown
import pytest

from generator.article import make_article
from generator.corpus import build_corpus
from generator.model import Briefing, DateMention, Entities, Money, Person, Quote, Span
from generator.render.charts import build_charts
from generator.render.escape import html_text, md_inline, page_title
from generator.render.fulltext import render_full_text
from generator.render.pages import render_briefing
from generator.render.site import Site

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


def test_a_briefing_without_a_headline_is_named_by_its_first_sentence_less_the_dateline():
    from dataclasses import replace

    from generator.render.titles import display_title

    untitled = replace(_briefing(), article=make_article("a.txt", _briefing().article.paragraphs))
    assert display_title(untitled) == "The minister met officials on Monday."
    clause = "Pakistan and China agreed to widen cooperation in ports, energy and finance, "
    long = "KARACHI: " + clause * 2 + "officials said."
    named = display_title(replace(untitled, article=make_article("b.txt", [long])))
    assert named.startswith("Pakistan and China agreed") and named.endswith("…") and len(named) <= 88


def test_figures_page_shows_each_amount_with_its_unit_in_one_column():
    from generator.render import figures

    corpus = build_corpus([_briefing()])
    page = figures.render_figures_pages(Site(corpus, build_charts(corpus), "Test"))["figures/index.md"]
    assert "<th>Figure</th><th>Amount</th><th>In US dollars</th>" in page and "<th>Currency</th>" not in page
    assert "<td>$2 billion</td><td>2,000,000,000 USD</td><td>2,000,000,000</td>" in page


def test_review_page_gives_one_line_per_briefing_with_each_unresolved_date_linked_to_its_sentence():
    from dataclasses import replace

    from generator.render import review

    unresolved = (
        DateMention("on Monday", None, None, "met", Span(0, 0), False),
        DateMention("in June", None, None, "build", Span(1, 0), True),
    )
    corpus = build_corpus([replace(_briefing(), dates=unresolved)])
    page = review.render_review_pages(Site(corpus, build_charts(corpus), "Test"))["review/index.md"]
    section = page.split("## Dates that could not be resolved", 1)[1].split("##", 1)[0]
    assert section.count("<li>") == 1
    assert re.search(r'— <a href="[^"]*#s-0-0">“on Monday”</a> · <a href="[^"]*#s-1-0">“in June”</a></li>', section)


def test_full_text_gives_each_paragraph_and_sentence_a_stable_anchor():
    article = make_article("a.txt", ["First one. Second one.", "Third."])
    text = render_full_text(article)
    assert '<p id="p-0"><span id="s-0-0">First one.</span> <span id="s-0-1">Second one.</span></p>' in text
    assert '<p id="p-1"><span id="s-1-0">Third.</span></p>' in text


# ---- listings written as HTML blocks (render/rawhtml.py) ---------------------------------------------

HOSTILE = "</td></table></ul><script>alert(1)</script><img src=x onerror=alert(1)> \" ' & <!-- /briefing:html -->"


def _hostile_briefing() -> Briefing:
    article = make_article(
        "seeds/hostile.txt",
        [f"ISLAMABAD: {HOSTILE} met officials on Monday.", f"“{HOSTILE},” said Ahmed Khan."],
        title=f"Title {HOSTILE}",
        published=date(2024, 3, 5),
        source=f"Source {HOSTILE}",
    )
    return Briefing(
        article=article,
        quotes=(Quote(f"{HOSTILE},", "Ahmed Khan", f"role {HOSTILE}", Span(1, 0), "person", 1.0),),
        dates=(DateMention("on Monday", "2024-03-04", "day", f"event {HOSTILE}", Span(0, 0), True),),
        money=(Money("$2 billion", 2e9, "USD", 2e9, f"port {HOSTILE}", Span(0, 0)),),
        percentages=(),
        entities=Entities(people=(Person("Ahmed Khan", f"minister {HOSTILE}", ("Khan",)),)),
        topics=("ports",),
        summary=(Span(0, 0),),
    )


def _hostile_pages() -> dict[str, str]:
    from generator.render import entities, figures, pages, quotes, review, timeline, topics

    briefing = _hostile_briefing()
    corpus = build_corpus([briefing])
    site = Site(corpus, build_charts(corpus), "Test")
    rendered = {site.briefing_page(briefing.article.slug): render_briefing(site, briefing)}
    for render in (
        pages.render_briefings_pages,
        timeline.render_timeline_pages,
        quotes.render_quotes_pages,
        entities.render_entity_pages,
        figures.render_figures_pages,
        topics.render_topic_pages,
        review.render_review_pages,
    ):
        rendered.update(render(site))
    rendered["new/index.md"] = pages.render_new_page(site)
    rendered["index.md"] = pages.render_home_partial(site)
    return rendered


class _Elements(HTMLParser):
    """Tags and attributes a hostile text could have smuggled in: scripts, event handlers, images
    other than the charts' own, and closing tags of elements never opened (a text breaking out)."""

    def __init__(self) -> None:
        super().__init__()
        self.unexpected: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" or any(name.startswith("on") for name, _ in attrs):
            self.unexpected.append(tag)
        if tag == "img" and not (dict(attrs).get("src") or "").endswith(".svg"):
            self.unexpected.append(f"img {attrs}")
        if tag not in ("img", "br", "hr"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            self.unexpected.append(f"/{tag}")
        else:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag)]


def _body(page: str) -> str:
    return page.split("---\n", 2)[2] if page.startswith("---\n") else page


@pytest.mark.parametrize("with_extension", [True, False])
def test_hostile_article_text_in_every_html_listing_stays_text(with_extension):
    from generator.render.rawhtml import RawHtmlExtension

    pages = _hostile_pages()
    assert len(pages) > 8
    shown = 0
    for path, page in pages.items():
        extensions = [*EXTENSIONS, RawHtmlExtension()] if with_extension else EXTENSIONS
        rendered = markdown.markdown(_body(page), extensions=extensions)
        elements = _Elements()
        elements.feed(rendered)
        assert not elements.unexpected, (path, elements.unexpected)
        text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
        shown += text.count("<script>alert(1)</script>")
    assert shown > 10  # the payload is shown, as text, on the briefing and on the listings


def test_the_extension_passes_html_blocks_through_as_markdown_would_render_them():
    from generator.render.rawhtml import RawHtmlExtension

    for path, page in _hostile_pages().items():
        extension = RawHtmlExtension()
        with_extension = markdown.markdown(_body(page), extensions=[*EXTENSIONS, extension])
        plain = markdown.markdown(_body(page), extensions=EXTENSIONS)
        without_markers = re.sub(r"<!-- /?briefing:html -->\n?", "", plain)
        assert re.sub(r"\s+", " ", with_extension).strip() == re.sub(r"\s+", " ", without_markers).strip(), path


def test_the_extension_reports_the_anchors_and_links_of_the_blocks():
    from generator.render.rawhtml import RawHtmlExtension

    briefing = _hostile_briefing()
    corpus = build_corpus([briefing])
    page = render_briefing(Site(corpus, build_charts(corpus), "Test"), briefing)
    extension = RawHtmlExtension()
    markdown.markdown(_body(page), extensions=[*EXTENSIONS, extension])
    assert {"p-0", "s-0-0", "s-1-0"} <= extension.found.ids
    assert "#s-1-0" in extension.found.links
    assert any(link.endswith("/entities/people/ahmed-khan/") for link in extension.found.links)


def test_a_link_in_an_html_block_to_a_missing_page_is_a_warning_and_anchors_go_to_mkdocs(caplog):
    from types import SimpleNamespace

    from mkdocs.structure.files import File

    from generator import mkdocs_hooks

    here = File("figures/2024-09.md", "docs", "site", use_directory_urls=True)
    there = File("briefings/2024/09/a.md", "docs", "site", use_directory_urls=True)
    page = SimpleNamespace(file=here, links_to_anchors={})
    mkdocs_hooks._files_by_url.clear()
    mkdocs_hooks._files_by_url.update({here.url: here, there.url: there})
    mkdocs_hooks._check_links(page, {"../../briefings/2024/09/a/#s-1-0", "#money", "../../briefings/2024/09/b/"})
    assert page.links_to_anchors == {there: {"s-1-0": "../../briefings/2024/09/a/#s-1-0"}, here: {"money": "#money"}}
    assert [r.levelname for r in caplog.records] == ["WARNING"]
    assert "../../briefings/2024/09/b/" in caplog.records[0].getMessage()


@pytest.mark.parametrize(
    ("folder", "link", "url"),
    [
        ([], "figures/", "figures/"),
        (["figures"], "../", "./"),
        (["figures", "2024-09"], "../../briefings/2024/09/a/", "briefings/2024/09/a/"),
        (["new"], "feed.xml", "new/feed.xml"),
        (["a"], "../../x/", "../x/"),
    ],
)
def test_links_resolve_to_the_url_mkdocs_serves(folder, link, url):
    from generator.mkdocs_hooks import _resolve

    assert _resolve(folder, link) == url


@pytest.mark.parametrize(
    ("from_page", "to_page", "anchor", "url"),
    [
        ("figures/index.md", "figures/2024-09.md", None, "2024-09/"),
        ("figures/2024-09.md", "figures/index.md", None, "../"),
        ("index.md", "briefings/index.md", None, "briefings/"),
        ("briefings/2024/09/a.md", "index.md", None, "../../../../"),
        ("briefings/2024/09/a.md", "briefings/2024/09/a.md", "s-0-0", "#s-0-0"),
        ("figures/2024-09.md", "briefings/2024/09/a.md", "s-0-0", "../../briefings/2024/09/a/#s-0-0"),
        ("new/index.md", "new/feed.xml", None, "feed.xml"),
    ],
)
def test_page_urls_are_those_mkdocs_writes_for_markdown_links(from_page, to_page, anchor, url):
    from mkdocs.utils import get_relative_url

    from generator.render.paths import page_url
    from generator.render.paths import url as url_of

    assert url_of(from_page, to_page, anchor) == url
    if from_page != to_page:
        target = page_url(to_page) if to_page.endswith(".md") else to_page
        expected = get_relative_url(target or "./", page_url(from_page) or "./")
        assert url_of(from_page, to_page) == expected
