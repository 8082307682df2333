"""Quotes and speakers (stub)."""

from __future__ import annotations

from ..model import Article, Entities, Quote


def extract_quotes(article: Article, entities: Entities) -> tuple[Quote, ...]:
    return ()
