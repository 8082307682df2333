"""Stage 2 — RawArticle → Article (stub; owned by the read/clean helper)."""

from __future__ import annotations

from .article import make_article
from .model import Article, RawArticle


def clean_article(raw: RawArticle) -> Article:
    paragraphs = [line.strip() for line in raw.text.splitlines() if line.strip()]
    return make_article(raw.source_file, paragraphs, title=raw.front_matter.title)
