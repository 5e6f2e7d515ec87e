"""People: how Korean news names and describes a person.

Surnames and given-name syllables (what makes a word name-shaped), foreign given names, words that
look like names but are not, honorifics, notes on a name, titles and posts (and the words around
them: qualifiers, deputies, chains, the endings that lead to a name), and the words for people the
article does not name (`한 관계자`, `A씨`, `유족 측`).

Read by the people stage (`people.names`, `people.participants`, `people.bodies`), by the quotes stage
(`quotes.extract`: anonymous sources) and by the summary stage (`summary.keywords`: a keyword is never
only a title or an honorific).
"""

from __future__ import annotations

# --- names ---------------------------------------------------------------------------------------

#: Korean surnames, two-syllable ones first so they match before their first syllable.
#: Korean surnames, two-syllable ones first so they match before their first syllable.
SURNAMES_2: frozenset[str] = frozenset(
    ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "어금", "망절", "장곡"]
)
SURNAMES_1: frozenset[str] = frozenset(
    ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "갈", "단", "견", "당", "시", "화", "창", "옹", "순", "빙", "종", "묵", "후", "초", "판", "평", "뇌", "로", "야", "요", "저", "점", "즙", "증", "섭",
     # North Korean spellings (`리명순`, `림철`, `량만길`)
     "리", "림", "량", "렴", "려", "룡", "륙"]
)

#: Syllables common in Korean given names. A surname plus one or two of these is name-shaped
#: (`안세영`, `강풀`); words with other syllables (`하마스`, `위워크`, `로이터`, `한달간`) are not.
GIVEN_NAME_SYLLABLES: frozenset[str] = frozenset(
    ["가", "각", "강", "개", "건", "걸", "검", "겸", "경", "계", "고", "곤", "관", "광", "교", "구", "국", "군", "권", "귀", "규", "균", "근", "금", "긍", "기", "길", "나", "난", "남", "낭", "내", "녀", "년", "념", "녕", "노", "농", "누", "늘", "니", "다", "단", "담", "당", "덕", "도", "돈", "동", "두", "득", "등", "라", "란", "람", "랑", "래", "량", "려", "력", "련", "렬", "령", "례", "로", "록", "론", "뢰", "료", "룡", "루", "류", "륜", "률", "륭", "름", "리", "린", "림", "립", "마", "만", "매", "맹", "면", "명", "모", "목", "몽", "무", "묵", "문", "미", "민", "밀", "바", "박", "반", "발", "방", "배", "백", "범", "법", "벽", "변", "별", "병", "보", "복", "본", "봉", "부", "분", "붕", "비", "빈", "빛", "사", "산", "삼", "상", "새", "샘", "생", "서", "석", "선", "설", "섭", "성", "세", "소", "솔", "송", "수", "숙", "순", "술", "숭", "슬", "승", "시", "식", "신", "실", "심", "아", "안", "애", "야", "양", "어", "억", "언", "얼", "엄", "업", "여", "역", "연", "열", "염", "엽", "영", "예", "오", "옥", "온", "완", "왕", "요", "용", "우", "욱", "운", "웅", "원", "월", "위", "유", "육", "윤", "율", "융", "은", "을", "음", "응", "의", "이", "익", "인", "일", "임", "자", "작", "잔", "장", "재", "저", "적", "전", "절", "정", "제", "조", "종", "주", "준", "중", "지", "직", "진", "질", "집", "찬", "창", "채", "천", "철", "청", "초", "총", "추", "춘", "충", "치", "칠", "탁", "태", "택", "판", "평", "표", "풍", "필", "하", "학", "한", "함", "항", "해", "행", "향", "헌", "혁", "현", "협", "형", "혜", "호", "홍", "화", "환", "활", "황", "회", "효", "후", "훈", "휘", "휴", "흠", "흥", "희", "힘", "풀", "봄", "결", "꽃", "대"]
)

#: Nouns a character and its actor may stand before (`강선우(조정석 씨) 캐릭터의`, `선우(고경표) 엄마로`):
#: the character's part, or a relative of theirs.
CHARACTER_NOUNS: frozenset[str] = frozenset(["캐릭터", "역", "배역", "역할", "엄마", "아빠", "어머니", "아버지"])

