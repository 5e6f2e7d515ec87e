"""Bodies: how Korean news names an organisation and what stands for one.

Organisation endings (of companies, public bodies, teams, departments), the bodies a title names,
kinds of body (`법무법인`, `단체`), relation words (`소속사`), organisations that speak as a body
(`검찰은`), abbreviations (`기재부`), the words that stand for a body named before (`이 회사`,
`시는`), and words that end like a body but name something else (events, works, task forces).

Read by the people stage (`people.names`, `people.participants`, `people.bodies`, `people.cast`) and by
the quotes stage (`quotes.extract`: bodies as speakers, transcript labels).
"""

from __future__ import annotations

# --- organisation endings ------------------------------------------------------------------------

#: Team nicknames after a sponsor's name (`한화 이글스`, `울산 HD FC`): the sponsor's name alone (`한화`)
#: is the same team.
TEAM_NICKNAMES: tuple[str, ...] = (
    "위즈", "다이노스", "트윈스", "이글스", "라이온즈", "베어스", "타이거즈", "자이언츠", "랜더스", "히어로즈", "FC",
    "유나이티드", "시티", "스카이워커스", "점보스", "썬더스", "소닉붐", "피버스", "세이커스",
)

#: What a pitcher does to a batter (`김상수를 중견수 뜬공`, `박병호를 3루 땅볼로`; `김민혁에게 볼넷`,
#: `오스틴에게 … 홈런을 맞았다`): in a game story, a batter named so plays for the other team.
OUT_WORDS: tuple[str, ...] = ("뜬공", "땅볼", "삼진", "플라이", "병살", "아웃")
HIT_WORDS: tuple[str, ...] = ("안타", "볼넷", "홈런", "적시타", "루타", "사구")

#: Endings of hospital and university departments (`감염내과`, `도시공학과`): the `과` is part of the
#: word, not the particle `과` ("and"), and the word is part of the organisation.
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "내과", "외과", "학과", "의학과", "치과", "안과", "소아과", "피부과", "부인과", "인후과", "기과", "재활과",
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
    "시청", "군청", "구청", "도청",  # a town's office, and its sports teams (`김천시청 손완호`, `강원도청`)
    "대표팀",  # `한국 대표팀은`, `축구대표팀`: a national team
) + TEAM_NICKNAMES + DEPARTMENT_SUFFIXES

#: Organisation endings of two syllables or more (`그룹`, `전자`, `위원회`): unlike `사` or `원`, they
#: never end a person's name.
LONG_ORG_SUFFIXES: tuple[str, ...] = tuple(x for x in ORG_SUFFIXES if len(x) >= 2)

#: Endings that make a name-shaped word a place or a body (`강남구`, `공정위`, `전경련`, `남대문`): the
#: one-syllable abbreviations and place endings that `ORG_SUFFIXES` leaves out (`위`, `련`, `강`, `산`).
ORG_SUFFIXES_STRICT: tuple[str, ...] = (
    "시", "도", "군", "구", "읍", "면", "국", "청", "당", "부", "사", "실", "원장", "그룹", "협회", "대", "위", "련", "협",
    "궁", "역", "항", "교", "섬", "산", "강", "문",
)

#: Endings of a company's name (`한결종합건설`, `누리전자`, `세진토건`, `한빛(주)`): what `회사 측` can mean.
COMPANY_SUFFIXES: tuple[str, ...] = (
    "그룹", "전자", "텔레콤", "증권", "은행", "보험", "카드", "건설", "토건", "자동차", "중공업", "화학", "제약",
    "바이오", "엔터테인먼트", "모터스", "홀딩스", "파트너스", "테크", "랩스", "시스템스", "에너지", "솔루션",
    "캐피털", "인베스트먼트", "코퍼레이션", "컴퍼니", "인터내셔널", "항공", "해운", "물산", "상사", "제철",
    "반도체", "산업", "조선", "해양", "유통", "식품", "제과", "백화점", "마트", "에프앤비", "커피", "(주)", "㈜",
)

