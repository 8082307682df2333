"""Article text is data, never markup: escape it for the context it goes into.

Generated pages are Markdown with some raw HTML. Anything that comes from a seed
(titles, quotes, names, full text, front matter values) goes through one of these:

- `md_inline`: text inside a Markdown line (list item, table cell, heading, quote). Every
  character that inline Markdown, the site's extensions (tables, attribute lists, admonitions)
  or HTML could read as syntax becomes a numeric character reference, which renders as the
  character itself; so does a first character that could open a block (list, quote, heading),
  because list items and quotes are parsed as blocks. Ordinary punctuation (. - : ( ) %) is
  left as it is: every reference is one more inline match for Python-Markdown to process, and
  at thousands of pages that is most of the build time.
- `html_text` / `html_attr`: text inside raw HTML blocks, where Markdown is not processed.

Newlines are folded to spaces, so article text can never start a Markdown block of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

# Characters with a meaning anywhere in a line: inline syntax (code, emphasis, links, images,
# escapes), raw HTML and entities, table cells, attribute lists, headings' closing hashes.
_MARKDOWN_SPECIALS = frozenset("\\`*_{}[]<>&|!#")
# Characters that open a block when they start the text: lists, quotes, setext underlines.
_BLOCK_OPENERS = frozenset("+-=>:~")
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")
_SPACE_RUN = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters other than tab, newline, return
_ANY_SPECIAL = re.compile("[" + re.escape("".join(sorted(_MARKDOWN_SPECIALS))) + "]")
_TABLE_OF = {ord(char): f"&#{ord(char)};" for char in _MARKDOWN_SPECIALS}
_SHORT = 100  # plain strings up to this long are escaped once (see _short_html_text)
# (character, reference) in the order they are replaced: "&" first, as the others bring in "&"
_HTML_REFERENCES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#39;"))

# Every value on every page goes through these functions (hundreds of thousands of calls in a build of
# a thousand articles), so each takes the cheap way when the text allows it; the results are the same
# (tests/test_fast_paths.py compares them with the plain computations).


def one_line(text: str) -> str:
    """Collapse whitespace (newlines included) and drop control characters."""
    if _is_one_line(text):
        return text
    return _SPACE_RUN.sub(" ", _CONTROL.sub("", text)).strip()


def _is_one_line(text: str) -> bool:
    """Whether `one_line` leaves `text` as it is, as most text is: all of it printable (no control
    character, no whitespace but the space) and no space doubled or at either end."""
    return text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" ")


def md_inline(text: object) -> Markup:
    """Escape any value for a Markdown inline context; the result renders as the literal text."""
    line = one_line(str(text))
    if line.isdigit():  # a number ("¶ 3", counts): digits only, nothing below applies to it
        return _markup(line)
    if _ANY_SPECIAL.search(line):
        line = line.translate(_TABLE_OF)
    if line and line[0] in _BLOCK_OPENERS:
        line = f"&#{ord(line[0])};{line[1:]}"
    elif line[:1].isdigit():
        line = _ORDERED_ITEM.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", line, count=1)
    return _markup(line)


def html_text(text: object) -> Markup:
    """Escape for the body of a raw HTML element (no Markdown processing there)."""
    if type(text) is str and len(text) <= _SHORT:
        return _short_html_text(text)
    return _html_text(str(text))


@lru_cache(maxsize=1 << 16)
def _short_html_text(text: str) -> Markup:
    """The escaped text of a short plain string, kept by the string: titles, names, dates and sources
    are on many pages (hundreds of thousands of values in a build of a thousand articles, few distinct)."""
    return _html_text(text)


def _html_text(text: str) -> Markup:
    line = one_line(text)
    for char, reference in _HTML_REFERENCES:
        line = line.replace(char, reference)
    return _markup(line)


def _markup(escaped: str) -> Markup:
    """`Markup(escaped)` for a plain string, without the constructor's checks for other objects."""
    return str.__new__(Markup, escaped)


def html_attr(text: object) -> Markup:
    return html_text(text)


def yaml_string(text: object) -> str:
    """A double-quoted YAML scalar, safe for page front matter."""
    escaped = one_line(str(text)).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def page_title(text: object) -> str:
    """A page title for front matter: MkDocs and the theme print it without escaping (and
    `striptags` un-escapes entities), so angle brackets are replaced by look-alikes and the
    rest is HTML-escaped; the value is then quoted for YAML."""
    title = one_line(str(text)).replace("<", "‹").replace(">", "›")
    title = title.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#39;")
    return yaml_string(title)
