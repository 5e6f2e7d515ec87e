"""Participants: find the people an article names, and every place it names them.

A person is introduced by a name next to a title (`최태원 SK그룹 회장`, `대통령실 김용범 정책실장`,
`NC 유격수 김주원`, `당시 감독이었던 프랭크 오'파렐`, `대표이사 사장` as one title, `전 장관` and
`통상담당 집행위원` with their qualifiers, `소장 윤석진 박사`), by a name with a parenthesis
(`안세영(21·삼성생명)`, `김연경(18득점)`, `반부패수사부(부장 김철수)`, `인천지법 형사12부(이도윤
부장판사)`; a name spelled out in Latin letters or hanja, `와일더(Ryan Wilder)`, `왕젠궈(王建國)`, ends
the name and marks it as one), in a list that shares
a title or an organisation, as a joint subject (`황대한·연지호는`), as a bare proper noun shaped like a
Korean name (`박병호의`), as a run of proper nouns that starts with a common foreign given name
(`윌리엄 쿠에바스`), next to a known person in a list (`공훈, 신미래와 함께`), or in a broadcast
transcript label (`[윤재영/한빛대 도시공학과 교수 : "…"]`). Short mentions
(`최 회장`, `정 대표`, `텐 하흐 감독`, `벤자민은`, `콜먼 부사장` for a `수석부사장`) resolve to the
person introduced earlier (also by a present post given in parentheses: `전 장관(현 … 이사장)` then
`윤 이사장`), and tell where a foreign name ends and its organisation begins; of two name-shaped words
before a title, the second is the body when it ends like one or stands alone elsewhere (`서명훈 한화
감독`, `문태호 시의회 의장`); two people with the same surname and title are not guessed between. Bylines (`김경윤 기자`) are never
participants. Word-level tests live in `names`, organisations and unnamed speakers in `bodies`.

Every step walks the words once (windows of a few words at most), so the cost stays linear in the
length of the article.
"""


from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..lexicon.bodies import (
    CIRCUIT_WORDS,
    GENERIC_BODIES,
    KNOWN_BODY_NAMES,
    LONG_ORG_SUFFIXES,
    ORG_ALIASES,
    ORG_KIND_NOUNS,
    ORG_RELATION_NOUNS,
    ORG_SPEAKERS,
    ORG_SUFFIXES,
    ORG_SUFFIXES_STRICT,
    POINTING_WORDS,
    TITLE_BODIES,
)
from ..lexicon.grammar import (
    COORDINATING_PARTICLES,
    DETERMINERS,
    GLUED_PARTICLES,
    PLACE_PARTICLES,
    TIME_WORDS,
)
from ..lexicon.news import EXCLUDED_TITLES
from ..lexicon.people import (
    AFTER_NAME_NOUNS,
    CURRENT_POST_MARKERS,
    DEPUTY_PREFIXES,
    FOREIGN_GIVEN_NAMES,
    HONORIFICS,
    NAME_NOTES,
    POSTS,
    PSEUDONYM_NOTES,
    STAGE_NAME_ROLES,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_CHAINS,
    TITLE_KINDS,
    TITLE_MODIFIERS,
    TITLE_QUALIFIER_SUFFIXES,
    TITLE_THEN_NAME_ENDINGS,
)
from ..lexicon.places import COUNTRY_SHORT_NAMES, PLACES, VENUE_SUFFIXES
from ..models import Participant, Sentence
from .bodies import inherit_organisations, scan_speakers_without_names
from .cast import Cast, Mention, Post, add_mention, find_descriptor, find_person, known_form
from .names import (
    ANONYMIZED,
    HANGUL_ANY,
    HANGUL_WORD,
    LATIN,
    NAME_CHARS,
    NOT_NAME_WORDS,
    Word,
    honorific_after_paren,
    is_foreign_name_word,
    is_korean_name,
    is_org_word,
    looks_transliterated,
    masked_text,
    name_shaped,
    split_title,
    strong_org,
    syllables_ok,
    title_of,
    words_of,
)

#: Marks that open a span in quotation marks (a term: `이른바 ‘마용성’`).
_OPENING_QUOTES = ("‘", "'", "“", '"', "「", "『")
_STAT_PAREN = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*[가-힣]{1,4}(?:\s*\d+\s*[가-힣]{1,4})*\s*$")
#: Longest first, so that `홍길동사진기자` is read as 홍길동 + 사진기자, never 홍길동사진 + 기자.
_EXCLUDED_ENDINGS = tuple(sorted(EXCLUDED_TITLES, key=lambda t: (-len(t), t)))


def find_cast(sentences: list[Sentence], text: str, quote_spans: list[tuple[int, int]]) -> Cast:
    """Find every participant and mention in the article (quotations excluded)."""
    masked = masked_text(text, quote_spans)
    quote_ends = {b for _, b in quote_spans}
    per_sentence = [words_of(s, masked, quote_ends) for s in sentences]
    cast = Cast()
    for words in per_sentence:
        for w in words:
            w.index = len(cast.words)
            cast.words.append(w)
    _find_reporters(per_sentence, cast)
    _find_aliases(cast)
    _scan_transcript_labels(text, cast)
    for words in per_sentence:
        _scan_introductions(words, cast)
    _complete_foreign_names(cast, text, sentences)
    _merge_name_variants(cast)
    _scan_foreign_runs(per_sentence, cast)
    for words in per_sentence:
        _scan_short_and_bare(words, cast)
    for _ in range(2):
        person_at = {m.start: m.key for m in cast.mentions if m.kind == "person" and m.key >= 0}
        for words in per_sentence:
            _scan_coordination(words, cast, person_at)
    for words in per_sentence:
        scan_speakers_without_names(words, cast)
    inherit_organisations(per_sentence, cast)
    for person in cast.people:
        if person.organization:
            person.organization = expand_org(person.organization, cast.aliases)
    cast.mentions.sort(key=lambda m: m.start)
    counts: dict[int, int] = {}
    for m in cast.mentions:
        if m.kind != "pronoun" and m.key >= 0:
            counts[m.key] = counts.get(m.key, 0) + 1
    for i, person in enumerate(cast.people):
        person.mentions = counts.get(i, 0)
    return cast


def expand_org(org: str, aliases: dict[str, str] | None = None) -> str:
    """`산업부` → `산업통상자원부`, `연준` → `연방준비제도` (given in the article): abbreviations
    spelled out."""
    aliases = aliases or {}
    if org in COUNTRY_SHORT_NAMES:
        return COUNTRY_SHORT_NAMES[org]  # `마크 웬트워스 미 국무장관`: 미 = 미국
    return " ".join(ORG_ALIASES.get(part, aliases.get(part, part)) for part in org.split())


def _introduce(cast: Cast, name: str, title: str | None, org: str | None, words: list[Word],
               particle: str) -> int:
    """Record a full-name mention; a later, fuller introduction (title with organisation) wins.
    A relation noun before the body's name is dropped (`소속사 블루웨이브엔터테인먼트` → the name)."""
    for w in words:
        w.used = True
    if org and " " in org and org.split(" ", 1)[0] in ORG_RELATION_NOUNS:
        org = org.split(" ", 1)[1]
    elif org in ORG_RELATION_NOUNS:
        org = None  # `계열사 대표 송재익`: an affiliate, unnamed
    if org is None and title:
        org = _body_of_title(title.split()[-1])
    key = find_person(cast, name)
    if key is None:
        # `포스테코글루 감독` after `안제 포스테코글루 감독`, `위자야 대통령` after `아리프 위자야
        # 인도네시아 대통령` (Korean-shaped): the short form of a known name
        key = known_form(cast, name, words[0].start)
    if key is None:
        key = cast.add(Participant(name=name, title=title, organization=org, first_offset=words[0].start))
    else:
        person = cast.people[key]
        if title and org and not person.organization:
            person.title, person.organization = title, org
        person.title = person.title or title
        person.organization = person.organization or org
    cast.mentions.append(Mention(key, words[0].start, words[-1].end, particle, words[-1].sentence))
    return key


def _body_of_title(title: str) -> str | None:
    """`경찰청장` → 경찰청, `서울경찰청장` → 서울경찰청 (`TITLE_BODIES`)."""
    if title in TITLE_BODIES:
        return TITLE_BODIES[title]
    for head, body in TITLE_BODIES.items():
        if title.endswith(head) and len(title) > len(head) and HANGUL_WORD.match(title):
            return title[: len(title) - len(head)] + body
    return None


def _find_reporters(per_sentence: list[list[Word]], cast: Cast) -> None:
    """`김경윤 기자`, `박준범기자`, `김재민 jm@`, `윤민호 기자)`: names in credits are not people."""
    for words in per_sentence:
        for j, w in enumerate(words):
            base = w.base
            glued = None
            if base.endswith(_EXCLUDED_ENDINGS):  # a quick test before looking for which one
                glued = next((t for t in _EXCLUDED_ENDINGS if base.endswith(t) and len(base) > len(t)), None)
            if glued and name_shaped(base[: -len(glued)], allow_two=True):
                cast.reporters.add(base[: -len(glued)])
                w.used = True
                continue
            if j + 1 >= len(words):
                continue
            nxt = words[j + 1]
            # the credit first (rare), then whether the word before it can be a name
            if (nxt.base in EXCLUDED_TITLES or "@" in nxt.text or (w.paren and "@" in w.paren)) \
                    and (name_shaped(base, allow_two=True) or w.is_proper):
                cast.reporters.add(base)
                w.used = True
                nxt.used = True
        # an e-mail glued to a name: `김재연(Replaykim@jibs.co.kr)`
        for w in words:
            if w.paren and "@" in w.paren and name_shaped(w.base, allow_two=True):
                cast.reporters.add(w.base)
                w.used = True


