"""Dates and events (stub)."""

from __future__ import annotations

from ..model import Article, DateMention


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    return ()
