"""The built site has no broken internal link: every href and src of every page resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src") and value and not (tag == "link" and ("canonical" in dict(attrs).values())):
                self.targets.append(value)
            if key == "id" and value:
                self.ids.add(value)


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def resolve(site: Path, page: Path, target: str) -> tuple[Path, str] | None:
    url = urlparse(target)
    if url.scheme or url.netloc or (target.startswith(("mailto:", "#")) and not target[1:]):
        return None
    path = unquote(url.path)
    base = page.parent
    resolved = (site / path.lstrip("/")) if path.startswith("/") else (base / path if path else page)
    if resolved.is_dir():
        resolved = resolved / "index.html"
    return resolved.resolve(), url.fragment


def test_every_internal_link_and_anchor_of_the_built_site_resolves(built_project):
    assert broken_links(built_project / "site") == []


def broken_links(site: Path) -> list[str]:
    """Every internal href/src of the site's pages that leads nowhere (file or anchor)."""
    pages = sorted(site.rglob("*.html"))
    parsed = {page.resolve(): parse(page) for page in pages}
    broken = []
    for page in pages:
        for target in parsed[page.resolve()].targets:
            found = resolve(site, page, target)
            if found is None:
                continue
            path, fragment = found
            if not path.exists():
                broken.append(f"{page.relative_to(site)} → {target}")
            elif (
                fragment
                and path.suffix == ".html"
                and fragment not in parsed.get(path, _Links()).ids
                and not fragment.startswith("__")
            ):
                broken.append(f"{page.relative_to(site)} → {target} (no such anchor)")
    return broken


def test_no_page_refers_to_another_host(built_project):
    site = built_project / "site"
    for page in site.rglob("*.html"):
        for target in parse(page).targets:
            url = urlparse(target)
            assert not (url.scheme in ("http", "https") and url.hostname not in (None, "127.0.0.1")) or (
                target.startswith("https://squidfunk") or "github.com/squidfunk" in target or "mkdocs.org" in target
            ), f"{page}: {target}"