#: A broadcast transcript label before its quote: `[김철수/서울시 주민 : `, `[NHK 뉴스 : ` (group 1 the
#: speaker, group 2 the role, when there is one). `quotes` reads the speaker from it, this module the role.
TRANSCRIPT_LABEL = r"\[\s*([^\[\]/:\n]{1,30}?)\s*(?:/\s*([^\[\]:\n]{1,30}?))?\s*:\s*"
_LABEL = re.compile(TRANSCRIPT_LABEL + r"[\"“]")
#: A broadcast script's interview label on a line of its own, the words on the next line:
#: `(인터뷰) 마정훈 / 철근공`, `[인터뷰: 염태준/누리대 예방의학과 교수]`, `<녹취> 고용노동부 관계자`,
#: `◀ SYNC ▶ 광역버스 기사`.
LABEL_LINE = re.compile(
    r"^[ \t]*[\[(<〈◀]\s*(?:인터뷰|녹취|싱크|현장음|SYNC|INT)\s*(?:[\])>〉▶]\s*:?|:)\s*"
    r"([^\[\]()<>/:\n]{1,30}?)\s*(?:/\s*([^\[\]()<>:\n]{1,30}?))?\s*[\])>〉]?[ \t]*$", re.MULTILINE)


def _scan_transcript_labels(text: str, cast: Cast) -> None:
    """`[윤재영/한빛대 도시공학과 교수 : "…"]` (or a `LABEL_LINE` above the words): a transcript
    label names the speaker, then their organisation and title (`한빛대 도시공학과` is no one's name). A role without a title word
    (`서울 관악구 주민`) is kept whole as the title."""
    if not any(mark in text for mark in "[(<〈◀"):
        return
    starts = [w.start for w in cast.words]
    for m in [*_LABEL.finditer(text), *LABEL_LINE.finditer(text)]:
        if m.group(2) is None:
            continue
        name = m.group(1).strip()
        lo = bisect.bisect_left(starts, m.start(1))
        hi = bisect.bisect_left(starts, m.end(2), lo)
        name_words = [w for w in cast.words[lo:hi] if w.end <= m.end(1)]
        role_words = [w for w in cast.words[lo:hi] if w.start >= m.start(2)]
        if not name_words or not role_words or any(w.used for w in name_words + role_words) \
                or name in cast.reporters or role_words[-1].base in EXCLUDED_TITLES:
            continue
        if not (name_shaped(name, allow_two=True) or (
                len(name_words) >= 2 and all(is_foreign_name_word(w, loose=True) for w in name_words))):
            continue
        role = m.group(2).strip()
        # a one-word role is read as written (`직장인`, not 직장 + the particle 인)
        found = split_title(role_words[-1].base if " " in role else role)
        if found:
            org_words, qualifiers = _split_between(role_words[:-1])
            org = " ".join([w.base for w in org_words] + ([found[0]] if found[0] else [])) or None
            title = " ".join([w.base for w in qualifiers] + [found[1]])
        else:
            org, title = None, role if " " not in role else " ".join(w.base for w in role_words)
        for w in role_words:
            w.used = True
        _introduce(cast, name, title, org, name_words, "")
        cast.mentions[-1].end = role_words[-1].end


def _find_aliases(cast: Cast) -> None:
    """`니혼게이자이신문(닛케이)`, `월스트리트저널(WSJ)`: a short name in parentheses after an
    organisation stands for it later in the article."""
    for w in cast.words:
        if not w.paren or not w.base:
            continue
        if LATIN.search(w.base) and not HANGUL_ANY.search(w.base):
            continue
        org_like = w.base.endswith(ORG_SUFFIXES)
        if name_shaped(w.base) or not (org_like or "NNP" in w.tags or len(w.tags) >= 2):
            continue
        if split_title(w.base) == (None, w.base):
            continue  # `의원(국민의힘·가 선거구)`: a title's parenthesis names its holder's body
        # `연방준비제도(Fed·연준)`: each part is a short name of the body
        for alias in re.split(r"[·,]", w.paren):
            alias = alias.strip()
            if not alias or " " in alias or len(alias) > 10 or re.search(r"\d|@", alias) or alias in PLACES:
                continue
            if re.fullmatch(r"[A-Z][A-Za-z&\-]{1,9}", alias) \
                    or (HANGUL_WORD.match(alias) and (org_like or alias[0] == w.base[0])):
                cast.aliases.setdefault(alias, w.base)


def _scan_introductions(words: list[Word], cast: Cast) -> None:
    """Full-name introductions: NAME [ORG] TITLE, ORG NAME TITLE, [ORG] TITLE NAME, NAME(age·ORG)."""
    list_org: str | None = None  # `대통령실 김용범 정책실장, 하준경 경제성장수석 …` share it
    for j, word in enumerate(words):
        if word.used or word.glued:
            continue
        found = split_title(word.base) if word.particle not in PLACE_PARTICLES else None
        if found and title_follows(words, j, found[1]):
            found = None  # `한국개발연구원 원장`: a body whose name ends like a title, then the title
        if found:
            fused_org, title = found
            after_first = (not word.particle and not word.comma) or word.particle in TITLE_THEN_NAME_ENDINGS
            if after_first and _introduce_after(words, j, title, fused_org, cast):
                list_org = None
                continue
            if not word.particle or word.particle not in TITLE_THEN_NAME_ENDINGS:
                done = _introduce_before(words, j, title, fused_org, cast)
                if done is not None:
                    key, prefix_org, first = done
                    person = cast.people[key]
                    _note_current_post(word, key, cast)
                    if prefix_org:
                        list_org = prefix_org
                    elif list_org and not person.organization and first > 0 and words[first - 1].comma:
                        person.organization = list_org
                    if not word.comma:
                        list_org = None
                    continue
        elif word.base in STAGE_NAME_ROLES and not word.boundary:
            # `막내 소이는`: a role word that is no title still introduces a stage name
            _introduce_after(words, j, word.base, None, cast)
        if word.paren and not word.used:
            _introduce_paren(words, j, cast)


def title_follows(words: list[Word], j: int, title: str) -> bool:
    """Whether word j, a compound ending in a title, is directly followed by a title word of its own.

    `한국개발연구원 원장`, `서울대병원 교수`: the first word is the organisation (it merely ends like
    `연구원`), the second the title. A repeated title (`대표 대표는`) is not this case.
    """
    if j + 1 >= len(words) or words[j].particle or words[j].comma or words[j].base == title:
        return False
    nxt = split_title(words[j + 1].base)
    paren = words[j].paren
    if nxt is not None and paren and _ACRONYM.fullmatch(paren.strip()):
        return True  # `한국개발연구원(KDI) 거시경제연구부장`: a body with its abbreviation, then any title
    return nxt is not None and nxt[0] is None and nxt[1] == words[j + 1].base and nxt[1] != title


_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}")


