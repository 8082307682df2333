"""Find the seed files of a project and turn each into a Briefing (or a SeedError).

Extraction results are cached by the seed's bytes and a fingerprint of the extraction
code and configuration, so a rule change invalidates every cached result.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path

from .config import SEED_SUFFIXES, Settings
from .extract.gazetteer import Gazetteer, load_gazetteer
from .extract.topics import Taxonomy, load_taxonomy
from .model import Briefing, SeedError
from .workers import run_shared

# Reading, cleaning and extraction (.read, .clean, .extract.pipeline) are imported where a seed is
# extracted: a build that finds every seed in the cache does not pay for importing them.

PACKAGE_DIR = Path(__file__).parent
# The package's modules and folders that read, clean and extract a seed, and the shipped defaults: a change
# to any of them invalidates every cached briefing; a change elsewhere (rendering, writing, the CLI) does not.
# tests/test_cache.py checks that extracting a seed imports no other module of the package.
EXTRACTION_CODE = frozenset(
    {
        "__init__.py",
        "article.py",
        "boilerplate.py",
        "clean.py",
        "config.py",
        "metadata.py",
        "model.py",
        "read.py",
        "seeds.py",
        "sentences.py",
        "workers.py",
        "yamltext.py",
        "extract",
        "defaults",
    }
)


@dataclass(frozen=True)
class LoadedSeeds:
    """What `load_seeds` gives: the briefings (sorted by seed name), the seeds that failed, and with a
    cache a digest of each briefing by slug (see `_final_digests`)."""

    briefings: tuple[Briefing, ...]
    errors: tuple[SeedError, ...]
    digests: dict[str, str]


@dataclass(frozen=True)
class Extractors:
    """Everything extraction needs besides the seed itself (picklable, for worker processes)."""

    gazetteer: Gazetteer
    taxonomy: Taxonomy
    fingerprint: str
    max_seed_bytes: int


def find_seeds(seeds_dir: Path) -> tuple[tuple[Path, ...], tuple[SeedError, ...]]:
    """Seed files in `seeds_dir` (sorted by name, so disk order never matters) and files skipped."""
    if not seeds_dir.is_dir():
        return (), (SeedError(str(seeds_dir), "seeds folder does not exist"),)
    seeds: list[Path] = []
    skipped: list[SeedError] = []
    for path in sorted(seeds_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith("."):
            if path.is_file() and path.suffix.lower() in SEED_SUFFIXES:
                skipped.append(SeedError(path.name, "hidden file (name starts with a dot) ignored; rename it"))
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() in SEED_SUFFIXES:
            seeds.append(path)
        else:
            skipped.append(SeedError(path.name, f"not a seed: expected one of {', '.join(SEED_SUFFIXES)}"))
    return tuple(seeds), tuple(skipped)


def load_extractors(settings: Settings) -> Extractors:
    gazetteer = load_gazetteer(settings.gazetteer_files)
    taxonomy = load_taxonomy(settings.taxonomy_files)
    config_bytes = b"".join(path.read_bytes() for path in (*settings.gazetteer_files, *settings.taxonomy_files))
    fingerprint = hashlib.sha256(code_fingerprint().encode() + config_bytes).hexdigest()
    return Extractors(gazetteer, taxonomy, fingerprint, settings.max_seed_bytes)


@cache
def code_fingerprint() -> str:
    """Hash of the extraction code and shipped defaults: changes whenever a rule changes."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(PACKAGE_DIR)
        if path.suffix not in (".py", ".yaml") or relative.parts[0] not in EXTRACTION_CODE:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def prepare_extraction(extractors: Extractors) -> None:
    """Import reading, cleaning and extraction, and compile what they build once per configuration.

    Done before the first seed is extracted in a process, so that one-time work is not charged to it."""
    from . import clean, read  # noqa: F401  (imported for their compiled expressions)
    from .extract.pipeline import prepare

    prepare(extractors.gazetteer, extractors.taxonomy)


def briefing_from_bytes(data: bytes, source_file: str, extractors: Extractors) -> Briefing:
    """Read, clean and extract one seed. Raises SeedReadError for a seed that cannot be used."""
    from .clean import clean_article
    from .extract.pipeline import extract_briefing
    from .read import SeedReadError, decode_seed

    if len(data) > extractors.max_seed_bytes:
        raise SeedReadError(
            source_file, f"file is {len(data):,} bytes, more than the limit of {extractors.max_seed_bytes:,}"
        )
    article = clean_article(decode_seed(data, source_file))
    return extract_briefing(article, extractors.gazetteer, extractors.taxonomy)


