"""Korean news-writing knowledge as data: the tables the extraction rules read.

Everything language-specific that the rules in `quotes.py`, `participants.py` and `summary.py`
depend on lives here, so a reader can check (and extend) it without reading the logic.
"""

from __future__ import annotations

# --- reporting ---------------------------------------------------------------------------------

#: Verb stems that report speech (말했다, 밝혔다, 강조했다 …); matched at the start of a word.
REPORTING_VERBS: tuple[str, ...] = (
    "말했", "말한", "말하", "밝혔", "밝힌", "밝히", "강조했", "강조한", "강조하", "전했", "전한", "덧붙였",
    "덧붙인", "설명했", "설명한", "주장했", "주장한", "요청했", "요청한", "당부했", "당부한", "지적했",
    "지적한", "언급했", "언급한", "말문을", "답했", "답한", "대답했", "물었", "토로했", "호소했", "제안했",
    "제안한", "건의했", "촉구했", "촉구한", "비판했", "비판한", "반박했", "평가했", "평가한", "전망했",
    "예상했", "우려했", "경고했", "약속했", "다짐했", "발표했", "알렸", "했다", "한다", "하며", "하면서",
    "부연했", "인정했", "고백했", "털어놨", "털어놓", "소감을", "각오를", "역설했", "시사했", "분석했",
    "진단했", "꼬집었", "되물었", "외쳤", "적었", "썼다", "게재했", "올렸", "보도했", "전해졌",
    "보고했", "지시했", "주문했", "환영했", "축하했", "사과했", "해명했", "답변했", "질문했", "선언했",
    "확인했", "예고했", "공언했", "자신했", "기대했", "소개했", "회상했", "회고했", "표현했", "묘사했",
    "전제한", "전제했", "말을", "말이다", "이라고", "라고",
)

#: Endings right after a closing quotation mark that mark it as reported speech (`”라고 말했다`,
#: `”며`, `”고`). Endings that also follow a quoted term (`”란`, `”라는`) are in QUOTED_NOUN_ENDINGS.
QUOTATIVE_ENDINGS: tuple[str, ...] = (
    "라고", "이라고", "고", "라며", "이라며", "며", "면서", "라면서", "이라면서", "하고", "하며", "하면서",
    "라는 말", "는 말", "이라는 말", "라고요", "고요", "며,", "고,",
)

#: Endings after a closing mark that use the quotation as a noun (`“AI 정부”라는 구호`): speech only
#: when the quoted words end like a sentence (`“…하겠다”는 글을 올렸다`).
QUOTED_NOUN_ENDINGS: tuple[str, ...] = (
    "이라는", "라는", "이란", "란", "는", "은", "을", "를", "이", "가", "의", "에", "에서", "와", "과", "로",
    "으로", "도", "처럼", "까지", "만", "이다", "다",
)

#: Nouns for someone's words after `NAME의` (`조동현 감독의 말이다`, `…라는 게 김 교수의 설명이다`).
WORDS_OF_NOUNS: tuple[str, ...] = (
    "말", "설명", "얘기", "이야기", "주장", "전언", "답", "각오", "소감", "생각", "귀띔", "분석", "지적", "전망",
    "입장", "판단", "평가", "진단", "견해", "시각", "조언", "당부",
)

#: Verbs that characterise something in the speaker's own words (`“신종 범죄”로 규정했다`).
CHARACTERISING_VERBS: tuple[str, ...] = (
    "규정", "표현", "지칭", "일컬", "명명", "평가", "비유", "묘사", "칭했", "불렀", "외쳤", "외치", "연호", "요구했",
    "촉구했", "주장했", "답했", "적었", "썼다", "내다봤", "전망했", "예상했", "관측했", "추정했",
)

#: Words in the sentence after a stand-alone quote that point back at it (`김연아는 이렇게 말했다`).
BACK_POINTERS: tuple[str, ...] = ("이렇게", "이같이", "이와 같이", "이처럼", "다음과 같이")

#: Words between two quotes of one sentence that make the first the theme of an answer
#: (`김 장관은 노조가 “…”고 주장하는 데 대해 “…”고 반박했다`): the second is the topic's own words.
ANSWER_CUES: tuple[str, ...] = ("대해", "관해", "관련해", "맞서")

#: Words at the start of a clause that carry the previous speaker over to a new quote.
CARRY_OVER_CUES: tuple[str, ...] = (
    "이어", "이어서", "그러면서", "그러며", "아울러", "또", "또한", "특히", "그는", "그녀는", "그가", "그녀가",
    "그러나", "하지만", "다만", "그리고", "이와 함께", "동시에", "끝으로", "마지막으로", "덧붙여", "한편",
)

#: Pronouns that refer back to the last person spoken of.
PRONOUNS: tuple[str, ...] = ("그", "그녀", "그들")

#: Words opening a sentence that lean on the sentence before it: a pronoun subject (`그는`), the
#: carry-over cues above (`이어`, `또`, `그러면서`, `하지만`; not `한편`, which opens a new topic), the
#: back-pointers (`이같이`) and demonstratives (`이에`, `이는`). Without its predecessor such a sentence
#: says little, so a page does not show it as a key point alone (`render.point_pool`).
LEANING_OPENERS: tuple[str, ...] = tuple(dict.fromkeys(
    [p + j for p in PRONOUNS for j in (("은", "이") if p.endswith("들") else ("는", "가")) + ("의", "에게", "도")]
    + ["이들은", "이들이"]
    + [c for c in CARRY_OVER_CUES if c != "한편"] + list(BACK_POINTERS)
    + ["이에", "이는", "이를", "이와 관련해", "이에 대해", "이 같은", "이같은", "이 때문에", "이로써", "따라서", "그래서"]
))

# --- people ------------------------------------------------------------------------------------