def _introduce_before(words: list[Word], j: int, title: str, fused_org: str | None,
                      cast: Cast) -> tuple[int, str | None, int] | None:
    """NAME [ORG…] [qualifier…] TITLE: the name is in the particle-free words before the title.

    Returns the participant, the organisation written before the name (if any) and the index of
    the mention's first word."""
    window: list[int] = []
    k = j - 1
    while k >= 0 and len(window) < 6:
        w = words[k]
        if not w.used and _name_read_as_verb(w):
            window.insert(0, k)  # `빈성호 한결그룹 회장이`: the name starts the mention
            break
        if w.used or w.boundary:
            break
        window.insert(0, k)
        k -= 1
    if not window:
        return None
    word = words[j]
    last = j
    # `대표 대표는`: a repeated title word belongs to the same mention.
    while last + 1 < len(words) and title_of(words[last + 1].base) == title_of(word.base) \
            and not words[last].particle and not words[last].comma:
        last += 1
    # `대표이사 사장은`: a second title word right after the first names the same post
    chained: list[Word] = []
    if last == j and not fused_org:
        chained = _chained_title(words, j)
        last += len(chained)
    post = title_of(chained[-1].base) or title if chained else title
    last = _concurrent_titles(words, last)
    korean = [k for k in window if (is_korean_name(words[k], allow_two=(k == j - 1), confirmed=True)
                                    or (k == window[0] and _name_read_as_verb(words[k]))
                                    # `맹다솜 전국플랫폼노동자연대 위원장은`: Kiwi calls the name a common noun
                                    or (k == window[0] and k + 2 == j and _rare_korean_name(words[k], common=True)
                                        and words[k + 1].base.endswith(LONG_ORG_SUFFIXES))
                                    or (k == window[0] and _rare_korean_name(words[k]) and (
                                        k + 1 == j or words[k + 1].base in PLACES
                                        or words[k + 1].base.endswith(ORG_SUFFIXES_STRICT + ORG_SUFFIXES))))
              and words[k].base not in cast.aliases
              and not (k > 0 and words[k - 1].base in ORG_KIND_NOUNS)  # `법무법인 온결`: the firm
              # `마리아 솔레다드 크루스 … 장관`: a foreign given name shaped like a Korean name starts a run
              and not (words[k].base in FOREIGN_GIVEN_NAMES and k + 1 in window and _strict_foreign(words[k + 1]))]
    if korean and len(words[korean[-1]].base) == 2 and korean[-1] > window[0] \
            and is_foreign_name_word(words[korean[-1] - 1]) and looks_transliterated(words[korean[-1] - 1].base):
        korean = []  # `제롬 파월 연준 의장`: a two-syllable word after a foreign name is a body, not a name
    given = words[korean[-1] - 1] if korean and korean[-1] > window[0] \
        and words[korean[-1]].base[:2] not in SURNAMES_2 else None  # (`픽셀윙스 제갈하늘 대표`: 제갈 is Korean)
    if given is not None and is_foreign_name_word(given) and "NNP" in given.tags and len(given.base) <= 4 \
            and not given.base.endswith(ORG_SUFFIXES_STRICT) and not _standalone_counts(cast).get(given.base, 0) and (
                words[korean[-1]].misparsed or looks_transliterated(given.base) or given.base in FOREIGN_GIVEN_NAMES):
        # `프레디 마마니 … 차관`, `아리프 위자야 인도네시아 대통령`: a Korean-shaped word right after a
        # foreign given name ends a foreign name
        korean = []
    if len(korean) >= 2 and korean[-2] == korean[-1] - 1 and (
            _body_not_name(words[korean[-1]], cast)
            or (len(words[korean[-1]].base) == 2 and len(words[korean[-2]].base) == 3)):
        # `서명훈 한화 감독`, `문태호 시의회 의장`: the second name-shaped word is the body (a
        # two-syllable one after a full name always is: two names are never written side by side)
        korean.pop()
    if korean:
        n = korean[-1]
        prefix = _body_before(words, n, window[0])
        name_words = [words[n]]
        between = [words[k] for k in window if k > n]
    else:
        run = _foreign_run_before(words, [k for k in window if words[k].base not in cast.aliases
                                          and words[k].base not in KNOWN_BODY_NAMES])  # `국민의힘 의원 10명`
        if not run:
            return None
        between = [words[k] for k in window if k > run[-1]]
        if any(not is_org_word(w) and not _qualifier(w) for w in between[:-1]):
            return None
        name_words = [words[k] for k in run]
        name_words, moved = _split_name_and_org(name_words, post, cast, words[j + len(chained)].index)
        between = moved + between
        # `세계보건기구(WHO) 테워드로스 사무총장`: a body written before a foreign name too
        prefix = _body_before(words, run[0], window[0])
    if any(w.base == "소속" for w in between):
        return None  # `하청업체 세진토건 소속 노동자`: the words before `소속` name a body, not a person
    org_words, title_words = _split_between(between)
    title_words = [w for w in title_words if w.base != "등"]  # `리오, 새벽, 유안 등 멤버 4명`: a list
    leading = 0
    while leading < len(org_words) - 1 and org_words[leading].base in TITLE_MODIFIERS:
        leading += 1  # `윤재호 전 기획재정부 장관`: `전` qualifies the title, not the body
    title_words = org_words[:leading] + title_words
    org_words = org_words[leading:]
    if not name_words:
        return None
    name = " ".join(w.base for w in name_words)
    if name in cast.reporters:
        return None
    at_name = words.index(name_words[0])
    if prefix and org_words and at_name > 0 and words[at_name - 1].base == "소속":
        prefix = []  # `국회 행정안전위원회 소속 권다빈 더불어민주당 의원`: the party after the name is the body
    org = " ".join([w.base for w in prefix + org_words] + ([fused_org] if fused_org else [])) or None
    if org is None and last > j + len(chained) and words[j + len(chained) + 1].base == "겸":
        # `최유진 경제부총리 겸 기획재정부 장관`: the second post's body
        second = words[j + len(chained) + 2:last + 1]
        found = split_title(second[-1].base)
        body = [w.base for w in second[:-1] if is_org_word(w)] + ([found[0]] if found and found[0] else [])
        org = " ".join(body) or None
    last_paren = words[last].paren
    if org is None and last_paren:
        org = _read_paren(last_paren).org  # `한서율 변호사(법무법인 다온)`, `의원(국민의힘·가 선거구)`
    first_word = (prefix + name_words)[0]
    k0 = words.index(first_word)
    if org is None and k0 > 0 and words[k0 - 1].particle in ("와", "과") and split_title(words[k0 - 1].base) \
            and not title.endswith("장") and not title.startswith("국회"):
        # (a head, `미사일총국장`, heads a body of their own; a `국회의원` sits in the National Assembly)
        # `한결코스메틱 우태린 IR담당 상무와 방지혁 최고재무책임자`: the pair shares the body
        partner = next((m for m in reversed(cast.mentions) if m.end == words[k0 - 1].end and m.key >= 0), None)
        if partner is not None:
            org = cast.people[partner.key].organization
    full_title = " ".join([w.base for w in title_words] + [title] + [w.base for w in chained])
    span = prefix + name_words + between + words[j:last + 1]
    for w in span:
        w.used = True
    key = _introduce(cast, name, full_title, org, name_words, words[last].particle)
    earlier = cast.earlier_posts.get(name_words[0].start)
    if earlier is not None:
        cast.other_titles.setdefault(key, []).append(earlier.title)
        if earlier.organization and not cast.people[key].organization:
            cast.people[key].organization = earlier.organization
    cast.mentions[-1].start = span[0].start
    cast.mentions[-1].end = words[last].end
    # `송은채·문태일·하기준 재판관은`: names listed before share the title and body
    k = k0 - 1
    while k >= 0 and words[k].comma and not words[k].particle and not words[k].used \
            and is_korean_name(words[k], confirmed=True) and words[k].base not in cast.reporters:
        own = words[k - 1] if k > 0 and not words[k - 1].boundary and (
            is_org_word(words[k - 1]) or words[k - 1].base in KNOWN_BODY_NAMES) else None
        # `국민의힘 염승우, 민주당 조하린 원내수석부대표`: each name may have its own body
        _introduce(cast, words[k].base, full_title, own.base if own else org, [words[k]] + ([own] if own else []), "")
        k -= 2 if own else 1
    prefix_org = " ".join(w.base for w in prefix) or None
    return key, prefix_org, words.index(span[0])


def _body_before(words: list[Word], n: int, first: int) -> list[Word]:
    """The organisation written right before the name at `n` (words from `first` on): `대통령실
    김용범 정책실장`, `국민의힘 한동훈 대표`, `세계보건기구 테워드로스 사무총장`, and a firm's name
    after its legal form (`법무법인 한결`), whatever the name's word is."""
    prefix: list[Word] = []
    k = n - 1
    while k >= first:
        w = words[k]
        if w.base == "소속" and k > 0 and not words[k - 1].boundary and (
                is_org_word(words[k - 1]) or words[k - 1].base in KNOWN_BODY_NAMES):
            prefix.insert(0, words[k - 1])  # `국민의힘 소속 반예슬 의원`: the body 소속 refers to
            k -= 2
            continue
        if k > first and words[k - 1].base in ORG_KIND_NOUNS and not w.boundary and not words[k - 1].boundary \
                and not w.base.endswith("의"):  # `한결의` read as one word: see bodies.inherit_organisations
            prefix[:0] = [words[k - 1], w]  # `법무법인 한결 윤석진 변호사`: any word names the firm
            k -= 2
            continue
        if w.base in CIRCUIT_WORDS and k > first and LATIN.search(words[k - 1].base) and not words[k - 1].boundary:
            prefix[:0] = [words[k - 1], w]  # `KLPGA 투어 어정민 경기위원장`
            k -= 2
            continue
        if w.base in TIME_WORDS or w.base in TITLE_MODIFIERS or w.base in DETERMINERS \
                or not (is_org_word(w) or (w.odd and all(t.startswith("N") for t in w.tags)) or _SCHOOL.search(w.base)):
            break
        if w.base in GENERIC_BODIES and k > 0 and words[k - 1].text.strip() in POINTING_WORDS:
            break  # `같은 당 권나래 의원`: the party meant is found later (bodies.inherit_organisations)
        prefix.insert(0, w)
        k -= 1
    return prefix


def _note_current_post(title_word: Word, key: int, cast: Cast) -> None:
    """`윤재호 전 기획재정부 장관(현 한빛금융연구원 이사장)`: the post in parentheses after `현` is
    the person's too, so that `윤 이사장은` later refers to them; so is the title's own abbreviation
    (`최고재무책임자(CFO)`, then `윤 CFO는`)."""
    inside = (title_word.paren or "").split()
    if (len(inside) >= 2 and inside[0] in CURRENT_POST_MARKERS) or len(inside) == 1:
        found = split_title(inside[-1])
        if found and found[0] is None:
            cast.other_titles.setdefault(key, []).append(found[1])


