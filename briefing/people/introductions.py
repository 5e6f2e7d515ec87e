"""Introductions: where an article gives a person's full name with a title or a parenthesis.

NAME [ORG] TITLE (`최태원 SK그룹 회장`, `서명훈 한화 감독` with `한화` the body), ORG NAME TITLE
(`대통령실 김용범 정책실장`), [ORG] TITLE NAME (`NC 유격수 김주원`, `당시 감독이었던 프랭크 오'파렐`),
NAME(age·ORG) (`안세영(21·삼성생명)`, `반부패수사부(부장 김철수)`), and the names listed with them that
share the title or the body (`송은채·문태일·하기준 재판관은`, `배우 최민식, 김고은, 유해진이`).
`participants.find_cast` runs `scan_introductions` on each sentence; the parenthesis reader
(`read_paren`) and `introduce` serve its other passes too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..entities.known_people import a_known_thing, known_people, known_things
from ..entities.model import gazetteer
from ..lexicon.bodies import (
    CASE_ROLES,
    CIRCUIT_WORDS,
    GENERIC_BODIES,
    KNOWN_BODY_NAMES,
    LONG_ORG_SUFFIXES,
    ORG_KIND_NOUNS,
    ORG_RELATION_NOUNS,
    ORG_SUFFIXES,
    ORG_SUFFIXES_STRICT,
    PERFORMING_GROUP_NOUNS,
    POINTING_WORDS,
    TEAM_NICKNAMES,
    UNIT_ENDINGS,
)
from ..lexicon.grammar import (
    DETERMINERS,
    GLUED_PARTICLES,
    PLACE_PARTICLES,
    TIME_WORDS,
)
from ..lexicon.people import (
    BACKGROUND,
    CHARACTER_NOUNS,
    COACH_DOMAINS,
    CREDIT_COMPANIES,
    CREDIT_ROLES,
    CURRENT_POST_MARKERS,
    DEPUTY_PREFIXES,
    FOREIGN_GIVEN_NAMES,
    HONORIFICS,
    LIST_SCOPE,
    NAME_NOTES,
    NATIONAL_POSTS,
    PERSON_STATES,
    PLAYER_STAT_UNITS,
    PSEUDONYM_NOTES,
    QUALIFYING_TITLES,
    SEX_MARKERS,
    STAGE_NAME_ROLES,
    SURNAMES_1,
    SURNAMES_2,
    TITLE_CHAINS,
    TITLE_MODIFIERS,
    TITLE_QUALIFIER_SUFFIXES,
    TITLE_SET,
    TITLE_THEN_NAME_ENDINGS,
)
from ..lexicon.places import PLACES, VENUE_SUFFIXES
from ..models import Participant
from .cast import (
    Cast,
    Mention,
    Post,
    add_mention,
    better_title,
    bodies_held,
    find_descriptor,
    find_person,
    known_form,
    post_of,
)
from .names import (
    ANONYMIZED,
    HANGUL_WORD,
    LATIN,
    NAME_CHARS,
    ORDINAL,
    PHOTO_POSITION,
    Word,
    body_words_ending_at,
    closes_epithet,
    honorific_after_paren,
    initials,
    is_award,
    is_foreign_name_word,
    is_korean_name,
    is_org_word,
    looks_transliterated,
    middle_initial,
    name_form,
    name_shaped,
    named_body,
    owning_body,
    quoted_nickname,
    split_glued_and,
    split_title,
    spoken_of,
    strong_org,
    title_of,
)

#: Marks that open a span in quotation marks (a term: `이른바 ‘마용성’`).
OPENING_QUOTES = ("‘", "'", "“", '"', "「", "『")
#: The marks that close them.
_CLOSING_QUOTES = ("’", "'", "”", '"', "」", "』")
_STAT_PAREN = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*[가-힣]{1,4}(?:\s*\d+\s*[가-힣]{1,4})*\s*$")


def scan_introductions(words: list[Word], cast: Cast) -> None:
    """Full-name introductions: NAME [ORG] TITLE, ORG NAME TITLE, [ORG] TITLE NAME, NAME(age·ORG)."""
    list_org: str | None = None  # `대통령실 김용범 정책실장, 하준경 경제성장수석 …` share it
    for j, word in enumerate(words):
        if word.used or word.glued:
            continue
        found = split_title(word.base) or _spaced_title(words, j) \
            if word.particle not in PLACE_PARTICLES or spoken_of(words, j) else None
        if found and (title_follows(words, j, found[1]) or word.base in QUALIFYING_TITLES and title_next(words, j)):
            found = None  # `한국개발연구원 원장`: a body whose name ends like a title, then the title; `선발 투수`
        if found and closes_epithet(word):
            # `‘농구대통령’ 허재를`: an epithet in quotation marks introduces the name after it, as a title
            # would, but is no title
            _introduce_after_epithet(words, j, found, cast)
            continue
        if found and word.paren and _character_with_title(words, j, _without_honorific(word.paren.strip()), cast):
            continue  # `유시진 대위(송중기)와`: a character and the actor who plays them
        nxt = words[j + 1] if found and j + 1 < len(words) and not word.boundary else None
        if nxt is not None and nxt.paren and (_played_by_actor(nxt, inner := _without_honorific(nxt.paren.strip()), cast)
                                              or _cast_paren(nxt, inner, cast)):
            continue  # `스타 강사 서혜진(정려원)과`, `작가 고체경(전소니 분)의`: a character's part, then the actor
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


def _spaced_title(words: list[Word], j: int) -> tuple[None, str] | None:
    """`미들 블로커 박원빈`, `아웃사이드 히터 김연경`: a title the table lists as one word (`미들블로커`),
    written as two: word j is its last word, the word before it a qualifier (`_body_and_qualifiers_before`
    reads it so), where no reading of it as a body's name stands in the way."""
    if j == 0 or words[j - 1].boundary or words[j - 1].used or not words[j - 1].base:
        return None
    joined = words[j - 1].base + words[j].base
    return (None, words[j].base) if joined in TITLE_SET and split_title(words[j - 1].base) is None \
        and not is_org_word(words[j - 1]) else None  # (`미드 라이너`: Kiwi's proper noun `미드` reads as a body)



def _introduce_after_epithet(words: list[Word], j: int, found: tuple[str | None, str], cast: Cast) -> None:
    """The name after an epithet that ends like a title (`‘피겨 여왕’ 김연아가`), introduced with the title
    the person had before, if any, and never the epithet."""
    titles = [p.title for p in cast.people]
    if _introduce_after(words, j, found[1], found[0], cast):
        key = cast.mentions[-1].key
        cast.people[key].title = titles[key] if key < len(titles) else None


def title_follows(words: list[Word], j: int, title: str) -> bool:
    """Whether word j, a compound ending in a title, is directly followed by a title word of its own.

    `한국개발연구원 원장`, `서울대병원 교수`: the first word is the organisation (it merely ends like
    `연구원`), the second the title; so too with a unit of it between (`한국생산기술연구원 희소금속센터
    소장`). A repeated title (`대표 대표는`) is not this case.
    """
    if j + 1 >= len(words) or words[j].particle or words[j].comma or words[j].base == title:
        return False
    if j + 2 < len(words) and _unit_word(words[j + 1]) and split_title(words[j + 2].base) == (None, words[j + 2].base):
        return True
    nxt = split_title(words[j + 1].base)
    paren = words[j].paren
    if nxt is not None and paren and _ACRONYM.fullmatch(paren.strip()):
        return True  # `한국개발연구원(KDI) 거시경제연구부장`: a body with its abbreviation, then any title
    if nxt is not None and _chain_follows(words, j) and words[j].base.endswith(title):
        return False  # `서울시교육감 후보`: a candidate for the post, not a body and a title
    return nxt is not None and nxt[0] is None and nxt[1] == words[j + 1].base and nxt[1] != title


_ACRONYM = re.compile(r"[A-Z][A-Za-z&]{1,9}")


def _unit_word(word: Word) -> bool:
    """A unit of a body, between the body and a title (`희소금속센터`, `거시경제연구부`): a word of a body's
    shape, no title, nothing after it that ends a phrase."""
    return not (word.particle or word.comma or word.boundary or word.paren) and split_title(word.base) is None \
        and word.base.endswith(UNIT_ENDINGS)


def _chain_follows(words: list[Word], j: int) -> bool:
    """Whether the word after word j ends in the second part of a title chain (`후보`, `후보자`, `대행`:
    `TITLE_CHAINS`), which qualifies the post before it (`서울시교육감 후보`)."""
    return j + 1 < len(words) and words[j + 1].base.endswith(TITLE_CHAINS[1])


def title_next(words: list[Word], j: int) -> str | None:
    """The bare title word that follows word j with nothing between (`선발 투수`, `지창구 판사는`), or None."""
    if j + 1 >= len(words) or words[j].boundary:
        return None
    base = words[j + 1].base
    return base if split_title(base) == (None, base) else None


