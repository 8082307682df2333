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


def test_a_small_site_has_one_search_bundle_and_says_so(built_project):
    bundle = built_project / "site" / "pagefind"
    assert json.loads((bundle / "parts.json").read_text(encoding="utf-8")) == {"parts": []}
    assert (bundle / "briefing" / "pagefind.js").is_file()  # the box's module (pagefind-api.js)
    assert not list(bundle.glob("part-*"))


def test_search_parts_grow_in_powers_of_two_with_the_briefings():
    from generator.mkdocs_hooks import SEARCH_PART_PAGES, search_part_count

    assert search_part_count(0) == 1
    assert search_part_count(SEARCH_PART_PAGES) == 1
    assert search_part_count(SEARCH_PART_PAGES + 1) == 2
    assert search_part_count(2_115) == 1  # 1,000 briefings and their people, organisations and topics
    assert search_part_count(12_724) == 8  # 10,000 briefings
    assert search_part_count(10_000_000) == 16


def test_every_indexed_page_falls_in_exactly_one_search_part_and_its_glob_agrees(built_project):
    from fnmatch import fnmatchcase
    from pathlib import Path

    from generator.mkdocs_hooks import SEARCH_GLOB, search_pages, search_part_chars, search_part_glob, search_part_of

    def matches(page: str, glob: str) -> bool:
        """Pagefind's glob (one level of {…}, `**` for any folders) on a path, with fnmatch per folder."""

        def one(parts: list[str], pattern: list[str]) -> bool:
            if not pattern:
                return not parts
            if pattern[0] == "**":
                return any(one(parts[i:], pattern[1:]) for i in range(len(parts) + 1))
            return bool(parts) and fnmatchcase(parts[0], pattern[0]) and one(parts[1:], pattern[1:])

        return any(one(page.split("/"), alternative.split("/")) for alternative in glob.strip("{}").split(","))

    names = ("0001-9f3a", "227-deadbeef", "gwadar-port", "x9", "Upper-Case-Z", "unicode-é", "trailing_")
    pages = (
        [f"briefings/undated/{name}/index.html" for name in names]
        + [f"briefings/2024/09/{name}/index.html" for name in names]
        + [f"entities/people/{name}/index.html" for name in names]
        + [f"topics/{name}/index.html" for name in names]
    )
    pages += ["index.html", "about/index.html", "entities/index.html", "topics/index.html"]
    pages += [page.as_posix() for page in search_pages(built_project / "site")]
    for parts in (2, 4, 8, 16):
        groups = search_part_chars(parts)
        globs = [search_part_glob(part, groups) for part in range(parts)]
        for page in pages:
            assert matches(page, SEARCH_GLOB), page
            part = search_part_of(Path(page), groups)
            assert [i for i, glob in enumerate(globs) if matches(page, glob)] == [part], (parts, page)
    listings = ("briefings/index.html", "briefings/2024/index.html", "timeline/index.html", "topics/a/b/index.html")
    assert not any(matches(page, glob) for glob in (*globs, SEARCH_GLOB) for page in listings)


def test_search_indexes_a_briefing_by_its_own_text_not_the_headlines_it_links_to(built_project):
    import gzip
    import html as html_lib

    site = built_project / "site"
    contents = {}
    for fragment in (site / "pagefind" / "fragment").iterdir():
        data = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        contents[data["url"]] = data["content"]
    checked = 0
    for url, content in contents.items():
        if not url.startswith("/briefings/"):
            continue
        page = (site / url.strip("/") / "index.html").read_text(encoding="utf-8")
        article = page[page.index("<article") : page.index("</article>")]
        title = html_lib.unescape(re.search(r"<h1[^>]*>([^<]+)", article).group(1)).strip()
        assert title in content, url
        if 'id="related-briefings"' in article:
            related = article.split('id="related-briefings"', 1)[1].split("<h2", 1)[0]
            own = article.replace(related, "")
            for headline in re.findall(r'<a href="[^"#]*">([^<]+)</a>', related):
                headline = html_lib.unescape(headline).strip()
                if headline not in html_lib.unescape(re.sub(r"<[^>]+>", " ", own)):
                    assert headline not in content, (url, headline)
                    checked += 1
        for name in re.findall(r'<a href="[^"]*entities/[^"]*">([^<]+)</a>', article):
            assert html_lib.unescape(name) in content, (url, name)  # people and organisations stay
    assert checked, "the sample's briefings link to related ones"
