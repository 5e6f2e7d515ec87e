"""The scorer of stories across outlets (`eval/stories.py`), on groups made up here (no ../shared needed),
and the gold and split files it reads: every story whole in one part, every article in one part."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import stories


def test_pairs_whole_stories_and_articles_not_theirs() -> None:
    ids = ["a", "b", "c", "d", "e", "f"]
    gold_story = {"a": 0, "b": 0, "c": 0, "d": 1, "e": 1}  # f stands alone
    # a, b together; c with the other story's d and e: one story whole? none; c is not theirs
    found = stories.score(ids, [["a", "b"], ["c", "d", "e"], ["f"]], gold_story)
    assert (found["found_pairs"], found["gold_pairs"]) == (4, 4)  # ab, cd, ce, de / ab, ac, bc, de
    assert found["P"] == pytest.approx(2 / 4) and found["R"] == pytest.approx(2 / 4)
    assert found["whole"] == 0 and found["gold"] == 2 and found["shown"] == 3
    assert (found["intruders"], found["merged"]) == (1, 5)
    perfect = stories.score(ids, [["a", "b", "c"], ["d", "e"], ["f"]], gold_story)
    assert (perfect["P"], perfect["R"], perfect["whole"], perfect["intruders"]) == (1.0, 1.0, 2, 0)
    apart = stories.score(ids, [[i] for i in ids], gold_story)
    assert (apart["P"], apart["R"], apart["F1"], apart["whole"]) == (1.0, 0.0, 0.0, 0)


def test_gold_and_split_agree() -> None:
    gold = json.loads(stories.GOLD.read_text(encoding="utf-8"))
    parts = json.loads(stories.SPLIT.read_text(encoding="utf-8"))
    tune, check = set(parts["tune"]), set(parts["check"])
    assert not tune & check and tune | check == set(gold["article_sha256"])
    for story in gold["clusters"]:
        assert len(story["ids"]) >= 2 and (set(story["ids"]) <= tune or set(story["ids"]) <= check)
    ids = [i for story in gold["clusters"] for i in story["ids"]]
    assert len(ids) == len(set(ids))