def load_briefings(
    paths: tuple[Path, ...],
    extractors: Extractors,
    *,
    cache_dir: Path | None = None,
    jobs: int = 1,
    on_done=None,
) -> tuple[tuple[Briefing, ...], tuple[SeedError, ...]]:
    """Briefings for `paths` in the same order, and the seeds that failed. Never raises for one bad seed."""
    loaded = load_seeds(paths, extractors, cache_dir=cache_dir, jobs=jobs, on_done=on_done)
    return loaded.briefings, loaded.errors


def load_seeds(
    paths: tuple[Path, ...],
    extractors: Extractors,
    *,
    cache_dir: Path | None = None,
    jobs: int = 1,
    on_done=None,
    before_extracting: Callable[[int], None] | None = None,
    while_extracting: Callable[[int], None] | None = None,
) -> LoadedSeeds:
    """As `load_briefings`, with each briefing's digest when there is a cache (`cache_dir`).
    `before_extracting` is told how many seeds are not in the cache, before they are extracted;
    `while_extracting` is told it too, here, once the workers that extract them are forked (so that its
    work is shared with them: this process then extracts fewer seeds), or at once without workers.
    Neither is called when every seed is in the cache."""
    tasks = [(path, path.name) for path in paths]
    results: list[Briefing | SeedError | None] = [None] * len(tasks)
    digests: dict[str, str] = {}  # source file → digest of the briefing's pickle
    pending: list[tuple[int, bytes, str, Path | None]] = []
    # Unpickling thousands of cached briefings makes objects that live to the end and hold no cycles: the
    # cyclic collector, run again and again over all of them as they pile up, is paused meanwhile. Then
    # they are frozen out of its reach (gc.freeze), unscanned: the first collection after the pause would
    # otherwise scan them all at once, and the collections that extracting new seeds sets off again and
    # again. At the end they are given back to the oldest generation (build_site freezes them again).
    collecting = gc.isenabled()
    gc.disable()
    try:
        for position, (path, source_file) in enumerate(tasks):
            try:
                data = path.read_bytes()
            except OSError as error:
                results[position] = SeedError(source_file, f"cannot read the file ({error.strerror or error})")
                continue
            cache_path = _cache_path(cache_dir, data, source_file, extractors.fingerprint)
            cached = _read_cache(cache_path, source_file)
            if cached is not None:
                results[position], digests[source_file] = cached
                if on_done:
                    on_done(source_file)
            else:
                pending.append((position, data, source_file, cache_path))
        gc.freeze()
    finally:
        if collecting:
            gc.enable()

    def finish(position: int, outcome: Briefing | SeedError, cache_path: Path | None) -> None:
        results[position] = outcome
        if isinstance(outcome, Briefing) and cache_path is not None and cache_dir is not None:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            _write_cache(cache_path, data)
            _link_cache(cache_path, _last_good_path(cache_dir, outcome.article.source_file), data)
            digests[outcome.article.source_file] = _digest(data)
        if on_done:
            on_done(tasks[position][1])

    try:
        if before_extracting:
            before_extracting(len(pending))
        forked = partial(while_extracting, len(pending)) if while_extracting else None
        _extract_pending(pending, extractors, jobs, finish, forked)
    finally:
        gc.unfreeze()
    if cache_dir is not None:
        results = [_with_last_good(item, cache_dir, digests) for item in results]
    briefings = tuple(item for item in results if isinstance(item, Briefing))
    errors = tuple(item for item in results if isinstance(item, SeedError))
    errors += tuple(item[1] for item in results if isinstance(item, tuple))
    briefings += tuple(item[0] for item in results if isinstance(item, tuple))
    briefings = _unique_slugs(tuple(sorted(briefings, key=lambda b: b.article.source_file)))
    return LoadedSeeds(briefings, errors, _final_digests(briefings, digests) if cache_dir is not None else {})


