"""Assemble an `Article` from cleaned paragraphs (used by the clean stage and by tests)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from pathlib import PurePath

from .model import Article
from .sentences import split_sentences


def slugify(text: str, max_length: int = 80) -> str:
    """A stable, readable, ASCII slug; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    if not slug:
        slug = "article-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return slug


def slug_for_file(source_file: str) -> str:
    """Slug of a seed, from its file name: stable whatever the extraction finds."""
    return slugify(PurePath(source_file).stem.lstrip("."))


def make_article(
    source_file: str,
    paragraphs: list[str] | tuple[str, ...],
    *,
    title: str | None = None,
    published: date | None = None,
    published_year: int | None = None,
    published_how: str | None = None,
    source: str | None = None,
    author: str | None = None,
    url: str | None = None,
    tags: tuple[str, ...] = (),
    dropped: tuple[str, ...] = (),
    warnings: tuple[str, ...] = (),
    added: date | None = None,
    content_hash: str = "",
    slug: str | None = None,
) -> Article:
    paragraphs = tuple(paragraphs)
    if published is not None and published_year is None:
        published_year = published.year
    return Article(
        source_file=source_file,
        slug=slug or slug_for_file(source_file),
        title=title,
        published=published,
        published_year=published_year,
        published_how=published_how,
        source=source,
        author=author,
        url=url,
        tags=tags,
        paragraphs=paragraphs,
        sentences=tuple(split_sentences(text, i) for i, text in enumerate(paragraphs)),
        dropped=dropped,
        warnings=warnings,
        added=added,
        content_hash=content_hash,
    )
