"""`briefing add`: clean and extract a new article, refuse duplicates, save it into seeds/ with
front matter holding what was found, then regenerate docs/."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from .article import slugify
from .clean import clean_article
from .config import Settings, load_settings
from .model import Article, Briefing
from .read import SeedReadError, decode_seed
from .seeds import briefing_from_bytes, find_seeds, load_extractors

NEAR_DUPLICATE = 0.8  # share of word 5-grams two articles must have in common to count as the same
SHINGLE = 5


def add_seed(options: argparse.Namespace) -> int:
    settings = load_settings(options.root)
    if options.source == "-":
        data, name = sys.stdin.buffer.read(), "stdin.txt"
        if re.match(rb"\s*<(!doctype|html)", data[:200], re.I):
            name = "stdin.html"
    else:
        path = Path(options.source)
        try:
            data, name = path.read_bytes(), path.name
        except OSError as error:
            print(f"briefing: cannot read {path}: {error.strerror or error}", file=sys.stderr)
            return 1
    extractors = load_extractors(settings)
    try:
        briefing = briefing_from_bytes(data, name, extractors)
    except SeedReadError as error:
        print(f"briefing: {name}: {error.reason}", file=sys.stderr)
        return 1
    duplicate = find_duplicate(briefing.article, settings)
    if duplicate:
        print(f"briefing: {name} is {duplicate[1]} of seeds/{duplicate[0]}; not added", file=sys.stderr)
        return 1
    target = write_seed(briefing, settings, url=options.url, today=date.today())
    print(f"added seeds/{target.name}")
    print(describe(briefing))
    if options.no_build:
        return 0
    from .build import build_site, usable_cpus

    report = build_site(settings, jobs=usable_cpus())
    for error in report.errors:
        print(f"briefing: skipped {error.source_file}: {error.reason}", file=sys.stderr)
    print(f"rebuilt: {len(report.written)} files written")
    return 0


def describe(briefing: Briefing) -> str:
    article = briefing.article
    published = (
        article.published.isoformat()
        if article.published
        else (f"{article.published_year} (year only)" if article.published_year else "unknown")
    )
    lines = [
        f"  title:     {article.title or '(none found)'}",
        f"  published: {published}",
        f"  source:    {article.source or 'unknown'}",
        f"  quotes: {len(briefing.quotes)}, events: {len(briefing.dates)}, "
        f"figures: {len(briefing.money) + len(briefing.percentages)}, people: {len(briefing.entities.people)}",
    ]
    lines += [f"  warning:   {warning}" for warning in briefing.warnings]
    return "\n".join(lines)


def shingles(paragraphs: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    words = re.findall(r"\w+", " ".join(paragraphs).lower())
    return frozenset(tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)))


def find_duplicate(article: Article, settings: Settings) -> tuple[str, str] | None:
    """(seed file name, "a copy" | "a near copy") of an existing seed with the same text."""
    mine = shingles(article.paragraphs)
    paths, _ = find_seeds(settings.seeds_dir)
    for path in paths:
        try:
            other = clean_article(decode_seed(path.read_bytes(), path.name))
        except (SeedReadError, OSError):
            continue
        if other.paragraphs == article.paragraphs:
            return path.name, "a copy"
        theirs = shingles(other.paragraphs)
        overlap = len(mine & theirs) / max(1, min(len(mine), len(theirs)))
        if overlap >= NEAR_DUPLICATE:
            return path.name, "a near copy"
    return None


def seed_text(briefing: Briefing, *, url: str | None, today: date) -> str:
    """Front matter with what was found, then the cleaned paragraphs."""
    from .render.escape import yaml_string

    article = briefing.article
    fields = [
        ("title", article.title),
        ("date", article.published.isoformat() if article.published else None),
        ("source", article.source),
        ("author", article.author),
        ("url", url or article.url),
    ]
    lines = ["---"]
    lines += [f"{key}: {yaml_string(value)}" for key, value in fields if value]
    if article.tags:
        lines.append("tags: [" + ", ".join(yaml_string(tag) for tag in article.tags) + "]")
    lines.append(f"added: {today.isoformat()}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + "\n\n".join(article.paragraphs) + "\n"


def write_seed(briefing: Briefing, settings: Settings, *, url: str | None, today: date) -> Path:
    """seeds/<date or 'undated'>-<title slug>.md, never overwriting an existing file."""
    article = briefing.article
    stem = f"{article.published.isoformat() if article.published else 'undated'}-"
    stem += slugify(article.title or " ".join(article.paragraphs[0].split()[:8]), max_length=60)
    settings.seeds_dir.mkdir(parents=True, exist_ok=True)
    target, number = settings.seeds_dir / f"{stem}.md", 2
    while target.exists():
        target, number = settings.seeds_dir / f"{stem}-{number}.md", number + 1
    target.write_text(seed_text(briefing, url=url, today=today), encoding="utf-8")
    return target