#: Foreign given names that end in `도`, which Kiwi reads as the particle "also" before a family name
#: (`리어나도 디캐프리오의`: 리어나/NNP 도/JX; `감독 에두아르도 베리소는`): read whole where a name follows.
GIVEN_NAMES_IN_DO: frozenset[str] = frozenset(
    ["리어나도", "레오나르도", "에두아르도", "페르난도", "리카르도", "알프레도", "아르만도", "베르나르도",
     "오를란도", "헤라르도", "로나우도", "리날도", "에드가르도", "오스발도", "올랜도"]
)

#: Words that close a foreign name after the family name, a son's or a father's mark (`멜 로하스 주니어`,
#: `페르난도 타티스 주니어`, `켄 그리피 시니어`): the story's short form is the family name before them (`로하스는`).
GENERATIONAL_SUFFIXES: frozenset[str] = frozenset(["주니어", "시니어", "2세", "3세"])

#: Common foreign given names in Hangul. A run of proper nouns that starts with one is a person
#: (`리오넬 메시`, `윌리엄 쿠에바스`) even without a title; `바이에른 뮌헨` is not.
FOREIGN_GIVEN_NAMES: frozenset[str] = frozenset(
    ["존", "잭", "제임스", "짐", "마이클", "마이크", "데이비드", "데이브", "로버트", "밥", "윌리엄", "윌", "빌", "리처드", "토머스", "토마스", "톰", "찰스", "조지", "조", "에릭", "애덤", "아담", "크리스티아누", "크리스티안", "크리스", "킬리안", "엘링", "해리", "마커스", "마르쿠스", "브루노", "카를로스", "루이스", "호세", "후안", "마리아", "안나", "엘리자베스", "도널드", "버락", "블라디미르", "에마뉘엘", "앙겔라", "올라프", "리시", "보리스", "테리사", "저스틴", "스콧", "케빈", "제이슨", "브라이언", "라이언", "앤드루", "앤드류", "앤서니", "안토니오", "마르코", "마테오", "파블로", "페드로", "디에고", "가브리엘", "라파엘", "미겔", "알렉스", "알렉산더", "알렉산드르", "세르게이", "드미트리", "이반", "안드레이", "니콜라", "니콜라스", "피터", "폴", "필립", "필리프", "프랭크", "프레드", "헨리", "잭슨", "조던", "조엘", "조슈아", "벤", "벤자민", "사무엘", "새뮤얼", "다니엘", "대니얼", "매슈", "매튜", "마틴", "마티아스", "막스", "맥스", "오스카", "올리버", "에단", "이선", "노아", "루카스", "루카", "레오", "엔조", "카림", "모하메드", "무함마드", "아흐메드", "알리", "하산", "오마르", "유세프", "빅토르", "로베르트", "로베르토", "마리오", "세르히오", "하비에르", "제니퍼", "제시카", "에밀리", "사라", "새라", "로라", "레이철", "케이트", "캐서린", "킴벌리", "낸시", "힐러리", "카멀라", "캐럴라인", "캐롤라인", "니키", "론", "마코", "일론", "팀", "제프", "마크", "빌리", "샘", "스티브", "스티븐", "사티아", "순다르", "젠슨", "리사", "메리", "앤", "엠마", "올리비아", "소피아",
     "소니"]  # (`소니 그레이`, Sonny Gray: also Sony, which the gazetteer knows as a body)
) | GIVEN_NAMES_IN_DO

#: Endings of event, competition and product names: never the last word of a person's name
#: (`항저우 아시안게임`, `카라바오컵`, `덴마크 오픈`).
NOT_NAME_SUFFIXES: tuple[str, ...] = (
    "게임", "컵", "오픈", "리그", "대회", "시리즈", "올림픽", "챔피언십", "페스티벌", "엑스포", "어워즈", "시상식",
    "플레이오프", "월드컵", "투어", "마스터스", "클래식", "그랑프리", "선수권", "축제", "박람회", "포럼", "쇼",
    "파크", "스타디움", "아레나", "체육관", "극장", "호텔", "센터", "타워", "빌딩", "공항",
)