#: Endings of a federation or an association of clubs (`아시아축구연맹`, `한빛축구협회`), which no player or
#: coach of a club is a member of.
FEDERATION_SUFFIXES: tuple[str, ...] = ("연맹", "협회", "연합회")

#: Endings of public bodies (a ministry, an agency, a local government, a court): the topic of a
#: story's sentences may be one, but `회사 측` never means it.
PUBLIC_BODY_SUFFIXES: tuple[str, ...] = ("부", "처", "청", "위원회", "정부", "당국", "경찰", "검찰", "법원", "의회",
                                         "시", "군", "구", "도", "공단", "공사")

#: Organisation endings that may fuse with the `장` of a title (`한국만화가협회장` = 한국만화가협회 + 회장).
TITLE_ORG_SUFFIXES: tuple[str, ...] = (
    "협회", "연합회", "협의회", "위원회", "재단", "공단", "공사", "그룹", "학회", "노조", "조합", "병원", "대학교",
    "대학", "대학원", "연구원", "연구소", "은행", "증권", "연맹", "센터", "지검", "지청", "지법", "고법", "경찰서", "소방서",
    "박물관", "미술관", "도서관", "본부", "지회", "지부", "연대", "포럼", "학교", "시", "도", "군", "구",
    "공장", "지사", "사업부", "지점",
)

#: Heads of public bodies written onto the body's name, and the ending that name takes: `해양경찰청장`
#: (해양경찰청), `공관위원장` (공관위; a longer name takes the full `위원회`), `금융감독원장` (금융감독원). Not
#: `국장` or `처장`: a 국 or 처 is as often a department of the city, ministry or university the article
#: names (`복지국장`, `기획처장`).
FUSED_HEADS: dict[str, str] = {"청장": "청", "위원장": "위", "원장": "원"}
#: Ministers and their deputies fused to a ministry's name, which ends in one of these (`해양수산부장관`).
FUSED_MINISTERS: dict[str, tuple[str, ...]] = {"장관": ("부", "처"), "차관": ("부", "처")}
#: Heads of a school fused to its short name, which ends in `대` (`서울대총장`, `이대총장`).
FUSED_SCHOOL_HEADS: dict[str, tuple[str, ...]] = {"총장": ("대",), "학장": ("대",)}

# --- bodies a title belongs to -------------------------------------------------------------------

#: Titles that name their body (`천우석 경찰청장`: 경찰청); a place written onto one keeps it
#: (`서울경찰청장`: 서울경찰청).
TITLE_BODIES: dict[str, str] = {
    "경찰청장": "경찰청", "검찰총장": "검찰", "감사원장": "감사원", "대법원장": "대법원", "국회의장": "국회",
    "헌법재판소장": "헌법재판소", "교육감": "교육청", "지검장": "지검", "소방서장": "소방서", "경찰서장": "경찰서",
    "소방청장": "소방청", "국세청장": "국세청", "관세청장": "관세청", "통계청장": "통계청", "기상청장": "기상청",
}

#: Heads of local government and their deputies, and the ending of the body they head: `윤창식 군수`
#: (or `예창근 부시장`) named without a body heads the county (the city) named before them.
LOCAL_HEADS: dict[str, str] = {"군수": "군", "시장": "시", "구청장": "구", "도지사": "도", "부군수": "군", "부시장": "시",
                               "부구청장": "구", "부지사": "도", "행정부지사": "도", "경제부지사": "도"}

#: Titles of a council's members, and the ending of the council's name each one sits in (`의원` any
#: council, `군의원` a county's): `선주헌·김대경 의원` named without a body sit in the local council the story
#: names before them (`제9대 영월군의회 후반기 …`).
COUNCIL_SEATS: dict[str, str] = {"의원": "의회", "의장": "의회", "부의장": "의회", "군의장": "군의회",
                                 "시의장": "시의회", "구의장": "구의회", "도의장": "도의회", "군의원": "군의회",
                                 "시의원": "시의회", "구의원": "구의회", "도의원": "도의회"}

