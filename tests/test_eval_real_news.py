"""The real-news gold kept by reference (`eval/real_news.py`): annotation files with quote texts become
offsets, and offsets become the scorer's gold again, on an article made here (no ../shared needed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import real_news

ARTICLE = ("김민수 감독은 경기 뒤 “선수들이 끝까지 잘 싸웠다”고 말했다. 이어 “다음 경기는 꼭 이기겠다”고 덧붙였다.\n"
           "구단은 이번 시즌을 “새로운 출발”이라고 불렀다. 팬들은 ‘응원’ 현수막을 걸었다.\n"
           "김 감독은 “선수들이 끝까지  잘 싸웠다”는 말을 다시 했다.")


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shared"
    (root / "real-news" / "articles").mkdir(parents=True)
    (root / "real-news" / "articles" / "sp1.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "real-news" / "articles.jsonl").write_text(
        json.dumps({"id": "sp1", "category": "sports", "press": "테스트일보", "headline": "h"}) + "\n", encoding="utf-8")
    monkeypatch.setattr(real_news, "GOLD", tmp_path / "gold")
    return root


def annotate(tmp_path: Path, quotes: list[dict], non_quotes: list[dict]) -> Path:
    folder = tmp_path / "annotations"
    folder.mkdir(exist_ok=True)
    (folder / "sp1.json").write_text(json.dumps({
        "id": "sp1", "participants": [{"name": "김민수", "title": "감독", "organization": None,
                                        "mentions": ["김민수", "김 감독"], "quoted": True, "kind": "person"}],
        "quotes": quotes, "non_quotes": non_quotes, "notes": ""}, ensure_ascii=False), encoding="utf-8")
    return folder


def test_annotations_become_offsets_and_offsets_become_gold_again(shared: Path, tmp_path: Path) -> None:
    quotes = [{"speaker": "김민수", "text": "선수들이 끝까지 잘 싸웠다"},
              {"speaker": "김민수", "text": "다음 경기는 꼭 이기겠다"},
              {"speaker": "김민수", "text": "선수들이 끝까지 잘 싸웠다"}]  # the repeat: found after the first
    non_quotes = [{"text": "새로운 출발", "why": "coined term"}]
    assert real_news.make(annotate(tmp_path, quotes, non_quotes), shared) == 0
    ref = json.loads((tmp_path / "gold" / "sp1.json").read_text(encoding="utf-8"))
    assert "선수들" not in json.dumps(ref, ensure_ascii=False)  # no article text kept, only offsets
    starts = [q["start"] for q in ref["quotes"]]
    assert starts == sorted(starts) and len(set(starts)) == 3
    assert ARTICLE[ref["non_quotes"][0]["start"]:ref["non_quotes"][0]["end"]] == "새로운 출발"
    # the third quote is written with two spaces in the article: found, with the article's own text
    out = tmp_path / "scorer-gold"
    assert real_news.materialize(shared, ["sp1"], out) == 1
    gold = json.loads((out / "sp1.json").read_text(encoding="utf-8"))
    assert gold["text"] == ARTICLE
    assert [q["text"] for q in gold["quotes"]] == ["선수들이 끝까지 잘 싸웠다", "다음 경기는 꼭 이기겠다",
                                                   "선수들이 끝까지  잘 싸웠다"]
    assert real_news.materialize(shared, ["sp1"], tmp_path / "subset", only_with_non_quotes=True) == 1


def test_a_quote_the_article_does_not_hold_is_reported(shared: Path, tmp_path: Path) -> None:
    quotes = [{"speaker": "김민수", "text": "기사에 없는 말"}, {"speaker": "김민수", "text": "다음 경기는 꼭 이기겠다"}]
    assert real_news.make(annotate(tmp_path, quotes, []), shared) == 1
    ref = json.loads((tmp_path / "gold" / "sp1.json").read_text(encoding="utf-8"))
    assert len(ref["quotes"]) == 1


def test_a_changed_article_is_refused(shared: Path, tmp_path: Path) -> None:
    real_news.make(annotate(tmp_path, [{"speaker": "김민수", "text": "다음 경기는 꼭 이기겠다"}], []), shared)
    (shared / "real-news" / "articles" / "sp1.txt").write_text(ARTICLE + " 추가", encoding="utf-8")
    with pytest.raises(SystemExit, match="changed"):
        real_news.materialize(shared, ["sp1"], tmp_path / "out")


def test_the_split_is_disjoint_and_covers_the_gold() -> None:
    parts = real_news.split()
    every = [i for ids in parts.values() for i in ids]
    assert len(every) == len(set(every))  # no article in two parts
    for tune, check in (("tune", "check"), ("names-tune", "names-check")):
        assert 0.55 <= len(parts[tune]) / (len(parts[tune]) + len(parts[check])) <= 0.65
    for path in (Path(real_news.__file__).parent / "gold" / "real-news").glob("*.json"):
        assert path.stem in every


def test_the_summ_news_set_is_kept_by_reference_too(shared: Path, tmp_path: Path) -> None:
    (shared / "summ" / "data").mkdir(parents=True)
    (shared / "summ" / "data" / "dev.jsonl").write_text(
        json.dumps({"id": "aihub-1", "text": ARTICLE, "source": "test"}, ensure_ascii=False) + "\n", encoding="utf-8")
    corpus = real_news.SummNews(gold=tmp_path / "gold-summ")
    quotes = [{"speaker": "김민수", "text": "다음 경기는 꼭 이기겠다"}]
    annotations = annotate(tmp_path, quotes, [])
    (annotations / "sp1.json").rename(annotations / "aihub-1.json")
    data = json.loads((annotations / "aihub-1.json").read_text(encoding="utf-8"))
    (annotations / "aihub-1.json").write_text(json.dumps({**data, "id": "aihub-1"}, ensure_ascii=False), encoding="utf-8")
    assert real_news.make(annotations, shared, corpus) == 0
    assert not (tmp_path / "gold").exists()  # the real-news gold (the fixture's) is not touched
    assert real_news.materialize(shared, ["aihub-1"], tmp_path / "out", corpus=corpus) == 1
    gold = json.loads((tmp_path / "out" / "aihub-1.json").read_text(encoding="utf-8"))
    assert gold["text"] == ARTICLE and [q["text"] for q in gold["quotes"]] == ["다음 경기는 꼭 이기겠다"]


def test_the_summ_news_split_is_disjoint_and_covers_its_gold() -> None:
    parts = real_news.SUMM_NEWS.split()
    assert len(parts["check"]) + len(parts["tune"]) == 45 and not set(parts["check"]) & set(parts["tune"])
    for path in real_news.SUMM_NEWS.gold.glob("*.json"):
        assert path.stem in parts["check"] + parts["tune"]


def test_the_tune_articles_of_both_sets_are_read_and_no_check_article(shared: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """What the learned models are fitted on (`real_news.tune_articles`): the real-news set's tune parts
    and the summ-news set's, each article with its text and gold; never a check part's."""
    other = ARTICLE.replace("김민수", "박지훈")
    (shared / "real-news" / "articles" / "sp2.txt").write_text(other, encoding="utf-8")
    (shared / "summ" / "data").mkdir(parents=True)
    (shared / "summ" / "data" / "dev.jsonl").write_text("".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in (("aihub-1", other), ("aihub-2", ARTICLE))),
        encoding="utf-8")
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"check": ["sp2"], "tune": ["sp1"], "names_check": [], "names_tune": []}))
    summ_split = tmp_path / "summ-split.json"
    summ_split.write_text(json.dumps({"check": ["aihub-2"], "tune": ["aihub-1"]}))
    corpus = real_news.SummNews(gold=tmp_path / "gold-summ", split_file=summ_split)
    monkeypatch.setattr(real_news, "SPLIT", split)
    monkeypatch.setattr(real_news, "SUMM_NEWS", corpus)
    for folder, article_id, text in ((tmp_path / "gold", "sp1", ARTICLE), (tmp_path / "gold", "sp2", other),
                                     (corpus.gold, "aihub-1", other), (corpus.gold, "aihub-2", ARTICLE)):
        folder.mkdir(exist_ok=True)
        (folder / f"{article_id}.json").write_text(json.dumps(
            {"id": article_id, "article_sha256": real_news._sha(text), "participants": [], "quotes": []}), encoding="utf-8")
    found = real_news.tune_articles(shared)
    assert [(i, text) for i, text, _ in found] == [("sp1", ARTICLE), ("aihub-1", other)]
    assert [i for i, _, _ in real_news.tune_articles(shared, ids={"aihub-1"})] == ["aihub-1"]
    (shared / "real-news" / "articles" / "sp1.txt").write_text(ARTICLE + " 추가", encoding="utf-8")
    with pytest.raises(SystemExit, match="changed"):
        real_news.tune_articles(shared)
