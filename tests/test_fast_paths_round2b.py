"""Shortcuts in read.fix_text and sentences.split_sentences give the plain computations' answers.

`read.fix_text` leaves to ftfy only the lines holding a character outside tab, newline, printable ASCII
but "&", and `read._TYPOGRAPHIC`. Its docstring argues, step by step of ftfy, why ftfy leaves the other
lines unchanged; the tests below check each point against ftfy's own tables and mojibake regex, then
compare with ftfy itself on generated lines and on every text the repository holds.
"""

from __future__ import annotations

import itertools
import re
import re._constants as _constants  # type: ignore[import-not-found]
import re._parser as _parser  # type: ignore[import-not-found]
import string
import unicodedata
from pathlib import Path

import ftfy
import pytest
from ftfy import badness, chardata, fixes
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import read

_ROOT = Path(__file__).resolve().parent.parent
_TYPOGRAPHIC = read._TYPOGRAPHIC
# Every character a skipped line may hold (the complement of read._NEEDS_FTFY, but for "\n").
_ALPHABET = "\t" + "".join(chr(i) for i in range(0x20, 0x7F) if chr(i) != "&") + _TYPOGRAPHIC
_CONFIGS = (read._FTFY, read._FTFY._replace(unescape_html=False))


def test_the_alphabet_is_exactly_what_fix_text_skips() -> None:
    assert set(_TYPOGRAPHIC) == set("\u00a0©·–—‘’“”…")
    for code in range(0x110000):
        char = chr(code)
        assert (read._NEEDS_FTFY.match(char) is None) == (char in _ALPHABET or char == "\n"), hex(code)


# ---- ftfy's steps, one by one ------------------------------------------------------------------


def _item_matches(op: object, av: object, char: str) -> bool:
    """Whether a one-character regex item (LITERAL, NOT_LITERAL, ANY, IN) may match `char`.

    Anything not understood answers True: it then never counts as ruling a branch out."""
    code = ord(char)
    if op is _constants.LITERAL:
        return av == code
    if op is _constants.NOT_LITERAL:
        return av != code
    if op is _constants.IN:
        hit, negate = False, False
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _constants.NEGATE:
                negate = True
            elif kind is _constants.LITERAL:
                hit = hit or value == code
            elif kind is _constants.RANGE:
                hit = hit or value[0] <= code <= value[1]
            else:
                return True  # a category (\s, \w): do not rely on it
        return hit != negate
    return True


def test_no_alternative_of_ftfys_badness_regex_can_match_in_the_alphabet() -> None:
    """fix_encoding returns its text as it is unless `is_bad` (BADNESS_RE.search) finds something.

    Each alternative of BADNESS_RE has a character item that no character of the alphabet matches, so it
    cannot match anywhere in a string of them."""
    pattern = badness.BADNESS_RE
    assert not pattern.flags & re.IGNORECASE
    tree = _parser.parse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    [(op, (_, branches))] = tree.data
    assert op is _constants.BRANCH and len(branches) > 30
    for branch in branches:
        blockers = [
            (item_op, av)
            for item_op, av in branch.data
            if item_op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN)
            and not any(_item_matches(item_op, av, char) for char in _ALPHABET)
        ]
        assert blockers, branch


def test_is_bad_and_fix_encoding_on_the_alphabet() -> None:
    assert not badness.is_bad(_ALPHABET + _ALPHABET[::-1])
    for pair in itertools.product(_ALPHABET, repeat=2):
        text = "".join(pair)
        assert not badness.is_bad(text), text
        assert ftfy.fix_encoding(text) == text