#: Common nouns shaped like a Korean name (a surname, then name syllables): never a person.
NAME_SHAPED_NOUNS: frozenset[str] = frozenset(
    ["배우자", "경전철", "고분자", "유가족", "조합원", "방문객", "전문가", "장기간", "한동안", "이사회", "정기간", "구성원",
     "신도시", "조사관", "고교생", "임원진", "주민들", "안전망", "전시관", "공무원", "정치인", "지지자", "반대자",
     "최대어", "유망주", "신인상", "상인회", "부녀회", "노인회", "청년회", "번영회", "동창회"]
)

#: Nouns that follow a bare name without making a compound with it (`방수현 등`, `김연아 외`); any
#: other common noun right after a name-shaped proper noun makes one (`고분자 층`).
AFTER_NAME_NOUNS: frozenset[str] = frozenset(
    ["등", "외", "측", "본인", "자신", "가족", "부부", "일가", "선수단", "시절", "시대"]
)
#: A player's count written right after the name (`김인혁 12득점,`, `박병호 2홈런`): the name's phrase ends.
STAT_UNITS: tuple[str, ...] = ("득점", "점", "골", "도움", "어시스트", "리바운드", "블로킹", "안타", "타점", "홈런", "탈삼진",
                               "삼진", "세이브", "승", "패", "이닝", "실점")
#: The units of a player's own figures: not a record of wins and losses, which teams have as often
#: (`피닉스는 2승 1패`, `서울(2-0 승)전`).
PLAYER_STAT_UNITS: tuple[str, ...] = tuple(unit for unit in STAT_UNITS if unit not in ("승", "패"))

#: Words opening a note on a name in parentheses (`강풀(본명 강도영)`, `로버트 김(한국명 김철수)`):
#: never a body. `PSEUDONYM_NOTES` mark a name made up for someone the article keeps anonymous.
NAME_NOTES: frozenset[str] = frozenset(["본명", "한국명", "영문명", "가명", "예명", "필명", "별명", "아명", "법명", "세례명",
                                      "등록명"])
PSEUDONYM_NOTES: frozenset[str] = frozenset(["가명"])
#: Credits in a parenthesis after the title of a film, a drama or a show (`(연출 필감성, 극본 김민성·송한나)`):
#: the people who made it, each under the word for their part.
CREDIT_ROLES: frozenset[str] = frozenset(["연출", "극본", "각본", "감독", "출연", "작사", "작곡", "편곡", "안무",
                                          "원작", "주연", "프로듀서"])
#: The credits that name companies, passed over (`기획 스튜디오드래곤`, `제작 더그레이트쇼`).
CREDIT_COMPANIES: frozenset[str] = frozenset(["기획", "제작", "배급", "제공", "투자", "공동제작"])
#: A person's sex, written beside the age in a parenthesis (`김지우(여·22)씨`): no body.
SEX_MARKERS: frozenset[str] = frozenset(["여", "남", "여성", "남성", "女", "男"])
#: What a parenthesis after a name may say of the person's state that is no body: a defendant's custody
#: (`황보연(62·구속기소)`), a player's retirement or standing in a list of players (`양희종(은퇴)`, `마커스
#: 스트로맨(옵트아웃)`, `(부상)`, `(방출)`), a lawmaker's terms (`(34·초선)`).
PERSON_STATES: frozenset[str] = frozenset(["구속", "구속기소", "불구속", "불구속기소", "구속수감", "수감", "수감중",
                                           "복역", "복역중", "수배", "사망", "별세", "작고", "실종", "은퇴", "현역",
                                           "초선", "재선", "다선", "부상", "방출", "옵트아웃", "계약해지", "임대",
                                           "FA", "자유계약"])

#: Honorifics that follow a bare name (`홍길동 씨`); they are not titles.
HONORIFICS: tuple[str, ...] = ("씨", "군", "양", "옹", "님")
#: The honorific a title takes in respectful speech (`감독님께서는`, `회장님이`): the title holder.
TITLE_HONORIFIC = "님"

#: Of those, the ones after a person the article does not name (`A씨`, `황모씨`, `이모 군`, `피고인 정 씨`):
#: such a source is one person, whom a later `그는` can stand for.
ANONYMOUS_HONORIFICS: tuple[str, ...] = ("씨", "군", "양")

