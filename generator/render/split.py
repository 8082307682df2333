"""Split long listings into pages a reader (and MkDocs) can handle.

A listing page (figures, quotes, a topic, a person, the review list, a year of the timeline)
holds every row while the corpus is small. Once it would hold more than ROWS_PER_PAGE rows,
it becomes an overview that links to part pages: one per year, a year that is still too long
one per month, and a part that is still too long numbered pages. Every part is itself at most
ROWS_PER_PAGE rows (unless a single item has more), so no page grows with the corpus.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from ..config import ROWS_PER_PAGE  # briefing.yml's rows_per_page

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

T = TypeVar("T")
# A grouping level: the (key, label) of the group an item belongs to, e.g. ("2024-09", "September 2024").
Level = Callable[[T], tuple[str, str]]


@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a split listing. key is "" when the listing was not split."""

    key: str
    label: str
    items: tuple[T, ...]
    rows: int


def split_listing(
    items: Sequence[T], rows: Callable[[T], int], levels: Sequence[Level], limit: int = ROWS_PER_PAGE
) -> list[Part[T]]:
    """The parts of a listing, in the order the items come (callers sort them, e.g. newest first)."""
    return _split(tuple(items), rows, tuple(levels), limit, "", "")


def _split(items: tuple, rows, levels: tuple, limit: int, key: str, label: str) -> list[Part]:
    total = sum(rows(item) for item in items)
    if total <= limit:
        return [Part(key, label, items, total)]
    if not levels:
        return _numbered(items, rows, limit, key, label)
    groups: dict[str, tuple[str, list]] = {}
    for item in items:
        group_key, group_label = levels[0](item)
        groups.setdefault(group_key, (group_label, []))[1].append(item)
    if len(groups) == 1:  # this level does not divide the items: name them by it, try the next one
        (group_key, (group_label, _)) = next(iter(groups.items()))
        return _split(items, rows, levels[1:], limit, group_key, group_label)
    parts: list[Part] = []
    for group_key, (group_label, members) in groups.items():
        parts.extend(_split(tuple(members), rows, levels[1:], limit, group_key, group_label))
    return parts


def _numbered(items: tuple, rows, limit: int, key: str, label: str) -> list[Part]:
    chunks: list[list] = [[]]
    filled = 0
    for item in items:
        weight = rows(item)
        if chunks[-1] and filled + weight > limit:
            chunks.append([])
            filled = 0
        chunks[-1].append(item)
        filled += weight
    if len(chunks) == 1:
        return [Part(key, label, tuple(chunks[0]), filled)]
    return [
        Part(
            f"{key}-{number}" if key else str(number),
            f"{label} ({number})" if label else f"Part {number}",
            tuple(chunk),
            sum(rows(item) for item in chunk),
        )
        for number, chunk in enumerate(chunks, start=1)
    ]


# ---- grouping levels by date -------------------------------------------------------------------


def year_level(when: Callable[[T], tuple[int | None, int | None]]) -> Level:
    """Group by year; items without a year go to "undated"."""

    def level(item) -> tuple[str, str]:
        year, _ = when(item)
        return (f"{year:04d}", str(year)) if year is not None else ("undated", "Date unknown")

    return level


def month_level(when: Callable[[T], tuple[int | None, int | None]]) -> Level:
    """Group by month within a year; items with a year but no month keep the year's key."""

    def level(item) -> tuple[str, str]:
        year, month = when(item)
        if year is None:
            return ("undated", "Date unknown")
        if month is None:
            return (f"{year:04d}", f"{year} (month unknown)")
        return (f"{year:04d}-{month:02d}", f"{MONTHS[month - 1]} {year}")

    return level


def by_period(when: Callable[[T], tuple[int | None, int | None]]) -> list[Level]:
    return [year_level(when), month_level(when)]


def period_of_date(value: date | None, year: int | None = None) -> tuple[int | None, int | None]:
    if value is not None:
        return value.year, value.month
    return year, None


def by_initial(name: Callable[[T], str]) -> list[Level]:
    """Group names by their first letter (anything else under "#")."""

    def level(item) -> tuple[str, str]:
        initial = (name(item).strip()[:1] or "#").upper()
        return (initial.lower(), initial) if initial.isalpha() and initial.isascii() else ("other", "#")

    return [level]


# ---- where the parts live ----------------------------------------------------------------------


def part_page(listing_page: str, key: str) -> str:
    """figures/index.md + "2024-09" → figures/2024-09.md; topics/energy.md → topics/energy/2024-09.md."""
    stem = listing_page[: -len(".md")]
    folder = posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
    return posixpath.join(folder, f"{key}.md")


def is_split(parts: Iterable[Part]) -> bool:
    return any(part.key for part in parts)
