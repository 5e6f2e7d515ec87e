"""Rule tests for quotations: which spans are speech, and who said them.

Case tables: each row is a short Korean passage written for the test and what must (or must not)
come out of it. Negative rows (terms in quotation marks, a reporter's byline) must yield nothing.
The bundled sample article is checked quote by quote at the end.
"""

from __future__ import annotations

import pytest

from briefing import article_from_text, build_briefing
from briefing.people.participants import find_cast
from briefing.quotes.extract import extract_quotes, find_spans, is_speech
from briefing.text.analyze import analyze


def brief(text: str):
    return build_briefing(article_from_text(text, "case.txt"))


def attributions(text: str) -> list[tuple[str, str]]:
    """(speaker name, quote text) in article order; the unknown speaker is ''."""
    b = brief(text)
    pairs = [(p.name, q) for p in b.participants for q in p.quotes]
    return [(name, q.text) for name, q in sorted(pairs, key=lambda x: x[1].start)]


# --- who said it -----------------------------------------------------------------------------------

ATTRIBUTION_CASES = [
    pytest.param(
        '김철수 행정안전부 장관은 1일 기자들과 만나 "재난 대응 체계를 재점검하겠다"고 말했다.',
        [("김철수", "재난 대응 체계를 재점검하겠다")], id="topic-before-quote"),
    pytest.param(
        "박민지 대표는 “올해가 고비”라며 “투자를 늘리겠다”고 밝혔다. 이어 “인력도 뽑겠다”고 덧붙였다.\n"
        "그러면서 “시장은 결국 회복된다”고 강조했다.",
        [("박민지", "올해가 고비"), ("박민지", "투자를 늘리겠다"), ("박민지", "인력도 뽑겠다"),
         ("박민지", "시장은 결국 회복된다")], id="carry-over-이어-그러면서"),
    pytest.param(
        "정우성 감독은 경기 뒤 기자회견을 했다. 그는 “선수들이 끝까지 버텼다”고 말했다.",
        [("정우성", "선수들이 끝까지 버텼다")], id="pronoun-그는"),
    pytest.param(
        "한상철 의원은 “법안을 다시 내겠다”고 말했다.\n“이번에는 통과될 것”이라는 말도 했다.",
        [("한상철", "법안을 다시 내겠다"), ("한상철", "이번에는 통과될 것")], id="bare-follow-on-paragraph"),
    pytest.param(
        "“협상은 쉽지 않을 것”이라고 윤서진 대변인은 말했다.",
        [("윤서진", "협상은 쉽지 않을 것")], id="quote-then-고-NAME은-말했다"),
    pytest.param(
        "“수비가 먼저”라고 전제한 문경은 감독은 전술을 설명했다.",
        [("문경은", "수비가 먼저")], id="quote-then-전제한-NAME은"),
    pytest.param(
        "“쉽지 않은 경기였다. 선수들이 잘 버텨줬다.” 김상식 감독의 말이다.",
        [("김상식", "쉽지 않은 경기였다. 선수들이 잘 버텨줬다.")], id="quote-then-NAME의-말이다"),
    pytest.param(
        "“저는 아직 배가 고픕니다.” 김연진은 은퇴 회견에서 이렇게 말했다.",
        [("김연진", "저는 아직 배가 고픕니다.")], id="quote-then-이렇게-말했다"),
    pytest.param(
        "[스포츠타임즈=잠실 김도윤 기자] “오늘은 선수들이 다 해줬다.”\n"
        "LG 트윈스 염정호 감독이 승리 소감을 밝혔다. 염 감독은 경기 후 “타선이 살아났다”고 말했다.",
        [("염정호", "오늘은 선수들이 다 해줬다."), ("염정호", "타선이 살아났다")], id="lead-quote"),
    pytest.param(
        '한 업계 관계자는 "하반기 반등을 기대한다"고 전했다. 정부 관계자는 "지원책을 검토 중"이라고 말했다.',
        [("한 업계 관계자", "하반기 반등을 기대한다"), ("정부 관계자", "지원책을 검토 중")], id="anonymous-descriptors"),
    pytest.param(
        '검찰은 "죄질이 무겁다"며 항소했다. 대통령실은 "사실무근"이라고 밝혔다.',
        [("검찰", "죄질이 무겁다"), ("대통령실", "사실무근")], id="organisations"),
    pytest.param(
        '월스트리트저널(WSJ)은 소식통을 인용해 "새 제품이 준비되고 있다"고 보도했다. WSJ는 "출시는 내년"이라고 전했다.',
        [("월스트리트저널(WSJ)", "새 제품이 준비되고 있다"), ("월스트리트저널(WSJ)", "출시는 내년")],
        id="outlet-and-its-abbreviation"),
    pytest.param(
        "씨제스 엔터테인먼트(이하 ‘씨제스’)는 계약을 발표했다. 씨제스는 “새 출발을 돕겠다”고 밝혔다.",
        [("씨제스 엔터테인먼트(씨제스)", "새 출발을 돕겠다")], id="a-body-and-its-short-name-after-이하"),
    pytest.param(
        "로이터통신은 “양측이 휴전에 합의했다”고 전했다. 이 매체는 “사상자가 늘고 있다”고 덧붙였다.",
        [("로이터통신", "양측이 휴전에 합의했다"), ("로이터통신", "사상자가 늘고 있다")], id="매체-refers-to-outlet"),
    pytest.param(
        '[김영수/서울시 마포구 주민 : "너무 시끄러워서 잠을 잘 수가 없어요."]\n'
        '[NHK 뉴스 : "지진 피해가 확산되고 있습니다."]',
        [("김영수", "너무 시끄러워서 잠을 잘 수가 없어요."), ("NHK 뉴스", "지진 피해가 확산되고 있습니다.")],
        id="transcript-labels"),
    pytest.param(
        "황대한·연지호는 “우리 둘 다 억울하다”고 주장했다.",
        [("연지호", "우리 둘 다 억울하다")], id="joint-speakers"),
    pytest.param(
        "업계에선 “내년이 더 어렵다”는 말이 나온다.",
        [("업계", "내년이 더 어렵다")], id="circle-에선"),
    pytest.param(
        "한 남성이 “모두 나가라”고 외쳤다. 아이들은 “무섭다”며 울었다.",
        [("한 남성", "모두 나가라"), ("아이들", "무섭다")], id="unnamed-people"),
    pytest.param(
        "A씨는 “너무 억울하다”고 호소했다. 주부 임모씨는 “물가가 너무 올랐다”고 했다.",
        [("A씨", "너무 억울하다"), ("주부 임모씨", "물가가 너무 올랐다")], id="anonymised-people"),
    pytest.param(
        "최민호 대변인은 성명을 냈다. 국방부가 발표한 구조 작전에 대해 “우리가 한 일이 아니다”라고 주장했다.",
        [("최민호", "우리가 한 일이 아니다")], id="relative-clause-subject-is-not-the-speaker"),
    pytest.param(
        "김태호는 “아무 생각 없었다”고 했다. 브라이언 스탠 사회자가 테이크다운이 늘었는데 얼마나 연습했냐고 물어보자 "
        "“매일 연습했다”고 답했다.",
        [("김태호", "아무 생각 없었다"), ("김태호", "매일 연습했다")], id="the-answer-to-a-question-no-one-named-is-asked"),
    pytest.param(
        "김태호는 경기를 마쳤다. 사회자가 박민재에게 비결을 물어보자 “어릴 적 우상을 따라했다”고 답했다.",
        [("박민재", "어릴 적 우상을 따라했다")], id="the-one-asked-answers-물어보자"),
    # a quotation with no speaker of its own after a sentence whose topic is a body, the last person named
    # no topic or subject since: the body goes on
    pytest.param(
        "가수 하지관씨가 법정에 나왔습니다.\n검찰은 하씨에게 징역 3년을 구형했습니다.\n"
        "\"조직적으로 사법 방해 행위를 했다\"고 설명했습니다.",
        [("검찰", "조직적으로 사법 방해 행위를 했다")], id="the-body-topic-of-the-sentence-before-goes-on"),
    # … not when the person became the topic after it
    pytest.param(
        "검찰은 하지관씨에게 징역 3년을 구형했습니다.\n하씨는 최후진술을 읽었습니다.\n\"반성하겠다\"고 했습니다.",
        [("하지관", "반성하겠다")], id="the-person-topic-after-the-body-goes-on"),
    # words cited as someone's in the genitive before them, within another's clause: theirs, and the clause's
    # next words its topic's
    pytest.param(
        "하지관은 “회담 연기에 주목할 필요가 있다”고 전했다.\n\n워싱턴 포스트는 탁민호 조지타운대 교수의 “방미는 회담을 "
        "살리기 위한 것”이라는 말을 통해 “이번 방미는 중대 기회를 뜻하는 것”이라고 보도했다.",
        [("하지관", "회담 연기에 주목할 필요가 있다"), ("탁민호", "방미는 회담을 살리기 위한 것"),
         ("워싱턴 포스트", "이번 방미는 중대 기회를 뜻하는 것")], id="words-cited-in-the-genitive"),
    # a person made the topic before a question no one is named to put is the one asked, who answers
    pytest.param(
        "배우 하지관은 “제가 평소에 잘 하기 때문이다”는 농담을 내놨고, 배우 탁민호는 직접 베이스를 연주한 소감을 묻자 "
        "“베이스가 별로 할 일이 없더라”고 겸손해했다.",
        [("하지관", "제가 평소에 잘 하기 때문이다"), ("탁민호", "베이스가 별로 할 일이 없더라")],
        id="the-topic-before-묻자-answers"),
    pytest.param(
        "하지관은 “좋았다”고 했다. 탁민호 감독은 경기를 마친 뒤 승리 소감을 묻자 “선수들이 잘했다”고 답했다.",
        [("하지관", "좋았다"), ("탁민호", "선수들이 잘했다")], id="the-topic-before-묻자-answers-after-a-speaker"),
    pytest.param(
        "공격수 신상은과 서진수가 팀을 맞바꿨다. 서진수는 “감사하다”고 했다. 제주로 옮긴 신상은은 “정말 기쁘다”고 했다.",
        [("서진수", "감사하다"), ("신상은", "정말 기쁘다")], id="a-name-ending-in-은-then-the-topic-particle"),
    pytest.param(
        "박정훈 단장이 지역 방송과의 인터뷰에서 김하준이 부상으로 시즌을 일찍 접은 것과 관련 “성실한 선수”라고 말했다.",
        [("박정훈", "성실한 선수")], id="the-subject-before-a-relative-clauses-own-subject-speaks"),
    pytest.param(
        "텍사스 레인저스 박정훈 단장이 26일 인터뷰에서 김민수가 “양심적인 선수”라고 말했다고 전했다.",
        [("김민수", "양심적인 선수")], id="a-subject-right-before-the-quote-still-speaks"),
    pytest.param(
        "조 바이든 미국 대통령은 “동맹과 함께할 것”이라고 밝혔다. 바이든 대통령은 “평화가 최우선”이라고 말했다.",
        [("조 바이든", "동맹과 함께할 것"), ("조 바이든", "평화가 최우선")], id="foreign-name-short-form"),
    pytest.param(
        "월스트리트저널(WSJ)은 제롬 파월 의장이 “금리 인하는 이르다”고 말했다고 전했다.",
        [("제롬 파월", "금리 인하는 이르다")], id="reported-speaker-inside-an-outlets-report"),
    pytest.param(
        "삼성전자는 실적을 발표했다. 회사 측은 “업황이 바닥을 쳤다”고 설명했다.",
        [("삼성전자", "업황이 바닥을 쳤다")], id="회사-측-refers-to-the-company"),
    pytest.param(
        "“우리는 준비가 됐다”고 말한 박지훈 감독은 “선수들을 믿는다”고 덧붙였다.",
        [("박지훈", "우리는 준비가 됐다"), ("박지훈", "선수들을 믿는다")], id="speaker-between-two-quotes"),
    pytest.param(
        "김민수 삼성전자 사장과 김민준 LG전자 사장이 참석했다. 김 사장은 “협력하겠다”고 말했다.",
        [("", "협력하겠다")], id="ambiguous-short-form-is-not-guessed"),
    pytest.param(
        "한정민 대표는 “예산을 지키겠다”고 말했다.\n“정부 예산안은 방만 재정이다.”\n"
        "민주당 박준형 원내대표는 같은 날 이같이 비판했다.",
        [("한정민", "예산을 지키겠다"), ("박준형", "정부 예산안은 방만 재정이다.")],
        id="quote-paragraph-then-이같이-on-the-next-line"),
    pytest.param(
        "한정민 대표는 “예산을 지키겠다”고 말했다.\n\n“정부 예산안은 방만 재정이다.”\n\n박준형 원내대표의 말이다.",
        [("한정민", "예산을 지키겠다"), ("박준형", "정부 예산안은 방만 재정이다.")],
        id="quote-paragraph-then-NAME의-말이다-after-a-blank-line"),
    pytest.param(
        "한정민 대표는 “예산을 지키겠다”고 말했다.\n“정부 예산안은 방만 재정이다.”\n"
        "박준형 원내대표는 같은 날 기자회견을 열었다.",
        [("한정민", "예산을 지키겠다"), ("한정민", "정부 예산안은 방만 재정이다.")],
        id="quote-paragraph-next-line-without-pointer-keeps-the-speaker"),
    pytest.param(
        "“올해는 정말 긴 것 같아요. 부담이 많았어요.”\n설영우(24, 울산현대)는 올시즌 가파른 성장세였다. "
        "황선홍 감독이 이끈 대표팀은 우승했다. 그는 “스스로에게도 마찬가지였다”라고 말했다.",
        [("설영우", "올해는 정말 긴 것 같아요. 부담이 많았어요."), ("설영우", "스스로에게도 마찬가지였다")],
        id="a-story-opening-on-a-quote-then-the-person-it-introduces"),
    # a quotation on a line of its own, its speaker credited in parentheses after it (a lead, a column
    # of remarks): the person named there, whoever the story names after
    pytest.param(
        "“고객에 신뢰를 파는 은행.”(한정민 신임 한빛은행장)\n“손님이 먼저 찾는 은행.”(박준형 신임 누리은행장)\n"
        "한정민 행장과 박준형 행장이 취임식을 열었다.",
        [("한정민", "고객에 신뢰를 파는 은행."), ("박준형", "손님이 먼저 찾는 은행.")], id="credited-in-parentheses-after"),
    pytest.param(
        "●“검토할 때가 됐다.” (우재석 한빛당 원내대표, 22일 비상대책위원회 회의)\n"
        "●“지록위마다.”(서영교 누리당 원내대변인 22일 국회 브리핑)",
        [("우재석", "검토할 때가 됐다."), ("서영교", "지록위마다.")], id="credits-with-the-date-and-occasion"),
    pytest.param(
        "누리당 의원들은 “같이 드시면 어떻겠냐”(윤재갑 의원), “공수해올까요?”(김성하 의원) 등의 발언을 쏟아냈다.",
        [("윤재갑", "같이 드시면 어떻겠냐"), ("김성하", "공수해올까요?")], id="remarks-credited-in-a-list"),
    pytest.param(
        "지난 일주일간의 말들을 정리했다.\n\"이렇게 많이 오신 건 처음\" (한빛항공 세터 한선우, 5일 경기 후, 취재진을 보며)\n"
        "\"지치지를 않네\" (누리생명 차해준 감독, 5일 경기 후, 40득점을 기록한 상대 공격수에 대해, 이날 두 팀의 희비는 "
        "엇갈렸다. 상대는 19득점에 그쳤고 공격성공률도 46%에 머물렀다)\n\"재미없는 경기라 죄송하죠\" (한빛인삼공사 박삼우)",
        [("한선우", "이렇게 많이 오신 건 처음"), ("차해준", "지치지를 않네"), ("박삼우", "재미없는 경기라 죄송하죠")],
        id="credits-naming-the-body-and-title-first"),
    # … and no credit where the parenthesis names no one's post, or the line holds more than the quote
    pytest.param(
        "한정민 대표는 웃었다.\n“손님이 먼저다.”(박준형 제공)\n", [("한정민", "손님이 먼저다.")], id="a-photo-credit"),
    pytest.param(
        "한정민 대표는 웃었다.\n“손님이 먼저다.”(자료 통계청)\n", [("한정민", "손님이 먼저다.")], id="a-source-credit"),
    pytest.param(
        "“고마운 마음을 전하고 싶습니다.”(윤덕영 감독)“우승한 기분이에요.”(지소영)\n\n"
        "윤 감독은 “어려운 경기를 했다”고 밝혔다. 지소영(24·첼시)은 “기쁘다”며 웃었다.\n강신 기자 xin@example.kr",
        [("윤덕영", "고마운 마음을 전하고 싶습니다."), ("지소영", "우승한 기분이에요."), ("윤덕영", "어려운 경기를 했다"),
         ("지소영", "기쁘다")], id="credited-quotes-side-by-side-then-the-short-form"),
    pytest.param(
        "한정민 대표는 “손님이 먼저다”(박준형 대표)\n", [("한정민", "손님이 먼저다")], id="words-before-the-quote"),
    # someone on the way to a post is called by the post later (`최기중 후보가 당선돼`, then `최 조합장은`)
    pytest.param(
        "조합의 개혁을 내건 최기중 후보가 당선됐다. 최 조합장은 “농협이 변해야 한다”고 말했다.",
        [("최기중", "농협이 변해야 한다")], id="a-candidate-elected-then-called-by-the-post"),
    # negative: someone who holds another post is not
    pytest.param(
        "최기중 회장이 참석했다. 최 감독은 “좋다”고 말했다.", [("", "좋다")], id="another-post-is-someone-else"),
    # `소속사 측은`: the agency the story named as someone's, not the band named last
    pytest.param(
        "15일 김하랑 소속사 누리엔터테인먼트는 “입장을 알려드린다”고 밝혔다. 그룹 솔라리스는 활동을 이어간다.\n"
        "소속사 측은 “강경히 대응하겠다”고 예고했다.",
        [("누리엔터테인먼트", "입장을 알려드린다"), ("누리엔터테인먼트", "강경히 대응하겠다")], id="소속사-측-is-the-agency-named-so"),
    # negative: no agency named so before, the words stay the agency's as written
    pytest.param(
        "그룹 솔라리스가 컴백했다. 소속사 측은 “강경히 대응하겠다”고 예고했다.",
        [("소속사", "강경히 대응하겠다")], id="소속사-측-with-no-agency-named"),
    # `그는` after a sentence whose topic is someone only the entity model found: that person
    pytest.param(
        "그룹 출신 박현호의 폭로에 김상균이 반박했다. 소속사 측은 “사실이 아니다”라고 밝혔다.\n"
        "앞서 11일 박현호는 한 유튜브채널을 통해 폭로했다.\n그는 “멤버들과의 사이가 멀어졌다”며 불화설을 언급했다.",
        [("소속사", "사실이 아니다"), ("박현호", "멤버들과의 사이가 멀어졌다")], id="그는-the-topic-the-model-found"),
    # the short form of someone only the entity model found (a name ending like a body's)
    pytest.param(
        "박찬대 수석대변인은 이날 “좋다”고 강조했다.\n박 수석대변인은 “강하다”고 강조했다.",
        [("박찬대", "좋다"), ("박찬대", "강하다")], id="the-short-form-of-a-name-the-model-found"),
    # a noun of a measure or a quality as the topic before a quote is what the speaker judges, no speaker
    pytest.param(
        "김민수 감독은 “아쉽다”고 말했다. 다만 정하윤의 활동량은 “나쁘지 않았다”고 평가했다.",
        [("김민수", "아쉽다"), ("김민수", "나쁘지 않았다")], id="a-measure-is-no-speaker"),
    pytest.param(
        "김민수 감독은 “아쉽다”고 말했다. 팀의 경기력은 “더 좋아질 것”이라고 했다.",
        [("김민수", "아쉽다"), ("김민수", "더 좋아질 것")], id="a-quality-is-no-speaker"),
    pytest.param(
        "김민수 감독은 류현진의 시즌을 평가했다. 패스트볼 구속은 87마일 수준이었다고 소개하며 “더 발전해야 한다”고 평했다.",
        [("김민수", "더 발전해야 한다")], id="a-speed-is-no-speaker"),
    # negative: people, whatever their ending
    pytest.param(
        "김민수 감독은 “아쉽다”고 말했다. 한 여성은 “좋았다”고 했다.",
        [("김민수", "아쉽다"), ("한 여성", "좋았다")], id="a-woman-speaks"),
    # words cited as someone's request or remark in another's sentence (`“…”는 X의 요청을`): X's, and the
    # quote that follows in the sentence is the answer of its topic, as after a question
    pytest.param(
        "한정민 부총리가 보고했다. 박준형 대통령은 “격주로 보고하게 해달라”는 한 부총리의 요청을 수락하며 "
        "“국민에게도 알리자”고 제안했다.",
        [("한정민", "격주로 보고하게 해달라"), ("박준형", "국민에게도 알리자")], id="cited-as-someones-request"),
    # the second quote of a sentence after the first one's verb in `-자` answers it: the topic's words
    pytest.param(
        "박준형 대통령은 보고를 받았다. 또 한정민 부총리가 “모임을 갖겠다”고 말하자 “투명하게 하라”고 지시했다. "
        "그러면서 “성과를 내라”고 당부했다.",
        [("한정민", "모임을 갖겠다"), ("박준형", "투명하게 하라"), ("박준형", "성과를 내라")],
        id="the-reply-after-말하자-is-the-topics"),
    pytest.param(
        "김민수 장관은 회의를 열었다. 노조가 “임금을 올려라”고 주장하자 “불가능하다”고 반박했다.",
        [("노조", "임금을 올려라"), ("김민수", "불가능하다")], id="the-reply-after-주장하자-in-the-next-sentence"),
    # … and the speaker stays where the reply names its own, or no `-자` stands between
    pytest.param(
        "김민수 장관은 회의를 열었다. 한정민 부총리가 “모임을 갖겠다”고 말하자 박준형 대표는 “좋다”고 답했다.",
        [("한정민", "모임을 갖겠다"), ("박준형", "좋다")], id="a-reply-that-names-its-speaker"),
    pytest.param(
        "김민수 장관은 회의를 열었다. 한정민 부총리는 “모임을 갖겠다”며 “좋다”고 말했다.",
        [("한정민", "모임을 갖겠다"), ("한정민", "좋다")], id="two-quotes-of-one-speaker"),
    pytest.param(
        "황선홍 감독이 이끈 대표팀은 우승했다. 설영우에게 아시안게임을 묻자 “부담이 컸다”라고 답했다.",
        [("설영우", "부담이 컸다")], id="the-person-asked-right-before-the-quote-answers"),
    pytest.param(
        "설영우는 올시즌 성장했다. 황선홍 감독이 이끈 대표팀은 우승했다. 울산에서 만난 그에게 아시안게임을 묻자 “부담이 컸다”라고 말했다.",
        [("설영우", "부담이 컸다")], id="the-pronoun-asked-is-the-last-topic"),
    pytest.param(
        "정황근 장관도 “전염되지 않는다”고 강조했다. 정부의 대응에도 판매 현장에서는 소비위축을 체감하고 있다. "
        "한 축산물 도매센터 관계자는 “거래가 취소되는 경우도 있었다”라고 말했다. 그는 이어 “지금은 12만원까지 나온다”라고 했다.",
        [("정황근", "전염되지 않는다"), ("한 축산물 도매센터 관계자", "거래가 취소되는 경우도 있었다"),
         ("한 축산물 도매센터 관계자", "지금은 12만원까지 나온다")], id="그는-right-after-an-unnamed-sources-words-is-that-source"),
    pytest.param(
        "한정민 대표는 회의에서 “예산을 지키겠다”고 말했다. “정부 예산안은 방만 재정이다.”\n"
        "박준형 원내대표는 이같이 비판했다.",
        [("한정민", "예산을 지키겠다"), ("한정민", "정부 예산안은 방만 재정이다.")],
        id="quote-inside-a-paragraph-does-not-look-at-the-next-line"),
    pytest.param(
        "조태섭 외교부 장관은 “협상은 순조롭다”고 말했다.\n로버트 하이든 미국 대통령도 이날 협상에 대해 언급했다.\n"
        "“좋은 합의를 할 수 있을 것이다.”",
        [("조태섭", "협상은 순조롭다"), ("로버트 하이든", "좋은 합의를 할 수 있을 것이다.")],
        id="new-subject-with-도-takes-the-next-quote"),
    pytest.param(
        "김수정 대변인은 “운행 중”이라고 말했다. 회사원 이모(34)씨는 “지각할 것 같다”고 말했다.",
        [("김수정", "운행 중"), ("회사원 이모씨", "지각할 것 같다")], id="anonymised-person-with-age"),
    pytest.param(
        "김수정 대변인은 “운행 중”이라고 말했다. 이모씨(34)는 “지각할 것 같다”고 말했다. "
        "주부 김모(52) 씨는 “물가가 올랐다”고 했다.",
        [("김수정", "운행 중"), ("이모씨", "지각할 것 같다"), ("주부 김모 씨", "물가가 올랐다")],
        id="anonymised-person-age-after-씨-or-before-a-spaced-씨"),
    pytest.param(
        "김수정 대변인은 “운행 중”이라고 말했다. 회사원 김철수(34)씨는 “지각할 것 같다”고 말했다.",
        [("김수정", "운행 중"), ("김철수", "지각할 것 같다")], id="named-person-with-age-and-glued-씨"),
    pytest.param(
        "축구 매체 ‘골스포츠’는 “그는 최고의 선수”라고 보도했다.",
        [("골스포츠", "그는 최고의 선수")], id="outlet-in-single-quotes-speaks"),
    pytest.param(
        '[구청 관계자 : "기준에 도달하지 않았습니다."]\n[김시민 : "괜찮습니다."]',
        [("구청 관계자", "기준에 도달하지 않았습니다."), ("김시민", "괜찮습니다.")],
        id="transcript-label-anonymous-source-and-a-name-ending-like-one"),
    pytest.param(
        '김영수 장관은 노조가 "약속이 지켜지지 않았다"고 주장하는 데 대해 "인력을 충원했다"고 반박했다.',
        [("노조", "약속이 지켜지지 않았다"), ("김영수", "인력을 충원했다")], id="answer-to-an-embedded-quote-is-the-topics"),
    pytest.param(
        "김영수 장관은 회견을 열었다. 그는 노조가 “약속을 어겼다”고 주장한 것과 관련해 “인력을 늘렸다”고 말했다.",
        [("노조", "약속을 어겼다"), ("김영수", "인력을 늘렸다")], id="answer-with-관련해-and-a-pronoun-topic"),
    pytest.param(
        "월스트리트저널(WSJ)은 제롬 파월 의장이 “금리 인하는 이르다”며 “물가를 더 봐야 한다”고 말했다고 전했다.",
        [("제롬 파월", "금리 인하는 이르다"), ("제롬 파월", "물가를 더 봐야 한다")],
        id="two-quotes-of-the-reported-speaker-are-not-an-answer"),
    pytest.param(
        '김영수 장관은 노조가 "약속을 어겼다"고 주장하는 데 대해 최민규 위원장이 "인력을 늘렸다"고 반박했다고 전했다.',
        [("노조", "약속을 어겼다"), ("최민규", "인력을 늘렸다")], id="answer-with-its-own-subject"),
    # a body as the subject right before the quote, a person the topic and the quote's verb the sentence's
    # last: the person's words about the body (the negatives above: the body's own verb goes on, or a person
    # reported by a body)
    pytest.param(
        "김상진 대리대사는 “우리는 평화를 안다”고 말했다. 그는 한국이 “효율성을 강화할 것”이라고 강조했다.",
        [("김상진", "우리는 평화를 안다"), ("김상진", "효율성을 강화할 것")], id="a-body-the-persons-words-are-about"),
    pytest.param(
        "강경화 외교부 장관은 회의에 참석했다. 강 장관은 일본이 “일방적으로 한국을 제외했다”며 “엄중히 우려한다”고 "
        "포문을 열었습니다.", [("강경화", "일방적으로 한국을 제외했다"), ("강경화", "엄중히 우려한다")],
        id="a-body-the-persons-words-are-about-two-quotes-on"),
    pytest.param(
        "한빛시(시장 최영숙)는 계획을 발표했다. 최 시장은 “약속드린다”고 말했다. 시는 “이용료는 150만원”이라고 설명했다.",
        [("최영숙", "약속드린다"), ("한빛시", "이용료는 150만원")], id="시는-is-the-city-named-before"),
    pytest.param(
        "김선호 한빛군수는 “협약을 맺겠다”고 말했다. 군은 “30%를 지원하겠다”는 입장이다.",
        [("김선호", "협약을 맺겠다"), ("한빛군", "30%를 지원하겠다")], id="군은-is-the-county-in-a-fused-title"),
    pytest.param(
        "김선호 위원장은 “협약을 맺겠다”고 말했다. 이 시는 “아름답다”는 평을 받는다.",
        [("김선호", "협약을 맺겠다")], id="시는-without-a-city-named-before-is-no-body"),
    pytest.param(
        "질병관리청은 “유행 기준을 넘어섰다”고 밝혔다. 질병청은 “접종을 받아 달라”고 당부했다.",
        [("질병관리청", "유행 기준을 넘어섰다"), ("질병관리청", "접종을 받아 달라")], id="usual-short-name-of-a-body-speaking"),
    pytest.param(
        "국립감염병연구소 소장 윤석진 박사는 “항원성이 달라졌다”고 설명했다.",
        [("윤석진", "항원성이 달라졌다")], id="title-name-then-박사-speaks"),
    pytest.param(
        "엄지수 교수는 “가능성도 배제할 수 없다.\n“48시간 안에 진료를 받아야 한다”고 말했다.",
        [("엄지수", "가능성도 배제할 수 없다."), ("엄지수", "48시간 안에 진료를 받아야 한다")],
        id="quote-running-on-into-the-next-paragraph"),
    pytest.param(
        "윤재호 전 기획재정부 장관(현 한빛금융연구원 이사장)은 “성과가 나타났다”고 말했다. 윤 이사장은 “부채는 뇌관”이라고 덧붙였다.",
        [("윤재호", "성과가 나타났다"), ("윤재호", "부채는 뇌관")], id="present-post-in-parentheses-names-a-later-short-form"),
    pytest.param(
        "윤재호 전 기획재정부 장관은 “성과가 나타났다”고 말했다. 윤 이사장은 “부채는 뇌관”이라고 덧붙였다.",
        [("윤재호", "성과가 나타났다"), ("", "부채는 뇌관")], id="other-post-without-parentheses-is-not-guessed"),
    pytest.param(
        "엄지수 교수는 “가능성도 배제할 수 없다.\n정부는 대책을 내놨다.",
        [], id="unclosed-quote-without-a-reopened-paragraph-is-no-quote"),
    pytest.param(
        "한빛관광 대표는“예약이 차면 운행을 해야 한다.\n운행구간이 긴 버스가 얼마나 실효를 거둘지 의문이다”고 말했다.",
        [("한빛관광 대표", "예약이 차면 운행을 해야 한다.\n운행구간이 긴 버스가 얼마나 실효를 거둘지 의문이다")],
        id="quote-closed-across-a-line-break"),
    pytest.param(  # the mark that closes it there opens nothing: the next quote on that line is its own
        "라즈 감독은 \"시간이 없었다.\n\n1주밖에 치르지 못했다\"라며 \"황희찬도 준비했다\"고 말했다.\n\n"
        "그는 \"좋은 출발을 했다\"고 강조했다.",
        [("라즈", "시간이 없었다.\n\n1주밖에 치르지 못했다"), ("라즈", "황희찬도 준비했다"), ("라즈", "좋은 출발을 했다")],
        id="straight-quote-closed-across-a-paragraph-break"),
    pytest.param(
        "피해자 최영민씨는 “다시는 없어야 한다”고 말했다. 최씨는 “보상도 받지 못했다”고 덧붙였다.",
        [("최영민", "다시는 없어야 한다"), ("최영민", "보상도 받지 못했다")], id="surname-with-씨-glued-is-the-person"),
    pytest.param(
        "주민 김모씨는 “무섭다”고 말했다. 김씨는 “잠을 못 잔다”고 했다.",
        [("주민 김모씨", "무섭다"), ("주민 김모씨", "잠을 못 잔다")], id="surname-with-씨-glued-after-an-anonymous-김모씨"),
    pytest.param(
        "유엔은 “즉각적인 휴전이 필요하다”고 밝혔다.",
        [("유엔", "즉각적인 휴전이 필요하다")], id="international-body-by-its-short-name-speaks"),
    pytest.param(
        "홍길동 전 의원은 “출마하지 않겠다”고 밝혔다. 홍 전 의원은 “당을 위해서”라고 말했다.",
        [("홍길동", "출마하지 않겠다"), ("홍길동", "당을 위해서")], id="short-form-with-전-between-surname-and-title"),
    pytest.param(
        "김영수 장관은 “개혁하겠다”고 했다. 김 전 장관은 “곧 발표한다”고 했다.",
        [("김영수", "개혁하겠다"), ("", "곧 발표한다")], id="former-post-is-not-the-sitting-minister"),
    pytest.param(
        "김 전 장관은 “곧 발표한다”고 했다.",
        [("김 전 장관", "곧 발표한다")], id="unresolved-short-form-with-전-keeps-the-surname"),
    pytest.param(
        "대통령실 고위 관계자는 “검토한 바 없다”고 했다. 이 관계자는 “추측일 뿐”이라고 덧붙였다.",
        [("대통령실 고위 관계자", "검토한 바 없다"), ("대통령실 고위 관계자", "추측일 뿐")],
        id="이-관계자-is-the-source-just-quoted"),
    pytest.param(
        "이 관계자는 “모른다”고 했다.",
        [("이 관계자", "모른다")], id="이-관계자-with-no-source-before-keeps-its-words"),
    pytest.param(
        "김영수 서울대 교수는 연구를 이끌었다. “이번 결과는 시작일 뿐”이라는 게 김 교수의 설명이다.",
        [("김영수", "이번 결과는 시작일 뿐")], id="라는-게-NAME의-설명이다-names-the-speaker-after"),
    pytest.param(
        "윤정호 누리에너지솔루션 최고재무책임자(CFO)는 “수요가 늘었다”고 말했다. 윤 CFO는 “하반기도 좋다”고 했다.",
        [("윤정호", "수요가 늘었다"), ("윤정호", "하반기도 좋다")], id="title-abbreviation-in-parentheses-names-a-short-form"),
    pytest.param(
        "소설가 서하윤(44)이 신작을 냈다. 서 작가는 “할머니의 말을 받아 적었다”고 했다.",
        [("서하윤", "할머니의 말을 받아 적었다")], id="general-title-of-the-kind-names-a-short-form"),
    pytest.param(
        "골키퍼 송재하는 선방을 했다. 송 선수는 “막을 수 있었다”고 했다.",
        [("송재하", "막을 수 있었다")], id="선수-for-a-players-position"),
    pytest.param(
        "소설가 서하윤이 신작을 냈다. 서 감독은 “영화로 만들겠다”고 했다.",
        [("", "영화로 만들겠다")], id="another-kind-of-title-is-someone-else"),
    pytest.param(
        "환자단체인 전국당뇨환자연대는 성명을 내고 “환영한다”고 밝혔다.",
        [("전국당뇨환자연대", "환영한다")], id="body-ending-in-연대-speaks"),
    pytest.param(
        "노조는 “정당하다”고 주장했다. 사측은 “지급 여력을 넘어선다”고 맞섰다.",
        [("노조", "정당하다"), ("사측", "지급 여력을 넘어선다")], id="사측-is-the-company-side"),
    pytest.param(
        "현지에 진출한 한 국내 배터리 소재 기업 임원은 “뾰족한 수가 없다”고 토로했다.",
        [("한 국내 배터리 소재 기업 임원", "뾰족한 수가 없다")], id="long-descriptor-of-an-executive-is-anonymous"),
    pytest.param(
        "김민지(가명·32)씨는 “무서웠다”고 말했다. 김씨는 “다시는 안 간다”고 했다.",
        [("김민지(가명)씨", "무서웠다"), ("김민지(가명)씨", "다시는 안 간다")], id="pseudonym-is-an-anonymous-source"),
    pytest.param(
        "중대본부장인 윤태서 행정안전부 장관은 “대피시켜 달라”고 지시했다. 윤 본부장은 “서둘러라”고 했다.",
        [("윤태서", "대피시켜 달라"), ("윤태서", "서둘러라")], id="post-given-before-the-name-names-a-short-form"),
    pytest.param(
        "리명순 노동당 부부장은 “도발”이라고 밝혔다. 리 부부장은 “대가를 치를 것”이라고 했다.",
        [("리명순", "도발"), ("리명순", "대가를 치를 것")], id="north-korean-surname-short-form"),
    pytest.param(
        "피고인 정씨는 최후진술에서 “죄를 지었다”며 고개를 숙였다.",
        [("피고인 정 씨", "죄를 지었다")], id="person-named-by-surname-and-씨-only-is-anonymous"),
    pytest.param(
        "정민수 씨는 “좋다”고 했다. 정 씨는 “또 오겠다”고 했다.",
        [("정민수", "좋다"), ("정민수", "또 오겠다")], id="surname-and-씨-after-the-full-name"),
    pytest.param(
        "김영수 장관은 “좋다”고 했다. 김 씨는 “싫다”고 했다.",
        [("김영수", "좋다"), ("김 씨", "싫다")], id="a-minister-is-never-김-씨"),
    pytest.param(
        "유족 측은 “최고형을 내려 달라”고 호소했다. 학교 측은 “조사 중”이라고 했다.",
        [("유족", "최고형을 내려 달라"), ("학교", "조사 중")], id="people-side-and-body-side"),
    pytest.param(
        "새온그룹은 합작법인을 세운다고 밝혔다. 양사가 각각 51%와 49%를 출자한다. 회사 측은 “1차 목표”라고 설명했다.",
        [("새온그룹", "1차 목표")], id="양사-is-no-body-for-회사-측"),
    pytest.param(
        "모리타 겐이치 일본 총리가 탕원하오 중국 외교부장을 만났다. 모리타 총리는 “대화를 늘려야 한다”고 말했다. "
        "탕 부장은 “의지가 있다”고 화답했다.",
        [("모리타 겐이치", "대화를 늘려야 한다"), ("탕원하오", "의지가 있다")], id="east-asian-surnames-first"),
    pytest.param(
        "(인터뷰) 마정훈 / 철근공\n\"쉬라고 해도 못 쉬어요.\"\n\n[인터뷰: 염태준/누리대 예방의학과 교수]\n"
        "\"휴식을 의무로 만들어야 합니다.\"\n\n(인터뷰) 고용노동부 관계자\n\"집중 점검하겠습니다.\"",
        [("마정훈", "쉬라고 해도 못 쉬어요."), ("염태준", "휴식을 의무로 만들어야 합니다."),
         ("고용노동부 관계자", "집중 점검하겠습니다.")], id="broadcast-interview-label-lines"),
    # someone named in the narration before the label that names them first for the people stage: one person
    pytest.param(
        "고노 다로 외무상이 기존 입장을 되풀이했습니다.\n곧바로 마이크를 잡은 고노 외무상은 “합법적인 조치”라고 "
        "발끈했습니다.\n▶ 인터뷰 : 고노 다로 / 일본 외무상\n- “근거를 모르겠습니다.”",
        [("고노 다로", "합법적인 조치"), ("고노 다로", "근거를 모르겠습니다.")], id="named-before-the-label"),
    # a broadcast's marked label on the line of the words: an unnamed voice as written, or the person named
    pytest.param(
        "류현진은 “잘 던졌다”고 말했다.\n<녹취> 어린이 팬 : “이대호 선수는 도루를 못하나요”\n"
        "<녹취> 이대호(롯데) : “저는 홈런만 치면 돼요”\n<인터뷰> 조범현(기아 감독) : “다른 팀을 귀찮게 하겠다”",
        [("류현진", "잘 던졌다"), ("어린이 팬", "이대호 선수는 도루를 못하나요"), ("이대호", "저는 홈런만 치면 돼요"),
         ("조범현", "다른 팀을 귀찮게 하겠다")], id="broadcast-marked-labels"),
    pytest.param(
        "김학수 감독은 “간을 졸인 경기”라 평했다. 아울러 최성우가 자신의 골을 “운이 좋았다”며 겸손하게 대답하자 "
        "“이런 골이 많았다”며 갈채를 보냈다.",
        [("김학수", "간을 졸인 경기"), ("최성우", "운이 좋았다"), ("김학수", "이런 골이 많았다")],
        id="the-answer-after-an-adverb-and-the-first-ones-verb-in-자"),
    pytest.param(
        "김학수 감독은 “간을 졸인 경기”라 평했다.\n\n최성국은 호주 선수들이 민첩성이 떨어져 이 점을 파고 들었다며 비책을 "
        "소개했다. 이적 후 데뷔골 소감을 묻는 기자의 질문에 “힘들지만 열심히 하겠다”며 웃었다.",
        [("김학수", "간을 졸인 경기"), ("최성국", "힘들지만 열심히 하겠다")], id="a-topic-only-the-entity-model-found-since"),
    pytest.param(
        "경기 후 누리전력 권영석 감독은 “최선을 다했다”고 말했다.\n한빛항공 토미 틸리카넨 감독의 얼굴은 경직돼 있었다. "
        "그는 “평소 경기가 아니었다”고 말했다.",
        [("권영석", "최선을 다했다"), ("토미 틸리카넨", "평소 경기가 아니었다")], id="그는-the-genitive-before-the-topic"),
    # … and with no one in the genitive, still the speaker before
    pytest.param(
        "권영석 감독은 “최선을 다했다”고 말했다. 그는 이어 “다음이 있다”고 했다.",
        [("권영석", "최선을 다했다"), ("권영석", "다음이 있다")], id="그는-the-speaker-before"),
    # a quotation whose own clause says it is about what the narration just told (`이에 대해서는`): the
    # last speaker's, not the player the narration named since; not where someone else is its subject
    pytest.param(
        "김상식 감독은 “찬스를 놓쳤다”고 말했다. 한교원, 문선민, 송민규가 전력에서 이탈했다. 이에 대해서는 “송민규는 "
        "운동을 시작한 지 얼마 되지 않았다”고 언급했다.",
        [("김상식", "찬스를 놓쳤다"), ("김상식", "송민규는 운동을 시작한 지 얼마 되지 않았다")], id="이에-대해서는"),
    pytest.param(
        "김상식 감독은 “찬스를 놓쳤다”고 말했다. 한교원, 문선민이 전력에서 이탈했다. 이와 관련해 “아직 정확하지 않다”고 전했다.",
        [("김상식", "찬스를 놓쳤다"), ("김상식", "아직 정확하지 않다")], id="이와-관련해"),
    pytest.param(
        "김상식 감독은 “찬스를 놓쳤다”고 말했다. 한교원, 문선민이 전력에서 이탈했다. 이에 대해 문선민은 “아직 정확하지 "
        "않다”고 전했다.", [("김상식", "찬스를 놓쳤다"), ("문선민", "아직 정확하지 않다")], id="이에-대해-with-a-subject"),
    pytest.param(
        "김상식 감독은 “찬스를 놓쳤다”고 말했다. 한교원, 문선민이 전력에서 이탈했다. 그러자 “아직 정확하지 않다”고 전했다.",
        [("김상식", "찬스를 놓쳤다"), ("문선민", "아직 정확하지 않다")], id="no-clause-about-it"),
    # a subject after the topic of its sentence is inside the clause the topic speaks: the topic goes on
    pytest.param(
        "김민수 감독은 “아쉽다”고 말했다. 김 감독은 이정후가 잘했다고 칭찬했다. 이어 “다음이 기대된다”고 말했다.",
        [("김민수", "아쉽다"), ("김민수", "다음이 기대된다")], id="the-topic-over-a-subject-in-its-clause"),
    # the bare family name of someone only the entity model found is that person too (`보우든은`, the particle
    # left on it by Kiwi), so the topic goes on past the subject in its clause
    pytest.param(
        "디 어슬레틱 칼럼니스트이자 전직 메이저리그 단장인 짐 보우든은 1일 FA 랭킹을 공개했다. 보우든은 류현진이 "
        "인상적인 모습을 보여줬다며 그의 시즌을 평가했다. 류현진은 11경기에서 52이닝을 소화했다. 보우든은 류현진이 "
        "11차례 선발 등판을 가졌다고 소개했다. 구속은 87마일 수준이었고, 피안타율은 0.276이라 소개하며 “2024년에는 "
        "더 발전해야 한다”고 평했다.", [("짐 보우든", "2024년에는 더 발전해야 한다")], id="a-family-name-of-a-name-the-model-found"),
    # … and a subject after the last quote in its sentence is inside the clause of the one who spoke it
    pytest.param(
        "밥 멜빈 샌디에이고 감독은 팀의 유격수 김하성에 대한 믿음을 드러냈다. 멜빈 감독은 “지금은 모두를 상대하고 "
        "있다”며 김하성이 꾸준한 기회를 얻고 있다는 점을 강조했다. 이어 “그는 공격력이 좋은 선수”라며 김하성의 "
        "공격력을 높이 평가했다.", [("밥 멜빈", "지금은 모두를 상대하고 있다"), ("밥 멜빈", "그는 공격력이 좋은 선수")],
        id="a-subject-after-the-last-quote-in-its-sentence"),
    # a noun for someone's words as the topic right before the quote, after a person or a body in the
    # genitive: theirs (not when a genitive after the quote says whose it is, nor after no one)
    pytest.param("법원은 판단을 미뤘다. 검찰의 영장 기각 사유는 “재범 우려가 없다”는 것으로 알려졌다.",
                 [("검찰", "재범 우려가 없다")], id="the-reason-of-a-body"),
    pytest.param("김철수 감독은 웃었다. 김 감독의 교체 이유는 “체력이 떨어졌다”는 것이었다.",
                 [("김철수", "체력이 떨어졌다")], id="the-reason-of-a-person"),
    pytest.param("배우 이오택은 웃었다. 배우 황순규도 웃었다. “죽인 겁니까?”라는 이오택의 질문은 “쫓고 있어요”라는 "
                 "황순규의 사연으로 이어진다.", [("이오택", "죽인 겁니까?"), ("황순규", "쫓고 있어요")],
                 id="words-owned-after-the-quote"),
    pytest.param("이 사건의 사유는 “모른다”고 했다.", [("", "모른다")], id="the-reason-of-no-one"),
    # an occasion (`국정감사에서는`) is where words were said, and `반응` what they were: no speaker; the
    # one who says them after (the lead's words repeated) is; a circle (`업계에선`) stays a source
    pytest.param(
        '제주경찰청 국정감사에서는 청장의 태도에 "건방지게 꼬박꼬박 대꾸하나?" 등의 반응이 빗발쳤다. 유대운 의원은 '
        '"청장은 알아들어야 한다"고 질책했다.', [("유대운", "건방지게 꼬박꼬박 대꾸하나?"), ("유대운", "청장은 알아들어야 한다")],
        id="an-occasion-is-no-source"),
    pytest.param("업계에선 “반등이 어렵다”는 말이 나온다.", [("업계", "반등이 어렵다")], id="a-circle-is-a-source"),
    # a quotation alone on its line whose words a later one holds echoes it (a section's lead): that speaker's;
    # one that holds words of no later quotation goes on with the speaker before
    pytest.param(
        '황선홍 감독은 “우승하겠다”고 말했다.\n"울산-제주를 상대로는 꼭 승리하고 싶다".\n한편 최강희 감독은 "개인 통산 '
        '203승을 거두고 싶다. 특히 울산-제주를 상대로는 꼭 승리를 거두겠다"고 다짐했다.',
        [("황선홍", "우승하겠다"), ("최강희", "울산-제주를 상대로는 꼭 승리하고 싶다"),
         ("최강희", "개인 통산 203승을 거두고 싶다. 특히 울산-제주를 상대로는 꼭 승리를 거두겠다")], id="an-echo-of-later-words"),
    pytest.param(
        '황선홍 감독은 “우승하겠다”고 말했다.\n"선수들을 믿는다".\n한편 최강희 감독은 "203승을 거두고 싶다"고 다짐했다.',
        [("황선홍", "우승하겠다"), ("황선홍", "선수들을 믿는다"), ("최강희", "203승을 거두고 싶다")],
        id="a-line-of-its-own-that-echoes-nothing"),
    # one person named before `등` ("and others") with the particle speaks for them; not the last of a list
    pytest.param(
        '조해녕 시장은 “정면승부하겠다”고 말했다. 이에 손병윤(수성구) 의원 등은 "시의회를 경시한 것"이라며 사과를 요구했다.',
        [("조해녕", "정면승부하겠다"), ("손병윤", "시의회를 경시한 것")], id="one-named-and-others"),
    pytest.param(
        "최태원 회장은 “AI가 답이다”라고 말했다. 행사에는 최태원 SK그룹 회장, 정신아 카카오 대표 등이 함께 했다. 이어 "
        "“투자를 늘리겠다”고 했다.", [("최태원", "AI가 답이다"), ("최태원", "투자를 늘리겠다")], id="the-last-of-a-list-and-others"),
    # a remark cited with the person named right before the noun (no `의`), and the answer of the sentence's
    # subject when it has no topic
    pytest.param(
        "청와대가 “한국이 제대로 된 답변을 가져와야 한다”는 아베신조(安倍晋三) 일본 총리 발언에 대해 “최소한의 선을 지키라”는 "
        "입장을 밝혔다.", [("아베신조", "한국이 제대로 된 답변을 가져와야 한다"), ("청와대", "최소한의 선을 지키라")],
        id="a-remark-cited-without-의"),
    # negative: a subject in a sentence of its own is the new one
    pytest.param(
        "김민수 감독은 “아쉽다”고 말했다. 이정후가 결승타를 쳤다. 이어 “다음이 기대된다”고 말했다.",
        [("김민수", "아쉽다"), ("이정후", "다음이 기대된다")], id="a-subject-of-its-own-sentence"),
    pytest.param(
        "4강 대결이 팽팽합니다.\n[이우진/한빛모비스 : \"기다려 조상훈.\"]\n[양홍준/누리 : \"올라와.\"]",
        [("이우진", "기다려 조상훈."), ("양홍준", "올라와.")], id="a-transcripts-short-words-are-speech"),
    pytest.param(
        "포스트시즌이 시작됩니다.\n▶ 인터뷰 : 이재영 / 흥국생명\n- \"막춤을 추고 싶습니다.\"\n"
        "▶ 인터뷰 : 박미희 / 흥국생명 감독\n- \"준비를 하겠습니다.\"",
        [("이재영", "막춤을 추고 싶습니다."), ("박미희", "준비를 하겠습니다.")], id="broadcast-labels-with-arrows-and-dashes"),
    pytest.param(
        "국가대표 A선수는 “욕설을 들었다”고 말했다. 함께 나온 B선수도 “그대로 전해졌다”고 했다.",
        [("국가대표 A선수", "욕설을 들었다"), ("B선수", "그대로 전해졌다")], id="lettered-athletes-are-anonymous"),
    pytest.param(
        "병원 측 소송대리인은 “과실이 없다”고 주장했다.",
        [("병원 측 소송대리인", "과실이 없다")], id="a-sides-lawyer-is-anonymous"),
    pytest.param(
        "대한스피드스케이팅연맹은 사과하지 않았다. 연맹은 \"외부에 알리지 않았을 뿐\"이라는 입장이다.",
        [("대한스피드스케이팅연맹", "외부에 알리지 않았을 뿐")], id="라는-입장이다-is-speech"),
    pytest.param(
        "에릭 문(문태준) 로지웨이브 대표는 “투자를 받았다”고 말했다. 문 대표는 “확장하겠다”고 했다.",
        [("에릭 문", "투자를 받았다"), ("에릭 문", "확장하겠다")], id="korean-surname-of-a-foreign-name-short-form"),
    pytest.param(
        "정상회의에는 아리프 위자야 인도네시아 대통령이 참석했다. “원광을 팔지 않겠다”고 위자야 대통령은 말했다.",
        [("아리프 위자야", "원광을 팔지 않겠다")], id="korean-shaped-last-name-short-form"),
    pytest.param(
        "로지웨이브는 노스게이트캐피털이 주도한 투자를 받았다고 밝혔다. 회사 측은 “채용에 쓰겠다”고 설명했다.",
        [("로지웨이브", "채용에 쓰겠다")], id="회사-측-is-the-company-the-story-is-about"),
    pytest.param(
        "도정환 한빛대 교수가 왔다. 시장의 반응은 엇갈린다. “입주 물량은 늘지 않는다”고 도정환 한빛대 교수는 말했다.",
        [("도정환", "입주 물량은 늘지 않는다")], id="speaker-after-the-quote-beats-the-topic-of-a-sentence-before"),
    pytest.param(
        "도정환 교수는 “신뢰가 중요하다”고 지적했다. 공인중개사 황모씨는 “매물이 줄었다”고 전했다. "
        "그는 “호가를 올린다”고 했다.",
        [("도정환", "신뢰가 중요하다"), ("공인중개사 황모씨", "매물이 줄었다"), ("공인중개사 황모씨", "호가를 올린다")],
        id="그는-after-an-anonymous-individual"),
    pytest.param(  # a relative clause's subject before a comma is not the second quote's speaker
        "김민호 한빛부 장관은 “경험을 살리겠다.”며 작은 농가에도 혜택이 돌아가는, 사회적 기능도 할 수 있는 "
        "“따뜻한 정책을 펴겠다.”고 밝혔다.",
        [("김민호", "경험을 살리겠다."), ("김민호", "따뜻한 정책을 펴겠다.")], id="adnominal-clause-before-a-comma"),
    pytest.param(  # a name and a role alone in square brackets above the words; a reporter's credit is none
        "김학범 감독과 이승우 선수의 소감을 들어보시죠.\n\n[김학범/축구 대표팀 감독]\n\"선수들한테 고맙습니다.\"\n\n"
        "[이승우/축구 대표팀]\n\"너무나도 기쁩니다.\"",
        [("김학범", "선수들한테 고맙습니다."), ("이승우", "너무나도 기쁩니다.")], id="name-and-role-label-lines"),
    pytest.param(
        "[김선영 한빛스포츠 기자 / ksy@example.com]\n\"이번 시즌은 끝났다.\"\n한빛 구단은 이날 시즌을 마감했다.",
        [("", "이번 시즌은 끝났다.")], id="a-credit-line-is-no-label"),
    pytest.param(  # the label without its opening mark, and the words of the next speaker's subject after it
        "김유영 앵커>\n한빛시가 버스 요금을 동결합니다.\n\n녹취> 박정우 / 한빛시 교통국장\n\"부담을 덜겠습니다.\"\n\n"
        "이상철 한빛버스조합 이사장은 반발했습니다.\n\n인터뷰> 이상철 / 한빛버스조합 이사장\n\"버틸 수가 없습니다.\"",
        [("박정우", "부담을 덜겠습니다."), ("이상철", "버틸 수가 없습니다.")], id="label-lines-without-an-opening-mark"),
    pytest.param(
        "◀ SYNC ▶ 광역버스 기사\n\"자리가 다 차요.\"\n\n◀ SYNC ▶ 경기도 버스정책과 관계자\n\"70명까지 탑니다.\"",
        [("광역버스 기사", "자리가 다 차요."), ("경기도 버스정책과 관계자", "70명까지 탑니다.")],
        id="sync-labels-in-a-broadcast-script"),
    pytest.param(  # an unnamed voice's label before the quote on its line: the voice, not the person named before
        "우리카드 신영철 감독이 흥분했다.\n\n[신영철] \"지금 뭐 하는거에요.\"\n\n[해설] \"이렇게 흥분하는 모습 처음봅니다\"\n\n"
        "함지훈이 마지막 슛을 넣었다.\n<녹취> \"울산 모비스의 우승입니다!\"",
        [("신영철", "지금 뭐 하는거에요."), ("해설", "이렇게 흥분하는 모습 처음봅니다"), ("녹취", "울산 모비스의 우승입니다!")],
        id="an-unnamed-voice-in-a-broadcast-script"),
    pytest.param(
        "헌법재판소는 위헌 결정을 내렸다. 헌재는 결정문에서 \"학생의 권리가 우선\"이라고 밝혔다.",
        [("헌법재판소", "학생의 권리가 우선")], id="usual-short-name-of-a-body"),
    pytest.param(
        "이주노동자 지원단체 ‘이주와함께’는 성명을 냈다. 단체는 성명에서 \"인권 침해\"라고 비판했다.",
        [("이주와함께", "인권 침해")], id="단체-is-the-body-named-before"),
    pytest.param(
        "황보선 기획예산과장은 “예산이 부족하다”고 말했다. 황보 과장은 “더 아끼겠다”고 했다.",
        [("황보선", "예산이 부족하다"), ("황보선", "더 아끼겠다")], id="two-syllable-surname-short-form"),
    pytest.param(
        "직장인 이모(34)씨는 “병원에 가지 않았다”고 털어놨다.",
        [("직장인 이모씨", "병원에 가지 않았다")], id="occupation-then-an-anonymised-name"),
    pytest.param(
        "노동계는 “실질임금 삭감”이라고 반발했다. 경영계는 “부담이 크다”고 밝혔다.",
        [("노동계", "실질임금 삭감"), ("경영계", "부담이 크다")], id="labour-and-business-as-bodies"),
    pytest.param(
        "염창석(71) 전 청강그룹 회장이 출석했다. 염 전 회장은 “국민께 죄송하다”고 했다.",
        [("염창석", "국민께 죄송하다")], id="short-form-of-a-former-chairman-introduced-with-age"),
    pytest.param(
        "마인츠 구단은 “환영한다”고 밝혔다. 울산 구단은 “축하한다”고 했다.",
        [("마인츠 구단", "환영한다"), ("울산 구단", "축하한다")], id="a-named-club-is-no-anaphor"),
    pytest.param(
        "한빛 레인저스는 우익수 아돌리스 가르시아를 로스터에서 제외했다. 가르시아는 “아쉽다”고 말했다.",
        [("아돌리스 가르시아", "아쉽다")], id="a-surname-read-as-a-body-is-the-person-named-before"),
    pytest.param(
        "미국 골프언론들은 “타이거 우즈와 로리 매킬로이가 만든 리그가 출범한다”고 전했다. 우즈는 “다음 진화”라고 말했다.",
        [("미국 골프언론들", "타이거 우즈와 로리 매킬로이가 만든 리그가 출범한다"), ("타이거 우즈", "다음 진화")],
        id="a-surname-whose-whole-name-the-gazetteer-knows-is-written-only-in-a-quote"),
    pytest.param(
        "이에 김이나는 “파계승 느낌이 난다”고 했고, 풍자는 “약간 옷색도 그렇다”며 웃었다. "
        "풍자를 비롯해 MC들은 성지에 대해 추측해 봤고, 풍자는 “사진 맛집은 어떠냐?”고 했다.",
        [("김이나", "파계승 느낌이 난다"), ("풍자", "약간 옷색도 그렇다"), ("풍자", "사진 맛집은 어떠냐?")],
        id="the-topic-right-before-a-quote-says-it"),
    pytest.param(
        "국찬호 실장은 “훈련을 넣었다”고 설명했다. 그는 훈련 장소와 병력 규모는 “밝힐 수 없다”고 했다.",
        [("국찬호", "훈련을 넣었다"), ("국찬호", "밝힐 수 없다")], id="not-when-a-person-is-the-topic-before-it"),
    pytest.param(
        "박현경은 “차분히 하겠다”는 소감을 밝혔다. 이어 “변수는 날씨라고 생각한다”는 전략도 함께 전했다.",
        [("박현경", "차분히 하겠다"), ("박현경", "변수는 날씨라고 생각한다")], id="the-noun-a-quote-modifies-is-no-speaker"),
    pytest.param(
        "연맹은 “김민재는 나폴리의 우승을 이끌었다”라고 밝혔다. 또 “그는 유일한 아시아 선수였다”라며 대표팀의 활약상도 조명했다.",
        [("연맹", "김민재는 나폴리의 우승을 이끌었다"), ("연맹", "그는 유일한 아시아 선수였다")],
        id="a-plain-noun-after-a-quote-takes-nothing-from-the-speaker-before"),
    pytest.param(
        "행사가 끝났다. “다시 오고 싶다”고 시민들은 입을 모았다.",
        [("시민들", "다시 오고 싶다")], id="a-plain-noun-after-the-first-quote-still-speaks"),
    pytest.param(
        "회의가 열렸다. “시장이 과열됐다”는 김민호 교수의 설명이다.",
        [("김민호", "시장이 과열됐다")], id="a-person-named-after-the-modifying-ending-still-speaks"),
    pytest.param(
        "농식품부는 \"다음 달부터 가격이 안정될 것\"으로 내다봤다.",
        [("농식품부", "다음 달부터 가격이 안정될 것")], id="forecast-quoted-with-으로-내다봤다"),
    pytest.param(
        "문정환 한빛대 교수는 “새 시스템을 수술에 적용하면 부작용을 예방할 수 있을 것”으로 기대했다.",
        [("문정환", "새 시스템을 수술에 적용하면 부작용을 예방할 수 있을 것")], id="hope-quoted-with-으로-기대했다"),
    pytest.param(
        "국민의힘은 “도덕성 검증이 먼저”는 입장이다.",
        [("국민의힘", "도덕성 검증이 먼저")], id="party-known-by-name-with-는-입장이다"),
    pytest.param(
        "영국인 관광객 올리버 베넷(31)씨는 “좋다”고 했다. 베넷씨는 “또 오겠다”며 웃었다.",
        [("올리버 베넷", "좋다"), ("올리버 베넷", "또 오겠다")], id="foreign-surname-with-씨-glued"),
    # round 15 of the fresh articles
    pytest.param(
        "국민의힘 빈소연 대변인은 브리핑을 했다. 빈 대변인은 “부담이 크다”고 덧붙였다.",
        [("빈소연", "부담이 크다")], id="surname-kiwi-reads-as-a-verb-before-a-title"),
    pytest.param(
        "김철수 대변인은 “준비됐다”고 말했다. 빈 대변인실은 “확인 중”이라고 했다.",
        [("김철수", "준비됐다"), ("대변인실", "확인 중")], id="verb-form-before-a-title-word-is-no-short-form"),
    pytest.param(
        "탁새봄이 우승했다. 아버지 탁만석(56)씨가 백을 멨다. 탁새봄은 “기쁘다”고 했다. 탁씨는 “울 뻔했다”며 웃었다.",
        [("탁새봄", "기쁘다"), ("탁만석", "울 뻔했다")], id="surname-씨-is-the-one-called-씨"),
    pytest.param(
        "“시청률보다 반응이 반가웠다”라고 국재민 PD는 말했다.",
        [("국재민", "시청률보다 반응이 반가웠다")], id="a-PD-in-the-body-speaks"),
    pytest.param(
        "대통령실은 신중한 반응을 보였다. 편서린 대변인은 “일희일비하지 않겠다”고 말했다.",
        [("편서린", "일희일비하지 않겠다")], id="spokesperson-after-the-body-of-the-sentence-before"),
    pytest.param(
        "고용노동부가 시공사 한결종합건설의 현장을 감독한다. 회사 측은 “성실히 협조하겠다”고 밝혔다.",
        [("한결종합건설", "성실히 협조하겠다")], id="회사-측-is-the-company-not-the-ministry"),
    pytest.param(
        "고성군수협 제갈석진 조합장은 “방제선이 늦었다”고 말했다.",
        [("제갈석진", "방제선이 늦었다")], id="cooperative-head-조합장"),
    # round 16 of the fresh articles
    pytest.param(
        "원소속팀 NC와 LG 트윈스도 조건을 제시했다. NC 구단은 “헌신에 감사한다”는 입장을 밝혔다.",
        [("NC 구단", "헌신에 감사한다")], id="a-club-named-in-latin-letters-is-no-anaphor"),
    pytest.param(
        "김태호 대표는 “가격을 올린다”고 했다.\n\n“점심값이 올랐어요.”\n\n인근 회사에 다니는 직장인 국보람(29)씨의 말이다.",
        [("김태호", "가격을 올린다"), ("국보람", "점심값이 올랐어요.")], id="whose-words-at-the-end-of-the-next-sentence"),
    pytest.param(
        "하루온커피는 “원두 가격이 올랐다”고 설명했다.",
        [("하루온커피", "원두 가격이 올랐다")], id="a-coffee-chain-speaking"),
    # round 17 of the fresh articles
    pytest.param(
        "연제경찰서 강력팀장 온새벽 경위는 “A씨는 도망쳤다”고 말했다. 온 팀장은 이같이 말했다. 그는 “주효했다”고 덧붙였다.",
        [("온새벽", "A씨는 도망쳤다"), ("온새벽", "주효했다")], id="rank-after-the-name-is-no-anonymous-source"),
    pytest.param(
        "편미리 전 서울대 교수가 14일 별세했다. 향년 88세.\n\n고인은 “실험실 불은 내가 끈다”고 말하곤 했다.",
        [("편미리", "실험실 불은 내가 끈다")], id="고인-is-the-person-whose-death-is-reported"),
    pytest.param(
        "온세라 기재부 경제정책국장이 맡았다. 온 국장은 “효과가 있다”고 말했다.\n\n“공급 물량은 늘어납니다.”\n\n"
        "집값 상승세가 이어지지 않겠느냐는 질문에 온 국장은 이렇게 답했다.",
        [("온세라", "효과가 있다"), ("온세라", "공급 물량은 늘어납니다.")], id="named-topic-beats-a-subject-in-a-clause-before"),
    # round 18 of the fresh articles
    pytest.param(
        "캐나다인 관광객 클로이 마틴(29)씨는 “본 적이 없다”고 했다. 마틴씨는 “어려웠다”고 말했다.",
        [("클로이 마틴", "본 적이 없다"), ("클로이 마틴", "어려웠다")], id="foreign-name-with-an-age-and-씨"),
    pytest.param(
        "경찰은 관리사무소장 표모(53)씨를 입건했다. 표씨는 “갚으려 했다”는 취지로 진술했다.",
        [("표모씨", "갚으려 했다")], id="surname-씨-after-an-anonymized-object"),
    pytest.param(
        "취업준비생 E씨(27)는 “못 구했다”고 했다. E씨는 “절반이 못 구했다”고 했다.",
        [("취업준비생 E씨", "못 구했다"), ("취업준비생 E씨", "절반이 못 구했다")], id="lettered-person-without-the-role"),
    pytest.param(
        "류민석은 이번 시즌 11경기에 나섰다. 선수 자신이 “최고였다”고 자평할 정도로 최상의 시나리오가 나왔다.",
        [("류민석", "최고였다")], id="an-adnominal-verb-before-an-adverbial-is-no-speakers-clause"),
    pytest.param(
        "아시아축구연맹은 “김민재는 이례적인 시즌을 보냈다”라며 수상 이유를 설명했다. 지난 시즌 김민재가 나폴리에서 활약했다. "
        "그들은 “김민재의 주가는 이적 뒤 크게 올랐다”라고 밝혔다.",
        [("아시아축구연맹", "김민재는 이례적인 시즌을 보냈다"), ("아시아축구연맹", "김민재의 주가는 이적 뒤 크게 올랐다")],
        id="they-is-the-body-that-spoke-last"),
    pytest.param(
        "염경엽 감독은 31일 잠실구장에서 고우석이 오스틴에게 홈런을 맞은 공에 대해 설명했다. "
        "그는 “새로운 구종을 연습하고 있다”고 언급했다.",
        [("염경엽", "새로운 구종을 연습하고 있다")], id="he-is-the-sentences-topic-not-a-subject-inside-it"),
]


