"""Terms: which words of an article count as its content.

The morpheme tags of content words and nouns (Kiwi's tag set), and the words too common to say
anything about the story: in key-sentence ranking (`TERM_STOPWORDS`) and as keywords
(`KEYWORD_STOPWORDS`).

Read by the summary stage (`summary.rank`, `summary.keywords`) and by `compose` (the title's terms).
"""

from __future__ import annotations

#: Morpheme tags whose forms are content terms: nouns, verb and adjective stems, roots, numerals,
#: foreign words, hanja and numbers (for centrality, keywords and redundancy; irregular stems, `VA-I`
#: for `뜨겁`, count as their base tag).
CONTENT_TAGS: frozenset[str] = frozenset({"NNG", "NNP", "SL", "SH", "SN", "VV", "VA", "XR", "NR"})
#: Of those, the tags of nouns (and foreign words, hanja): what a keyword may be.
NOUN_TAGS: frozenset[str] = frozenset({"NNG", "NNP", "SL", "SH"})

#: Light verbs and bound nouns that occur in almost every sentence and say nothing about the topic.
TERM_STOPWORDS: frozenset[str] = frozenset(
    ["하", "되", "있", "없", "않", "같", "이", "것", "수", "등", "때", "중", "및", "위", "통하", "대하", "따르"]
)

#: Nouns too common in news to be keywords.
KEYWORD_STOPWORDS: frozenset[str] = frozenset(
    ["것", "수", "등", "때", "중", "이", "그", "저", "곳", "바", "데", "뿐", "점", "측", "관련", "이번", "지난", "오늘", "내일", "어제", "올해", "지금", "이날", "당시", "경우", "정도", "가운데", "대해", "통해", "위해", "이후", "이전", "최근", "현재", "기자", "사진", "제공", "뉴스", "연합뉴스", "뉴시스", "씨", "년", "월", "일", "시", "분", "명", "개", "원", "달러", "억", "조", "만", "천", "백", "대표", "회장", "대통령", "장관", "의원", "감독", "선수", "관계자", "말", "자리", "상황", "생각", "입장", "필요", "가능", "부분", "이상", "이하", "미만", "문제", "내용", "계획", "예정", "전", "후", "간", "내", "외", "오전", "오후", "하루", "주", "번", "차", "건", "위", "가지"]
)
#: English function words, which Kiwi tags as foreign words (`SL`) like any other: no keyword where
#: the article writes one as a word (`The`, `of`; an acronym in capitals alone, `ITS`, stays one).
ENGLISH_STOPWORDS: frozenset[str] = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
     "are", "was", "were", "be", "it", "its", "this", "that", "we", "you", "i", "my", "our", "your", "not", "no"]
)
