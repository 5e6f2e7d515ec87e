"""Games: how a sports report says who won, and the words that name a coach by the side they led.

Read by the people stage (`people.results`): the winner and loser of the game a report covers, and
the coach called the winning or the losing one (`승장 황선홍 감독`), who belongs to that side.
"""

from __future__ import annotations

#: Words before a coach's name that say which side they led: the winner's or the loser's.
SIDE_WORDS: dict[str, str] = {"승장": "winner", "패장": "loser"}

#: Stems of the verbs a report says a side beat the other with (`꺾었다`, `이겼다`, `제압했다`).
WIN_VERBS: tuple[str, ...] = ("꺾", "이겼", "이기", "제압", "물리쳤", "물리치", "눌렀", "누르", "격파", "완파", "대파",
                              "따돌렸", "따돌리")

#: Nouns a side wins with (`3-2로 승리했다`, `역전승을 거뒀다`).
WIN_NOUNS: tuple[str, ...] = ("승리", "역전승", "신승", "완승", "대승", "낙승")

#: Stems of the verbs a side loses with (`KT에 2-3으로 패했다`, `졌다`).
LOSS_VERBS: tuple[str, ...] = ("패했", "패하", "졌", "무릎")

#: Nouns a report names a side with, then says which body it was (`앞선 쪽은 KB손해보험이었다`, `팀은 데이원스포츠였다`):
#: the body is what the sentence is about, as a topic would be.
SIDE_NOUNS: frozenset[str] = frozenset(["쪽", "팀", "승자", "주인공", "승리팀"])

#: The copula's endings that close such a sentence (`KB손해보험이었다`, `데이원스포츠였다`, `삼성이다`).
COPULA_ENDINGS: frozenset[str] = frozenset(["이었다", "였다", "이다", "다"])

#: Words right before a name that make the person the teammate of someone named before (`같은 팀 소형준이`,
#: `팀 동료인 에릭 페디보다`, `팀 동료 하비에르 팔라존을`): they share that person's team.
TEAMMATE_WORDS: tuple[str, ...] = ("같은 팀", "같은 팀의", "팀 동료", "팀 동료인", "팀동료", "팀동료인", "같은 팀 동료",
                                   "같은 팀 동료인")