@pytest.mark.parametrize("text, expected", ATTRIBUTION_CASES)
def test_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


TRANSCRIPT_SPEAKERS = [
    pytest.param('[구청 관계자 : "기준에 도달하지 않았습니다."]', ("구청 관계자", "anonymous", None, None),
                 id="descriptor-is-anonymous"),
    pytest.param('[NHK 뉴스 : "피해가 확산되고 있습니다."]', ("NHK 뉴스", "org", None, None), id="outlet-is-an-org"),
    pytest.param('[윤재수/한빛대 도시공학과 교수 : "정책이 필요합니다."]', ("윤재수", "person", "교수", "한빛대 도시공학과"),
                 id="role-with-organisation-and-title"),
    pytest.param('[최민수/전 국회의원 : "정책이 필요합니다."]', ("최민수", "person", "전 국회의원", None),
                 id="role-with-a-qualifier"),
    pytest.param('[존 스미스/미 국무부 대변인 : "협상은 계속됩니다."]', ("존 스미스", "person", "대변인", "미 국무부"),
                 id="foreign-name"),
    pytest.param('[한빛대/교수 : "정책이 필요합니다."]', ("한빛대", "org", None, None), id="a-body-is-not-a-person"),
]


@pytest.mark.parametrize("text, expected", [
    # a column of remarks: each quotation alone on its line, whose words they are on the line below, the
    # occasion in a parenthesis closing that line, or after a dash and a full stop
    (("“친하면 많이 하겠죠.”\n 하지관 롯데 감독(13일 잠실 LG전에 앞서 축의금 봉투의 두께를 묻자)\n\n“어제 무슨 일 있었어요?”\n"
     " 탁민호 LG 감독(13일 잠실 롯데전에 앞서 질문이 나오자)"),
     [("하지관", "친하면 많이 하겠죠."), ("탁민호", "어제 무슨 일 있었어요?")]),
    ("국감이 열렸다.\n“태양은 가만히 있는데 왜 사람이 난리인지 모르겠습니다.”\n- 서삼석 의원. 국감에서 무심하게 뱉은 말.",
     [("서삼석", "태양은 가만히 있는데 왜 사람이 난리인지 모르겠습니다.")]),
    # … a foreign name the article gives whole
    ("트레이 힐만 SK 감독이 웃었다.\n“6패로 바꿀 수 있기를…”\n트레이 힐만 SK 감독 (13일 인천 KIA전을 앞두고)",
     [("트레이 힐만", "6패로 바꿀 수 있기를…")]),
    # a credit in the parenthesis after the words, the occasion after a full stop; a chair's committee
    (("국감장에서 쏟아진 말말말.\n\n△ \"최저임금을 국회가 결정? 미국 밖에 없다\" (하지관 최저임금위원장. 탁민호 의원이 "
     "'법이 발의됐다'고 지적하자)"),
     [("하지관", "최저임금을 국회가 결정? 미국 밖에 없다")]),
    # … remarks cited in the running text, made a noun's by `라는`, a name's Hanja after it
    (("사설은 “관계를 반드시 개선시키고 싶다”(하지관·河智觀 총리), “결코 멀어질 수 없는 사이”(탁민호 대통령)라는 "
     "인사말로 시작했다."),
     [("하지관", "관계를 반드시 개선시키고 싶다"), ("탁민호", "결코 멀어질 수 없는 사이")]),
    # a column of remarks, each opened by a closing mark typed for the opening one, its credit in a
    # parenthesis, the occasion after `=`; a name alone that ends like a body's (`원`)
    (("올림픽의 입담.\n\n▲”결과가 좋으니 포장된거야”(하지관 감독)=24일 금메달을 따낸 뒤.\n\n"
     "▲”특공대가 들어왔구만”(이경원)=18일 4강전 때 심판들의 판정에 대해."),
     [("하지관", "결과가 좋으니 포장된거야"), ("이경원", "특공대가 들어왔구만")]),
    # … a club, then a foreign player's one-word name
    ("경기가 열렸다.\n\"What's up, Guys?\" (현대캐피탈 수니아스, 6일 승리 후 인터뷰실에 들어서며)",
     [("수니아스", "What's up, Guys?")]),
    # … but a body the gazetteer knows credited alone is no one's name
    ("입담.\n\n▲”우리가 최고다”(고려대)=우승 뒤.", [("", "우리가 최고다")]),
    # … not an interviewer's next question after a dash
    (("하지관 원장은 “중요하다”고 말했다.\n―취임 1년을 맞았다.\n“지도를 만든 겁니다.”\n―정부의 2035 감축 목표가 지나치다는 비판이 있다.\n"
     "“낮추기 어렵습니다.”"),
     [("하지관", "중요하다"), ("하지관", "지도를 만든 겁니다."), ("하지관", "낮추기 어렵습니다.")]),
    # … not a line of the narration that goes on after its parenthesis
    ("이영수 감독은 “좋다”고 말했다.\n“내일도 이기겠다.”\n김철수(23)는 이날 두 골을 넣었다.",
     [("이영수", "좋다"), ("이영수", "내일도 이기겠다.")]),
])
def test_a_remark_credited_on_the_line_below(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


def test_a_credited_chair_belongs_to_the_committee() -> None:
    b = brief("말말말.\n\n△ \"미국 밖에 없다\" (하지관 최저임금위원장. 탁민호 의원이 지적하자)")
    assert [(p.name, p.title, p.organization) for p in b.participants] == [("하지관", "최저임금위원장", "최저임금위원회")]


@pytest.mark.parametrize("text, expected", [
    # a surname and a title no one in the narration has: the one person a quotation names whole with that title
    ("고창근 후보는 “양창식 후보가 추대됐다고 하지만 타당하지 않다”고 말했다. 이에 대해 양 후보는 “단일 후보를 정한 것”이라고 했다.",
     [("고창근", "양창식 후보가 추대됐다고 하지만 타당하지 않다"), ("양창식", "단일 후보를 정한 것")]),
    # … not when the quotations name two such people
    ("고창근 후보는 “양창식 후보와 양민호 후보가 나섰다”고 했다. 이에 대해 양 후보는 “단일 후보를 정한 것”이라고 했다.",
     [("고창근", "양창식 후보와 양민호 후보가 나섰다"), ("양 후보", "단일 후보를 정한 것")]),
])
def test_a_short_form_of_a_name_given_only_in_a_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where the clip was taken, before the mark of an interview; blank lines between the label and the words
    ("마을 주민들이 모였습니다.\n\n<현장 인터뷰>하지관/마을 주민\n\n“아침마다 냄새가 납니다.”",
     [("하지관", "아침마다 냄새가 납니다.")]),
    ("사업은 계속됩니다.\n[전화 인터뷰] 탁민호 / 한빛시청 과장\n“예산을 늘리겠습니다.”", [("탁민호", "예산을 늘리겠습니다.")]),
    # a name that ends like a body's, before a role of a place and a title the gazetteer knows
    ("냄새가 납니다.\n\n<현장 인터뷰>신진교/수현마을 이장\n\n“참을 수 없어요.”", [("신진교", "참을 수 없어요.")]),
    # a broadcaster's script: the mark of a clip, then a name and a post without a slash, or an unnamed voice
    (("◀VCR▶\n범행을 재연했습니다.\n◀INT▶ 하지관 형사과장\n\"일주일 전에 모의했다\"\n이웃들은 불안해합니다.\n◀SYN▶ 마을 주민\n"
     "\"무섭죠 마음도 불안하고..\""),
     [("하지관", "일주일 전에 모의했다"), ("마을 주민", "무섭죠 마음도 불안하고..")]),
    # a heated exchange set as labels and colons: a side, a person named before
    (("하지관 위원장이 설전을 벌였다.\n\n민주당 측: \"이거 직접 쓴 거 맞나?\"\n\n탁민호: \"검사 받아야 하나?\"\n\n"
     "하지관: \"평가하고 싶지 않다.\""),
     [("민주당 측", "이거 직접 쓴 거 맞나?"), ("탁민호", "검사 받아야 하나?"), ("하지관", "평가하고 싶지 않다.")]),
    # … not a verb before the colon, nor a time
    ("하지관 위원장은 이렇게 말했다: \"평가하고 싶지 않다.\"", [("하지관", "평가하고 싶지 않다.")]),
    # a label of no role parted from the words by a blank line is not whose words they are (`자막X`: a note)
    ("주민들이 외칩니다.\n\n<현장음>자막X\n\n“물러가라”", [("", "물러가라")]),
])
def test_a_clips_label_above_its_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", TRANSCRIPT_SPEAKERS)
def test_transcript_label_speaker(text: str, expected: tuple) -> None:
    """Broadcast transcript labels: the speaker, their kind, title and organisation; the role is
    never a person of its own."""
    b = brief(text)
    assert [(p.name, p.kind, p.title, p.organization) for p in b.participants] == [expected]