#: Korean surnames, two-syllable ones first so they match before their first syllable.
SURNAMES_2: frozenset[str] = frozenset(
    ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절", "장곡"]
)
SURNAMES_1: frozenset[str] = frozenset(
    ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "갈", "단", "견", "당", "시", "화", "창", "옹", "순", "빙", "종", "묵", "강", "후", "초", "판", "평", "뇌", "로", "야", "요", "저", "점", "즙", "진", "증", "섭", "마", "야", "여",
     # North Korean spellings (`리명순`, `림철`, `량만길`)
     "리", "림", "량", "렴", "려", "룡", "륙"]
)

#: Job titles and roles, matched as the end of a word (경제성장수석 → 수석). Longer entries win.
#: Posts in the state, politics and business: their holders are never `씨` in a later short form.
POSTS: tuple[str, ...] = (
    # state and politics
    "대통령", "부통령", "총리", "국무총리", "부총리", "장관", "차관", "차관보", "수석", "비서관", "비서실장", "실장",
    "보좌관", "대변인", "원내대변인", "수석대변인", "원내대표", "당대표", "대표", "최고위원", "정책위의장",
    "사무총장", "위원장", "부위원장", "위원", "의원", "국회의원", "의장", "부의장", "시장", "부시장", "도지사",
    "지사", "군수", "구청장", "청장", "차장", "처장", "원장", "부원장", "국장", "과장", "팀장", "본부장", "센터장",
    "소장", "관장", "총장", "부총장", "학장", "교육감", "대사", "공사", "영사", "재무관", "감사", "감사원장",
    "검찰총장", "검사", "검사장", "지검장", "판사", "대법원장", "대법관", "재판장", "헌법재판관", "경찰청장",
    "서장", "총재", "부총재", "행장", "의원장", "공동소집권자", "소집권자", "주석", "국왕", "여왕", "왕세자",
    "총통", "외무장관", "국무장관", "국방장관", "총독", "특사", "특보", "고문", "자문위원", "대행",
    "관방장관", "외무상", "방위상", "재무상", "경제산업상", "문부과학상", "후생노동상", "국토교통상", "법무상",
    "총무상", "외교부장", "국방부장", "상무부장",
    # business
    "회장", "부회장", "사장", "부사장", "전무", "상무", "이사", "대표이사", "이사장", "조합장", "사외이사", "창업자",
    "공동창업자", "창업주", "총괄대표", "최고경영자", "CEO", "CFO", "CTO", "COO", "지점장", "점장", "매니저",
    "부장", "차장", "대리", "그룹장", "실장", "센터장", "소장", "후보", "후보자", "예비후보", "당선인", "당선자",
    "공장장", "지사장", "법인장", "사업부장", "현장소장",
    "연구원", "수석연구원", "책임연구원", "선임연구원", "수석연구위원", "선임연구위원", "책임연구위원",
    "수석이코노미스트", "애널리스트", "이코노미스트", "전략가", "파트너", "최고재무책임자", "최고기술책임자",
    "최고운영책임자", "최고투자책임자", "최고전략책임자", "최고마케팅책임자", "최고정보책임자", "최고인사책임자",
    "최고디지털책임자", "최고위험책임자", "CIO", "CSO", "CMO", "CDO", "CHRO", "CISO",
)

#: Every title: posts, then professions, ranks and roles (`김철수 변호사`, `투수 김광현`).
TITLES: tuple[str, ...] = POSTS + (
    # professions
    "교수", "부교수", "조교수", "명예교수", "석좌교수", "연구교수", "초빙교수", "겸임교수", "연구위원", "박사",
    "박사과정생", "석사과정생", "박사후연구원", "전임연구원", "연구관", "연구사", "전문의", "전공의", "병원장",
    "주무관", "사무관", "서기관", "행정관", "선임행정관", "순경", "경장", "경사", "경위", "경감", "경정", "총경",
    "경무관", "치안감", "수사관", "조사관", "공보관",
    "교사", "담임교사", "교장", "교감", "원감", "강사", "장학사", "예보관", "예보분석관", "분석관",
    "재판관", "담당관", "기획예산담당관", "정책관", "경기위원장", "경기위원", "경기감독관", "제1부상", "사진가",
    "사진작가", "큐레이터", "학예사", "학예연구사",
    "미술가", "설치미술가", "조각가", "문정관", "부문장",
    "직장인", "농민", "어민",
    "변호사", "회계사", "세무사", "의사", "간호사",
    "약사", "작가", "소설가", "시인", "화가", "만화가", "감독", "코치", "단장", "구단주", "선수", "주장",
    "투수", "선발투수", "타자", "포수", "유격수", "내야수", "외야수", "가드", "포워드", "센터", "공격수",
    "수비수", "미드필더", "골키퍼", "배우", "가수", "앵커", "아나운서", "평론가", "목사", "신부", "스님",
    "주교", "추기경", "교황", "노동자", "활동가", "상임대표", "공동대표", "집행위원장", "사무국장",
    "개그맨", "개그우먼", "코미디언", "방송인", "모델", "래퍼", "프로듀서", "작곡가", "작사가", "성우", "유튜버",
    "셰프", "디자이너", "안무가", "연출가", "극작가", "영화감독", "PD", "피디", "캐디", "멤버", "리더", "보컬", "MC",
    "DJ", "세터",
    "리베로", "미들블로커", "아웃사이드히터", "윙스파이커", "감독대행", "수석코치", "타격코치", "투수코치", "트레이너",
    "이병", "일병", "상병", "병장", "하사", "중사", "상사", "소위", "중위", "대위", "소령", "중령", "대령",
    "준장", "소장", "중장", "대장", "사령관", "합참의장",
)

#: Word endings of a portfolio that qualifies the title after it (`통상담당 집행위원`, `정무담당 차관`):
#: part of the title, never of the organisation.
TITLE_QUALIFIER_SUFFIXES: tuple[str, ...] = ("담당",)

