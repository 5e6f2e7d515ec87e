"""The affiliation model (`briefing.people.affiliations`) and its training (`eval/entities/train_affiliations.py`),
on articles made here (no ../shared needed)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "eval" / "entities"))

import real_news
import train_affiliations as training

from briefing import build_briefing
from briefing.models import Article
from briefing.people import affiliations, participants

TEAM_STORY = """프로농구 안양 정관장이 개막 2연승을 달렸다.

정관장은 4일 안양체육관에서 열린 2023-2024 정규리그 1라운드 경기에서 울산 현대모비스를 88-80으로 이겼다. 정관장 박지훈이 20점, 정관장 최성원이 14점을 올렸다.

경기 전 반가운 얼굴이 엔트리에 이름을 올렸다. 오프시즌 정관장에 새 둥지를 튼 정효근이었다.

발바닥 부상을 털어낸 정효근은 이날 18분을 뛰며 8점을 보탰다. 정관장은 오는 7일 원주에서 3연승에 도전한다.
"""

SPEECH_STORY = """윤석열 대통령은 31일 국회에서 내년도 예산안 시정연설을 했다.

국회는 이날 본회의를 열어 예산안 심사 일정을 확정했다. 국회는 다음 달 2일까지 예산안을 처리할 계획이다.

윤석열 대통령은 연설에서 건전재정 기조를 강조했다.
"""


def bodies(text: str, *, leave_out: tuple = ()) -> dict[str, str | None]:
    """Each participant's body, with the passes in `leave_out` taken out of the people stage."""
    shipped = participants.PASSES
    participants.PASSES = tuple(run for run in shipped if run not in leave_out)
    try:
        briefing = build_briefing(Article(path="story.txt", text=text))
    finally:
        participants.PASSES = shipped
    return {p.name: p.organization for p in briefing.participants if p.kind == "person"}


def test_without_the_rules_inheritance_the_model_alone_gives_a_player_his_team() -> None:
    inherit, fill = participants._inherit_organisations, participants._fill_organisations
    team = {"정관장", "안양 정관장"}
    assert bodies(TEAM_STORY)["최성원"] in team  # the rules find it
    assert bodies(TEAM_STORY, leave_out=(inherit,))["최성원"] in team  # the model alone finds it too
    assert bodies(TEAM_STORY, leave_out=(inherit, fill))["최성원"] is None  # and nothing else did


def test_a_president_named_next_to_a_body_is_never_given_it() -> None:
    assert bodies(SPEECH_STORY, leave_out=(participants._inherit_organisations,)) == {"윤석열": None}


def test_a_player_introduced_by_an_age_takes_the_team_but_not_a_leaders_body() -> None:
    """`브래들리 빌(30)`: a person introduced by an age alone may take the team the model finds; not the
    body of someone else who leads it (`이승엽 한빛은행 행장은 … 김재환(35)을`: `_led_bodies`)."""
    team = bodies("피닉스는 3일 열린 경기에서 누리에 졌다. 피닉스의 빅3 중 브랜든 벨(30), 데릭 부커(27)가 결장했다. "
                  "피닉스는 3연패에 빠졌다.")
    assert team["브랜든 벨"] == "피닉스"
    assert bodies("이승엽 한빛은행 행장은 첫날 김재환(35)을 따로 불렀다.")["김재환"] is None


def test_the_fill_runs_after_the_rules_and_before_bodies_are_spelled_out() -> None:
    order = list(participants.PASSES)
    assert order.index(participants._inherit_organisations) < order.index(participants._fill_organisations)
    assert order.index(participants._fill_organisations) < order.index(participants._expand_organisations)


def test_candidates_are_the_bodies_named_and_a_team_written_as_sponsor_and_nickname() -> None:
    shipped = participants.PASSES
    seen: dict[str, list[tuple[int, int]]] = {}

    def record(cast: participants.Cast, context: participants.Context) -> None:
        seen.update(affiliations.candidates(cast))
        words = [w.base for w in cast.words]
        for body, places in affiliations.candidates(cast).items():  # every place is the body's words
            assert all(" ".join(words[a:b + 1]) == body for a, b in places)

    participants.PASSES = tuple(record if run is participants._fill_organisations else run for run in shipped)
    try:
        build_briefing(Article(path="story.txt", text=TEAM_STORY.replace("울산 현대모비스를", "현대모비스 피버스를")))
    finally:
        participants.PASSES = shipped
    assert len(seen["정관장"]) >= 4
    assert "현대모비스 피버스" in seen  # sponsor + team nickname