def test_the_character_fixes_have_nothing_to_do_in_the_alphabet() -> None:
    alphabet = {ord(char) for char in _ALPHABET + "\n"}
    assert not alphabet & set(chardata.LIGATURES)
    assert not alphabet & set(chardata.WIDTH_MAP)
    assert not alphabet & set(chardata.CONTROL_CHARS)
    assert not chardata.C1_CONTROL_RE.search(_ALPHABET)
    assert not fixes.SURROGATE_RE.search(_ALPHABET)
    assert "\x1b" not in _ALPHABET and "&" not in _ALPHABET  # terminal escapes, HTML entities
    assert fixes.fix_line_breaks(_ALPHABET) == _ALPHABET
    for name in ("fix_c1_controls", "fix_latin_ligatures", "fix_character_width", "fix_surrogates"):
        assert getattr(fixes, name)(_ALPHABET) == _ALPHABET, name
    assert fixes.remove_terminal_escapes(_ALPHABET) == fixes.remove_control_chars(_ALPHABET) == _ALPHABET
    assert fixes.unescape_html(_ALPHABET) == _ALPHABET


def test_no_string_of_the_alphabet_changes_under_nfc() -> None:
    """Starters that are NFC alone and never the second half of a canonical pair cannot compose."""
    for char in _ALPHABET:
        assert unicodedata.combining(char) == 0
        assert unicodedata.normalize("NFC", char) == char
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):  # a canonical pair
            assert chr(int(parts[1], 16)) not in _ALPHABET, hex(code)


# ---- against ftfy itself -----------------------------------------------------------------------


def test_every_short_string_of_typographic_marks_and_neighbours() -> None:
    """All orders and repetitions, up to three characters, of the marks and letters, digits, punctuation."""
    sample = _TYPOGRAPHIC + "aZ0 .,'\"(<-\t"
    for size in (1, 2, 3):
        for chars in itertools.product(sample, repeat=size):
            line = "".join(chars)
            assert read.fix_text(line) == line
            for config in _CONFIGS:
                assert ftfy.fix_and_explain(line, config).text == line, (line, config.unescape_html)


_LINE_PIECES = [*_TYPOGRAPHIC, "a", "Z", "word", "0", "19", " ", "\t", ".", ",", "'", '"', "(", ")", "<", ">"]
_LINE_PIECES += ["-", "--", "...", "?", "!", ":", ";", "%", "$", "#", "*", "/", "\\", "=", "@", "_", "~", "`", "|"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join))
@example("He said: \u201cIt\u2019s done\u2026\u201d \u2014 and left\u00a0\u2013 \u2018fine\u2019 \u00a9 2024 \u00b7 x")
@example("\u201d\u201c\u2019\u2018\u2014\u2013\u2026\u00a0\u00b7\u00a9")
def test_ftfy_leaves_lines_of_the_alphabet_unchanged(line: str) -> None:
    for config in _CONFIGS:
        assert ftfy.fix_and_explain(line, config).text == line
        assert ftfy.fix_and_explain(line + "\n", config).text == line + "\n"
    assert read.fix_text(line) == line


_MESSY = ["Ã©", "â€™", "â€œ", "â€", "Â ", "&amp;", "&lt;", "&#x2019;", "<b>", "\x1b[31m", "\x00", "ﬁ", "ＬＯ", "\u2028"]
_MESSY += ["\x85", "\x9d", "\r", "é", "Ã", "Â", "&", "ü€", "×²", "вЂ", "\u00a0\u00a0"]
_PIECES = [*_LINE_PIECES, "\n", "\n", "\n", *_MESSY]


def _ftfy_fix_text(text: str, config: ftfy.TextFixerConfig = read._FTFY) -> str:
    return ftfy.fix_text(text, config)


@settings(max_examples=600)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@example("plain\n\u201cquoted\u201d &amp; <b>\nÃ© \u2014 \u2019\n&lt; again\n")
@example("<p>\nâ€œ\n&amp;\n")
def test_fix_text_equals_ftfy_on_mixed_text(text: str) -> None:
    assert read.fix_text(text) == _ftfy_fix_text(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.integers(1, 9))
def test_fix_text_cuts_long_lines_as_ftfy_does(text: str, size: int) -> None:
    config = read._FTFY._replace(max_decode_length=size)
    saved = read._FTFY
    read._FTFY = config
    try:
        assert read.fix_text(text) == _ftfy_fix_text(text, config)
    finally:
        read._FTFY = saved