def introduce(cast: Cast, name: str, title: str | None, org: str | None, words: list[Word],
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
        org = named_body(post_of(title))
    if ANONYMIZED.match(name):
        # `신모(20) 이병`, `강모 전 교감`: someone the article keeps anonymous is no participant, but may speak
        source = find_descriptor(cast, f"{name} {title}" if title else name, "anonymous", words[0].start)
        cast.mentions.append(Mention(source, words[0].start, words[-1].end, particle, words[-1].sentence, "anonymous"))
        return source
    key = find_person(cast, name)
    if key is None:
        # `포스테코글루 감독` after `안제 포스테코글루 감독`, `위자야 대통령` after `아리프 위자야
        # 인도네시아 대통령` (Korean-shaped): the short form of a known name
        key = known_form(cast, name, words[0].start)
    if key is None:
        key = cast.add(Participant(name=name, title=title, organization=org, first_offset=words[0].start))
    else:
        person = cast.people[key]
        # (named here before where a pass found them first: `고노 다로 외무상이`, before a transcript's label)
        person.first_offset = min(person.first_offset, words[0].start)
        if title and org and not person.organization:
            person.title, person.organization = title, org
        person.title = better_title(person.title, title)  # (a post wins over a standing: `cast.better_title`)
        person.organization = person.organization or org
    cast.mentions.append(Mention(key, words[0].start, words[-1].end, particle, words[-1].sentence))
    return key


def _introduce_before(words: list[Word], j: int, title: str, fused_org: str | None,
                      cast: Cast) -> tuple[int, str | None, int] | None:
    """NAME [ORG…] [qualifier…] TITLE: the name is in the particle-free words before the title
    (`최태원 SK그룹 회장`, `대통령실 김용범 정책실장`, `아부 우바이다 하마스 대변인`, `윤재호 전 기획재정부
    장관`).

    Returns the participant, the organisation written before the name (if any) and the index of
    the mention's first word."""
    window = _window_before(words, j)
    if not window:
        return None
    last, chained = _title_words(words, j, fused_org)
    post = title_of(chained[-1].base) or title if chained else title
    found = _name_in_window(words, window, j, post, words[j + len(chained)].index, cast)
    if found is None:
        return None
    prefix, name_words, between = found
    if any(w.base == "소속" for w in between):
        return None  # `하청업체 세진토건 소속 노동자`: the words before `소속` name a body, not a person
    org_words, title_words = _body_and_title_words(between)
    if not name_words:
        return None
    name = " ".join(name_form(w) for w in name_words)
    if name in cast.reporters:
        return None
    at_name = words.index(name_words[0])
    if prefix and org_words and at_name > 0 and words[at_name - 1].base == "소속":
        prefix = []  # `국회 행정안전위원회 소속 권다빈 더불어민주당 의원`: the party after the name is the body
    first = words.index((prefix + name_words)[0])
    org = " ".join([w.base for w in prefix + org_words] + ([fused_org] if fused_org else [])) or None
    if org is None:
        org = _body_whose_earlier_post(words, first, cast)
    if org is None:
        org = _body_given_elsewhere(words, j + len(chained), last, first, title, cast)
    full_title = " ".join([w.base for w in title_words] + [title] + [w.base for w in chained])
    span = prefix + name_words + between + words[j:last + 1]
    key = _record_name_before_title(cast, name, full_title, org, name_words, span, words[last])
    _introduce_listed_before(words, first, full_title, org, key, cast)
    prefix_org = " ".join(w.base for w in prefix) or None
    return key, prefix_org, words.index(span[0])


def _window_before(words: list[Word], j: int) -> list[int]:
    """The indexes of the words that may hold a name before the title word j: up to six unused words
    back to the last boundary (`대통령실 김용범 정책실장`: 대통령실, 김용범), or back to a name Kiwi read as
    a verb form, which starts the mention (`빈성호 한결그룹 회장이`)."""
    window: list[int] = []
    k = j - 1
    while k >= 0 and len(window) < 6:
        w = words[k]
        if not w.used and _name_read_as_verb(w):
            window.insert(0, k)  # `빈성호 한결그룹 회장이`: the name starts the mention
            break
        if not w.used and _particle_read_off_a_name(w):
            w.base, w.particle = w.base + w.particle, ""  # read again: the name, no particle
            window.insert(0, k)
            break
        if w.used or w.boundary:
            break
        if k > 0 and words[k - 1].modifier and w.tags in (["NNG"], ["NNB"]) and not name_shaped(w.base) \
                and not is_org_word(w):  # (`단상에 오른 노조 성유나 위원장`: a body it modifies stays)
            break  # `참석한 가운데 주낙영 경주시장`: the noun a clause modifies ends that clause, no name's
        window.insert(0, k)
        k -= 1
    return window


def _title_words(words: list[Word], j: int, fused_org: str | None) -> tuple[int, list[Word]]:
    """Where the title that starts at word j ends, and the title words chained to it: a repeated
    title word (`대표 대표는`), a chain (`대표이사 사장은`, `장관 후보자`) and a second post after `겸`
    (`경제부총리 겸 기획재정부 장관은`) belong to the same mention. Returns the index of its last word
    and the chained words."""
    word = words[j]
    last = j
    # `대표 대표는`: a repeated title word belongs to the same mention.
    while last + 1 < len(words) and title_of(words[last + 1].base) == title_of(word.base) \
            and not words[last].particle and not words[last].comma:
        last += 1
    # `대표이사 사장은`: a second title word right after the first names the same post
    chained: list[Word] = []
    if last == j and (not fused_org or _chain_follows(words, j)):
        chained = _chained_title(words, j)
        last += len(chained)
    return _concurrent_titles(words, last), chained


def _name_in_window(words: list[Word], window: list[int], j: int, post: str, title_index: int,
                    cast: Cast) -> tuple[list[Word], list[Word], list[Word]] | None:
    """The name in the window before the title word j, the body written before the name, and the
    words between the name and the title: a Korean name (`대통령실 김용범 정책실장`), else a foreign
    one (`세계보건기구 테워드로스 사무총장`; `post` is the title's last word, `title_index` the position
    of its last word in the article). None when the window holds no name."""
    # (`… 라이스 소속 스티브 클린톤 변호사`: a word before `소속` names the body one belongs to, whatever its shape)
    korean = [n for n in _korean_names_in_window(words, window, j, cast)
              if not (n + 1 < len(words) and words[n + 1].base == "소속")]
    if korean:
        n = korean[-1]
        prefix = _body_before(words, n, window[0])
        between = [words[k] for k in window if k > n]
        if _given_name_before_country(between, post):
            return prefix, [words[n], between[0]], between[1:]  # `이시바 시게루 일본 총리`
        return prefix, [words[n]], between
    return _foreign_name_in_window(words, window, post, title_index, cast)


def _given_name_before_country(between: list[Word], post: str) -> bool:
    """`이시바 시게루 일본 총리`: a Korean-shaped word, then a transliterated one that nothing knows as a
    body or a place, then a country and a country's post (`NATIONAL_POSTS`): a foreign leader, whose
    name the transliterated word ends."""
    if len(between) != 2 or post not in NATIONAL_POSTS or between[1].base not in PLACES:
        return False
    given = between[0]
    return not given.particle and not given.paren and looks_transliterated(given.base) \
        and not name_shaped(given.base) and gazetteer().get(given.base) in (None, "PER") \
        and not given.base.endswith(ORG_SUFFIXES)


def _korean_names_in_window(words: list[Word], window: list[int], j: int, cast: Cast) -> list[int]:
    """The Korean names in the window before the title word j, the one the title goes with last;
    none when the window holds a foreign name that a Korean-shaped word ends (`제롬 파월 연준 의장`,
    `아리프 위자야 인도네시아 대통령`). Of two names side by side, the second is the body when it ends
    like one or stands alone elsewhere (`서명훈 한화 감독`, `문태호 시의회 의장`)."""
    korean = [k for k in window if _korean_name_before_title(words, k, window, j, cast)]
    if korean and _body_after_foreign_name(words, korean[-1], window[0]):
        korean = []
    if korean and _surname_after_foreign_given_name(words, korean[-1], window[0], cast):
        korean = []
    if len(korean) >= 2 and korean[-2] == korean[-1] - 1 and (
            _body_not_name(words[korean[-1]], cast)
            or (len(words[korean[-1]].base) == 2 and len(words[korean[-2]].base) == 3)
            or _short_form_of_first(words[korean[-2]], words[korean[-1]], words[j].base, cast)):
        # `서명훈 한화 감독`, `문태호 시의회 의장`: the second name-shaped word is the body (a
        # two-syllable one after a full name always is: two names are never written side by side)
        korean.pop()
    return korean


def _short_form_of_first(first: Word, second: Word, post: str, cast: Cast) -> bool:
    """`고희진 정관장 감독은 …. 고 감독은`: of two name-shaped words before a title, the first is the name
    when the story writes its surname with the title (`고 감독`) and not the second's (`정 감독`)."""
    def short_form(surname: str) -> bool:
        return any(w.base == surname and nxt.base == post and not w.boundary for w, nxt in pairwise(cast.words))
    return first.base[0] != second.base[0] and short_form(first.base[0]) and not short_form(second.base[0])


def _korean_name_before_title(words: list[Word], k: int, window: list[int], j: int, cast: Cast) -> bool:
    """Whether word k of the window before the title word j is a Korean name (`_korean_shaped`), and
    neither a short name the article gave a body (`cast.aliases`), a firm's name after its legal form
    (`법무법인 온결`), nor a foreign given name that opens a run (`마리아 솔레다드 크루스 … 장관`)."""
    w = words[k]
    return _korean_shaped(words, k, window[0], j) \
        and w.base not in cast.aliases and gazetteer().get(w.base) not in ("ORG", "LOC") \
        and not (k > 0 and words[k - 1].base in ORG_KIND_NOUNS) \
        and not (w.base in FOREIGN_GIVEN_NAMES and k + 1 in window and _strict_foreign(words[k + 1]))


def _korean_shaped(words: list[Word], k: int, first: int, j: int) -> bool:
    """Whether word k, before the title word j, is shaped like a Korean name: one Kiwi confirms
    (`최태원 SK그룹 회장`); at the start of the window (`first`), one Kiwi read as a verb form
    (`빈성호 한결그룹 회장이`), called a common noun before a body (`맹다솜 전국플랫폼노동자연대 위원장은`),
    or knows as a proper noun of rarer syllables, first (`염다솜 서울시 가족정책국장`) or between a body
    and the title (`한나라당 김용갑 의원`, not one foreign name of two words; one ending like a body's too
    where the gazetteer knows it as none: `민주당 박찬대 수석대변인`)."""
    w = words[k]
    return is_korean_name(w, allow_two=(k == j - 1), confirmed=True) \
        or (k == first and _name_read_as_verb(w)) \
        or (k == first and k + 2 == j and _rare_korean_name(w, common=True)
            and words[k + 1].base.endswith(LONG_ORG_SUFFIXES)) \
        or (k == first and _rare_korean_name(w) and (
            k + 1 == j or words[k + 1].base in PLACES
            or words[k + 1].base.endswith(ORG_SUFFIXES_STRICT + ORG_SUFFIXES))) \
        or (k > first and k + 1 == j and _between_body_and_title(words, k, j)
            and (_rare_korean_name(w) or _listed_korean_name(w))) \
        or (k + 1 == j and _name_ending_like_a_body(words, k, first))  # (`민주당 박찬대 수석대변인`: 대 as a body's)


def _name_ending_like_a_body(words: list[Word], k: int, first: int) -> bool:
    """`한인회 강승구 회장과`, `이중구 청장을`: word k, right before the title, of a Korean name's shape that
    ends like a body's or a district's (구, 대, 국), which Kiwi reads as a proper noun or cuts into pieces and
    the gazetteer knows as nothing (`서울 중구 청장`: a district it knows; `사무국 국장`: one common noun), with
    no name before it from `first` on (`이상희 가야대 총장`: the body of NAME BODY TITLE)."""
    word = words[k]
    if not (is_korean_name(word, confirmed=True, body_ending=True) and not is_korean_name(word, confirmed=True)
            and ("NNP" in word.tags or len(word.tags) >= 2) and not word.common_noun
            and gazetteer().get(word.base) is None and word.base not in PLACES):
        return False
    return not any((is_korean_name(w, confirmed=True) or "NNP" in w.tags and looks_transliterated(w.base))
                   and gazetteer().get(w.base) not in ("ORG", "LOC") for w in words[first:k])


def _body_after_foreign_name(words: list[Word], n: int, first: int) -> bool:
    """`제롬 파월 연준 의장`: a two-syllable word after a transliterated foreign name is a body, not a
    name."""
    return len(words[n].base) == 2 and n > first \
        and is_foreign_name_word(words[n - 1]) and looks_transliterated(words[n - 1].base)


def _surname_after_foreign_given_name(words: list[Word], n: int, first: int, cast: Cast) -> bool:
    """`프레디 마마니 … 차관`, `아리프 위자야 인도네시아 대통령`, `일본 기시다 후미오 총리` (a family name
    first, which the gazetteer knows as a person's): a Korean-shaped word right after a foreign given
    name ends a foreign name (not after a Korean two-syllable surname: `픽셀윙스 제갈하늘
    대표`; not a word the gazetteer knows as a person's whole name: `스튜디오 엔나인 박민우 대표`)."""
    given = words[n - 1] if n > first and words[n].base[:2] not in SURNAMES_2 \
        and gazetteer().get(words[n].base) != "PER" and gazetteer().get(words[n - 1].base) not in ("ORG", "LOC") \
        else None  # (`한빛 김철수 감독`: a place or a body the gazetteer knows, then the name)
    if given is not None and _nickname_after_town(words, n - 1, first):
        return False  # `포항 스틸러스 김기동 감독`: a team's town and nickname, then the name
    return given is not None and is_foreign_name_word(given) and "NNP" in given.tags and len(given.base) <= 4 \
        and not given.base.endswith(ORG_SUFFIXES_STRICT) and not _standalone_counts(cast).get(given.base, 0) and (
            words[n].misparsed or looks_transliterated(given.base) or given.base in FOREIGN_GIVEN_NAMES
            or gazetteer().get(given.base) == "PER")


def _nickname_after_town(words: list[Word], k: int, first: int) -> bool:
    """Word k is a team's nickname after the town or the company the team is named after (`포항 스틸러스`,
    `수원 삼성 블루윙즈`): a place or a body the gazetteer knows, then a transliterated plural (`스`, `즈`)
    or a nickname a table lists, no particle between."""
    before = words[k - 1] if k > first else None
    return before is not None and not before.boundary and (
        before.base in PLACES or gazetteer().get(before.base) in ("ORG", "LOC")) \
        and words[k].base.endswith(("스", "즈") + TEAM_NICKNAMES)


def _foreign_name_in_window(words: list[Word], window: list[int], post: str, title_index: int,
                            cast: Cast) -> tuple[list[Word], list[Word], list[Word]] | None:
    """A foreign name in the window before a title (`아부 우바이다 하마스 대변인`): the first run of
    name-like words that is no body (`국민의힘 의원 10명`), the words after the name being bodies or
    qualifiers; where the name ends and a body begins is told by `_split_name_and_org`. Returns the
    body written before the name (`세계보건기구(WHO) 테워드로스 사무총장`), the name's words and the
    words between it and the title."""
    start = window[0]
    belongs = [k for k in window if words[k].base == "소속"]
    if belongs:  # `… 라이스 소속 스티브 클린톤 변호사`: the name comes after the body one belongs to
        window = [k for k in window if k > belongs[-1]]
    run = _foreign_run_before(words, [k for k in window if words[k].base not in cast.aliases
                                      and words[k].base not in KNOWN_BODY_NAMES])  # `국민의힘 의원 10명`
    run = run[_body_opening_run(words, run, post, title_index, cast):]
    if not run:
        return None
    between = [words[k] for k in window if k > run[-1]]
    if any(not is_org_word(w) and not _qualifier(w) for w in between[:-1]):
        return None
    if len(run) > 2 and between and _place_word(words[run[-1]]):
        between.insert(0, words[run.pop()])  # `게이브 캐플러 샌프란시스코 자이언츠 감독`: the city opens the body
    name_words, moved = _split_name_and_org([words[k] for k in run], post, cast, title_index)
    # `세계보건기구(WHO) 테워드로스 사무총장`: a body written before a foreign name too
    return _body_before(words, run[0], start), name_words, moved + between


def _body_opening_run(words: list[Word], run: list[int], post: str, title_index: int, cast: Cast) -> int:
    """How many words that open a run of name-like words before a title are a body's (`토트넘 홋스퍼
    포체티노 감독`, `나폴리 스팔레티 감독`): words the list of known things holds whole (a club), or one word
    that stands alone elsewhere in the story (`토트넘의`, `나폴리는`) where the rest of the run is written
    alone with the title too (`포체티노 감독은`); none otherwise (`마우리시오 포체티노 감독`)."""
    bases = [words[k].base for k in run]
    for n in range(len(bases) - 1, 0, -1):
        if a_known_thing(" ".join(bases[:n])) and " ".join(bases[n:]) not in known_things():
            return n
    rest = " ".join(bases[1:])
    if len(bases) >= 2 and _standalone_counts(cast).get(bases[0], 0) and not _standalone_counts(cast).get(rest, 0) \
            and not any(words[k].common_noun for k in run[1:]) \
            and any(form == rest and at != title_index for form, at in _short_forms_with_title(cast, post)):
        return 1  # (elsewhere, not here, and no word of Kiwi's dictionary: `플라허티 벤치 코치`)
    return 0


def _body_and_title_words(between: list[Word]) -> tuple[list[Word], list[Word]]:
    """The words between a name and its title, as the body's and the title's (`AWS 인프라 총괄대표`:
    see `split_between`); `등` ends a list, not a title (`리오, 새벽, 유안 등 멤버 4명`), and a qualifier
    before the body qualifies the title (`윤재호 전 기획재정부 장관`: `전 장관`)."""
    org_words, title_words = split_between(between)
    title_words = [w for w in title_words if w.base != "등"]  # `리오, 새벽, 유안 등 멤버 4명`: a list
    leading = 0
    while leading < len(org_words) - 1 and (org_words[leading].base in TITLE_MODIFIERS
                                            or ORDINAL.match(org_words[leading].base)):
        leading += 1  # `윤재호 전 기획재정부 장관`: `전` qualifies the title, not the body
    return org_words[leading:], org_words[:leading] + title_words


def _body_given_elsewhere(words: list[Word], at: int, last: int, first: int, title: str,
                          cast: Cast) -> str | None:
    """The body of someone introduced before a title (ending at `at`, the mention at `last`; the
    mention's first word at `first`) when none is written before it, from the first place that gives
    one: a second post (`최유진 경제부총리 겸 기획재정부 장관`), the title's parenthesis (`한서율
    변호사(법무법인 다온)`, `의원(국민의힘·가 선거구)`), the person just before, listed with `와`/`과`."""
    org = _body_of_second_post(words, at, last)
    last_paren = words[last].paren
    if org is None and last_paren:
        org = read_paren(last_paren).org  # `한서율 변호사(법무법인 다온)`, `의원(국민의힘·가 선거구)`
    if org is None:
        org = _body_of_partner(words, first, title, cast)
    return org


def _body_of_second_post(words: list[Word], at: int, last: int) -> str | None:
    """`최유진 경제부총리 겸 기획재정부 장관`: the body of the second post after `겸` (the first title
    ending at `at`, the second at `last`)."""
    if last > at and words[at + 1].base == "겸":
        second = words[at + 2:last + 1]
        found = split_title(second[-1].base)
        body = [w.base for w in second[:-1] if is_org_word(w)] + ([found[0]] if found and found[0] else [])
        return " ".join(body) or None
    return None


def _body_of_partner(words: list[Word], first: int, title: str, cast: Cast) -> str | None:
    """`한결코스메틱 우태린 IR담당 상무와 방지혁 최고재무책임자`: someone listed with `와`/`과` after a
    person with a title shares that person's body (not a head, `미사일총국장`, who heads a body of
    their own, nor a `국회의원`, who sits in the National Assembly)."""
    if first > 0 and words[first - 1].particle in ("와", "과") and split_title(words[first - 1].base) \
            and not title.endswith("장") and not title.startswith("국회"):
        partner = next((m for m in reversed(cast.mentions) if m.end == words[first - 1].end and m.key >= 0), None)
        if partner is not None:
            return cast.people[partner.key].organization
    return None


def _record_name_before_title(cast: Cast, name: str, title: str, org: str | None, name_words: list[Word],
                              span: list[Word], last: Word) -> int:
    """Introduce the person whose mention is `span` (the name, then the title ending at `last`), with
    another post written before the name (`재판장인 서경민 부장판사는`: see `_defer_to_later_title`)."""
    for w in span:
        w.used = True
    key = introduce(cast, name, title, org, name_words, last.particle)
    earlier = cast.earlier_posts.get(name_words[0].start)
    if earlier is not None:
        cast.other_titles.setdefault(key, []).append(earlier.title)
        if earlier.organization and not cast.people[key].organization:
            cast.people[key].organization = earlier.organization
    cast.mentions[-1].start = span[0].start
    cast.mentions[-1].end = last.end
    return key


def _introduce_listed_before(words: list[Word], first: int, title: str, org: str | None, key: int, cast: Cast) -> None:
    """`송은채·문태일·하기준 재판관은`: names listed before a mention (its first word at `first`) share
    its title and body; each may have its own body (`국민의힘 염승우, 민주당 조하린 원내수석부대표`), and a
    body before the first of them alone is the body of them all (`민주당 김한길·이용섭 의원`, the person
    `key` included).
    So do names listed with spaces alone (`정운찬 고건 이수성 전 국무총리가`: two or more, each a name
    that `_listed_name` allows, none with a body); an item of a list may end like a body (`강길부,
    안상수 의원과`) where no table or the gazetteer knows it as one."""
    spaced = _spaced_names_before(words, first)
    if len(spaced) >= 2:
        for w in spaced:
            introduce(cast, w.base, title, org, [w], "")
        return
    k = first - 1
    listed: list[tuple[Word, Word | None]] = []
    while k >= 0 and words[k].comma and not words[k].particle and not words[k].used \
            and _listed_korean_name(words[k]) and words[k].base not in cast.reporters:
        own = words[k - 1] if k > 0 and not words[k - 1].boundary and (
            is_org_word(words[k - 1]) or words[k - 1].base in KNOWN_BODY_NAMES) else None
        listed.append((words[k], own))
        k -= 2 if own else 1
    if org is None and listed and listed[-1][1] is not None and all(own is None for _, own in listed[:-1]):
        # `민주당 김한길·이용섭 의원은`: a body before the first name alone is the body of them all
        org = listed[-1][1].base
        if not cast.people[key].organization:
            cast.people[key].organization = org
    for name, own in listed:
        introduce(cast, name.base, title, own.base if own else org, ([own] if own else []) + [name], "")


def _spaced_names_before(words: list[Word], first: int) -> list[Word]:
    """The names listed with spaces alone right before word `first` (`정운찬 고건` before `이수성`)."""
    k = first
    while k > 0 and not words[k - 1].boundary and not words[k - 1].used and not words[k - 1].particle \
            and _listed_name(words[k - 1]):
        k -= 1
    return words[k:first]


def _listed_korean_name(word: Word) -> bool:
    """A Korean name as an item of a list, one ending like a body too (`강길부`) where neither the
    tables nor the gazetteer know the word as a body's name."""
    return is_korean_name(word, confirmed=True) or (
        is_korean_name(word, confirmed=True, body_ending=True) and word.tags == ["NNP"]
        and gazetteer().get(word.base) in (None, "PER") and word.base not in KNOWN_BODY_NAMES)


def _body_before(words: list[Word], n: int, first: int) -> list[Word]:
    """The organisation written right before the name at `n` (words from `first` on): `대통령실
    김용범 정책실장`, `국민의힘 한동훈 대표`, `세계보건기구 테워드로스 사무총장`, and a firm's name
    after its legal form (`법무법인 한결`), whatever the name's word is."""
    prefix: list[Word] = []
    k = n - 1
    while k >= first:
        w = words[k]
        if w.boundary or w.used:
            break  # `하서준(52), 국민의힘 채보경(47)`: the item before in a list, not the body
        if w.base == "소속" and k > 0 and not words[k - 1].boundary and (
                is_org_word(words[k - 1]) or words[k - 1].base in KNOWN_BODY_NAMES):
            prefix.insert(0, words[k - 1])  # `국민의힘 소속 반예슬 의원`: the body 소속 refers to
            k -= 2
            # … the whole of a foreign body's name (`웜블 칼릴 스탠리치 앤 이드 라이스 소속`)
            while k >= 0 and not words[k].boundary and not words[k].used \
                    and looks_transliterated(prefix[0].base) and looks_transliterated(words[k].base):
                prefix.insert(0, words[k])
                k -= 1
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
        if w.base in TIME_WORDS or w.base in TITLE_MODIFIERS or w.base in DETERMINERS or ORDINAL.match(w.base) \
                or split_title(w.base) == (None, w.base) or w.base[:1].isdigit() or is_award(w.base) \
                or w.base.endswith(BACKGROUND) \
                or not (is_org_word(w) or (w.odd and all(t.startswith("N") for t in w.tags)) or _SCHOOL.search(w.base)):
            break  # (a title is no body: `노동경제학자 길소연 누리대 경제학과 교수`, Kiwi's odd pieces or not;
            # nor a date: `지난 8월31일 김경문 감독을`; nor an award: `동창회장상 강채은 학생`; nor where they come
            # from: `부산출신 김진명 작가`)
        if w.base in GENERIC_BODIES and k > 0 and words[k - 1].text.strip() in POINTING_WORDS:
            break  # `같은 당 권나래 의원`: the party meant is found later (bodies.inherit_organisations)
        prefix.insert(0, w)
        k -= 1
    if len(prefix) >= 2 and all(_listed_name(w) for w in prefix):
        return []  # `정운찬 고건 이수성 전 국무총리가`: names listed before the name, no body
    return prefix


def _listed_name(word: Word) -> bool:
    """A word before a name that is a Korean name itself (of two syllables, where Kiwi knows it as a
    proper noun), which the gazetteer knows as no body: with another such before it, an item of a
    list of names written with spaces alone (`정운찬 고건 이수성`, not `정관장 김상식 감독`)."""
    return not word.paren and is_korean_name(word, allow_two=True) \
        and gazetteer().get(word.base) in (None, "PER") and not word.base.endswith(ORG_SUFFIXES_STRICT)


#: A school's short name before a name (`한결고 설태민 감독`, `새솔여중`).
_SCHOOL = re.compile(r"^[가-힣]{2,}(?:고|여고|여중|중|초)$")


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
        # `존 F 케네디`, `로버트 F. 윌리엄스`, `A.J. 프렐러`: initials between or before the words of a name
        # (after a given name of one syllable too, which is no name word by itself: `존`)
        given = idx > 0 and not run and words[window[idx - 1]].base in FOREIGN_GIVEN_NAMES
        initial = nxt_strict and middle_initial(w) and (bool(run) or given or initials(w))
        if initial and given:
            run.append(window[idx - 1])
        if strict or korean_surname or initial or ((nxt_strict or run) and is_foreign_name_word(w, loose=True)):
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
    before = run[0] - 1
    if len(run) == 1 and before in window and _BARE_INITIALS.match(words[before].text.strip()) \
            and gazetteer().get(words[before].base) != "ORG" and looks_transliterated(words[run[0]].base):
        run.insert(0, before)  # `JD 밴스 부통령`: two capitals before one transliterated word are its initials
    if len(run) == 2 and gazetteer().get(words[run[0]].base) in ("ORG", "LOC") and _korean_after_body(words[run[1]]):
        run.pop(0)  # `두산 김경문 감독`: a club, then a Korean name of rarer syllables, no foreign name of two words
    first = words[run[0]]
    if len(run) == 1 and (first.base in PLACES or strong_org(first, {}) or _place_compound(first)):
        return []
    return run


def _place_compound(word: Word) -> bool:
    """`한국여자프로골프(KLPGA)`: a word Kiwi reads in several pieces, the first a country or city, is a
    body or a thing of that place, never a foreign name."""
    base = word.base
    return len(word.tags) >= 2 and any(base[:n] in PLACES and len(base) >= n + 2 for n in (2, 3, 4))


def _korean_after_body(word: Word) -> bool:
    """A proper noun of a Korean name's form (a surname, two syllables; `김경문`, which ends like a gate's
    name) that is no transliteration, place or body."""
    base = word.base
    return word.tags == ["NNP"] and len(base) == 3 and base[0] in SURNAMES_1 and HANGUL_WORD.match(base) is not None \
        and not looks_transliterated(base) and base not in PLACES and gazetteer().get(base) in (None, "PER") \
        and not word.paren


#: Two capitals written without dots (`JD`), a foreign name's initials before its family name.
_BARE_INITIALS = re.compile(r"^[A-Z]{2}$")


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

    Evidence, in order: a word after the first that the gazetteer knows as a body's name and as no
    word of a person's (`팀 쿡 애플 CEO`, `케빈 마틴 구글 부사장`: the body begins there), or that names the
    kind of body the title heads (`댄 코츠 국가정보국 국장`), or a place with a word after it
    (`게이브 캐플러 샌프란시스코 자이언츠 감독`); a short mention `우바이다
    대변인` elsewhere names the last name (also a later one with the title's last part: `콜먼 부사장`
    after `리처드 콜먼 엔비디아 수석부사장`); a word used elsewhere on its own as a subject (`하마스가`)
    while the name before it is not (or that is already someone's body), is an organisation.
    """
    if len(name_words) < 2:
        return name_words, []
    forms = gazetteer()
    body_at = next((k for k in range(1, len(name_words)) if (forms.get(name_words[k].base) == "ORG"
                    and name_words[k].base not in _words_of_known_names()) or _headed_by(name_words[k].base, title)
                    or _place_opening_body(name_words, k)), None)
    if body_at is not None:
        return name_words[:body_at], name_words[body_at:]
    bases = [w.base for w in name_words]
    if len(name_words) == 2 and is_korean_name(name_words[0], confirmed=True) and not looks_transliterated(bases[0]) \
            and forms.get(bases[1]) in ("OTH", "LOC"):
        # `김성근 한화 감독은` (the gazetteer knows `한화` as a currency): a Korean name is one word, and a
        # word after it that names no person the body
        return name_words[:1], name_words[1:]
    short_forms = {form for form, at in _short_forms_with_title(cast, title) if at != title_index}
    short_forms |= {form for short in _shorter_titles(cast, title)
                    for form, at in _short_forms_with_title(cast, short) if at > title_index}
    standalone = _standalone_counts(cast)
    for end in range(len(bases) - 1, 0, -1):
        # (the word after the short form may be one too where it is a body's: `나폴리 감독의 극찬`, and
        # `나폴리는` alone, where the name's word never stands alone)
        if bases[end - 1] in short_forms and (bases[end] not in short_forms or (
                standalone.get(bases[end], 0) >= 1 and standalone.get(bases[end - 1], 0) == 0)):
            if end == 1 and not any(strong_org(w, cast.aliases) or _standalone_counts(cast).get(w.base, 0)
                                    for w in name_words[1:]):
                # `모리타 겐이치 일본 총리`, then `모리타 총리`: a surname first (Japanese, Chinese
                # order), not a one-word name and a body
                break
            return name_words[:end], name_words[end:]
    if len(name_words) >= 3:
        last = bases[-1]
        if standalone.get(last, 0) >= 1 and last not in short_forms and (
                standalone.get(bases[-2], 0) == 0 or last in bodies_held(cast)):
            # (`루치아노 스팔레티 나폴리 감독`, where `스팔레티는` stands alone too: 나폴리 is already
            # someone's body, `김민재(26, 나폴리)`)
            return name_words[:-1], name_words[-1:]
    return name_words, []


def _place_opening_body(name_words: list[Word], k: int) -> bool:
    """`밥 멜빈 샌프란시스코 자이언츠 감독`: a city or country after the name's words with a word after it
    opens the body (a club, a company of that place); the last word before the title is no place (`휘트니
    휴스턴 가수`)."""
    return k + 1 < len(name_words) and _place_word(name_words[k])


def _place_word(word: Word) -> bool:
    """A city, region or country by the table of places or the gazetteer, and no word of a known person's name."""
    return _a_place(word.base) and word.base not in _words_of_known_names()


def _headed_by(base: str, title: str) -> bool:
    """The word names the kind of body the title heads (`국가정보국` before `국장`, `평가원` before `원장`,
    `조직위원회` before `위원장`): a body, no word of a name."""
    head = post_of(title)
    if head == "위원장":
        return base.endswith("위원회")
    return len(head) == 2 and head[1] == "장" and len(base) >= 3 and base.endswith(head[0])


@lru_cache(maxsize=1)
def _words_of_known_names() -> frozenset[str]:
    """The words of the gazetteer's people of two words or more (`제임스 밀러`: `밀러` is also a
    brewer's name, but a name's word first)."""
    return frozenset(w for form, kind in gazetteer().items() if kind == "PER" and " " in form for w in form.split())


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


def split_between(between: list[Word]) -> tuple[list[Word], list[Word]]:
    """Words between a name and its title: organisation words (up to the last organisation-like
    word), then common nouns that qualify the title (`AWS 인프라 총괄대표`, `EU 통상담당 집행위원`)."""
    last_org = -1
    for i, w in enumerate(between):
        # `김주환 비정규직 이제그만 공동소집권자`: long or oddly split words name a body too; a portfolio
        # before a separate `담당` is the title's (`국무부 동아시아태평양 담당 차관보`)
        portfolio = i + 1 < len(between) and between[i + 1].base in TITLE_QUALIFIER_SUFFIXES
        # `손지환 내야수비 코치`: what a coach coaches is the title's
        portfolio = portfolio or (i == len(between) - 1 and w.base.endswith(COACH_DOMAINS))
        if (is_org_word(w) or w.odd or len(w.base) >= 5) and w.base not in TITLE_MODIFIERS \
                and not ORDINAL.match(w.base) and not w.base.endswith(TITLE_QUALIFIER_SUFFIXES) and not portfolio:
            last_org = i
    return between[: last_org + 1], between[last_org + 1:]


def _between_body_and_title(words: list[Word], k: int, j: int) -> bool:
    """Word k stands between a body's name (`한나라당`, not a place: `송파구`) and a title word alone
    (`의원`, not a body's name that ends like one: `농수산물도매시장`)."""
    body, title = words[k - 1], words[j]
    return not body.boundary and body.base.endswith(ORG_SUFFIXES) and body.base not in PLACES \
        and not body.base.endswith(_PLACE_ENDINGS) and split_title(title.base) == (None, title.base)


#: The endings of places' names (a city, a county, a district, a town, a neighbourhood, a village).
_PLACE_ENDINGS = ("시", "도", "군", "구", "읍", "면", "동", "리")


def _rare_korean_name(word: Word, *, common: bool = False) -> bool:
    """`염다솜 서울시 가족정책국장`: a surname and a given name of rarer syllables that Kiwi knows as a
    proper noun (with `common`, or calls a common noun), opening the phrase before a title (a foreign
    given name would come before it)."""
    base = word.base
    return (word.tags == ["NNP"] or (common and word.tags == ["NNG"])) and len(base) == 3 \
        and base[0] in SURNAMES_1 and HANGUL_WORD.match(base) is not None \
        and base not in PLACES and not base.endswith(ORG_SUFFIXES_STRICT) and not split_title(base) \
        and not looks_transliterated(base) and not word.paren


def _name_read_as_verb(word: Word) -> bool:
    """A name Kiwi split into a verb form and a noun (`빈성호` → 비/VV + ㄴ + 성호/NNG), before a title."""
    return word.verbal and not word.particle and len(word.base) == 3 and word.base[0] in SURNAMES_1 \
        and word.tags[:1] in (["VV"], ["VA"]) and word.tags[1:] == ["NNG"] and name_shaped(word.base)


#: Particles Kiwi may read off the last syllable of a name (`정희만 교수는`: 정희/NNP 만/JX) that cannot
#: stand between a name and its title: not a topic's or an additive `은`, `는`, `도` (`지성은 배우로서`).
_NAME_END_PARTICLES = frozenset(["만"])


def _particle_read_off_a_name(word: Word) -> bool:
    """`정희만 교수는` (정희/NNP 만/JX), `최홍만 선수를`: before a title `만` ("only") cannot stand, so a
    proper noun of a surname and one syllable with `만` read off is a name of three syllables; not when
    the gazetteer knows the proper noun (a two-syllable name of its own, `원빈만`; a place, `한국만`)."""
    return word.particle in _NAME_END_PARTICLES and not word.comma and word.tags[:1] == ["NNP"] \
        and set(word.tags) <= {"NNP", "NNG"} \
        and len(word.base) == 2 and word.base[0] in SURNAMES_1 and name_shaped(word.base + word.particle) \
        and gazetteer().get(word.base) is None and word.base not in PLACES


def _introduce_after(words: list[Word], j: int, title: str, fused_org: str | None, cast: Cast) -> bool:
    """`NC 유격수 김주원`, `공동 창업자 애덤 뉴먼`, `당시 감독이었던 프랭크 오'파렐`, `소장 윤석진 박사는`,
    and stage names after a group role word (`멤버 채원은`, `막내 소이는`: see `_stage_name`)."""
    name_idx = _name_after_title(words, j, title, fused_org, cast)
    if not name_idx:
        return False
    name = _name_of(words, name_idx)
    if name in cast.reporters or ANONYMIZED.match(name):
        return False  # `직장인 이모(34)씨`: an anonymous person (see `bodies`)
    if _own_title_after_name(words, name_idx[-1], fused_org) \
            or _defer_to_later_title(words, j, name_idx, title, fused_org, cast):
        return False
    org_words, qualifiers, full_title, org = _post_at(words, j, title, fused_org, cast)
    name_paren = words[name_idx[-1]].paren
    if name_paren:
        paren = read_paren(name_paren)
        if org is None:
            org = paren.org  # `골키퍼 송재하(울산 HD)는`
        elif paren.org and paren.org != paren.place and _a_place(org):
            org = paren.org  # `일본 에이스 야마모토 요시노부(25·오릭스 버펄로스)`: the club, not the country
    for w in org_words + qualifiers + [words[j]]:
        w.used = True
    mention_words = _mention_after_title(words, name_idx)
    introduce(cast, name, full_title, org, mention_words, mention_words[-1].particle)
    cast.mentions[-1].start = (org_words or qualifiers or [words[j]])[0].start
    _introduce_listed_after(words, name_idx[-1], full_title, org, cast)
    return True


def _post_at(words: list[Word], j: int, title: str, fused_org: str | None, cast: Cast
             ) -> tuple[list[Word], list[Word], str, str | None]:
    """The post the title word j gives: the words of the body before it and of the title's qualifiers
    (`_body_and_qualifiers_before`, else the body named with `의` before them: `_body_whose_post`), the
    whole title (`공동 창업자`), and the body (with one fused into the title word), or None."""
    org_words, qualifiers = _body_and_qualifiers_before(words, j)
    if not org_words and not fused_org:
        org_words = _body_whose_post(words, j - len(qualifiers) - 1, cast)
    # (`라이프치히 소속 공격수`: `소속` says the body before it is theirs; no word of the title)
    full_title = " ".join([w.base for w in qualifiers if not re.match(r"^\d", w.base) and w.base != "소속"] + [title])
    org = " ".join([w.base for w in org_words] + ([fused_org] if fused_org else [])) or None
    return org_words, qualifiers, full_title, org


def _body_whose_earlier_post(words: list[Word], first: int, cast: Cast) -> str | None:
    """`첼시의 감독이던 조세 무리뉴 감독`: the body whose post (`감독이던`, written right before the name or
    the given name the rules left off, `조세`) the person named at `first` is introduced with."""
    k = first - 1
    while k >= 0 and not words[k].boundary and first - k <= 2:
        k -= 1
    if k < 1 or words[k].particle not in TITLE_THEN_NAME_ENDINGS or not split_title(words[k].base):
        return None
    return " ".join(w.base for w in _body_whose_post(words, k - 1, cast)) or None


def _body_whose_post(words: list[Word], k: int, cast: Cast) -> list[Word]:
    """`디 애슬레틱의 칼럼니스트인 짐 보든은`, `첼시의 감독이던 조세 무리뉴`: the body named with `의` right
    before a title that a name follows (word k, and the body words of its name before it), or none."""
    if k < 0 or words[k].particle != "의" or words[k].used or words[k].work_title:
        return []
    word = words[k]
    if not (strong_org(word, cast.aliases) or gazetteer().get(word.base) == "ORG"
            or (("NNP" in word.tags or looks_transliterated(word.base)) and not name_shaped(word.base, allow_two=True)
                and word.base not in PLACES and gazetteer().get(word.base) is None
                and not any(word.base in p.name.split() for p in cast.people if p.kind == "person"))):
        return []  # (`메시의 대변인`: a person's post, not a body's)
    return body_words_ending_at(words, k)


def _name_after_title(words: list[Word], j: int, title: str, fused_org: str | None, cast: Cast) -> list[int]:
    """The indexes of the name right after the title word j: a stage name after a group role word
    (`멤버 채원은`), a Korean name (`NC 유격수 김주원`), else a foreign one (`_foreign_name_after`); none
    when the next word is taken or in quotation marks (`지원단체 ‘이주와함께’는`: a body's or a work's
    name)."""
    if j + 1 >= len(words):
        return []
    nxt = words[j + 1]
    if j + 2 < len(words) and not nxt.used and not nxt.particle and not nxt.paren and quoted_nickname(nxt):
        # `정글러 ‘카나비’ 서진혁과`: a player's handle between the post and the name (the name's mention
        # takes it in: `participants._find_nicknames`)
        return _name_after_title(words, j + 1, title, fused_org, cast)
    if nxt.used or nxt.glued or nxt.text.lstrip()[:1] in OPENING_QUOTES:
        return []  # `지원단체 ‘이주와함께’는`: a name in quotation marks is a body's or a work's
    if words[j].text.lstrip()[:1] in OPENING_QUOTES and any(q in nxt.text for q in _CLOSING_QUOTES):
        return []  # `‘기사단장 죽이기’(문학동네)는`: a work's title that opens with a title word
    # (read before `_stage_name`, which may split a particle off the next word)
    foreign_first = _foreign_name_starts_after(words, j, cast)
    if (title in STAGE_NAME_ROLES and _stage_name(nxt, cast)) \
            or (is_korean_name(nxt, confirmed=True) and not foreign_first) or _aged_stage_name(nxt, cast):
        return [j + 1]
    return _foreign_name_after(words, j, title, fused_org, cast)


def _foreign_name_starts_after(words: list[Word], j: int, cast: Cast) -> bool:
    """Whether a Korean-looking word after the title word j starts a foreign name: a foreign given
    name (`선발 투수 라이언 와일더는`), or any word before a transliterated surname (`투수 라일리
    매더슨은`)."""
    nxt = words[j + 1]
    return not nxt.boundary and j + 2 < len(words) and (
        (nxt.base in FOREIGN_GIVEN_NAMES and is_foreign_name_word(words[j + 2], loose=True))
        or ("NNP" in words[j + 2].tags and is_foreign_name_word(words[j + 2])
            and not name_shaped(words[j + 2].base, allow_two=True) and not split_title(words[j + 2].base)
            and not strong_org(words[j + 2], cast.aliases)))


def _foreign_name_after(words: list[Word], j: int, title: str, fused_org: str | None, cast: Cast) -> list[int]:
    """`공동 창업자 애덤 뉴먼`, `당시 감독이었던 프랭크 오'파렐`: up to four foreign name words after the
    title word j, that end the noun phrase and hold a proper noun (a single word is neither a body,
    `strong_org`, nor one syllable). When the phrase goes on, a title of the name's own may follow:
    see `_defer_to_later_title`."""
    name_idx: list[int] = []
    for k in range(j + 1, min(j + 5, len(words))):
        w = words[k]
        if w.text.lstrip()[:1] in OPENING_QUOTES:
            return []  # `지원단체 ‘이주와함께’는`: a name in quotation marks is a body's or a work's
        if w.used or not is_foreign_name_word(w, loose=bool(name_idx) or (k + 1 < len(words)
                                              and is_foreign_name_word(words[k + 1]))):
            break
        name_idx.append(k)
        if w.boundary or split_glued_and(w, len(name_idx), sum(
                1 for x in words[k + 1:k + 3] if not x.used and is_foreign_name_word(x, loose=True))):
            break
    if not name_idx:
        return []
    last = words[name_idx[-1]]
    if not (last.boundary or name_idx[-1] == len(words) - 1):
        _defer_to_later_title(words, j, name_idx, title, fused_org, cast)
        return []
    if not any(words[k].is_proper or "NNP" in words[k].tags for k in name_idx):
        return []
    if len(name_idx) == 1 and (strong_org(last, cast.aliases) or len(last.base) < 2):
        return []
    return name_idx


def _name_of(words: list[Word], name_idx: list[int]) -> str:
    """The name the words at `name_idx` spell, without an honorific written after a parenthesis
    (`대책위원장인 안봉규(64)씨는`: 안봉규)."""
    last_word = words[name_idx[-1]]
    honorific = honorific_after_paren(last_word)
    return " ".join([name_form(words[k]) for k in name_idx[:-1]] + [last_word.base[: len(last_word.base) - len(honorific)]])


def _own_title_after_name(words: list[Word], last: int, fused_org: str | None) -> bool:
    """`에너지소재연구센터 류지안 책임연구원`: the title word was a body ending like a title (센터), and
    the name (ending at `last`) has a bare title of its own after it."""
    after = last + 1
    return bool(fused_org) and not words[last].boundary and after < len(words) and not words[after].used \
        and split_title(words[after].base) == (None, words[after].base)


def _body_and_qualifiers_before(words: list[Word], j: int) -> tuple[list[Word], list[Word]]:
    """The words before the title word j, back to a boundary: the body (`NC 유격수`, `새솔고 교장`) and,
    after it, qualifiers of the title (`공동 창업자`, `반면 중앙 수비수`; never an adverb: `이에 MC`, `각각
    공격수`); what stands before `출신` (written apart or onto it: `부산출신`)
    (`국가대표 출신 언더 투수`) is where the person comes from, neither their body nor their title."""
    org_words: list[Word] = []
    qualifiers: list[Word] = []
    k = j - 1
    while k >= 0 and not words[k].boundary and not words[k].used and not words[k].base.endswith(BACKGROUND) \
            and (words[k].base not in TIME_WORDS or words[k].base in TITLE_MODIFIERS) \
            and (words[k].tags != ["MAG"] or words[k].base in TITLE_MODIFIERS):  # `반면 중앙 수비수`, `이에 MC`
        w = words[k]
        # `새솔고 교장 임정혁은`: a word Kiwi splits oddly (새/MM 솔/NNG 고/NNG) names a body too; an ordinal
        # (`제2대 감독인`: 제/XPN 2 대/NNB) is the post's
        body = is_org_word(w) or (w.odd and len(w.base) >= 3 and w.base not in TIME_WORDS and not w.base[:1].isdigit()
                                  and not ORDINAL.match(w.base))
        if (w.base in TITLE_MODIFIERS or re.match(r"^\d", w.base) or not body) and not org_words:
            qualifiers.insert(0, w)
        elif body:
            org_words.insert(0, w)
        else:
            break
        k -= 1
    if len(org_words) >= 2 and org_words[0].base in PERFORMING_GROUP_NOUNS:
        org_words = org_words[1:]  # `그룹 비투비 멤버 육성재`: the group is 비투비; `그룹` says what it is
    return org_words, qualifiers


def _mention_after_title(words: list[Word], name_idx: list[int]) -> list[Word]:
    """The words of a mention after its title: the name, and a second bare title or an honorific
    right after it (`연구소 소장 윤석진 박사는`, `이장 박봉순 씨는`), which is used up."""
    mention_words = [words[k] for k in name_idx]
    after = name_idx[-1] + 1
    if not words[name_idx[-1]].boundary and after < len(words) and not words[after].used \
            and (words[after].base in HONORIFICS or split_title(words[after].base) == (None, words[after].base)):
        mention_words.append(words[after])
        words[after].used = True
    return mention_words


def _introduce_listed_after(words: list[Word], k: int, title: str, org: str | None, cast: Cast) -> None:
    """`배우 최민식, 김고은, 유해진이 참석했다`, `배우 차태현과 공효진, 김수현 등`: Korean names listed after a
    name with a title before it (ending at word k), by commas or `과`/`와`, share the title and body, up to a
    name with a title of its own after it (`배우 박보영, 연우진, 이재규 감독이`)."""
    while ((words[k].comma and not words[k].particle) or (words[k].particle in ("과", "와") and not words[k].paren)) \
            and k + 1 < len(words):
        nxt = words[k + 1]
        if nxt.used or not (is_korean_name(nxt, confirmed=True) or _listed_name(nxt) and nxt.tags == ["NNP"]) \
                or nxt.base in cast.reporters:
            break  # (`배우 정우, 이유미, 권율, 박세영`: a name of two syllables Kiwi knows as a proper noun too)
        if not nxt.boundary and k + 2 < len(words) and split_title(words[k + 2].base) == (None, words[k + 2].base):
            break  # `이재규 감독이`: the scan of introductions reads that one with its own title
        introduce(cast, nxt.base, title, org, [nxt], nxt.particle)
        k += 1


def _defer_to_later_title(words: list[Word], j: int, name_idx: list[int], title: str, fused_org: str | None,
                          cast: Cast) -> bool:
    """`중대본부장인 윤태서 행정안전부 장관은`, `재판장인 서경민 부장판사는`: after `POST인 NAME` (or a bare
    post and a body after the name: `노동경제학자 길소연 누리대 경제학과 교수`), a body and title after
    the name are the person's title; the post before it is another post of theirs, and the body before
    that post (`일본 정부 대변인인 기타노 미호 관방장관`) their body if none is given. Records that for `_introduce_before` and says whether it applies."""
    after_post = words[j].particle in TITLE_THEN_NAME_ENDINGS  # `재판장인 서경민 부장판사는`
    bare = not words[j].particle  # `노동경제학자 길소연 누리대 경제학과 교수`: only with a body after the name
    if not (after_post or bare) or not _title_after_name(words, name_idx[-1], bodies=0 if after_post else 1):
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


def _title_after_name(words: list[Word], last: int, bodies: int = 0) -> bool:
    """Whether NAME (ending at `last`) goes on with up to two body words (at least `bodies`) and a bare
    title."""
    k = last
    for _ in range(3):
        if words[k].boundary or k + 1 >= len(words) or words[k + 1].used:
            return False
        k += 1
        found = split_title(words[k].base)
        if found is not None and found[0] is None:
            return k - last - 1 >= bodies
        if not (is_org_word(words[k]) or words[k].odd):
            return False
    return False


def _stage_name(word: Word, cast: Cast) -> bool:
    """`멤버 채원은`, `멤버 유나가`, `멤버 지민도`, `리더 RM은`: after a group role word, a two- or
    three-syllable word that is a proper noun (Kiwi's NNP) or no word of Kiwi's dictionary (`지민`: 지/민),
    or a short run of capitals, is a stage name, even one ending like a body (`채원`: 원); never a
    common noun (`멤버 전원이`, `리더 역할을`). Kiwi sometimes keeps the particle on an unknown
    two-syllable name (`유나가`/NNP, `이특이`/MM+NNG): it is split off here."""
    if word.paren or word.base in PLACES or word.base in cast.aliases or word.base in cast.reporters:
        return False
    if _STAGE_CAPITALS.fullmatch(word.base):
        return word.boundary
    unknown = word.tags == ["NNP"] or (bool(word.tags) and not word.common_noun and (word.odd or word.tags == ["NNG"]))
    if not word.is_hangul or not unknown:
        return False
    if not word.particle and len(word.base) == 3 and word.base[-1] in GLUED_PARTICLES:
        word.base, word.particle = word.base[:-1], word.base[-1]
    return 2 <= len(word.base) <= 3 and word.boundary


#: A stage name of capitals (`RM`, `DK`, `IU`).
_STAGE_CAPITALS = re.compile("[A-Z]{2,4}")


def _aged_stage_name(word: Word, cast: Cast) -> bool:
    """`배우 진구(33)가`, `멤버 리세(본명 권리세)가`, `가수 비(41)`: any word of Hangul after a title, with
    an age or a note on the name in its parenthesis, is a person's name, however it is shaped (a stage
    name is often a common word: 진구, 은하, 거미); not one the article keeps anonymous, a place or a body."""
    if not word.paren or not word.is_hangul or not 1 <= len(word.base) <= 4 or word.base in PLACES \
            or word.base in cast.aliases or word.base in cast.reporters or ANONYMIZED.match(word.base) \
            or gazetteer().get(word.base, "PER") != "PER" or strong_org(word, cast.aliases):
        return False
    paren = read_paren(word.paren.strip())
    return bool(paren.age) or (paren.note in NAME_NOTES and paren.note not in PSEUDONYM_NOTES)


def _introduce_paren(words: list[Word], j: int, cast: Cast) -> None:
    """`안세영(21·삼성생명)`, `천위페이(중국)`, `김연경(18득점)`, `강풀(본명 강도영)`, `형사12부(이도윤
    부장판사)`, `반부패수사부(부장 김철수)`."""
    if _introduce_head_in_paren(words, j, cast) or _actor_in_paren(words, j, cast) \
            or _people_listed_in_paren(words[j], cast):
        return
    word = words[j]
    inner = (word.paren or "").strip()
    paren = read_paren(inner)
    if not (paren.age or paren.stat or paren.note or paren.title or paren.org):
        return
    # `김철수(34)씨는`: the honorific written after the parenthesis is not part of the name
    honorific = honorific_after_paren(word)
    base = word.base[: len(word.base) - len(honorific)]
    if base in cast.reporters or not base or ANONYMIZED.match(base):
        return  # `이모(34)씨는`, `A(34)씨`: an anonymous person (see `bodies`), not a name
    if base.endswith(VENUE_SUFFIXES):
        return  # `해든컨트리클럽(파72)`, `한결아레나(2만석)`: a place
    if word.common_noun and not (paren.age or _AGE.match(inner) or _SCORE.search(inner) or paren.note
                                 or paren.title or paren.org):
        return  # `신기록(19연승)`, `최고가(581.5위안)`: a figure of a thing, a word of Kiwi's dictionary (not an
        # age or a player's figure, whatever the name means: `우선화(46세)`)
    if paren.note in PSEUDONYM_NOTES and name_shaped(base, allow_two=True):
        _introduce_pseudonym(words, j, base, paren.note, honorific, cast)
        return
    name_words = _name_with_paren(words, j, base, honorific, paren, cast)
    if not name_words:
        return
    name = " ".join([name_form(w) for w in name_words[:-1]] + [base])
    title, org, tail = _title_after_paren(words, j, paren, cast)
    if org is not None and org == paren.place and post_of(title) in _MEMBERS_FOR_A_DISTRICT:
        org = None  # `손병윤(수성구) 의원`: the district a member sits for, no body (the council may yet be said)
    if org is not None and org == paren.place:
        org = _club_before(words, words.index(name_words[0]), cast) or org
    if org is None and title and not honorific:
        # `기호 1번 더불어민주당 탁은솔(52) 후보`: the body written right before the name
        body_words = _body_before(words, words.index(name_words[0]), 0)
        org = " ".join(w.base for w in body_words) or None
        for w in body_words:
            w.used = True
    key = introduce(cast, name, title, org.strip() if org else None, name_words + tail,
                    (tail[-1] if tail else word).particle)
    if org is not None and org == paren.place and cast.people[key].organization == org:
        cast.countries[key] = org  # `음바페(프랑스)`: where the player comes from, a club may yet be said
    if honorific or (tail and tail[0].base in HONORIFICS):
        # `사과 농민 도기석(68)씨`: a private person, no member of the body the story is about
        cast.private.add(key)
    elif paren.age and not title and not org:
        # `김광현(35)`, `라메시 타파(34)`: a player of the team in that very sentence, or a private person
        cast.aged.add(key)


def _club_before(words: list[Word], n: int, cast: Cast) -> str | None:
    """`KGC인삼공사의 조이스(브라질)`, `현대건설의 바샤(터키)`: a body named right before the name, with
    `의`, is the person's own (their club, their firm); the country in the parenthesis after the name is
    where they come from."""
    if n == 0 or not owning_body(words, n - 1, cast.aliases, places=False):
        return None
    return " ".join(w.base for w in body_words_ending_at(words, n - 1))


#: A numbered division of the body named before it (`대법원 2부`), which alone reads as a count, or a court's
#: division of one judge (`민사85단독`, `형사4단독`).
_DIVISION = re.compile(r"^(?:\d{1,2}부|(?:민사|형사|가사|행정)?\d{1,3}단독)$")
_ONE_JUDGE = "단독"


def _introduce_head_in_paren(words: list[Word], j: int, cast: Cast) -> bool:
    """`반부패수사부(부장 김철수)`, `인천지법 형사12부(이도윤 부장판사)`: the parenthesis after word j
    names the head of the body the word names; the bodies written just before it are part of that
    body's name. Says whether it does (the head is then introduced)."""
    word = words[j]
    body_word = is_org_word(word) or (_DIVISION.match(word.base) is not None and j > 0 and not words[j - 1].boundary
                                      and is_org_word(words[j - 1]))  # `대법원 2부(주심 …)`: a court's division
    head = _head_in_paren((word.paren or "").strip()) if body_word else None
    if head is None or not word.base or head[0] in cast.reporters:
        return False
    head_name, head_title = head
    body = [word.base]
    k = j - 1
    while k >= 0 and len(body) < 3 and not words[k].boundary and not words[k].used \
            and is_org_word(words[k]) and not name_shaped(words[k].base):
        body.insert(0, words[k].base)
        k -= 1
    key = find_person(cast, head_name)
    if key is None:
        key = cast.add(Participant(name=head_name, title=head_title, organization=" ".join(body),
                                   first_offset=word.start))
    # (a division of one judge speaking, `민사85단독(노한동 판사)은 … “…”며 판결했다`, is that judge: the mention
    # takes the word's particle; a panel, `형사12부(…)는`, speaks as the court)
    cast.mentions.append(Mention(key, word.start, word.end, word.particle if word.base.endswith(_ONE_JUDGE) else "",
                                 word.sentence))
    return True


def _head_in_paren(inner: str) -> tuple[str, str] | None:
    """The name and title of the head a body's parenthesis names: the title first (`부장 김철수`, `대표:
    미카미 마사타카`, `구단주 장매튜`), the name first (`이도윤 부장판사`), or a role, then name and rank
    (`재판장 구민서 부장판사`); in the first part that names one (`(HIKE, 대표: 미카미 마사타카)`)."""
    for part in inner.split(","):
        found = _head_in_part(part.replace(":", " "))
        if found is not None:
            return found
    return None


def _head_in_part(part: str) -> tuple[str, str] | None:
    """`_head_in_paren` for one part of the parenthesis."""
    inside = part.split()
    if 3 <= len(inside) <= 4 and split_title(inside[0]) == (None, inside[0]) and _written_name(inside[1:]):
        return " ".join(inside[1:]), inside[0]  # `대표 미카미 마사타카`: a title, then a foreign name
    if len(inside) == 3 and (split_title(inside[0]) or inside[0] in CASE_ROLES) and name_shaped(inside[1]) \
            and split_title(inside[2]):
        inside = inside[1:]  # `형사합의25부(재판장 구민서 부장판사)`, `대법원 2부(주심 김철수 대법관)`: a role, then name and rank
    head_title = split_title(inside[0]) if len(inside) == 2 else None
    head_name = inside[1] if head_title else None
    if len(inside) == 2 and not head_title and name_shaped(inside[0]):
        head_title = split_title(inside[1])  # `형사12부(이도윤 부장판사)`: name first
        head_name = inside[0] if head_title and head_title[0] is None else None
    if head_title and head_name and (name_shaped(head_name) or (head_title[0] is None and _written_name([head_name]))):
        return head_name, head_title[1]
    return None


def _written_name(tokens: list[str]) -> bool:
    """Words that can only be a name where a body's parenthesis puts them after a title (`장매튜`,
    `미카미 마사타카`): Hangul words of two to five syllables, none a title."""
    return bool(tokens) and all(HANGUL_WORD.match(t) and 2 <= len(t) <= 5 and not split_title(t) for t in tokens)


def _people_listed_in_paren(word: Word, cast: Cast) -> bool:
    """`MZ 성직자 3인(정재규 신부, 이예준 목사, 자운 스님)`, `(극본 김민성·송한나, 연출 필감성)`: a
    parenthesis that lists people, each with a title after the name or a credit before it, introduces
    each of them (a mention in the parenthesis, no body). Says whether it does."""
    people: list[tuple[str, str | None]] = []
    credits: dict[str, str] = {}
    for tokens in _paren_items(word.paren or ""):
        if len(tokens) == 2 and _written_name(tokens[:1]) and split_title(tokens[1]) == (None, tokens[1]):
            people.append((tokens[0], tokens[1]))  # `정재규 신부`
        elif len(tokens) >= 2 and tokens[0] in CREDIT_ROLES \
                and _written_name(names := [n for t in tokens[1:] for n in t.split("·")]):
            people.extend((n, None) for n in names)  # `극본 김민성·송한나`, `연출 표민수 서수민`
            credits.update(dict.fromkeys(names, tokens[0]))
        elif not (tokens and tokens[0] in CREDIT_COMPANIES):
            return False  # (`기획 스튜디오드래곤`: a company in the credits is passed over)
    if len(people) < 2 and not (people and (word.work_title or (
            len(credits) == len(people) and set(credits.values()) <= _WORK_ONLY_CREDITS))):
        return False  # (one credit of a part only a work has: `‘프로듀사’(극본 박지은)`; not `롯데(감독 김태형)`)
    word.used = True
    for name, title in people:
        if name in cast.reporters:
            continue
        key = _named_in_paren(word, name, title, cast)
        if name in credits:  # the part they had, a title only if the article gives them none (`국재민 PD`)
            cast.other_titles.setdefault(key, []).append(credits[name])
    return True


def _paren_items(paren: str) -> list[list[str]]:
    """The items of a parenthesis that lists people, each as its words: split at commas and slashes, and a
    list of credits also before each credit word (`극본 마주희 연출 김신일 제작 메가몬스터`, `연출 손정현/ 극본
    김반디`: one item per part)."""
    items: list[list[str]] = []
    for part in re.split(r"\s*[,/]\s*", paren.strip()):
        tokens = part.split()
        if not (tokens and tokens[0] in _CREDIT_WORDS):
            items.append(tokens)
            continue
        for token in tokens:
            if token in _CREDIT_WORDS or not items or items[-1][0] not in _CREDIT_WORDS:
                items.append([token])
            else:
                items[-1].append(token)
    return items


_CREDIT_WORDS = CREDIT_ROLES | CREDIT_COMPANIES
#: Members of an elected body, who sit for a district (`손병윤(수성구) 의원`).
_MEMBERS_FOR_A_DISTRICT = frozenset(["의원", "국회의원", "시의원", "도의원", "군의원", "구의원"])
#: The credits that name a part in making a work and nothing else (`감독` is a team's coach too).
_WORK_ONLY_CREDITS = frozenset(["극본", "각본", "연출", "작사", "작곡", "편곡", "원작"])


def _named_in_paren(word: Word, name: str, title: str | None, cast: Cast, *, proposed: bool = False) -> int:
    """The person `name` written in the parenthesis of `word` (found, or added with `title`), with a
    mention where the name stands there."""
    key = find_person(cast, name)
    if key is None:
        key = cast.add(Participant(name=name, title=title, first_offset=word.start))
    at = word.start + word.text.find(name, len(word.base))
    cast.mentions.append(Mention(key, at, at + len(name), "", word.sentence, proposed=proposed))
    return key


def _actor_in_paren(words: list[Word], j: int, cast: Cast) -> bool:
    """`강무결(맹지환 분)`, `(배우 맹지환 분)`: a character in a drama, played by the actor in the
    parenthesis. The actor is the participant (a real person named in the story, with `배우` when
    the parenthesis says it); the character's word is used up. A full name alone in the parenthesis
    after a word standing alone (`온은유(설인아)가`, `오빠(이완)와`; not `에릭 문(문태준) 로지웨이브 대표`, a
    name of two words, nor `‘아무튼, 하루키’(제철소)`, a work and its publisher) is a participant too;
    that word stays free, since a character speaks her lines under her own name."""
    word = words[j]
    inner = _without_honorific((word.paren or "").strip())
    alone = (j == 0 or words[j - 1].boundary or words[j - 1].base in TIME_WORDS or words[j - 1].tags == ["MAG"]) \
        and (word.boundary or j + 1 == len(words) or words[j + 1].base in CHARACTER_NOUNS)
    if alone and _named_alone(inner) and HANGUL_WORD.match(word.text[:word.text.find("(")]) and not word.used \
            and find_person(cast, word.base) is None and inner not in cast.reporters:
        # `온은유(설인아)`, `오빠(이완)`: a character or a relation, and the person it is, named alone
        # (the word stays free: a character speaks her lines under her own name)
        title = word.base if split_title(word.base) == (None, word.base) else None
        _named_in_paren(word, inner, title, cast, proposed=True)
        if title is None:  # a character played by that person; not a relation (`오빠(이완)`)
            cast.characters.add(word.base)
        return True
    return _played_by_actor(word, inner, cast) or _cast_paren(word, inner, cast)


def _cast_paren(word: Word, inner: str, cast: Cast) -> bool:
    """`강무결(맹지환 분)`, `작가 고체경(전소니 분)`: the name before a parenthesis that says who plays it
    (`분`) is a character's, whatever stands before it; the actor is the participant. Says whether it is."""
    if not _CAST_PAREN.match(inner):
        return False
    word.used = True
    cast.characters.add(word.base)
    *before, actor = inner.split()[:-1]
    title = before[0] if before and split_title(before[0]) == (None, before[0]) else None
    if name_shaped(actor, allow_two=True) and actor not in cast.reporters:
        _named_in_paren(word, actor, title, cast, proposed=True)
    return True


def _played_by_actor(word: Word, inner: str, cast: Cast) -> bool:
    """`스타 강사 서혜진(정려원)과`, after `배우 정려원, 위하준이 참석했다`: a name with an actor the story
    introduced in the parenthesis after it, whatever stands before it, is a character that actor plays
    (the word stays free, as `_actor_in_paren` leaves it). Says whether it is."""
    if not HANGUL_WORD.match(word.text[:word.text.find("(")]) or word.used or not _named_alone(inner) \
            or find_person(cast, word.base) is not None:
        return False
    actor = find_person(cast, inner)
    if actor is None or not (cast.people[actor].title or "").endswith("배우"):
        return False
    _named_in_paren(word, inner, None, cast, proposed=True)
    cast.characters.add(word.base)
    return True


def _without_honorific(inner: str) -> str:
    """`조정석 씨` → `조정석`: the honorific after a name in a parenthesis is no part of it."""
    for honorific in (" 씨", "씨"):
        if inner.endswith(honorific) and len(inner) > len(honorific) + 1:
            return inner[: -len(honorific)]
    return inner


def _character_with_title(words: list[Word], j: int, inner: str, cast: Cast) -> bool:
    """`유시진 대위(송중기)와`: a name and a title with a full name alone in the parenthesis after the
    title is a character and the actor who plays them; the actor is the
    participant, the character's name a character's (`Cast.characters`), its words left free."""
    word = words[j]
    if j == 0 or not word.paren or words[j - 1].boundary or words[j - 1].used or word.used:
        return False
    prev = words[j - 1]
    if split_title(word.base) != (None, word.base) or not name_shaped(prev.base) \
            or find_person(cast, prev.base) is not None or not _named_alone(inner) or inner in cast.reporters:
        return False
    _named_in_paren(word, inner, None, cast, proposed=True)
    cast.characters.add(prev.base)
    cast.characters.add(f"{prev.base} {word.base}")
    return True


def _introduce_pseudonym(words: list[Word], j: int, base: str, note: str | None, honorific: str,
                         cast: Cast) -> None:
    """`김민지(가명·32)씨는`: a name the article made up for someone it keeps anonymous is an anonymous
    source labelled with the note (`김민지(가명)씨`)."""
    word = words[j]
    label_words = [word] + ([words[j + 1]] if j + 1 < len(words) and words[j + 1].base in HONORIFICS
                            and not word.particle else [])
    label = f"{base}({note}){honorific or (label_words[-1].base if len(label_words) > 1 else '')}"
    key = find_descriptor(cast, label, "anonymous", word.start)
    add_mention(cast, key, label_words, "anonymous")


def _name_with_paren(words: list[Word], j: int, base: str, honorific: str, paren: Paren,
                     cast: Cast) -> list[Word] | None:
    """The words of a name with a parenthesis at word j (`base` the word without the honorific): the
    word itself for a Korean name; with the proper nouns just before it for a foreign one
    (`리오넬 메시(36·인터 마이애미)`) or the words of a name Kiwi calls common nouns (`라메시 타파(34)`:
    `foreign_name_ending_at`). None when it is no name."""
    if honorific:
        korean, foreign, aged_foreign = _name_kinds_with_honorific(words[j], base, paren)
    else:
        known = _known_name_ending_at(words, j, base)
        if known:
            return known  # `스캇 반 슬라이크(좌익수)`: a name the list of known people holds whole
        korean, foreign, aged_foreign = _name_kinds_without_honorific(words, j, base, paren, cast)
    if not (korean or foreign or (aged_foreign and foreign_name_ending_at(words, j))):
        return None
    name_words = [words[j]]
    if foreign or (not korean and aged_foreign):
        # `리오넬 메시(36·인터 마이애미)`: proper nouns just before belong to the name.
        name_words = foreign_name_ending_at(words, j) if not foreign else name_words
        k = j - 1
        while foreign and k >= 0 and len(name_words) < 4 and not words[k].boundary and not words[k].used \
                and (is_foreign_name_word(words[k]) and "NNP" in words[k].tags or initials(words[k])):
            name_words.insert(0, words[k])
            k -= 1
    return name_words


def _known_name_ending_at(words: list[Word], j: int, base: str) -> list[Word] | None:
    """The two or three words ending at word j (`base` its name) that the list of known people holds
    whole, in one phrase (`스캇 반 슬라이크(좌익수)`), the longest; None when it holds none."""
    before = known_words_before(words, j, [base], lambda w: not (w.boundary or w.used or w.paren))
    return [*before, words[j]] if before else None


def known_words_before(words: list[Word], k: int, tail: list[str], fits: Callable[[Word], bool]) -> list[Word]:
    """The two words, or else the one, right before word k that each `fits` and with which the list of
    known people holds the name whose last words are `tail` whole (`스캇` before `반 슬라이크`); none when
    it holds neither."""
    for n in (2, 1):
        before = words[k - n:k] if k - n >= 0 else []
        if len(before) == n and all(fits(w) for w in before) \
                and " ".join([*(w.base for w in before), *tail]) in known_people():
            return before
    return []


def _after_initials(words: list[Word], j: int) -> bool:
    """`A.J. 엘리스(포수)`: a word right after a name's initials, which make it a foreign name's."""
    return j > 0 and initials(words[j - 1]) and not words[j - 1].boundary and not words[j - 1].used


def _name_kinds_with_honorific(word: Word, base: str, paren: Paren) -> tuple[bool, bool, bool]:
    """Whether a word with a parenthesis and `씨` is a Korean name, a foreign one (never: see the
    third), or a foreign name with an age (`캐나다인 관광객 클로이 마틴(29)씨`). With an age and 씨, a
    surname and rarer name syllables are a Korean name too (`회사원 윤다솜(38)씨`)."""
    named = bool(paren.age or paren.stat or paren.note or paren.title)
    korean = (name_shaped(base) or (len(base) == 3 and base[0] in SURNAMES_1 and HANGUL_WORD.match(base) is not None
                                    and not looks_transliterated(base) and base not in PLACES)) and named
    aged_foreign = not korean and bool(paren.age) and word.is_hangul and not word.verbal and base not in PLACES \
        and not split_title(base)
    return korean, False, aged_foreign


def _name_kinds_without_honorific(words: list[Word], j: int, base: str, paren: Paren,
                                  cast: Cast) -> tuple[bool, bool, bool]:
    """Whether word j with a parenthesis is a Korean name (`안세영(21·삼성생명)`, `강풀(본명 강도영)`), a
    foreign one (a proper noun with an age, a statistic or a country: `천위페이(중국)`; with a club
    after two words or more: `마르코스 비예가스(바르셀로나)`), or a foreign name Kiwi calls common nouns
    that an age makes a person's, when a transliterated word is in it (`라메시 타파(34)`, `응우옌 티
    란(31·베트남)`; at the end of the phrase, since a title may follow otherwise)."""
    word = words[j]
    named = bool(paren.age or paren.stat or paren.note or paren.title)
    korean = is_korean_name(word, allow_two=paren.note is not None, confirmed=True) or (
        name_shaped(base) and named)
    foreign = not korean and is_foreign_name_word(word) and "NNP" in word.tags and (
        bool(paren.age) or paren.stat or paren.note is not None or (word.paren or "").strip() in PLACES or (
            paren.org is not None and j > 0 and not words[j - 1].boundary and not words[j - 1].used
            and is_foreign_name_word(words[j - 1]) and "NNP" in words[j - 1].tags)
        or _player_of_team(word, base, paren) or _after_initials(words, j))
    aged_foreign = not korean and not foreign and paren.age and word.is_hangul and not word.verbal \
        and base not in PLACES and not split_title(base) and not strong_org(word, cast.aliases) \
        and (bool(word.particle) or word.comma or j == len(words) - 1)
    return korean, foreign, aged_foreign


#: An acronym alone (`LPGA`, `KT`).
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z&.]*")


def _player_of_team(word: Word, base: str, paren: Paren) -> bool:
    """`레오(삼성화재)는`: one transliterated word before a parenthesis that holds a team alone (one the
    gazetteer knows as a body, or a team of several words ending in its nickname: `SSG 랜더스`), a word the
    gazetteer knows as no body or place: a player and their club. Not a body's short name and its full one (`맨유(맨체스터 유나이티드)`), a
    body's full name and its acronym (`미국여자프로골프(LPGA)`), nor a body and its team (`성원고(댓골타이거즈)`)."""
    org = paren.org
    if org is None or not looks_transliterated(base) or word.paren is None or word.paren.strip() != org \
            or _ACRONYM_ONLY.fullmatch(org) or base.endswith(ORG_SUFFIXES) or len(base) > 5:
        return False
    forms = gazetteer()
    if forms.get(base) not in (None, "PER") or org.split()[0].startswith(base[0]):
        return False
    return forms.get(org) == "ORG" or (" " in org and org.split()[-1].endswith(TEAM_NICKNAMES))


def _title_after_paren(words: list[Word], j: int, paren: Paren,
                       cast: Cast) -> tuple[str | None, str | None, list[Word]]:
    """The title and body of a name with a parenthesis at word j, and the words after it that the
    mention takes: an honorific or a title (`이순신(45·한국전력) 씨는`, `안세영(21·삼성생명) 선수는`,
    `윤세라(57) 한빛기후연구원장은`: the body fused with the title), or a qualifier and a body before the
    title (`염창석(71) 전 청강그룹 회장이`); else what the parenthesis says."""
    title, org = paren.title, paren.org
    if words[j].particle or words[j].comma or j + 1 >= len(words) or words[j + 1].used:
        return title, org, []  # (`박철민(성산)·최형두(마산) 의원은`: a list goes on after the comma)
    profile = paren.age and len(_PAREN_PARTS.split((words[j].paren or "").strip())) >= 3
    if org == paren.place or profile:
        # `마크 셔피로(54·미국) 엔데버 최고운영책임자`, `김중현(62·송지·김 양식) 전남도김생산어민연합회장` (a
        # candidate's profile: age, home, trade): a body written after the name comes first
        org = None
    title, org, tail = _post_after_paren(words, j, title, org, cast)
    return title, org or paren.org, tail


def _post_after_paren(words: list[Word], j: int, title: str | None, org: str | None,
                      cast: Cast) -> tuple[str | None, str | None, list[Word]]:
    """`_title_after_paren` past the parenthesis itself: the words after it."""
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
        org = org or " ".join(body + ([found[0]] if found[0] else [])) or None
        return " ".join(modifiers + [found[1]]), org, between + [nxt]
    if nxt is words[j + 1] and (nxt.base in HONORIFICS or found):
        # `이순신(45·한국전력) 씨는`, `안세영(21·삼성생명) 선수는`: the mention goes on
        if found and found[0] and not org:
            org = found[0]  # `윤세라(57) 한빛기후연구원장은`: the body fused with the title
        return found[1] if found else title, org, [nxt]
    return title, org, []


def foreign_name_ending_at(words: list[Word], j: int) -> list[Word]:
    """The words of a foreign name ending at `j` (which has an age in parentheses, or `씨` after it)
    when Kiwi calls them common nouns or odd pieces: up to three words before it that could be part
    of a name (no particle, not a place, body or title), and at least one word that looks
    transliterated; else []. A common noun right after a clause (`보여주고 있는 가운데 드루
    유뱅크스(26)`) is that clause's head, no name."""
    run = [words[j]]
    k = j - 1
    while k >= 0 and len(run) < 4 and not words[k].boundary and not words[k].used \
            and is_foreign_name_word(words[k], loose=True) \
            and not (words[k].common_noun and k > 0 and words[k - 1].modifier):
        run.insert(0, words[k])
        k -= 1
    return run if any(looks_transliterated(w.base) for w in run) and len(run) >= 2 else []


_ORG_PAREN = re.compile(r"^(?=.*[가-힣])[가-힣A-Za-z][가-힣A-Za-z0-9&]*$")
_ACRONYM_PAREN = re.compile(r"^[A-Z]{2,5}$")
#: After `이상` ("all of the above"), a body's name: letters and digits, a few words at most.
_SHARED_BODY = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9& ]*$")
_SHARED_BODY_WORDS = 4
_PAREN_PARTS = re.compile(r"\s*[·,]\s*")
_AGE = re.compile(r"^\d{1,3}\s*세?$")
_RANKING = re.compile(r"(?:랭킹|순위|시드)\s*\d{1,4}\s*위$")
#: A player's figure in a parenthesis after their name: a number and a unit of play (`PLAYER_STAT_UNITS`, a
#: golf score's `언더파`, a batter's `타수`), anywhere in a part (`1이닝 무실점`, `합계 6언더파`, `4타수 2안타`).
_SCORE = re.compile(r"\d+(?:\.\d+)?\s*(?:언더파|오버파|타수|" + "|".join(PLAYER_STAT_UNITS) + ")")
#: `(맹지환 분)`, `(배우 맹지환 분)`: the actor who plays the character named before the parenthesis.
_CAST_PAREN = re.compile(r"^(?:[가-힣A-Za-z]+\s){1,2}분$")


