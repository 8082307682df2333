"""What keeps the site usable as the corpus grows: a fixed navigation and a chunked search index."""

from __future__ import annotations

import json
import re

# Links to other pages (the current page's table of contents, also in this nav, links to "#…").
NAV_LINK = re.compile(r'<a href="([^"#][^"]*)" class="md-nav__link')


def primary_nav(html: str) -> str:
    """The left sidebar (it embeds the current page's table of contents, whose links start with #)."""
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start : html.index("md-sidebar--secondary", start)]


def test_every_page_carries_the_same_small_navigation_whatever_the_corpus_size(built_project):
    site = built_project / "site"
    pages = sorted(site.rglob("index.html"))
    links = {p: NAV_LINK.findall(primary_nav(p.read_text(encoding="utf-8"))) for p in pages}
    assert len({len(found) for found in links.values()}) == 1, "the same entries on every page"
    assert len(next(iter(links.values()))) <= 12  # the fixed top-level entries, not one per briefing
    for found in links.values():
        assert not any(re.search(r"briefings/(\d{4}|undated)/", href) for href in found), found


def test_the_built_site_has_a_pagefind_index_covering_the_briefings(built_project):
    bundle = built_project / "site" / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(language["page_count"] for language in entry["languages"].values())
    briefings = list((built_project / "docs" / "briefings").rglob("*.md"))
    assert pages >= len(briefings)
    assert (bundle / "pagefind-ui.js").is_file()
    assert any((bundle / "index").iterdir()) and any((bundle / "fragment").iterdir())


def test_material_search_is_off_so_no_whole_site_index_is_shipped(built_project):
    assert not (built_project / "site" / "search" / "search_index.json").exists()
