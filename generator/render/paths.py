"""Where each generated page lives under docs/, and how pages link to each other.

Paths are POSIX paths relative to docs/ ("briefings/2024/09/slug.md"). With MkDocs'
`use_directory_urls` a page `a/b.md` is served at `a/b/`, and `a/index.md` at `a/`;
links between generated pages are written relative to the page that holds them, so the
site works from any base URL and from `file://`.
"""

from __future__ import annotations

from functools import cache

from ..article import slugify
from ..model import Article

# Folders under docs/ that the generator owns; nothing outside them is ever written or removed.
OWNED_FOLDERS = (
    "briefings",
    "timeline",
    "quotes",
    "entities",
    "figures",
    "topics",
    "review",
    "new",
    "data",
    "_partials",
    "assets/briefing",
)

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
    target = _url_between(page_url(from_page), page_url(to_path) if to_path.endswith(".md") else to_path)
    return f"{target}#{anchor}" if anchor else target


def _url_between(from_url: str, to_url: str) -> str:
    """`mkdocs.utils.get_relative_url(to_url, from_url)` from a page's directory URL ("" is the site
    root) to another page's ("…/") or a file's URL.

    Pages link to many pages in few folders: the way to the folder is worked out once per pair of
    folders, then the page's own part is added. Not when the link leads up, to a page that holds this one."""
    target = _parts(to_url)
    if target and _parts(from_url)[: len(target)] != target:
        return _way_to_folder(from_url, target[:-1]) + _last_part(to_url)
    return _relative_url(from_url, to_url)


@cache
def _parts(url: str) -> tuple[str, ...]:
    return tuple(part for part in url.split("/") if part)


@cache
def _last_part(url: str) -> str:
    """The last part of a URL, with its trailing slash ("slug/" of "briefings/2024/09/slug/")."""
    return _parts(url)[-1] + ("/" if url.endswith("/") else "")


@cache
def _way_to_folder(from_url: str, folder: tuple[str, ...]) -> str:
    """The relative URL from `from_url` to `folder` with its trailing slash, "" for the folder itself."""
    start = _parts(from_url)
    common = _common_length(start, folder)
    way = [".."] * (len(start) - common) + list(folder[common:])
    return "/".join(way) + "/" if way else ""


@cache
def _relative_url(from_url: str, to_url: str) -> str:
    """`_url_between` computed in full."""
    start, target = _parts(from_url), _parts(to_url)
    common = _common_length(start, target)
    relative = "/".join([".."] * (len(start) - common) + list(target[common:])) or "."
    return relative + "/" if to_url.endswith("/") or not to_url else relative


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
