"""The cross-validation of the key-sentence weights (`eval/summary_cv.py`): folds and search grid.

The scoring step needs the shared dev set and the harness's requirements, so it is not run here;
what decides which articles each fold holds and which weights are tried is."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import summary_cv


def test_folds_are_by_article_and_stratified_by_kind() -> None:
    ids = [f"aihub-{i}" for i in range(30)] + [f"scinews-{i}" for i in range(12)] + [f"dacon-{i}" for i in range(3)]
    folds = summary_cv.make_folds(ids)
    assert set(folds) == set(ids) and set(folds.values()) == set(range(summary_cv.FOLDS))
    for kind, count in (("aihub", 30), ("scinews", 12)):
        per_fold = Counter(f for a, f in folds.items() if a.startswith(kind))
        assert max(per_fold.values()) - min(per_fold.values()) <= 1 and sum(per_fold.values()) == count
    assert summary_cv.make_folds(list(reversed(ids))) == folds  # independent of the input order


def test_the_grid_holds_the_shipped_weights() -> None:
    from briefing.summary.rank import RankingWeights

    shipped = RankingWeights()
    grid = summary_cv.configs()
    assert len(grid) == len({tuple(sorted(c.items())) for c in grid})
    assert any(all(getattr(shipped, k) == v for k, v in c.items()) for c in grid)