#: Judges' titles, and the endings of courts' names: a judge named without a court belongs to the
#: court named last (`서울남부지법 형사합의11부 심리로 …`, then `재판장인 서경민 부장판사는`).
JUDGE_TITLES: tuple[str, ...] = ("판사", "재판장", "대법관", "헌법재판관")
#: A judge's part in one case, written before their name and rank in a court's parenthesis (`대법원
#: 2부(주심 염하늘 대법관)`): no title of its own.
CASE_ROLES: frozenset[str] = frozenset(["주심"])
COURT_SUFFIXES: tuple[str, ...] = ("지법", "지방법원", "고법", "고등법원", "법원", "가정법원", "행정법원", "대법원")

# --- kinds of body and known bodies --------------------------------------------------------------

#: Nouns naming the legal kind of a body, written before its name (`법무법인 한결`, `사단법인 …`):
#: the word after one is the body's name, whatever Kiwi calls it (`사단법인 나눔`).
ORG_KIND_NOUNS: frozenset[str] = frozenset(
    ["법무법인", "회계법인", "세무법인", "사단법인", "재단법인", "학교법인", "의료법인", "사회복지법인", "특허법인",
     "노무법인", "주식회사", "유한회사"]
)

#: Nouns for a band of performers (`걸그룹 오마이걸`, `밴드 잔나비`): the name after one is the group's, no
#: one person's (the entity model, trained where groups count as people, reads some as names).
PERFORMING_GROUP_NOUNS: frozenset[str] = frozenset(
    ["그룹", "걸그룹", "보이그룹", "혼성그룹", "아이돌그룹", "밴드", "록밴드", "듀오", "트리오"]
)

#: Nouns for a kind of body, after which a name in quotation marks is that body's name
#: (`지원단체 ‘이주와함께’`, `시민단체 ‘함께하는 사람들’`).
BODY_KIND_NOUNS: tuple[str, ...] = ("단체", "기관", "재단", "협회", "모임", "연대", "기업", "업체", "법인", "조합",
                                    "동아리")

#: Nouns that say how a body is related to something named before it, not part of its name
#: (`LUMINA의 소속사 블루웨이브엔터테인먼트 한승민 대표` → 블루웨이브엔터테인먼트).
#: A performer's agency: `NAME의 소속사 BODY` names the body NAME belongs to.
AGENCY = "소속사"
ORG_RELATION_NOUNS: tuple[str, ...] = (AGENCY, "모회사", "자회사", "계열사", "운영사", "제작사", "배급사", "시행사", "시공사",
                                        "소속팀", "원소속팀", "친정팀", "상대팀", "구단", "팀")

#: What an administration is called after its leader (`문재인 정부`, `푸틴 정권`, `바이든 행정부`): the name
#: before one of these words is a person the story refers to.
ADMINISTRATION_WORDS: tuple[str, ...] = ("정부", "정권", "행정부")

