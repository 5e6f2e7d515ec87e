"""The people yardstick on konec's news sentences (`eval/konec_people.py`): how the TSV is read, how the
sentences are split, how the people found are scored. An invented file stands in for ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import konec_people


def tsv(sentences: list[tuple[str, str, list[str]]]) -> str:
    """konec's layout: a `## id<TAB>text` line, then one `CHAR<TAB>TAG` line per character, a blank line
    after each sentence. `names`: the person names of the text, each tagged B-/I-PS_NAME."""
    lines = ["## 토큰, 레이블 구분자 : \\t"]
    for ident, text, names in sentences:
        tags = ["O"] * len(text)
        for name in names:
            at = text.index(name)
            tags[at:at + len(name)] = ["B-PS_NAME"] + ["I-PS_NAME"] * (len(name) - 1)
        lines.append(f"## {ident}\t{text}")
        lines += [f"{ch}\t{tag}" for ch, tag in zip(text, tags, strict=True)]
        lines.append("")
    return "\n".join(lines) + "\n"


def test_the_news_sentences_and_their_names_are_read(tmp_path: Path) -> None:
    path = tmp_path / "konec-dev.tsv"
    path.write_text(tsv([
        ("klue-ner-v1_dev_00001-wikitree", "하도윤 교수는 하도윤 연구팀을 이끈다.", ["하도윤"]),
        ("klue-ner-v1_dev_00002-wikitree", "“서지안이 옳다”고 안모 씨와 김 씨가 말했다.", ["서지안", "안모", "김"]),
        ("klue-ner-v1_dev_00003-nsmc", "하도윤 주연의 영화는 지루했다.", ["하도윤"]),
    ]), encoding="utf-8")
    sentences = konec_people.read(path)
    # film reviews are left out; a name counts once; names in quotation marks, anonymised ones and
    # names of one character are no participants by the annotation conventions
    assert [(s.id, s.people) for s in sentences] == [
        ("klue-ner-v1_dev_00001-wikitree", ["하도윤"]),
        ("klue-ner-v1_dev_00002-wikitree", []),
    ]
    assert sentences[0].text == "하도윤 교수는 하도윤 연구팀을 이끈다."


def test_the_halves_are_fixed_by_the_id() -> None:
    ids = [f"klue-ner-v1_dev_{n:05d}-wikitree" for n in range(200)]
    parts = [konec_people.part_of(i) for i in ids]
    assert parts == [konec_people.part_of(i) for i in ids]
    assert 60 < parts.count("check") < 140 and set(parts) == {"check", "tune"}


def test_found_missed_and_spurious_people_are_counted() -> None:
    sentences = [konec_people.Sentence("a", "…", ["하도윤", "서지안"]), konec_people.Sentence("b", "…", [])]
    found = {"a": [konec_people.Found("하도윤", None, None), konec_people.Found("한빛전자", None, None)],
             "b": [konec_people.Found("서지안 교수", None, None)]}
    figures, errors = konec_people.score(sentences, found)
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 2, 1)
    assert figures["p"] == 1 / 3 and figures["r"] == 1 / 2
    assert sorted(line.split(" | ")[0].strip() for line in errors) == [
        "MISSED 서지안", "SPURIOUS 서지안 교수", "SPURIOUS 한빛전자"]


def test_titles_and_organisations_are_scored_where_the_gold_gives_them(tmp_path: Path) -> None:
    """Right by the quote scorer's containment, over gold values that are not null, people only; the
    roles of a sentence whose text is not the one annotated are not read."""
    import hashlib
    import json

    sentences = [konec_people.Sentence("a", "하도윤 한빛대 교수와 그룹 새솔의 서지안이 왔다.", ["하도윤", "서지안", "새솔"]),
                 konec_people.Sentence("b", "고쳐 쓴 문장이다.", ["구민서"])]
    path = tmp_path / "roles.jsonl"
    rows = [{"id": "a", "text_sha256": hashlib.sha256(sentences[0].text.encode()).hexdigest(), "people": [
                {"name": "하도윤", "kind": "person", "title": "교수", "organization": "한빛대"},
                {"name": "서지안", "kind": "person", "title": None, "organization": "새솔"},
                {"name": "새솔", "kind": "group", "title": "그룹", "organization": None}]},
            {"id": "b", "text_sha256": "0" * 64, "people": [
                {"name": "구민서", "kind": "person", "title": "감독", "organization": None}]}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    roles = konec_people.read_roles(path, sentences)
    assert set(roles) == {"a"}
    found = {"a": [konec_people.Found("하도윤", "석좌교수", "한빛대학교"), konec_people.Found("서지안", "멤버", None),
                   konec_people.Found("새솔", None, None)],
             "b": [konec_people.Found("구민서", None, None)]}
    figures, errors = konec_people.score(sentences, found, roles)
    assert (figures["title_right"], figures["title_asked"]) == (1, 1)  # the group's title is not asked
    assert (figures["organization_right"], figures["organization_asked"]) == (1, 2)
    assert [line.split(" | ")[0].strip() for line in errors] == ["ORGANIZATION 서지안: gold='새솔' sys=None"]
