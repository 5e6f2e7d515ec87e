"""Keywords: nouns counted as written (a prefix joined to its noun: `비대면`, not `대면`), and a
title word the article gives someone (`강 차관`, `소설가 한지아`) is not a keyword; the same word as
the story's topic (`반도체 시장`, `의사 인력`) still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import build_briefing, read_article
from briefing.summary.keywords import extract_keywords, joined_nouns
from briefing.text.analyze import analyze

# --- articles written for these tests ---------------------------------------------------------------

#: 비대면 진료: a prefixed noun (비-) and a vice minister named, then `강 차관`.
TELEMED = """\
---
title: 비대면 진료 내년부터 전면 허용
source: 테스트일보
date: 2026-10-14
---
보건복지부는 14일 비대면 진료를 내년 3월부터 모든 의원급 의료기관에서 허용한다고 밝혔다.
그동안 비대면 진료는 재진 환자와 섬·벽지 주민에게만 시범사업 형태로 허용돼 왔다.
복지부는 비대면 진료 플랫폼 업체에 처방 내역을 보관하도록 의무화하고, 약 배송은 당분간 제한하기로 했다.
강민석 보건복지부 제2차관은 “환자가 병원을 찾기 어려운 밤과 주말에 진료 공백을 메우겠다”고 말했다.
강 차관은 “오진 위험이 큰 초진 환자의 처방은 엄격하게 관리하겠다”고 덧붙였다.
대한의사협회는 “비대면 진료 확대는 안전성 검증이 먼저”라며 반대 입장을 냈다.
강 차관은 의사협회와 다음 달 협의체를 꾸려 세부 기준을 논의할 계획이라고 밝혔다.
"""

#: 재개발: the prefix 재- on 개발.
REDEVELOP = """\
---
title: 노후 도심 재개발 규제 푼다
source: 테스트일보
date: 2026-09-03
---
국토교통부는 3일 노후 도심의 재개발 사업 절차를 간소화하는 도시정비법 개정안을 입법예고했다.
개정안은 재개발 구역 지정 요건을 완화하고, 주민 동의율 기준을 75%에서 70%로 낮추는 내용을 담았다.
정비업계는 이번 조치로 재개발 사업 기간이 평균 3년가량 줄어들 것으로 보고 있다.
한지훈 국토교통부 주택정책관은 “노후 주택이 몰린 지역의 주거 환경을 빠르게 개선하겠다”고 말했다.
다만 시민단체는 세입자 보호 대책이 부족하다고 지적했다.
참여연대 관계자는 “재개발로 쫓겨나는 세입자에 대한 대책부터 마련해야 한다”고 말했다.
한 정책관은 세입자 이주비 지원을 늘리는 방안도 함께 검토하겠다고 밝혔다.
"""

#: 비정규직 next to 정규직 on its own.
IRREGULAR = """\
---
title: 비정규직 노동자 100만명 돌파…"처우 개선 시급"
source: 테스트일보
date: 2026-10-28
---
올해 8월 기준 비정규직 노동자가 처음으로 870만명을 넘어섰다.
통계청이 28일 발표한 경제활동인구조사 부가조사에 따르면 전체 임금근로자 가운데 비정규직 비중은 38.2%로 집계됐다.
비정규직과 정규직의 월평균 임금 격차는 174만원으로 역대 가장 컸다.
김태윤 고용노동부 노동정책실장은 “비정규직 처우 개선을 위한 종합 대책을 연내 내놓겠다”고 말했다.
김 실장은 “특히 고령층 비정규직의 고용 안정에 힘쓰겠다”고 덧붙였다.
노동계는 비정규직 사용 사유를 법으로 제한해야 한다고 주장했다.
한국노총 관계자는 “임금 격차를 줄이지 않으면 노동시장 이중구조는 더 굳어질 것”이라고 말했다.
"""

#: 대면 on its own: a keyword, whatever other articles prefix it with.
FACE_TO_FACE = """\
---
title: 대학가 대면 수업 전면 재개
source: 테스트일보
date: 2026-03-02
---
전국 대학들이 새 학기를 맞아 2일부터 대면 수업을 전면 재개했다.
교육부에 따르면 전국 4년제 대학의 95%가 이번 학기 강의를 대면 방식으로 운영한다.
학생들은 오랜만의 대면 강의에 기대감을 나타냈다.
서울의 한 대학 3학년 박모 씨는 “동기들을 강의실에서 직접 만나니 실감이 난다”고 말했다.
대학들은 강의실 환기와 방역 수칙을 안내하며 감염 예방에 나섰다.
교육부는 대학별 방역 상황을 점검해 필요하면 지원할 계획이다.
"""

#: `오세진 서울대 경제학부 교수`, then `오 교수`.
PROFESSOR = """\
---
title: "청년 고용률 하락세…질 좋은 일자리 부족"
source: 테스트일보
date: 2026-07-16
---
지난달 청년층 고용률이 14개월 연속 하락했다.
통계청이 16일 발표한 고용동향에 따르면 15~29세 고용률은 45.1%로 1년 전보다 0.9%포인트 떨어졌다.
이민정 한국노동연구원 선임연구위원은 “청년들이 원하는 질 좋은 일자리가 충분하지 않다”고 말했다.
오세진 서울대 경제학부 교수는 “제조업 고용이 줄면서 청년 일자리가 줄었다”고 분석했다.
오 교수는 “서비스업 일자리의 질을 높이는 정책이 필요하다”고 강조했다.
오 교수는 이어 “청년 고용 지원금은 중소기업 정규직 전환과 연계해야 한다”고 덧붙였다.
정부는 다음 달 청년 고용 대책을 발표할 예정이다.
"""

#: `한기정 공정거래위원회 위원장`, then `한 위원장`.
FAIR_TRADE = """\
---
title: 공정위, 플랫폼 입점업체 수수료 실태 조사 착수
source: 테스트일보
date: 2026-06-09
---
공정거래위원회가 배달·쇼핑 플랫폼의 입점업체 수수료 실태 조사에 착수했다.
한기정 공정거래위원회 위원장은 9일 정부세종청사에서 기자간담회를 열고 “수수료 인상이 입점업체에 일방적으로 떠넘겨지는지 살펴보겠다”고 말했다.
한 위원장은 “필요하면 법 개정도 검토하겠다”고 강조했다.
조사 대상은 매출 상위 10개 플랫폼으로, 공정위는 석 달 안에 결과를 발표할 계획이다.
한 위원장은 입점업체 단체와 다음 주 간담회를 열어 현장 의견도 듣기로 했다.
플랫폼 업계는 “수수료는 시장에서 정해지는 것”이라며 조사에 유감을 나타냈다.
"""

#: `소설가 한지아` (title before the name), then `한 작가` (Kiwi: 한/MM).
NOVELIST = """\
---
title: 한지아 신작 장편 출간…"기억에 관한 소설"
source: 테스트일보
date: 2026-04-21
---
소설가 한지아가 5년 만의 장편소설 ‘물의 기억’을 출간했다.
소설은 바닷가 마을에서 사라진 동생을 찾는 자매의 이야기를 그렸다.
한 작가는 21일 서울 종로구에서 열린 기자간담회에서 “기억은 사라지지 않고 모양을 바꿀 뿐이라고 믿는다”고 말했다.
한 작가는 “이번 소설을 쓰며 바닷가 마을에서 1년을 지냈다”고 덧붙였다.
출판사는 첫 주에만 3만 부가 팔렸다고 밝혔다.
한 작가는 다음 달부터 전국 서점을 돌며 독자들과 만날 예정이다.
"""

#: 시장 as the market, in an article whose one speaker is a 상무.
MARKET = """\
---
title: 반도체 시장 회복세…메모리 가격 석 달째 상승
source: 테스트일보
date: 2026-08-01
---
글로벌 반도체 시장이 회복세를 이어가고 있다.
시장조사업체 트렌드포스는 1일 D램 고정거래가격이 석 달 연속 올랐다고 발표했다.
업계에서는 인공지능 서버 수요가 메모리 시장 회복을 이끌고 있다고 분석한다.
김서준 한국반도체산업협회 상무는 “하반기에도 시장 분위기는 나쁘지 않을 것”이라고 말했다.
김 상무는 “다만 중국 업체들의 추격은 변수”라고 덧붙였다.
증권가는 국내 메모리 업체들의 실적 개선을 전망하고 있다.
"""

#: 의사 as the profession the story is about; no one is titled 의사.
STRIKE = """\
---
title: 전공의 복귀 지연에 의사 인력 공백 장기화
source: 테스트일보
date: 2026-05-12
---
대학병원 전공의들의 복귀가 늦어지면서 의사 인력 공백이 장기화하고 있다.
보건복지부에 따르면 전국 수련병원 전공의 출근율은 12일 기준 10%에 머물렀다.
남은 의사들의 업무 부담이 커지면서 응급실 운영을 줄이는 병원도 늘고 있다.
서울의 한 대학병원 관계자는 “교수들이 당직을 서며 버티고 있지만 한계에 다다랐다”고 말했다.
정부는 의사 인력 확충을 위해 진료지원 간호사 제도를 확대하기로 했다.
의사 단체들은 정부와의 대화에 나서겠다는 입장을 밝혔다.
"""

def keywords_of(tmp_path: Path, text: str) -> list[str]:
    """The keywords of the briefing of `text`, written to a file and read back like any article."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return build_briefing(read_article(path)).keywords


