"""Progress of long runs on stderr: a bar on a terminal, plain log lines otherwise (cron, systemd, CI).

`ProgressReporter()` is a `progress(stage, done, total)` callable for `digest_job.run_digest`. The bar
is click's (no extra dependency); log lines are throttled to one per 10% or per `interval` seconds.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any, TextIO, cast

import click

LABELS = {"fetch": "fetching feed entries", "analyse": "analysing articles"}


class ProgressReporter:
    """Report `(stage, done, total)` on `stream` (stderr by default)."""

    def __init__(self, stream: IO[str] | None = None, *, bar: bool | None = None, interval: float = 5.0) -> None:
        self.stream = stream or sys.stderr
        self.bar = self._isatty() if bar is None else bar
        self.interval = interval
        self._bars: dict[str, Any] = {}
        self._logged: dict[str, tuple[float, int]] = {}

    def _isatty(self) -> bool:
        try:
            return bool(self.stream.isatty())
        except (AttributeError, ValueError):
            return False

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total <= 0:
            return
        label = LABELS.get(stage, stage)
        if self.bar:
            self._update_bar(stage, label, done, total)
        else:
            self._log(stage, label, done, total)

    def _update_bar(self, stage: str, label: str, done: int, total: int) -> None:
        bar = self._bars.get(stage)
        if bar is None:
            bar = click.progressbar(length=total, label=label, file=cast(TextIO, self.stream), show_pos=True)
            bar.__enter__()
            self._bars[stage] = bar
        bar.update(max(0, done - bar.pos))
        if done >= total:
            bar.__exit__(None, None, None)
            del self._bars[stage]

    def _log(self, stage: str, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        last_time, last_done = self._logged.get(stage, (0.0, 0))
        step = max(1, total // 10)
        if done >= total or done - last_done >= step or now - last_time >= self.interval:
            self.stream.write(f"briefing: {label} {done}/{total}\n")
            self.stream.flush()
            self._logged[stage] = (now, done)

    def close(self) -> None:
        """Finish any bar left open (a run that stopped early)."""
        for bar in self._bars.values():
            bar.__exit__(None, None, None)
        self._bars.clear()
