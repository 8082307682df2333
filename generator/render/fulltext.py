"""The cleaned article as raw HTML with a stable anchor per paragraph and per sentence."""

from __future__ import annotations

from markupsafe import Markup

from ..model import Article
from .escape import html_text


def render_full_text(article: Article) -> Markup:
    """`<p id="p-N">` per paragraph, `<span id="s-N-M">` per sentence; text escaped as HTML.

    Written as one raw HTML block without blank lines, so Markdown never reads inside it.
    """
    lines = ['<div class="briefing-text">']
    for index, paragraph in enumerate(article.paragraphs):
        sentences = article.sentences[index]
        if sentences:
            spans = " ".join(f'<span id="s-{index}-{s.index}">{html_text(s.text)}</span>' for s in sentences)
        else:
            spans = f'<span id="s-{index}-0">{html_text(paragraph)}</span>'
        lines.append(f'<p id="p-{index}">{spans}</p>')
    lines.append("</div>")
    return Markup("\n".join(lines))