def _repository_texts() -> list[Path]:
    paths = sorted((_ROOT / "seeds").glob("*")) + sorted((_ROOT / "tests" / "fixtures").rglob("*"))
    paths += sorted(p for p in (_ROOT / "tests").rglob("*.txt") if "fixtures" not in p.parts)
    return [path for path in paths if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm", "")]


@pytest.mark.parametrize("path", _repository_texts(), ids=lambda path: path.name)
def test_fix_text_equals_ftfy_on_the_repositorys_texts(path: Path) -> None:
    data = path.read_bytes()
    if b"\x00" in data:
        return
    text = read._LINE_BREAKS.sub("\n", read._decode_utf8(data))
    assert read.fix_text(text) == _ftfy_fix_text(text)
    for line in text.split("\n"):
        if not read._NEEDS_FTFY.search(line):
            assert ftfy.fix_and_explain(line, read._FTFY).text == line


def test_string_module_is_in_the_alphabet() -> None:
    assert set(string.ascii_letters + string.digits + string.punctuation.replace("&", "") + " \t") <= set(_ALPHABET)


# ---- sentences ---------------------------------------------------------------------------------

_PLAIN_BOUNDARY = re.compile(
    r"""(?P<end>[.!?]+|\u2026)(?P<close>(?:[ \u00a0\u202f]?\u00bb)?["'\u201d\u2019)\]]*)(?P<space>\s+)"""
    r"""(?=(?:\u00ab[ \u00a0\u202f]?)?["'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u024F])"""
)


def _boundaries(pattern: re.Pattern[str], text: str) -> list[tuple[int, ...]]:
    return [
        match.span() + match.span("end") + match.span("close") + match.span("space") for match in pattern.finditer(text)
    ]


def _plain_split_sentences(paragraph: str, paragraph_index: int = 0) -> tuple[object, ...]:
    """split_sentences as it was, with the plain boundary regex."""
    from generator import sentences

    found: list[object] = []
    start = 0
    for match in _PLAIN_BOUNDARY.finditer(paragraph):
        end_mark = match.group("end")
        if (
            end_mark == "."
            and not match.group("close")
            and sentences._is_abbreviation(paragraph[start : match.start()])
        ):
            continue
        sentences._append(found, paragraph, paragraph_index, start, match.end("close"))  # type: ignore[arg-type]
        start = match.end()
    sentences._append(found, paragraph, paragraph_index, start, len(paragraph))  # type: ignore[arg-type]
    return tuple(found)


_SENTENCE_PIECES = [".", "!", "?", "\u2026", "...", "?!", ".\u2026", '"', "'", "\u201d", "\u2019", ")", "]", "\u201c"]
_SENTENCE_PIECES += [
    "\u2018",
    "(",
    "[",
    " ",
    "  ",
    "\n",
    "\t",
    "A",
    "Z",
    "0",
    "\u00c9",
    "\u0250",
    "a",
    "word",
    "Dr",
    "U.S",
]
_SENTENCE_PIECES += ["e.g", "J", "Nov", "x", "-", ",", "\u00a0", "\u2014"]
_SENTENCE_PIECES += ["\u00ab", "\u00bb", " \u00bb", "\u00ab ", "\u202f"]  # guillemets, French spacing


@settings(max_examples=1000)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=40).map("".join))
@example('He left. "Fine!" she said?! (Then) Dr. Who... U.S. A\u2026 B.\u201d C')
def test_sentence_boundary_regex_finds_what_the_plain_one_finds(text: str) -> None:
    from generator import sentences

    assert _boundaries(sentences._BOUNDARY, text) == _boundaries(_PLAIN_BOUNDARY, text)
    assert sentences.split_sentences(text, 3) == _plain_split_sentences(text, 3)


@settings(max_examples=300)
@given(st.text(alphabet=".!?\u2026\"')] \n(A0a\u201c\u201d\u00ab\u00bb\u00a0", max_size=30))
def test_sentence_boundary_regex_on_any_text_of_its_characters(text: str) -> None:
    from generator import sentences

    assert _boundaries(sentences._BOUNDARY, text) == _boundaries(_PLAIN_BOUNDARY, text)