def _named_alone(inner: str) -> bool:
    """A parenthesis that is a Korean full name and nothing else: three syllables of a name's shape
    (`설인아`), or two the gazetteer knows as a person's (`이완`)."""
    return name_shaped(inner) or (gazetteer().get(inner) == "PER" and name_shaped(inner, allow_two=True))


@dataclass(slots=True)
class Paren:
    """What a parenthesis after a name says about the person."""

    age: bool = False  # `(34)`, `(21·삼성생명)`
    stat: bool = False  # `(18득점)`: a statistic, so the word before is a player
    note: str | None = None  # `본명`, `가명`, `한국명`: a note on the name, not a body
    title: str | None = None  # `(전 장관)`, `(한빛대 교수)`
    org: str | None = None  # `(삼성생명)`, `(울산 HD)`, `(한빛대 교수)`
    place: str | None = None  # `(일본)`, `(FC포르투·이란)`: a country or town, the body only where no other is given
    shared: bool = False  # `(이상 맨체스터 시티)`: "all of the above", said of every name listed before


def read_paren(inner: str) -> Paren:
    """`(21·삼성생명)`, `(가명·32)`, `(본명 강도영)`, `(전 장관)`, `(18득점)`, `(이상 맨체스터 시티)`: parts
    split at `·`/`,`."""
    if _PRIZE.match(inner.strip()):
        return Paren()  # `넥센·세인트나인 마스터즈(총상금 8억원)`: a tournament's or an award's prize, no one's
    # (`(1루수)`, `(2루수)`: a position that opens with a number is a title, no count)
    info = Paren(stat=bool(_STAT_PAREN.match(inner)) and split_title(inner.strip()) != (None, inner.strip()))
    if info.stat:
        return info
    parts = _PAREN_PARTS.split(inner.strip())
    if any(_SCORE.search(part) for part in parts):
        info.stat = True  # `(홀, 1이닝 무실점)`, `(합계 6언더파)`, `(4타수 2안타)`: a player's figures, no body
        return info
    if len(parts) >= 2 and any(_NEIGHBOURHOOD.match(part) for part in parts) \
            and all(_NEIGHBOURHOOD.match(part) or _NEIGHBOURHOOD_STEM.match(part) for part in parts):
        info.place = inner.strip()  # `이종필(서둔·구운·입북동) 의원`: the neighbourhoods of a councillor's seat
        return info
    if len(parts) >= LISTED_MEMBERS and all(len(part.split()) == 1 and not _AGE.match(part) for part in parts):
        return info  # `트와이스(나연, 정연, 모모)`, `5관왕(타율, 출루율, 장타율)`: a list of members or of things, no body
    # a player's age or nationality beside the club makes a longer club name likely (`(24·브라이턴 앤드
    # 호브 앨비언)`, `(일본·브라이턴 앤 호브 알비온)`)
    player = any(_AGE.match(part) or _a_place(part) for part in parts) and len(parts) >= 2
    for part in parts:
        tokens = part.split()
        if len(tokens) >= 2 and tokens[0] == LIST_SCOPE:
            info.shared = True  # `(이상 맨체스터 시티)`, `(22·이상 한빛생명)`: of all the names listed
            tokens = tokens[1:]
            part = " ".join(tokens)
        if not tokens:
            continue
        if _a_place(part):
            info.place = info.place or part
        elif _AGE.match(part):
            info.age = True
        elif _RANKING.search(part):
            info.stat = True  # `(24·세계 랭킹 31위)`: a ranking, so the word before is a player
        elif tokens[0] in NAME_NOTES:
            info.note = info.note or tokens[0]
        elif part in SEX_MARKERS or part.replace(" ", "") in PERSON_STATES:
            continue  # (`(62·구속기소)`, `(은퇴)`, `(34·초선)`: the person's state, no body)
        elif PHOTO_POSITION.match(part):
            continue  # (`오승환(35·사진)`: the person is the one in the photo)
        elif split_title(tokens[-1]) == (None, tokens[-1]) and info.title is None:
            lead = 0
            while lead < len(tokens) - 1 and tokens[lead] in TITLE_MODIFIERS:
                lead += 1
            info.title = " ".join(tokens[:lead] + tokens[-1:])
            if len(tokens) - 1 > lead and info.org is None:
                info.org = " ".join(tokens[lead:-1])
        elif info.org is None and _ORG_PAREN.match(part.replace(" ", "")) and split_title(part) != (None, part) and (
                len(part) <= 12 or (len(part) <= 20 and len(tokens) <= 4 and player)):
            # `(울산 HD)`, `(LG 트윈스)`: Latin letters beside Hangul; after an age, a longer club
            # (`도바다(24·브라이턴 앤드 호브 앨비언)`)
            info.org = part
        elif info.org is None and _ACRONYM_PAREN.match(part) and gazetteer().get(part) == "ORG":
            info.org = part  # `문성곤(KT)`: an acronym the gazetteer knows as a body
        elif info.org is None and info.shared and _SHARED_BODY.match(part) and len(tokens) <= _SHARED_BODY_WORDS:
            info.org = part  # `(이상 kt)`: what all the names listed share is a body, however it is written
    info.org = info.org or info.place
    return info


