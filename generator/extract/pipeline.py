"""Run every extractor over one cleaned Article and collect the facts into a Briefing."""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, Briefing
from .dates import extract_dates
from .entities import extract_entities, prepare_entities
from .figures import extract_money, extract_percentages
from .gazetteer import Gazetteer
from .quotes import extract_quotes
from .summary import summarize
from .topics import Taxonomy, extract_topics, prepare_topics


def prepare(gazetteer: Gazetteer, taxonomy: Taxonomy) -> None:
    """Compile now what extraction otherwise compiles on its first article (per gazetteer and taxonomy)."""
    prepare_entities(gazetteer)
    prepare_topics(taxonomy)


def extract_briefing(article: Article, gazetteer: Gazetteer, taxonomy: Taxonomy) -> Briefing:
    entities = extract_entities(article, gazetteer)
    quotes = extract_quotes(article, entities)
    dates = extract_dates(article)
    briefing = Briefing(
        article=article,
        quotes=quotes,
        dates=dates,
        money=extract_money(article),
        percentages=extract_percentages(article),
        entities=entities,
        topics=extract_topics(article, taxonomy),
        summary=summarize(article),
    )
    return _with_review_warnings(briefing)


def _with_review_warnings(briefing: Briefing) -> Briefing:
    """Article warnings plus what a reviewer should check among the facts."""
    article = briefing.article
    warnings = list(article.warnings)
    if article.published is None:
        if article.published_year is not None:
            warnings.append(f"publication date unknown; year {article.published_year} implied by the text")
        else:
            warnings.append("publication date unknown")
    unattributed = sum(1 for quote in briefing.quotes if quote.speaker is None)
    if unattributed:
        warnings.append(f"{unattributed} unattributed quote(s)")
    unresolved = sum(1 for mention in briefing.dates if mention.value is None)
    if unresolved:
        warnings.append(f"{unresolved} date(s) could not be resolved")
    return replace(briefing, warnings=tuple(warnings))