#: Role words in a group (K-pop, bands) that a stage name follows (`리더 하린은`, `멤버 채원은`, `막내
#: 소이는`): a one-word name Kiwi knows as a proper noun right after one is a person.
STAGE_NAME_ROLES: tuple[str, ...] = ("멤버", "리더", "막내", "보컬", "메인보컬", "래퍼", "메인래퍼", "센터")

# --- titles --------------------------------------------------------------------------------------

#: Job titles and roles, matched as the end of a word (경제성장수석 → 수석). Longer entries win.
#: Posts in the state, politics and business: their holders are never `씨` in a later short form.
POSTS: tuple[str, ...] = (
    # state and politics
    "대통령", "부통령", "총리", "국무총리", "부총리", "장관", "차관", "차관보", "수석", "비서관", "비서실장", "실장",
    "보좌관", "대변인", "원내대변인", "수석대변인", "원내대표", "당대표", "대표", "최고위원", "정책위의장",
    "사무총장", "위원장", "부위원장", "위원", "의원", "국회의원", "도의원", "시의원", "군의원", "구의원", "의장", "부의장", "시장", "부시장", "도지사",
    "지사", "부지사", "군수", "구청장", "청장", "차장", "처장", "원장", "부원장", "국장", "과장", "팀장", "본부장", "센터장",
    "소장", "관장", "총장", "부총장", "학장", "교육감", "교육장", "대사", "공사", "영사", "재무관", "감사", "감사원장",
    "검찰총장", "검사", "검사장", "지검장", "지청장", "특별검사", "특검보", "판사", "대법원장", "대법관", "재판장", "헌법재판관", "경찰청장",
    "서장", "총재", "부총재", "행장", "의원장", "공동소집권자", "소집권자", "주석", "국왕", "여왕", "왕세자",
    "총통", "외무장관", "국무장관", "국방장관", "총독", "특사", "특보", "고문", "자문위원", "대행",
    "관방장관", "외무상", "방위상", "재무상", "경제산업상", "문부과학상", "후생노동상", "국토교통상", "법무상",
    "총무상", "외교부장", "국방부장", "상무부장",
    # business
    "회장", "부회장", "사장", "부사장", "전무", "상무", "이사", "대표이사", "이사장", "조합장", "사외이사", "창업자",
    "공동창업자", "창업주", "총괄대표", "최고경영자", "CEO", "CFO", "CTO", "COO", "지점장", "점장", "매니저",
    "부장", "대리", "주임", "부주임", "그룹장", "후보", "후보자", "예비후보", "당선인", "당선자",
    "공장장", "지사장", "법인장", "사업부장", "현장소장",
    # a union's or an association's branch heads (`김현주 광주지부 지부장`, `한국발전기술지부 지회장`)
    "지부장", "지회장", "분회장",
    "연구원", "수석연구원", "책임연구원", "선임연구원", "주임연구원", "수석연구위원", "선임연구위원", "책임연구위원",
    "수석이코노미스트", "애널리스트", "이코노미스트", "전략가", "파트너", "최고재무책임자", "최고기술책임자",
    "최고운영책임자", "최고투자책임자", "최고전략책임자", "최고마케팅책임자", "최고정보책임자", "최고인사책임자",
    "최고디지털책임자", "최고위험책임자", "CIO", "CSO", "CMO", "CDO", "CHRO", "CISO",
)

#: Every title: posts, then professions, ranks and roles (`김철수 변호사`, `투수 김광현`).
#: A player's position (baseball, basketball, football, volleyball): a title of its own, a kind of `선수`
#: (`TITLE_KINDS`), and a member's title (`MEMBER_TITLES`).
_PLAYER_POSITIONS: tuple[str, ...] = (
    "투수", "선발투수", "타자", "포수", "유격수", "내야수", "외야수", "가드", "포워드", "센터", "공격수",
    "1루수", "2루수", "3루수", "좌익수", "중견수", "우익수", "지명타자", "대타", "대주자", "구원투수", "마무리투수",
    "불펜투수", "선발", "마무리", "셋업맨", "클로저", "윙어", "스트라이커", "풀백", "센터백", "윙백", "레프트백", "라이트백",
    "수비수", "미드필더", "골키퍼", "세터", "리베로", "미들블로커", "아웃사이드히터", "윙스파이커",
)

