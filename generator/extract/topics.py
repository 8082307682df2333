"""Topics (sectors) from a YAML taxonomy (stub)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import Article


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple = ()


def load_taxonomy(paths: list[Path] | tuple[Path, ...] = ()) -> Taxonomy:
    return Taxonomy()


def extract_topics(article: Article, taxonomy: Taxonomy) -> tuple[str, ...]:
    return ()
