"""What every page renderer shares: the corpus with lookups built once, and how a page is rendered or
reused from the last build (`Site.render`, `Site.render_from`)."""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from markupsafe import Markup

from ..corpus import publication_key
from ..model import Corpus, Span
from . import paths
from .charts import Charts
from .environment import render_template
from .escape import _markup
from .split import ROWS_PER_PAGE, Part, by_period, part_page, period_of_date, split_listing
from .titles import display_title

T = TypeVar("T")


class PageSource(Protocol):
    """Where pages come from when a build may reuse the last one's (`state.PageReuse`): `page` gives the
    text `render()` makes, or for a page left as it is in docs/ a placeholder (`state.REUSED_PAGE`)."""

    def page(self, path: str, key: str, render: Callable[[], str]) -> str: ...


@dataclass(frozen=True)
class Site:
    """What every page renderer needs: the corpus and lookups built once."""

    corpus: Corpus
    charts: Charts
    site_title: str
    rows_per_page: int = ROWS_PER_PAGE  # a listing longer than this is split into part pages
    reuse: PageSource | None = None  # pages of the last build, reused where their inputs are unchanged
    code: str = ""  # fingerprint of the renderer (code and templates), part of every page key
    digests: Mapping[str, str] = field(default_factory=dict)  # slug → digest of the briefing (with reuse)

    def briefing_page(self, slug: str) -> str:
        return self._briefing_paths[slug]

    def __post_init__(self) -> None:
        # asked for hundreds of thousands of times at 10,000 briefings: worked out once each
        briefings = self.corpus.briefings
        lookups = {
            "_briefing_paths": {b.article.slug: paths.briefing_path(b.article) for b in briefings},
            "_entity_keys": dict(self.corpus.entity_of_name),
            "_records": {r.key: r for r in self.corpus.entities},
            "_ranks": {b.article.slug: rank for rank, b in enumerate(briefings)},
            "_titles": {b.article.slug: display_title(b) for b in briefings},
            "_whens": {b.article.slug: publication_key(b) or "date unknown" for b in briefings},
            "_periods": {
                b.article.slug: period_of_date(b.article.published, b.article.published_year) for b in briefings
            },
            "_once": {},
            "_fact_urls": {},  # from page → briefing slug → the URL of a fact of the briefing, without its anchor
        }
        for name, value in lookups.items():
            object.__setattr__(self, name, value)

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, worked out once for this site under `name` (for what several kinds of page use)."""
        if name not in self._once:
            self._once[name] = compute()
        return self._once[name]

    def render(self, page: str, template: str, /, **context: object) -> str:
        """The template rendered with `context`, as the Markdown of `page` (a path under docs/).

        With `reuse`, the page's key is a hash of the renderer's fingerprint, the template name and
        the pickled context, which is all a template sees; an unchanged key takes the page from the
        last build instead. A context that cannot be pickled is simply rendered.
        """
        if self.reuse is None:
            return render_template(template, **context)
        try:
            key = self._key(("context", template), context)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return render_template(template, **context)
        return self.reuse.page(page, key, lambda: render_template(template, **context))

    def render_from(
        self, page: str, template: str, inputs: Callable[[], object], context: Callable[[], dict[str, object]]
    ) -> str:
        """As `render`, for a page whose context costs much more to build than its inputs: its key is made
        from `inputs()`, a cheap stand-in for `context()` that changes whenever the context would (briefings
        by their digest, other briefings' titles and paths, entity keys...; the incremental tests check
        that reused pages equal a clean build's). A page whose key is unchanged is left as the last build
        wrote it, and its context is not built.
        """
        if self.reuse is None:
            return render_template(template, **context())
        key = self._key(("inputs", template), inputs())
        return self.reuse.page(page, key, lambda: render_template(template, **context()))

    def _key(self, kind: tuple[str, str], data: object) -> str:
        return hashlib.sha256(self.code.encode() + b"\0" + _pickled((kind, data))).hexdigest()

    def digest(self, slug: str) -> str:
        """The briefing's digest (seeds.load_seeds): equal digests, equal briefings."""
        return self.digests[slug]

    def link_info(self, slug: str) -> tuple[str, str, str]:
        """What a link to a briefing shows: its page, title and publication date."""
        return (self._briefing_paths[slug], self.title_of(slug), self.when_of(slug))

    def entity_ref(self, name: str | None) -> tuple[str, str] | None:
        """(kind, key) of the entity page a name links to, if any."""
        key = self._entity_keys.get(name or "")
        return None if key is None else (self._records[key].kind, key)

    def href(self, from_page: str, to_page: str, anchor: str | None = None) -> Markup:
        """The URL of `to_page` from `from_page` for the pages' HTML blocks (render/rawhtml.py)."""
        return _markup(paths.url(from_page, to_page, anchor))

    def fact_href(self, from_page: str, slug: str, span: Span) -> Markup:
        """`href(from_page, briefing_page(slug), span.anchor)`, the part before the anchor kept by page and
        briefing (a span's anchor is never empty: "#" and the anchor alone within the briefing's page). Kept
        in a dict per page: no key to make per link (a tuple, which would also set off the collector)."""
        starts = self._fact_urls.get(from_page)
        if starts is None:
            starts = self._fact_urls[from_page] = {}
        start = starts.get(slug)
        if start is None:
            to_page = self._briefing_paths[slug]
            start = starts[slug] = "#" if from_page == to_page else paths.url(from_page, to_page) + "#"
        return _markup(start + span.anchor)

    def entity_href(self, from_page: str, name: str | None) -> Markup | None:
        ref = self.entity_ref(name)
        return None if ref is None else self.href(from_page, paths.entity_path(*ref))

    def part_links(self, listing_page: str, parts: list[Part]) -> list[dict]:
        return [
            {"label": p.label, "href": self.href(listing_page, part_page(listing_page, p.key)), "count": p.rows}
            for p in parts
        ]

    def period_of(self, slug: str) -> tuple[int | None, int | None]:
        """(year, month) the briefing was published, as far as the text says."""
        return self._periods[slug]

    def briefing_rank(self, slug: str) -> int:
        """Position in the corpus order (newest first)."""
        return self._ranks[slug]

    def split_by_briefing(self, rows_of: dict[str, int]) -> list[Part]:
        """Split a listing whose rows come from briefings, by when those briefings were published."""
        ranks = self._ranks
        slugs = sorted((slug for slug, rows in rows_of.items() if rows and slug in ranks), key=ranks.__getitem__)
        return split_listing(slugs, rows_of.__getitem__, by_period(self.period_of), self.rows_per_page)

    def by_part(
        self, parts: list[Part], items, slug_of: Callable[[object], str], part_of: Mapping[str, int] | None = None
    ) -> list[list]:
        """`items` shared out among `parts` by the part holding each item's briefing, in their order
        (one pass, instead of filtering all items again for every part). `part_of`: `part_index(parts)`,
        for a caller that shares out many lists among the same parts."""
        if part_of is None:
            part_of = part_index(parts)
        buckets: list[list] = [[] for _ in parts]
        for item in items:
            number = part_of.get(slug_of(item))
            if number is not None:
                buckets[number].append(item)
        return buckets

    def title_of(self, slug: str) -> str:
        return self._titles[slug]

    def when_of(self, slug: str) -> str:
        return self._whens[slug]


def _pickled(data: object) -> bytes:
    """`data` pickled without pickle's memo, so that equal values give equal bytes whether or not they share
    objects: briefings just extracted share strings ("day", a speaker's name) that briefings read back from
    the cache hold one copy each of, and their pages' keys must not differ for it."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo (nothing pickled here refers to itself)
    pickler.dump(data)
    return buffer.getvalue()


def part_index(parts: list[Part]) -> dict[str, int]:
    """Slug → number of the part holding it."""
    return {slug: number for number, part in enumerate(parts) for slug in part.items}


def format_amount(value: float | None) -> str:
    if value is None:
        return "–"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"
