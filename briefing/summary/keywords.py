"""Keywords: the nouns an article keeps coming back to.

A noun is counted as written: Kiwi splits a prefix off its noun (`비대면` → 비/XPN + 대면, `재개발` →
재 + 개발), and the bare stem would often say the opposite (`대면`), so the two are joined again. So
is a compound the article writes as one word and comes back to (`한국시리즈` → 한국 + 시리즈,
`포스트시즌`, `SK텔레콤`): `한국` and `시리즈` alone say less, or something else. A compound written only
once stays its nouns, which may add up with the same nouns elsewhere in the article. A
job title or honorific (`차관`, `교수`: `lexicon.TITLES`, `EXCLUDED_TITLES`, `HONORIFICS`) that the
article gives someone, next to a participant's name (`강민석 복지부 제2차관`, `강 차관`, `소설가
한지아`), is not a keyword: it says who someone is, not what the story is about. The same word as
the topic of an article that gives no one that title (`의사 인력 공백`, `반도체 시장`) still is one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..lexicon.news import EXCLUDED_TITLES
from ..lexicon.people import HONORIFICS, SURNAMES_1, SURNAMES_2, TITLE_SET
from ..lexicon.terms import ENGLISH_STOPWORDS, KEYWORD_STOPWORDS, NOUN_TAGS
from ..models import Morpheme, Sentence

_DOUBLE = frozenset({"NNP", "SL"})
#: Tags of the words of a noun phrase (`탁민규 기재부 제1차관`): no particle or ending between them.
_PHRASE_TAGS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "XPN", "XSN"})
#: A title stands this many words after a name at most (the name, an organisation, the title).
_TITLE_REACH = 2
#: Words that are only a title or an honorific (the project's title lexicon).
_TITLE_WORDS = TITLE_SET | EXCLUDED_TITLES | frozenset(HONORIFICS)


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


#: Tags of the nouns a compound written as one word is made of (`한국시리즈` = 한국/NNP 시리즈/NNG,
#: `SK텔레콤` = SK/SL 텔레콤/NNP); no bound noun, suffix or number (`선수들`, `3명`, `2023시즌`).
_COMPOUND_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})


def _compound_runs(tokens: list[Morpheme]) -> list[tuple[int, int]]:
    """(first, end) of each run of two or more nouns written together, with nothing between them."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        j = i
        while j + 1 < n and tokens[j].tag in _COMPOUND_TAGS and tokens[j + 1].tag in _COMPOUND_TAGS \
                and tokens[j].start + tokens[j].length == tokens[j + 1].start:
            j += 1
        if j > i:
            runs.append((i, j + 1))
        i = j + 1
    return runs


def _recurring_compounds(joined: list[list[Morpheme]], skip: set[str] | frozenset[str]
                         ) -> tuple[list[list[Morpheme]], dict[str, list[Morpheme]]]:
    """Each sentence's tokens with every compound the article writes at least twice made one token, as
    written (`한국시리즈`, `개기일식`, `SK텔레콤`; counting the times Kiwi reads it as one noun), and the
    nouns of each compound so made; a compound written once stays its nouns, which may still add up
    elsewhere. A run with a participant's name, a stopword or a title in it stays apart."""
    made: dict[str, list[Morpheme]] = {}
    found: dict[str, int] = {}
    runs_of = [_compound_runs(tokens) for tokens in joined]
    for tokens, runs in zip(joined, runs_of, strict=True):
        for a, b in runs:
            form = "".join(m.form for m in tokens[a:b])
            found[form] = found.get(form, 0) + 1
    if found:  # Kiwi reads the same compound whole in one sentence (`포스트시즌에서`) and split in another
        for tokens in joined:
            for m in tokens:
                if m.form in found and m.tag in _COMPOUND_TAGS:
                    found[m.form] += 1
    out: list[list[Morpheme]] = []
    for tokens, runs in zip(joined, runs_of, strict=True):
        merged: list[Morpheme] = []
        k = 0
        for a, b in runs:
            parts = tokens[a:b]
            form = "".join(m.form for m in parts)
            if found[form] < 2 or any(m.form in skip for m in parts):
                continue
            merged.extend(tokens[k:a])
            tag = "NNP" if any(m.tag in _DOUBLE for m in parts) else "NNG"
            merged.append(Morpheme(form, tag, parts[0].start, parts[-1].start + parts[-1].length - parts[0].start))
            made[form] = parts
            k = b
        merged.extend(tokens[k:])
        out.append(merged)
    return out, made