#: Words opening a parenthesis after a title that give the person's present post (`전 장관(현 …
#: 이사장)`): a later short form may use either title.
CURRENT_POST_MARKERS: frozenset[str] = frozenset(["현", "現", "현재"])

#: Prefixes that make a title another, lower post (`부사장` is not a `사장`, `부위원장` not a `위원장`):
#: a short form with the shorter title does not refer back to the longer one.
DEPUTY_PREFIXES: tuple[str, ...] = ("부",)

#: Words opening a note on a name in parentheses (`강풀(본명 강도영)`, `로버트 김(한국명 김철수)`):
#: never a body. `PSEUDONYM_NOTES` mark a name made up for someone the article keeps anonymous.
NAME_NOTES: frozenset[str] = frozenset(["본명", "한국명", "영문명", "가명", "예명", "필명", "별명", "아명", "법명", "세례명"])
PSEUDONYM_NOTES: frozenset[str] = frozenset(["가명"])

#: General titles a later short form may use for a more specific one (`소설가 서하윤`, then `서 작가는`).
TITLE_KINDS: dict[str, frozenset[str]] = {
    "작가": frozenset(["소설가", "시인", "극작가", "동화작가", "웹툰작가", "만화가", "수필가", "에세이스트", "방송작가"]),
    "선수": frozenset(["투수", "선발투수", "타자", "포수", "유격수", "내야수", "외야수", "가드", "포워드", "센터", "공격수",
                     "수비수", "미드필더", "골키퍼", "세터", "리베로", "미들블로커", "아웃사이드히터", "윙스파이커"]),
}

#: Two title words that make one title (`대표이사 사장`, `감독 대행`, `장관 후보자`): a first word
#: ending in one of the first tuple, or a second word ending in one of the second. Other pairs are
#: two people (`김철수 의원 보좌관` is the member's aide).
TITLE_CHAINS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("대표이사",),
    ("대행", "후보자", "당선인", "당선자"),
)

#: Titles of people who belong to a team or company the story is about (a player's position, a
#: founder): a holder named without an organisation takes the body that is the sentence's topic.
MEMBER_TITLES: tuple[str, ...] = (
    "선수", "주장", "코치", "투수", "타자", "포수", "유격수", "내야수", "외야수", "가드", "포워드", "센터", "공격수",
    "수비수", "미드필더", "골키퍼", "세터", "리베로", "블로커", "윙어", "스트라이커", "창업자", "창업주", "직원",
    "감독", "단장", "구단주", "리더", "멤버", "보컬", "메인보컬", "래퍼",
)

#: Posts that exist only inside a body (a spokesperson, a ministry's director): a holder named without
#: one belongs to the body the sentence, or the one before, is about (`대통령실은 …. 편서린 대변인은`).
STAFF_TITLES: tuple[str, ...] = ("대변인", "정책관", "공보관", "담당관", "비서관", "행정관")

#: Words that end like a title but name a body or a place: `과학기술정보통신부` (not a `신부`, a priest),
#: `본회의장` (the plenary hall, not an `의장`; `국회의장` is one), `운영사` (an operator, not a `영사`).
TITLE_LOOKALIKES: tuple[str, ...] = ("통신부", "본회의장", "전원회의장", "운영사")

#: Endings of venues: a word with a parenthesis after it (`해든컨트리클럽(파72)`) is a place, not a name.
VENUE_SUFFIXES: tuple[str, ...] = ("클럽", "골프장", "경기장", "구장", "체육관", "리조트", "호텔", "아레나", "스타디움",
                                   "컨벤션센터", "전시장", "공연장", "극장")

#: Groups someone leads for a time without belonging to them (`국정훈 차관이 이끄는 북극항로 전담반`).
TASK_GROUPS: tuple[str, ...] = ("전담반", "전담팀", "태스크포스", "TF", "대표단", "조사단", "점검단", "사절단", "특사단")

#: Words that name a body after a Latin acronym (`KLPGA 투어 어정민 경기위원장`, `KBO 리그`), not alone
#: (`투어는 북미에서 시작된다`).
CIRCUIT_WORDS: tuple[str, ...] = ("투어", "리그")

#: Words that report a death (`별세했다`, `숨졌다`): `고인` is the person such a sentence names.
DEATH_VERBS: tuple[str, ...] = ("별세", "타계", "영면", "숨졌", "숨져", "세상을", "작고", "서거", "사망했")

#: Titles that never make their holder a participant (the byline and photo credits).
#: (A `PD` is a participant in the body, `국재민 PD는 말했다`; a PD's credit line is a byline, `BYLINE_ROLES`.)
EXCLUDED_TITLES: frozenset[str] = frozenset({"기자", "특파원", "통신원", "사진기자", "인턴기자", "객원기자"})

