"""The entity model's real-news training sentences (`eval/entities/silver.py`): labels from the gold of
the tune parts only, on articles made here (no ../shared needed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "entities"))

import real_news
import silver

from briefing.entities.model import Tagging, label_spans
from briefing.models import Sentence

TUNE = ("[테스트일보 | 박기자 기자] 코디 벨린저와 피닉스 선즈가 화제다.\n"
        "시카고 컵스 벨린저는 이날 홈런을 쳤다. 최태원 회장은 “벨린저 선수가 잘했다”고 말했다. 최 회장은 웃었다.\n"
        "컵스 박지성도 왔다.")
CHECK = "이정후 선수는 샌프란시스코 자이언츠와 계약했다."


MODEL_READS = {"PER": ("코디 벨린저", "피닉스 선즈", "박기자", "벨린저"), "ORG": ("시카고",)}


class FixedReadings:
    """A stand-in for the konec-only model: it reads `MODEL_READS` (the first occurrence in a sentence)."""

    def tag(self, sentence: Sentence) -> Tagging:
        labels = ["O"] * len(sentence.text)
        for kind, forms in MODEL_READS.items():
            for form in forms:
                at = sentence.text.find(form)
                if at >= 0 and labels[at] == "O":
                    labels[at:at + len(form)] = ["B-" + kind] + ["I-" + kind] * (len(form) - 1)
        return Tagging(0, labels, {})


def gold(name: str, title: str | None, org: str | None, mentions: list[str]) -> dict:
    return {"name": name, "title": title, "organization": org, "mentions": mentions, "quoted": False,
            "kind": "person"}


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "shared"
    (root / "real-news" / "articles").mkdir(parents=True)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    people = {"t1": [gold("코디 벨린저", "선수", "시카고 컵스", ["코디 벨린저", "벨린저"]),
                     gold("최태원", "회장", None, ["최태원", "최 회장"]),
                     gold("박지성", None, "컵스", ["박지성"])],
              "c1": [gold("이정후", "선수", "샌프란시스코 자이언츠", ["이정후"])]}
    for article_id, text in (("t1", TUNE), ("c1", CHECK)):
        (root / "real-news" / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
        (gold_dir / f"{article_id}.json").write_text(json.dumps(
            {"id": article_id, "article_sha256": real_news._sha(text), "participants": people[article_id],
             "quotes": [], "non_quotes": []},
            ensure_ascii=False), encoding="utf-8")
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"check": ["c1"], "tune": ["t1"], "names_check": [], "names_tune": []}),
                     encoding="utf-8")
    monkeypatch.setattr(real_news, "GOLD", gold_dir)
    monkeypatch.setattr(real_news, "SPLIT", split)
    return root


def labelled(sentences: list[tuple[Sentence, list[str]]], kind: str) -> list[str]:
    return [s.text[a:b] for s, labels in sentences for a, b in label_spans(labels, kind)]


def test_the_tune_parts_gold_labels_names_and_the_check_part_is_never_read(shared: Path) -> None:
    sentences = silver.silver(shared, FixedReadings())  # type: ignore[arg-type]
    texts = " ".join(s.text for s, _ in sentences)
    assert "이정후" not in texts  # the check part's article is not read
    people = labelled(sentences, "PER")
    # the gold's names and short forms, and the name part of `최 회장`
    assert people.count("코디 벨린저") == 1 and people.count("벨린저") == 2
    assert "최태원" in people and "최" in people
    assert "피닉스 선즈" not in people  # the model's name where the gold has no person
    assert "박기자" in people  # a byline: the gold is silent there, the model's reading stays
    bodies = labelled(sentences, "ORG")
    # the gold's body over the model's part of it, and over a shorter gold body inside it
    assert bodies.count("시카고 컵스") == 1 and bodies.count("컵스") == 1 and "시카고" not in bodies
    titles = labelled(sentences, "TTL")
    assert titles.count("회장") == 2 and "선수" in titles  # a gold title next to its person's name


def test_a_name_inside_a_word_is_not_labelled() -> None:
    assert silver._occurrences("벨린저와 김벨린저", "벨린저") == [0]
    # a one-syllable name only as a word of its own, or with a particle
    assert silver._occurrences("빌은 빌딩 앞에서 빌, 폴과 만났다", "빌") == [0, 10]
