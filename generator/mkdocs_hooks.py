"""MkDocs hooks (`hooks:` in mkdocs.yml) that join the generated pages to the site.

- During `mkdocs serve`, regenerate docs/ from seeds/ before each build, so a new or edited
  seed shows up by itself (`watch: [seeds]` in mkdocs.yml triggers the rebuild; the writer
  writes only changed files, so the rebuild settles instead of looping).
- Put the generated home-page block (`docs/_partials/home.md`) into the hand-written
  `docs/index.md` at the `<!-- briefing:home -->` marker.
- Index the built site for search with Pagefind (a static, chunked index: the browser
  loads only the parts a query needs); only pages with text of their own are indexed
  (SEARCH_GLOB), not the listings that repeat it. Past SEARCH_PART_PAGES indexed pages they
  are split over several bundles that the browser searches together (see on_post_build).

Briefing pages are not in the navigation: Material renders the whole navigation into every
page, so listing them there would make every page grow with the corpus. They are reached from
the Briefings index and its year pages, the home page, search and every cross-article page.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import logging
import os
import posixpath
import shutil
import subprocess
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote

from mkdocs.exceptions import PluginError

from generator.docs_layout import OWNED_FOLDERS
from generator.render.paths import HOME_PARTIAL
from generator.render.rawhtml import RawHtmlExtension
from generator.write import recover

HOME_MARKER = "<!-- briefing:home -->"
log = logging.getLogger("mkdocs.hooks.briefing")
# MkDocs loads this file anew for every rebuild during `serve`, but calls on_startup only once:
# the command is kept in the process environment, which outlives the reloads.
COMMAND_VARIABLE = "BRIEFING_MKDOCS_COMMAND"


def on_startup(command: str, dirty: bool) -> None:
    os.environ[COMMAND_VARIABLE] = command


# The HTML blocks of generated pages pass through Markdown untouched (render/rawhtml.py); their
# anchors and links are handed to MkDocs' validation here, as Markdown's would be.
_raw_html = RawHtmlExtension()
_files_by_url: dict[str, object] = {}


def on_config(config):
    global _raw_html
    _raw_html = RawHtmlExtension()
    config.markdown_extensions.append(_raw_html)
    return config


def on_files(files, config):
    _files_by_url.clear()
    _files_by_url.update((file.url, file) for file in files)
    return files


def on_pre_build(config) -> None:
    docs_dir = Path(config["docs_dir"])
    if os.environ.get(COMMAND_VARIABLE) == "serve":
        _regenerate(Path(config.config_file_path).parent)
    elif docs_dir.is_dir():
        recover(docs_dir)


def _regenerate(root: Path) -> None:
    from generator.build import build_site
    from generator.config import load_settings

    report = build_site(load_settings(root))
    for error in report.errors:
        log.warning("briefing: skipped %s: %s", error.source_file, error.reason)
    if report.written or report.removed:
        log.info("briefing: regenerated %d file(s), removed %d", len(report.written), len(report.removed))


def on_page_markdown(markdown: str, page, config, files) -> str:
    if page.file.src_uri != "index.md" or HOME_MARKER not in markdown:
        return markdown
    partial = Path(config["docs_dir"]) / HOME_PARTIAL
    if partial.exists():
        block = partial.read_text(encoding="utf-8")
    else:
        block = "*No briefings generated yet: run `briefing build`.*\n"
    return markdown.replace(HOME_MARKER, block, 1)


def on_page_content(html: str, page, config, files) -> str:
    """Add the anchors of the page's HTML blocks to those MkDocs knows, and check their links: a link
    to a missing file is a warning (an error with --strict); a link to an anchor is checked by MkDocs,
    with those of Markdown links, once every page is rendered.

    MkDocs renders every page before it writes any, and keeps each page's Markdown and HTML until the
    end: at 10,000 briefings that was over 1 GB. A generated page's Markdown is dropped once rendered
    (its title is in its front matter) and its HTML kept compressed until the page is written."""
    found = _raw_html.found
    if found.ids:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | found.ids
    if found.links:
        _check_links(page, found.links)
    if _generated(page):
        page.markdown = ""
        _compressed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        return ""
    return html


_compressed: dict[str, bytes] = {}


def _generated(page) -> bool:
    src = page.file.src_uri
    return "title" in page.meta and any(src.startswith(folder + "/") for folder in OWNED_FOLDERS)


def on_page_context(context, page, config, nav):
    """The page's HTML back, just before the theme renders it."""
    data = _compressed.pop(page.file.src_uri, None)
    if data is not None:
        page.content = zlib.decompress(data).decode("utf-8")
    return context


