"""Key sentences: exact counts, provenance, scores, the lines that never count, redundancy, speed."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing import article_from_text, build_briefing, read_article
from briefing.cli import main
from briefing.models import Morpheme, Sentence
from briefing.summary.rank import (
    RankingWeights,
    is_sentence,
    never_key,
    order_by_mmr,
    quote_only,
    rank_sentences,
    select_summary,
)
from briefing.text.analyze import analyze

# A short local story written for these tests: a lead, its follow-up, details, a quote, a side note.
STORY = (
    "광양시는 오는 3월부터 어린이집 120곳을 대상으로 대체보육교사 지원 범위를 넓힌다.\n"
    "이번 확대로 보육교사는 질병과 경조사뿐 아니라 가족 간병 때도 대체보육교사를 신청할 수 있다.\n"
    "시는 지난해 12월 공개 모집을 거쳐 대체보육교사 16명으로 인력풀을 꾸렸다.\n"
    "신청은 어린이집 원장이 보육재단에 하면 되고, 비용은 시가 전액 부담한다.\n"
    "김영희 보육팀장은 “교사들의 근무 환경이 한결 나아질 것”이라고 말했다.\n"
    "한편 시는 올해 하반기에 공공형 어린이집 두 곳을 새로 지정할 계획이다.\n"
)

#: Lines a newspaper prints around the story that must never become key sentences.
NOT_STORY = [
    "홍길동 기자 hong@example.com",
    "▲ 광양시청 전경. 시는 3월부터 대체보육교사 지원을 넓힌다.",
    "(사진=광양시 제공)",
    "사진=연합뉴스",
    "문의 보육팀 061-797-1961",
]


@pytest.fixture(scope="module")
def story() -> list[Sentence]:
    return analyze(STORY)


@pytest.fixture(scope="module")
def sample_sentences(sample_path: Path) -> list[Sentence]:
    return analyze(read_article(sample_path).text)


def run_json(runner: CliRunner, path: Path, *args: str) -> dict:
    result = runner.invoke(main, ["build", str(path), "-f", "json", "-o", "-", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- counts and provenance -------------------------------------------------------------------------

@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_sentences_option_gives_exactly_n(runner: CliRunner, sample_path: Path, count: int) -> None:
    obj = run_json(runner, sample_path, "--sentences", str(count))
    assert len(obj["summary"]) == count


def test_more_than_there_are_gives_all(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "short.txt"
    f.write_text(STORY, encoding="utf-8")
    obj = run_json(runner, f, "--sentences", "50")
    assert len(obj["summary"]) == len(obj["sentences"]) == 6


@pytest.mark.parametrize("count", [3, 50])
def test_summary_entries_are_verbatim_sentences_with_their_index(runner: CliRunner, sample_path: Path,
                                                                count: int) -> None:
    obj = run_json(runner, sample_path, "--sentences", str(count))
    text = sample_path.read_text(encoding="utf-8")
    indices = [e["sentence"] for e in obj["summary"]]
    assert indices == sorted(indices) and len(set(indices)) == len(indices)  # article order, no repeats
    for entry in obj["summary"]:
        assert obj["sentences"][entry["sentence"]] == entry["text"]
        assert entry["text"] in text


def test_sample_summary_opens_with_the_lead(runner: CliRunner, sample_path: Path) -> None:
    obj = run_json(runner, sample_path, "--sentences", "3")
    assert obj["summary"][0]["sentence"] == 0
    assert obj["summary"][0]["text"].startswith("이재명 대통령이 첫 산업 현장 방문지로")


# --- scores ----------------------------------------------------------------------------------------

def test_summary_scores_are_the_ranking_scores(sample_path: Path, sample_sentences: list[Sentence]) -> None:
    briefing = build_briefing(read_article(sample_path), sentences=4)
    ranked = rank_sentences(sample_sentences)
    assert len(briefing.summary) == 4
    for entry in briefing.summary:
        assert isinstance(entry.score, float) and entry.score > 0
        assert entry.score == ranked[entry.sentence].score
    # The best-scored sentence is always a key sentence.
    best = max(ranked, key=lambda r: r.score)
    assert best.sentence in {e.sentence for e in briefing.summary}


def test_without_redundancy_control_the_order_is_by_score(sample_sentences: list[Sentence]) -> None:
    plain = dataclasses.replace(RankingWeights(), mmr_lambda=1.0, duplicate=1.01)
    ranked = rank_sentences(sample_sentences, weights=plain)
    order = order_by_mmr(sample_sentences, ranked, plain, limit=len(ranked))
    scores = [r.score for r in order]
    assert scores == sorted(scores, reverse=True)


def test_lead_scores_highest_and_later_sentences_lower(story: list[Sentence]) -> None:
    scores = [r.score for r in rank_sentences(story)]
    assert scores[0] == max(scores)
    assert scores[0] > scores[2] > 0


def test_title_overlap_raises_the_score(story: list[Sentence]) -> None:
    plain = rank_sentences(story)
    titled = rank_sentences(story, title_terms=["공공형", "어린이집", "지정"])
    assert titled[5].score > plain[5].score
    assert titled[2].score == plain[2].score  # no title word in it: unchanged


# --- lines that are never key sentences ---------------------------------------------------------

@pytest.mark.parametrize("text", NOT_STORY + [
    "최호 기자",
    "(서울=연합뉴스)",
    "△우승 서울 중경고 △준우승 서울 한양공고",
    "◇68년 만의 슈퍼문…서울에선 17시 29분부터 달 떠",
    "[사진=광양시]",
    "무단전재 및 재배포 금지",
])
def test_never_key_lines(text: str) -> None:
    assert never_key(text)


@pytest.mark.parametrize("text", [
    "홍길동 기자는 현장을 세 차례 취재했다.",  # a reporter named in prose is prose
    "광양시는 지난 8일 결연식을 열었다. (사진=광양시 제공)",  # a sentence with its photo credit attached
    "[사진=연합뉴스] 정부는 19일 부동산 대책을 발표했다.",
    "사진 동호회 회원들은 매달 출사를 나간다.",
])
def test_sentences_that_only_look_like_credits(text: str) -> None:
    assert not never_key(text)


def test_bylines_captions_and_credits_are_never_chosen() -> None:
    lines = STORY.strip().split("\n")
    # Interleaved with the story, so that ingest (which strips the edges) leaves them in the body.
    mixed = [NOT_STORY[1], lines[0], lines[1], NOT_STORY[0], lines[2], NOT_STORY[2], lines[3], NOT_STORY[3],
             *lines[4:], NOT_STORY[4]]
    article = article_from_text("\n".join(mixed) + "\n", "mixed.txt")
    briefing = build_briefing(article, sentences=50)
    texts = [s.text for s in briefing.sentences]
    assert sum(t in NOT_STORY for t in texts) >= 4  # they really are among the sentences
    assert {e.text for e in briefing.summary} == set(lines)
    ranked = rank_sentences(briefing.sentences)
    for sentence in briefing.sentences:
        if sentence.text not in lines:  # including the second sentence of the `▲` caption
            assert ranked[sentence.index].score == 0, sentence.text


def test_headline_and_subtitle_lines_give_way_to_the_lead() -> None:
    text = ("카이스트 연구팀 개발, 차세대 저장매체에 응용가능\n"
            "자석이 아닌 물질에 자성을 갖게 하는 기술이 국내 연구진에 의해 개발됐다.\n"
            "카이스트 물리학과 연구팀은 전기장을 걸어 물질의 자성을 켜고 끄는 데 성공했다.\n"
            "연구팀은 이 기술이 대용량 저장 매체 개발에 쓰일 것으로 기대했다.\n"
            "연구 결과는 국제 학술지 네이처 머티리얼즈에 실렸다.\n")
    sentences = analyze(text)
    assert not is_sentence(sentences[0]) and is_sentence(sentences[1])
    ranked = rank_sentences(sentences)
    assert max(ranked, key=lambda r: r.score).sentence == 1  # the lead, not the subtitle above it
    assert 0 not in {r.sentence for r in select_summary(sentences, 3)}


@pytest.mark.parametrize("text, expected", [
    ("“기술이 충분히 발전할 때까지 이런 사고는 피할 수 없습니다.”", True),  # a bare quotation
    ("“연구를 진행하면서 연구자 본인이 자신의 방법을 의심하기 시작하면 연구는 미궁으로 빠집니다.", True),
    ("지금은 나아졌다”며 그동안 묻어 둔 이야기를 쏟아냈다.", True),  # the end of a quote begun earlier
    ("정 시장은 “아이 키우기 좋은 도시를 만들겠다”고 말했다.", False),  # attributed
    ("시는 ‘문화누리카드'를 2월부터 발급한다.", False),  # single quotes mark a name, not speech
    ("시는 2월부터 카드를 발급한다.", False),
])
def test_quote_only(text: str, expected: bool) -> None:
    assert quote_only(text) is expected


def test_bare_quote_scores_below_the_same_words_attributed() -> None:
    quote = "“공공 데이터가 부족해 인공지능 서비스 개발이 늦어지고 있다.”"
    attributed = "정신아 대표는 “공공 데이터가 부족해 인공지능 서비스 개발이 늦어지고 있다”고 말했다."
    head = "정부는 인공지능 산업 육성을 위해 공공 데이터를 대폭 개방하기로 했다.\n"
    bare = rank_sentences(analyze(head + quote))[1].score
    framed = rank_sentences(analyze(head + attributed))[1].score
    assert 0 < bare < framed


def test_attributed_quote_scores_above_the_same_words_reported() -> None:
    """Someone's own words with the speaker named before them get the small attributed-quote bonus."""
    reported = "정신아 대표는 공공 데이터가 부족해 인공지능 서비스 개발이 늦어지고 있다고 말했다."
    attributed = "정신아 대표는 “공공 데이터가 부족해 인공지능 서비스 개발이 늦어지고 있다”고 말했다."
    head = "정부는 인공지능 산업 육성을 위해 공공 데이터를 대폭 개방하기로 했다.\n"
    plain = rank_sentences(analyze(head + reported))[1].score
    quoted = rank_sentences(analyze(head + attributed))[1].score
    off = rank_sentences(analyze(head + attributed), weights=dataclasses.replace(
        RankingWeights(), attributed_quote=1.0))[1].score
    assert plain < quoted and off < quoted


