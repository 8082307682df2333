"""The `briefing` command: a thin layer over the library (`build.py`, `seeds.py`, `add.py`).

Exit codes:
  0  success (with `build`: also when some seeds were skipped, unless --strict)
  1  with --strict: a seed failed; with --check: docs/ is out of date; with extract: a file failed
  2  usage or configuration error
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from .config import ConfigError, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        return options.run(options)
    except ConfigError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def run() -> NoReturn:
    """The `briefing` command (and `python -m generator`): `main`, then the process ends at once.

    When a build returns, its briefings are still in memory; freeing them object by object, and the
    interpreter's last collection over them, took most of a second at 10,000 articles, for a process that
    is ending anyway. By then the build has closed its files, workers and chart converter; the standard
    streams are flushed here. (`main` itself returns, for callers in the same process.)"""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe or stream: nothing can reach it
            stream.flush()
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help=_cmd_build.__doc__.splitlines()[0],
        description=_cmd_build.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    build.add_argument(
        "--jobs", "-j", type=int, help="extract and render with N processes (default: one per CPU it may use)"
    )
    build.add_argument("--check", action="store_true", help="write nothing; exit 1 if docs/ is out of date")
    build.add_argument("--strict", action="store_true", help="exit 1 when any seed failed")
    build.add_argument("--no-cache", action="store_true", help="ignore the extraction cache")
    build.add_argument("--quiet", "-q", action="store_true", help="print only problems")
    build.set_defaults(run=_cmd_build)

    extract = commands.add_parser(
        "extract",
        help=_cmd_extract.__doc__.splitlines()[0],
        description=_cmd_extract.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--jsonl", action="store_true", help="one JSON object per line (the contract format)")
    extract.add_argument("--root", type=Path, default=Path("."), help="project folder, for its configuration")
    extract.set_defaults(run=_cmd_extract)

    add = commands.add_parser(
        "add",
        help=_cmd_add.__doc__.splitlines()[0],
        description=_cmd_add.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("source", help="a .txt, .md or .html file, or - to read pasted text from standard input")
    add.add_argument("--url", help="where the article was found")
    add.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    add.add_argument("--no-build", action="store_true", help="only add the seed; do not regenerate docs/")
    add.set_defaults(run=_cmd_add)
    return parser


def _cmd_build(options: argparse.Namespace) -> int:
    """Regenerate the Markdown under docs/ from seeds/.

    Only files whose bytes change are written; hand-written pages are never touched.
    Example:  briefing build --strict --jobs 2
    """
    from .build import build_site, usable_cpus
    from .progress import Progress

    settings = load_settings(options.root)
    jobs = usable_cpus() if options.jobs is None else max(1, options.jobs)
    with Progress(quiet=options.quiet) as progress:
        report = build_site(settings, jobs=jobs, check=options.check, use_cache=not options.no_cache, progress=progress)
    for error in report.errors:
        print(f"briefing: skipped {error.source_file}: {error.reason}", file=sys.stderr)
    if options.check:
        for path in report.stale:
            print(f"briefing: out of date: {path}", file=sys.stderr)
        if report.stale or report.errors:
            return 1
        if not options.quiet:
            print(f"docs/ is up to date ({report.count} briefings)")
        return 0
    if not options.quiet:
        print(
            f"{report.count} briefings, {len(report.errors)} skipped; "
            f"{len(report.written)} files written, {len(report.removed)} removed, "
            f"{report.unchanged} unchanged"
        )
    return 1 if options.strict and report.errors else 0


def _cmd_extract(options: argparse.Namespace) -> int:
    """Print what is extracted from each FILE, as JSON (the contract of ../shared/contract).

    Example:  briefing extract --jsonl seeds/*.txt > extraction.jsonl
    """
    from .seeds import _safe_briefing, load_extractors
    from .serialize import briefing_to_contract

    extractors = load_extractors(load_settings(options.root))
    failed = 0
    objects = []
    for path in options.files:
        source_file = str(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            print(f"briefing: {source_file}: cannot read the file ({error.strerror or error})", file=sys.stderr)
            failed += 1
            continue
        outcome = _safe_briefing(data, source_file, extractors)
        if not hasattr(outcome, "article"):
            print(f"briefing: {source_file}: {outcome.reason}", file=sys.stderr)
            failed += 1
            continue
        objects.append(briefing_to_contract(outcome, source_file))
        if options.jsonl:
            print(json.dumps(objects[-1], ensure_ascii=False))
    if not options.jsonl:
        print(json.dumps(objects, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _cmd_add(options: argparse.Namespace) -> int:
    """Add an article to seeds/ (with front matter holding what was found), then regenerate docs/.

    Refuses an exact or near duplicate of an article already there.
    Example:  briefing add ~/Downloads/article.html --url https://example.com/story
              pbpaste | briefing add -
    """
    from .add import add_seed

    return add_seed(options)


if __name__ == "__main__":
    sys.exit(main())