def _body_not_name(word: Word, cast: Cast) -> bool:
    """A name-shaped word that is a body: it ends like one (`시의회`) or stands alone as a subject
    elsewhere in the story (`한화는 12일 …`) while no one is known by it."""
    if word.base.endswith(LONG_ORG_SUFFIXES):
        return True
    return _standalone_counts(cast).get(word.base, 0) >= 1 and find_person(cast, word.base) is None


def _chained_title(words: list[Word], j: int) -> list[Word]:
    """`대표이사 사장`, `감독 대행`, `장관 후보자`: a bare title word right after the title word j
    (which has no particle or comma) is the rest of the same title when the pair is one of the
    chains in `TITLE_CHAINS`; `의원 보좌관` is someone else (the member's aide)."""
    if j + 1 >= len(words) or words[j].particle or words[j].comma:
        return []
    nxt = words[j + 1]
    found = split_title(nxt.base)
    first, second = TITLE_CHAINS
    if nxt.used or nxt.glued or not found or found[0] is not None or found[1] != nxt.base \
            or (nxt.particle in PLACE_PARTICLES and not nxt.base.endswith(second)) or nxt.base == words[j].base:
        return []  # (`장관 후보자에 대해`: a nominee whatever particle follows)
    if words[j].base.endswith(first) or nxt.base.endswith(second):
        return [nxt]
    return []


def _concurrent_titles(words: list[Word], last: int) -> int:
    """`경제부총리 겸 기획재정부 장관은`: a second post after `겸` belongs to the same mention."""
    if last + 2 < len(words) and words[last + 1].base == "겸" and not words[last].boundary:
        for k in range(last + 2, min(last + 6, len(words))):
            if words[k].used:
                break
            if split_title(words[k].base):
                return k
            if words[k].boundary:
                break
    return last


def _qualifier(word: Word) -> bool:
    """A common noun that qualifies a title (`인프라 총괄대표`, `외무부 차관`)."""
    return word.is_hangul and not word.is_proper and len(word.base) <= 6


def _foreign_run_before(words: list[Word], window: list[int]) -> list[int]:
    """The foreign name in a window before a title: the first run of name-like words.

    Leading qualifiers (`전날`, `당시`) are skipped; odd-looking words (`간다`, `텐`) join the run
    when a proper noun follows them; a common foreign given name starts a run whatever Kiwi calls
    it, and the words after it join it, one-syllable surnames included (`캐럴라인 벡 백악관 대변인`).
    """
    run: list[int] = []
    for idx, k in enumerate(window):
        w = words[k]
        strict = _strict_foreign(w)
        nxt_strict = idx + 1 < len(window) and _strict_foreign(words[window[idx + 1]])
        # `에릭 문(문태준) 로지웨이브 대표`, `제임스 박`: a Korean surname after a foreign given name
        korean_surname = len(run) == 1 and words[run[0]].base in FOREIGN_GIVEN_NAMES and w.base in SURNAMES_1 \
            and not w.particle
        if strict or korean_surname or ((nxt_strict or run) and is_foreign_name_word(w, loose=True)):
            run.append(k)
            if w.glossed or korean_surname:
                break  # `마크 윌리엄스(Mark Williams) 골드만삭스`: the spelled-out name ends the run
            continue
        if run:
            break
    if not run:
        return []
    while len(run) > 1 and (words[run[0]].base in TITLE_MODIFIERS or words[run[0]].base in DETERMINERS):
        run.pop(0)
    first = words[run[0]]
    if len(run) == 1 and (first.base in PLACES or strong_org(first, {})):
        return []
    return run


def _strict_foreign(word: Word) -> bool:
    """A foreign name word on its own evidence: a proper noun, a common foreign given name of two
    syllables or more (`캐럴라인`, which Kiwi may call a common noun; not `조`, a Korean surname too),
    or a word spelled out in Latin letters or hanja right after it (`왕젠궈(王建國)`)."""
    return is_foreign_name_word(word) or (len(word.base) >= 2 and word.base in FOREIGN_GIVEN_NAMES
                                          and is_foreign_name_word(word, loose=True)) \
        or (word.glossed and len(word.base) <= 6 and bool(NAME_CHARS.match(word.base))
            and word.base not in PLACES and not is_org_word(word))  # `왕젠궈(王建國)`


def _split_name_and_org(name_words: list[Word], title: str, cast: Cast,
                        title_index: int) -> tuple[list[Word], list[Word]]:
    """`아부 우바이다 하마스 대변인`: where the name ends and an organisation begins.

    Evidence, in order: a short mention `우바이다 대변인` elsewhere names the last name (also a
    later one with the title's last part: `콜먼 부사장` after `리처드 콜먼 엔비디아 수석부사장`); a
    word used elsewhere on its own as a subject (`하마스가`) while the name before it is not, is an
    organisation.
    """
    if len(name_words) < 2:
        return name_words, []
    bases = [w.base for w in name_words]
    short_forms = {form for form, at in _short_forms_with_title(cast, title) if at != title_index}
    short_forms |= {form for short in _shorter_titles(cast, title)
                    for form, at in _short_forms_with_title(cast, short) if at > title_index}
    for end in range(len(bases) - 1, 0, -1):
        if bases[end - 1] in short_forms and bases[end] not in short_forms:
            if end == 1 and not any(strong_org(w, cast.aliases) or _standalone_counts(cast).get(w.base, 0)
                                    for w in name_words[1:]):
                # `모리타 겐이치 일본 총리`, then `모리타 총리`: a surname first (Japanese, Chinese
                # order), not a one-word name and a body
                break
            return name_words[:end], name_words[end:]
    if len(name_words) >= 3:
        standalone = _standalone_counts(cast)
        last = bases[-1]
        if standalone.get(last, 0) >= 1 and standalone.get(bases[-2], 0) == 0 and last not in short_forms:
            return name_words[:-1], name_words[-1:]
    return name_words, []


def _short_forms(cast: Cast) -> dict[str, list[tuple[str, int]]]:
    """Title → (word before, index of the title word) for every `X TITLE` in the article (built on
    first use, kept in `cast.short_forms`)."""
    forms = cast.short_forms
    if forms is None:
        forms = {}
        words = cast.words
        for i in range(1, len(words)):
            found = split_title(words[i].base)
            if found and not words[i - 1].boundary:
                forms.setdefault(found[1], []).append((words[i - 1].base, i))
        cast.short_forms = forms
    return forms


def _short_forms_with_title(cast: Cast, title: str) -> list[tuple[str, int]]:
    """(word before, index of the title word) for every `X TITLE` in the article."""
    return _short_forms(cast).get(title, [])


def _shorter_titles(cast: Cast, title: str) -> list[str]:
    """Titles used in the article that `title` ends with and that name the same post: `부사장` for
    `수석부사장`, `대변인` for `수석대변인` (not `사장` for `부사장`: a deputy is another post)."""
    return [t for t in _short_forms(cast) if len(t) < len(title) and title.endswith(t)
            and title[: len(title) - len(t)] not in DEPUTY_PREFIXES]


def _standalone_counts(cast: Cast) -> dict[str, int]:
    """How often each word base stands alone with a subject/object particle (built on first use,
    kept in `cast.standalone`)."""
    counts = cast.standalone
    if counts is None:
        counts = {}
        words = cast.words
        for i, w in enumerate(words):
            if w.particle and not w.glued and (i == 0 or words[i - 1].boundary):
                counts[w.base] = counts.get(w.base, 0) + 1
        cast.standalone = counts
    return counts


def _mostly_proper(cast: Cast) -> dict[str, bool]:
    """Whether Kiwi reads a word as one proper noun in most places it occurs (`유대인` is NNP in
    one context and NNG in the others: not a name). Built on first use, kept in `cast.mostly_proper`."""
    proper = cast.mostly_proper
    if proper is None:
        counts: dict[str, list[int]] = {}
        for w in cast.words:
            c = counts.setdefault(w.base, [0, 0])
            c[0] += w.tags == ["NNP"]
            c[1] += 1
        proper = {base: 2 * c[0] >= c[1] for base, c in counts.items()}
        cast.mostly_proper = proper
    return proper


def _split_between(between: list[Word]) -> tuple[list[Word], list[Word]]:
    """Words between a name and its title: organisation words (up to the last organisation-like
    word), then common nouns that qualify the title (`AWS 인프라 총괄대표`, `EU 통상담당 집행위원`)."""
    last_org = -1
    for i, w in enumerate(between):
        # `김주환 비정규직 이제그만 공동소집권자`: long or oddly split words name a body too; a portfolio
        # before a separate `담당` is the title's (`국무부 동아시아태평양 담당 차관보`)
        portfolio = i + 1 < len(between) and between[i + 1].base in TITLE_QUALIFIER_SUFFIXES
        if (is_org_word(w) or w.odd or len(w.base) >= 5) and w.base not in TITLE_MODIFIERS \
                and not w.base.endswith(TITLE_QUALIFIER_SUFFIXES) and not portfolio:
            last_org = i
    return between[: last_org + 1], between[last_org + 1:]


