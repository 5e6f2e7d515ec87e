"""Key sentences on the fresh articles against an editor's picks (`tests/data/fresh/key_sentences.json`).

The editor picked three body sentences per article without seeing this project's output
(docs/eval.md, "An independent check"). `eval/fresh_summary.py` prints the ROUGE table; these tests
hold the labels to the articles, the scorer to known values, and the ranking to what the editor
agrees with most: the sentence the editor ranked first.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import pytest

from briefing import build_briefing, read_article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import fresh_summary

LABELS: dict[str, list[str]] = json.loads(fresh_summary.LABELS.read_text(encoding="utf-8"))


@functools.cache
def picks(name: str) -> tuple[str, ...]:
    b = build_briefing(read_article(fresh_summary.FRESH / name), sentences=3)
    return tuple(s.text.strip() for s in b.summary)


def test_every_label_is_three_body_sentences_of_its_article() -> None:
    assert len(LABELS) >= 40
    for name, picked in LABELS.items():
        body = read_article(fresh_summary.FRESH / name).text
        assert len(picked) == 3 and len(set(picked)) == 3, name
        for sentence in picked:
            assert sentence in body, (name, sentence)


def test_rouge_of_known_sequences() -> None:
    assert fresh_summary.rouge(["a", "b", "c"], ["a", "b", "c"]) == (1.0, 1.0, 1.0)
    assert fresh_summary.rouge(["x"], ["a", "b"]) == (0.0, 0.0, 0.0)
    r1, r2, rl = fresh_summary.rouge(["a", "b", "x", "c"], ["a", "b", "c"])
    assert r1 == pytest.approx(2 * 0.75 * 1.0 / 1.75)  # 3 of 4 predicted, 3 of 3 reference
    assert r2 == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))  # only "a b" of 3 / 2 bigrams
    assert rl == pytest.approx(r1)  # the LCS is "a b c"


def test_tokens_drop_punctuation_and_keep_numbers_and_latin() -> None:
    from kiwipiepy import Kiwi

    got = fresh_summary.tokens(Kiwi(), "AI 예산이 3.5% 늘었다.")
    assert "ai" in got and "%" not in got and "." not in got and any(t.startswith("3") for t in got)


def test_the_editors_first_pick_is_almost_always_a_key_sentence() -> None:
    """The sentence the editor ranked first (the first body sentence in most articles) is among our three."""
    missed = [name for name, picked in LABELS.items() if picked[0].strip() not in picks(name)]
    assert len(missed) <= len(LABELS) // 10, missed


def test_key_sentences_agree_with_the_editor_about_as_often_as_the_lead_does() -> None:
    """Label precision on the independent editor's articles (01–102): at least half of our sentences
    are the editor's, and no more than five points below Lead-3's on the same articles (short, strictly
    inverted-pyramid articles, where the first three sentences are hard to beat; docs/eval.md, "An
    independent check")."""
    ours = lead = total = 0
    for name, picked in LABELS.items():
        if not fresh_summary.independent(name):
            continue  # (labelled by the article's writer: reported, not held to this)
        gold = {s.strip() for s in picked}
        ours += sum(s in gold for s in picks(name))
        body = build_briefing(read_article(fresh_summary.FRESH / name), sentences=3).sentences[:3]
        lead += sum(s.text.strip() in gold for s in body)
        total += 3
    assert ours >= total / 2
    assert ours >= lead - 0.05 * total, (ours, lead, total)
