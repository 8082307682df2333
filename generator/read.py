"""Stage 1 — bytes → RawArticle: refuse binaries, decode, repair mojibake, split off front matter.

Decoding order: BOM (UTF-8, UTF-16 LE/BE), UTF-16 without BOM (detected by the pattern of NUL
bytes), UTF-8 — where stray bytes that are not UTF-8 are read as cp1252 (else latin-1) one by one —
then ftfy repairs mojibake (curly quotes kept). Line endings become "\\n".
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import ftfy

from .model import FrontMatter, RawArticle
from .yamltext import load_yaml


class SeedReadError(Exception):
    """A seed that cannot be read; `reason` says why in words a user understands."""

    def __init__(self, source_file: str, reason: str) -> None:
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason


# Magic numbers of files that are surely not articles.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a font"),
)
_CONTROL_SHARE = 0.05  # more control characters than this and the file is binary
_FRONT_MATTER_KEYS = ("title", "date", "source", "url", "author", "tags", "added")
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # NBSP, EN SPACE, ... → " "
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")  # zero-width space, word joiner, stray BOM
_ESCAPED = re.compile(r"[\udc80-\udcff]")
# Every character that `_refuse_control_characters`, `_LINE_BREAKS`, or the tab, `_CONTROL`, BOM, `_SPACES`
# and `_INVISIBLE` replacements in `_to_text` count or change: text without any skips those passes.
_ODD = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def read_seed(path: Path, source_file: str, max_bytes: int = 5_000_000) -> RawArticle:
    """Read a seed file from disk (refusing files over `max_bytes`) and decode it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SeedReadError(source_file, f"file is {size:,} bytes, more than the limit of {max_bytes:,}")
        data = path.read_bytes()
    except OSError as error:
        raise SeedReadError(source_file, f"cannot read the file ({error.strerror or error})") from error
    return decode_seed(data, source_file)


def decode_seed(data: bytes, source_file: str) -> RawArticle:
    """Decode the bytes of a seed into text with its front matter; SeedReadError when it is not an article."""
    text = _to_text(data, source_file)
    front_matter, warnings, body = split_front_matter(text, source_file)
    if _is_feed_item(body):
        body, front_matter = feed_item_story(body, front_matter)
    elif _is_html(body, source_file):
        body, front_matter = _html_to_text(body, front_matter, source_file)
    elif _is_markdown(body, source_file):
        body = markdown_to_text(body)
    elif _is_chat_export(body):
        body = chat_story(body)
    elif "&" in body:
        body = decode_entities(body)
    if not body.strip():
        reason = "no article text after the front matter" if text.lstrip().startswith("---") else "file is empty"
        raise SeedReadError(source_file, reason)
    return RawArticle(source_file=source_file, text=body, front_matter=front_matter, warnings=tuple(warnings))


# ---- bytes → text ------------------------------------------------------------------------


def _to_text(data: bytes, source_file: str) -> str:
    if not data.strip():
        raise SeedReadError(source_file, "file is empty" if not data else "file holds only whitespace")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SeedReadError(source_file, f"file is {kind}, not text")
    text = _decode(data, source_file)
    odd = _ODD.search(text) is not None
    if odd:  # exact: else there is no control character to count and no line break but "\n"
        _refuse_control_characters(text, source_file)
        text = _LINE_BREAKS.sub("\n", text)
    fixed = fix_text(text)
    if odd or fixed != text:  # exact: else no tab, control character, BOM, odd space or invisible one
        fixed = _CONTROL.sub("", fixed.replace("\t", " ").lstrip("\ufeff"))
        fixed = _INVISIBLE.sub("", _SPACES.sub(" ", fixed))
    text = fixed
    if not text.strip():
        raise SeedReadError(source_file, "file holds only whitespace or invisible characters")
    return text


