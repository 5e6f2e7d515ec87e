"""News: the newsroom's own words around an article.

Copyright trailers, story-kind tags (`[단독]`), what a byline calls its writer (`기자`, `특파원`), the
newsroom ranks and credit words of a byline, notes after one (`(외신종합)`), and the titles that never
make their holder a participant.

Read by the text stage (`text.bylines`: byline and credit lines), by the people stage (`people.names`,
`people.participants`: reporters are not participants) and by the summary stage (`summary.keywords`).
"""

from __future__ import annotations

#: Lines containing these are copyright / distribution notices, not article text.
BYLINE_TRAILERS: tuple[str, ...] = (
    "무단전재", "무단 전재", "재배포 금지", "재배포금지", "Copyright", "copyright", "ⓒ", "©",
    "저작권자", "All rights reserved",
)

#: Bracketed tags that say what kind of story it is (`[단독]`, `[인터뷰]`): the article's words, never an
#: outlet's tag to strip.
STORY_KIND_TAGS: tuple[str, ...] = ("단독", "속보", "인터뷰", "분석", "기획", "르포", "사설", "칼럼", "포토", "영상",
                                    "종합", "현장", "해설", "시론", "기고", "특집", "연재", "팩트체크", "이슈")

#: What a byline calls its writer: any word ending in `기자` (`의학전문기자`, `선임기자`) and these.
BYLINE_ROLES: tuple[str, ...] = ("기자", "특파원", "통신원", "PD", "에디터", "논설위원", "칼럼니스트")

#: Newsroom ranks that follow a desk in a byline (`한지우 사회부 차장`, `김철수 경제부장`).
NEWSROOM_RANKS: tuple[str, ...] = ("차장", "부장", "부국장", "국장", "데스크", "기자", "선임기자", "전문기자")

#: Credit words before a byline's name (`글·사진=홍길동 기자`, `정리=홍유나 기자`).
BYLINE_CREDITS: tuple[str, ...] = ("글", "사진", "영상", "그래픽", "일러스트", "디자인", "촬영", "정리", "대담", "취재", "진행")

#: Notes in parentheses after a byline (`배준서 기자(외신종합)`).
BYLINE_NOTES: tuple[str, ...] = ("외신종합", "종합", "외신", "공동취재단", "공동취재")

#: Titles that never make their holder a participant (the byline and photo credits).
#: (A `PD` is a participant in the body, `국재민 PD는 말했다`; a PD's credit line is a byline, `BYLINE_ROLES`.)
EXCLUDED_TITLES: frozenset[str] = frozenset({"기자", "특파원", "통신원", "사진기자", "인턴기자", "객원기자"})
#: The broadcaster's own presenters, who open a turn of a news script (`김유영 앵커>`): its credits, no
#: participants, like a reporter's (`문기혁 기자>`). Named in the narration (`손석희 앵커는`), they are.
BROADCAST_HOSTS: tuple[str, ...] = ("앵커", "아나운서", "캐스터")
#: Labels a news script puts before a line of words no one in it is named for (`[해설] "…"`, `<녹취> "…"`):
#: the game's commentator, a recording, the sound of the scene. The label is the speaker.
BROADCAST_VOICES: tuple[str, ...] = ("해설", "해설자", "녹취", "현장음", "중계")
#: Words a script may write before the mark of a clip (`<현장 인터뷰>`, `[전화 인터뷰]`, `(화상 인터뷰)`): where or
#: how the words were taken; the mark is still the interview's.
CLIP_QUALIFIERS: tuple[str, ...] = ("현장", "전화", "화상")


#: Korea's broadcasting channels, as stories write them (`KBS2`, `KBS 2TV`, `tvN`): the body of a producer
#: named without one (`PRODUCER_TITLES`) in a story about their programme.
BROADCASTERS: frozenset[str] = frozenset([
    "KBS", "KBS1", "KBS2", "KBS 1TV", "KBS 2TV", "MBC", "SBS", "EBS", "tvN", "JTBC", "MBN", "TV조선", "채널A",
    "Mnet", "OCN", "ENA", "MBC every1", "SBS플러스", "JTBC2", "tvN STORY", "KBS joy", "E채널", "MBC M", "SBS M",
])

#: Titles of a programme's producers (`나영석 PD`, `김상미 CP`).
PRODUCER_TITLES: tuple[str, ...] = ("PD", "피디", "CP")