#: A country's posts: the holder of one named with the country before it (`이시바 시게루 일본 총리`) is a
#: foreign leader, so a transliterated word between the name and the country is the name's.
NATIONAL_POSTS: frozenset[str] = frozenset(
    ["총리", "대통령", "부통령", "부총리", "국왕", "여왕", "주석", "국가주석", "총통", "수상", "장관", "외무장관",
     "국무장관", "국방장관", "관방장관", "외무상", "방위상", "외교부장", "대사", "특사"]
)

#: Titles that say a person's standing rather than a post (`한류스타`, `유망주`, `호주교포`): a post the
#: article gives the person elsewhere wins over one (`호주 교포 지민형`, then `전 국가대표 지민형`).
_STANDINGS: tuple[str, ...] = ("톱스타", "한류스타", "스타플레이어", "유망주", "우승자", "메달리스트", "금메달리스트",
                               "은메달리스트", "동메달리스트", "주포", "영건", "교포")
STANDINGS: frozenset[str] = frozenset(_STANDINGS)

TITLES: tuple[str, ...] = POSTS + (
    # professions
    "교수", "부교수", "조교수", "명예교수", "석좌교수", "연구교수", "초빙교수", "겸임교수", "연구위원", "박사",
    "박사과정생", "석사과정생", "박사후연구원", "전임연구원", "연구관", "연구사", "전문의", "전공의", "병원장",
    "주무관", "사무관", "서기관", "행정관", "선임행정관", "순경", "경장", "경사", "경위", "경감", "경정", "총경",
    "경무관", "치안감", "수사관", "조사관", "공보관",
    # a fire service's ranks, as a police force's (`소방사` is no company, `소방교` no school)
    "소방사", "소방교", "소방장", "소방위", "소방경", "소방령", "소방정", "소방준감", "소방감", "소방정감", "소방총감",
    "심의관", "조정관", "기획관", "협력관", "감사관", "참사관", "장학관",  # a ministry's or an embassy's posts
    "교사", "담임교사", "학생", "교장", "교감", "원감", "강사", "장학사", "예보관", "예보분석관", "분석관",
    "재판관", "담당관", "기획예산담당관", "정책관", "경기위원장", "경기위원", "경기감독관", "제1부상", "사진가",
    "사진작가", "큐레이터", "학예사", "학예연구사",
    "미술가", "설치미술가", "조각가", "문정관", "부문장",
    "직장인", "농민", "어민",
    "변호사", "변호인", "회계사", "세무사", "의사", "간호사",
    "약사", "작가", "소설가", "번역가", "통역사", "시인", "화가", "만화가", "감독", "코치", "단장", "구단주", "선수", "주장",
    *_PLAYER_POSITIONS, "에이스", "리드오프",
    "배우", "가수", "앵커", "아나운서", "평론가", "칼럼니스트", "목사", "신부", "스님",
    "주교", "추기경", "교황", "노동자", "활동가", "상임대표", "공동대표", "집행위원장", "사무국장", "사무처장", "편집국장", "국무위원장",
    "개그맨", "개그우먼", "코미디언", "방송인", "모델", "래퍼", "프로듀서", "작곡가", "작사가", "성우", "유튜버",
    "셰프", "디자이너", "안무가", "연출가", "극작가", "영화감독", "PD", "피디", "CP", "캐디", "멤버", "리더", "보컬", "MC",
    "DJ", "사회자", "진행자", "감독대행", "수석코치", "타격코치", "투수코치", "트레이너",
    # e-sports positions (`정글러`, `원거리 딜러`: the word before the last qualifies it)
    "정글러", "미드라이너", "탑라이너", "원딜", "딜러", "서포터",
    "이병", "일병", "상병", "병장", "하사", "중사", "상사", "소위", "중위", "대위", "소령", "중령", "대령",
    "준장", "중장", "대장", "사령관", "합참의장",  # (`소장`, a major general, is a post)
    "원사", "준위", "장군", "소대장", "참모장", "교관",
    # posts and occupations konec's annotated news names as positions and occupations (tune half)
    "비서", "반장", "은행장", "보안관", "부기장", "승무원", "조종사", "경찰관", "소방관", "경호원", "공무원",
    "회사원", "외교관", "연기자", "무용수", "아티스트", "에이전트", "캐스터", "개발자",
    "여사",  # a title of respect for a married woman (`김정숙 여사`)
    # a person's standing or field written as the title before the name (`한류스타 류시원`, `피겨 유망주
    # 김해진`, `주포 케빈 듀란트`, `심리학자 폴 에크먼`): titles by the annotation guide, missed on the tune
    # parts of the real-news set and of konec's news sentences (`스타` alone ends group names: 씨스타)
    *_STANDINGS, "학자", "전문가", "여가수", "여배우", "조합원", "통보관", "장교",
)
#: The same, for lookups of a whole word.
TITLE_SET: frozenset[str] = frozenset(TITLES)

