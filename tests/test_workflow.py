"""The GitHub workflow is valid (actionlint) and does what the README says it does."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import BIN, ROOT, run

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def test_actionlint_finds_no_problem_in_the_workflows():
    workflows = sorted(Path(ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    run(BIN / "actionlint", *workflows, cwd=ROOT)


def test_workflow_builds_strictly_tests_and_publishes_main_with_the_official_pages_actions():
    text = WORKFLOW.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["build"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "briefing build --strict" in commands and "mkdocs build --strict" in commands and "pytest" in commands
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert "refs/heads/main" in workflow["jobs"]["deploy"]["if"]


def test_ci_script_installs_chromium_and_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install" in script and "chromium" in script and "make test" in script
    assert "make test" in (ROOT / "README.md").read_text(encoding="utf-8")