def on_post_page(output: str, page, config) -> str:
    if _generated(page):
        page.content = ""  # written: the theme has what it needs
    return output


def _check_links(page, links: set[str]) -> None:
    url = page.file.url
    served_in = url if url.endswith("/") else posixpath.dirname(url)
    folder = [part for part in served_in.split("/") if part not in ("", ".")]
    anchors = page.links_to_anchors  # None when MkDocs does not validate anchors
    for link in sorted(links):
        path, _, anchor = link.partition("#")
        target = page.file
        if path:
            if "://" in path or path.startswith(("/", "mailto:")):
                continue
            target = _files_by_url.get(_resolve(folder, unquote(path)))
            if target is None:
                log.warning(
                    "Doc file '%s' contains a link '%s' in generated HTML, but the target is not found "
                    "among documentation files.",
                    page.file.src_uri,
                    link,
                )
                continue
        if anchor and anchors is not None:
            anchors.setdefault(target, {}).setdefault(anchor, link)


def _resolve(folder: list[str], path: str) -> str:
    """The site URL a relative `path` leads to from the page served in `folder` (its parts)."""
    up = 0
    while path.startswith("../"):
        path = path[3:]
        up += 1
    if up > len(folder) or "./" in path or path in (".", ".."):
        resolved = posixpath.normpath(posixpath.join("/".join(folder) or ".", "../" * up + path))
        return "./" if resolved == "." else resolved + "/" if path.endswith("/") else resolved
    kept = folder[: len(folder) - up]
    return "/".join([*kept, path]) if kept else path or "./"


# What search leaves out: permalink and "go to the sentence" marks, and chart fallbacks. Sections that
# repeat the full text or other briefings' headlines (a briefing's summary, quotes, events, figures and
# related briefings; an entity page's quotes) carry data-pagefind-ignore in the templates: a briefing
# is found by its own text, and every extra match makes Pagefind's scoring slower (SEARCH_PART_PAGES).
SEARCH_EXCLUDES = ".headerlink, .briefing-chart, a[title='Go to the sentence']"
# What search indexes: the pages whose text is their own: home, About, each briefing (two or more
# folders below briefings/; the part pages of the Briefings listing are one below), people and
# organisations, and each topic's main page. Timeline, quotes, figures, review and listing part pages
# repeat the briefings' sentences: indexing them made every hit appear several times and made the
# index (and Pagefind's memory and time) grow faster than the corpus.
SEARCH_PAGES = ("index.html", "about/index.html", "entities/**/index.html", "topics/index.html", "topics/*/index.html")
SEARCH_BRIEFINGS = "briefings/*/*/**/index.html"
SEARCH_GLOB = "{" + ",".join((*SEARCH_PAGES, SEARCH_BRIEFINGS)) + "}"

# Pagefind scores every page that matches a query, in a loop whose time grows with the square of
# the matching pages (for each page it scans every posting of the word): a word that most of
# 10,000 briefings mention took about a second in the browser. Past SEARCH_PART_PAGES indexed pages
# they are split into parts (a power of two, at most 16) of about that many, by the last character
# of each page's folder name (a slug: it ends in a hash for generated corpora and in a word
# otherwise), so that every part holds a like share of briefings, people, organisations and topics
# and Pagefind's term weights (computed per bundle) stay comparable. Part 0, with the few pages that
# are not in a folder of their own (home, About, the two index pages), is the main bundle in
# pagefind/; the others are pagefind/part-N/, listed in pagefind/parts.json. search.js searches them
# together (Pagefind's mergeIndex): the cost of a query falls by about the number of parts.
SEARCH_PART_PAGES = 2500
SEARCH_PARTS_FILE = "parts.json"
# Pagefind's module as the search box uses it (see the file), copied to pagefind/briefing/pagefind.js.
SEARCH_API_MODULE = Path(__file__).resolve().parent / "render" / "assets" / "pagefind-api.js"
SEARCH_SINGLE_PAGES = ("index.html", "about/index.html", "entities/index.html", "topics/index.html")
# SEARCH_PAGES and SEARCH_BRIEFINGS but the single pages, as globs on the last folder's name.
SEARCH_PART_FAMILIES = ("entities/**/*{}/index.html", "topics/*{}/index.html", "briefings/*/**/*{}/index.html")
_HEX = "0123456789abcdef"
_OTHER = "ghijklmnopqrstuvwxyz"


