"""Write: only owned folders, only changed bytes, atomic as a whole (journal + recovery)."""

from __future__ import annotations

import json

import pytest

from generator.write import STAGING, KnownFilesChanged, WriteError, owned_files, recover, write_outputs


def test_writes_new_files_and_rewrites_nothing_the_second_time(tmp_path):
    files = {"briefings/2024/a.md": b"one", "data/x.csv": b"two"}
    first = write_outputs(files, tmp_path)
    assert first.written == ("briefings/2024/a.md", "data/x.csv")
    mtime = (tmp_path / "briefings/2024/a.md").stat().st_mtime_ns
    second = write_outputs(files, tmp_path)
    assert second.written == () and second.removed == () and second.unchanged == 2
    assert (tmp_path / "briefings/2024/a.md").stat().st_mtime_ns == mtime


def test_only_changed_files_are_rewritten_and_stale_ones_removed(tmp_path):
    write_outputs({"briefings/a.md": b"1", "briefings/b.md": b"2"}, tmp_path)
    report = write_outputs({"briefings/a.md": b"1", "briefings/c.md": b"3"}, tmp_path)
    assert report.written == ("briefings/c.md",)
    assert report.removed == ("briefings/b.md",)
    assert owned_files(tmp_path) == ["briefings/a.md", "briefings/c.md"]


def test_known_files_are_left_alone_and_a_vanished_one_is_an_error(tmp_path):
    write_outputs({"briefings/a.md": b"1", "briefings/b.md": b"2"}, tmp_path)
    known = frozenset({"briefings/a.md"})  # reused pages: their text is not passed
    report = write_outputs({"briefings/a.md": b"", "briefings/b.md": b"3"}, tmp_path, known=known)
    assert report.written == ("briefings/b.md",)
    assert (tmp_path / "briefings/a.md").read_bytes() == b"1"
    (tmp_path / "briefings/a.md").unlink()
    with pytest.raises(KnownFilesChanged, match="removed from docs/ meanwhile"):
        write_outputs({"briefings/a.md": b"", "briefings/b.md": b"3"}, tmp_path, known=known)


def test_hand_written_pages_outside_owned_folders_are_never_touched(tmp_path):
    (tmp_path / "index.md").write_text("mine")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "n.md").write_text("mine too")
    write_outputs({"briefings/a.md": b"1"}, tmp_path)
    write_outputs({}, tmp_path)
    assert (tmp_path / "index.md").read_text() == "mine"
    assert (tmp_path / "notes" / "n.md").read_text() == "mine too"


@pytest.mark.parametrize("path", ["index.md", "../escape.md", "briefings/../../x.md", "/etc/passwd", "about.md"])
def test_refuses_paths_outside_the_owned_folders(tmp_path, path):
    with pytest.raises(WriteError):
        write_outputs({path: b"x"}, tmp_path)


class Interrupted(Exception):
    pass


def _write_interrupted(old: dict, new: dict, docs, stop_after: int) -> tuple[bool, bool]:
    """Write `old`, then `new` stopped at its `stop_after`-th file operation, then recover: whether the
    second write was stopped, and whether it had passed its commit point."""
    write_outputs(old, docs)
    calls = []

    def stop(stage: str, path: str) -> None:
        calls.append(stage)
        if len(calls) == stop_after:
            raise Interrupted

    try:
        write_outputs(new, docs, after_each=stop)
    except Interrupted:
        recover(docs)
        return True, "committed" in calls
    return False, True


@pytest.mark.parametrize("stop_after", [1, 2, 3, 4, 5, 6])
def test_an_interrupted_write_ends_as_the_complete_old_or_new_output(tmp_path, stop_after):
    old = {"briefings/a.md": b"old a", "briefings/b.md": b"old b", "data/x.csv": b"old x"}
    new = {"briefings/a.md": b"new a", "briefings/c.md": b"new c", "data/x.csv": b"new x"}
    stopped, committed = _write_interrupted(old, new, tmp_path, stop_after)
    assert stopped
    state = {path: (tmp_path / path).read_bytes() for path in owned_files(tmp_path)}
    assert state == (new if committed else old)
    assert not (tmp_path / STAGING).exists()


def test_recovery_completes_a_committed_journal(tmp_path):
    write_outputs({"briefings/a.md": b"old"}, tmp_path)
    staging = tmp_path / STAGING
    (staging / "briefings").mkdir(parents=True)
    (staging / "briefings" / "a.md").write_bytes(b"new")
    (staging / "manifest.json").write_text(json.dumps({"written": ["briefings/a.md"], "removed": []}))
    assert recover(tmp_path) is True
    assert (tmp_path / "briefings" / "a.md").read_bytes() == b"new"