#: Formats and slots met on real pages outside every set (round 31): each case, the attributions.
REAL_PAGE_CASES = [
    # a box of comments without marks:
    pytest.param("양팀 감독의 말\n\n○한빛 김성근 감독=(웃으며)작년보다 우승했다는 감각은 있데. 선수들이 아주 잘 극복해줬습니다.\n\n"
                 "○두산 김경문 감독=완전히 다 끝났네. 수고들 많이 하셨습니다.",
                 [("김성근", "(웃으며)작년보다 우승했다는 감각은 있데. 선수들이 아주 잘 극복해줬습니다."),
                  ("김경문", "완전히 다 끝났네. 수고들 많이 하셨습니다.")], id="without-marks"),
    # negatives: a programme's items, a prize list, words too few
    pytest.param("○일시=2024년 12월 5일 오후 3시\n◆장소=서울 중구 프레스센터 20층\n▲최우수선수상=김철수(한빛고)\n"
                 "○한빛 김성근 감독=좋았다", [], id="items-and-prizes"),
    # a surname glued to a title:
    # a surname written onto the title (스포츠조선, 기자협회보): the person the article gave both
    pytest.param("한빛 김원형 감독이 200승을 올렸다. 김감독은 경기 후 “선수들에게 고맙다”고 말했다.",
                 [("김원형", "선수들에게 고맙다")], id="surname-glued-to-the-title"),
    # negatives: a title of its own (`이사장` is no 이 + 사장), a surname no one was given
    pytest.param("한빛재단 이철수 사장이 참석했다. 이사장은 “재단을 키우겠다”고 말했다.",
                 [("이사장", "재단을 키우겠다")], id="a-title-of-its-own"),
    pytest.param("한빛 김원형 감독이 이겼다. 박감독은 “아쉽다”고 말했다.", [("박감독", "아쉽다")], id="another-surname"),
    # a question put to someone:
    # a question put to someone is not their words: asked by the person named in the genitive, else by
    # someone unnamed written so (`기자의 질문`, `현지 기자로부터`: an anonymous source), else by no one;
    # the answer is still theirs
    pytest.param('배우 고주원은 제작발표회에서 "부담되지 않느냐"는 질문을 받았다. 그는 "당연히 부담된다"고 말했다.',
                 [("", "부담되지 않느냐"), ("고주원", "당연히 부담된다")], id="a-question-received"),
    pytest.param('배우 육성재는 소감을 밝혔다. 이어 "가장 귀여운 캐릭터는 누구냐"는 기자의 질문에는 "저승사자 역의 이동욱"이라고 답했다.',
                 [("기자", "가장 귀여운 캐릭터는 누구냐"), ("육성재", "저승사자 역의 이동욱")], id="a-reporters-question"),
    pytest.param('김철수 대통령은 회견장에서 "무슨 말을 할 건지"라는 한국 기자의 질문에 "설명할 것"이라고 답했다.',
                 [("한국 기자", "무슨 말을 할 건지"), ("김철수", "설명할 것")], id="a-reporter-of-a-country"),
    pytest.param('정현은 "어떻게 하면 코너샷을 잘할 수 있느냐"라고 묻는 장내 아나운서의 질문에 “우상을 따라 했다”라고 밝혔다.',
                 [("장내 아나운서", "어떻게 하면 코너샷을 잘할 수 있느냐"), ("정현", "우상을 따라 했다")],
                 id="a-question-asked-with-라고-묻는"),
    pytest.param('포체티노 감독은 현지 기자로부터 "손흥민이 득점할 때마다 이긴다"는 질문을 받았다. 이에 포체티노 감독은 '
                 '"샤워를 하겠다"며 웃었다.', [("현지 기자", "손흥민이 득점할 때마다 이긴다"), ("포체티노", "샤워를 하겠다")],
                 id="a-question-from-someone-unnamed"),
    pytest.param('김민재는 한빛FC 김철수 감독으로부터 "언제 돌아오느냐"는 질문을 받았다. 김민재는 "곧"이라고 말했다.',
                 [("김철수", "언제 돌아오느냐"), ("김민재", "곧")], id="a-question-from-someone-named"),
    # negative: the verb before the noun is no part of who asks
    pytest.param('배우 육성재는 "누가 제일 귀엽냐"고 묻는 기자의 질문에 "이동욱"이라고 답했다.',
                 [("기자", "누가 제일 귀엽냐"), ("육성재", "이동욱")], id="a-verb-before-the-reporter"),
    pytest.param("택시기사 김오택은 손님을 태웠다. 그리고 “사람을… 죽인 겁니까?”라는 김오택의 질문은 긴장을 높인다.",
                 [("김오택", "사람을… 죽인 겁니까?")], id="the-asker-in-the-genitive"),
    # the answer in the same sentence is the sentence's topic's, not the last speaker's
    pytest.param('한빛 대변인 윤서진은 "통화했다"고 밝혔다. 김철수 대통령은 이날 "한국에서 철수하냐"는 기자의 질문에 "아니다"고 답했다.',
                 [("윤서진", "통화했다"), ("기자", "한국에서 철수하냐"), ("김철수", "아니다")], id="the-answer-after-the-question"),
    # an interviewer's line above a quotation: the interviewee answers, not whoever the narration named since
    pytest.param('주장 손흥민은 "최악의 결과"라고 말했다. 반대로 공격수 모하메드 살라는 2골을 넣었다.\n\n'
                 'Q. 홈에서 졌는데\n\n"정말 실망스럽다. 뼈 아프다."', [("손흥민", "최악의 결과"), ("손흥민", "정말 실망스럽다. 뼈 아프다.")],
                 id="an-interviewers-line"),
    # negative: words that modify another noun are still the speaker's
    pytest.param('김철수 감독은 "우승하겠다"는 각오를 밝혔다.', [("김철수", "우승하겠다")], id="a-resolve-is-no-question"),
    # an unnamed titled subject:
    # an unnamed holder of a title, the subject right before the words, says them, whatever the topic
    pytest.param("피고인 A씨는 1심 재판장이 “징역 1년에 처한다”는 주문을 낭독하자 난동을 부렸다.",
                 [("1심 재판장", "징역 1년에 처한다")], id="a-judge-unnamed"),
    pytest.param("김철수 감독은 코치가 “괜찮다”고 했다고 전했다.", [("코치", "괜찮다")], id="a-coach-unnamed"),
    # negative: a plain noun as the subject is what the topic speaks of
    pytest.param("김철수 감독은 분위기가 “최고였다”고 평가했다.", [("김철수", "최고였다")], id="a-plain-noun"),
    # quotations of one outburst:
    # a fragment written right after words that are speech is part of the same outburst
    pytest.param("A씨는 “재판이 개판이다” “뭐 이따위야” 등 욕설을 하며 난동을 부렸다.",
                 [("A씨", "재판이 개판이다"), ("A씨", "뭐 이따위야")], id="a-fragment-after-speech"),
    pytest.param("시위대는 “물러나라”, “사과하라”고 외쳤다.", [("시위대", "물러나라"), ("시위대", "사과하라")],
                 id="a-fragment-before-speech"),
    # negatives: terms side by side stay terms; a term a sentence away from speech stays a term
    pytest.param("정부는 “AI 정부” “디지털 플랫폼”을 내세웠다.", [], id="terms-side-by-side"),
    pytest.param("정부는 “AI 정부”를 내세웠다. 김철수 장관은 “성과를 내겠다”고 말했다.",
                 [("김철수", "성과를 내겠다")], id="a-term-apart"),
    # a body named after what it is:
    # what a body is to someone (`소속사`, `제작사`) or what kind of group it is, then its name: the body is its name
    pytest.param('소속사 WM엔터테인먼트는 "충분히 대화했다"고 밝혔다.', [("WM엔터테인먼트", "충분히 대화했다")], id="an-agency"),
    pytest.param('그룹 뉴진스는 "팬들에게 감사하다"고 밝혔다.', [("뉴진스", "팬들에게 감사하다")], id="a-group"),
    # negative: the relation noun alone still speaks as itself
    pytest.param('소속사 측은 "충분히 대화했다"고 밝혔다.', [("소속사", "충분히 대화했다")], id="the-agency-side"),
    # a mistyped closing mark:
    # an opening mark typed where the closing one belongs, glued to the words and followed by a quotative
    # ending, closes the quotation
    pytest.param("방 연구원은 “지표를 반영한다“며 “심리가 주가를 움직인다”고 말했다.",
                 [("방 연구원", "지표를 반영한다"), ("방 연구원", "심리가 주가를 움직인다")], id="mistyped-close"),
    # and a closing mark typed for the opening one, glued to the words before it
    pytest.param("조희연 교육감은 기자회견을 열었다. 그는”수능이 1개월 미뤄질 수 있다”고 말했다.",
                 [("조희연", "수능이 1개월 미뤄질 수 있다")], id="mistyped-open"),
    # a curly mark a straight one closes (mixed styles, the mirror of `"…”며`)
    pytest.param('오 군수는 "의령군민을 볼모로 삼았다”며 “모든 조치를 취하겠다"고 강조했다.',
                 [("오 군수", "의령군민을 볼모로 삼았다"), ("오 군수", "모든 조치를 취하겠다")], id="curly-closed-by-straight"),
    pytest.param('김 군수는 “그는 "좋다"고 했다”고 말했다.', [("김 군수", '그는 "좋다"고 했다')], id="straight-nested-in-curly"),
    # a straight opening mark that a curly opening one closes, and a closing mark that opens, after a space
    pytest.param('김 군수는 "좋다"며 "괜찮다“고 말했다.', [("김 군수", "좋다"), ("김 군수", "괜찮다")], id="straight-closed-by-curly-open"),
    pytest.param("김 군수는 ”좋다”고 말했다.", [("김 군수", "좋다")], id="closing-marks-both"),
    pytest.param('김 군수는 "좋은 “새 출발”이다"라고 말했다.', [("김 군수", "좋은 “새 출발”이다")], id="curly-nested-in-straight"),
    # a single opening mark a double closing one closes before a quotative ending (iMBC), words that end a
    # sentence; a term in single marks, an apostrophe in a name and a short fragment are read as before
    pytest.param("김충길은 '서독제 때 영화를 보고 재미있게 즐겼다.\"라며 소감을 말했다.",
                 [("김충길", "서독제 때 영화를 보고 재미있게 즐겼다.")], id="single-closed-by-double"),
    pytest.param("정부는 'AI 정부'를 내세웠다. 그는 'AI 강국\"이라고 말했다.", [], id="single-marked-terms"),
    pytest.param("프랭크 오'파렐 감독은 \"좋은 경기였다\"고 말했다.", [("프랭크 오'파렐", "좋은 경기였다")], id="an-apostrophe"),
    # both marks of a quotation typed the other way round, after a quotation on the same line
    pytest.param("김 감독은 “좋은 경기를 할 것 같다“라며 경계한 뒤 ”우리도 서브가 좋다“이라고 말했다. 고 감독도 “홈에서 "
                 "강하다”라며 웃었다.", [("김 감독", "좋은 경기를 할 것 같다"), ("김 감독", "우리도 서브가 좋다"),
                                      ("고 감독", "홈에서 강하다")], id="reversed-marks-after-a-quotation"),
    # negative: a quotation closed on the next line is read as before, a second one after it too
    pytest.param("김 교수는 “관광객이 늘었다.\n중요한 건 지금이다”고 말했다. 그는 “좋다”고 덧붙였다.",
                 [("김 교수", "관광객이 늘었다.\n중요한 건 지금이다"), ("김 교수", "좋다")], id="closed-on-the-next-line-then-another"),
    # negative: a quotation closed on the next line is read as before
    pytest.param("김 교수는 “관광객이 늘었다.\n중요한 건 지금이다”고 말했다.", [("김 교수", "관광객이 늘었다.\n중요한 건 지금이다")],
                 id="closed-on-the-next-line"),
    # negatives: quotations nested in a quotation stay inside it
    pytest.param("김 교수는 “그는 “좋다”고 했다”고 말했다.", [("김 교수", "그는 “좋다”고 했다")], id="nested-with-ending"),
    pytest.param("김 교수는 “A와 “B”는 다르다”고 말했다.", [("김 교수", "A와 “B”는 다르다")], id="nested"),
    # double primes for quotation marks:
    # the double prime written for the quotation mark (MBC's pages)
    pytest.param("정 대표는 오늘 SNS에 ″국회는 야당의 마당이고, 국정감사는 야당의 시간″이라며 ″누가 좋아하겠는가″라고 지적했습니다.",
                 [("정 대표", "국회는 야당의 마당이고, 국정감사는 야당의 시간"), ("정 대표", "누가 좋아하겠는가")],
                 id="double-primes"),
    # negative: inch marks are no quotation
    pytest.param("55″ 모델과 65″ 모델이 나왔다.", [], id="inches"),
    # a noun with `도` after the words:
    # with a speaker carried over, a noun with `도` after the words is what else was done, not who spoke
    pytest.param("KT 이강철 감독은 “잘 던졌다”고 말했다.\n그러면서 “팬들에게 감사드린다”라고 팬들을 향한 인사도 잊지 않았다.",
                 [("이강철", "잘 던졌다"), ("이강철", "팬들에게 감사드린다")], id="a-greeting-too"),
    # negatives: a person with `도` still speaks; an unnamed official with words before `인사` is a source
    pytest.param("김철수 감독은 “잘 던졌다”고 말했다. 이어 “팬들에게 감사한다”고 박영수 코치도 말했다.",
                 [("김철수", "잘 던졌다"), ("박영수", "팬들에게 감사한다")], id="a-person-too"),
    pytest.param("여권의 한 고위 인사는 “결정된 것은 없다”고 말했다.", [("한 고위 인사", "결정된 것은 없다")],
                 id="an-official"),
    # a box of comments, name equals words:
    pytest.param("양팀 감독의 말\n\n◆김진우 한빛 감독=“선수들이 정말 힘든 경기를 했다. 휴식을 줄 생각이다.”\n\n"
                 "◆염정엽 새솔 감독=“조금 아쉽지만 선수들은 최선을 다한 것 같다.”",
                 [("김진우", "선수들이 정말 힘든 경기를 했다. 휴식을 줄 생각이다."), ("염정엽", "조금 아쉽지만 선수들은 최선을 다한 것 같다.")], id="name-equals-quoted-words"),
    # words alone in a paragraph:
    # a quote alone in its paragraph after one whose topic is a person is that person's, even where a
    # mark opens the paragraph: a paragraph of sentences is no section's heading
    pytest.param("◇ 한빛전자 = 올해 시무식은 김기남 부회장이 주재했는데요. 김 부회장은 신년사에서 성장 동력을 강조했습니다.\n\n"
                 "“미래 성장동력을 확보하자.”\n\n새솔그룹 = 최태원 회장은 신년회에서 가치를 언급했습니다.\n\n"
                 "“작은 노력이 보탬이 되기를 바란다.”",
                 [("김기남", "미래 성장동력을 확보하자."), ("최태원", "작은 노력이 보탬이 되기를 바란다.")], id="after-a-topic"),
    # a section's heading (no sentence) still opens on the words of the person introduced after them
    pytest.param("■ 번역가 된 이지수씨\n“하루키를 번역하고 싶어요.”\n이지수 번역가는 하루키의 팬이다.",
                 [("이지수", "하루키를 번역하고 싶어요.")], id="a-heading-then-the-words"),
    # a transcript without quotation marks:
    # a broadcaster's page writes the words in the brackets without marks (YTN, JTBC)
    pytest.param("여당이 크게 반발했습니다.\n\n[나윤서 / 한빛당 원내대표 : 더 이상 이런 이야기를 듣지 않게 해주십시오.]\n",
                 [("나윤서", "더 이상 이런 이야기를 듣지 않게 해주십시오.")], id="name-and-role"),
    pytest.param("[신정우/국회 행안위원장 : 장관님, 현안 질의 장소를 희화화 하지 마십시오. {그런 뜻이 아니었습니다.} 담을 넘었단 말이에요.]",
                 [("신정우", "장관님, 현안 질의 장소를 희화화 하지 마십시오. {그런 뜻이 아니었습니다.} 담을 넘었단 말이에요.")],
                 id="with-the-other-sides-reply-in-braces"),
    pytest.param("[토니 블링컨 / 미국 국무장관 : 우리는 동맹과 함께 대응할 것입니다.]",
                 [("토니 블링컨", "우리는 동맹과 함께 대응할 것입니다.")], id="foreign-name"),
    # negatives: credits and copyright lines, a label without a role, too few words, marks inside
    pytest.param("한빛시가 축제를 열었다.\n[사진 : 뉴스1]\n[영상편집 : 김철수]\n[그래픽 / 디자인 : 새솔 미디어 제작팀 전원]\n"
                 "[저작권자(c) MBC (https://imnews.imbc.com) 무단복제-재배포 금지]\n[앵커]", [], id="credits"),
    pytest.param("[김시민 : 괜찮습니다 정말 괜찮아요]", [], id="no-role"),
    pytest.param("[김시민 / 주민 : 괜찮습니다]", [], id="two-words"),
    pytest.param('[김시민 / 주민 : "정말 괜찮습니다."]', [("김시민", "정말 괜찮습니다.")], id="marks-inside-read-as-before"),
]