# --- redundancy ----------------------------------------------------------------------------------

NEAR_DUPLICATE = (
    "광양시는 오는 3월부터 어린이집 120곳을 대상으로 대체보육교사 지원 범위를 넓힌다.\n"
    "광양시는 3월부터 어린이집 120곳을 대상으로 대체보육교사 지원 범위를 넓히기로 했다.\n"
    "시는 지난해 12월 공개 모집을 거쳐 대체보육교사 16명으로 인력풀을 꾸렸다.\n"
    "신청은 어린이집 원장이 보육재단에 하면 되고, 비용은 시가 전액 부담한다.\n"
    "한편 시는 올해 하반기에 공공형 어린이집 두 곳을 새로 지정할 계획이다.\n"
)


def test_near_duplicate_is_not_picked_twice() -> None:
    sentences = analyze(NEAR_DUPLICATE)
    chosen = {r.sentence for r in select_summary(sentences, 3)}
    assert len(chosen) == 3 and not {0, 1} <= chosen
    # The control: without redundancy control both copies would make it (so the check above can fail).
    plain = dataclasses.replace(RankingWeights(), mmr_lambda=1.0, duplicate=1.01)
    assert {0, 1} <= {r.sentence for r in select_summary(sentences, 3, weights=plain)}


def test_duplicates_fill_in_only_when_nothing_else_is_left() -> None:
    sentences = analyze(NEAR_DUPLICATE)
    assert len(select_summary(sentences, 5)) == 5