def extract_keywords(sentences: list[Sentence], *, limit: int = 8, exclude: set[str] | None = None,
                     title_terms: list[str] | None = None, names_at: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Up to `limit` nouns by frequency (proper nouns and title words count double), first seen first on ties.

    Nouns are counted with their prefix (`비대면`, not `대면`: `joined_nouns`), and a compound the article
    writes at least twice whole (`_recurring_compounds`); a prefixed noun counts as a title word when its
    stem is one (`title_terms` carry no prefixes), a compound when the title holds each of its nouns.
    Single-syllable Hangul nouns, stopwords, the names in `exclude` (the participants) and the job
    titles the article gives them (`_titles_in_use`) are skipped; so are the nouns inside the spans
    `names_at` (sorted `(start, end)` offsets of people's names: Kiwi cuts a name it does not know into
    nouns, `김상식` → 김상 + 식) and a word of Latin letters written onto a number (a unit: `10ha`, `3cm`).
    """
    stems: dict[str, str] = {}
    joined = [joined_nouns(s, stems) for s in sentences]
    skip = KEYWORD_STOPWORDS | exclude if exclude else KEYWORD_STOPWORDS
    skip = skip | _titles_in_use(joined, exclude or set())
    joined, compounds = _recurring_compounds(joined, skip)
    title = set(title_terms or ())
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    latin: dict[str, str] = {}  # a foreign word in lower case → its form as first written
    function_words: set[str] = set()  # English function words the article writes as such
    from_compounds: dict[str, dict[str, int]] = {}  # a head noun → what each compound added to its count
    name_starts = [a for a, _ in names_at]
    for tokens in joined:
        previous: Morpheme | None = None
        for m in tokens:
            tag = m.tag
            prior, previous = previous, m  # (the token before `m`)
            if tag not in NOUN_TAGS:
                continue
            form = m.form
            if form in skip or len(form) < 2 or form.isdigit():  # one letter or syllable says nothing
                continue
            if tag == "SL" and len(form.rstrip(".")) < 2:
                continue  # (`Q.`: an interviewer's line, one letter and a full stop)
            if names_at and _inside(names_at, name_starts, m.start):
                continue
            if tag == "SL" and prior is not None and prior.tag == "SN" and prior.start + prior.length == m.start:
                continue  # `10ha`: a unit
            if tag == "SL":  # a foreign word: counted in any letter case, shown as first written
                if form.lower() in ENGLISH_STOPWORDS and not form.isupper():
                    function_words.add(form.lower())  # `The`, `of`: written as a word, not as `ITS`
                form = latin.setdefault(form.lower(), form)
            parts = compounds.get(form)
            in_title = form in title or stems.get(form) in title \
                or (parts is not None and title.issuperset(p.form for p in parts))
            weight = (2 if tag in _DOUBLE else 1) + (2 if in_title else 0)
            _count(counts, first, form, weight, m.start)
            head = parts[-1] if parts else None
            if head is not None and len(head.form) >= 2 and head.form not in skip and head.tag != "SL":
                # `법인카드`, `체크카드`: the head noun they share (`카드`) still adds up over them
                weight = (2 if head.tag in _DOUBLE else 1) + (2 if head.form in title else 0)
                _count(counts, first, head.form, weight, m.start)
                by_head = from_compounds.setdefault(head.form, {})
                by_head[form] = by_head.get(form, 0) + weight
    for word in function_words:
        counts.pop(latin[word], None)
    ranked = [f for f in sorted(counts, key=lambda f: (-counts[f], first[f])) if counts[f] >= 2]
    return _without_heads_of_chosen(ranked, counts, from_compounds, limit)


def _inside(spans: Sequence[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether `offset` lies in one of the sorted, non-overlapping `spans` (`starts`: their starts)."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _count(counts: dict[str, int], first: dict[str, int], form: str, weight: int, start: int) -> None:
    """Add `weight` to the count of `form`, noting where it is first seen."""
    if form in counts:
        counts[form] += weight
    else:
        counts[form] = weight
        first[form] = start


def _without_heads_of_chosen(ranked: list[str], counts: dict[str, int], from_compounds: dict[str, dict[str, int]],
                             limit: int) -> list[str]:
    """The first `limit` of `ranked`, leaving out a head noun that the chosen compounds account for
    (`시리즈` when `한국시리즈` is chosen and `시리즈` is not written twice elsewhere); chosen again once,
    with the compounds the first choice holds."""
    chosen = ranked[:limit]
    for _ in range(2):
        held = set(chosen)
        kept: list[str] = []
        for f in ranked:
            inside = from_compounds.get(f)
            if inside and counts[f] - sum(w for c, w in inside.items() if c in held) < 2:
                continue
            kept.append(f)
            if len(kept) == limit:
                break
        chosen = kept
    return chosen
