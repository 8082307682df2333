"""Shortcuts taken for speed give the same answers as the plain computations they replace."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from generator.article import make_article
from generator.extract.entities import extract_organizations, extract_places
from generator.extract.gazetteer import load_gazetteer
from generator.extract.memo import once_per
from generator.render.escape import one_line


def test_one_line_drops_control_characters_and_folds_whitespace() -> None:
    assert one_line("a\x00b\x0bc\x1f\n\n d\te\r\u2028f  ") == "abc d e f"


def test_compiled_gazetteer_follows_the_gazetteer_object(tmp_path) -> None:
    text = "Officials visited the new dry port and met Zarbast engineers in Kharian."
    article = make_article(source_file="a.txt", title=None, paragraphs=[text])
    plain = load_gazetteer()
    user = tmp_path / "gazetteer.yaml"
    user.write_text("places: [Kharian]\norganizations: [Zarbast]\n", encoding="utf-8")
    extended = load_gazetteer([user])
    assert "Kharian" not in {p.name for p in extract_places(article, plain)}
    assert "Kharian" in {p.name for p in extract_places(article, extended)}
    assert "Zarbast" in {o.name for o in extract_organizations(article, extended)}
    assert "Zarbast" not in {o.name for o in extract_organizations(article, plain)}
    assert "Kharian" not in {p.name for p in extract_places(article, plain)}  # the first one's cache is its own


def test_once_per_builds_once_per_object() -> None:
    calls = []

    def build(obj):
        calls.append(obj)
        return len(calls)

    first, second = ["a"], ["a"]  # equal, yet distinct objects
    assert once_per(first, build) == once_per(first, build) == 1
    assert once_per(second, build) == 2


def test_prepare_extraction_leaves_nothing_to_compile_for_the_first_article(monkeypatch) -> None:
    """The one-time work per gazetteer and taxonomy is done by prepare_extraction, not by the first seed."""
    from generator.config import load_settings
    from generator.extract import memo
    from generator.seeds import briefing_from_bytes, load_extractors, prepare_extraction

    from .conftest import FIXTURES

    monkeypatch.setattr(memo, "_CACHE", {})  # as in a new process
    extractors = load_extractors(load_settings(FIXTURES.parent))

    def built() -> dict:
        ours = (id(extractors.gazetteer), id(extractors.taxonomy))
        return {key: entry[1] for key, entry in memo._CACHE.items() if id(entry[0]) in ours}

    prepare_extraction(extractors)
    prepared = built()
    assert prepared
    seed = sorted((FIXTURES / "articles").iterdir())[0]
    briefing_from_bytes(seed.read_bytes(), seed.name, extractors)
    assert built().keys() == prepared.keys() and all(built()[key] is prepared[key] for key in prepared)


def test_parallel_extraction_gives_the_same_briefings(tmp_path) -> None:
    from generator.config import load_settings
    from generator.seeds import find_seeds, load_briefings, load_extractors

    from .conftest import FIXTURES, make_project

    project = make_project(tmp_path / "p", seeds=sorted((FIXTURES / "articles").iterdir())[:6])
    settings = load_settings(project)
    paths, _ = find_seeds(settings.seeds_dir)
    extractors = load_extractors(settings)
    assert load_briefings(paths, extractors, jobs=2) == load_briefings(paths, extractors, jobs=1)


def test_search_indexes_briefings_and_entities_not_the_listings_that_repeat_them(built_project) -> None:
    import gzip
    import json

    bundle = built_project / "site" / "pagefind"
    urls = set()
    for fragment in (bundle / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls.add(json.loads(data)["url"])
    briefings = [p for p in (built_project / "docs" / "briefings").rglob("*.md") if p.parent.name != "briefings"]
    assert briefings and all(any(f"/{p.stem}/" in url for url in urls) for p in briefings)
    assert any(url.startswith("/entities/") for url in urls)
    assert "/" in urls and "/about/" in urls
    repeated = ("/timeline/", "/quotes/", "/figures/", "/review/", "/new/")
    assert not [url for url in urls if url.startswith(repeated)]


def _sample_texts(test_file: str = "tests/test_dates.py") -> list[str]:
    """Sentences of every article we have, and every string literal of `test_file`."""
    import ast

    from generator.clean import clean_article
    from generator.read import decode_seed

    from .conftest import ROOT

    texts: list[str] = []
    folders = [ROOT / "seeds", ROOT / "tests/fixtures/articles", ROOT / "tests/fixtures/heldout/articles"]
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        article = clean_article(decode_seed(path.read_bytes(), path.name))
        texts += [sentence.text for paragraph in article.sentences for sentence in paragraph]
    tree = ast.parse((ROOT / test_file).read_text(encoding="utf-8"))
    texts += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    return texts


def test_date_rule_cues_hold_in_every_match() -> None:
    """A date rule is skipped when its cues are missing: that must never skip a match."""
    from generator.extract.date_patterns import DIGIT
    from generator.extract.dates import _RULES, cues_present

    texts = _sample_texts()
    matched = set()
    for text in texts:
        has_digit = DIGIT.search(text) is not None
        for position, rule in enumerate(_RULES):
            for match in rule.pattern.finditer(text):
                matched.add(position)
                in_match = cues_present(match.group()), DIGIT.search(match.group()) is not None
                assert rule.could_match(*in_match), (rule, match)
                assert rule.could_match(cues_present(text), has_digit), (rule, text)
    unmatched = [rule.build.__name__ for position, rule in enumerate(_RULES) if position not in matched]
    assert not unmatched, f"no sample exercises these rules: {unmatched}"


# Words in several cases, with İ ı ſ K (which match ASCII letters when case is ignored), joiners and gaps.
_PIECES = ["Gwadar", "gwadar", "GWADAR", "Dera", "Ismail", "Khan", "e-commerce", "E-Commerce", "IT", "it", "ſolar"]
_PIECES += ["solar", "İslamabad", "islamabad", "Kazakh", "\u212aazakh", "ı", "Ürümqi", "ürümqi", "'s", "-", "."]
_PIECES += ["(", "CPEC", "cpec", "x", "5G", " ", "  "]
_PHRASES = ["Gwadar", "Dera Ismail Khan", "dera ismail khan", "e-commerce", "IT", "solar", "islamabad", "kazakh"]
_PHRASES += ["Ürümqi", "ürümqi", "CPEC", "-x", "5g", "(cpec"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_phrase_index_never_rules_out_a_phrase_that_matches(text: str) -> None:
    from generator.extract.phrase_index import PhraseIndex

    phrases = [(phrase, phrase == phrase.lower()) for phrase in _PHRASES]
    index = PhraseIndex.of(phrases)
    candidates = index.candidates(text)
    assert candidates == sorted(set(candidates))
    for position, (phrase, ignore_case) in enumerate(phrases):
        body = r"\s+".join(re.escape(part) for part in phrase.split())
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE if ignore_case else 0)
        if pattern.search(text):
            assert position in candidates, (phrase, text)


def test_phrase_index_rules_out_phrases_whose_first_word_is_missing() -> None:
    from generator.extract.phrase_index import PhraseIndex

    index = PhraseIndex.of([("Gwadar Port", False), ("dera ismail khan", True), ("Thar", False)])
    assert index.candidates("Ships left GWADAR for Dera.") == [1]
    assert index.candidates("Ships left Gwadar for Thar.") == [0, 2]
    assert index.candidates("No place here.") == []


_MESSY = ["Ã©", "â€™", "â€œ", "&amp;", "&lt;", "&#x2019;", "<b>", "\t", "\n", "\x1b[31m", "\x00", "\x7f", "ﬁ", "ＬＯ"]
_MESSY += ["plain words", " ", "é", "’", "\u00a0", "Â", "&", ";", "#", "\u2028", "\x85", "Ã", "\x9d", "x"]


@given(st.lists(st.sampled_from(_MESSY), max_size=20).map("".join))
def test_fix_text_equals_ftfy_on_the_whole_text(text: str) -> None:
    import ftfy

    from generator.read import fix_text

    assert fix_text(text) == ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True)


def test_figure_cues_hold_in_every_match() -> None:
    """Money and percentage expressions are skipped on sentences without their cues: never a match."""
    from generator.extract import figures

    texts = _sample_texts("tests/test_figures.py")
    texts += ["Ten MILLION dollars", "two bİllion dollars", "a \u212aillion"]
    counts = {"prefixed": 0, "suffixed": 0, "words": 0, "percent": 0, "cents": 0}
    for text in texts:
        digit = figures._DIGIT.search(text) is not None
        for name, pattern in (("prefixed", figures._MONEY_PREFIXED), ("suffixed", figures._MONEY_SUFFIXED)):
            if pattern.search(text):
                counts[name] += 1
                assert digit, text
        if figures._MONEY_IN_WORDS.search(text):
            counts["words"] += 1
            assert figures._may_spell_an_amount(text), text
        if figures._PERCENT.search(text):
            counts["percent"] += 1
            assert figures._may_hold_a_percentage(text), text
        if figures._MONEY_CENTS.search(text):
            counts["cents"] += 1
            assert digit and "cent" in text, text
    assert all(counts.values()), counts


_BEFORE_FIGURE = ["The", "trade", "deficit", "of", "was", "reached", "stood at", "worth", "about", "more than", "1,200"]
_BEFORE_FIGURE += [",", ", ", ";", ":", "(", ")", "\u2014", "3", "5,", ",7", " ", "  ", "rose to", "is", "costing"]


@example("Exports, by value, of 3,200 firms stood at about")
@given(st.lists(st.sampled_from(_BEFORE_FIGURE), max_size=16).map(" ".join))
def test_linking_subject_is_what_the_whole_expression_finds(before: str) -> None:
    from generator.extract.figures import _LINKING_NP, _LINKING_TAIL, _linking_subject

    full = re.compile(_LINKING_NP + _LINKING_TAIL.pattern).search(before)
    assert _linking_subject(before) == (full and (full["np"], full.start("np")))
    if before.startswith("Exports, by value"):
        assert _linking_subject(before) == (" of 3,200 firms", 18)


_NAME_PIECES = ["Zhou", "Zhou Qiang", "Qiang", "Malik", "Ayesha Malik", "Li", "Lin", "-", "'s", " ", ", ", "Mr."]
_NAME_PIECES += ["said", "Zhou-Malik", "\u201c", "_", "Li Lin"]


@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=14).map("".join),
    st.lists(
        st.sampled_from(["Zhou", "Zhou Qiang", "Qiang", "Ayesha Malik", "Malik", "Li", "Li Lin", "Mr. Zhou"]),
        min_size=1,
        unique=True,
    ),
)
def test_named_finds_what_an_alternation_of_the_names_finds(text: str, forms: list[str]) -> None:
    from generator.extract.speakers import _named

    forms.sort(key=lambda form: (-len(form), form))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    assert _named(text, forms) == [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


_CAPS_PIECES = ["Bank", "of", "China", "the", "Ministry", "Planning", "and", "Development", "Ali", "bin", "ul", "Haq"]
_CAPS_PIECES += ["Mr", ".", " ", "  ", ", ", "said", "x", "2024", "&", "-", "Group", "for", "in", "on", "The", "'s"]


@given(st.lists(st.sampled_from(_CAPS_PIECES), max_size=24).map("".join))
def test_capitalised_runs_need_only_capitals_and_connectors(text: str) -> None:
    from generator.extract.entities import _ORG_CONNECTORS, _org_phrases_in, _runs, _tokens
    from generator.extract.names import NAME_PARTICLES

    assert _runs(_tokens(text, NAME_PARTICLES), text) == _runs(_tokens(text), text)
    assert _org_phrases_in(text, _tokens(text, _ORG_CONNECTORS)) == _org_phrases_in(text, _tokens(text))


# Lines of page furniture and prose around the scanning patterns' key words, in several cases.
_FURNITURE_PIECES = ["Gwadar port was inaugurated", " ", "  ", "(", ")", "[", "]", ":", "/", ".", "Photo", "photo"]
_FURNITURE_PIECES += ["FILE", "file photo", "Image", "picture", "credit", "Reuters", "APP", "representational image"]
_FURNITURE_PIECES += ["we use cookies", "Cookie policy", "contributed reporting", "Contributed to this report"]
_FURNITURE_PIECES += ["subscribe", "Subscription", "full access", "$9.99 a month", "ſubſcribe", "© 2024", "版权所有"]
_FURNITURE_PIECES += ["from Beijing", "x" * 40, "all rights reserved", "Share", "Home > World > Asia", "1x"]
_FURNITURE_PIECES += [". REUTERS", "Jane Roe", " (Sana Mirza", "Outlet)", "Item 1 of 2 "]


@given(st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=14).map("".join))
@example("A worker at the site (File Photo)")
@example("Officials inspect the plant. Photo: Xinhua")
@example("Officials inspect the plant. REUTERS/Jane Roe/File Photo")
@example("Traders at the market. (Sana Mirza/Outlet)")
def test_furniture_cues_gate_only_lines_that_cannot_match(line: str) -> None:
    """is_furniture tries the scanning patterns only on lines with their key words: same answer as trying all."""
    from generator import boilerplate as bp
    from generator.clean import is_furniture

    every = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in bp.FURNITURE), re.IGNORECASE)
    plain = len(line) <= 2 and any(ch.isalpha() for ch in line)
    plain = plain or bool(every.fullmatch(line) or bp.EDITOR_LINE.fullmatch(line))
    assert is_furniture.__wrapped__(line) == plain
    for pattern in bp._SCANNING:
        for match in pattern.finditer(line):
            assert bp.FURNITURE_CUES.search(match.group()), (pattern.pattern, match.group())


def test_every_scanning_furniture_pattern_names_a_cue() -> None:
    """A pattern added to the scanning group must bring its key words into FURNITURE_CUES, or lines holding
    only its words would never be tried against it."""
    from generator import boilerplate as bp

    assert bp._SCANNING
    assert [p.pattern for p in bp._SCANNING if not bp.FURNITURE_CUES.search(p.pattern)] == []


def test_labelled_stamp_is_never_longer_than_its_bound() -> None:
    from generator import boilerplate as bp
    from generator.metadata import parse_labelled_stamp

    longest = "A" * 60 + " | " + "Last Published" + " 16 Sep, 2024 05:34am" + " x" * 29 + "x"
    assert len(longest) == bp.LABELLED_STAMP_MAX_LENGTH
    assert bp.LABELLED_STAMP.fullmatch(longest)
    assert not bp.LABELLED_STAMP.fullmatch(longest + "x")
    assert parse_labelled_stamp("Recorder   Report   Published 16 Sep, 2024 05:34am") is not None


# ---- escaping (render/escape.py) ---------------------------------------------------------------------

_SPACE_RUN = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TEXT_PIECES = ["Gwadar", "Rs. 10", "1.", "2)", "12", "#", "-", "+", ">", "=", ":", "~", "&", "<", ">", '"', "'", "|"]
_TEXT_PIECES += ["\\", "`", "*", "_", "{", "}", "[", "]", "!", " ", "  ", "\t", "\n", "\r", "\x00", "\x0b", "\x1f"]
_TEXT_PIECES += ["\x7f", "\x85", "\u00a0", "\u2028", "\u200b", "\u00ad", "\u3000", "é", "“", "٣", "²", "&amp;"]


def _plain_one_line(text: str) -> str:
    return _SPACE_RUN.sub(" ", _CONTROL.sub("", text)).strip()


def _plain_md_inline(text: str) -> str:
    table = {ord(char): f"&#{ord(char)};" for char in "\\`*_{}[]<>&|!#"}
    line = _plain_one_line(text).translate(table)
    if line and line[0] in "+-=>:~":
        line = f"&#{ord(line[0])};{line[1:]}"
    return re.sub(r"^(\d+)([.)])", lambda m: f"{m.group(1)}&#{ord(m.group(2))};", line, count=1)


def _plain_html_text(text: str) -> str:
    table = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;", ord("'"): "&#39;"}
    return _plain_one_line(text).translate(table)


@given(st.one_of(st.lists(st.sampled_from(_TEXT_PIECES), max_size=12).map("".join), st.text(max_size=40)))
@example("")
@example(" a")
@example("a ")
@example("a  b")
@example("١. an ordered item in Arabic-Indic digits")
@example("1. <long> & 'quoted'  text\n" * 20)
def test_escaping_equals_the_plain_computations(text: str) -> None:
    from markupsafe import Markup

    from generator.render.escape import html_text, md_inline

    assert one_line(text) == _plain_one_line(text)
    for _ in range(2):  # the second time, a short text's escaping is the one kept from the first
        for escaped, plain in ((html_text(text), _plain_html_text(text)), (md_inline(text), _plain_md_inline(text))):
            assert type(escaped) is Markup and str(escaped) == plain
    assert html_text(Markup(text)) == html_text(text)  # Markup is escaped again: it is not the same input


def test_template_attribute_lookup_on_a_dict_is_jinjas() -> None:
    import jinja2
    import pytest

    from generator.render.environment import environment

    ours = environment()
    plain = jinja2.Environment(undefined=jinja2.StrictUndefined)
    values = {"title": "T", "items": "key, not the method", "get": 1}
    for obj in (values, {"title": None}, {}, [1], "text"):
        for attribute in ("title", "items", "get", "upper", "missing"):
            expected = plain.getattr(obj, attribute)
            found = ours.getattr(obj, attribute)
            if isinstance(expected, jinja2.Undefined):
                assert isinstance(found, jinja2.StrictUndefined)
                with pytest.raises(jinja2.UndefinedError):
                    str(found)
            else:
                assert found == expected


class _HasHtml:
    def __html__(self) -> str:
        return "<b>as html</b>"

    def __str__(self) -> str:
        return "<b>as text</b>"


def test_templates_print_what_jinjas_own_compiler_prints() -> None:
    """Our code generator leaves out Jinja's escape() around `{{ value }}`, as `_finalize` always returns
    Markup: every value is still escaped, exactly as before."""
    import jinja2
    from markupsafe import Markup

    from generator.render.environment import _finalize, environment

    ours = environment()
    plain = jinja2.Environment(autoescape=True, finalize=_finalize, undefined=jinja2.StrictUndefined)
    plain.filters.update(ours.filters)
    sources = [
        "{{ v }}",
        "<p>{{ v | html }}</p> {{ v | or_else('none') }}",
        "{% macro f(x) %}<{{ x }}>{% endmacro %}{{ f(v) }} {{ f(v) | html }}",
        "{{ v ~ '<i>' }} {{ [v, '&'] | join(', ') }}",
        "{% for x in [v, v] %}{{ x }}{% if not loop.last %}|{% endif %}{% endfor %}",
    ]
    values = [None, "", "<script>alert(1)</script> & 'x'", "1. item", "# h", 3, 2.5, Markup("<b>ok</b>"), _HasHtml()]
    for source in sources:
        for value in values:
            assert ours.from_string(source).render(v=value) == plain.from_string(source).render(v=value)
    assert "escape(environment.finalize(" not in ours.compile("{{ v }}", raw=True)
    assert all(isinstance(_finalize(value), Markup) for value in values)


_URL = st.lists(st.sampled_from(["a", "b", "briefings", "2024", "x.svg"]), max_size=4).map("/".join)


@given(_URL.map(lambda url: url + "/" if url else url), st.one_of(_URL, _URL.map(lambda url: url + "/")))
@example("a/b/", "a/b/")
@example("a/b/c/", "a/b/")
@example("a/", "a/b/")
@example("", "")
def test_relative_urls_equal_the_plain_computation(from_url: str, to_url: str) -> None:
    """The way from page to page is put together from the way to the target's folder: same URL."""
    from generator.render.paths import _url_between

    start = [part for part in from_url.split("/") if part]
    target = [part for part in to_url.split("/") if part]
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    relative = "/".join([".."] * (len(start) - common) + target[common:]) or "."
    assert _url_between(from_url, to_url) == (relative + "/" if to_url.endswith("/") or not to_url else relative)