#: Syllables common in Korean given names. A surname plus one or two of these is name-shaped
#: (`안세영`, `강풀`); words with other syllables (`하마스`, `위워크`, `로이터`, `한달간`) are not.
GIVEN_NAME_SYLLABLES: frozenset[str] = frozenset(
    ["가", "각", "강", "개", "건", "걸", "검", "겸", "경", "계", "고", "곤", "관", "광", "교", "구", "국", "군", "권", "귀", "규", "균", "근", "금", "긍", "기", "길", "나", "난", "남", "낭", "내", "녀", "년", "념", "녕", "노", "농", "누", "늘", "니", "다", "단", "담", "당", "덕", "도", "돈", "동", "두", "득", "등", "라", "란", "람", "랑", "래", "량", "려", "력", "련", "렬", "령", "례", "로", "록", "론", "뢰", "료", "룡", "루", "류", "륜", "률", "륭", "름", "리", "린", "림", "립", "마", "만", "매", "맹", "면", "명", "모", "목", "몽", "무", "묵", "문", "미", "민", "밀", "바", "박", "반", "발", "방", "배", "백", "범", "법", "벽", "변", "별", "병", "보", "복", "본", "봉", "부", "분", "붕", "비", "빈", "빛", "사", "산", "삼", "상", "새", "샘", "생", "서", "석", "선", "설", "섭", "성", "세", "소", "솔", "송", "수", "숙", "순", "술", "숭", "슬", "승", "시", "식", "신", "실", "심", "아", "안", "애", "야", "양", "어", "억", "언", "얼", "엄", "업", "여", "역", "연", "열", "염", "엽", "영", "예", "오", "옥", "온", "완", "왕", "요", "용", "우", "욱", "운", "웅", "원", "월", "위", "유", "육", "윤", "율", "융", "은", "을", "음", "응", "의", "이", "익", "인", "일", "임", "자", "작", "잔", "장", "재", "저", "적", "전", "절", "정", "제", "조", "종", "주", "준", "중", "지", "직", "진", "질", "집", "찬", "창", "채", "천", "철", "청", "초", "총", "추", "춘", "충", "치", "칠", "탁", "태", "택", "판", "평", "표", "풍", "필", "하", "학", "한", "함", "항", "해", "행", "향", "헌", "혁", "현", "협", "형", "혜", "호", "홍", "화", "환", "활", "황", "회", "효", "후", "훈", "휘", "휴", "흠", "흥", "희", "힘", "풀", "봄", "결", "꽃", "대"]
)

#: Endings of event, competition and product names: never the last word of a person's name
#: (`항저우 아시안게임`, `카라바오컵`, `덴마크 오픈`).
NOT_NAME_SUFFIXES: tuple[str, ...] = (
    "게임", "컵", "오픈", "리그", "대회", "시리즈", "올림픽", "챔피언십", "페스티벌", "엑스포", "어워즈", "시상식",
    "플레이오프", "월드컵", "투어", "마스터스", "클래식", "그랑프리", "선수권", "축제", "박람회", "포럼", "쇼",
    "파크", "스타디움", "아레나", "체육관", "극장", "호텔", "센터", "타워", "빌딩", "공항",
)

#: Common foreign given names in Hangul. A run of proper nouns that starts with one is a person
#: (`리오넬 메시`, `윌리엄 쿠에바스`) even without a title; `바이에른 뮌헨` is not.
FOREIGN_GIVEN_NAMES: frozenset[str] = frozenset(
    ["존", "잭", "제임스", "짐", "마이클", "마이크", "데이비드", "데이브", "로버트", "밥", "윌리엄", "윌", "빌", "리처드", "토머스", "토마스", "톰", "찰스", "조지", "조", "에릭", "애덤", "아담", "크리스티아누", "크리스티안", "크리스", "킬리안", "엘링", "해리", "마커스", "마르쿠스", "브루노", "카를로스", "루이스", "호세", "후안", "마리아", "안나", "엘리자베스", "도널드", "버락", "블라디미르", "에마뉘엘", "앙겔라", "올라프", "리시", "보리스", "테리사", "저스틴", "스콧", "케빈", "제이슨", "저스틴", "브라이언", "라이언", "앤드루", "앤드류", "앤서니", "안토니오", "마르코", "마테오", "파블로", "페드로", "디에고", "가브리엘", "라파엘", "미겔", "알렉스", "알렉산더", "알렉산드르", "세르게이", "드미트리", "이반", "안드레이", "니콜라", "니콜라스", "피터", "폴", "필립", "필리프", "프랭크", "프레드", "헨리", "잭슨", "조던", "조엘", "조슈아", "벤", "벤자민", "사무엘", "새뮤얼", "다니엘", "대니얼", "매슈", "매튜", "마틴", "마티아스", "막스", "맥스", "오스카", "올리버", "에단", "이선", "노아", "루카스", "루카", "레오", "레오나르도", "엔조", "카림", "모하메드", "무함마드", "아흐메드", "알리", "하산", "오마르", "유세프", "빅토르", "로베르트", "로베르토", "마리오", "세르히오", "하비에르", "제니퍼", "제시카", "에밀리", "사라", "새라", "로라", "레이철", "케이트", "캐서린", "킴벌리", "낸시", "힐러리", "카멀라", "캐럴라인", "캐롤라인", "니키", "론", "마코", "일론", "팀", "제프", "마크", "빌리", "샘", "스티브", "스티븐", "사티아", "순다르", "젠슨", "리사", "메리", "앤", "엠마", "올리비아", "소피아"]
)

#: Determiners and demonstratives that never start a name (`한 관계자`, `각 부처`, `이 회사`).
DETERMINERS: frozenset[str] = frozenset(["이", "그", "저", "한", "각", "매", "몇", "모든", "여러", "온", "약", "및", "등", "해당", "동", "본", "타", "또", "또한", "이런", "그런", "저런"])

#: Nouns for a kind of body, after which a name in quotation marks is that body's name
#: (`지원단체 ‘이주와함께’`, `시민단체 ‘함께하는 사람들’`).
BODY_KIND_NOUNS: tuple[str, ...] = ("단체", "기관", "재단", "협회", "모임", "연대", "기업", "업체", "법인", "조합")

#: Generic names of a body that, after a pointing word (`같은 당`, `이 단체`, `해당 업체`), mean
#: the body of that kind named before: the party of the last party member, the last organisation.
GENERIC_BODIES: frozenset[str] = frozenset(["당", "단체", "기관", "회사", "업체", "구단", "학교", "병원", "협회", "노조",
                                             "방송", "방송사", "신문", "대학"])
#: Of those, the kinds whose bodies always say the kind in their name (`더불어민주당`, `충북한울방송`): with
#: none of that kind named before, `같은 당` or `이 방송` points to no body (`단체` may be any body).
NAMED_GENERIC_BODIES: frozenset[str] = frozenset(["당", "학교", "병원", "협회", "노조", "방송", "방송사", "신문", "대학"])
POINTING_WORDS: frozenset[str] = frozenset(["같은", "이", "그", "해당", "이 같은"])