# --- a prefix stays with its noun ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "stem"), [
    (TELEMED, "비대면", "대면"),
    (REDEVELOP, "재개발", "개발"),
    (IRREGULAR, "비정규직", None),  # 정규직 is also written on its own there: it may stay
])
def test_a_prefixed_noun_is_a_keyword_as_written(tmp_path: Path, text: str, word: str, stem: str | None) -> None:
    keywords = keywords_of(tmp_path, text)
    assert word in keywords
    if stem is not None:
        assert stem not in keywords  # never the bare stem, which may mean the opposite


def test_prefixes_join_only_the_noun_right_after_them() -> None:
    forms = [m.form for s in analyze("미성년자 보호와 탈원전 정책, 초고속 인터넷을 재검토한다. 탁민규 제1차관이 말했다.")
             for m in joined_nouns(s)]
    assert {"미성년자", "탈원전", "초고속", "재검토"} <= set(forms)
    assert not {"성년자", "원전", "고속", "검토"} & set(forms)
    assert "제" in forms and "차관" in forms  # 제 + a number is no prefixed noun


def test_the_bare_noun_and_its_prefixed_opposite_are_counted_apart() -> None:
    sentences = analyze(
        "은행들이 비대면 계좌 개설을 크게 늘렸다.\n"
        "비대면 대출 상품도 1년 새 두 배로 늘었다.\n"
        "그러나 고령층은 여전히 영업점의 대면 상담을 선호한다.\n"
        "금융당국은 대면 창구를 줄일 때 고령층 보호 대책을 함께 마련하라고 주문했다.\n"
    )
    keywords = extract_keywords(sentences)
    assert "비대면" in keywords and "대면" in keywords


