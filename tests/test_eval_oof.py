"""The out-of-fold run (`eval/oof.py`): each half of the tune articles read by models fitted without it,
swapped in this process only (no ../shared needed for what is tested here)."""

from __future__ import annotations

import json
import math
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import oof
import real_news

from briefing.entities import model as entity_model
from briefing.people import affiliations


def test_the_models_are_swapped_in_process_and_back(tmp_path: Path) -> None:
    shipped = (entity_model.MODEL_FILE, affiliations.WEIGHTS_FILE)
    crf, weights = tmp_path / "half.crfsuite", tmp_path / "half.json"
    shutil.copy(shipped[0], crf)
    data = json.loads(shipped[1].read_text(encoding="utf-8"))
    data["bias"] = -50.0  # no pair is ever likelier than not
    weights.write_text(json.dumps(data), encoding="utf-8")
    try:
        oof.use_models(crf, weights)
        assert entity_model.entity_model().path == str(crf)
        assert affiliations.probability({name: 1.0 for name in affiliations.FEATURES}) < 0.001
    finally:
        oof.use_models(*shipped)
    assert entity_model.entity_model().path == str(shipped[0])
    bias = json.loads(shipped[1].read_text(encoding="utf-8"))["bias"]
    assert affiliations.probability({}) == 1 / (1 + math.exp(-bias))  # the shipped weights again


def test_only_the_tune_parts_are_read() -> None:
    parts = real_news.split()
    assert set(oof.PARTS) == {"tune", "names-tune", "summ-news-tune"}
    read = {i for p in real_news.TUNE_PARTS for i in parts[p]} | set(real_news.SUMM_NEWS.split()["tune"])
    assert not read & {i for p in ("check", "names-check") for i in parts[p]}
    assert not read & set(real_news.SUMM_NEWS.split()["check"])