def _record_flushes(monkeypatch, events: list[str], syncfs: bool) -> None:
    """Record in `events` each file system sync and fsync that writing makes (both still done)."""
    import os

    from generator import write

    real_fsync = os.fsync
    monkeypatch.setattr(write.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    if syncfs:
        real_syncfs = write._syncfs
        monkeypatch.setattr(write, "_syncfs", lambda folder: (events.append("syncfs"), real_syncfs(folder))[1])
    else:
        monkeypatch.setattr(write, "_libc_syncfs", lambda: None)  # a C library without syncfs(2)


@pytest.mark.parametrize("syncfs", [True, False])
def test_staged_files_are_flushed_to_disk_before_the_commit_point(tmp_path, monkeypatch, syncfs):
    """With syncfs(2) one sync of the file system flushes the staged files; without it, one fsync per
    file. Either way all of it happens after the last file is staged and before the journal commits."""
    from generator import write

    if syncfs and write._libc_syncfs() is None:
        pytest.skip("this C library has no syncfs(2); the fallback is tested below")
    events: list[str] = []
    _record_flushes(monkeypatch, events, syncfs)
    files = {f"briefings/{i}.md": f"page {i}".encode() for i in range(20)}
    write_outputs(files, tmp_path, after_each=lambda stage, path: events.append(stage))
    staged = max(i for i, event in enumerate(events) if event == "staged")
    committed = events.index("committed")
    flushes = events[staged + 1 : committed]
    # then the manifest and the docs/ folder are flushed (fsync), as before
    if syncfs:
        assert flushes[0] == "syncfs" and "fsync" not in events[:staged]
    else:
        assert flushes.count("fsync") == len(files) + 2 and "fsync" not in events[:staged]
    assert {path: (tmp_path / path).read_bytes() for path in owned_files(tmp_path)} == files


def test_folders_new_to_docs_are_moved_in_whole_and_every_file_lands(tmp_path, monkeypatch):
    """A first build writes thousands of files into folders docs/ does not have: each such folder is moved
    into place with one rename, not one per file."""
    import os

    from generator import write

    write_outputs({"briefings/2024/01/a.md": b"a"}, tmp_path)
    renames: list[str] = []
    real_replace = os.replace
    monkeypatch.setattr(write.os, "replace", lambda src, dst: (renames.append(str(dst)), real_replace(src, dst))[1])
    files = {
        "briefings/2024/01/a.md": b"a2",  # an existing folder: the file is moved alone
        "briefings/2024/02/b.md": b"b",  # a new month: its folder is moved
        "briefings/2024/02/c.md": b"c",
        "briefings/2025/03/d.md": b"d",  # a new year: moved with its month inside
        "entities/people/e.md": b"e",  # a new owned folder
    }
    events: list[tuple[str, str]] = []
    write_outputs(files, tmp_path, after_each=lambda stage, path: events.append((stage, path)))
    assert {path: (tmp_path / path).read_bytes() for path in owned_files(tmp_path)} == files
    moved_into_docs = sorted(os.path.relpath(target, tmp_path) for target in renames[1:])
    assert moved_into_docs == ["briefings/2024/01/a.md", "briefings/2024/02", "briefings/2025", "entities"]
    assert sorted(path for stage, path in events if stage == "moved") == sorted(files)
    assert not (tmp_path / STAGING).exists()


@pytest.mark.parametrize("stop_after", range(1, 12))
def test_an_interrupted_write_into_new_folders_ends_as_the_complete_old_or_new_output(tmp_path, stop_after):
    old = {"briefings/2024/01/a.md": b"old a"}
    new = {
        "briefings/2024/01/a.md": b"new a",
        "briefings/2024/02/b.md": b"new b",
        "briefings/2025/03/c.md": b"new c",
        "data/x.csv": b"new x",
    }
    _, committed = _write_interrupted(old, new, tmp_path, stop_after)
    state = {path: (tmp_path / path).read_bytes() for path in owned_files(tmp_path)}
    assert state == (new if committed else old)
    assert not (tmp_path / STAGING).exists()


def _log_staging(monkeypatch, log, slow_here: bool) -> None:
    """Append "pid name" to `log` for every page file staged, from whichever process stages it."""
    import os
    import time

    from generator import write

    parent = os.getpid()
    real_write_new = write._write_new

    def recording_write_new(path, data, *, flush=False):
        if path.name.startswith("p"):
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {path.name}\n")
            if slow_here and os.getpid() == parent:
                time.sleep(0.005)  # this process slower: the forked one surely takes a piece
        real_write_new(path, data, flush=flush)

    monkeypatch.setattr(write, "_write_new", recording_write_new)


def test_many_files_are_staged_by_several_processes_each_once(tmp_path, monkeypatch):
    from generator import write

    log = tmp_path / "staged-by.log"
    _log_staging(monkeypatch, log, slow_here=True)
    files = {f"briefings/{i // 100}/p{i}.md": f"page {i}".encode() for i in range(write.STAGE_IN_PARALLEL_FROM + 44)}
    staged: list[str] = []
    report = write_outputs(
        files, tmp_path / "docs", jobs=2, after_each=lambda s, p: staged.append(p) if s == "staged" else None
    )
    records = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(name for _, name in records) == sorted(path.rsplit("/", 1)[1] for path in files)  # each once
    assert len({pid for pid, _ in records}) == 2
    assert sorted(staged) == sorted(files) == list(report.written)
    docs = tmp_path / "docs"
    assert {path: (docs / path).read_bytes() for path in owned_files(docs)} == files


def test_few_files_are_staged_by_this_process_alone(tmp_path, monkeypatch):
    import os

    from generator import write

    log = tmp_path / "staged-by.log"
    _log_staging(monkeypatch, log, slow_here=False)
    files = {f"briefings/p{i}.md": b"x" for i in range(write.STAGE_IN_PARALLEL_FROM - 1)}
    write_outputs(files, tmp_path / "docs", jobs=2)
    pids = {line.split()[0] for line in log.read_text(encoding="utf-8").splitlines()}
    assert pids == {str(os.getpid())}
    assert len(owned_files(tmp_path / "docs")) == len(files)