def test_a_noun_without_a_prefix_is_still_a_keyword(tmp_path: Path) -> None:
    keywords = keywords_of(tmp_path, FACE_TO_FACE)
    assert keywords[0] == "대면"
    assert "비대면" not in keywords


# --- a title is not a keyword -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    (TELEMED, "차관"),  # `강민석 보건복지부 제2차관`, `강 차관` (twice)
    (PROFESSOR, "교수"),  # `오세진 서울대 경제학부 교수`, `오 교수` (twice)
    (FAIR_TRADE, "위원장"),  # `한기정 공정거래위원회 위원장`, `한 위원장` (twice)
    (NOVELIST, "작가"),  # `한 작가` (three times), after `소설가 한지아`
])
def test_a_title_the_article_gives_someone_is_not_a_keyword(tmp_path: Path, text: str, title: str) -> None:
    assert text.count(title) >= 3  # the article uses it often enough to be counted
    keywords = keywords_of(tmp_path, text)
    assert title not in keywords
    assert len(keywords) >= 6  # other words take its place


@pytest.mark.parametrize(("text", "word"), [
    (MARKET, "시장"),  # the market (the one speaker is a 상무: 시장 is no one's title here)
    (STRIKE, "의사"),  # doctors as the story's subject; no one is titled 의사
])
def test_a_title_word_that_is_the_story_s_topic_stays_a_keyword(tmp_path: Path, text: str, word: str) -> None:
    assert word in keywords_of(tmp_path, text)[:2]


def test_english_words_count_in_any_letter_case_and_function_words_are_none() -> None:
    text = ("이번 롤드컵의 슬로건은 'THE GRIND, THE GLORY'다.\n"
            "선수들은 'The Grind, The Glory'를 외치며 연습했다.\n"
            "팬들도 GRIND와 GLORY를 응원 문구로 내걸었다.\n")
    keywords = extract_keywords(analyze(text))
    assert "GRIND" in keywords and "GLORY" in keywords
    assert not {"The", "THE", "Grind", "Glory", "the"} & set(keywords)
    # an acronym in capitals alone is no function word
    acronym = extract_keywords(analyze("행성 간 이동 시스템(ITS) 로켓이 공개됐다.\nITS 로켓은 재사용이 가능하다.\n"))
    assert "ITS" in acronym


# --- a compound the article comes back to is one keyword ---------------------------------------------

