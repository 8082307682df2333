"""A Briefing as the JSON object of the extraction contract (`briefing extract --jsonl`)."""

from __future__ import annotations

from typing import Any

from .model import Briefing


def briefing_to_contract(briefing: Briefing, source_file: str | None = None) -> dict[str, Any]:
    """The contract object (../shared/contract/extract.schema.json) for one briefing."""
    article = briefing.article
    sentences = {(s.paragraph, s.index): s.text for paragraph in article.sentences for s in paragraph}
    return {
        "source_file": source_file if source_file is not None else article.source_file,
        "slug": article.slug,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_year": article.published_year,
        "source": article.source,
        "author": article.author,
        "body": list(article.paragraphs),
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "speaker_role": q.speaker_role, "paragraph": q.span.paragraph}
            for q in briefing.quotes
        ],
        "money": [
            {
                "text": m.text,
                "amount": m.amount,
                "currency": m.currency,
                "usd": m.usd,
                "refers_to": m.refers_to,
                "paragraph": m.span.paragraph,
            }
            for m in briefing.money
        ],
        "percentages": [
            {"text": p.text, "value": p.value, "refers_to": p.refers_to, "paragraph": p.span.paragraph}
            for p in briefing.percentages
        ],
        "dates": [
            {"text": d.text, "value": d.value, "event": d.event, "paragraph": d.span.paragraph} for d in briefing.dates
        ],
        "people": [{"name": p.name, "role": p.role, "aliases": list(p.aliases)} for p in briefing.entities.people],
        "organizations": [{"name": o.name, "aliases": list(o.aliases)} for o in briefing.entities.organizations],
        "places": [{"name": p.name} for p in briefing.entities.places],
        "topics": list(briefing.topics),
        "summary": [sentences.get((span.paragraph, span.sentence), "") for span in briefing.summary],
        "warnings": list(briefing.warnings),
    }
