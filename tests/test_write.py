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


@pytest.mark.parametrize("stop_after", [1, 2, 3, 4, 5, 6])
def test_an_interrupted_write_ends_as_the_complete_old_or_new_output(tmp_path, stop_after):
    old = {"briefings/a.md": b"old a", "briefings/b.md": b"old b", "data/x.csv": b"old x"}
    new = {"briefings/a.md": b"new a", "briefings/c.md": b"new c", "data/x.csv": b"new x"}
    write_outputs(old, tmp_path)
    calls = []

    def stop(stage: str, path: str) -> None:
        calls.append(stage)
        if len(calls) == stop_after:
            raise Interrupted

    with pytest.raises(Interrupted):
        write_outputs(new, tmp_path, after_each=stop)
    recover(tmp_path)
    state = {path: (tmp_path / path).read_bytes() for path in owned_files(tmp_path)}
    committed = "committed" in calls
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