#: Word endings of a portfolio that qualifies the title after it (`통상담당 집행위원`, `정무담당 차관`):
#: part of the title, never of the organisation.
TITLE_QUALIFIER_SUFFIXES: tuple[str, ...] = ("담당",)
#: What a coach coaches (`내야수비 코치`, `배터리 코치`): written before `코치`, part of the title.
COACH_DOMAINS: tuple[str, ...] = ("수비", "타격", "투수", "주루", "작전", "배터리", "불펜", "수석", "컨디셔닝",
                                  "트레이닝", "피지컬", "골키퍼")

#: Words opening a parenthesis after a title that give the person's present post (`전 장관(현 …
#: 이사장)`): a later short form may use either title.
CURRENT_POST_MARKERS: frozenset[str] = frozenset(["현", "現", "현재"])

#: Prefixes that make a title another, lower post (`부사장` is not a `사장`, `부위원장` not a `위원장`):
#: a short form with the shorter title does not refer back to the longer one.
DEPUTY_PREFIXES: tuple[str, ...] = ("부",)

#: General titles a later short form may use for a more specific one (`소설가 서하윤`, then `서 작가는`).
TITLE_KINDS: dict[str, frozenset[str]] = {
    "작가": frozenset(["소설가", "시인", "극작가", "동화작가", "웹툰작가", "만화가", "수필가", "에세이스트", "방송작가"]),
    "선수": frozenset(_PLAYER_POSITIONS),
}

#: Titles that are as often a common word after a noun: `공사` is a diplomat's rank and construction
#: (`하수관 공사가`, `가드레일 공사가`), `마무리` a closer and a wrap-up (`가고시마 마무리 캠프`); a word before
#: one is a name only where the entity model is sure of it.
HOMONYM_TITLES: frozenset[str] = frozenset(["공사", "마무리"])

#: Titles that qualify a title right after them (`선발 투수`: a starting pitcher; `마무리 투수`, a closer) and
#: stand alone otherwise (`kt 선발 웨스 벤자민`, `마무리 이용찬`).
QUALIFYING_TITLES: frozenset[str] = frozenset(["선발", "마무리"])

#: Two title words that make one title (`대표이사 사장`, `감독 대행`, `장관 후보자`): a first word
#: ending in one of the first tuple, or a second word ending in one of the second. Other pairs are
#: two people (`김철수 의원 보좌관` is the member's aide).
TITLE_CHAINS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("대표이사",),
    ("대행", "후보자", "후보", "당선인", "당선자"),
)

#: Titles of people who belong to a team or company the story is about (a player's position, a
#: founder): a holder named without an organisation takes the body that is the sentence's topic.
MEMBER_TITLES: tuple[str, ...] = (
    "선수", "주장", "코치", *_PLAYER_POSITIONS, "에이스", "주포", "영건", "블로커", "창업자", "창업주", "직원",
    "감독", "단장", "구단주", "리더", "멤버", "보컬", "메인보컬", "래퍼", "메인래퍼", "막내", "감독대행",
)

#: The posts of those who run a team (`감독`, `단장`): the players they speak of in their own sentence
#: are their team's (`로버츠 감독이 … 류현진(32)을 위로했다`).
COACH_TITLES: frozenset[str] = frozenset(["감독", "감독대행", "단장", "사령탑"])

#: Posts that exist only inside a political party (its floor leader, its supreme council, its leader): a
#: holder named without a body belongs to the one party the story names (`원내대변인`, `당대표 후보`).
PARTY_POSTS: frozenset[str] = frozenset(["원내대표", "원내대변인", "수석대변인", "원내수석대변인", "최고위원", "당대표",
                                         "정책위의장", "비대위원장", "원내수석부대표", "원내부대표"])

