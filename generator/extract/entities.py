"""People, organisations, places (stub)."""

from __future__ import annotations

from ..model import Article, Entities
from .gazetteer import Gazetteer


def extract_entities(article: Article, gazetteer: Gazetteer) -> Entities:
    return Entities()
