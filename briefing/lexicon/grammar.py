"""Grammar: particles and the small closed classes of words around a noun phrase.

The particles a word may end with (`PARTICLES`, stripped to find its base) and the groups of them the
rules tell apart: topic (`은`/`는`), subject (`이`/`가`), where words come from (`에선`), place
(`에서`), listing (`와`/`과`). Then the verbs that take a complement marked like a subject
(`아니다`, `되다`), determiners and demonstratives (`이`, `그`, `해당`) and time and linking words
(`이날`, `이어`) that stand before a name but are never part of one.

Read by the people stage (`people.names`, `people.participants`, `people.bodies`) and by the quotes
stage (`quotes.extract`: who is the topic or subject next to a quote).
"""

from __future__ import annotations

# --- particles -----------------------------------------------------------------------------------

#: Particles that can follow a noun phrase, longest first (stripped to get the word's base).
PARTICLES: tuple[str, ...] = tuple(sorted((
    "은", "는", "이", "가", "을", "를", "의", "에", "에게", "에게서", "께", "께서", "께서는", "에서", "에서는",
    "으로", "로", "으로는", "로는", "와", "과", "도", "만", "이나", "나", "이다", "였다", "이었다", "에겐", "한테",
    "이라는", "라는", "이라고", "라고", "처럼", "보다", "까지", "부터", "조차", "마저", "이며", "며", "이고",
    "와의", "과의", "에서의", "으로서", "로서", "으로써", "로써", "이란", "란", "에선", "에는", "에도", "엔",
    "은요", "는요", "인", "측은", "측", "에게는", "에게도", "에서도", "과는", "와는", "으로부터", "로부터",
    "께는", "만은", "만큼", "보다는", "까지는", "이라며", "라며", "이라면서", "라면서", "였고", "이었고",
    "이었던", "였던", "이던", "던", "이자", "다", "이지만", "지만", "이었지만", "였지만", "인데", "였으며",
    "이었으며", "이라", "라", "을요", "를요", "이요", "요",
), key=len, reverse=True))

#: Particles that make a noun phrase the topic of its clause (`김 장관은`, `회사 측은`).
TOPIC_PARTICLES: tuple[str, ...] = ("은", "는", "께서는", "측은", "은요", "는요")

#: Particles that make a noun phrase the subject of its clause (`파월 의장이`, `회사 측이`; `도` too).
SUBJECT_PARTICLES: tuple[str, ...] = ("이", "가", "께서", "도", "측이")

#: The speaker slot: a noun phrase with either kind of particle may be who speaks.
SPEAKER_PARTICLES: tuple[str, ...] = TOPIC_PARTICLES + SUBJECT_PARTICLES

#: Particles that make a noun phrase the object of its clause (`김승기를 감독으로 선임했다`).
OBJECT_PARTICLES: tuple[str, ...] = ("을", "를")

#: Particles that make a person the new topic between two quotes (`하이든 대통령도 … 언급했다. “…”`):
#: the plain topic and subject particles, not the honorific or `측` ones.
NEW_TOPIC_PARTICLES: tuple[str, ...] = ("은", "는", "이", "가", "도")

#: Particles of a noun that names where words come from (`업계에선`, `정치권에서는`).
SOURCE_PARTICLES: tuple[str, ...] = ("에서는", "에선", "에서도", "사이에서는", "사이에선")

#: Particles after a title word that make it a place or a thing, not a person (`시장에서는`).
PLACE_PARTICLES: frozenset[str] = frozenset(["에서", "에서는", "에서도", "에", "에는", "에도", "으로", "로", "으로는",
                                             "로는", "에선", "까지", "부터", "에게서", "처럼"])

#: Words after `에` that make the noun before it what is spoken of, the source, or what something
#: follows or is compared with, not a place (`김민수 교수에 따르면`, `오정연 아나운서에 대해`, `김진 감독에
#: 이어`): a title before them is a person's.
ABOUT_WORDS: tuple[str, ...] = ("따르면", "따른", "의하면", "대해", "대한", "대해서", "관해", "관한", "관해서", "이어", "비해")

#: Particles that list a word with the next one (`공훈, 신미래와 함께`).
COORDINATING_PARTICLES: tuple[str, ...] = ("와", "과", "이랑", "랑", "하고")
#: A word that closes a list after its last item (`…, 윈덤 클락 등이`).
LIST_CLOSERS: frozenset[str] = frozenset(["등", "등등"])

#: One-syllable particles that Kiwi may leave glued to an unknown name (`유나가`, `김철수의`).
GLUED_PARTICLES: frozenset[str] = frozenset(["의", "은", "는", "을", "를", "와", "과", "가", "이", "도"])

#: Stems of 아니다 and 되다, whose complement takes a subject particle (`인질이 아니라고`, `대상이 된`):
#: that noun phrase is not a subject, and does not speak.
COMPLEMENT_VERBS: tuple[str, ...] = ("아니", "아닌", "아냐", "되", "된", "돼", "될")

# --- determiners, time and linking words ---------------------------------------------------------

#: Determiners and demonstratives that never start a name (`한 관계자`, `각 부처`, `이 회사`).
DETERMINERS: frozenset[str] = frozenset(["이", "그", "저", "한", "각", "매", "몇", "모든", "여러", "온", "약", "및", "등", "해당", "동", "본", "타", "또", "또한", "이런", "그런", "저런"])

#: Determiners that point back to someone already named (`이 관계자는`, `그 소식통은`): the source just
#: quoted. (`POINTING_WORDS` in `lexicon.bodies` adds `같은`: `같은 당` is a body of that kind, not the
#: same source.)
DEMONSTRATIVES: frozenset[str] = frozenset(["이", "그", "해당"])

#: Time and position words that stand before names but are neither names nor organisations
#: (`이날 김철수 장관은`, `경기 후 이강철 감독은`).
TIME_WORDS: frozenset[str] = frozenset(
    ["이날", "이때", "그때", "전날", "당시", "현재", "최근", "오늘", "내일", "어제", "그제", "모레", "올해", "지난해", "작년", "내년", "이번", "지난", "오는", "그간", "최근엔", "후", "전", "뒤", "앞", "중", "때", "직후", "직전", "이후", "이전", "앞서", "한편", "또", "이어", "아울러", "특히", "다만", "그러나", "그리고", "하지만", "반면", "또한", "게다가", "오전", "오후", "새벽", "저녁", "밤", "주말", "평일", "경기", "당일", "이튿날", "다음날", "전반", "후반", "연장"]
)