_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=True, explain=False)
# The typographic marks of news copy: NO-BREAK SPACE, © and ·, EN and EM DASH, the four curly quotes,
# HORIZONTAL ELLIPSIS.
_TYPOGRAPHIC = "\u00a0\u00a9\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
# A character that may make ftfy change a line: anything but tab, newline, printable ASCII other than
# "&", and the typographic marks. Why ftfy leaves every line of the others as it is: see `fix_text`.
_NEEDS_FTFY = re.compile(f"[^\t\n\x20-\x25\x27-\x7e{_TYPOGRAPHIC}]")


def fix_text(text: str) -> str:
    """`ftfy.fix_text` (curly quotes kept), running ftfy only on the lines that hold a character it may change.

    ftfy works segment by segment (a line, or `max_decode_length` characters of a longer one), turning
    `unescape_html` off for good at the first segment holding "<"; this does the same, but leaves alone
    the segments made only of tab, newline, printable ASCII but "&", and `_TYPOGRAPHIC`. ftfy 6 (the
    options of `_FTFY`) returns such a segment unchanged, as each of its steps does:
    - unescape_html: entities start with "&";
    - fix_encoding: stops at once unless `badness.is_bad` — and every alternative of `BADNESS_RE` needs
      a character outside this alphabet (C1 controls, accented or Greek/Cyrillic letters, box drawing,
      currency, maths, ¬ ¦ ¨ ¯ ¸ and such, ‚ „ « » ®, ...); the typographic marks are only ever matched
      next to one of those;
    - fix_c1_controls, fix_latin_ligatures, fix_character_width, fix_line_breaks, fix_surrogates,
      remove_terminal_escapes (ESC), remove_control_chars: their characters are not in the alphabet
      (uncurl_quotes is off);
    - NFC: each character is NFC on its own, has combining class 0 and is never the second half of a
      canonical composition, so no string of them is changed by NFC.
    tests/test_fast_paths_round2b.py checks each point against ftfy's own tables and regex, and compares
    with ftfy on generated and real text.
    """
    config = _FTFY
    size = config.max_decode_length
    first_markup = text.find("<")
    fixed: list[str] = []
    done = 0  # text[:done] is in `fixed`
    while (match := _NEEDS_FTFY.search(text, done)) is not None:
        at = match.start()
        line_start = text.rfind("\n", 0, at) + 1
        start = line_start + (at - line_start) // size * size  # the segment ftfy cuts around `at`
        end = min(text.find("\n", start) + 1 or len(text), start + size)
        if config.unescape_html == "auto" and 0 <= first_markup < end:
            config = config._replace(unescape_html=False)  # as ftfy does: markup from here on, keep entities
        fixed.append(text[done:start])
        fixed.append(ftfy.fix_and_explain(text[start:end], config).text)
        done = end
    if not done:
        return text
    fixed.append(text[done:])
    return "".join(fixed)


def _decode(data: bytes, source_file: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_utf8(data[3:])
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, source_file)
    codec = _utf16_without_bom(data)
    if codec:
        text = _strict(data, codec, source_file)
        if "\x00" in text:
            raise SeedReadError(source_file, "file is binary (it contains NUL bytes), not text")
        return text
    if b"\x00" in data:
        raise SeedReadError(source_file, "file is binary (it contains NUL bytes), not text")
    return _decode_utf8(data)


