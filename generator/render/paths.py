"""Where each generated page lives under docs/, and how pages link to each other.

Paths are POSIX paths relative to docs/ ("briefings/2024/09/slug.md"). With MkDocs'
`use_directory_urls` a page `a/b.md` is served at `a/b/`, and `a/index.md` at `a/`;
links between generated pages are written relative to the page that holds them, so the
site works from any base URL and from `file://`.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from ..article import slugify
from ..model import Article

ASSETS = "assets/briefing"
CHARTS = f"{ASSETS}/charts"
HOME_PARTIAL = "_partials/home.md"


def briefing_path(article: Article) -> str:
    """briefings/YYYY/MM/slug.md, briefings/YYYY/slug.md, or briefings/undated/slug.md."""
    if article.published is not None:
        return f"briefings/{article.published.year:04d}/{article.published.month:02d}/{article.slug}.md"
    if article.published_year is not None:
        return f"briefings/{article.published_year:04d}/{article.slug}.md"
    return f"briefings/undated/{article.slug}.md"


def entity_path(kind: str, key: str) -> str:
    folder = "people" if kind == "person" else "organizations"
    return f"entities/{folder}/{key}.md"


@cache  # every briefing page links to its topics: few topics, many links
def topic_path(topic: str) -> str:
    return f"topics/{slugify(topic)}.md"


def timeline_year_path(year: int | None) -> str:
    return f"timeline/{year:04d}.md" if year is not None else "timeline/undated.md"


@cache
def page_url(path: str) -> str:
    """The directory URL MkDocs serves a Markdown page at, relative to the site root."""
    stem = path[: -len(".md")] if path.endswith(".md") else path
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem if stem.endswith("/") or not stem else stem + "/"


def url(from_page: str, to_path: str, anchor: str | None = None) -> str:
    """The URL of `to_path` (a page or another file under docs/) as written in raw HTML on `from_page`:
    relative between where they are served, as MkDocs rewrites a Markdown link ("../../figures/"),
    since MkDocs does not rewrite links inside raw HTML. A link within the page is its anchor."""
    if anchor and from_page == to_path:
        return f"#{anchor}"
    start, target = _served(from_page), _served(to_path)
    # `_relative(start, target)` written out: there are tens of thousands of links
    if target.parts and start.parts[: len(target.parts)] != target.parts:
        relative = _way_to_folder(start.url, target.folder) + target.last
    else:
        relative = _relative_url(start, target)
    return f"{relative}#{anchor}" if anchor else relative


class _Url(NamedTuple):
    """A URL relative to the site root, taken apart for `_relative`."""

    url: str
    parts: tuple[str, ...]
    folder: str  # "briefings/2024/09/" of "briefings/2024/09/slug/"
    last: str  # "slug/": the last part, with the trailing slash the URL has


@cache
def _served(path: str) -> _Url:
    """Where a page (or another file) under docs/ is served."""
    return _url_parts(page_url(path) if path.endswith(".md") else path)


@cache
def _url_parts(url: str) -> _Url:
    parts = tuple(part for part in url.split("/") if part)
    if not parts:
        return _Url(url, parts, "", "")
    return _Url(url, parts, "".join(f"{part}/" for part in parts[:-1]), parts[-1] + ("/" if url.endswith("/") else ""))


def _url_between(from_url: str, to_url: str) -> str:
    """`mkdocs.utils.get_relative_url(to_url, from_url)` from a page's directory URL ("" is the site
    root) to another page's ("…/") or a file's URL."""
    return _relative(_url_parts(from_url), _url_parts(to_url))


def _relative(start: _Url, target: _Url) -> str:
    """`_url_between`. Pages link to many pages in few folders: the way to the target's folder is worked
    out once per pair of folders, then its last part is added; in full only when the link leads up, to a
    page that holds this one."""
    if target.parts and start.parts[: len(target.parts)] != target.parts:
        return _way_to_folder(start.url, target.folder) + target.last
    return _relative_url(start, target)


@cache
def _way_to_folder(from_url: str, folder: str) -> str:
    """The relative URL from `from_url` to `folder` with its trailing slash, "" for the folder itself."""
    start, target = _url_parts(from_url).parts, _url_parts(folder).parts
    common = _common_length(start, target)
    way = [".."] * (len(start) - common) + list(target[common:])
    return "/".join(way) + "/" if way else ""


def _relative_url(start: _Url, target: _Url) -> str:
    """`_relative` computed in full."""
    common = _common_length(start.parts, target.parts)
    relative = "/".join([".."] * (len(start.parts) - common) + list(target.parts[common:])) or "."
    return relative + "/" if target.url.endswith("/") or not target.url else relative


def _common_length(start: tuple[str, ...], target: tuple[str, ...]) -> int:
    """How many parts the two paths have in common from the start."""
    common = 0
    while common < min(len(start), len(target)) and start[common] == target[common]:
        common += 1
    return common


def site_root_from(page: str) -> str:
    """Relative URL from the page's served directory back to the site root ("../../")."""
    depth = page_url(page).count("/")
    return "../" * depth if depth else "./"


def asset_url(from_page: str, asset: str) -> str:
    """URL of a file under docs/ as seen from the served page (for raw HTML attributes)."""
    return site_root_from(from_page) + asset
