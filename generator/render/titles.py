"""How a briefing is named on pages: its headline without an outlet's label, or its first sentence."""

from __future__ import annotations

from ..metadata import headline_from_sentence, headline_without_label
from ..model import Briefing


def display_title(briefing: Briefing) -> str:
    article = briefing.article
    if article.title:
        return headline_without_label(article.title)
    if article.sentences and article.sentences[0]:
        first = headline_from_sentence(article.sentences[0][0].text)
    else:
        first = article.slug
    return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "…"