def test_a_dramas_character_is_no_candidate_body() -> None:
    """A character the speaker scan took for a body (`온은유는 …`, after `온은유(설인아)`) is never a
    body the model may give an actor."""
    from briefing.models import Participant
    from briefing.text.analyze import analyze

    cast = participants.Cast()
    for name in ("온은유", "누리전자"):
        cast.add(Participant(name=name, kind="org"))
    text = "온은유는 웃었다. 누리전자는 발표했다."
    for sentence in analyze(text):
        cast.words.extend(participants.words_of(sentence, text, set()))
    assert set(affiliations.candidates(cast)) >= {"온은유", "누리전자"}
    cast.characters.add("온은유")
    assert "온은유" not in affiliations.candidates(cast) and "누리전자" in affiliations.candidates(cast)


PREVIEW = ("프로배구 컵대회 4강전이 5일 열린다. 대한항공과 현대캐피탈, 우리카드와 한국전력이 결승행을 다툰다.\n"
           "대한항공은 컵대회 최다 우승팀이다. 대한항공은 올 시즌 현대캐피탈과 세 차례 맞붙어 모두 이겼다.\n"
           "하지만 첫 우승을 노리는 현대캐피탈은 만만한 상대가 아니다. 주전 두 명이 부상으로 빠졌다. "
           "지난 주말에는 신인들을 내세워 OK금융그룹을 3-0으로 꺾었다. 레오, 허수봉, 전광인 등 공격수들도 건재하다.\n"
           "우리카드는 최근 5경기에서 4승을 거뒀다. 한국전력의 정성규는 원정에서 약하다고 말했다.\n")


def pair_features(text: str, person: str) -> dict[str, dict[str, float]]:
    """The features of every candidate body of `person` at the fill pass."""
    shipped, out = participants.PASSES, {}

    def record(cast: participants.Cast, context: participants.Context) -> None:
        out.update({body: values for key, body, values in affiliations.pairs(cast, everyone=True)
                    if cast.people[key].name == person})

    participants.PASSES = tuple(record if run is participants._fill_organisations else run for run in shipped)
    try:
        build_briefing(Article(path="story.txt", text=text))
    finally:
        participants.PASSES = shipped
    return out


def test_the_last_body_written_as_a_topic_before_a_person_is_marked_for_that_body_alone() -> None:
    """`하지만 … 현대캐피탈은 만만한 상대가 아니다. … 레오, 허수봉 … 건재하다`: in a story of four teams the
    paragraph's topic, not the team named most (`대한항공`) nor one named between as an object."""
    marked = {body for body, values in pair_features(PREVIEW, "레오").items() if values.get("last_topic_before")}
    assert marked == {"현대캐피탈"}
    # someone named before any body is written as a topic has none
    early = pair_features("정성규와 최민호가 5일 만났다. 대한항공은 이겼다. 현대캐피탈은 졌다.", "정성규")
    assert early and not any(values.get("last_topic_before") for values in early.values())


@pytest.fixture
def weights_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "affiliations.json"
    monkeypatch.setattr(affiliations, "WEIGHTS_FILE", path)
    affiliations._weights.cache_clear()
    yield path
    affiliations._weights.cache_clear()


def test_weights_trained_on_other_features_are_refused(weights_file: Path) -> None:
    weights_file.write_text(json.dumps({"features": ["right_before"], "bias": 0.0, "weights": [1.0]}))
    with pytest.raises(ValueError, match="retrain"):
        affiliations.probability({})