def _introduce_after(words: list[Word], j: int, title: str, fused_org: str | None, cast: Cast) -> bool:
    """`NC 유격수 김주원`, `공동 창업자 애덤 뉴먼`, `당시 감독이었던 프랭크 오'파렐`, `소장 윤석진 박사는`,
    and stage names after a group role word (`멤버 채원은`, `막내 소이는`: see `_stage_name`)."""
    if j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    if nxt.used or nxt.glued or nxt.text.lstrip()[:1] in _OPENING_QUOTES:
        return False  # `지원단체 ‘이주와함께’는`: a name in quotation marks is a body's or a work's
    name_idx: list[int] = []
    # `선발 투수 라이언 와일더는`: a foreign given name that looks Korean (라이언) starts a foreign name
    foreign_first = not nxt.boundary and j + 2 < len(words) and (
        (nxt.base in FOREIGN_GIVEN_NAMES and is_foreign_name_word(words[j + 2], loose=True))
        # `투수 라일리 매더슨은`: a Korean-shaped word before a transliterated surname
        or ("NNP" in words[j + 2].tags and is_foreign_name_word(words[j + 2])
            and not name_shaped(words[j + 2].base, allow_two=True) and not split_title(words[j + 2].base)
            and not strong_org(words[j + 2], cast.aliases)))
    if (title in STAGE_NAME_ROLES and _stage_name(nxt, cast)) \
            or (is_korean_name(nxt, confirmed=True) and not foreign_first):
        name_idx = [j + 1]
    else:
        for k in range(j + 1, min(j + 5, len(words))):
            w = words[k]
            if w.text.lstrip()[:1] in _OPENING_QUOTES:
                return False  # `지원단체 ‘이주와함께’는`: a name in quotation marks is a body's or a work's
            if w.used or not is_foreign_name_word(w, loose=bool(name_idx) or (k + 1 < len(words)
                                                  and is_foreign_name_word(words[k + 1]))):
                break
            name_idx.append(k)
            if w.boundary:
                break
        if not name_idx:
            return False
        last = words[name_idx[-1]]
        if not (last.boundary or name_idx[-1] == len(words) - 1):
            _defer_to_later_title(words, j, name_idx, title, fused_org, cast)
            return False
        if not any(words[k].is_proper or "NNP" in words[k].tags for k in name_idx):
            return False
        if len(name_idx) == 1 and (strong_org(last, cast.aliases) or len(last.base) < 2):
            return False
    last_word = words[name_idx[-1]]
    honorific = honorific_after_paren(last_word)  # `대책위원장인 안봉규(64)씨는`
    name = " ".join([words[k].base for k in name_idx[:-1]] + [last_word.base[: len(last_word.base) - len(honorific)]])
    if name in cast.reporters or ANONYMIZED.match(name):
        return False  # `직장인 이모(34)씨`: an anonymous person (see `bodies`)
    after = name_idx[-1] + 1
    if fused_org and not words[name_idx[-1]].boundary and after < len(words) and not words[after].used \
            and split_title(words[after].base) == (None, words[after].base):
        # `에너지소재연구센터 류지안 책임연구원`: a body ending like a title (센터), then NAME TITLE
        return False
    if _defer_to_later_title(words, j, name_idx, title, fused_org, cast):
        return False
    org_words: list[Word] = []
    qualifiers: list[Word] = []
    k = j - 1
    while k >= 0 and not words[k].boundary and not words[k].used \
            and (words[k].base not in TIME_WORDS or words[k].base in TITLE_MODIFIERS):  # `반면 중앙 수비수`
        w = words[k]
        # `새솔고 교장 임정혁은`: a word Kiwi splits oddly (새/MM 솔/NNG 고/NNG) names a body too
        body = is_org_word(w) or (w.odd and len(w.base) >= 3 and w.base not in TIME_WORDS)
        if (w.base in TITLE_MODIFIERS or re.match(r"^\d", w.base) or not body) and not org_words:
            qualifiers.insert(0, w)
        elif body:
            org_words.insert(0, w)
        else:
            break
        k -= 1
    org = " ".join([w.base for w in org_words] + ([fused_org] if fused_org else [])) or None
    name_paren = words[name_idx[-1]].paren
    if org is None and name_paren:
        org = _org_in_paren(name_paren)  # `골키퍼 송재하(울산 HD)는`
    full_title = " ".join([w.base for w in qualifiers if not re.match(r"^\d", w.base)] + [title])
    for w in org_words + qualifiers + [words[j]]:
        w.used = True
    mention_words = [words[k] for k in name_idx]
    after = name_idx[-1] + 1
    if not words[name_idx[-1]].boundary and after < len(words) and not words[after].used \
            and (words[after].base in HONORIFICS or split_title(words[after].base) == (None, words[after].base)):
        # `연구소 소장 윤석진 박사는`, `이장 박봉순 씨는`: a second bare title or an honorific ends the mention
        mention_words.append(words[after])
        words[after].used = True
    _introduce(cast, name, full_title, org, mention_words, mention_words[-1].particle)
    cast.mentions[-1].start = (org_words or qualifiers or [words[j]])[0].start
    # `배우 최민식, 김고은, 유해진이 참석했다`: the list shares the title
    k = name_idx[-1]
    while words[k].comma and not words[k].particle and k + 1 < len(words):
        nxt = words[k + 1]
        if nxt.used or not is_korean_name(nxt, confirmed=True) or nxt.base in cast.reporters:
            break
        _introduce(cast, nxt.base, full_title, org, [nxt], nxt.particle)
        k += 1
    return True


#: A school's short name before a name (`한결고 설태민 감독`, `새솔여중`).
_SCHOOL = re.compile(r"^[가-힣]{2,}(?:고|여고|여중|중|초)$")


def _rare_korean_name(word: Word, *, common: bool = False) -> bool:
    """`염다솜 서울시 가족정책국장`: a surname and a given name of rarer syllables that Kiwi knows as a
    proper noun (with `common`, or calls a common noun), opening the phrase before a title (a foreign
    given name would come before it)."""
    base = word.base
    return (word.tags == ["NNP"] or (common and word.tags == ["NNG"])) and len(base) == 3 \
        and base[0] in SURNAMES_1 and HANGUL_WORD.match(base) is not None \
        and base not in PLACES and not base.endswith(ORG_SUFFIXES_STRICT) and not split_title(base) \
        and not looks_transliterated(base) and not word.paren


def _defer_to_later_title(words: list[Word], j: int, name_idx: list[int], title: str, fused_org: str | None,
                          cast: Cast) -> bool:
    """`중대본부장인 윤태서 행정안전부 장관은`, `재판장인 서경민 부장판사는`: after `POST인 NAME`, a
    body and title after the name are the person's title; the post before it is another post of
    theirs, and the body before that post (`일본 정부 대변인인 기타노 미호 관방장관`) their body if
    none is given. Records that for `_introduce_before` and says whether it applies."""
    if words[j].particle not in TITLE_THEN_NAME_ENDINGS or not _title_after_name(words, name_idx[-1]):
        return False
    body: list[str] = []
    k = j - 1
    while k >= 0 and not words[k].boundary and not words[k].used and (
            is_org_word(words[k]) or words[k].base in PLACES or words[k].base == "소속"):
        if words[k].base != "소속":  # `한국노총 소속 근로자위원인 나은결 사무처장`
            body.insert(0, words[k].base)
        k -= 1
    cast.earlier_posts[words[name_idx[0]].start] = Post(title, " ".join(body) or fused_org)
    return True


def _title_after_name(words: list[Word], last: int) -> bool:
    """Whether NAME (ending at `last`) goes on with up to two body words and a bare title."""
    k = last
    for _ in range(3):
        if words[k].boundary or k + 1 >= len(words) or words[k + 1].used:
            return False
        k += 1
        found = split_title(words[k].base)
        if found is not None and found[0] is None:
            return True
        if not (is_org_word(words[k]) or words[k].odd):
            return False
    return False


def _stage_name(word: Word, cast: Cast) -> bool:
    """`멤버 채원은`, `멤버 유나가`: a two- or three-syllable proper noun (Kiwi's NNP) after a group
    role word is a stage name, even one ending like a body (`채원`: 원). Kiwi sometimes keeps the
    particle on an unknown two-syllable name (`유나가`/NNP): it is split off here."""
    if word.paren or not word.is_hangul or word.tags != ["NNP"] or word.base in PLACES \
            or word.base in cast.aliases or word.base in cast.reporters:
        return False
    if not word.particle and len(word.base) == 3 and word.base[-1] in GLUED_PARTICLES:
        word.base, word.particle = word.base[:-1], word.base[-1]
    return 2 <= len(word.base) <= 3 and word.boundary