@pytest.mark.parametrize("text, expected", REAL_PAGE_CASES)
def test_real_page_formats(text: str, expected: list[tuple[str, str]]) -> None:
    assert attributions(text) == expected


# --- speech or a term in quotation marks -----------------------------------------------------------

NOT_QUOTES = [
    pytest.param("정부는 ‘AI 정부’를 내세웠다.", id="single-curly-term"),
    pytest.param("정부는 'AI 3대 강국'을 목표로 삼았다.", id="single-straight-term"),
    pytest.param("국회는 “노란봉투법”을 통과시켰다.", id="law-name-as-object"),
    pytest.param('이 대통령은 "2024 미래포럼"에 참석했다.', id="event-name"),
    pytest.param("영화 “서울의 봄”이 흥행했다.", id="title-of-a-work"),
    pytest.param("“”라는 빈 따옴표만 있다.", id="empty-quotes"),
    pytest.param("“AI 정부”라는 게 무엇인지 묻는 이들이 많다.", id="term-with-라는-게-but-no-one-whose-words"),
    # a decimal or an abbreviation's full stop ends no sentence
    pytest.param("정부는 “AI 3.0 전략”이라는 계획을 내놨다.", id="a-decimal-in-a-term"),
    # a term as the object of a verb that does not say it
    pytest.param("대리대사는 9월 24일에 “대표적인 행사”를 개최할 것이라고 말했다.", id="a-term-as-an-events-object"),
    pytest.param("멜빈 감독은 “꾸준한 출전 시간”을 김하성의 활약 비결로 꼽았다.", id="a-term-as-what-was-named"),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_terms_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert attributions(text) == []


FRAGMENT_QUOTES = [
    pytest.param("윤 장관은 이를 “신종 범죄”라고 규정했다.", "신종 범죄", id="fragment-라고"),
    pytest.param("경찰청장은 이를 “신종 범죄”로 규정했다.", "신종 범죄", id="fragment-로-규정했다"),
    pytest.param("시위대는 “정권 퇴진”을 외쳤다.", "정권 퇴진", id="shouted-words"),
    # the object of a verb whose object is the words said (to urge, to question, to cry out, to chant)
    pytest.param("조규일 시장은 “명문구단이 되도록 잘 준비해 줄 것”을 당부했다.", "명문구단이 되도록 잘 준비해 줄 것",
                 id="urged-words"),
    pytest.param("고창근 후보는 “그것을 단일화 후보라고 하는 것이 과연 타당한가”를 따졌다.",
                 "그것을 단일화 후보라고 하는 것이 과연 타당한가", id="questioned-words"),
    pytest.param("유가족들은 “내 새끼, 공일아!”를 울부짖으며 뒤따랐다.", "내 새끼, 공일아!", id="cried-out-words"),
    pytest.param("내빈들도 “위하여”를 제창했다.", "위하여", id="chanted-words"),
    pytest.param("그는 “배드민턴에만 집중하겠다”는 글을 올렸다.", "배드민턴에만 집중하겠다", id="sentence-as-noun"),
    # two sentences in one span, the second ending in a noun, before a noun no table lists (`전략`, `포부`)
    pytest.param("김하늘은 “날씨가 관건일 것 같다. 코스 관리에 신경 써서 플레이할 예정”이라는 전략을 덧붙였다.",
                 "날씨가 관건일 것 같다. 코스 관리에 신경 써서 플레이할 예정", id="two-sentences-before-a-noun"),
    pytest.param("김하늘은 “샷 감이 좋다. 우승하면 신인상은 따라올 것”이라는 포부를 내비쳤다.",
                 "샷 감이 좋다. 우승하면 신인상은 따라올 것", id="two-sentences-before-another-noun"),
]


@pytest.mark.parametrize("text, quote", FRAGMENT_QUOTES)
def test_fragment_quotes_are_speech(text: str, quote: str) -> None:
    assert [q for _, q in attributions(text)] == [quote]


SPAN_CASES = [
    pytest.param("그는 “괜찮다”고 했다.", ["괜찮다"], id="curly"),
    pytest.param('그는 "괜찮다"고 했다. 또 "좋다"고 했다.', ["괜찮다", "좋다"], id="straight"),
    pytest.param("그는 “그가 “괜찮다”고 했지만 ‘문제’가 있다”고 말했다.", ["그가 “괜찮다”고 했지만 ‘문제’가 있다"],
                 id="nested-stays-inside"),
    pytest.param("그는 “닫히지 않는 인용이다.\n다음 문단이다.", [], id="unbalanced"),
    pytest.param("그는 “줄이 바뀐 인용이다.\n여기서 닫힌다”고 했다.", ["줄이 바뀐 인용이다.\n여기서 닫힌다"],
                 id="closed-on-the-next-line"),
    # negatives: the next line opens a quote of its own first; a closing mark two lines on
    pytest.param("그는 “닫히지 않는다.\n“새 인용”과 끝”이다.", ["닫히지 않는다.", "새 인용"], id="next-line-opens-first"),
    pytest.param("그는 “닫히지 않는다.\n다음 문단이다.\n여기서 닫힌다”고 했다.", ["닫히지 않는다.\n다음 문단이다.\n여기서 닫힌다"],
                 id="closed-two-lines-on"),
    pytest.param('그는 버두고에 대해 "대단한 날이다.\n\n그는 이런 순간을 좋아한다.\n\n그런 선수"라고 설명했다.',
                 ["대단한 날이다.\n\n그는 이런 순간을 좋아한다.\n\n그런 선수"], id="straight-closed-two-paragraphs-on"),
    pytest.param("그는 “닫히지 않는다.\n다음 문단이다.\n그다음 문단이다.\n여기서 닫힌다”고 했다.", [], id="a-close-three-lines-on"),
    pytest.param('그는 "닫히지 않는다.\n다음 문단이다.\n"새 인용"이라고 했다.', ["새 인용"], id="straight-next-mark-opens"),
    pytest.param('그는 "닫히지 않는다.\n다음 문단의 "끝"이다.', ["끝"], id="straight-no-quotative-ending-no-join"),
    pytest.param('그는 "괜찮다. 다 잘될 것이다”며 “좋다”고 했다.', ["괜찮다. 다 잘될 것이다", "좋다"],
                 id="straight-closed-by-curly"),
    # negatives: a curly closing mark with nothing open, a straight pair inside a curly one
    pytest.param("그는 괜찮다”고 했다.", [], id="a-stray-closing-mark"),
    pytest.param('그는 “"AI 정부"가 답이다”라고 했다.', ['"AI 정부"가 답이다'], id="straight-inside-curly"),
]


@pytest.mark.parametrize("text, inner", SPAN_CASES)
def test_find_spans(text: str, inner: list[str]) -> None:
    assert [text[s.inner_start:s.inner_end] for s in find_spans(text)] == inner


def test_a_quote_in_mixed_marks_is_the_speakers() -> None:
    """`염 감독은 "…”며 “…”`: a quotation opened straight and closed curly is found, and neither it nor
    the next is given to a noun inside it (`그런 투수들이`)."""
    text = ('한정우 감독은 "우석이는 빠른 공이 없다. 그런 투수들이 성공을 하고 있다”며 “우석이가 그런 생각을 '
            "가졌다는 것만 해도 발전이라고 본다”고 말했다.")
    assert attributions(text) == [("한정우", "우석이는 빠른 공이 없다. 그런 투수들이 성공을 하고 있다"),
                                  ("한정우", "우석이가 그런 생각을 가졌다는 것만 해도 발전이라고 본다")]


# --- the sample article ----------------------------------------------------------------------------

SAMPLE_SPEAKERS = {
    "이재명": ["대한민국이 지금까지", "준비하기에 따라", "지방에서 대규모", "울산 경제도", "공급자 측으로", "그보다 중요한"],
    "최태원": ["정부의 지원 가운데", "새정부가 'AI 정부'가", "이 혁신을 통해", "5년간 5조원", "AI 원스톱 바우처",
            "이를 통해 기업과"],
    "백준호": ["자동차·메모리·조선", "신경망처리장치(NPU)"],
    "정신아": ["국가관점에서의", "그런데 우리나라한테", "보안이 계속", "그렇게 되면"],
    "프라사드 칼야나라만": ["대한민국은 세계적", "울산은 안정적", "AWS와 SK그룹은", "AWS는 SK그룹과"],
}


def test_sample_quotes_are_attributed(sample_text: str) -> None:
    b = brief(sample_text)
    got = {p.name: [q.text for q in p.quotes] for p in b.participants if p.quotes}
    assert set(got) == set(SAMPLE_SPEAKERS)
    for name, starts in SAMPLE_SPEAKERS.items():
        assert len(got[name]) == len(starts), name
        for text, start in zip(got[name], starts):
            assert text.startswith(start), (name, text)


def test_sample_quotes_carry_sentence_indices(sample_text: str) -> None:
    b = brief(sample_text)
    for p in b.participants:
        for q in p.quotes:
            assert q.text in b.sentences[q.sentence].text


def test_single_quoted_term_inside_a_quote_stays_inside(sample_text: str) -> None:
    b = brief(sample_text)
    texts = [q.text for p in b.participants for q in p.quotes]
    assert "AI 정부" not in texts and any("'AI 정부'" in t for t in texts)


# A value in markup copied into an article's text (`src="…"`: an embed, a link) is no speech; words in
# quotation marks anywhere else are read as before.
@pytest.mark.parametrize(("text", "speech"), [
    pytest.param('<iframe src="https://www.youtube.com/embed/x1y2z3" width="560" height="315"></iframe>', [],
                 id="embed-attributes"),
    pytest.param('<a href="https://news.example.kr/article/12345">관련 기사 바로 가기</a>', [], id="link-href"),
    pytest.param('<img alt="김철수 대표가 25일 기자회견에서 발언하고 있다" src="photo.jpg">', [], id="image-alt"),
    pytest.param('김철수 대표는 "내년에도 이 사업을 계속하겠다"고 말했다.', ["내년에도 이 사업을 계속하겠다"],
                 id="straight-marks-speech"),
    pytest.param('김 대표는 “가격은 그대로 유지하겠다”며 “품질을 높이겠다”고 밝혔다.',
                 ["가격은 그대로 유지하겠다", "품질을 높이겠다"], id="curly-marks-speech"),
    # a name, `=`, and the words: a box of comments (`양팀 감독의 말`), no markup
    pytest.param('◆김진우 한빛 감독=“선수들이 정말 힘든 경기를 했다.”', ["선수들이 정말 힘든 경기를 했다."],
                 id="name-equals-words"),
])
def test_markup_attribute_values_are_not_speech(text: str, speech: list[str]) -> None:
    found = [text[s.inner_start:s.inner_end] for s in find_spans(text) if is_speech(text, s)]
    assert found == speech


# --- cost ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("가나다라 김철수 대표 " * 1500, id="long-run-without-punctuation"),
    pytest.param("김철수 대표는 “좋다”고 말했다. 이어 “괜찮다”고 했다.\n" * 250, id="500-sentences"),
])
def test_pathological_input_is_extracted_whole(text: str) -> None:
    # Its cost next to Kiwi's is measured in benchmarks/bench_batch.py, not asserted here.
    sentences = analyze(text)
    spans = [s for s in find_spans(text) if is_speech(text, s)]
    cast = find_cast(sentences, text, [s.marks for s in spans])
    quotes = extract_quotes(text, sentences, spans, cast)
    assert len(quotes) == text.count("“")
    assert all(q.text in text for q in quotes)