#: As many words or more, one each between the commas of a parenthesis, are a list (of a band's members, of
#: things), not a person's body, age and title.
LISTED_MEMBERS = 3

#: A prize in parentheses (`(총상금 8억원)`, `(상금 400만원)`, `(우승상금 1억원)`): the word before it is a
#: tournament or an award.
_PRIZE = re.compile(r"^(?:총|우승)?상금\s*\d")

#: A neighbourhood, town or township (`입북동`, `조원1·2동`, `송지면`), and a part of a list of them whose
#: ending is left to the last (`서둔·구운·입북동`).
_NEIGHBOURHOOD = re.compile(r"^(?:[가-힣]{1,4})?\d?(?:동|읍|면|리)$")
_NEIGHBOURHOOD_STEM = re.compile(r"^[가-힣]{1,3}\d?$")


def _a_place(part: str) -> bool:
    """`일본`, `이란`: one word that is a country or city (the place table or the gazetteer)."""
    return " " not in part and (part in PLACES or gazetteer().get(part) == "LOC")


def org_in_paren(inner: str) -> str | None:
    """The body in a parenthesis after a name: `(21·삼성생명)`, `(토트넘)`, `(바르셀로나)`; None for an
    age alone, a statistic (`18득점`), a note on the name (`본명 …`) or anything not a short phrase."""
    return read_paren(inner).org