def _introduce_paren(words: list[Word], j: int, cast: Cast) -> None:
    """`안세영(21·삼성생명)`, `천위페이(중국)`, `김연경(18득점)`, `강풀(본명 강도영)`, `형사12부(이도윤
    부장판사)`, `반부패수사부(부장 김철수)`."""
    word = words[j]
    inner = (word.paren or "").strip()
    org: str | None = None
    inside = inner.split()
    if len(inside) == 3 and split_title(inside[0]) and name_shaped(inside[1]) and split_title(inside[2]):
        inside = inside[1:]  # `형사합의25부(재판장 구민서 부장판사)`: the role, then name and rank
    head_title = split_title(inside[0]) if len(inside) == 2 else None
    head_name = inside[1] if head_title else None
    if len(inside) == 2 and not head_title and name_shaped(inside[0]):
        head_title = split_title(inside[1])  # `형사12부(이도윤 부장판사)`: name first
        head_name = inside[0] if head_title and head_title[0] is None else None
    if head_title and head_name and name_shaped(head_name) and word.base \
            and head_name not in cast.reporters:
        # `반부패수사부(부장 김철수)`, `인천지법 형사12부(이도윤 부장판사)`: the head of the body the
        # parenthesis follows; the bodies written just before it are part of its name
        body = [word.base]
        k = j - 1
        while k >= 0 and len(body) < 3 and not words[k].boundary and not words[k].used \
                and is_org_word(words[k]) and not name_shaped(words[k].base):
            body.insert(0, words[k].base)
            k -= 1
        head = find_person(cast, head_name)
        if head is None:
            head = cast.add(Participant(name=head_name, title=head_title[1], organization=" ".join(body),
                                        first_offset=word.start))
        cast.mentions.append(Mention(head, word.start, word.end, "", word.sentence))
        return
    if _CAST_PAREN.match(inner):
        word.used = True  # `강무결(맹지환 분)`: a character in a drama, played by the actor in the parenthesis
        return
    paren = _read_paren(inner)
    age, stat, org = paren.age, paren.stat, paren.org
    if not (age or stat or paren.note or paren.title or org):
        return
    # `김철수(34)씨는`: the honorific written after the parenthesis is not part of the name
    honorific = honorific_after_paren(word)
    base = word.base[: len(word.base) - len(honorific)]
    if base in cast.reporters or not base or ANONYMIZED.match(base):
        return  # `이모(34)씨는`, `A(34)씨`: an anonymous person (see `bodies`), not a name
    if base.endswith(VENUE_SUFFIXES):
        return  # `해든컨트리클럽(파72)`, `한결아레나(2만석)`: a place
    if paren.note in PSEUDONYM_NOTES and name_shaped(base, allow_two=True):
        # `김민지(가명·32)씨는`: a name the article made up for someone it keeps anonymous
        label_words = [word] + ([words[j + 1]] if j + 1 < len(words) and words[j + 1].base in HONORIFICS
                                and not word.particle else [])
        label = f"{base}({paren.note}){honorific or (label_words[-1].base if len(label_words) > 1 else '')}"
        key = find_descriptor(cast, label, "anonymous", word.start)
        add_mention(cast, key, label_words, "anonymous")
        return
    named = bool(age or stat or paren.note or paren.title)
    if honorific:
        # `회사원 윤다솜(38)씨`: with an age and 씨, a surname and rarer name syllables are a name too
        korean = (name_shaped(base) or (len(base) == 3 and base[0] in SURNAMES_1 and HANGUL_WORD.match(base) is not None
                                        and not looks_transliterated(base) and base not in PLACES)) and named
        foreign = False
        # `캐나다인 관광객 클로이 마틴(29)씨`: a foreign name with an age and 씨 (see `aged_foreign` below)
        aged_foreign = not korean and bool(age) and word.is_hangul and not word.verbal and base not in PLACES \
            and not split_title(base)
    else:
        korean = is_korean_name(word, allow_two=paren.note is not None, confirmed=True) or (
            name_shaped(base) and named)
        foreign = not korean and is_foreign_name_word(word) and "NNP" in word.tags and (
            bool(age) or stat or inner in PLACES or (
                # `마르코스 비예가스(바르셀로나)`: a foreign name of two words or more, then a club
                org is not None and j > 0 and not words[j - 1].boundary and not words[j - 1].used
                and is_foreign_name_word(words[j - 1]) and "NNP" in words[j - 1].tags))
        # `라메시 타파(34)`, `응우옌 티 란(31·베트남)`: an age makes a person of a name Kiwi calls common
        # nouns, when a transliterated word is in it
        aged_foreign = not korean and not foreign and age and word.is_hangul and not word.verbal \
            and base not in PLACES and not split_title(base) and not strong_org(word, cast.aliases) \
            and (bool(word.particle) or word.comma or j == len(words) - 1)  # (a title may follow otherwise)
    if not (korean or foreign or (aged_foreign and _aged_foreign_name(words, j))):
        return
    name_words = [word]
    if foreign or (not korean and aged_foreign):
        # `리오넬 메시(36·인터 마이애미)`: proper nouns just before belong to the name.
        name_words = _aged_foreign_name(words, j) if not foreign else name_words
        k = j - 1
        while foreign and k >= 0 and len(name_words) < 4 and not words[k].boundary and not words[k].used \
                and is_foreign_name_word(words[k]) and "NNP" in words[k].tags:
            name_words.insert(0, words[k])
            k -= 1
    name = " ".join([w.base for w in name_words[:-1]] + [base])
    title = paren.title
    tail: list[Word] = []
    if not word.particle and j + 1 < len(words) and not words[j + 1].used:
        nxt = words[j + 1]
        found = split_title(nxt.base)
        # `염창석(71) 전 청강그룹 회장이`: a qualifier and a body before the title
        k = j + 1
        between: list[Word] = []
        while not found and nxt.base not in HONORIFICS and k + 1 < len(words) and len(between) < 3 \
                and not nxt.boundary and not nxt.used and (nxt.base in TITLE_MODIFIERS or is_org_word(nxt)
                                                           or nxt.base in cast.aliases):  # `맹하늘(34) 항우연 …`
            between.append(nxt)
            k += 1
            nxt = words[k]
            found = split_title(nxt.base)
        if between and found and not nxt.used:
            modifiers = [w.base for w in between if w.base in TITLE_MODIFIERS]
            body = [w.base for w in between if w.base not in TITLE_MODIFIERS]
            title = " ".join(modifiers + [found[1]])
            org = org or " ".join(body + ([found[0]] if found[0] else [])) or None
            tail = between + [nxt]
        elif nxt is words[j + 1] and (nxt.base in HONORIFICS or found):
            # `이순신(45·한국전력) 씨는`, `안세영(21·삼성생명) 선수는`: the mention goes on
            tail = [nxt]
            title = found[1] if found else title
            if found and found[0] and not org:
                org = found[0]  # `윤세라(57) 한빛기후연구원장은`: the body fused with the title
    if org is None and title and not honorific:
        # `기호 1번 더불어민주당 탁은솔(52) 후보`: the body written right before the name
        body_words = _body_before(words, words.index(name_words[0]), 0)
        org = " ".join(w.base for w in body_words) or None
        for w in body_words:
            w.used = True
    key = _introduce(cast, name, title, org.strip() if org else None, name_words + tail,
                     (tail[-1] if tail else word).particle)
    if honorific or (tail and tail[0].base in HONORIFICS) or (age and not title and not org):
        # `사과 농민 도기석(68)씨`: a private person, no member of the body the story is about
        cast.private.add(key)


def _aged_foreign_name(words: list[Word], j: int) -> list[Word]:
    """The words of a foreign name ending at `j` (which has an age in parentheses) when Kiwi calls
    them common nouns: up to three words before it that could be part of a name (no particle, not
    a place, body or title), and at least one word that looks transliterated; else []."""
    run = [words[j]]
    k = j - 1
    while k >= 0 and len(run) < 4 and not words[k].boundary and not words[k].used \
            and is_foreign_name_word(words[k], loose=True):
        run.insert(0, words[k])
        k -= 1
    return run if any(looks_transliterated(w.base) for w in run) and len(run) >= 2 else []


_ORG_PAREN = re.compile(r"^(?=.*[가-힣])[가-힣A-Za-z][가-힣A-Za-z0-9&]*$")
_PAREN_PARTS = re.compile(r"\s*[·,]\s*")
_AGE = re.compile(r"^\d{1,3}\s*세?$")
_RANKING = re.compile(r"(?:랭킹|순위|시드)\s*\d{1,4}\s*위$")
#: `(맹지환 분)`, `(배우 맹지환 분)`: the actor who plays the character named before the parenthesis.
_CAST_PAREN = re.compile(r"^(?:[가-힣A-Za-z]+\s){1,2}분$")


@dataclass(slots=True)
class _Paren:
    """What a parenthesis after a name says about the person."""

    age: bool = False  # `(34)`, `(21·삼성생명)`
    stat: bool = False  # `(18득점)`: a statistic, so the word before is a player
    note: str | None = None  # `본명`, `가명`, `한국명`: a note on the name, not a body
    title: str | None = None  # `(전 장관)`, `(한빛대 교수)`
    org: str | None = None  # `(삼성생명)`, `(울산 HD)`, `(한빛대 교수)`