def test_the_shipped_weights_cover_every_feature_and_were_fitted_on_the_tune_parts() -> None:
    data = json.loads(affiliations.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == affiliations.FEATURES and len(data["weights"]) == len(affiliations.FEATURES)
    assert 0 < data["positives"] < data["pairs"]
    assert len(set(affiliations.FEATURES)) == len(affiliations.FEATURES)


# --- training --------------------------------------------------------------------------------------

def gold_person(name: str, org: str | None) -> dict:
    return {"name": name, "title": None, "organization": org, "mentions": [name], "quoted": False, "kind": "person"}


def test_pairs_are_labelled_by_the_scorers_rules() -> None:
    gold = {"participants": [gold_person("최성원", "안양 정관장"), gold_person("정효근", None),
                             {"name": "정관장", "kind": "org", "organization": None}]}
    found = [("최성원", "정관장", {}, False), ("최성원", "현대모비스", {}, False),  # a shorter form is the body
             ("정효근", "정관장", {}, False),  # the gold gives none: 0
             ("최", "정관장", {}, False),  # a part of a name is no gold person: dropped
             ("박지훈", "정관장", {}, False)]  # not in the gold: dropped
    labelled = training.label_pairs("a1", gold, found)
    assert [(p.person, p.body, p.label, p.gold_body) for p in labelled] == [
        ("최성원", "정관장", 1, True), ("최성원", "현대모비스", 0, True), ("정효근", "정관장", 0, False)]


def test_fitting_ranks_the_pairs_the_features_tell_apart_and_fills_count_what_it_would_do(weights_file: Path) -> None:
    def pair(article: str, person: str, body: str, values: dict, label: int, gold_body: bool = True,
             ruled: bool = False) -> training.Pair:
        return training.Pair(article, person, body, values, label, ruled, gold_body)

    team, other = {"members": 1.1, "topic": 1.0}, {"far": 1.0}
    pairs = [pair(f"a{i}", "선수", "팀", team, 1) for i in range(20)] + \
            [pair(f"a{i}", "선수", "상대", other, 0) for i in range(20)]
    bias, weights = training.fit(pairs)
    training.write(bias, weights, pairs)
    assert affiliations.probability(team) > 0.9
    assert affiliations.probability(other) < 0.1
    scored = [pair("b", "가", "팀", team, 1), pair("b", "나", "팀", team, 0),  # right, wrong
              pair("b", "다", "팀", team, 0, gold_body=False),  # where the gold has none
              pair("b", "라", "팀", team, 0, ruled=True),  # the rules gave one: left alone
              pair("b", "마", "상대", other, 1)]  # below even odds: not filled
    assert training.fills(scored, bias, weights) == {"right": 1, "wrong": 1, "where the gold has none": 1}


def test_training_reads_the_tune_parts_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "shared"
    (shared / "real-news" / "articles").mkdir(parents=True)
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    stories = {"t1": (TEAM_STORY, [gold_person("최성원", "정관장"), gold_person("정효근", "정관장")]),
               "c1": (TEAM_STORY.replace("정효근", "오세근"), [gold_person("오세근", "정관장")])}
    for article_id, (text, people) in stories.items():
        (shared / "real-news" / "articles" / f"{article_id}.txt").write_text(text, encoding="utf-8")
        (gold_dir / f"{article_id}.json").write_text(json.dumps(
            {"id": article_id, "article_sha256": real_news._sha(text), "participants": people},
            ensure_ascii=False), encoding="utf-8")
    split = tmp_path / "split.json"
    split.write_text(json.dumps({"check": ["c1"], "tune": ["t1"], "names_check": [], "names_tune": []}))
    monkeypatch.setattr(real_news, "GOLD", gold_dir)
    monkeypatch.setattr(real_news, "SPLIT", split)
    shipped = participants.PASSES
    pairs = training.collect(shared)
    assert participants.PASSES is shipped  # the recording pass is taken out again
    assert {p.article for p in pairs} == {"t1"}
    assert {p.person for p in pairs} == {"최성원", "정효근"}  # every person the gold lists, bodies or not
    positives = {(p.person, p.body) for p in pairs if p.label}
    assert {person for person, _ in positives} == {"최성원", "정효근"}
    assert all(body.endswith("정관장") for _, body in positives)  # 정관장, 안양 정관장


def test_konec_sentences_of_the_tune_half_with_roles_gold_are_read(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Each sentence an article of its own, labelled from the roles gold; the check half never, nor a
    sentence whose text is not the one annotated."""
    import hashlib

    import konec_people
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_eval_konec_people import tsv

    text = "한빛전자 구민서 대표와 새솔건설 하도윤 사장이 만났다."
    tune, check, stale = ("klue-ner-v1_dev_00003-wikitree", "klue-ner-v1_dev_00001-wikitree",
                          "klue-ner-v1_dev_00004-wikitree")
    (tmp_path / "konec-dev.tsv").write_text(tsv([(tune, text, ["구민서", "하도윤"]), (check, text, ["구민서", "하도윤"]),
                                                 (stale, text, ["구민서", "하도윤"])]), encoding="utf-8")
    people = [{"name": "구민서", "kind": "person", "title": "대표", "organization": "한빛전자"},
              {"name": "하도윤", "kind": "person", "title": "사장", "organization": None}]
    sha = hashlib.sha256(text.encode()).hexdigest()
    roles = tmp_path / "roles.jsonl"
    roles.write_text("".join(json.dumps({"id": i, "text_sha256": h, "people": people}, ensure_ascii=False) + "\n"
                             for i, h in ((tune, sha), (check, sha), (stale, "0" * 64))), encoding="utf-8")
    monkeypatch.setattr(konec_people, "ROLES", roles)
    pairs = training.collect_konec(tmp_path)
    assert {p.article for p in pairs} == {f"konec:{tune}"}
    assert {(p.person, p.body) for p in pairs if p.label} == {("구민서", "한빛전자")}
    assert {p.person for p in pairs if not p.label} >= {"하도윤"}  # the gold gives him none: 0s only