def _release_pages() -> None:
    """Every page is written and its anchors checked: drop what MkDocs keeps of each, and hand the freed
    memory back to the system, before Pagefind runs beside this process."""
    for file in _files_by_url.values():
        page = getattr(file, "page", None)
        if page is not None:
            page.content = page.toc = page.present_anchor_ids = page.links_to_anchors = None
    _files_by_url.clear()
    _compressed.clear()
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):  # not glibc
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def search_pages(site_dir: Path) -> list[Path]:
    """The pages SEARCH_GLOB indexes, relative to the site."""
    found: set[Path] = set()
    for pattern in (*SEARCH_PAGES, SEARCH_BRIEFINGS):
        found.update(path.relative_to(site_dir) for path in site_dir.glob(pattern))
    return sorted(found)


def search_part_count(pages: int) -> int:
    parts = 1
    while parts < 16 and pages > parts * SEARCH_PART_PAGES:
        parts *= 2
    return parts


def search_part_chars(parts: int) -> list[str]:
    """The last characters of a folder's name that put its page in each part: the hex digits shared
    out evenly, then the other letters in turn; the last part also takes any other character."""
    groups = [_HEX[i * 16 // parts : (i + 1) * 16 // parts] for i in range(parts)]
    for i, char in enumerate(_OTHER):
        groups[i % parts] += char
    return groups


def search_part_of(page: Path, groups: list[str]) -> int:
    """The part of an indexed page (relative to the site), by the last character of its folder."""
    if page.as_posix() in SEARCH_SINGLE_PAGES:
        return 0
    last = page.parent.name[-1:]
    return next((i for i, chars in enumerate(groups[:-1]) if last and last in chars), len(groups) - 1)


def search_part_glob(part: int, groups: list[str]) -> str:
    """The pages of one part: each family restricted to folders whose name ends in one of the part's
    characters (the last part: any other character, `[!…]`); part 0 also has the single pages."""
    chars = groups[part] if part < len(groups) - 1 else "!" + "".join(groups[:-1])
    globs = [family.format(f"[{chars}]") for family in SEARCH_PART_FAMILIES]
    return "{" + ",".join((*SEARCH_SINGLE_PAGES, *globs) if part == 0 else globs) + "}"


def _pagefind(site_dir: Path, glob: str, output_subdir: str) -> subprocess.CompletedProcess:
    import pagefind_bin

    command = [
        str(pagefind_bin.get_executable()),
        "--site",
        str(site_dir),
        "--root-selector",
        "article",
        "--exclude-selectors",
        SEARCH_EXCLUDES,
        "--glob",
        glob,
        "--force-language",
        "en",
        "--output-subdir",
        output_subdir,
        "--silent",
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def on_post_build(config) -> None:
    """Write the Pagefind search bundle(s) into site/pagefind/ (also for each `serve` rebuild)."""
    _release_pages()
    site_dir = Path(config["site_dir"])
    bundle = site_dir / "pagefind"
    pages = search_pages(site_dir)
    parts = search_part_count(len(pages))
    if parts == 1:
        jobs = [(SEARCH_GLOB, "pagefind")]
    else:
        groups = search_part_chars(parts)
        used = sorted({search_part_of(page, groups) for page in pages} | {0})  # Pagefind fails on no pages
        jobs = [(search_part_glob(part, groups), f"pagefind/part-{part}" if part else "pagefind") for part in used]
    for old in bundle.glob("part-*") if bundle.is_dir() else ():  # parts of an earlier build (`serve`)
        shutil.rmtree(old, ignore_errors=True)
    # The main bundle first, then the parts into its folder, two at a time (each run is mostly one
    # process reading the site's files).
    results = [_pagefind(site_dir, *jobs[0])]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results += pool.map(lambda job: _pagefind(site_dir, *job), jobs[1:])
    for result in results:
        if result.returncode != 0:
            raise PluginError(f"pagefind could not index {site_dir}: {result.stderr.strip() or result.stdout}")
    names = [subdir.removeprefix("pagefind/") + "/" for _, subdir in jobs[1:]]
    (bundle / SEARCH_PARTS_FILE).write_text(json.dumps({"parts": names}), encoding="utf-8")
    (bundle / "briefing").mkdir(exist_ok=True)
    shutil.copyfile(SEARCH_API_MODULE, bundle / "briefing" / "pagefind.js")
