"""Benchmark the whole pipeline on synthetic corpora and write bench/RESULTS.md.

    .venv/bin/python bench/run.py [--sizes 100,1000,10000] [--repeat 3] [--no-browser]

For each corpus size N, in a temporary project (mkdocs.yml, hand-written pages, the package, N synthetic
seeds from bench/make_corpus.py), it measures (median of --repeat runs):

- extraction throughput in one process (read → clean → extract via `briefing_from_bytes`);
- a cold `briefing build --jobs 2 --no-cache` (empty docs/): wall time, peak memory, articles/s;
- `mkdocs build --strict`: wall time, peak memory; the ratio briefing/mkdocs; site and search index size;
- a no-change `briefing build` (cache warm): wall time and files written;
- adding one article and running `briefing build`: wall time and files written;
- optionally the time to the first search result for "Gwadar" in headless Chromium.

Peak memory is the largest sum of proportional set sizes (PSS) over the process tree, sampled from
/proc/PID/smaps_rollup every 50 ms (worker processes count; a page shared by forked workers is split
among them, so the sum is the memory the tree uses). The largest sum of resident set sizes is reported
beside it: it counts each shared page once per process that maps it.
Memory is sampled in runs of its own, after the timed ones: reading smaps_rollup walks the page tables
of the process it reads and holds its memory map's lock, and on two cores that sampling made a cold
`--jobs 2` build about a fifth slower (mkdocs, one process, was not measurably slowed).
RESULTS.md is rewritten after every size, so a long run that is stopped keeps what it finished.

Nothing the benchmark makes is deleted before it ends: outputs it resets are moved aside (`Workspace`).
On a file system that avoids reusing recently freed inodes (ext4 without a journal, as on the virtual
machine these figures were taken on), creating a file scans past every inode freed in the last one to
six minutes in its group: after deleting a site of 2,800 files, writing the next one took 1.8 s of kernel time
instead of 0.2 s. Deleting between runs made each build pay for the one before it.
A probe (creating 2,000 empty files, `create_ms`) is reported for each size, so a slow file system shows;
another (`cpu_ms`, a fixed piece of CPU work) shows a machine slower at that moment than in another run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import _orgs, _people, make_article, make_corpus  # noqa: E402

BIN = Path(sys.executable).parent
RESULTS = HERE / "RESULTS.md"
RAW = Path(tempfile.gettempdir()) / "bench-results.json"  # every run's figures, for --merge
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PACKAGE = ROOT / "generator"  # replaced by --package
SEARCH_WORD = "Gwadar"

TARGETS = (
    ("extraction, one process", "≥ 200 articles/s"),
    ("briefing / mkdocs time at 1,000 and 10,000", "≤ 0.25"),
    ("whole pipeline (briefing build + mkdocs build) at 10,000", "≤ 3 min and ≤ 1.5 GB"),
    ("no-change build at 1,000", "≤ 1 s and 0 files written"),
    ("add one article at 1,000", "≤ 2 s"),
    ("first search result at 10,000", "≤ 1.5 s"),
)


# ---- measuring a command ------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    tree_mb: float  # largest sum of proportional set sizes (PSS) over the process tree
    tree_rss_mb: float  # largest sum of resident set sizes (RSS): counts pages shared by forked workers once each
    max_process_mb: float  # largest single process (ru_maxrss)
    stdout: str


def _tree_memory_kb(root_pid: int) -> tuple[int, int]:
    """(PSS, RSS) in kB summed over `root_pid` and all its descendants, read from /proc.

    PSS splits each page among the processes sharing it, so its sum is the memory the tree uses:
    forked workers share their parent's pages copy-on-write, which the RSS sum counts once per worker."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError, ValueError):
            continue
        parents[int(entry)] = int(fields[1])
    tree = {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                changed = True
    pss = rss = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return pss, rss


def briefing(*args: str, cwd: Path, sample_memory: bool = False) -> Run:
    """`briefing ARGS` run as `python -m generator` so the project's own (symlinked) package is used."""
    return measure(sys.executable, "-m", "generator", *args, cwd=cwd, sample_memory=sample_memory)


def mkdocs(cwd: Path, timeout: float | None = None, sample_memory: bool = False) -> Run:
    return measure(BIN / "mkdocs", "build", "--strict", cwd=cwd, timeout=timeout, sample_memory=sample_memory)


def measure(*args: str | Path, cwd: Path, timeout: float | None = None, sample_memory: bool = False) -> Run:
    """Run a command to completion; its wall time, and with `sample_memory` the process tree's peak memory
    (0 without: the sampling slows what it samples, so a timed run is not sampled).

    Raises RuntimeError when it fails, subprocess.TimeoutExpired (after killing it) when it runs too long."""
    env = {**ENV, "PYTHONPATH": str(cwd)}  # `import generator` (also in the mkdocs hook) finds the project's
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, so a timeout ends its workers too
    )
    peak = peak_rss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_rss
        while not done.is_set():
            pss, rss = _tree_memory_kb(process.pid)
            peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        done.set()
        raise
    seconds = time.perf_counter() - start
    done.set()
    if sample_memory:
        sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{args} failed ({process.returncode}):\n{stdout[-2000:]}\n{stderr[-4000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of all children so far: only meaningful when this command raised the maximum
    max_process = after if after > before else 0
    return Run(seconds, peak / 1024, peak_rss / 1024, max_process / 1024, stdout)


def files_written(stdout: str) -> int:
    """The "N files written" figure of `briefing build`'s summary line."""
    for line in stdout.splitlines():
        if "files written" in line:
            return int(line.split("files written")[0].rsplit(";", 1)[-1].strip().replace(",", ""))
    raise ValueError(f"no 'files written' in: {stdout!r}")


# ---- a project ----------------------------------------------------------------------------------


def make_project(target: Path, n: int) -> Path:
    """A project like the repository's (as tests/conftest.py makes them), with N synthetic seeds."""
    target.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "docs").mkdir()
    for page in ("index.md", "about.md"):
        shutil.copy(ROOT / "docs" / page, target / "docs" / page)
    (target / "generator").symlink_to(PACKAGE)
    make_corpus(n, target / "seeds")
    return target


class Workspace:
    """The benchmark's folders. What is reset is moved aside, into `aside`, and everything is deleted only
    when the benchmark ends (see the module's docstring for why)."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="bench-")
        self.root = Path(self._folder.name)
        self.aside = self.root / "aside"
        self.aside.mkdir()
        self._count = 0

    def set_aside(self, path: Path) -> None:
        """Move `path` out of the way, to be deleted at the end; a missing path is ignored."""
        if path.exists() or path.is_symlink():
            self._count += 1
            path.rename(self.aside / f"{self._count}-{path.name}")

    def cleanup(self) -> None:
        self._folder.cleanup()


def reset_outputs(project: Path, workspace: Workspace) -> None:
    """Back to a fresh checkout: hand-written pages only, no cache, no site."""
    for path in sorted((project / "docs").iterdir()):
        if path.name not in ("index.md", "about.md"):
            workspace.set_aside(path)
    workspace.set_aside(project / ".briefing-cache")
    workspace.set_aside(project / "site")


# A paragraph like the corpus's, for the CPU probe.
_PROBE_TEXT = (
    "ISLAMABAD, Oct. 11 (APP): Planning Minister Ahsan Iqbal said on Monday that China would extend a "
    '$1.5 billion loan for the Main Line-1 railway, and that "work will begin in March," officials said. '
) * 4
_PROBE_PATTERNS = (
    re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*"),
    re.compile(r"\$\s?\d+(?:\.\d+)?\s+(?:million|billion)"),
    re.compile(r"\b(?:on|in|by)\s+(?:Monday|March|June)\b"),
)


def cpu_probe(rounds: int = 5, repeats: int = 1200) -> float:
    """Milliseconds of wall time for a fixed piece of CPU work that no change to the package touches (regex
    searches, splitting and counting words, as extraction does), the best of `rounds`: a slower figure than
    another run's means a slower machine at that moment, not slower code."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeats):
            counts: dict[str, int] = {}
            for word in _PROBE_TEXT.lower().split():
                counts[word] = counts.get(word, 0) + 1
            for pattern in _PROBE_PATTERNS:
                pattern.findall(_PROBE_TEXT)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def creation_probe(workspace: Workspace, count: int = 2000) -> float:
    """Milliseconds of wall time to create one empty file, over `count` in a new folder."""
    folder = workspace.root / f"probe-{time.monotonic_ns()}"
    folder.mkdir()
    start = time.perf_counter()
    for number in range(count):
        os.close(os.open(folder / f"{number}.md", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    elapsed = time.perf_counter() - start
    workspace.set_aside(folder)
    return elapsed / count * 1000


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


# ---- the measurements ---------------------------------------------------------------------------


_EXTRACTION_SCRIPT = """
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from generator.config import load_settings
from generator.seeds import briefing_from_bytes, load_extractors, prepare_extraction
project, limit, min_seconds = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
extractors = load_extractors(load_settings(project))
prepare_extraction(extractors)
setup = time.perf_counter() - start
seeds = [(path.read_bytes(), path.name) for path in sorted((project / "seeds").iterdir())[:limit]]
done, start = 0, time.perf_counter()
while done == 0 or time.perf_counter() - start < min_seconds:
    for data, name in seeds:
        briefing_from_bytes(data, name, extractors)
    done += len(seeds)
print(json.dumps({"setup_s": setup, "per_s": done / (time.perf_counter() - start), "articles": done}))
"""


def extraction_rate(project: Path, limit: int = 1000, min_seconds: float = 2.0) -> dict[str, float]:
    """Read → clean → extract in a new process over the first `limit` seeds, again and again until
    `min_seconds` have passed (a measure of half a second, 100 seeds, moves by a quarter with the
    machine's noise; the first pass's warming up is a few milliseconds).

    Returns `setup_s`, the seconds a new process takes to be ready (imports, the gazetteer and taxonomy
    compiled), `per_s`, articles per second after it, and `articles`, how many were extracted. A
    process of its own, so that what the benchmark did before (builds, a browser) cannot slow it down
    or warm it up."""
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    output = subprocess.run(
        [sys.executable, "-c", _EXTRACTION_SCRIPT, str(project), str(limit), str(min_seconds)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(output.stdout)


_BUNDLE_SCRIPT = """
import time
start = time.perf_counter()
from generator.render import javascript_bundle
javascript_bundle()
print(time.perf_counter() - start)
"""


def make_script_bundle() -> float | None:
    """Seconds to make the charts' script bundle (render/vega_bundle.py) into the user's cache folder, as
    the first build on a machine does; the builds measured after it find it there. None if the package
    has no such step (an older copy keeps the bundle per project)."""
    env = {**os.environ, "PYTHONPATH": str(PACKAGE.parent)}
    output = subprocess.run([sys.executable, "-c", _BUNDLE_SCRIPT], env=env, capture_output=True, text=True)
    return float(output.stdout) if output.returncode == 0 else None


def search_latency(site: Path) -> dict[str, float]:
    """Seconds from navigation start to the first search result for SEARCH_WORD (and from the last key)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from browser import chromium, serve  # the test suite's server and browser settings

    with serve(site) as url, chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.perf_counter()
        page.goto(url, wait_until="load")
        loaded = time.perf_counter()
        box = page.locator("#briefing-search input")  # Pagefind's box, put in the header by search.js
        box.click()
        box.press_sequentially(SEARCH_WORD)
        typed = time.perf_counter()
        page.wait_for_selector(".pagefind-ui__result", timeout=120_000)
        found = time.perf_counter()
        page.close()
    return {"load": loaded - start, "first_result": found - start, "after_typing": found - typed}


@dataclass
class SizeResult:
    n: int
    measures: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, value: float) -> None:
        self.measures.setdefault(name, []).append(value)

    def median(self, name: str) -> float | None:
        values = self.measures.get(name)
        return statistics.median(values) if values else None


def bench_size(
    n: int, repeat: int, browser: bool, log, workspace: Workspace, mkdocs_timeout: float | None = None
) -> SizeResult:
    result = SizeResult(n)
    # the project stays in the workspace until the benchmark ends (see Workspace)
    project = make_project(workspace.root / f"project-{n}", n)
    log(f"[{n}] corpus: {folder_bytes(project / 'seeds') / 1e6:.1f} MB")
    for attempt in range(repeat):
        probe = creation_probe(workspace)
        result.add("create_ms", probe)
        log(f"[{n}] run {attempt + 1}: creating a file takes {probe:.3f} ms (probe)")
        cpu = cpu_probe()
        result.add("cpu_ms", cpu)
        log(f"[{n}] run {attempt + 1}: the fixed CPU work takes {cpu:.1f} ms (probe)")
        extraction = extraction_rate(project)
        rate, setup = extraction["per_s"], extraction["setup_s"]
        result.add("extract_per_s", rate)
        result.add("extract_setup_s", setup)
        log(f"[{n}] run {attempt + 1}: extraction {rate:.0f} articles/s (one process, after {setup:.2f} s setup)")

        reset_outputs(project, workspace)
        cold = briefing("build", "--jobs", "2", "--no-cache", cwd=project)
        result.add("build_s", cold.seconds)
        result.add("build_per_s", n / cold.seconds)
        result.add("build_written", files_written(cold.stdout))
        log(f"[{n}] run {attempt + 1}: briefing build --jobs 2 --no-cache {cold.seconds:.2f} s; {cold.stdout.strip()}")

        try:
            site = mkdocs(project, timeout=mkdocs_timeout)
        except subprocess.TimeoutExpired:
            result.add("mkdocs_timeout_s", mkdocs_timeout)
            log(f"[{n}] run {attempt + 1}: mkdocs build stopped after {mkdocs_timeout:.0f} s (--mkdocs-timeout)")
            site = None
        if site is not None:
            result.add("mkdocs_s", site.seconds)
            result.add("ratio", cold.seconds / site.seconds)
            result.add("site_mb", folder_bytes(project / "site") / 1e6)
            result.add("index_mb", folder_bytes(project / "site" / "pagefind") / 1e6)
            log(f"[{n}] run {attempt + 1}: mkdocs build {site.seconds:.2f} s")

        warm = briefing("build", "--jobs", "2", cwd=project)  # fills the cache
        result.add("warm_s", warm.seconds)
        again = briefing("build", cwd=project)
        result.add("nochange_s", again.seconds)
        result.add("nochange_written", files_written(again.stdout))
        log(
            f"[{n}] run {attempt + 1}: cache-filling build {warm.seconds:.2f} s; no-change build "
            f"{again.seconds:.2f} s; {again.stdout.strip()}"
        )

        extra = project / "seeds" / f"zz_added_{attempt}.txt"
        people, orgs = _people(random.Random(8)), _orgs(random.Random(9))
        extra.write_text(make_article(random.Random(1000 + attempt), people, orgs, n + attempt))
        added = briefing("build", cwd=project)
        result.add("add_s", added.seconds)
        result.add("add_written", files_written(added.stdout))
        log(f"[{n}] run {attempt + 1}: add one article {added.seconds:.2f} s; {added.stdout.strip()}")
        extra.unlink()
        briefing("build", cwd=project)  # back to N articles for the next run

        # site/ is still the build of these N articles (only docs/ changed meanwhile)
        if browser and site is not None:
            try:
                latency = search_latency(project / "site")
            except Exception as error:  # the browser is optional: report, do not fail the benchmark
                log(f"[{n}] search latency not measured: {error}")
            else:
                result.add("search_s", latency["first_result"])
                result.add("search_after_typing_s", latency["after_typing"])
                result.add("page_load_s", latency["load"])
                log(
                    f"[{n}] run {attempt + 1}: first search result {latency['first_result']:.2f} s "
                    f"(page load {latency['load']:.2f} s, {latency['after_typing']:.2f} s after the last key)"
                )

        label = f"[{n}] run {attempt + 1}"
        _measure_memory(result, project, workspace, label, site is not None, mkdocs_timeout, log)
    return result


def _measure_memory(
    result: SizeResult,
    project: Path,
    workspace: Workspace,
    label: str,
    with_mkdocs: bool,
    mkdocs_timeout: float | None,
    log,
) -> None:
    """Peak memory of a cold build and, `with_mkdocs`, of mkdocs, in runs of their own: sampling memory
    slows what it samples, so the timed runs are not sampled."""
    reset_outputs(project, workspace)
    cold = briefing("build", "--jobs", "2", "--no-cache", cwd=project, sample_memory=True)
    result.add("build_mb", cold.tree_mb)
    result.add("build_rss_mb", cold.tree_rss_mb)
    result.add("build_proc_mb", cold.max_process_mb)
    message = f"{label}: memory (runs of their own): briefing build {cold.tree_mb:.0f} MB"
    if with_mkdocs:
        try:
            site = mkdocs(project, timeout=mkdocs_timeout, sample_memory=True)
        except subprocess.TimeoutExpired:
            message += ", mkdocs build stopped (--mkdocs-timeout)"
        else:
            result.add("mkdocs_mb", site.tree_mb)
            result.add("mkdocs_rss_mb", site.tree_rss_mb)
            message += f", mkdocs build {site.tree_mb:.0f} MB"
    log(message)


# ---- the report ---------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return {
        "CPU": f"{os.cpu_count()} × {model}",
        "RAM": ram,
        "Python": platform.python_version(),
        "System": f"{platform.system()} {platform.release()}",
        "Load average (1, 5, 15 min) when written": ", ".join(f"{load:.1f}" for load in os.getloadavg()),
    }


COLUMNS = (
    ("create_ms", "creating an empty file ms (probe)", "{:.3f}"),
    ("cpu_ms", "fixed CPU work ms (probe)", "{:.1f}"),
    ("extract_per_s", "extract art/s (1 proc, ≤1,000 seeds)", "{:.0f}"),
    ("extract_setup_s", "extraction setup per process s", "{:.2f}"),
    ("build_s", "briefing build -j2 s", "{:.2f}"),
    ("build_per_s", "build art/s", "{:.0f}"),
    ("build_mb", "build peak MB (tree, PSS)", "{:.0f}"),
    ("build_rss_mb", "build peak MB (tree, RSS sum)", "{:.0f}"),
    ("mkdocs_s", "mkdocs s", "{:.2f}"),
    ("mkdocs_mb", "mkdocs peak MB (tree, PSS)", "{:.0f}"),
    ("mkdocs_rss_mb", "mkdocs peak MB (tree, RSS sum)", "{:.0f}"),
    ("ratio", "briefing/mkdocs", "{:.2f}"),
    ("site_mb", "site MB", "{:.1f}"),
    ("index_mb", "search index MB", "{:.1f}"),
    ("warm_s", "cache-filling build -j2 s", "{:.2f}"),
    ("nochange_s", "no-change build s", "{:.2f}"),
    ("nochange_written", "no-change files written", "{:.0f}"),
    ("add_s", "add one article s", "{:.2f}"),
    ("add_written", "add: files written", "{:.0f}"),
    ("page_load_s", "home page load s", "{:.2f}"),
    ("search_s", "first search result s", "{:.2f}"),
    ("search_after_typing_s", "… of which after the last key s", "{:.2f}"),
)


def _cell(result: SizeResult, key: str, fmt: str) -> str:
    value = result.median(key)
    if value is not None:
        return fmt.format(value)
    stopped = result.median("mkdocs_timeout_s")
    if stopped is not None and key == "mkdocs_s":
        return f"> {stopped:.0f} (stopped)"
    if stopped is not None and key == "ratio" and result.median("build_s") is not None:
        return f"< {result.median('build_s') / stopped:.2f}"
    return "–"


def table(results: list[SizeResult]) -> str:
    header = "| measure | " + " | ".join(f"N = {r.n:,}" for r in results) + " |"
    lines = [header, "|---|" + "---:|" * len(results)]
    for key, label, fmt in COLUMNS:
        cells = [_cell(r, key, fmt) for r in results]
        if all(c == "–" for c in cells):
            continue
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def verdicts(results: list[SizeResult]) -> list[str]:
    by_n = {r.n: r for r in results}
    out: list[str] = []

    def check(label: str, ok: bool | None, detail: str) -> None:
        mark = "–" if ok is None else ("met" if ok else "**missed**")
        out.append(f"| {label} | {detail} | {mark} |")

    rates = [r.median("extract_per_s") for r in results]
    worst = min(rates) if rates else None
    check(
        TARGETS[0][0] + " " + TARGETS[0][1],
        None if worst is None else worst >= 200,
        "–" if worst is None else f"{worst:.0f} articles/s (slowest size)",
    )
    for n in (1000, 10000):
        r = by_n.get(n)
        ratio = r.median("ratio") if r else None
        if r and ratio is None and r.median("mkdocs_timeout_s"):
            bound = r.median("build_s") / r.median("mkdocs_timeout_s")
            check(
                f"briefing/mkdocs at {n:,} ≤ 0.25",
                True if bound <= 0.25 else None,
                f"< {bound:.2f} (mkdocs stopped after {r.median('mkdocs_timeout_s'):.0f} s)",
            )
            continue
        check(
            f"briefing/mkdocs at {n:,} ≤ 0.25",
            None if ratio is None else ratio <= 0.25,
            "not run" if ratio is None else f"{ratio:.2f}",
        )
    r = by_n.get(10000)
    if r and r.median("mkdocs_s") is None and r.median("mkdocs_timeout_s"):
        check(
            "whole pipeline at 10,000 ≤ 3 min and ≤ 1.5 GB",
            False,
            f"> {r.median('build_s') + r.median('mkdocs_timeout_s'):.0f} s (mkdocs stopped), "
            f"briefing build {r.median('build_mb'):.0f} MB",
        )
    elif r:
        total = r.median("build_s") + r.median("mkdocs_s")
        peak = max(r.median("build_mb"), r.median("mkdocs_mb"))
        check(
            "whole pipeline at 10,000 ≤ 3 min and ≤ 1.5 GB",
            total <= 180 and peak <= 1536,
            f"{total:.0f} s, {peak:.0f} MB",
        )
    else:
        check("whole pipeline at 10,000 ≤ 3 min and ≤ 1.5 GB", None, "not run")
    r = by_n.get(1000)
    if r:
        seconds, written = r.median("nochange_s"), r.median("nochange_written")
        check(
            "no-change build at 1,000 ≤ 1 s, 0 files written",
            seconds <= 1 and written == 0,
            f"{seconds:.2f} s, {written:.0f} written",
        )
        check("add one article at 1,000 ≤ 2 s", r.median("add_s") <= 2, f"{r.median('add_s'):.2f} s")
    else:
        check("no-change build at 1,000 ≤ 1 s, 0 files written", None, "not run")
        check("add one article at 1,000 ≤ 2 s", None, "not run")
    search = by_n[10000].median("search_s") if 10000 in by_n else None
    stopped = 10000 in by_n and by_n[10000].median("mkdocs_timeout_s") is not None
    check(
        "first search result at 10,000 ≤ 1.5 s",
        None if search is None else search <= 1.5,
        f"{search:.2f} s" if search is not None else "no site (mkdocs stopped)" if stopped else "not run",
    )
    return out


def write_results(
    results: list[SizeResult], options: argparse.Namespace, bundle_s: float | None, finished: bool
) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `bench/run.py` (see bench/README.md). Synthetic corpora from `bench/make_corpus.py` "
        "(seed 7); every figure is the median of the runs.",
        "",
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in machine().items()),
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- Command: `bench/run.py --sizes {options.sizes} --repeat {options.repeat}"
        + (f" --large-repeat {options.large_repeat}" if options.large_repeat else "")
        + (f" --mkdocs-timeout {options.mkdocs_timeout:.0f}" if options.mkdocs_timeout else "")
        + (" --merge (sizes " + ", ".join(str(r.n) for r in results) + ")" if options.merge else "")
        + f"{'' if options.browser else ' --no-browser'}`"
        + ("" if finished else " (still running or stopped)"),
        f"- Package: `{PACKAGE}`",
        "- Charts' script bundle, made once per machine and vl-convert version (the first build on a machine): "
        + ("not made separately" if bundle_s is None else f"{bundle_s:.2f} s"),
        *([f"- Note: {options.note}"] if options.note else []),
        "",
        "## Figures",
        "",
        table(results),
        "",
        "## Targets",
        "",
        "| target | measured | |",
        "|---|---|---|",
        *verdicts(results),
        "",
        'Notes: "briefing build -j2" is a cold build (`--jobs 2 --no-cache`, empty docs/): read, clean, extract,',
        "corpus, render and write; it finds the charts' script bundle made (once per machine, above). Peak",
        "memory is the largest sum of proportional set sizes (PSS) of the",
        "process tree (workers included; a page shared copy-on-write by forked workers is split among them),",
        "sampled every 50 ms in runs of their own (sampling slows what it samples, so timed runs are not",
        'sampled); the RSS sum beside it counts such a page once per process. "no-change" and',
        '"add one article" are plain',
        "`briefing build` runs with a warm cache. Search latency is from navigation start to the first",
        "`.pagefind-ui__result`, typing the word with Playwright's press_sequentially (headless Chromium).",
        "",
    ]
    text = "\n".join(lines)
    RESULTS.write_text(text, encoding="utf-8")
    raw = {r.n: r.measures for r in results}
    RAW.write_text(json.dumps(raw, indent=1))
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the median is reported)")
    parser.add_argument("--large-repeat", type=int, help="runs for sizes of 10,000 and more (default: --repeat)")
    parser.add_argument("--mkdocs-timeout", type=float, help="stop an mkdocs build after this many seconds")
    parser.add_argument("--merge", type=Path, help="raw results (JSON) of an earlier run: keep its other sizes")
    parser.add_argument("--note", help="a line for RESULTS.md (e.g. which commit the package is)")
    parser.add_argument("--no-browser", dest="browser", action="store_false", help="skip the search latency")
    parser.add_argument(
        "--package",
        type=Path,
        default=ROOT / "generator",
        help="the generator package to benchmark (default: this repository's; e.g. an older copy)",
    )
    options = parser.parse_args(argv)
    global PACKAGE
    PACKAGE = options.package.resolve()
    sys.path.insert(0, str(PACKAGE.parent))  # in-process extraction imports the same package
    sizes = [int(size.replace("_", "")) for size in options.sizes.split(",") if size.strip()]

    def log(message: str) -> None:
        print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)

    # What builds keep once per machine goes to a folder of this run's: it starts as a new machine does.
    user_cache = tempfile.TemporaryDirectory(prefix="bench-user-cache-")
    os.environ["XDG_CACHE_HOME"] = user_cache.name
    bundle_s = make_script_bundle()
    log("script bundle: " + ("not made separately" if bundle_s is None else f"{bundle_s:.2f} s, once per machine"))

    earlier = json.loads(options.merge.read_text()) if options.merge else {}
    kept = [SizeResult(int(n), measures) for n, measures in earlier.items() if int(n) not in sizes]
    results: list[SizeResult] = []

    def everything() -> list[SizeResult]:
        return sorted([*kept, *results], key=lambda r: r.n)

    workspace = Workspace()
    try:
        for n in sizes:
            repeat = options.large_repeat if n >= 10000 and options.large_repeat else options.repeat
            results.append(bench_size(n, repeat, options.browser, log, workspace, options.mkdocs_timeout))
            write_results(everything(), options, bundle_s, finished=False)
    finally:
        log("deleting the benchmark's folders")
        workspace.cleanup()
    print(table(everything()))
    print()
    print("\n".join(verdicts(everything())))
    write_results(everything(), options, bundle_s, finished=True)
    print(f"\nwritten {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
