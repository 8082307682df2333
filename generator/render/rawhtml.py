"""Blocks of generated pages written as HTML, which Markdown passes through without reading them.

Listings (tables of events, figures, quotes, links to briefings) are most of what a generated page
holds. Written as Markdown, every row is parsed by Python-Markdown's block and inline processors,
which at thousands of pages was most of `mkdocs build`. They are written as HTML instead, the same
HTML Markdown made of them (Material styles raw tables like Markdown ones), between two marker
lines:

    <!-- briefing:html -->
    <table>…</table>
    <!-- /briefing:html -->

Every article value inside goes through `escape.html_text` / `html_attr` (the templates' `html` and
`attr` filters): article text is never markup here either. Links are the URLs MkDocs would have made
of the Markdown links (`paths.url`), as MkDocs does not rewrite links in raw HTML.

Without `RawHtmlExtension` (in plain Python-Markdown) the blocks are ordinary raw HTML and render the
same. With it (the MkDocs hook adds it), each block is stashed whole before Markdown's own HTML
parser runs, so nothing parses it a second time; the extension records the block's `id`s and
`href`s, and the hook hands those to MkDocs' anchor and link validation, which `--strict` makes fatal.
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

OPEN = "<!-- briefing:html -->"
CLOSE = "<!-- /briefing:html -->"
# Generated HTML writes attributes with double quotes; article text inside is escaped (`"` is &quot;).
_ID = re.compile(r'\sid="([^"]*)"')
_HREF = re.compile(r'\s(?:href|src)="([^"]*)"')


class RawBlocks(Preprocessor):
    """Replace each marked block by a placeholder for the HTML (Markdown's own raw HTML stash)."""

    def __init__(self, md: Markdown, found: Found) -> None:
        super().__init__(md)
        self.found = found

    def run(self, lines: list[str]) -> list[str]:
        if OPEN not in lines:
            return lines
        out: list[str] = []
        start = 0
        while True:
            try:
                opened = lines.index(OPEN, start)
                closed = lines.index(CLOSE, opened + 1)
            except ValueError:
                break
            out.extend(lines[start:opened])
            html = "\n".join(lines[opened + 1 : closed])
            self.found.add(html)
            out.extend(("", self.md.htmlStash.store(html), ""))
            start = closed + 1
        out.extend(lines[start:])
        return out


class Found:
    """The anchors and links of the marked blocks of the page being converted."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.links: set[str] = set()

    def add(self, html: str) -> None:
        self.ids.update(_ID.findall(html))
        self.links.update(_HREF.findall(html))


class RawHtmlExtension(Extension):
    """Pass marked HTML blocks through untouched. `found` holds what the last page's blocks contain:
    MkDocs makes one Markdown instance per page and converts pages one at a time."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.found = Found()

    def extendMarkdown(self, md: Markdown) -> None:
        self.found = Found()
        # after whitespace normalisation (30), before MkDocs' anchor collector (21) and raw HTML (20)
        md.preprocessors.register(RawBlocks(md, self.found), "briefing_raw_html", 25)


def makeExtension(**kwargs) -> RawHtmlExtension:
    return RawHtmlExtension(**kwargs)
