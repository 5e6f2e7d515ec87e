"""The eval command's margin over the best summary peer, read from the harness's Markdown report.

The harness (`../shared/eval/summ/run.py`) is not needed: the report below has its table shapes
(a peer table, then the external system's table with other columns).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import run as eval_run

REPORT = """
## split=dev reference=abstractive articles=3 (skipped 1 with no abstractive reference)

| system | R1 | R2 | RL | n | sel ms | prep ms | empty |
|---|---:|---:|---:|---:|---:|---:|---:|
| lead3 | 40.00 | 25.00 | 33.00 | 3 | 0.03 | 50.00 | 0 |
| krwordrank | 41.00 | 20.00 | 30.00 | 3 | 20.00 | 50.00 | 0 |
| oracle | 60.00 | 45.00 | 48.00 | 3 | 30.00 | 50.00 | 0 |

kiwi tokenization alone over the split: 0.69 s for 3 articles

| system | R1 | R2 | RL | n | missing | wall s |
|---|---:|---:|---:|---:|---:|---:|
| briefing | 43.50 | 26.00 | 35.25 | 3 | 0 | 3.92 |
"""


def test_rows_are_read_from_both_tables() -> None:
    rows = eval_run.rouge_rows(REPORT)
    assert set(rows) == {"lead3", "krwordrank", "oracle", "briefing"}
    assert rows["briefing"] == {"R1": 43.5, "R2": 26.0, "RL": 35.25}
    assert rows["krwordrank"]["R1"] == 41.0


def test_margin_is_over_each_metrics_best_peer_and_ignores_the_oracle() -> None:
    margin = eval_run.margin_over_best_peer(eval_run.rouge_rows(REPORT))
    # R1's best peer is KR-WordRank (41), R2's and RL's Lead-3 (25, 33); the oracle is not a peer
    assert margin == pytest.approx({"R1": 2.5, "R2": 1.0, "RL": 2.25})
    line = eval_run.margin_line("abstractive", margin)
    assert "+2.50 / +1.00 / +2.25" in line and "NOT met" in line


def test_a_report_without_our_row_is_an_error() -> None:
    without_ours = REPORT.split("kiwi tokenization")[0]
    with pytest.raises(ValueError):
        eval_run.margin_over_best_peer(eval_run.rouge_rows(without_ours))