def _extract_pending(pending: list, extractors: Extractors, jobs: int, finish, forked=None) -> None:
    """Extract the seeds not in the cache, here and, with `jobs` > 1, in `jobs` - 1 forked processes
    (workers.py); `finish` gets each outcome (position, outcome, cache path), in this process; `forked`
    is called here once the workers are forked.

    This process extracts too rather than wait: what a worker extracts is pickled there and unpickled
    here, which costs about a tenth of the extraction, so the seeds done here are that much cheaper.
    The workers are forked once reading, cleaning and extraction are ready here, so they inherit them."""
    if not pending:
        return
    prepare_extraction(extractors)
    size = max(1, min(16, len(pending) // (4 * jobs)))
    chunks = [pending[start : start + size] for start in range(0, len(pending), size)]

    def extract(number: int) -> list[Briefing | SeedError]:
        return [_safe_briefing(data, source_file, extractors) for _, data, source_file, _ in chunks[number]]

    def finish_chunk(number: int, outcomes: list[Briefing | SeedError]) -> None:
        for (position, _, _, cache_path), outcome in zip(chunks[number], outcomes, strict=True):
            finish(position, outcome, cache_path)
        # The briefings kept so far out of the cyclic collector's reach, as those read from the cache are
        # (load_seeds): its full collections, set off again and again by extracting, would scan them all.
        gc.freeze()

    run_shared(len(chunks), extract, min(jobs, len(pending)) - 1, finish_chunk, forked=forked)


def _final_digests(briefings: tuple[Briefing, ...], digests: dict[str, str]) -> dict[str, str]:
    """Slug → a digest of everything in the briefing: its pickle's as extracted, and what loading changed
    since (the slug, made unique; warnings added). Pages key their inputs by it (render/site.py)."""
    return {
        b.article.slug: _digest(f"{digests[b.article.source_file]}\0{b.article.slug}\0{b.warnings!r}".encode())
        for b in briefings
    }


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _with_last_good(item: Briefing | SeedError | None, cache_dir: Path, digests: dict[str, str]):
    """Remember each seed's last good briefing; a seed that now fails keeps it (and its error)."""
    if isinstance(item, Briefing):
        return item
    cached = _read_cache(_last_good_path(cache_dir, item.source_file), item.source_file)
    if cached is None:
        return item
    previous, digests[item.source_file] = cached
    warning = f"this seed now fails ({item.reason}); showing the last good version"
    return (replace(previous, warnings=(*previous.warnings, warning)), item)


def _last_good_path(cache_dir: Path, source_file: str) -> Path:
    return cache_dir / "last-good" / f"{hashlib.sha256(source_file.encode()).hexdigest()}.pickle"


def _safe_briefing(data: bytes, source_file: str, extractors: Extractors) -> Briefing | SeedError:
    from .read import SeedReadError

    try:
        return briefing_from_bytes(data, source_file, extractors)
    except SeedReadError as error:
        return SeedError(source_file, error.reason)
    except RecursionError:
        return SeedError(source_file, "the text is nested too deeply to process")
    except Exception as error:  # a bug in a rule must not take the whole site down
        return SeedError(source_file, f"internal error while extracting ({type(error).__name__}: {error})")


def _unique_slugs(briefings: tuple[Briefing, ...]) -> tuple[Briefing, ...]:
    """Two seeds whose names give the same slug each get a suffix from their file name's hash."""
    counts: dict[str, int] = {}
    for briefing in briefings:
        counts[briefing.article.slug] = counts.get(briefing.article.slug, 0) + 1
    unique = []
    for briefing in briefings:
        article = briefing.article
        if counts[article.slug] > 1:
            suffix = hashlib.sha256(article.source_file.encode()).hexdigest()[:6]
            warning = f"another seed gives the same page name '{article.slug}'; this one is '{article.slug}-{suffix}'"
            article = replace(article, slug=f"{article.slug}-{suffix}")
            briefing = replace(briefing, article=article, warnings=(*briefing.warnings, warning))
        unique.append(briefing)
    return tuple(unique)


def _cache_path(cache_dir: Path | None, data: bytes, source_file: str, fingerprint: str) -> Path | None:
    if cache_dir is None:
        return None
    key = hashlib.sha256(f"{fingerprint}\0{source_file}\0".encode() + data).hexdigest()
    return cache_dir / key[:2] / f"{key}.pickle"


def _read_cache(cache_path: Path | None, source_file: str) -> tuple[Briefing, str] | None:
    """The cached briefing and the digest of its pickle, or None."""
    if cache_path is None:
        return None
    try:
        data = cache_path.read_bytes()  # whole, then unpickled: faster than unpickling from the file
        briefing = pickle.loads(data)
    except Exception:  # a corrupt or stale cache entry is simply recomputed
        return None
    if not isinstance(briefing, Briefing) or briefing.article.source_file != source_file:
        return None
    return briefing, _digest(data)


def _write_cache(cache_path: Path, data: bytes) -> None:
    cache_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = cache_path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(cache_path)


def _link_cache(cache_path: Path, link_path: Path, data: bytes) -> None:
    """Make `link_path` a second name of the entry `_write_cache` just wrote at `cache_path`, whose bytes
    are `data`; a copy where the file system has no hard links. Entries are only ever replaced whole, never
    changed in place, so the two names cannot drift apart. A link is no second copy, and no new inode:
    on a file system that avoids reusing recently freed inodes (ext4 without a journal), creating files
    right after many were deleted cost up to ten times more kernel time."""
    link_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = link_path.with_suffix(".tmp")
    try:
        temporary.unlink(missing_ok=True)
        os.link(cache_path, temporary)
    except OSError:
        _write_cache(link_path, data)
        return
    temporary.replace(link_path)