#: Time and position words that stand before names but are neither names nor organisations
#: (`이날 김철수 장관은`, `경기 후 이강철 감독은`).
TIME_WORDS: frozenset[str] = frozenset(
    ["이날", "전날", "당시", "현재", "최근", "오늘", "내일", "어제", "그제", "모레", "올해", "지난해", "작년", "내년", "이번", "지난", "오는", "그간", "최근엔", "후", "전", "뒤", "앞", "중", "때", "직후", "직전", "이후", "이전", "앞서", "한편", "또", "이어", "아울러", "특히", "다만", "그러나", "하지만", "반면", "또한", "게다가", "오전", "오후", "새벽", "저녁", "밤", "주말", "평일", "경기", "당일", "이튿날", "다음날", "전반", "후반", "연장"]
)

#: Nouns that follow a bare name without making a compound with it (`방수현 등`, `김연아 외`); any
#: other common noun right after a name-shaped proper noun makes one (`고분자 층`).
AFTER_NAME_NOUNS: frozenset[str] = frozenset(
    ["등", "외", "측", "본인", "자신", "가족", "부부", "일가", "선수단", "시절", "시대"]
)

#: Titles that name their body (`천우석 경찰청장`: 경찰청); a place written onto one keeps it
#: (`서울경찰청장`: 서울경찰청).
TITLE_BODIES: dict[str, str] = {
    "경찰청장": "경찰청", "검찰총장": "검찰", "감사원장": "감사원", "대법원장": "대법원", "국회의장": "국회",
    "헌법재판소장": "헌법재판소", "교육감": "교육청", "지검장": "지검", "소방서장": "소방서", "경찰서장": "경찰서",
    "소방청장": "소방청", "국세청장": "국세청", "관세청장": "관세청", "통계청장": "통계청", "기상청장": "기상청",
}

#: One-syllable short names of countries, as written before a title (`미 국무장관`, `중 외교부장`).
COUNTRY_SHORT_NAMES: dict[str, str] = {
    "미": "미국", "중": "중국", "일": "일본", "러": "러시아", "영": "영국", "북": "북한", "독": "독일", "佛": "프랑스",
}

#: Heads of local government and the ending of the body they head: `윤창식 군수` named without a
#: body heads the county named last before them.
LOCAL_HEADS: dict[str, str] = {"군수": "군", "시장": "시", "구청장": "구", "도지사": "도"}

#: Judges' titles, and the endings of courts' names: a judge named without a court belongs to the
#: court named last (`서울남부지법 형사합의11부 심리로 …`, then `재판장인 서경민 부장판사는`).
JUDGE_TITLES: tuple[str, ...] = ("판사", "재판장", "대법관", "헌법재판관")
COURT_SUFFIXES: tuple[str, ...] = ("지법", "지방법원", "고법", "고등법원", "법원", "가정법원", "행정법원", "대법원")

#: People (not bodies) whose side speaks as `X 측은`: an anonymous source (`유족 측은`, `피해자 측은`).
PEOPLE_SIDES: frozenset[str] = frozenset(
    ["유족", "유가족", "피해자", "피해자들", "가족", "가족들", "유족들", "피고인", "변호인", "원고", "피고", "환자", "환자들"]
)

#: Common nouns shaped like a Korean name (a surname, then name syllables): never a person.
NAME_SHAPED_NOUNS: frozenset[str] = frozenset(
    ["배우자", "경전철", "고분자", "유가족", "조합원", "방문객", "전문가", "장기간", "한동안", "이사회", "정기간", "구성원",
     "신도시", "조사관", "고교생", "임원진", "주민들", "안전망", "전시관", "공무원", "정치인", "지지자", "반대자",
     "최대어", "유망주", "신인상", "상인회", "부녀회", "노인회", "청년회", "번영회", "동창회"]
)

#: Pronouns and reflexives that are never a speaker's name (`자신들이`, `이들은`).
NON_SPEAKER_NOUNS: frozenset[str] = frozenset(
    ["자신", "자신들", "자기", "본인", "스스로", "우리", "저희", "이들", "그들", "이것", "그것", "이는", "누구", "모두", "대부분", "일부", "양측", "양사", "양국", "양당", "양자", "노사", "여야", "양대", "서로", "각자", "이번", "이날", "당시", "그때", "이후", "이전", "결과", "관계", "경우", "때문", "가능성", "필요", "문제", "상황", "분위기", "목소리", "지적", "의견", "평가", "분석", "전망", "관측", "우려", "기대", "비판"]
)

#: Honorifics that follow a bare name (`홍길동 씨`); they are not titles.
HONORIFICS: tuple[str, ...] = ("씨", "군", "양", "옹", "님")

#: Nouns that say how a body is related to something named before it, not part of its name
#: (`LUMINA의 소속사 블루웨이브엔터테인먼트 한승민 대표` → 블루웨이브엔터테인먼트).
ORG_RELATION_NOUNS: tuple[str, ...] = ("소속사", "모회사", "자회사", "계열사", "운영사", "제작사", "배급사", "시행사", "시공사")

#: Role words in a group (K-pop, bands) that a stage name follows (`리더 하린은`, `멤버 채원은`, `막내
#: 소이는`): a one-word name Kiwi knows as a proper noun right after one is a person.
STAGE_NAME_ROLES: tuple[str, ...] = ("멤버", "리더", "막내", "보컬", "메인보컬", "래퍼", "메인래퍼", "센터")

#: Words that stand for an outlet or organisation named just before (`매체는 “…”라고 덧붙였다`).
ANAPHORIC_ORGS: tuple[str, ...] = (
    "매체", "이 매체", "해당 매체", "같은 매체", "외신", "신문", "통신", "방송", "방송사", "언론", "회사", "이 회사",
    "단체", "이 단체", "해당 단체", "재단", "협회",
    "같은 회사", "해당 회사", "업체", "해당 업체", "구단", "해당 구단", "기업", "해당 기업",
)

