"""Keywords: the nouns an article keeps coming back to.

A noun is counted as written: Kiwi splits a prefix off its noun (`비대면` → 비/XPN + 대면, `재개발` →
재 + 개발), and the bare stem would often say the opposite (`대면`), so the two are joined again. A
job title or honorific (`차관`, `교수`: `lexicon.TITLES`, `EXCLUDED_TITLES`, `HONORIFICS`) that the
article gives someone, next to a participant's name (`강민석 복지부 제2차관`, `강 차관`, `소설가
한지아`), is not a keyword: it says who someone is, not what the story is about. The same word as
the topic of an article that gives no one that title (`의사 인력 공백`, `반도체 시장`) still is one.
"""

from __future__ import annotations

from ..lexicon.news import EXCLUDED_TITLES
from ..lexicon.people import HONORIFICS, SURNAMES_1, SURNAMES_2, TITLES
from ..lexicon.terms import ENGLISH_STOPWORDS, KEYWORD_STOPWORDS, NOUN_TAGS
from ..models import Morpheme, Sentence

_DOUBLE = frozenset({"NNP", "SL"})
#: Tags of the words of a noun phrase (`탁민규 기재부 제1차관`): no particle or ending between them.
_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "XPN", "XSN"})
#: A title stands this many words after a name at most (the name, an organisation, the title).
_TITLE_REACH = 2
#: Words that are only a title or an honorific (the project's title lexicon).
_TITLE_WORDS = frozenset(TITLES) | EXCLUDED_TITLES | frozenset(HONORIFICS)


def joined_nouns(sentence: Sentence, stems: dict[str, str] | None = None) -> list[Morpheme]:
    """The sentence's morphemes with each noun prefix (XPN: 비-, 무-, 미-, 반-, 탈-, 초-, 재- …) joined
    to the noun right after it, as written (`비대면`, `탈원전`, `재개발`); `stems` gets joined → stem."""
    out: list[Morpheme] = []
    for m in sentence.morphemes:
        prev = out[-1] if out else None
        if prev is not None and prev.tag == "XPN" and m.tag in NOUN_TAGS and prev.start + prev.length == m.start:
            out[-1] = Morpheme(prev.form + m.form, m.tag, prev.start, m.start + m.length - prev.start)
            if stems is not None:
                stems[out[-1].form] = m.form
        else:
            out.append(m)
    return out


def _titles_in_use(joined: list[list[Morpheme]], names: set[str]) -> set[str]:
    """Job titles the article gives someone: `_TITLE_WORDS` nouns within `_TITLE_REACH` words after
    one of `names` in one noun phrase, or after the surname alone (`강 차관`, `한 작가`, which Kiwi may
    read as the determiner 한), or right before a name (`소설가 한지아`). `joined`: each sentence's
    `joined_nouns`."""
    surnames = {n[:k] for n in names if 2 <= len(n) <= 4 and "가" <= n[0] <= "힣"
                for k, table in ((1, SURNAMES_1), (2, SURNAMES_2)) if n[:k] in table and len(n) > k}

    def is_name(m: Morpheme) -> bool:
        return m.form in names or m.tag in ("NNP", "MM") and m.form in surnames

    used: set[str] = set()
    for tokens in joined:
        for i, m in enumerate(tokens):
            if m.tag not in NOUN_TAGS or m.form in used or m.form not in _TITLE_WORDS:
                continue
            words, j = 0, i - 1
            while j >= 0:
                words += tokens[j].start + tokens[j].length < tokens[j + 1].start
                if words > _TITLE_REACH:
                    break
                if is_name(tokens[j]):
                    used.add(m.form)
                    break
                if tokens[j].tag not in _PHRASE_TAGS:
                    break
                j -= 1
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and after.start > m.start + m.length and is_name(after):
                used.add(m.form)
    return used


def extract_keywords(sentences: list[Sentence], *, limit: int = 8, exclude: set[str] | None = None,
                     title_terms: list[str] | None = None) -> list[str]:
    """Up to `limit` nouns by frequency (proper nouns and title words count double), first seen first on ties.

    Nouns are counted with their prefix (`비대면`, not `대면`: `joined_nouns`); a prefixed noun counts as
    a title word when its stem is one (`title_terms` carry no prefixes). Single-syllable Hangul
    nouns, stopwords, the names in `exclude` (the participants) and the job titles the article gives
    them (`_titles_in_use`) are skipped.
    """
    stems: dict[str, str] = {}
    joined = [joined_nouns(s, stems) for s in sentences]
    skip = KEYWORD_STOPWORDS | exclude if exclude else KEYWORD_STOPWORDS
    skip = skip | _titles_in_use(joined, exclude or set())
    title = set(title_terms or ())
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    latin: dict[str, str] = {}  # a foreign word in lower case → its form as first written
    function_words: set[str] = set()  # English function words the article writes as such
    for tokens in joined:
        for m in tokens:
            tag = m.tag
            if tag not in NOUN_TAGS:
                continue
            form = m.form
            if form in skip or len(form) < 2 or form.isdigit():  # one letter or syllable says nothing
                continue
            if tag == "SL":  # a foreign word: counted in any letter case, shown as first written
                if form.lower() in ENGLISH_STOPWORDS and not form.isupper():
                    function_words.add(form.lower())  # `The`, `of`: written as a word, not as `ITS`
                form = latin.setdefault(form.lower(), form)
            in_title = form in title or stems.get(form) in title
            weight = (2 if tag in _DOUBLE else 1) + (2 if in_title else 0)
            if form in counts:
                counts[form] += weight
            else:
                counts[form] = weight
                first[form] = m.start
    for word in function_words:
        counts.pop(latin[word], None)
    ranked = sorted(counts, key=lambda f: (-counts[f], first[f]))
    return [f for f in ranked if counts[f] >= 2][:limit]