#: Subject words that are organisations speaking as a body (quotes are attributed to them).
ORG_SPEAKERS: tuple[str, ...] = (
    "검찰", "경찰", "법원", "재판부", "정부", "당국", "대통령실", "청와대", "국방부", "외교부", "기재부", "회사",
    "업계", "재무성", "백악관", "국무부", "크렘린궁", "외무부", "통일부", "소방당국", "보건당국",
    "유엔", "나토", "아세안", "오펙",  # international bodies known by a short name
    "사측",  # the company side in a labour dispute
    "노동계", "경영계", "재계", "산업계", "학계", "의료계", "법조계", "금융권", "정치권", "시민사회",
    "내각", "행정부", "의회", "국회",
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

#: Korea's political parties, now and in the years news archives cover (`ORG_ALIASES` spells out short names).
PARTY_NAMES: frozenset[str] = frozenset([
    "더불어민주당", "국민의힘", "조국혁신당", "개혁신당", "진보당", "정의당", "기본소득당", "사회민주당", "녹색정의당",
    "자유한국당", "미래통합당", "새누리당", "한나라당", "바른정당", "바른미래당", "국민의당", "민생당", "민주평화당",
    "새정치민주연합", "민주통합당", "열린우리당", "통합진보당", "민주노동당", "자유선진당", "새천년민주당", "자유민주연합",
])

#: The full names of those bodies: known bodies whatever Kiwi makes of their words (`국민의힘`).
KNOWN_BODY_NAMES: frozenset[str] = frozenset(ORG_ALIASES.values())

#: The English article `the`, transliterated, opening a foreign body's name (`디 애슬레틱`, `더 타임스`):
#: part of the name, though no word of a body on its own.
FOREIGN_ARTICLES: frozenset[str] = frozenset({"더", "디"})

# --- words that stand for a body named before ----------------------------------------------------

#: Abbreviations the gazetteer knows as bodies that, right before a player's name, are the player's
#: status instead (`FA 류현진`: a free agent, 자유계약선수; `FA 자격`, `FA 시장`).
STATUS_ABBREVIATIONS: frozenset[str] = frozenset(["FA"])

#: Generic names of a body that, after a pointing word (`같은 당`, `이 단체`, `해당 업체`), mean
#: the body of that kind named before: the party of the last party member, the last organisation.
GENERIC_BODIES: frozenset[str] = frozenset(["당", "단체", "기관", "회사", "업체", "구단", "학교", "병원", "협회", "노조",
                                             "방송", "방송사", "신문", "대학"])
#: Of those, the kinds whose bodies always say the kind in their name (`더불어민주당`, `충북한울방송`): with
#: none of that kind named before, `같은 당` or `이 방송` points to no body (`단체` may be any body).
NAMED_GENERIC_BODIES: frozenset[str] = frozenset(["당", "학교", "병원", "협회", "노조", "방송", "방송사", "신문", "대학"])
#: Words that point back before one of those (`같은 당`, `이 단체`, `해당 업체`, `이 같은 단체`).
POINTING_WORDS: frozenset[str] = frozenset(["같은", "이", "그", "해당", "이 같은"])

#: How a story counts the bodies it named together before (`3개 협회는`, `두 회사는`): the number words
#: before a kind of body (`GROUP_KINDS`); `양사` ("both companies") is one word.
GROUP_COUNTS: dict[str, int] = {"양": 2, "두": 2, "세": 3, "네": 4, "다섯": 5}
GROUP_WORDS: dict[str, int] = {"양사": 2}
#: The kinds of body a story counts so, besides `BODY_KIND_NOUNS`.
GROUP_KINDS: tuple[str, ...] = ("회사", "기관", "구단", "대학", "학교", "은행", "부처", "지자체", "정당", "노조")

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
LEADS_ORG: tuple[str, ...] = ("이끄는", "이끈", "이끌고 있는", "이끌었던", "지휘하는", "지휘한", "맡고 있는", "맡은")
#: What ties a person to the body written before it: the body's particle, and the words after it (each
#: the start of a word): `뉴욕 양키스에 입단한`, `부천 하나원큐로 이적했다`, `애틀랜타 드라이브GC와 계약하며`,
#: `청주 KB의 지명을 받은`, `신한은행 유니폼을 입게 된`, `JDG에 소속된`, `우성종합건설 소속의`,
#: `정관장에 새 둥지를 튼`, `레알 마드리드에서 뛰는`, `신한은행 선수가 된`. (`""`: no particle.)
JOINS_BODY: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset(["에"]), ("입단",)),
    (frozenset(["에"]), ("소속",)),
    (frozenset(["에"]), ("지명",)),
    (frozenset(["에"]), ("새", "둥지")),
    (frozenset(["로", "으로"]), ("이적",)),
    (frozenset(["와", "과"]), ("계약",)),
    (frozenset(["의"]), ("지명을",)),
    (frozenset(["", "의"]), ("유니폼을",)),
    (frozenset(["", "의"]), ("선수가", "된")),
    (frozenset([""]), ("소속",)),
    (frozenset(["에서"]), ("뛰",)),
)
#: Words after `A와` that put A beside the subject in the body named before with `에서` (`브루클린 네츠에서
#: 제임스 하든, 카이리 어빙과 함께 슈퍼팀을 꾸렸다`, `파리 생제르맹(PSG)에서 이강인과 호흡하는`): A is of that body.
SHARES_BODY: tuple[str, ...] = ("함께", "호흡")
#: Verbs a body signs someone with, the person their object (`울버햄튼이 … 황희찬(26)을 완전 영입했다`,
#: `대전하나시티즌이 제주SK 공격수 서진수를 영입했다`): the person is the subject's now, whatever body is
#: written before their name (the one they leave).
ACQUIRE_VERBS: tuple[str, ...] = ("영입했", "영입하", "영입한", "데려왔", "품었")
#: Words after such a verb that make it an intention, not a fact (`영입하고 싶다`, `영입하려`).
INTENT_WORDS: tuple[str, ...] = ("싶", "추진", "계획", "검토", "노리", "원하", "방침", "예정")
#: Ties that join a body only for its members (players, coaches, people without a title): for an
#: executive, `누리전자와 계약하며` is a deal with another company.
JOINS_ONLY_MEMBERS: tuple[str, ...] = ("계약",)
#: What undoes a tie right after it (`김원형 감독과 계약 해지`).
UNDOES_JOIN: tuple[str, ...] = ("해지", "해제", "종료", "만료", "파기")
#: The word for a club written after a team's name (`두산 구단은`): no part of the name.
CLUB_WORDS: frozenset[str] = frozenset(["구단", "선수단"])
#: What a coach or captain leads, besides a body by its name (`… 국가대표팀을 이끌고 있는 김은정 감독`).
LED_TEAM_ENDINGS: tuple[str, ...] = ("팀", "구단", "선수단")