#: One-syllable words that stand for the local government named earlier in a press release (`시는`
#: after `한빛시`, `군은` after `한빛군`): each is the last syllable of the body's name.
LOCAL_GOVERNMENT_ANAPHORS: tuple[str, ...] = ("시", "군", "구", "도")

#: Words that tie a person to a team or organisation that follows (`아본단자 감독이 이끄는 흥국생명`).
LEADS_ORG: tuple[str, ...] = ("이끄는", "이끌고 있는", "이끌었던", "지휘하는", "맡고 있는", "맡은")

#: Nouns that make an unnamed speaker a descriptor (`한 관계자`, `업계 관계자`).
ANONYMOUS_HEADS: tuple[str, ...] = (
    "관계자", "소식통", "당국자", "고위 관계자", "측근", "전문가", "관계자들", "전문가들", "관측통", "인사",
    "주민", "시민", "상인", "학부모", "청취자", "네티즌", "누리꾼", "개발자", "직원", "공무원", "참석자",
    "임원", "간부", "당직자", "실무자", "담당자", "종사자", "대리인", "변호인", "변호인단",
)

#: Endings of hospital and university departments (`감염내과`, `도시공학과`): the `과` is part of the
#: word, not the particle `과` ("and"), and the word is part of the organisation.
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "내과", "외과", "학과", "의학과", "치과", "안과", "소아과", "피부과", "부인과", "인후과", "기과", "재활과",
)

#: Nouns naming the legal kind of a body, written before its name (`법무법인 한결`, `사단법인 …`):
#: the word after one is the body's name, whatever Kiwi calls it (`사단법인 나눔`).
ORG_KIND_NOUNS: frozenset[str] = frozenset(
    ["법무법인", "회계법인", "세무법인", "사단법인", "재단법인", "학교법인", "의료법인", "사회복지법인", "특허법인",
     "노무법인", "주식회사", "유한회사"]
)

#: Team nicknames after a sponsor's name (`한화 이글스`, `울산 HD FC`): the sponsor's name alone (`한화`)
#: is the same team.
TEAM_NICKNAMES: tuple[str, ...] = (
    "위즈", "다이노스", "트윈스", "이글스", "라이온즈", "베어스", "타이거즈", "자이언츠", "랜더스", "히어로즈", "FC",
    "유나이티드", "시티", "스카이워커스", "점보스", "썬더스", "소닉붐", "피버스", "세이커스",
)

#: Word endings that mark an organisation (`SK그룹`, `대통령실`, `검찰`, `교도통신`).
ORG_SUFFIXES: tuple[str, ...] = (
    "그룹", "전자", "텔레콤", "증권", "은행", "보험", "카드", "건설", "자동차", "중공업", "화학", "제약",
    "바이오", "엔터테인먼트", "통신", "신문", "일보", "방송", "뉴스", "타임스", "저널", "포스트", "미디어",
    "대통령실", "청와대", "정부", "부", "처", "청", "원", "실", "위원회", "협회", "연합회", "재단", "공사", "공단",
    "연구소", "연구원", "대학", "대학교", "대학원", "병원", "학교", "당", "노조", "조합", "검찰", "경찰", "법원",
    "지검", "지법", "고법", "당국", "의회", "성", "군", "사", "회", "단", "센터", "구단", "법인",
    "기구", "기금", "연합", "연맹", "연대", "포럼", "네트워크", "대통령궁", "왕궁", "재판소", "노총",
    "대책위", "비대위", "추진위", "조직위", "준비위",  # 세계보건기구, 유럽연합, 환자연대
    "모터스", "홀딩스", "파트너스", "테크", "랩스", "시스템스", "에너지", "솔루션", "캐피털", "인베스트먼트",
    "코퍼레이션", "컴퍼니", "인터내셔널", "항공", "해운", "물산", "상사", "제철", "반도체", "토건",  # companies
    "에프앤비", "커피",  # `하루온에프앤비`, `하루온커피`
    "의대", "치대", "약대", "간호대", "법대", "공대", "음대", "미대", "사범대", "로스쿨",  # `서울대 의대`
    "경찰서", "소방서", "세무서", "보건소",  # `연제경찰서 강력팀장 온새벽 경위`
) + TEAM_NICKNAMES + DEPARTMENT_SUFFIXES

#: Endings of a company's name (`한결종합건설`, `누리전자`, `세진토건`, `한빛(주)`): what `회사 측` can mean.
COMPANY_SUFFIXES: tuple[str, ...] = (
    "그룹", "전자", "텔레콤", "증권", "은행", "보험", "카드", "건설", "토건", "자동차", "중공업", "화학", "제약",
    "바이오", "엔터테인먼트", "모터스", "홀딩스", "파트너스", "테크", "랩스", "시스템스", "에너지", "솔루션",
    "캐피털", "인베스트먼트", "코퍼레이션", "컴퍼니", "인터내셔널", "항공", "해운", "물산", "상사", "제철",
    "반도체", "산업", "조선", "해양", "유통", "식품", "제과", "백화점", "마트", "에프앤비", "커피", "(주)", "㈜",
)

#: Endings of public bodies (a ministry, an agency, a local government, a court): the topic of a
#: story's sentences may be one, but `회사 측` never means it.
PUBLIC_BODY_SUFFIXES: tuple[str, ...] = ("부", "처", "청", "위원회", "정부", "당국", "경찰", "검찰", "법원", "의회",
                                         "시", "군", "구", "도", "공단", "공사")

#: Organisation endings of two syllables or more (`그룹`, `전자`, `위원회`): unlike `사` or `원`, they
#: never end a person's name.
LONG_ORG_SUFFIXES: tuple[str, ...] = tuple(x for x in ORG_SUFFIXES if len(x) >= 2)