def _strict(data: bytes, codec: str, source_file: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise SeedReadError(source_file, f"file looks like {codec.upper()} but cannot be decoded") from error


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly Latin script has NUL in every other byte: which half tells the byte order."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.7 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _decode_utf8(data: bytes) -> str:
    """UTF-8, with each byte that is not valid UTF-8 read as cp1252 (latin-1 where cp1252 has no character)."""
    try:
        # Valid UTF-8 reads the same either way, and strict UTF-8 never gives U+DC80-U+DCFF (Python's codec
        # refuses encoded surrogates): there is no escaped byte to replace.
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    return _ESCAPED.sub(_stray_byte, text)


def _stray_byte(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def _refuse_control_characters(text: str, source_file: str) -> None:
    sample = text[:20_000]
    controls = len(_CONTROL.findall(sample))  # category Cc but for line breaks and tabs
    if sample and controls > 3 and controls / len(sample) > _CONTROL_SHARE:
        raise SeedReadError(source_file, "file is binary (too many control characters), not text")


# ---- front matter --------------------------------------------------------------------------


def split_front_matter(text: str, source_file: str) -> tuple[FrontMatter, list[str], str]:
    """Split YAML front matter (between `---` lines at the very top) from the body and validate it."""
    lines = text.lstrip("\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return FrontMatter(), [], text
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if closing is None:
        return FrontMatter(), ["front matter has no closing '---' line; read as text"], text
    raw = "\n".join(lines[1:closing])
    body = "\n".join(lines[closing + 1 :])
    try:
        loaded = load_yaml(raw) if raw.strip() else {}
    except Exception as error:  # yaml raises ValueError too, e.g. for 2024-02-30
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise SeedReadError(source_file, f"front matter is not valid YAML ({first})") from error
    if not isinstance(loaded, dict):
        raise SeedReadError(source_file, "front matter must be 'key: value' lines (a YAML mapping)")
    front_matter, warnings = _validate_front_matter(loaded, source_file)
    return front_matter, warnings, body


def _validate_front_matter(loaded: dict[Any, Any], source_file: str) -> tuple[FrontMatter, list[str]]:
    values: dict[str, Any] = {}
    warnings = [
        f"front matter: unknown key {str(key)!r} ignored (known: {', '.join(_FRONT_MATTER_KEYS)})"
        for key in sorted(loaded, key=str)
        if str(key) not in _FRONT_MATTER_KEYS
    ]
    for key in ("title", "source", "url", "author"):
        value = loaded.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SeedReadError(source_file, f"front matter: {key!r} must be text, got {value!r}")
        if value.strip():
            values[key] = value.strip()
    for key in ("date", "added"):
        if loaded.get(key) is not None:
            values[key] = _front_matter_date(key, loaded[key], source_file)
    if loaded.get("tags") is not None:
        values["tags"] = _front_matter_tags(loaded["tags"], source_file)
    return FrontMatter(**values), warnings


def _front_matter_date(key: str, value: Any, source_file: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as error:
            raise SeedReadError(source_file, f"front matter: {key!r} is not a real date: {value!r}") from error
    raise SeedReadError(source_file, f"front matter: {key!r} must be a date like 2024-09-16, got {value!r}")


def _front_matter_tags(value: Any, source_file: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise SeedReadError(
            source_file, f"front matter: 'tags' must be a list of words like [trade, energy], got {value!r}"
        )
    return tuple(tag.strip() for tag in value if tag.strip())


# ---- HTML ------------------------------------------------------------------------------------


def _is_html(text: str, source_file: str) -> bool:
    return source_file.lower().endswith((".html", ".htm")) or bool(_HTML_START.match(text[:1000]))


def _html_to_text(html: str, front_matter: FrontMatter, source_file: str) -> tuple[str, FrontMatter]:
    """Main text of an HTML page (script, style and navigation dropped), paragraphs blank-line separated."""
    try:
        extracted, title, published = _trafilatura(html)
    except ImportError:  # trafilatura missing or broken: the standard-library reader still gets the text
        extracted, title, published = _plain_html_text(html)
    except Exception as error:  # a broken page is a refused seed, never a crash
        raise SeedReadError(source_file, f"cannot read the HTML page ({type(error).__name__})") from error
    text = "\n\n".join(line.strip() for line in _SCRIPT_LIKE.sub("", extracted or "").split("\n") if line.strip())
    if not text:
        raise SeedReadError(source_file, "no readable article text in the HTML page")
    fields = {
        **front_matter.__dict__,
        "title": front_matter.title or title,
        "date": front_matter.date or published,
    }
    return text, FrontMatter(**fields)


def _trafilatura(html: str) -> tuple[str | None, str | None, date | None]:
    import trafilatura  # imported here: slow to import and only needed for HTML seeds

    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, deduplicate=False)
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title.strip() if metadata is not None and isinstance(metadata.title, str) else None
    published = None
    if metadata is not None and isinstance(metadata.date, str) and _ISO_DATE.fullmatch(metadata.date[:10]):
        try:
            published = date.fromisoformat(metadata.date[:10])
        except ValueError:
            published = None
    return extracted, title or None, published


class _TextOfPage(HTMLParser):
    """Text of block elements, leaving out script, style, navigation and other page chrome."""

    SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg"})
    BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "article", "section", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.in_title = False
        self.title = ""
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)


def _plain_html_text(html: str) -> tuple[str, str | None, date | None]:
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line), parser.title.strip() or None, None


_SCRIPT_LIKE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


# ---- feed items ------------------------------------------------------------------------------------

# An RSS <item> or Atom <entry> pasted as text (maybe inside its <rss>/<feed> and <channel>, after an XML
# declaration): the reader's own markup, not a web page.
_FEED_START = re.compile(r"<(?:\?xml\s|rss[\s>]|feed[\s>]|channel[\s>]|item[\s>]|entry[\s>])", re.I)
_FEED_ITEM = re.compile(r"<(item|entry)\b[^>]*>(.*?)(?:</\1\s*>|\Z)", re.I | re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_BR = re.compile(r"<br\s*/\s*>", re.I)
_ATOM_LINK = re.compile(r"<link\b[^>]*?\bhref\s*=\s*[\"']([^\"']+)[\"']", re.I)
# The elements that hold the story's fields, in order of preference.
_FEED_TITLE = ("title",)
_FEED_DATE = ("pubDate", "published", "dc:date", "updated")
_FEED_AUTHOR = ("dc:creator", "author")
_FEED_CONTENT = ("content:encoded", "content", "description", "summary")


def _is_feed_item(text: str) -> bool:
    """A feed's <item> or <entry> pasted raw: the page opens with it (or with the feed around it)."""
    head = text.lstrip()
    return head[:1] == "<" and _FEED_START.match(head) is not None and _FEED_ITEM.search(head) is not None


def feed_item_story(text: str, front_matter: FrontMatter) -> tuple[str, FrontMatter]:
    """The story of the first item of a pasted feed: the text of its content (else its summary) with the
    tags dropped and the entities decoded; title, date, author and link from its elements (front matter
    first). Other items glued after it, the summary over the content and the media elements are the
    feed's, not the story's."""
    item = _FEED_ITEM.search(text)
    inner = item.group(2) if item else text
    content = next(filter(None, (_element(inner, name) for name in _FEED_CONTENT)), "")
    body = _feed_html_text(content) if content else ""
    if not body.strip():  # an item with no content of its own: read it as text, tags and all
        body = decode_entities(text)
    title = _feed_text(_element(inner, _FEED_TITLE[0]))
    author = next(filter(None, (_feed_author(_element(inner, name)) for name in _FEED_AUTHOR)), None)
    published = next(filter(None, (_feed_date(_element(inner, name)) for name in _FEED_DATE)), None)
    link = _feed_text(_element(inner, "link")) or next(iter(_ATOM_LINK.findall(inner)), None)
    fields = {
        **front_matter.__dict__,
        "title": front_matter.title or title or None,
        "date": front_matter.date or published,
        "author": front_matter.author or author,
        "url": front_matter.url or (link if link and link.startswith(("http://", "https://")) else None),
    }
    return body, FrontMatter(**fields)


def _element(inner: str, name: str) -> str:
    """The raw text inside the first <name …>…</name> of an item ('' when there is none), CDATA unwrapped."""
    # the first start tag, then one search for its end tag: linear on a page of unclosed tags
    opened = re.search(rf"<{re.escape(name)}(?:\s[^>]*)?>", inner, re.I)
    closed = re.compile(rf"</{re.escape(name)}\s*>", re.I).search(inner, opened.end()) if opened else None
    return _CDATA.sub(r"\1", inner[opened.end() : closed.start()]).strip() if opened and closed else ""


def _feed_text(raw: str) -> str:
    """An element's text on one line: tags dropped, entities decoded (twice: an Atom 'html' title is escaped
    HTML, '&amp;#8216;')."""
    text = _TAG.sub(" ", html.unescape(_TAG.sub(" ", raw)))
    return " ".join(_ENTITY.sub(lambda match: html.unescape(match.group()), text).split())


def _feed_author(raw: str) -> str | None:
    """'<name>Sara Khan</name>' (Atom), 'desk@site.com (Sara Khan)' (RSS) or a plain name → the name."""
    name = _element(raw, "name") or raw
    bracketed = re.fullmatch(r"\S+@\S+\s*\((.+)\)", _feed_text(name))
    text = bracketed.group(1) if bracketed else _feed_text(name)
    return text if text and "@" not in text and len(text) <= 80 else None


def _feed_date(raw: str) -> date | None:
    """RFC 822 ('Thu, 19 Jun 2025 02:14:07 +0500', the day as written there) or ISO 8601 → the date."""
    text = _feed_text(raw)
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date() if text else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _feed_html_text(content: str) -> str:
    """The text of an item's HTML content, one block a paragraph (script, style and such dropped)."""
    parser = _TextOfPage()
    # '<br />' is a line break inside its paragraph (the parser would read it as a start and an end tag)
    parser.feed(_BR.sub("<br>", content if "<" in content else html.unescape(content)))
    parser.close()
    blocks = re.split(r"\n\s*\n", "".join(parser.parts))
    paragraphs = ("\n".join(" ".join(line.split()) for line in block.split("\n") if line.strip()) for block in blocks)
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph) + "\n"


# A character or entity reference: '&amp;', '&#8217;', '&#x2014;' (a name the standard lists, else kept).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Entities left in a plain-text page (ftfy decodes them only before the first '<') → their characters;
    a no-break space becomes a space. The text stays text: rendering escapes what it shows."""
    if _ENTITY.search(text) is None:
        return text
    decoded = _ENTITY.sub(lambda match: html.unescape(match.group()), text)
    return _INVISIBLE.sub("", _SPACES.sub(" ", decoded))


# ---- Markdown --------------------------------------------------------------------------------------

# Markdown a web clipper or a read-later app writes: inline links and images (to web addresses: text that
# shows "[click](javascript:…)" is no clip, and is kept as written), ATX headings, block quotes.
_MD_LINK = re.compile(r"!?\[[^\]\n]{1,300}\]\((?=https?://|www\.|/|#|\.\.?/)(?:[^()\s]|\([^()\s]*\))*\)", re.I)
_MD_BLOCK = re.compile(r"(?:#{1,6}\s+\S|>\s|[-*+]\s+\[)")
_MD_MIN_LINES = 3  # lines with Markdown link or block syntax before a .txt file is read as Markdown


def _is_markdown(text: str, source_file: str) -> bool:
    """A `.md` seed, or text whose lines are plainly Markdown: at least three lines with a link
    ('[text](url)') or a heading, quote or linked menu item, one of them a link."""
    if source_file.lower().endswith((".md", ".markdown")):
        return True
    if "](" not in text:  # cheap: no inline link, no Markdown clip
        return False
    marked = linked = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        has_link = "](" in stripped and _MD_LINK.search(stripped) is not None
        if has_link or (stripped[:1] in "#>-*+" and _MD_BLOCK.match(stripped)):
            marked += 1
            linked += has_link
            if marked >= _MD_MIN_LINES and linked:
                return True
    return False


def markdown_to_text(text: str) -> str:
    """The text of a Markdown page, its markup gone: link text stays in its sentence, images, the
    sub-headings between paragraphs and code fences' markup go; lines stay lines, blocks become paragraphs."""
    import markdown  # imported here: only needed for Markdown seeds

    parser = _TextOfMarkdown()
    parser.feed(markdown.markdown(text, output_format="html"))
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


class _TextOfMarkdown(HTMLParser):
    """Text of the HTML that Python-Markdown makes: one block a paragraph, the source's line breaks kept.

    A heading under a paragraph of running text is a section head of the story ('## A river already
    changed'), not a sentence of it: it goes. A heading above the text may be the headline and stays."""

    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr"})
    LINES = frozenset({"li", "br", "tr"})
    SUB_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
    HIDDEN = frozenset({"script", "style", "template", "noscript"})  # raw HTML in the Markdown: no text of the page

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.block: list[str] = []
        self.tag = ""
        self.running = False  # a paragraph of running text was seen
        self.hidden = 0  # depth inside HIDDEN elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self._flush()
            self.tag = tag
        elif tag in self.LINES:
            self.block.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self._flush()
        elif tag == "li":
            self.block.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.block.append(data)

    def _flush(self) -> None:
        text = "".join(self.block)
        self.block = []
        if not text.strip():
            return
        if self.tag in self.SUB_HEADINGS and self.running:
            return
        if self.tag == "p" and len(text.split()) >= _RUNNING_TEXT_WORDS and text.rstrip()[-1:] in '.!?"”’':
            self.running = True
        self.parts.append(f"\n\n{text}\n\n")


_RUNNING_TEXT_WORDS = 20  # a paragraph of this many words ending like a sentence is running text


# ---- chat exports ----------------------------------------------------------------------------------

# A message of a chat export: '[20/01/2026, 18:49:03] Name: text' (iOS) or '20/01/2026, 18:49 - Name: text'
# (Android), maybe behind an invisible left-to-right mark.
_CHAT_PREFIX = re.compile(
    r"\u200e?(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap]\.?[Mm]\.?)?\]\s"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[APap]\.?[Mm]\.?)?\s[-–]\s)"
    r"(?:[^:\n]{1,60}:\s?)?"  # the sender; none on a system line ('Messages and calls are end-to-end encrypted.')
)
_CHAT_MIN_MESSAGES = 3
# WhatsApp's emphasis marks around a run of words: *bold*, _italic_, ~strike~.
_CHAT_MARKS = re.compile(r"(?<![\w*_~])([*_~])(?=\S)([^\n*_~]{1,300}?)(?<=\S)\1(?![\w*_~])")


def _is_chat_export(text: str) -> bool:
    """A messenger's chat export: its first line and at least three lines open with a message stamp."""
    head = text.lstrip()[:1]
    if not (head == "[" or head.isdigit() or head == "\u200e"):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not _CHAT_PREFIX.match(lines[0].strip()):
        return False
    return sum(1 for line in lines if _CHAT_PREFIX.match(line.strip())) >= _CHAT_MIN_MESSAGES


def chat_story(text: str) -> str:
    """The story a chat export carries: its longest message (a pasted article or press release), without
    the message stamp and the sender's name, and without the messenger's emphasis marks. The other
    messages (greetings, replies, attachments, deleted messages) are the chat, not the story."""
    messages: list[list[str]] = []
    for line in text.split("\n"):
        match = _CHAT_PREFIX.match(line.strip())
        if match:
            messages.append([line.strip()[match.end() :]])
        elif messages:
            messages[-1].append(line)
    longest = max(messages, key=lambda message: sum(len(line.split()) for line in message))
    story = "\n".join(longest).strip("\n")
    return _CHAT_MARKS.sub(r"\2", story) + "\n"