#: 한국시리즈 three times; 포스트시즌 twice, which Kiwi reads whole once (`포스트시즌에서`) and split once.
KOREAN_SERIES = """\
NC 다이노스가 한국시리즈 진출을 눈앞에 뒀다.
NC는 플레이오프 3차전에서 KT를 꺾고 한국시리즈까지 1승만 남겼다.
2020년 이후 3년 만의 한국시리즈 도전이다.
강인권 감독은 포스트시즌 들어 불펜 운용이 살아났다고 말했다.
NC는 올해 포스트시즌에서 6연승을 달렸다.
"""

#: 신용카드, 체크카드, 법인카드 twice each, and 카드 on its own: the head noun they share is the story's.
CARD_SPENDING = """\
지난달 신용카드 승인액이 1년 전보다 5% 늘었다.
체크카드 승인액도 3% 증가했다.
법인카드 사용은 줄었다.
신용카드와 체크카드를 합친 개인 카드 결제는 역대 최대였다.
법인카드 결제액은 두 달 연속 감소했다.
카드업계는 연말 소비가 카드 결제를 더 끌어올릴 것으로 본다.
"""

#: 도시계획 once; 도시 on its own twice more.
CITY_PLAN = """\
시는 올해 도시계획을 새로 짠다.
도시 외곽의 개발 가능 지역을 분석하고 계획 인구를 다시 산정한다.
시는 도시 확산을 막는 방안도 계획에 담기로 했다.
"""


def test_a_compound_the_article_comes_back_to_is_one_keyword_as_written() -> None:
    keywords = extract_keywords(analyze(KOREAN_SERIES))
    assert {"한국시리즈", "포스트시즌"} <= set(keywords)
    assert not {"한국", "시리즈", "포스트", "시즌"} & set(keywords)  # no fragments, nor a head the compound holds


def test_compounds_that_share_a_head_noun_leave_it_a_keyword() -> None:
    keywords = extract_keywords(analyze(CARD_SPENDING))
    assert {"신용카드", "체크카드", "법인카드", "카드"} <= set(keywords)
    assert keywords[0] == "카드"  # counted over every compound it heads


def test_a_compound_written_once_stays_its_nouns() -> None:
    keywords = extract_keywords(analyze(CITY_PLAN))
    assert "도시" in keywords
    assert "도시계획" not in keywords


def _keywords_of(tmp_path: Path, text: str) -> list[str]:
    """The keywords of a briefing of `text`, read as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return build_briefing(read_article(path)).keywords


def test_a_reporters_name_is_no_keyword(tmp_path: Path) -> None:
    """A news script names its reporter twice (`정다운 기자입니다`, `정다운 기자>`): a credit, not a subject."""
    keywords = _keywords_of(tmp_path, "최민아 앵커>\n한빛시가 시내버스 요금을 동결합니다.\n정다운 기자입니다.\n\n정다운 기자>\n"
                            "한빛시는 시내버스 요금을 내년까지 올리지 않기로 했습니다.\n시내버스 업계는 요금 동결에 반발했습니다.\n")
    assert "시내버스" in keywords and "요금" in keywords
    assert "정다운" not in keywords and "최민아" not in keywords


FRESH = Path(__file__).parent / "data" / "fresh"


@pytest.mark.parametrize("stem", ["107-minister-nominee-hearing", "136-mayoral-debate", "147-traditional-market"])
def test_no_keyword_is_a_piece_of_a_persons_name(stem: str) -> None:
    """Kiwi cuts a name it does not know into nouns (`남궁` + `태오`, `제갈` + `민수`); those pieces are the
    person, not a subject of the story."""
    briefing = build_briefing(read_article(FRESH / f"{stem}.txt"))
    names = [p.name.replace(" ", "") for p in briefing.participants if p.kind == "person"]
    assert names
    assert [k for k in briefing.keywords if any(k in name for name in names)] == []


def test_a_unit_written_onto_a_number_is_no_keyword(tmp_path: Path) -> None:
    keywords = _keywords_of(tmp_path, "모내기를 마친 논 120ha에 드론으로 비료를 뿌렸다. 올해는 논 80ha에 시범 사업을 벌인다. "
                            "드론 방제는 논에서 효과가 컸다.\n")
    assert "드론" in keywords
    assert "ha" not in keywords


def test_an_interviewers_mark_is_no_keyword(tmp_path: Path) -> None:
    keywords = _keywords_of(tmp_path, "주장 손흥민은 리버풀전 패배를 인정했다.\n\nQ. 홈에서 리버풀에 졌는데\n\n\"정말 실망스럽다.\"\n\n"
                            "Q. 리버풀은 얼마나 좋은 팀인가\n\n\"리버풀은 선두에 있는 팀이다.\"\n\nQ. 다음 경기는\n\n\"반등하겠다.\"\n")
    assert "리버풀" in keywords
    assert "Q." not in keywords and "Q" not in keywords
