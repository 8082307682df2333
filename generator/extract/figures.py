"""Money and percentages (stub)."""

from __future__ import annotations

from ..model import Article, Money, Percentage


def extract_money(article: Article) -> tuple[Money, ...]:
    return ()


def extract_percentages(article: Article) -> tuple[Percentage, ...]:
    return ()
