"""Stage 5 — write the rendered files into docs/: only inside the folders the generator owns,
only files whose bytes changed, and atomically as a whole.

Atomicity works like a journal: every changed file is first written into a staging folder
with a manifest; renaming the staging folder to its final name is the commit point; then the
files are moved into place. A run killed before the commit leaves the old output (the
half-written staging folder is discarded next time); a run killed after it is completed by
the next run (`recover`). Either way docs/ ends as the complete old or the complete new output.
"""

from __future__ import annotations

import ctypes
import json
import os
import posixpath
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .docs_layout import OWNED_FOLDERS
from .workers import run_shared

STAGING = ".briefing-staging"  # committed journal (dot folders are ignored by MkDocs)
STAGING_PARTIAL = ".briefing-staging-partial"
MANIFEST = "manifest.json"
# Files are staged in pieces of this many; from this many files on, shared with forked processes (`jobs`).
STAGE_PIECE = 64
STAGE_IN_PARALLEL_FROM = 256


class WriteError(Exception):
    """The renderer produced a path outside the folders the generator owns."""


class KnownFilesChanged(Exception):
    """Files the caller said were known (`known`) changed in docs/ meanwhile: another build wrote there."""


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


def plan_changes(files: dict[str, bytes], docs_dir: Path, known: frozenset[str] = frozenset()) -> WriteReport:
    """What writing `files` would change in docs/, without writing anything.

    `known`: paths whose file in docs/ the caller knows to hold what it wants there (pages reused from
    the last build); they are neither read nor written, and `files` may hold anything for them."""
    for path in files:
        _check_owned(path)
    existing = set(owned_files(docs_dir))
    vanished = sorted(known - existing)
    if vanished:
        raise KnownFilesChanged(f"{vanished[0]} was removed from docs/ meanwhile")
    written = tuple(
        sorted(
            path
            for path, data in files.items()
            if not (path in known and path in existing) and not _same_bytes(docs_dir / path, data)
        )
    )
    removed = tuple(sorted(existing - set(files)))
    return WriteReport(written=written, removed=removed, unchanged=len(files) - len(written))


def write_outputs(
    files: dict[str, bytes],
    docs_dir: Path,
    *,
    after_each=None,
    known: frozenset[str] = frozenset(),
    jobs: int = 1,
) -> WriteReport:
    """Bring docs/ to exactly `files` (within the owned folders). Writes nothing when nothing changed.

    `after_each` is called after every file operation (tests use it to interrupt a run); `known` as
    for `plan_changes`; with `jobs` > 1, many files are staged by that many processes (`_stage`).
    """
    if recover(docs_dir) and known:  # another run's write, finished now, may have changed the known files
        raise KnownFilesChanged("another build's write was finished meanwhile")
    plan = plan_changes(files, docs_dir, known)
    if not plan.written and not plan.removed:
        return plan
    partial = docs_dir / STAGING_PARTIAL
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True, exist_ok=True)
    for folder in sorted({posixpath.dirname(path) for path in plan.written}):
        (partial / folder).mkdir(parents=True, exist_ok=True)

    _stage(files, plan.written, partial, jobs, after_each)
    _flush_staged(partial, plan.written)  # all together, before the commit point
    manifest = {"written": list(plan.written), "removed": list(plan.removed)}
    _write_new(partial / MANIFEST, json.dumps(manifest).encode("utf-8"), flush=True)
    os.replace(partial, docs_dir / STAGING)  # the commit point
    _fsync_dir(docs_dir)
    if after_each:
        after_each("committed", "")
    _apply(docs_dir, after_each)
    return plan


def _stage(files: dict[str, bytes], paths: tuple[str, ...], partial: Path, jobs: int, after_each) -> None:
    """Write `paths` (with their bytes in `files`) into the staging folder `partial`, whose folders exist.

    Creating a file is mostly the kernel's work, and a lot of it on some machines (0.1-0.25 ms each was
    measured on a virtual machine, whatever the size): threads of one process did not make it faster,
    forked processes did (about 1.7 times with two), so many files are shared with `jobs` - 1 of them."""
    pieces = [paths[start : start + STAGE_PIECE] for start in range(0, len(paths), STAGE_PIECE)]

    def stage(number: int) -> None:
        for path in pieces[number]:
            _write_new(partial / path, files[path])

    def staged(number: int, _: None) -> None:
        if after_each:
            for path in pieces[number]:
                after_each("staged", path)

    workers = jobs - 1 if len(paths) >= STAGE_IN_PARALLEL_FROM else 0
    run_shared(len(pieces), stage, workers, staged)