# --- words that end like a body but are something else -------------------------------------------

#: Groups someone leads for a time without belonging to them (`국정훈 차관이 이끄는 북극항로 전담반`).
TASK_GROUPS: tuple[str, ...] = ("전담반", "전담팀", "태스크포스", "TF", "대표단", "조사단", "점검단", "사절단", "특사단")

#: Words that name a body after a Latin acronym (`KLPGA 투어 어정민 경기위원장`, `KBO 리그`), not alone
#: (`투어는 북미에서 시작된다`).
CIRCUIT_WORDS: tuple[str, ...] = ("투어", "리그")

#: Endings of events that end like a body (`회`) but are not one: `기자간담회가 열렸다` names no
#: organisation a person could belong to or that could speak; nor does a competition (`KOVO컵이 막을 내렸다`).
EVENT_SUFFIXES: tuple[str, ...] = (
    "간담회", "시사회", "설명회", "토론회", "공청회", "보고회", "발표회", "전시회", "박람회", "기념회",
    "환영회", "송년회", "신년회", "축하회", "출판기념회", "대회", "컵", "선수권", "챔피언십",
)

#: Nouns naming a kind of work: the words in quotation marks after one are its title, not a body
#: (`영화 ‘새벽의 항구’의 김태현 감독`, `소설 『토지』`).
WORK_NOUNS: frozenset[str] = frozenset(
    ["영화", "신작", "작품", "드라마", "소설", "장편소설", "책", "저서", "신간", "시집", "에세이", "앨범", "정규앨범",
     "미니앨범", "노래", "곡", "신곡", "타이틀곡", "싱글", "뮤지컬", "연극", "오페라", "공연", "전시", "예능", "프로그램",
     "다큐멘터리", "웹툰", "웹소설", "만화", "애니메이션", "시리즈", "게임", "칼럼", "논문", "보고서", "기고문"]
)

#: Endings of a unit within a body, written between the body and a post (`한국생산기술연구원 희소금속센터 소장`,
#: `한국개발연구원 거시경제연구부 부장`, `전주병원 신경외과 과장`).
UNIT_ENDINGS: tuple[str, ...] = ("센터", "연구소", "연구부", "연구실", "연구단", "본부", "사업부", "부문", "외과", "내과",
                                 "의학과", "학과", "팀")