def position_in_paren(inner: str) -> str | None:
    """The post alone in a parenthesis after a name, with no body (a line-up's position: `잭 메이필드(3루수)`);
    not one in Latin letters, a gloss of a title the text gives elsewhere (`일론 머스크(CEO)`)."""
    info = read_paren(inner)
    return info.title if info.title and info.org is None and not LATIN.search(info.title) else None


#: How many words a person's name may stand after a title with `이자` that names their first post
#: (`칼럼니스트이자 전직 메이저리그 단장인 짐 보우든`: four).
_FIRST_POST_REACH = 6


def read_first_posts(words: list[Word], cast: Cast) -> None:
    """`‘디 어슬레틱’ 칼럼니스트이자 전직 메이저리그 단장인 짐 보우든은`, `멕시코 대표팀 감독이자 LA 에인절스
    1루 코치인 벤지 길`: a title with `이자` ("and also") before a person named within a few words of the
    same clause is the first post they hold; it is their title, the body named before it their
    organisation, and the post written nearer the name one more of theirs (`Cast.other_titles`)."""
    for k, word in enumerate(words):
        found = split_title(word.base) if word.particle == "이자" and not word.used and not word.paren else None
        if not found:
            continue
        key = _person_named_after(words, k, cast)
        if key is None:
            continue
        fused_org, title = found
        org_words, qualifiers, full_title, org = _post_at(words, k, title, fused_org, cast)
        person = cast.people[key]
        if person.title and person.title != title:
            cast.other_titles.setdefault(key, []).append(person.title)
        person.title = full_title
        if org:
            person.organization = cast.aliases.get(org, org)
        for w in [*org_words, *qualifiers, word]:
            w.used = True


def _person_named_after(words: list[Word], k: int, cast: Cast) -> int | None:
    """The person whose mention starts within `_FIRST_POST_REACH` words after word k, in its sentence,
    with no clause ending between (a verb's modifying form may stand there: `단장직을 역임했던`)."""
    starts = {m.start: m.key for m in cast.mentions if m.kind == "person" and m.key >= 0
              and cast.people[m.key].kind == "person"}
    for w in words[k + 1:k + 1 + _FIRST_POST_REACH]:
        if w.sentence != words[k].sentence:
            return None
        if w.start in starts:
            return starts[w.start]
        if w.verbal and not w.modifier or w.comma or w.glued:
            return None
    return None
