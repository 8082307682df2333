"""Shortcuts taken for speed in page rendering give the same pages as the plain code they replace (verbatim
copies of it below): the template code generator, the filters, links between pages, CSV exports."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache

import jinja2
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup

from generator.render import environment as env_module
from generator.render.environment import _finalize, environment
from generator.render.escape import html_attr, html_text, md_inline

from .test_fast_paths import _TEXT_PIECES, _plain_md_inline

# ---- the plain code, as it was -----------------------------------------------------------------------------


class _PlainCodeGenerator(CodeGenerator):
    """environment._CodeGenerator before the shortcuts (only escape() left out around finalize)."""

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is not None:
            self.write("(" + finalize.src)  # the parentheses Jinja closes after the value
        else:
            super()._output_child_pre(node, frame, finalize)


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _PlainEnvironment(jinja2.Environment):
    code_generator_class = _PlainCodeGenerator

    def getattr(self, obj: object, attribute: str) -> object:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


_EMPTY = Markup("")


def _plain_html(value: object) -> Markup:
    return _EMPTY if value is None else html_text(value)


def _plain_or_else(value: object, missing: str) -> Markup:
    return html_text(value) if value else Markup(f"<em>{html_text(missing)}</em>")


def _plain_finalize(value: object) -> Markup:
    if isinstance(value, Markup):
        return value
    if value is None:
        return _EMPTY
    return md_inline(value)


@cache
def _plain_environment() -> jinja2.Environment:
    """The page environment as it was: Jinja's code (but for escape()) and the plain filters."""
    ours = environment()
    plain = _PlainEnvironment(
        loader=jinja2.PackageLoader("generator.render", "templates"),
        autoescape=True,
        finalize=_plain_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    plain.filters.update(ours.filters)
    plain.filters.update(html=_plain_html, or_else=_plain_or_else)
    return plain


# ---- the code generator ------------------------------------------------------------------------------------


class _HasHtml:
    def __html__(self) -> str:
        return "<b>as html</b>"

    def __str__(self) -> str:
        return "<b>as text</b>"


class _Object:
    title = "an <attribute>"
    items = "the attribute, not a method"

    def __getitem__(self, key: str) -> str:
        return f"item {key}"


class _Dict(dict):
    """A dict subclass: not taken for a plain dict."""

    title = "the subclass's attribute"


_HOSTILE = "</td><script>alert(1)</script> & 'x' \"y\" 1. # | * _ [a](b) {: .c }\n- d"
_SOURCES = [
    "{{ v }}|{{ v | html }}|{{ v | attr }}|{{ v | md }}|{{ v | title }}|{{ v | yaml }}",
    "<p>{{ v | html }}</p> {{ v | or_else('none <i>') }} {{ v | or_else(v) }}",
    "{% for x in [v, v, v] %}<a>{{ x | html }}</a>{{ x }}{% if not loop.last %} · {% endif %}{% endfor %}",
    "{% macro f(x) %}<{{ x }}>{{ x | html }}{% endmacro %}{{ f(v) }} {{ f(v) | html }}{% set y = f(v) %}{{ y }}",
    "{{ v ~ '<i>' }} {{ [v, '&'] | join(', ') }} {{ v is none }} {% if v %}yes {{ v }}{% else %}no{% endif %}",
    "{% for item in [d, d] %}{{ item.title }}:{{ item.title | html }}:{{ item.items }}:{{ item.get }}{% endfor %}",
    "{% for item in [d] %}{% if item.title %}{{ item.title | or_else('x') }}{% endif %}{{ item.title }}{% endfor %}",
    "{% for item in [d] %}{{ item.none }}{% endfor %}",  # missing: StrictUndefined's error, either way
    "{{ d.title }} {{ d.items }} {{ d['title'] }}",
    "{% set n = namespace(x=v) %}{{ n.x }}{% for i in range(2) %}{{ i }}{{ i + 1 }}{{ -i - 1 }}{% endfor %}",
    "{% filter upper %}{{ v }} and {{ v | html }}{% endfilter %}",
    "{% if v %}\n  {{ v }}\n{% endif %}\n{% for x in [1, 2] %}\n{{ x }}\n{% endfor %}",
]
_VALUES = [None, "", _HOSTILE, "1. item", "# h", "x" * 150 + "<", 3, 0, -1, 2.5, True, Markup("<b>ok</b>"), _HasHtml()]
_DICTS = [
    {"title": _HOSTILE, "items": "key", "get": "key too"},
    {"title": None},
    {"title": ""},
    {"title": 7},
    {},
    _Dict(title="key"),
    _Object(),
    [1],
    "text",
]


def _rendered(template: jinja2.Template, **context: object) -> tuple[str, object]:
    try:
        return "ok", template.render(**context)
    except Exception as error:  # the same error on both sides
        return "error", (type(error), str(error))


def test_templates_compiled_with_the_shortcuts_print_what_the_plain_code_prints() -> None:
    for source in _SOURCES:
        ours, plain = environment().from_string(source), _plain_environment().from_string(source)
        for value in _VALUES:
            for d in _DICTS:
                assert _rendered(ours, v=value, d=d) == _rendered(plain, v=value, d=d), (source, value, d)


def test_the_shortcuts_are_in_the_compiled_code() -> None:
    code = environment().compile("<li>{{ item.href }}{{ item.title | html }}{{ x.items }}</li>", raw=True)
    assert "yield ''.join((" in code and "(t_1(" in code and "finalize(t_1" not in code
    assert "type(l_0_item) is dict" not in code  # `item` is not a local variable here: Jinja's lookup
    loop = environment().compile("{% for item in xs %}{{ item.title }}{{ item.items }}{% endfor %}", raw=True)
    assert "l_1_item['title'] if type(l_1_item) is dict and 'title' in l_1_item" in loop
    assert "environment.getattr(l_1_item, 'items')" in loop and "l_1_item['items']" not in loop


def test_the_markup_filters_always_return_markup() -> None:
    from generator.article import make_article

    for function in env_module._MARKUP_FILTERS - {env_module.render_full_text}:
        for value in [*_VALUES, ["a", "<"], ("t",), {"k": "<"}, 10**30, float("nan")]:
            result = function(value, "missing") if function is env_module._or_else else function(value)
            assert type(result) is Markup
    assert type(env_module.render_full_text(make_article("a.txt", ["One <b>. Two."]))) is Markup
    assert set(environment().filters.values()) >= env_module._MARKUP_FILTERS


def _site_pages(env: jinja2.Environment, briefings: list) -> dict[str, str | bytes]:
    """Every page and export of the site (render_site's pieces of work, without its chart drawings)."""
    from generator.corpus import build_corpus
    from generator.render import _tasks
    from generator.render.charts import build_charts
    from generator.render.site import Site

    corpus = build_corpus(briefings)
    site = Site(corpus, build_charts(corpus), "Site <title>", rows_per_page=3)
    previous = env_module.environment
    env_module.environment = lambda: env  # what render_template renders with
    try:
        return {path: data for task in _tasks(site, 1) for path, data in task().items()}
    finally:
        env_module.environment = previous


def test_sites_rendered_with_the_shortcuts_equal_the_plain_renderers() -> None:
    """Every page of a site (split in parts: a few rows a page), of fixture articles and hostile text."""
    from generator.config import load_settings
    from generator.seeds import briefing_from_bytes, load_extractors

    from .conftest import FIXTURES
    from .test_render import _briefing, _hostile_briefing

    extractors = load_extractors(load_settings(FIXTURES.parent))
    seeds = sorted((FIXTURES / "articles").iterdir())[:8]
    briefings = [briefing_from_bytes(seed.read_bytes(), seed.name, extractors) for seed in seeds]
    briefings += [_briefing(), _hostile_briefing()]
    ours = _site_pages(environment(), briefings)
    plain = _site_pages(_plain_environment(), briefings)
    assert len(ours) > 50 and ours == plain


# ---- filters and escaping ----------------------------------------------------------------------------------

_TEXT = st.one_of(st.lists(st.sampled_from(_TEXT_PIECES), max_size=12).map("".join), st.text(max_size=40))
_NUMBERS = st.one_of(st.integers(), st.integers(min_value=0).map(str), st.sampled_from(["١٢", "²", "12²", "1.", "01"]))


@settings(derandomize=True, max_examples=300)
@given(st.one_of(_TEXT, _NUMBERS, st.none(), st.booleans(), st.floats()))
@example("")
@example("0")
@example("-1")
@example("x" * 101)
@example("١. an ordered item")
def test_filters_equal_the_plain_ones(value: object) -> None:
    from generator.render.environment import _html, _or_else

    assert _html(value) == _plain_html(value) and type(_html(value)) is Markup
    for missing in ("not stated", "<none> & 'x'", ""):
        assert _or_else(value, missing) == _plain_or_else(value, missing)
    assert _finalize(value) == _plain_finalize(value) and type(_finalize(value)) is Markup
    if not isinstance(value, (bool, float)):
        assert md_inline(value) == _plain_md_inline(str(value))
    assert html_attr(value) == html_text(value)


# ---- links between pages -----------------------------------------------------------------------------------

_PAGE = st.sampled_from(
    [
        "index.md",
        "briefings/index.md",
        "briefings/2024/09/a-slug.md",
        "briefings/2024/09/b.md",
        "briefings/2023/x.md",
        "briefings/undated/x.md",
        "topics/ports.md",
        "topics/ports-2024.md",
        "entities/people/ahmed-khan.md",
        "timeline/index.md",
        "new/feed.xml",
        "assets/briefing/charts/timeline.svg",
    ]
)


@cache
def _site():
    from generator.corpus import build_corpus
    from generator.render.charts import build_charts
    from generator.render.site import Site

    from .test_render import _briefing

    corpus = build_corpus([_briefing()])
    return Site(corpus, build_charts(corpus), "Test")


def _plain_url(from_page: str, to_path: str, anchor: str | None = None) -> str:
    from generator.render.paths import _relative, _served

    if anchor and from_page == to_path:
        return f"#{anchor}"
    relative = _relative(_served(from_page), _served(to_path))
    return f"{relative}#{anchor}" if anchor else relative


@settings(derandomize=True, max_examples=300)
@given(_PAGE, _PAGE, st.one_of(st.none(), st.just(""), st.sampled_from(["s-0-0", "p-1", "s-12-3"])))
@example("topics/ports.md", "topics/ports/2024.md", None)
@example("topics/ports/2024.md", "topics/ports.md", "s-1-0")
@example("briefings/2024/09/b.md", "briefings/index.md", None)
def test_hrefs_equal_the_plain_url(from_page: str, to_page: str, anchor: str | None) -> None:
    from generator.render import paths

    found = _site().href(from_page, to_page, anchor)
    assert paths.url(from_page, to_page, anchor) == _plain_url(from_page, to_page, anchor)
    assert type(found) is Markup and found == Markup(_plain_url(from_page, to_page, anchor))


@settings(derandomize=True, max_examples=100)
@given(_PAGE, st.integers(0, 30), st.integers(0, 30))
def test_fact_hrefs_equal_the_plain_computation(from_page: str, paragraph: int, sentence: int) -> None:
    from generator.model import Span

    site = _site()
    (slug,) = site._briefing_paths
    span = Span(paragraph, sentence)
    for page in (from_page, site.briefing_page(slug)):  # another page, and the briefing's own
        for _ in range(2):
            found = site.fact_href(page, slug, span)
            plain = Markup(_plain_url(page, site.briefing_page(slug), span.anchor))
            assert type(found) is Markup and found == plain


def test_site_titles_and_dates_are_those_of_the_briefing() -> None:
    """topics.py lists a part's briefings by `title_of` and `when_of`, where it used display_title and
    publication_key of each briefing."""
    from generator.corpus import publication_key
    from generator.render.titles import display_title

    site = _site()
    for briefing in site.corpus.briefings:
        slug = briefing.article.slug
        assert site.title_of(slug) == display_title(briefing)
        assert site.when_of(slug) == (publication_key(briefing) or "date unknown")


# ---- topic pages' key quotes -------------------------------------------------------------------------------


def _plain_key_quotes(briefings: list, limit: int) -> list:
    quotes = [(b.article.slug, q) for b in briefings for q in b.quotes]
    quotes.sort(key=lambda sq: (sq[1].speaker is None, -sq[1].score, _quote_position(sq)))
    return quotes[:limit]


def _quote_position(slug_quote: tuple) -> tuple:
    slug, quote = slug_quote
    return (slug, quote.span.paragraph, quote.span.sentence)


def _briefing_with(slug: str, quotes: list):
    from generator.article import make_article
    from generator.model import Briefing, Entities, Quote, Span

    article = make_article(f"{slug}.txt", ["One. Two.", "Three."], slug=slug)
    return Briefing(
        article=article,
        quotes=tuple(
            Quote(f"q{i}", speaker, None, Span(p, n), None, score) for i, (speaker, score, p, n) in enumerate(quotes)
        ),
        dates=(),
        money=(),
        percentages=(),
        entities=Entities(),
        topics=(),
        summary=(),
    )


_QUOTE = st.tuples(
    st.sampled_from([None, "A", "B"]),
    st.sampled_from([0.0, 1.0, 1.0, 2.5, -1.0, float("inf"), float("nan")]),
    st.integers(0, 2),
    st.integers(0, 2),
)


@settings(derandomize=True, max_examples=200)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.lists(_QUOTE, max_size=8)), max_size=6))
def test_key_quotes_ranked_once_per_briefing_equal_the_plain_ranking(specs: list) -> None:
    from generator.render.topics import _key_quotes

    # the same slug may come twice, with other quotes: the ranking kept is the first one's, as for the site
    made = {}
    briefings = [made.setdefault(slug, _briefing_with(slug, quotes)) for slug, quotes in specs]
    for limit in (5, 1, 0):
        ranked: dict = {}  # kept across the parts of a site, for one limit
        for chosen in (briefings, briefings[::2], briefings[1:], briefings):
            found = _key_quotes(chosen, limit, ranked)
            plain = _plain_key_quotes(chosen, limit)
            assert [(slug, id(q)) for slug, q in found] == [(slug, id(q)) for slug, q in plain]


# ---- CSV exports -------------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plain_spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _plain_csv(header: list[str], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_plain_spreadsheet_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8")


_CELL = st.one_of(
    _TEXT,
    st.sampled_from(["=1+1", "+", "-3", "@x", "\tx", "\rx", " =", "'", '"', "a,b", "a\nb"]),
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    st.builds(Markup, st.sampled_from(["=x", "<b>"])),
)


@settings(derandomize=True, max_examples=200)
@given(st.lists(st.lists(_CELL, min_size=3, max_size=3), max_size=6))
def test_csv_equals_the_plain_writer(rows: list[list[object]]) -> None:
    from generator.render.exports import _csv

    assert _csv(["a", "b", "c"], rows) == _plain_csv(["a", "b", "c"], rows)


@pytest.mark.parametrize("day", [date(2024, 3, 5), None])
def test_csv_of_dates_and_empty_rows(day) -> None:
    from generator.render.exports import _csv

    rows = [[day, "", "-"], []]
    assert _csv(["x", "y", "z"], rows) == _plain_csv(["x", "y", "z"], rows)
