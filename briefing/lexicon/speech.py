"""Speech: how Korean news reports what someone said.

Reporting verbs (`말했다`), the endings after a closing quotation mark that make it speech (`”라고`)
or a noun (`”라는`), the nouns for someone's words (`…의 설명이다`), characterising verbs (`“…”로
규정했다`), the words that point back at a quote (`이렇게 말했다`) or carry a speaker over (`그는`), and
the openers that lean on the sentence before.

Read by the quotes stage (`quotes.extract`), by the people stage (`people.bodies`: pronoun subjects)
and by the summary stage (`summary.rank`: a sentence that only frames quotes, or leans back).
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

#: Of those, the endings that make the quotation modify the noun after it (`“…”이라는 입장이다`,
#: `“…”란 설명이다`): with a noun for someone's words (`WORDS_OF_NOUNS`) after it, the quotation is speech.
ADNOMINAL_ENDINGS: tuple[str, ...] = ("라는", "이라는", "는", "란", "이란")

#: Nouns for someone's words after `NAME의` (`조동현 감독의 말이다`, `…라는 게 김 교수의 설명이다`).
WORDS_OF_NOUNS: tuple[str, ...] = (
    "말", "설명", "얘기", "이야기", "주장", "전언", "답", "각오", "소감", "생각", "귀띔", "분석", "지적", "전망",
    "입장", "판단", "평가", "진단", "견해", "시각", "조언", "당부", "질문", "물음", "답변", "사연", "발언", "호소",
    "사유", "이유",
)

#: Adverbs that stand in for the particle 도 after a speaker's name (`임진희 역시 “…”`).
ADDITIVE_ADVERBS: tuple[str, ...] = ("역시", "또한")

#: Verbs that characterise something in the speaker's own words (`“신종 범죄”로 규정했다`), or whose object
#: is the words said (`“… 준비해 줄 것”을 당부했다`, `“… 타당한가”를 따졌다`, `“위하여”를 제창했다`).
CHARACTERISING_VERBS: tuple[str, ...] = (
    "규정", "표현", "지칭", "일컬", "명명", "평가", "비유", "묘사", "칭했", "불렀", "외쳤", "외치", "연호", "요구했",
    "촉구했", "주장했", "답했", "적었", "썼다", "내다봤", "전망했", "예상했", "관측했", "추정했", "기대했",
    "당부했", "당부하", "요청했", "주문했", "호소했", "따졌", "따지", "울부짖", "제창",
)

# --- pointing back -------------------------------------------------------------------------------

#: Words in the sentence after a stand-alone quote that point back at it (`김연아는 이렇게 말했다`).
BACK_POINTERS: tuple[str, ...] = ("이렇게", "이같이", "이와 같이", "이처럼", "다음과 같이")

#: Words between two quotes of one sentence that make the first the theme of an answer
#: (`김 장관은 노조가 “…”고 주장하는 데 대해 “…”고 반박했다`): the second is the topic's own words.
ANSWER_CUES: tuple[str, ...] = ("대해", "관해", "관련해", "맞서")

#: Pronouns that stand for one person, the last spoken of (`그는 “…”`, `그녀가`).
PRONOUNS: tuple[str, ...] = ("그", "그녀")

#: Words opening a sentence that lean on the sentence before it: a pronoun subject (`그는`, `그들은`),
#: a linking word that carries the story on (`이어`, `또`, `그러면서`, `하지만`; not `한편`, which opens
#: a new topic), the back-pointers (`이같이`) and demonstratives (`이에`, `이는`). Without its
#: predecessor such a sentence says little, so a page does not show it as a key point alone
#: (`render.point_pool`).
LEANING_OPENERS: tuple[str, ...] = tuple(dict.fromkeys(
    [p + j for p in PRONOUNS + ("그들",) for j in (("은", "이") if p.endswith("들") else ("는", "가"))
     + ("의", "에게", "도")]
    + ["이들은", "이들이"]
    + ["이어", "이어서", "그러면서", "그러며", "아울러", "또", "또한", "특히", "그러나", "하지만", "다만", "그리고",
       "이와 함께", "동시에", "끝으로", "마지막으로", "덧붙여"]
    + list(BACK_POINTERS)
    + ["이에", "이는", "이를", "이와 관련해", "이에 대해", "이 같은", "이같은", "이 때문에", "이로써", "따라서", "그래서"]
))