def recover(docs_dir: Path) -> bool:
    """Finish a committed write a killed run left behind; drop an uncommitted one. True if it did."""
    shutil.rmtree(docs_dir / STAGING_PARTIAL, ignore_errors=True)
    if (docs_dir / STAGING / MANIFEST).exists():
        _apply(docs_dir, None)
        return True
    shutil.rmtree(docs_dir / STAGING, ignore_errors=True)
    return False


def owned_files(docs_dir: Path) -> list[str]:
    """Every file now under the owned folders, as paths relative to docs/ (as `Path.rglob` finds
    them: symbolic links to folders are not followed)."""
    found: list[str] = []
    for folder in OWNED_FOLDERS:
        if (docs_dir / folder).is_dir():
            _walk(os.path.join(docs_dir, folder), folder, found)
    return sorted(found)


def _walk(folder: str, relative: str, found: list[str]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir() and not entry.is_symlink():
                _walk(entry.path, f"{relative}/{entry.name}", found)
            elif entry.is_file():
                found.append(f"{relative}/{entry.name}")
        except OSError:
            continue


def _apply(docs_dir: Path, after_each) -> None:
    staging = docs_dir / STAGING
    manifest = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    _move_new_folders(staging, docs_dir, manifest["written"], after_each)
    for path in manifest["written"]:
        source = staging / path
        if source.exists():  # already moved by an earlier, interrupted apply
            target = docs_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            if after_each:
                after_each("moved", path)
    for path in manifest["removed"]:
        (docs_dir / path).unlink(missing_ok=True)
        if after_each:
            after_each("removed", path)
    if manifest["removed"]:  # only removing files empties folders
        _remove_empty_folders(docs_dir)
    shutil.rmtree(staging, ignore_errors=True)


def _move_new_folders(staging: Path, docs_dir: Path, written: list[str], after_each) -> None:
    """Move each staged folder that docs/ does not have yet into place whole: one rename instead of one
    per file in it (a first build writes thousands of files into folders that do not exist). Its files are
    then no longer in staging, so the per-file moves (and a recovery) pass over them."""
    folders: dict[str, list[str]] = {}  # folder → the written files under it, at any depth
    for path in written:
        folder = posixpath.dirname(path)
        while folder:
            folders.setdefault(folder, []).append(path)
            folder = posixpath.dirname(folder)
    moved: list[str] = []
    for folder in sorted(folders, key=lambda f: (f.count("/"), f)):  # parents first
        if any(folder.startswith(parent + "/") for parent in moved):
            continue
        source, target = staging / folder, docs_dir / folder
        if target.exists() or not source.is_dir():
            continue
        os.replace(source, target)
        moved.append(folder)
        if after_each:
            for path in folders[folder]:
                after_each("moved", path)


def _check_owned(path: str) -> None:
    parts = path.split("/")  # the paths are POSIX paths; parsing thousands with Path was slow
    if (
        ".." in parts
        or path.startswith("/")
        or not any(path == folder or path.startswith(folder + "/") for folder in OWNED_FOLDERS)
    ):
        raise WriteError(f"refusing to write {path!r}: not inside a folder the generator owns")


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _remove_empty_folders(docs_dir: Path) -> None:
    for folder in OWNED_FOLDERS:
        base = docs_dir / folder
        if not base.is_dir():
            continue
        for directory in sorted((p for p in base.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
            if not any(directory.iterdir()):
                directory.rmdir()


def _write_new(path: Path, data: bytes, *, flush: bool = False) -> None:
    """Write `data` to a new file at `path`; with `flush`, flush it to disk."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        if flush:
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _flush_staged(partial: Path, paths: tuple[str, ...]) -> None:
    """Flush the staged files to disk: with one syncfs(2) of their file system where there is one (Linux),
    else with an fsync of each. An fsync per file waits for a journal commit per file: at 1,000 articles
    that was about 40 % of the writing time; syncfs flushes them in one go (and whatever else is pending
    on that file system)."""
    if not paths:
        return
    if _syncfs(partial):
        return
    for path in paths:
        descriptor = os.open(partial / path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _syncfs(folder: Path) -> bool:
    """syncfs(2) on the file system holding `folder`; False where the C library has none or it fails."""
    syncfs = _libc_syncfs()
    if syncfs is None:
        return False
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        return syncfs(descriptor) == 0
    finally:
        os.close(descriptor)


@cache
def _libc_syncfs():
    """The C library's syncfs function (Linux), or None."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


def _fsync_dir(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