def _read_paren(inner: str) -> _Paren:
    """`(21·삼성생명)`, `(가명·32)`, `(본명 강도영)`, `(전 장관)`, `(18득점)`: parts split at `·`/`,`."""
    info = _Paren(stat=bool(_STAT_PAREN.match(inner)))
    if info.stat:
        return info
    for part in _PAREN_PARTS.split(inner.strip()):
        tokens = part.split()
        if not tokens:
            continue
        if _AGE.match(part):
            info.age = True
        elif _RANKING.search(part):
            info.stat = True  # `(24·세계 랭킹 31위)`: a ranking, so the word before is a player
        elif tokens[0] in NAME_NOTES:
            info.note = info.note or tokens[0]
        elif split_title(tokens[-1]) == (None, tokens[-1]) and info.title is None:
            lead = 0
            while lead < len(tokens) - 1 and tokens[lead] in TITLE_MODIFIERS:
                lead += 1
            info.title = " ".join(tokens[:lead] + tokens[-1:])
            if len(tokens) - 1 > lead and info.org is None:
                info.org = " ".join(tokens[lead:-1])
        elif info.org is None and _ORG_PAREN.match(part.replace(" ", "")) and (
                len(part) <= 12 or (len(part) <= 20 and len(tokens) <= 4 and info.age)):
            # `(울산 HD)`, `(LG 트윈스)`: Latin letters beside Hangul; after an age, a longer club
            # (`도바다(24·브라이턴 앤드 호브 앨비언)`)
            info.org = part
    return info


def _org_in_paren(inner: str) -> str | None:
    """The body in a parenthesis after a name: `(21·삼성생명)`, `(토트넘)`, `(바르셀로나)`; None for an
    age alone, a statistic (`18득점`), a note on the name (`본명 …`) or anything not a short phrase."""
    return _read_paren(inner).org


def _complete_foreign_names(cast: Cast, text: str, sentences: list[Sentence]) -> None:
    """`다시우바 대통령` in the story, `브라질 루이스 이나시우 룰라 다시우바 대통령이` inside a
    quote or a photo caption: the longest form given anywhere (before the same title) is the name."""
    morph_starts: list[int] | None = None
    morphs: list = []
    for person in cast.people:
        if person.kind != "person" or not person.title or name_shaped(person.name, allow_two=True):
            continue
        title = person.title.split()[-1]
        best: list[str] = []
        best_place: str | None = None
        for m in _longer_forms(text, person.name, title):
            if morph_starts is None:
                morphs = [x for sent in sentences for x in sent.morphemes]
                morph_starts = [x.start for x in morphs]
            pieces = [(p.group(0), m.start(1) + p.start()) for p in re.finditer(r"\S+", m.group(1))]
            name_parts: list[str] = []
            place = None
            for piece, start in reversed(pieces):
                if piece in PLACES or piece in ORG_SPEAKERS or piece.endswith(LONG_ORG_SUFFIXES):
                    # `브라질 루이스 … 다시우바 대통령`, `유엔 구테흐스 사무총장`: the organisation
                    place = piece
                    break
                if piece in DETERMINERS or piece in TITLE_MODIFIERS or split_title(piece) \
                        or piece.endswith(ORG_SUFFIXES) or piece in NOT_NAME_WORDS:
                    break
                lo = bisect.bisect_left(morph_starts, start)
                hi = bisect.bisect_left(morph_starts, start + len(piece), lo)
                tags = [x.tag for x in morphs[lo:hi]]
                # a name part carries no particle or ending, and is a proper noun or looks transliterated
                if not tags or any(t.startswith(("J", "E", "V", "X")) for t in tags):
                    break
                # Kiwi splitting a short word into odd pieces (`주앙` → 주/NNG 앙/MAG) means it does not know it
                if "NNP" not in tags and not looks_transliterated(piece) and len(tags) < 2:
                    break
                name_parts.insert(0, piece)
            if len(name_parts) > len(best):
                best = name_parts
                best_place = place if name_parts else None
        if best:
            person.name = " ".join(best + [person.name])
            cast.changed()
            if best_place and not person.organization:
                person.organization = best_place


_WORDS_BEFORE = re.compile(r"((?:[가-힣][가-힣'’\-]*\s+){1,4})$")


def _longer_forms(text: str, name: str, title: str):
    """Matches of up to four Hangul words right before each `name TITLE` in the text."""
    pos = text.find(name)
    while pos != -1:
        after = text[pos + len(name):pos + len(name) + len(title) + 2].lstrip()
        if after.startswith(title):
            window_start = max(0, pos - 80)
            m = _WORDS_BEFORE.search(text, window_start, pos)
            if m:
                yield m
        pos = text.find(name, pos + 1)


def _merge_name_variants(cast: Cast) -> None:
    """`텐 하흐` then `에릭 텐 하흐`: a later, longer form of the same name replaces the shorter one."""
    people = cast.people
    for i, short in enumerate(people):
        if short.kind != "person" or name_shaped(short.name, allow_two=True):
            continue
        for k, long in enumerate(people):
            if k == i or long.kind != "person" or len(long.name) <= len(short.name):
                continue
            if long.name.endswith(" " + short.name):
                long.title = long.title or short.title
                long.organization = long.organization or short.organization
                long.first_offset = min(long.first_offset, short.first_offset)
                for m in cast.mentions:
                    if m.key == i:
                        m.key = k
                short.kind = "merged"
                cast.changed()
                break


def _resolve_short(cast: Cast, form: str, title: str | None, offset: int) -> int | None:
    """The person a short form refers to: `최` + `회장`, `우바이다` + `대변인`, `텐 하흐`, `이강철`."""
    candidates: list[int] = []
    surname = len(form) == 1 or form in SURNAMES_2
    for i, p in enumerate(cast.people):
        if p.kind != "person" or p.first_offset > offset:
            continue
        if surname:
            # `탕 부장` for `탕원하오 외교부장`, `시 주석`: a one-word Chinese name by its surname, with its title
            ok = (p.name.startswith(form) and " " not in p.name and (
                name_shaped(p.name, allow_two=True) or (len(p.name) == 3 and len(form) == 1)
                or (len(form) == 1 and title is not None and _holds_title(cast, i, title)))) \
                or p.name.endswith(" " + form)  # `문 대표` for `에릭 문`
        else:
            ok = p.name == form or p.name.endswith(" " + form)
        if ok:
            candidates.append(i)
    if not candidates:
        return None
    if len(candidates) > 1 and title:
        same = [i for i in candidates if _holds_title(cast, i, title)]
        if len(same) == 1:
            return same[0]
        return None  # two people with the same surname and title: do not guess
    if len(candidates) > 1:
        return _latest_before(cast, candidates, offset)
    key = candidates[0]
    if surname and title and cast.people[key].title and not _holds_title(cast, key, title):
        return None  # `김 감독` is not `김철수 회장`
    return key


def _resolve_short_ssi(cast: Cast, surname: str, offset: int) -> int | None:
    """`탁씨는`: of several people with the surname, the one the article calls `…씨` (`아버지 탁만석(56)씨`),
    not a player or an official named without it; else the one named last."""
    candidates = [i for i, p in enumerate(cast.people) if p.kind == "person" and p.first_offset <= offset
                  and p.name.startswith(surname) and " " not in p.name]
    if len(candidates) > 1:
        called = [i for i in candidates if _called_ssi(cast, i, offset)]
        if len(called) == 1:
            return called[0]
    return _resolve_short(cast, surname, None, offset)


def _called_ssi(cast: Cast, key: int, offset: int) -> bool:
    """Whether a mention of the person before `offset` has the honorific `씨` (`탁만석(56)씨가`, `최영민 씨는`)."""
    ends = {m.end for m in cast.mentions if m.key == key and m.kind == "person" and m.start < offset}
    for i, w in enumerate(cast.words):
        if w.end in ends and ("씨" in w.text.strip()[len(w.base):] or (
                i + 1 < len(cast.words) and cast.words[i + 1].base == "씨")):
            return True
    return False


def _holds_title(cast: Cast, key: int, short: str) -> bool:
    """Whether the person's title, or another post the article gives them, is `short`."""
    return _title_matches(cast.people[key].title, short) or any(
        _title_matches(other, short) for other in cast.other_titles.get(key, ()))


def _title_matches(full: str | None, short: str) -> bool:
    """Whether a short form's title names the post `full`: the same or a shorter title (`부사장` for
    `수석부사장`), or the general title of the kind (`서 작가` for a `소설가`; see `TITLE_KINDS`)."""
    if not full:
        return False
    last = full.split()[-1]
    return full.endswith(short) or short.endswith(last) or short in full or last in TITLE_KINDS.get(short, ())


def _latest_before(cast: Cast, keys: list[int], offset: int) -> int | None:
    best, best_pos = None, -1
    for m in cast.mentions:
        if m.key in keys and best_pos < m.start < offset:
            best, best_pos = m.key, m.start
    return best