#: Nouns naming a kind of work: the words in quotation marks after one are its title, not a body
#: (`영화 ‘새벽의 항구’의 김태현 감독`, `소설 『토지』`).
WORK_NOUNS: frozenset[str] = frozenset(
    ["영화", "신작", "작품", "드라마", "소설", "장편소설", "책", "저서", "신간", "시집", "에세이", "앨범", "정규앨범",
     "미니앨범", "노래", "곡", "신곡", "타이틀곡", "싱글", "뮤지컬", "연극", "오페라", "공연", "전시", "예능", "프로그램",
     "다큐멘터리", "웹툰", "웹소설", "만화", "애니메이션", "시리즈", "게임", "칼럼", "논문", "보고서", "기고문"]
)

#: Endings of events that end like a body (`회`) but are not one: `기자간담회가 열렸다` names no
#: organisation a person could belong to or that could speak.
EVENT_SUFFIXES: tuple[str, ...] = (
    "간담회", "시사회", "설명회", "토론회", "공청회", "보고회", "발표회", "전시회", "박람회", "기념회",
    "환영회", "송년회", "신년회", "축하회", "출판기념회", "대회",
)

#: Subject words that are organisations speaking as a body (quotes are attributed to them).
ORG_SPEAKERS: tuple[str, ...] = (
    "검찰", "경찰", "법원", "재판부", "정부", "당국", "대통령실", "청와대", "국방부", "외교부", "기재부", "회사",
    "업계", "재무성", "백악관", "국무부", "국방부", "크렘린궁", "외무부", "통일부", "소방당국", "보건당국",
    "유엔", "나토", "아세안", "오펙",  # international bodies known by a short name
    "사측",  # the company side in a labour dispute
    "노동계", "경영계", "재계", "산업계", "학계", "의료계", "법조계", "금융권", "정치권", "시민사회",
    "내각", "행정부", "의회", "국회",
)

#: Organisation endings that may fuse with the `장` of a title (`한국만화가협회장` = 한국만화가협회 + 회장).
TITLE_ORG_SUFFIXES: tuple[str, ...] = (
    "협회", "연합회", "협의회", "위원회", "재단", "공단", "공사", "그룹", "학회", "노조", "조합", "병원", "대학교",
    "대학", "대학원", "연구원", "연구소", "은행", "증권", "연맹", "센터", "지검", "지법", "고법", "경찰서", "소방서",
    "박물관", "미술관", "도서관", "본부", "지회", "지부", "연대", "포럼", "학교", "시", "도", "군", "구",
    "공장", "지사", "사업부", "지점",
)

#: Common abbreviations of Korean ministries and parties, expanded for organisation matching.
ORG_ALIASES: dict[str, str] = {
    "산업부": "산업통상자원부", "해수부": "해양수산부", "기재부": "기획재정부", "과기정통부": "과학기술정보통신부",
    "복지부": "보건복지부", "국토부": "국토교통부", "농식품부": "농림축산식품부", "문체부": "문화체육관광부",
    "행안부": "행정안전부", "고용부": "고용노동부", "중기부": "중소벤처기업부", "환경부": "환경부",
    "여가부": "여성가족부", "교육부": "교육부", "민주당": "더불어민주당", "국힘": "국민의힘",
    "질병청": "질병관리청", "식약처": "식품의약품안전처", "금융위": "금융위원회", "금감원": "금융감독원",
    "헌재": "헌법재판소", "대법": "대법원", "중대본": "중앙재난안전대책본부", "인권위": "국가인권위원회",
    "공정위": "공정거래위원회", "방통위": "방송통신위원회", "선관위": "중앙선거관리위원회", "권익위": "국민권익위원회",
    "합참": "합동참모본부", "국정원": "국가정보원", "항우연": "한국항공우주연구원", "국과수": "국립과학수사연구원",
    "원안위": "원자력안전위원회",
}

#: The full names of those bodies: known bodies whatever Kiwi makes of their words (`국민의힘`).
KNOWN_BODY_NAMES: frozenset[str] = frozenset(ORG_ALIASES.values())

# --- particles -----------------------------------------------------------------------------------

#: Particles that can follow a noun phrase, longest first (stripped to get the word's base).
PARTICLES: tuple[str, ...] = tuple(sorted((
    "은", "는", "이", "가", "을", "를", "의", "에", "에게", "에게서", "께", "께서", "께서는", "에서", "에서는",
    "으로", "로", "으로는", "로는", "와", "과", "도", "만", "이나", "나", "이다", "였다", "이었다", "에겐", "한테",
    "이라는", "라는", "이라고", "라고", "처럼", "보다", "까지", "부터", "조차", "마저", "이며", "며", "이고",
    "와의", "과의", "에서의", "으로서", "로서", "으로써", "로써", "이란", "란", "에선", "에는", "에도", "엔",
    "은요", "는요", "인", "측은", "측", "에게는", "에게도", "에서도", "과는", "와는", "으로부터", "로부터",
    "께는", "만은", "만큼", "보다는", "까지는", "이라며", "라며", "이라면서", "라면서", "이었다", "였고", "이었고",
    "이었던", "였던", "이던", "던", "이자", "다", "이지만", "지만", "이었지만", "였지만", "이나", "인데", "였으며",
    "이었으며", "이라", "라", "을요", "를요", "이요", "요", "이며", "이었던", "의", "에선",
), key=len, reverse=True))

#: Particles that make a noun phrase the subject or topic of its clause (the speaker slot).
SUBJECT_PARTICLES: tuple[str, ...] = ("은", "는", "이", "가", "께서", "께서는", "측은", "도")
TOPIC_PARTICLES: tuple[str, ...] = ("은", "는", "께서는", "측은")

# --- metadata ------------------------------------------------------------------------------------

