"""The command line: help for every command, `python -m generator`, and `briefing add`."""

from __future__ import annotations

import sys

import pytest

from generator.cli import _parser

from .conftest import ROOT, briefing, make_project, run

COMMANDS = ["build", "extract", "add"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = briefing(command, "--help", cwd=ROOT)
    assert "Example" in result.stdout


def test_the_parser_knows_exactly_the_documented_commands():
    subparsers = next(a for a in _parser()._actions if a.dest == "==SUPPRESS==" or a.choices)
    assert sorted(subparsers.choices) == sorted(COMMANDS)


def test_python_dash_m_generator_is_the_same_command():
    result = run(sys.executable, "-m", "generator", "--help", cwd=ROOT)
    assert "build" in result.stdout and "extract" in result.stdout


ARTICLE = """China, Pakistan agree to expand Gwadar port cooperation

ISLAMABAD, March 4 (APP): Pakistan and China on Monday agreed to expand cooperation at Gwadar port,
officials said.

"The port will become a hub for regional trade," Planning Minister Ahsan Iqbal told reporters after
the meeting. He said the two sides would sign three agreements next month.

The project is expected to attract $1.5 billion in investment over five years.
"""


def test_add_saves_a_seed_with_front_matter_rebuilds_and_refuses_it_twice(tmp_path):
    project = make_project(tmp_path / "p")
    briefing("build", cwd=project)
    source = tmp_path / "new article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = briefing("add", source, "--url", "https://example.com/gwadar", cwd=project)
    assert "added seeds/" in result.stdout
    added = [p for p in (project / "seeds").iterdir() if p.suffix == ".md"]
    assert len(added) == 1
    text = added[0].read_text(encoding="utf-8")
    assert text.startswith("---\n") and 'url: "https://example.com/gwadar"' in text and "added: " in text
    pages = [p for p in (project / "docs" / "briefings").rglob("*.md") if p.stem == added[0].stem.lower()]
    assert pages, "the new briefing page was generated"
    again = briefing("add", source, cwd=project, check=False)
    assert again.returncode == 1 and added[0].name in again.stderr
    assert briefing("build", cwd=project).stdout.count("0 files written") == 1


def test_add_reads_pasted_text_from_standard_input(tmp_path):
    project = make_project(tmp_path / "p", seeds=[])
    import subprocess

    from .conftest import BIN

    result = subprocess.run(
        [str(BIN / "briefing"), "add", "-", "--no-build"],
        input=ARTICLE.encode(),
        cwd=project,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((project / "seeds").glob("*.md"))) == 1


@pytest.mark.parametrize("entry", ["script", "module"])
def test_the_command_ends_without_teardown_yet_flushes_its_output_and_keeps_its_exit_code(tmp_path, entry):
    """`briefing` ends its process at once after a build (cli.run): what it printed to a file, which Python
    buffers, still reaches the file, and --strict's exit code for a skipped seed is kept."""
    import subprocess

    from .conftest import BIN

    project = make_project(tmp_path / "p", seeds=[])
    (project / "seeds" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    command = [str(BIN / "briefing")] if entry == "script" else [sys.executable, "-m", "generator"]
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as stdout, err.open("w") as stderr:
        result = subprocess.run([*command, "build", "--strict"], cwd=project, stdout=stdout, stderr=stderr, timeout=300)
    assert result.returncode == 1
    assert "1 briefings, 1 skipped;" in out.read_text()
    assert "skipped empty.txt" in err.read_text()