def _scan_short_and_bare(words: list[Word], cast: Cast) -> None:
    """Short mentions (`최 회장`, `우바이다 대변인`), bare known names (`안세영은`, `메시를`),
    bare Korean names Kiwi knows as proper nouns (`박병호의`; not a term in quotation marks nor a
    word right after a place), honorific `씨`."""
    for j, word in enumerate(words):
        if word.used or word.glued:
            continue
        found = split_title(word.base) if word.particle not in PLACE_PARTICLES else None
        if found and j > 0 and not words[j - 1].used and _surname_as_verb(words[j - 1]):
            # `빈 대변인은`, `온 군수는`: Kiwi reads the surname as a verb form (`빈` = empty, `온` = came),
            # so it is taken only for someone the article gave that surname and title
            key = _resolve_short(cast, words[j - 1].base, found[1], word.start)
            if key is not None and _holds_title(cast, key, found[1]):
                add_mention(cast, key, [words[j - 1], word])
                continue
        if found and j > 0 and not words[j - 1].used and not words[j - 1].boundary:
            title = found[1]
            two = j > 1 and not words[j - 2].used and not words[j - 2].boundary
            key = None
            idx: list[int] = []
            if two:
                form = f"{words[j - 2].base} {words[j - 1].base}"
                key = _resolve_short(cast, form, title, word.start)
                idx = [j - 2, j - 1]
            if key is None:
                key = _resolve_short(cast, words[j - 1].base, title, word.start)
                idx = [j - 1]
            if key is None and two and words[j - 1].base in TITLE_MODIFIERS:
                # `홍 전 의원은`, `김 신임 장관은`: a qualifier between the surname and the title
                key = _resolve_short(cast, words[j - 2].base, title, word.start)
                idx = [j - 2, j - 1]
                held = cast.people[key].title or "" if key is not None else ""
                if words[j - 1].base in ("전", "현") and words[j - 1].base not in held.split():
                    key = None  # `김 전 장관` after `김영수 장관`: a former minister is someone else
            if key is not None:
                add_mention(cast, key, [words[k] for k in idx] + [word])
                continue
        if word.used or not word.base or not NAME_CHARS.match(word.base):
            continue
        if j + 1 < len(words) and words[j + 1].base == "씨" and not word.boundary and not words[j + 1].used \
                and (word.base in SURNAMES_1 or word.base in SURNAMES_2):
            # `최 씨는` after `최영민 씨는`: the surname and the honorific
            key = _resolve_short_ssi(cast, word.base, word.start)
            post = (cast.people[key].title or "").split()[-1:] if key is not None else []
            if key is not None and not (post and post[0] in POSTS):  # a minister is never `김 씨`
                add_mention(cast, key, [word, words[j + 1]])
                continue
        # `텐 하흐는`: a two-word short form of a foreign name.
        if j + 1 < len(words) and not word.boundary and not words[j + 1].used:
            pair = f"{word.base} {words[j + 1].base}"
            key = known_form(cast, pair, word.start)
            if key is not None:
                add_mention(cast, key, [word, words[j + 1]])
                continue
        if word.base.endswith("씨") and len(word.base) >= 3:
            key = known_form(cast, word.base[:-1], word.start)  # `베넷씨는` after `올리버 베넷(31)씨`
            if key is not None:
                add_mention(cast, key, [word])
                continue
        title_next = not word.boundary and j + 1 < len(words) and not words[j + 1].used \
            and split_title(words[j + 1].base) == (None, words[j + 1].base)
        key = None if title_next else known_form(cast, word.base, word.start)  # `박 대표`: the title's turn
        if key is not None:
            add_mention(cast, key, [word])
            continue
        if word.base in cast.reporters:
            continue
        nxt = words[j + 1].base if j + 1 < len(words) else ""
        honorific = nxt in HONORIFICS and not word.boundary
        # A bare proper noun in quotation marks (`이른바 ‘마용성’`) is a term, and one right after a
        # place (`서울 용산고를`) a place or an institution there: neither is a bare name.
        prev = words[j - 1] if j > 0 and not words[j - 1].boundary else None
        term_or_place = word.text.lstrip()[:1] in _OPENING_QUOTES or (prev is not None and (
            prev.base in PLACES or (len(prev.base) >= 2 and prev.base[-1] in "시도군구" and prev.is_hangul)
            or (len(prev.base) >= 3 and prev.base[-1] in "읍면" and prev.is_hangul)))  # `노원구 상계동`, `하일면 송천리`
        # ... and a bare name is not the first half of a compound noun (`고분자 층을`; `방수현 이후`
        # and `방수현 등` are fine)
        after_word = words[j + 1] if j + 1 < len(words) and not word.boundary else None
        ends_phrase = after_word is None or not (
            after_word.tags[:1] == ["NNG"] and after_word.base not in TIME_WORDS
            and after_word.base not in HONORIFICS and not split_title(after_word.base)
            and after_word.base not in AFTER_NAME_NOUNS)
        korean = (honorific or (word.tags == ["NNP"] and not term_or_place and ends_phrase
                                and _mostly_proper(cast).get(word.base, False))) \
            and is_korean_name(word, allow_two=honorific, confirmed=honorific)
        if korean and not split_title(nxt):
            key = cast.add(Participant(name=word.base, first_offset=word.start))
            add_mention(cast, key, [word] + ([words[j + 1]] if honorific else []))


def _name_read_as_verb(word: Word) -> bool:
    """A name Kiwi split into a verb form and a noun (`빈성호` → 비/VV + ㄴ + 성호/NNG), before a title."""
    return word.verbal and not word.particle and len(word.base) == 3 and word.base[0] in SURNAMES_1 \
        and word.tags[:1] in (["VV"], ["VA"]) and word.tags[1:] == ["NNG"] and name_shaped(word.base)


def _surname_as_verb(word: Word) -> bool:
    """A one-syllable surname Kiwi tagged as a verb or adjective form (`빈`, `온`, `탄`), alone in its word."""
    return word.verbal and word.boundary and len(word.base) == 1 and word.text.strip() == word.base \
        and word.base in SURNAMES_1


def _scan_foreign_runs(per_sentence: list[list[Word]], cast: Cast) -> None:
    """`리오넬 메시를`, `윌리엄 쿠에바스에`: a run of proper nouns that starts with a common foreign
    given name is a person, and so is one of transliterated words after a country's genitive
    (`일본의 다카하시 겐토를`); later bare uses of the last name (`메시는`) are mentions of them."""
    for words in per_sentence:
        j = 0
        while j < len(words):
            w = words[j]
            national = j > 0 and words[j - 1].base in PLACES and words[j - 1].particle == "의" \
                and is_foreign_name_word(w) and looks_transliterated(w.base)
            if (w.base not in FOREIGN_GIVEN_NAMES and not national) or w.used or w.boundary \
                    or (j > 0 and not words[j - 1].boundary and "NNP" in words[j - 1].tags):
                j += 1
                continue
            run = [j]
            k = j + 1
            while k < len(words) and len(run) < 4:
                x = words[k]
                if x.used or not is_foreign_name_word(x, loose=True) or split_title(x.base):
                    break
                run.append(k)
                if x.boundary:
                    break
                k += 1
            last = words[run[-1]]
            if len(run) >= 2 and (last.boundary or run[-1] == len(words) - 1) \
                    and not any(strong_org(words[i], cast.aliases) for i in run):
                honorific = honorific_after_paren(last)  # `올리버 베넷(31)씨는`
                name = " ".join([words[i].base for i in run[:-1]] + [last.base[: len(last.base) - len(honorific)]])
                private = bool(honorific) or bool(last.paren and _read_paren(last.paren).age)  # see `_introduce_paren`
                # `하비에르 로페스(바르셀로나)`: the club or country in parentheses
                org = _org_in_paren(last.paren) if last.paren else None
                key = find_person(cast, name)
                if key is None:
                    key = cast.add(Participant(name=name, organization=org, first_offset=w.start))
                elif org and not cast.people[key].organization:
                    cast.people[key].organization = org
                if private:
                    cast.private.add(key)
                add_mention(cast, key, [words[i] for i in run])
            j = run[-1] + 1


def _scan_coordination(words: list[Word], cast: Cast, person_at: dict[int, int]) -> None:
    """`공훈, 신미래와 함께`, `김연경(18득점)과 옐레나(19득점)가`: a name-like word listed with a
    known person is a person too."""
    for j in range(len(words) - 1):
        a, b = words[j], words[j + 1]
        if not (a.comma or a.particle in COORDINATING_PARTICLES):
            continue  # nothing is listed here
        # `황대한·연지호는`: two Korean names joined as one subject are two people
        if a.comma and not a.used and not b.used and b.particle and name_shaped(a.base) and name_shaped(b.base) \
                and not a.glued and a.base not in cast.reporters and b.base not in cast.reporters \
                and not a.particle and all(t in ("NNP", "NNG") for t in a.tags + b.tags):
            for w in (a, b):
                key = find_person(cast, w.base)
                if key is None:
                    key = cast.add(Participant(name=w.base, first_offset=w.start))
                add_mention(cast, key, [w])
                person_at[w.start] = key
        for known, other in ((a, b), (b, a)):
            if known.start not in person_at or other.used or other.glued or other.base in cast.reporters:
                continue
            if other is b and not (b.boundary or j + 2 >= len(words)):
                continue
            person_like = name_shaped(other.base, allow_two=True) or (
                is_foreign_name_word(other) and "NNP" in other.tags and not strong_org(other, cast.aliases)
                and (not name_shaped(other.base) or (other.base[1:] and syllables_ok(other.base[1:]))))
            if not person_like or (other.tags and other.tags[0] == "NNG" and not name_shaped(other.base, allow_two=True)):
                continue
            org = _org_in_paren(other.paren) if other.paren else None
            key = find_person(cast, other.base)
            if key is None:
                key = cast.add(Participant(name=other.base, organization=org, first_offset=other.start))
            add_mention(cast, key, [other])
            person_at[other.start] = key