#: Posts that exist only inside a body (a spokesperson, a ministry's director): a holder named without
#: one belongs to the body the sentence, or the one before, is about (`대통령실은 …. 편서린 대변인은`).
STAFF_TITLES: tuple[str, ...] = ("대변인", "정책관", "공보관", "담당관", "비서관", "행정관", "심의관", "조정관", "기획관",
                                  "협력관")

#: The titles of a company's head (`회장`, `대표이사`): a holder named without a body, opening the sentence
#: after one whose topic is a company (`금성백조는 … 시무식을 진행했다. 정성욱 회장은`), heads it.
COMPANY_HEAD_TITLES: frozenset[str] = frozenset(["회장", "부회장", "사장", "부사장", "대표", "대표이사", "CEO",
                                                 "최고경영자"])

#: The endings of the names of schools and of universities (`용암초`, `마령고`, `한국기술교육대학교`).
SCHOOL_ENDINGS: tuple[str, ...] = ("초", "중", "고", "고교", "학교", "초교")
UNIVERSITY_ENDINGS: tuple[str, ...] = ("대학교", "대학", "대", "대학원")

#: The posts of a body's own people, and the endings of the names of the bodies each is held in (empty:
#: any body that is no public office): in a story whose first sentence is about a body (`성남문화재단이 창립
#: 20주년을 맞아 … 기념식을 열고`, `용암초는 … 졸업식을 개최했다`), a holder named with the post alone
#: (`서정림 대표이사는`, `김명자 교장은`) holds it in that body, the host. A post ending in `처장` is a
#: university office's (`학생처장`).
HOST_POSTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(["대표이사", "대표", "사장", "부사장", "회장", "부회장", "이사장", "부이사장", "이사", "전무",
                     "상무", "단장", "구단주"], ()),
    **dict.fromkeys(["교장", "교감"], SCHOOL_ENDINGS),
    **dict.fromkeys(["총장", "부총장", "학장", "처장"], UNIVERSITY_ENDINGS),
    "조합장": ("협", "조합"),  # a cooperative's (`해남군수협`, `서산축협`, `○○영농조합`)
}

#: Awards named after the one who wins them, and the title each says its winner holds (`△최우수선수상
#: 지의수(중경고)`: a player; `최우수심판상 장근재·김대석`: referees). An award named after the one who gives it
#: (`학교장상`, `국무총리상`) gives its winner no title; either kind is no body (`names.is_award`).
ROLE_AWARDS: dict[str, str] = {"선수상": "선수", "감독상": "감독", "코치상": "코치", "심판상": "심판", "지도자상": "지도자"}

#: Words that end like a title but name a body or a place: `과학기술정보통신부` (not a `신부`, a priest),
#: `본회의장` (the plenary hall, not an `의장`; `국회의장` is one), `운영사` (an operator, not a `영사`),
#: `재활의학과의원` (a clinic: a medical department + 의원, not a lawmaker).
TITLE_LOOKALIKES: tuple[str, ...] = ("통신부", "본회의장", "전원회의장", "운영사", "과의원")

#: `출신` ("comes from"): what is written before it is a person's background (`국가대표 출신 언더 투수`,
#: `에드워드 게이밍 출신 원거리 딜러`), not the body they belong to nor a part of their title.
BACKGROUND = "출신"

#: Words that qualify a title but are not names or organisations (`전 대통령`, `주전 가드`).
TITLE_MODIFIERS: frozenset[str] = frozenset(
    ["전", "현", "신임", "초대", "당시", "역대", "차기", "전직", "현직", "직전", "공동", "주전", "두", "세", "번째", "첫", "새", "수석", "선임", "상임", "명예", "임시", "대행", "전임", "후임", "선대", "제", "사실상", "신", "구", "총", "부", "담임",
     # a pitcher's throwing hand (`우완 영건 신민혁`: Kiwi may read `우완` as a proper noun there)
     "우완", "좌완",
     # a national team's player (`국가대표 세터 이다영`): what the player is, no body of theirs
     "국가대표"]
)

#: Endings of a title word that introduce the name after it (`감독이었던 프랭크 오'파렐`, `대표인 김철수`).
TITLE_THEN_NAME_ENDINGS: tuple[str, ...] = ("이었던", "였던", "이던", "인", "이자")
#: The word opening a parenthesis after the last name of a list that says what follows of all of them
#: (`후벵 디아스, 요슈코 그바르디올(이상 맨체스터 시티)`: "all of the above").
LIST_SCOPE = "이상"