@pytest.mark.parametrize("path", _repository_texts(), ids=lambda path: path.name)
def test_sentence_boundaries_on_the_repositorys_texts(path: Path) -> None:
    from generator import sentences

    text = path.read_bytes().decode("utf-8", errors="replace")
    for paragraph in text.split("\n\n"):
        assert sentences.split_sentences(paragraph) == _plain_split_sentences(paragraph)


# ---- the other passes of read._to_text ---------------------------------------------------------


def test_odd_holds_every_character_the_skipped_passes_touch() -> None:
    for code in range(0x110000):
        char = chr(code)
        touched = (
            read._CONTROL.match(char) is not None
            or read._LINE_BREAKS.match(char) is not None
            or read._SPACES.match(char) is not None
            or read._INVISIBLE.match(char) is not None
            or char in "\t\ufeff"
        )
        if touched:
            assert read._ODD.match(char) is not None, hex(code)


def _plain_decode_utf8(data: bytes) -> str:
    return read._ESCAPED.sub(read._stray_byte, data.decode("utf-8", errors="surrogateescape"))


@settings(max_examples=500)
@given(st.binary(max_size=40) | st.text(max_size=20).map(lambda text: text.encode("utf-8", "surrogatepass")))
@example("caf\u00e9 \u201cok\u201d".encode())
@example(b"\xed\xb2\x80 \x93\x94\x81")
def test_decode_utf8_equals_the_escaping_decoder(data: bytes) -> None:
    assert read._decode_utf8(data) == _plain_decode_utf8(data)


def _plain_to_text(data: bytes, source_file: str) -> str:
    """read._to_text as it was: every pass on every text."""
    if not data.strip():
        raise read.SeedReadError(source_file, "file is empty" if not data else "file holds only whitespace")
    for magic, kind in read._MAGIC:
        if data.startswith(magic):
            raise read.SeedReadError(source_file, f"file is {kind}, not text")
    text = read._decode(data, source_file)
    read._refuse_control_characters(text, source_file)
    text = read._LINE_BREAKS.sub("\n", text)
    text = _ftfy_fix_text(text)
    text = read._CONTROL.sub("", text.replace("\t", " ").lstrip("\ufeff"))
    text = read._INVISIBLE.sub("", read._SPACES.sub(" ", text))
    if not text.strip():
        raise read.SeedReadError(source_file, "file holds only whitespace or invisible characters")
    return text


def _outcome(function: object, data: bytes) -> str:
    try:
        return function(data, "seed.txt")  # type: ignore[operator]
    except read.SeedReadError as error:
        return f"refused: {error.reason}"


_ODD_PIECES = ["\r\n", "\r", "\u2028", "\x85", "\x0b", "\x0c", "\t", "\ufeff", "\u00a0", "\u2009", "\u3000", "\u200b"]
_ODD_PIECES += ["\u2060", "\x00", "\x01", "\x7f", "\x9d", "\x1b[1m", "\u202f"]
_TEXT_PIECES = [*_PIECES, *_ODD_PIECES]


@settings(max_examples=600)
@given(
    st.lists(st.sampled_from(_TEXT_PIECES), max_size=40).map("".join),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252-ish", "utf-16"]),
)
@example("Hello\u00a0world\r\n\u201cyes\u201d\n", "utf-8")
@example("\ufeff\ufeffword", "utf-8")
@example("â€œ word\x85\x00\x00\x00\x00 x", "utf-8")
def test_to_text_equals_every_pass_on_every_text(text: str, encoding: str) -> None:
    if encoding == "cp1252-ish":
        data = text.encode("utf-8", errors="replace") + "caf\u00e9".encode("cp1252")
    else:
        data = text.encode(encoding, errors="replace")
    assert _outcome(read._to_text, data) == _outcome(_plain_to_text, data)


@pytest.mark.parametrize("path", _repository_texts(), ids=lambda path: path.name)
def test_to_text_on_the_repositorys_texts(path: Path) -> None:
    data = path.read_bytes()
    assert _outcome(read._to_text, data) == _outcome(_plain_to_text, data)