#: Lines containing these are copyright / distribution notices, not article text.
BYLINE_TRAILERS: tuple[str, ...] = (
    "무단전재", "무단 전재", "재배포 금지", "재배포금지", "Copyright", "copyright", "ⓒ", "©",
    "저작권자", "All rights reserved",
)

#: What a byline calls its writer: any word ending in `기자` (`의학전문기자`, `선임기자`) and these.
#: Bracketed tags that say what kind of story it is (`[단독]`, `[인터뷰]`): the article's words, never an
#: outlet's tag to strip.
STORY_KIND_TAGS: tuple[str, ...] = ("단독", "속보", "인터뷰", "분석", "기획", "르포", "사설", "칼럼", "포토", "영상",
                                    "종합", "현장", "해설", "시론", "기고", "특집", "연재", "팩트체크", "이슈")

BYLINE_ROLES: tuple[str, ...] = ("기자", "특파원", "통신원", "PD", "에디터", "논설위원", "칼럼니스트")

#: Newsroom ranks that follow a desk in a byline (`한지우 사회부 차장`, `김철수 경제부장`).
NEWSROOM_RANKS: tuple[str, ...] = ("차장", "부장", "부국장", "국장", "데스크", "기자", "선임기자", "전문기자")

#: Credit words before a byline's name (`글·사진=홍길동 기자`, `정리=홍유나 기자`).
BYLINE_CREDITS: tuple[str, ...] = ("글", "사진", "영상", "그래픽", "정리", "대담", "취재", "진행")

#: Notes in parentheses after a byline (`배준서 기자(외신종합)`).
BYLINE_NOTES: tuple[str, ...] = ("외신종합", "종합", "외신", "공동취재단", "공동취재")

# --- summary -------------------------------------------------------------------------------------

#: Morpheme tags that carry content (for centrality, keywords and redundancy).
CONTENT_TAGS: frozenset[str] = frozenset({"NNG", "NNP", "SL", "SH", "SN", "VV", "VA", "XR", "NR"})
NOUN_TAGS: frozenset[str] = frozenset({"NNG", "NNP", "SL", "SH"})

#: Nouns too common in news to be keywords.
KEYWORD_STOPWORDS: frozenset[str] = frozenset(
    ["것", "수", "등", "때", "중", "이", "그", "저", "곳", "바", "데", "뿐", "점", "측", "관련", "이번", "지난", "오늘", "내일", "어제", "올해", "지금", "이날", "당시", "경우", "정도", "가운데", "대해", "통해", "위해", "이후", "이전", "최근", "현재", "기자", "사진", "제공", "뉴스", "연합뉴스", "뉴시스", "씨", "년", "월", "일", "시", "분", "명", "개", "원", "달러", "억", "조", "만", "천", "백", "대표", "회장", "대통령", "장관", "의원", "감독", "선수", "관계자", "말", "자리", "상황", "생각", "입장", "필요", "가능", "부분", "이상", "이하", "미만", "문제", "내용", "계획", "예정", "전", "후", "간", "내", "외", "오전", "오후", "하루", "주", "번", "차", "건", "위", "가지"]
)

# --- places and modifiers --------------------------------------------------------------------------

#: Countries, regions and cities: proper nouns that are never a person's name.
PLACES: frozenset[str] = frozenset(
    ["한국", "대한민국", "코리아", "미국", "중국", "일본", "북한", "남한", "러시아", "영국", "프랑스", "독일", "이탈리아", "스페인", "캐나다", "호주", "인도", "브라질", "아르헨티나", "멕시코", "이스라엘", "팔레스타인", "가자지구", "이란", "이라크", "사우디", "사우디아라비아", "튀르키예", "터키", "우크라이나", "대만", "홍콩", "베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "몽골", "볼리비아", "칠레", "콜롬비아", "이집트", "유럽", "아시아", "아프리카", "중동", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "수원", "성남", "고양", "용인", "창원", "청주", "천안", "전주", "포항", "평택", "김포", "파주", "런던", "파리", "베를린", "도쿄", "오사카", "베이징", "상하이", "뉴욕", "워싱턴", "모스크바", "키이우", "예루살렘", "브뤼셀", "뉴저지주", "맨체스터", "국내", "해외", "전국", "지방", "수도권",
     "네덜란드", "벨기에", "스웨덴", "노르웨이", "덴마크", "핀란드", "폴란드", "체코", "헝가리", "그리스", "포르투갈", "스위스",
     "오스트리아", "뉴질랜드", "남아공", "나이지리아", "케냐", "카메룬", "세네갈", "모로코", "알제리", "튀니지", "페루",
     "에콰도르", "우루과이", "파라과이", "베네수엘라", "쿠바", "카타르", "쿠웨이트", "요르단", "레바논", "시리아", "예멘",
     "바레인", "아랍에미리트", "파키스탄", "방글라데시", "스리랑카", "네팔", "미얀마", "캄보디아", "라오스", "카자흐스탄",
     "우즈베키스탄", "키르기스스탄", "아제르바이잔", "아르메니아", "벨라루스", "루마니아", "불가리아", "세르비아", "크로아티아",
     "슬로베니아", "슬로바키아", "아일랜드", "스코틀랜드", "아이슬란드", "에스토니아", "라트비아", "리투아니아", "코트디부아르",
     "남해안", "서해안", "동해안", "남부", "북부", "동부", "서부", "중부", "영남", "호남", "충청", "영동", "영서"]
)

#: Words that qualify a title but are not names or organisations (`전 대통령`, `주전 가드`).
TITLE_MODIFIERS: frozenset[str] = frozenset(
    ["전", "현", "신임", "초대", "당시", "역대", "차기", "전직", "현직", "직전", "공동", "주전", "두", "세", "번째", "첫", "새", "수석", "선임", "상임", "명예", "임시", "대행", "전임", "후임", "제", "사실상", "신", "구", "총", "부", "담임"]
)
