"""Progress of a long build: a rich progress bar at a terminal, plain lines elsewhere (CI, pipes).

The bar is redrawn by the build's own thread as articles finish, not by a thread of rich's: the
build forks worker processes while the bar is shown, and a process forked while another thread
holds a lock (the terminal's, say) would find it held forever."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress

PLAIN_EVERY = 500  # in plain mode, one line per this many articles
BAR_FROM = 50  # fewer articles than this finish too fast for a bar to help
REDRAW_EVERY = 0.1  # seconds between redraws of the bar


class Progress:
    """Counts finished articles; the build calls `start(total)`, `advance(name)` and `stage(text)`."""

    def __init__(self, quiet: bool = False, stream=None) -> None:
        self._quiet = quiet
        self._stream = stream or sys.stderr
        self._bar: RichProgress | None = None
        self._task = None
        self._done = 0
        self._total = 0
        self._drawn = 0.0  # time.monotonic() of the last redraw

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def start(self, total: int) -> None:
        self._total, self._done = total, 0
        if self._quiet or total < BAR_FROM:
            return
        if self._stream.isatty():
            self._bar = RichProgress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                transient=True,
                auto_refresh=False,
                console=Console(file=self._stream),
            )
            self._bar.start()
            self._task = self._bar.add_task("extract", total=total)
        else:
            print(f"extracting {total} articles", file=self._stream)

    def advance(self, name: str) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.advance(self._task)
            now = time.monotonic()
            if now - self._drawn >= REDRAW_EVERY or self._done == self._total:
                self._drawn = now
                self._bar.refresh()
        elif not self._quiet and self._total >= BAR_FROM and self._done % PLAIN_EVERY == 0:
            print(f"  {self._done}/{self._total}", file=self._stream)

    def stage(self, text: str) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        if not self._quiet and self._total >= BAR_FROM:
            print(text, file=self._stream)