# --- edges and speed -----------------------------------------------------------------------------

def test_empty_and_zero() -> None:
    assert rank_sentences([]) == []
    assert order_by_mmr([], []) == []
    assert select_summary(analyze(STORY), 0) == []


def synthetic_article(n: int) -> list[Sentence]:
    """`n` sentences with varied vocabulary, built without Kiwi (only ranking is being timed)."""
    sentences = []
    offset = 0
    for i in range(n):
        forms = [f"주제{i % 7}", f"기관{i % 13}", f"사업{i % 29}", f"지역{i % 31}", f"용어{i}", "발표"]
        text = " ".join(forms) + "했다."
        morphemes = [Morpheme(f, "NNG", offset + k * 5, len(f)) for k, f in enumerate(forms)]
        morphemes += [Morpheme("하", "XSV", offset + len(text) - 3, 1), Morpheme("었", "EP", offset + len(text) - 2, 1),
                      Morpheme("다", "EF", offset + len(text) - 2, 1), Morpheme(".", "SF", offset + len(text) - 1, 1)]
        sentences.append(Sentence(index=i, text=text, start=offset, end=offset + len(text), paragraph=i // 3,
                                  morphemes=morphemes))
        offset += len(text) + 1
    return sentences


def test_long_article_is_ranked_whole() -> None:
    # Speed on long articles is measured in benchmarks/ (no timed assertions in tests).
    sentences = synthetic_article(2000)
    ranked = rank_sentences(sentences, title_terms=["주제1", "기관2"])
    pool = order_by_mmr(sentences, ranked, limit=12)
    everything = order_by_mmr(sentences, ranked)
    assert len(pool) == 12 and len(everything) == 2000
    assert len({r.sentence for r in everything}) == 2000
    assert [r.sentence for r in pool] == [r.sentence for r in everything[:12]]


