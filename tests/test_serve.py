"""`mkdocs serve` regenerates the briefing pages when a seed is dropped into seeds/."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request

from .conftest import BIN, briefing, make_project

NEW_SEED = """---
title: Karachi port authority signs terminal deal
date: 2024-10-02
source: Test Wire
---

KARACHI: The Karachi Port Trust on Tuesday signed a terminal agreement with a Chinese operator.

"This deal doubles our container capacity," the trust's chairman, Syed Ali Raza, told reporters.
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except OSError as error:
        return getattr(error, "code", 0) or 0, ""


def wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, body = fetch(url)
        if status == 200 and needle in body:
            return True
        time.sleep(0.5)
    return False


def test_a_seed_dropped_into_seeds_is_served_without_a_manual_build(tmp_path):
    project = make_project(tmp_path / "p")
    briefing("build", cwd=project)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        assert wait_for(base, "Latest briefings", 60), "mkdocs serve did not start"
        (project / "seeds" / "karachi-terminal.md").write_text(NEW_SEED, encoding="utf-8")
        page = base + "briefings/2024/10/karachi-terminal/"
        assert wait_for(page, "Karachi port authority signs terminal deal", 60)
        assert wait_for(base + "briefings/", "Karachi port authority", 10)
    finally:
        server.terminate()
        server.wait(timeout=20)
