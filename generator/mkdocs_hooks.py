"""MkDocs hooks (`hooks:` in mkdocs.yml) that join the generated pages to the site.

- During `mkdocs serve`, regenerate docs/ from seeds/ before each build, so a new or edited
  seed shows up by itself (`watch: [seeds]` in mkdocs.yml triggers the rebuild; the writer
  writes only changed files, so the rebuild settles instead of looping).
- Put the generated home-page block (`docs/_partials/home.md`) into the hand-written
  `docs/index.md` at the `<!-- briefing:home -->` marker.
- Group the briefing pages in the navigation by year and month, newest first (with
  `navigation.prune` only the open branch is rendered into each page).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.structure.nav import Section

from generator.render.paths import HOME_PARTIAL
from generator.write import recover

HOME_MARKER = "<!-- briefing:home -->"
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
log = logging.getLogger("mkdocs.hooks.briefing")
# MkDocs loads this file anew for every rebuild during `serve`, but calls on_startup only once:
# the command is kept in the process environment, which outlives the reloads.
COMMAND_VARIABLE = "BRIEFING_MKDOCS_COMMAND"


def on_startup(command: str, dirty: bool) -> None:
    os.environ[COMMAND_VARIABLE] = command


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


def on_nav(nav, config, files):
    """Turn the "Briefings" entry into a section: index page, then years, then months."""
    entry = next(
        (item for item in nav.items if getattr(item, "file", None) and item.file.src_uri == "briefings/index.md"), None
    )
    if entry is None:
        return nav
    years: dict[str, dict[str, list]] = {}
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        parts = file.src_uri.split("/")
        if parts[0] != "briefings" or len(parts) < 3 or file.page is None or parts[-1] == "index.md":
            continue
        month = parts[2] if len(parts) == 4 else ""
        years.setdefault(parts[1], {}).setdefault(month, []).append(file.page)
    year_sections = []
    for year in sorted(years, key=lambda y: (y == "undated", y), reverse=False):
        months = years[year]
        children = []
        for month in sorted(months, reverse=True):
            pages = months[month]
            if month:
                children.append(Section(MONTHS[int(month) - 1], pages))
            else:
                children.extend(pages)
        year_sections.append(Section("Date unknown" if year == "undated" else year, children))
    dated = [s for s in year_sections if s.title != "Date unknown"]
    undated = [s for s in year_sections if s.title == "Date unknown"]
    section = Section(entry.title or "Briefings", [entry, *reversed(dated), *undated])
    _set_parents(section, None)
    nav.items[nav.items.index(entry)] = section
    known = {id(page) for page in nav.pages}
    nav.pages.extend(page for page in _pages(section) if id(page) not in known)
    return nav


def _set_parents(item, parent) -> None:
    item.parent = parent
    for child in getattr(item, "children", None) or []:
        _set_parents(child, item)


def _pages(item):
    if isinstance(item, Section):
        for child in item.children:
            yield from _pages(child)
    else:
        yield item