#: A short report whose top-ranked sentences after the lead only frame the quotes (`그는 “…”고 설명했다`).
BRIDGE = """---
title: 한강 보행교 2028년 개통
source: 테스트일보
date: 2026-09-17
---
서울시는 17일 여의도와 노들섬을 잇는 한강 보행교를 2028년 개통한다고 밝혔다.
박은영 서울시 도시공간본부장은 “시민이 걸어서 한강을 건너는 시대를 열겠다”고 말했다.
그는 “보행교 위에 전망대와 쉼터를 만들어 한강에 머무는 공간으로 꾸미겠다”고 설명했다.
보행교는 길이 1.2㎞, 폭 12m로 자전거와 보행자만 다닐 수 있다.
총사업비 1800억원은 시와 국비가 절반씩 부담한다.
환경단체는 공사 기간 철새 서식지 훼손을 우려하며 보완 대책을 요구했다.
시는 다음 달 주민설명회를 열어 의견을 수렴할 계획이다.
"""


def markdown_points(runner: CliRunner, path: Path, *args: str) -> list[str]:
    result = runner.invoke(main, ["build", str(path), "-f", "md", "-o", "-", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    section = result.stdout.split("**핵심 요약**", 1)[1].split("###", 1)[0]
    return [line[2:] for line in section.splitlines() if line.startswith("- ")]


def test_markdown_key_points_do_not_repeat_the_quotes_printed_below_them(runner: CliRunner, tmp_path: Path) -> None:
    """Markdown prints each speaker's quotes under the key points: by default its three key points
    are sentences that say something without them, not `…은 “…”고 말했다` or a `그는 “…”` whose
    subject is not shown; `--sentences 3` is the ranker's own three (as in JSON), quotes or not."""
    path = tmp_path / "bridge.txt"
    path.write_text(BRIDGE, encoding="utf-8")
    lines = [line for line in BRIDGE.split("---", 2)[2].splitlines() if line.strip()]
    points = markdown_points(runner, path)
    assert len(points) == 3 and set(points) <= set(lines)
    assert points[0] == lines[0]  # the lead still heads the summary
    assert not [p for p in points if "“" in p or p.startswith("그는")]
    ranked = [s["text"] for s in run_json(runner, path)["summary"]]
    assert len(ranked) == 3 and ranked[2].startswith("그는")  # JSON: the ranker's three, unchanged
    assert markdown_points(runner, path, "--sentences", "3") == ranked


def test_a_sentence_repeated_in_other_letter_case_is_picked_once() -> None:
    """`'THE GRIND, THE GLORY'` and `'The Grind, The Glory'`: one slogan, one key point (foreign words
    are compared in lower case)."""
    text = ("이번 대회의 슬로건은 'THE GRIND, THE GLORY'다.\n"
            "선수들은 지난 한 달 동안 하루 열 시간씩 연습했다.\n"
            "이번 대회의 슬로건은 'The Grind, The Glory'다.\n"
            "결승전은 다음 달 서울에서 열린다.\n"
            "주최 측은 관중 2만 명이 입장할 것으로 내다봤다.\n")
    b = build_briefing(article_from_text(text, "slogan.txt"), sentences=3)
    picked = [r.text for r in b.summary]
    assert len(picked) == 3
    assert sum("슬로건" in t for t in picked) == 1, picked


@pytest.mark.parametrize("text, first", [
    # Kiwi ends a sentence at a connective ending (`-다`, `-자`, `-면서`) with no mark after it
    ("주부 권모(35) 씨 역시 한우 코너에서 가격을 이리저리 살펴보다 가격 때문에 내려놓았다. 정육점 주인은 한숨을 쉬었다.",
     "주부 권모(35) 씨 역시 한우 코너에서 가격을 이리저리 살펴보다 가격 때문에 내려놓았다."),
    ("미국 연준이 기준금리를 동결하면서도 추가 인상 가능성을 열어 두자 달러화가 주요 통화에 대해 일제히 강세를 보였다.",
     "미국 연준이 기준금리를 동결하면서도 추가 인상 가능성을 열어 두자 달러화가 주요 통화에 대해 일제히 강세를 보였다."),
    ("그는 이 장면을 두고 역시 우리 주원이다라는 생각을 했다면서 격의 없는 모습을 보여줬다.",
     "그는 이 장면을 두고 역시 우리 주원이다라는 생각을 했다면서 격의 없는 모습을 보여줬다."),
    # or at a parenthesis it leaves open
    ("KBL 구단 중 최초로 네이밍 스폰서를 팀명으로 삼았다.(데이원스포츠의 명칭은 고양 캐롯 점퍼스였다) 이후 구단은 해체됐다.",
     "KBL 구단 중 최초로 네이밍 스폰서를 팀명으로 삼았다.(데이원스포츠의 명칭은 고양 캐롯 점퍼스였다)"),
])
def test_a_sentence_kiwi_ends_without_a_mark_goes_on(text: str, first: str) -> None:
    sentences = analyze(text)
    assert sentences[0].text == first
    assert [s.text for s in sentences] == [first, *([text[len(first):].strip()] if text[len(first):].strip() else [])]



@pytest.mark.parametrize("text, pieces", [
    ("이번 대회 일정\n결승전은 다음 달 열린다.", ["이번 대회 일정", "결승전은 다음 달 열린다."]),  # another paragraph
    ("경기는 오후 5시 시작하며 5전 3선승제로 펼쳐진다. / scrapper@osen.co.kr",
     ["경기는 오후 5시 시작하며 5전 3선승제로 펼쳐진다. /", "scrapper@osen.co.kr"]),  # ends with a mark
    ("(맨 윗줄부터)중국인, 일본인, 한국인./ 미국 로체스터대 컴퓨터학과 연구팀 논문",
     ["(맨 윗줄부터)중국인, 일본인, 한국인./", "미국 로체스터대 컴퓨터학과 연구팀 논문"]),
    ("결승전은 다음 달 열린다. 입장권은 매진됐다.", ["결승전은 다음 달 열린다.", "입장권은 매진됐다."]),
])
def test_a_sentence_that_ends_with_a_mark_or_a_paragraph_stays_apart(text: str, pieces: list[str]) -> None:
    assert [s.text for s in analyze(text)] == pieces


@pytest.mark.parametrize("text, expected", [
    # Kiwi ends a sentence with the quoted words that open the next one: they go with the next
    ("누군가를 향한 간절하고 애틋한 마음. ‘사랑’이다. 그래서 덕질을 한다.",
     ["누군가를 향한 간절하고 애틋한 마음.", "‘사랑’이다.", "그래서 덕질을 한다."]),
    ("새로운 이벤트가 드디어 첫 티샷을 한다. ‘골프 황제’ 타이거 우즈와 로리 매킬로이가 샷대결을 한다.",
     ["새로운 이벤트가 드디어 첫 티샷을 한다.", "‘골프 황제’ 타이거 우즈와 로리 매킬로이가 샷대결을 한다."]),
    ("90권의 하루키 책으로 가득한 공간. “하루키와 동시대를 살아가는 게 큰 기쁨”이라고 그는 말했다.",
     ["90권의 하루키 책으로 가득한 공간.", "“하루키와 동시대를 살아가는 게 큰 기쁨”이라고 그는 말했다."]),
    # not a sentence that closes its own quotation, nor the last one of the paragraph
    ("그는 “내일 다시 오겠다.”고 말했다. 회의는 끝났다.", ["그는 “내일 다시 오겠다.”고 말했다.", "회의는 끝났다."]),
    ("올해의 단어는 정해졌다. ‘연대’", ["올해의 단어는 정해졌다. ‘연대’"]),
])
def test_quoted_words_that_open_a_sentence_stay_with_it(text: str, expected: list[str]) -> None:
    assert [s.text for s in analyze(text)] == expected