# --- people the article does not name ------------------------------------------------------------

#: Nouns that make an unnamed speaker a descriptor (`한 관계자`, `업계 관계자`).
ANONYMOUS_HEADS: tuple[str, ...] = (
    "관계자", "소식통", "당국자", "고위 관계자", "측근", "전문가", "관계자들", "전문가들", "관측통", "인사",
    "주민", "시민", "상인", "학부모", "청취자", "네티즌", "누리꾼", "개발자", "직원", "공무원", "참석자",
    "임원", "간부", "당직자", "실무자", "담당자", "종사자", "대리인", "변호인", "변호인단",
)
#: Nouns of someone who puts a question unnamed (`한국 기자의 질문에`, `장내 아나운서의 질문에`, `현지 기자로부터
#: “…”는 질문을 받았다`): the question is that source's words.
QUESTIONER_HEADS: tuple[str, ...] = (
    "기자", "기자들", "취재진", "아나운서", "사회자", "진행자", "앵커", "팬", "팬들", "관객", "관중", "청중", "시청자",
    "어린이", "학생", "학생들", *ANONYMOUS_HEADS,
)
#: Heads of `ANONYMOUS_HEADS` that are an unnamed source only with words before them (`여권 인사`, `모
#: 인사`): alone, `인사` is a greeting (`팬들을 향한 인사도 잊지 않았다`).
QUALIFIED_ANONYMOUS_HEADS: frozenset[str] = frozenset(["인사"])

#: People (not bodies) whose side speaks as `X 측은`: an anonymous source (`유족 측은`, `피해자 측은`).
PEOPLE_SIDES: frozenset[str] = frozenset(
    ["유족", "유가족", "피해자", "피해자들", "가족", "가족들", "유족들", "피고인", "변호인", "원고", "피고", "환자", "환자들"]
)

#: Endings of nouns of an occasion, where words are said, not who says them (`국정감사에서는 “…”`,
#: `간담회에서는`, `기자회견에선`): no circle a source comes from.
OCCASION_ENDINGS: tuple[str, ...] = (
    "감사", "국감", "회의", "회견", "간담회", "토론회", "청문회", "설명회", "공청회", "세미나", "포럼", "행사",
    "대회", "시상식", "발표회", "총회", "집회", "재판", "공판", "브리핑", "인터뷰", "미디어데이",
)

#: Pronouns and reflexives that are never a speaker's name (`자신들이`, `이들은`).
NON_SPEAKER_NOUNS: frozenset[str] = frozenset(
    ["자신", "자신들", "자기", "본인", "스스로", "우리", "저희", "이들", "그들", "이것", "그것", "이는", "누구", "모두", "대부분", "일부", "양측", "양사", "양국", "양당", "양자", "노사", "여야", "양대", "서로", "각자", "이번", "이날", "당시", "그때", "이후", "이전", "결과", "관계", "경우", "때문", "가능성", "필요", "문제", "상황", "분위기", "목소리", "지적", "의견", "평가", "분석", "전망", "관측", "우려", "기대", "비판", "반응", "여론"]
)

#: Endings of nouns of a measure or a quality (`활동량`, `승률`, `지지율`, `경기력`, `자신감`, `기대치`, `구속`): no one who
#: could speak (`정승원의 활동량은 “나쁘지 않았다”고 평가했다`: what the speaker judges). Not `성` (`여성`)
#: nor `도` (`신도`), which end people too; `세력` is left to speak.
MEASURE_ENDINGS: tuple[str, ...] = ("량", "률", "율", "력", "감", "치", "속")
#: Those of `MEASURE_ENDINGS` that end no one at two syllables either (`구속`, `풍속`; but `정치`, `경력`).
SHORT_MEASURE_ENDINGS: tuple[str, ...] = ("속",)

#: Words that report a death (`별세했다`, `숨졌다`): `고인` is the person such a sentence names.
DEATH_VERBS: tuple[str, ...] = ("별세", "타계", "영면", "숨졌", "숨져", "세상을", "작고", "서거", "사망했")
